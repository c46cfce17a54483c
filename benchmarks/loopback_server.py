"""A loopback OpenAI-compatible chat endpoint for benchmarks: valid replies, fixed latency.

    python benchmarks/loopback_server.py --latency 0.1 [--port 0] [--max-seconds 600]

Listens on 127.0.0.1 only and prints ``PORT <n>`` once ready. Each POST
``/v1/chat/completions`` is answered after ``--latency`` seconds with a tool call of
instructor's ``ClaimsResponse``: one claim per "lost N troops" sentence found in the
article the prompt carries, quoted verbatim so grounding succeeds. ``GET /stats`` returns
the request count. The body is scanned for the figure pattern, which the prompt templates
themselves never contain. It stops by itself after ``--max-seconds`` or ``--max-requests``, and
on ``POST /shutdown``. Standard library only (asyncio streams, HTTP/1.1 keep-alive).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import time

_FIGURE = re.compile(r"Russia lost (\d[\d,]*) troops over the past 24 hours")
_MODEL = re.compile(r'"model":\s*"([^"]+)"')
MAX_BODY = 5_000_000


class LoopbackServer:
    def __init__(self, latency: float, max_requests: int, max_seconds: float) -> None:
        self.latency = latency
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.requests = 0
        self.done = asyncio.Event()

    def reply(self, body: bytes) -> dict:
        # The body is scanned, not parsed: a server this cheap keeps the measured latency
        # the configured one. Figures are plain ASCII, so JSON escaping never splits them.
        text = body.decode("utf-8", "replace")
        model = _MODEL.search(text)
        claims = [
            {"subject": "russia", "categories": ["casualties"],
             "value": int(match.group(1).replace(",", "")), "scope": "daily",
             "claimant": "General Staff of the Armed Forces of Ukraine",
             "claimant_type": "ukraine_official", "evidence": match.group(0)}
            for match in _FIGURE.finditer(text)
        ]  # fmt: skip
        self.requests += 1
        number = self.requests
        prompt_tokens = len(body) // 4
        return {
            "id": f"chatcmpl-loop{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model.group(1) if model else "loopback",
            "choices": [{
                "index": 0, "logprobs": None, "finish_reason": "stop",
                "message": {"role": "assistant", "content": None, "refusal": None,
                            "tool_calls": [{"id": f"call_{number}", "type": "function",
                                            "function": {"name": "ClaimsResponse",
                                                         "arguments": json.dumps(
                                                             {"claims": claims})}}]},
            }],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 60,
                      "total_tokens": prompt_tokens + 60},
        }  # fmt: skip

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while not self.done.is_set():
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.lower(): v.strip() for k, _, v in
                           (line.partition(":") for line in lines[1:] if line)}  # fmt: skip
                length = min(int(headers.get("content-length", "0")), MAX_BODY)
                body = await reader.readexactly(length) if length else b""
                status, payload = await self.route(method, path, body)
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\n"
                    f"content-length: {len(data)}\r\nconnection: keep-alive\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        except asyncio.CancelledError:
            return  # the server is stopping: drop the idle keep-alive connection quietly
        finally:
            writer.close()

    async def route(self, method: str, path: str, body: bytes) -> tuple[int, dict]:
        if method == "GET" and path.endswith("/stats"):
            return 200, {"requests": self.requests}
        if method == "POST" and path.endswith("/shutdown"):
            self.done.set()
            return 200, {"requests": self.requests}
        if method == "POST" and path.endswith("/chat/completions"):
            await asyncio.sleep(self.latency)
            reply = self.reply(body)
            if self.requests >= self.max_requests:
                self.done.set()
            return 200, reply
        return 404, {"error": {"message": f"no route {method} {path}", "type": "not_found"}}

    async def serve(self, port: int) -> None:
        server = await asyncio.start_server(self.handle, "127.0.0.1", port, backlog=512)
        print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.done.wait(), timeout=self.max_seconds)
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args()
    server = LoopbackServer(args.latency, args.max_requests, args.max_seconds)
    asyncio.run(server.serve(args.port))


if __name__ == "__main__":
    main()

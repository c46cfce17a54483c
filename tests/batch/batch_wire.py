"""A stand-in for OpenAI's Files and Batches API, in its wire format, for recording cassettes.

Shapes follow https://platform.openai.com/docs/api-reference/batch and /files: a
FileObject for uploads, a Batch object (status, request_counts, output_file_id,
error_file_id) for create and retrieve, and JSONL result files whose lines carry
``custom_id`` and ``response: {status_code, request_id, body}`` or ``error``.

Which reply each request gets is decided by ``answer(article_number, attempt)``: the
article is recognised by the "(report N)" marker the test articles carry.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "llm"))

from llm_wire import error_body, tool_reply

CREATED = 1_717_000_000
_REPORT = re.compile(r"\(report (\d+)\)")

# (article number, attempt) -> "valid" | "invalid" | "error"
Answer = Callable[[int, int], str]


def claim_for(text: str) -> dict[str, Any]:
    figure = re.search(r"Russia lost (\d[\d,]*) troops over the past 24 hours", text)
    assert figure is not None, "every test article has a figure sentence"
    return {
        "subject": "russia", "categories": ["casualties"],
        "value": int(figure.group(1).replace(",", "")), "scope": "daily",
        "claimant": "General Staff of the Armed Forces of Ukraine",
        "claimant_type": "ukraine_official", "evidence": figure.group(0),
    }  # fmt: skip


class FakeBatchAPI:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.retrievals: dict[str, int] = {}
        self.replies = 0

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if request.method == "POST" and path.endswith("/files"):
            return self._json(self.upload(request.content))
        if request.method == "POST" and path.endswith("/batches"):
            return self._json(self.create(json.loads(request.content)))
        if request.method == "GET" and "/batches/" in path:
            return self._json(self.retrieve(path.rsplit("/", 1)[1]))
        if request.method == "GET" and path.endswith("/content"):
            file_id = path.split("/")[-2]
            binary = {"content-type": "application/octet-stream"}
            return httpx2.Response(200, content=self.files[file_id], headers=binary)
        return self._json(error_body(f"no route {path}", "invalid_request_error"), 404)

    @staticmethod
    def _json(body: dict[str, Any], status: int = 200) -> httpx2.Response:
        return httpx2.Response(status, json=body, headers={"x-request-id": "req_test"})

    def upload(self, multipart: bytes) -> dict[str, Any]:
        # The file part: JSONL lines, each ending "}\n", between the multipart headers and
        # the closing boundary.
        content = multipart[multipart.index(b'{"custom_id"') : multipart.rindex(b"}\n") + 2]
        file_id = f"file-in{len(self.files) + 1}"
        self.files[file_id] = content
        return {"id": file_id, "object": "file", "bytes": len(content), "created_at": CREATED,
                "filename": "claims.jsonl", "purpose": "batch", "status": "processed",
                "status_details": None, "expires_at": None}  # fmt: skip

    def _batch(self, batch_id: str) -> dict[str, Any]:
        return self.batches[batch_id]

    def create(self, params: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_test{len(self.batches) + 1}"
        lines = self.files[params["input_file_id"]].splitlines()
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": params["endpoint"], "errors": None,
            "input_file_id": params["input_file_id"], "completion_window": "24h",
            "status": "validating", "output_file_id": None, "error_file_id": None,
            "created_at": CREATED, "in_progress_at": None, "expires_at": CREATED + 86_400,
            "finalizing_at": None, "completed_at": None, "failed_at": None, "expired_at": None,
            "cancelling_at": None, "cancelled_at": None,
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": params.get("metadata"),
        }  # fmt: skip
        return self.batches[batch_id]

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        self.retrievals[batch_id] = self.retrievals.get(batch_id, 0) + 1
        # The first batch is still running at its first look; later ones are done at once.
        if batch_id == "batch_test1" and self.retrievals[batch_id] == 1:
            batch.update(status="in_progress", in_progress_at=CREATED + 5)
            return batch
        if batch["status"] != "completed":
            self.finish(batch)
        return batch

    def finish(self, batch: dict[str, Any]) -> None:
        outputs, errors = [], []
        for line in self.files[batch["input_file_id"]].splitlines():
            request = json.loads(line)
            custom = request["custom_id"]
            attempt = int(custom.rsplit(":", 1)[1])
            # The article is in the first user message (a re-ask appends the error after it).
            messages = request["body"]["messages"]
            user = next(m["content"] for m in messages if m["role"] == "user")
            number = int(_REPORT.search(user).group(1))  # type: ignore[union-attr]
            kind = self.answer(number, attempt)
            self.replies += 1
            if kind == "error":
                errors.append({"id": f"batch_req_{self.replies}", "custom_id": custom,
                               "response": {"status_code": 500, "request_id": "req_e",
                                            "body": error_body("The server had an error",
                                                               "server_error")},
                               "error": None})  # fmt: skip
                continue
            claim = claim_for(user)
            if kind == "invalid":
                claim = {**claim, "categories": []}
            body = tool_reply({"claims": [claim]}, (700 + number, 40), self.replies)
            outputs.append({"id": f"batch_req_{self.replies}", "custom_id": custom,
                            "response": {"status_code": 200, "request_id": f"req_{custom}",
                                         "body": body}, "error": None})  # fmt: skip
        index = batch["id"].removeprefix("batch_test")
        batch.update(status="completed", completed_at=CREATED + 60,
                     request_counts={"total": len(outputs) + len(errors),
                                     "completed": len(outputs), "failed": len(errors)})  # fmt: skip
        if outputs:
            batch["output_file_id"] = f"file-out{index}"
            self.files[f"file-out{index}"] = "".join(json.dumps(o) + "\n" for o in outputs).encode()
        if errors:
            batch["error_file_id"] = f"file-err{index}"
            self.files[f"file-err{index}"] = "".join(json.dumps(e) + "\n" for e in errors).encode()

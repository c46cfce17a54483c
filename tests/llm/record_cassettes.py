"""Write the cassettes in tests/llm/cassettes/.

Run from the checkout: ``PYTHONPATH=. .venv/bin/python tests/llm/record_cassettes.py``.

No endpoint is contacted. The replies are written by hand below in the OpenAI wire
format (llm_wire.py); a mock HTTP transport serves them to the real backend, and vcrpy
records the real requests the openai client sends together with those replies. The
tests then replay the cassettes with record mode "none".
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from llm_articles import GENSTAFF, LONG_TEXT, daily_article, long_article
from llm_cassettes import CASSETTES, article_marker, make_vcr, response_json
from llm_wire import error_body, text_reply, tool_reply

from extractor.backends import BackendSettings
from extractor.backends.llm import LLMError, OpenAIBackend
from extractor.backends.llm.transport import RetryPolicy
from schemas import Article

ENV = {"OPENAI_API_KEY": "sk-test"}

CASUALTIES_1020 = {
    "subject": "russia", "categories": ["casualties"], "value": 1020, "scope": "daily",
    "as_of": "2024-02-14", "claimant": GENSTAFF, "claimant_type": "ukraine_official",
    "evidence": "Russia had lost 1,020 soldiers over the previous 24 hours",
}  # fmt: skip
TANKS_9 = {
    "subject": "russia", "categories": ["tanks"], "value": 9, "scope": "daily",
    "as_of": "2024-02-14", "claimant": GENSTAFF, "claimant_type": "ukraine_official",
    "evidence": "9 tanks destroyed",
}  # fmt: skip
CLEAN = {"claims": [CASUALTIES_1020, TANKS_9]}

Reply = tuple[int, dict[str, str], dict[str, Any]]


def _serve(replies: Callable[[httpx2.Request], Reply]) -> httpx2.Client:
    def handler(request: httpx2.Request) -> httpx2.Response:
        status, headers, body = replies(request)
        return httpx2.Response(status, headers=headers, content=json.dumps(body).encode())

    return httpx2.Client(transport=httpx2.MockTransport(handler))


def _in_order(*replies: Reply) -> Callable[[httpx2.Request], Reply]:
    queue: Iterator[Reply] = iter(replies)
    return lambda request: next(queue)


def _record(
    name: str,
    replies: Callable[[httpx2.Request], Reply],
    articles: list[Article],
    options: dict[str, str] | None = None,
    repeat: int = 1,
) -> None:
    path = CASSETTES / f"{name}.yaml"
    path.unlink(missing_ok=True)
    backend = OpenAIBackend(
        BackendSettings(use_cache=False, options=options or {}, max_retries=2),
        env=ENV,
        http_client=_serve(replies),
        retry_policy=RetryPolicy(max_attempts=3, sleep=lambda seconds: None),
    )
    with make_vcr("all").use_cassette(path.name):
        for _ in range(repeat):
            for article in articles:
                try:
                    backend.extract(article)
                except LLMError as error:
                    print(f"  {name}: expected failure: {error}")
    print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


def _chunk_replies() -> Callable[[httpx2.Request], Reply]:
    """Answer each chunk with the figures whose sentences it contains."""
    figures = [
        ("Russia lost 870 troops in a day", ["casualties"], 870, "daily"),
        ("14 artillery systems", ["artillery_systems"], 14, "daily"),
        ("Russia has lost 402,500 troops", ["casualties"], 402500, "cumulative"),
    ]
    count = iter(range(1, 100))

    def reply(request: httpx2.Request) -> Reply:
        user = json.loads(request.content)["messages"][-1]["content"]
        piece = user.split(">>>\n", 1)[1].rsplit("\n<<<END ARTICLE", 1)[0]
        claims = [
            {"subject": "russia", "categories": cats, "value": value, "scope": scope,
             "as_of": "2024-03-01", "claimant": GENSTAFF, "claimant_type": "ukraine_official",
             "evidence": quote}
            for quote, cats, value, scope in figures
            if quote in piece
        ]  # fmt: skip
        return response_json(200, tool_reply({"claims": claims}, (400, 90), next(count)))

    return reply


def main() -> None:
    CASSETTES.mkdir(exist_ok=True)
    daily = [daily_article()]
    ok = response_json(200, tool_reply(CLEAN, (950, 130), 1))
    _record("clean", _in_order(ok), daily)
    _record(
        "clean_twice",
        _in_order(ok, response_json(200, tool_reply(CLEAN, (960, 130), 2))),
        daily,
        repeat=2,
    )
    invalid = {"claims": [{**CASUALTIES_1020, "categories": []}, TANKS_9]}
    _record(
        "reask",
        _in_order(
            response_json(200, tool_reply(invalid, (950, 125), 1)),
            response_json(200, tool_reply(CLEAN, (1210, 130), 2)),
        ),
        daily,
    )
    _record(
        "rate_limit",
        _in_order(
            response_json(
                429,
                error_body("Rate limit reached for gpt-4o-mini", "requests", "rate_limit_exceeded"),
                {"retry-after": "7"},
            ),
            ok,
        ),
        daily,
    )
    server_error = response_json(500, error_body("The server had an error", "server_error"))
    _record("server_error", _in_order(server_error, server_error, server_error), daily)
    cut = json.dumps(CLEAN)[:90]
    _record("length", _in_order(response_json(200, tool_reply(cut, (950, 64), 1, "length"))), daily)
    refusal = text_reply(None, (950, 12), 1, refusal="I'm sorry, I can't help with that.")
    _record("refusal", _in_order(response_json(200, refusal)), daily)
    invented = {
        "claims": [
            CASUALTIES_1020,
            {**TANKS_9, "categories": ["uav"], "value": 2500,
             "evidence": "Russia also lost 2,500 drones on Wednesday"},
            {**TANKS_9, "value": 90},
        ]
    }  # fmt: skip
    _record("invented", _in_order(response_json(200, tool_reply(invented, (950, 160), 1))), daily)
    _record(
        "json_mode",
        _in_order(response_json(200, text_reply(json.dumps(CLEAN), (1400, 130), 1))),
        daily,
        options={"mode": "json"},
    )
    _record(
        "chunked",
        _chunk_replies(),
        [long_article()],
        options={"chunk_chars": "300", "chunk_overlap": "120"},
    )
    assert len(LONG_TEXT) > 300
    variants = [
        Article(text=daily_article().text.replace("1,020", f"1,0{n}0"), published="2024-02-14")
        for n in (3, 4, 5)
    ]
    by_marker = {}
    for n, article in zip((3, 4, 5), variants, strict=True):
        quote = f"Russia had lost 1,0{n}0 soldiers over the previous 24 hours"
        claim = {**CASUALTIES_1020, "value": 1000 + 10 * n, "evidence": quote}
        by_marker[article.id] = response_json(200, tool_reply({"claims": [claim]}, (900, 60), n))

    def concurrent(request: httpx2.Request) -> Reply:
        marker = article_marker(request.content)
        return next(reply for key, reply in by_marker.items() if key.startswith(marker or "?"))

    _record("concurrent", concurrent, variants)


if __name__ == "__main__":
    main()

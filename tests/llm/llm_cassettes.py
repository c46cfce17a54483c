"""vcrpy set-up shared by the tests and by record_cassettes.py.

Requests are matched on method, path and the article marker in the prompt
(``<<<ARTICLE id>>>``), so concurrent requests for different articles or chunks get
their own replies, and repeated requests for one piece play in recorded order.
Only harmless headers are ever written: no Authorization, no api-key.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import vcr
from vcr.request import Request

CASSETTES = Path(__file__).resolve().parent / "cassettes"
KEPT_REQUEST_HEADERS = {"content-type", "accept", "host"}
_MARKER = re.compile(r"<<<ARTICLE ([0-9a-f]+)>>>")


def article_marker(body: bytes | str | None) -> str | None:
    if body is None:
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    try:
        messages = json.loads(text).get("messages", [])
    except (ValueError, AttributeError):
        return None
    for message in messages:
        content = message.get("content")
        if isinstance(content, str) and (found := _MARKER.search(content)):
            return found.group(1)
    return None


def _match_article(r1: Request, r2: Request) -> None:
    assert article_marker(r1.body) == article_marker(r2.body), "different article"


def _scrub_request(request: Request) -> Request:
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
    return request


def make_vcr(record_mode: str = "none") -> vcr.VCR:
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        match_on=("method", "scheme", "host", "path", "article"),
        filter_headers=["authorization", "api-key", "openai-organization", "openai-project"],
        before_record_request=_scrub_request,
        decode_compressed_response=True,
    )
    recorder.register_matcher("article", _match_article)
    return recorder


def response_json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
    """(status, headers, JSON body) for the recorder's mock server."""
    base = {"content-type": "application/json", "x-request-id": "req_test"}
    return status, {**base, **(headers or {})}, body

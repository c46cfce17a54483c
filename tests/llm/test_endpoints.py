"""Where requests go for OpenAI-compatible local servers and Azure (mock HTTP, no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx2
import openai
import pytest
from llm_articles import daily_article
from llm_wire import text_reply, tool_reply

from extractor.backends import BackendSettings
from extractor.backends.llm import OpenAIBackend, RequestRejected, TransportError
from extractor.backends.llm.transport import RetryPolicy, is_transient, retry_after_seconds

CLAIM = {
    "subject": "russia", "categories": ["casualties"], "value": 1020, "scope": "daily",
    "claimant": "General Staff", "claimant_type": "ukraine_official",
    "evidence": "Russia had lost 1,020 soldiers",
}  # fmt: skip


def _server(seen: list[httpx2.Request]) -> httpx2.Client:
    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=tool_reply({"claims": [CLAIM]}))

    return httpx2.Client(transport=httpx2.MockTransport(answer))


def test_local_server_gets_the_request_at_its_base_url(tmp_path):
    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        # json_schema mode reads the message content, so the claims are served there.
        seen.append(request)
        reply = text_reply(json.dumps({"claims": [CLAIM]}))
        return httpx2.Response(200, json=reply)

    backend = OpenAIBackend(
        BackendSettings(model="llama3.1", use_cache=False, cache_dir=tmp_path,
                        options={"mode": "json_schema"}),
        env={"OPENAI_BASE_URL": "http://localhost:11434/v1"},
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )  # fmt: skip
    output = backend.extract(daily_article())
    assert [c.value for c in output.claims] == [1020]
    assert str(seen[0].url) == "http://localhost:11434/v1/chat/completions"
    assert seen[0].headers["authorization"] == "Bearer not-needed"
    body = json.loads(seen[0].read())
    assert body["model"] == "llama3.1"
    assert body["response_format"]["type"] == "json_schema"


def test_azure_requests_go_to_the_deployment_with_an_api_key_header(tmp_path):
    seen: list[httpx2.Request] = []
    backend = OpenAIBackend(
        BackendSettings(model="claims-gpt4o", use_cache=False, cache_dir=tmp_path),
        env={
            "AZURE_OPENAI_ENDPOINT": "https://example-resource.openai.azure.com",
            "AZURE_OPENAI_API_KEY": "az-test",
            "OPENAI_API_VERSION": "2024-10-21",
        },
        http_client=_server(seen),
    )
    output = backend.extract(daily_article())
    assert [c.value for c in output.claims] == [1020]
    url = seen[0].url
    assert url.host == "example-resource.openai.azure.com"
    assert url.path == "/openai/deployments/claims-gpt4o/chat/completions"
    assert url.params["api-version"] == "2024-10-21"
    assert seen[0].headers["api-key"] == "az-test"


def _failing_backend(tmp_path, status: int, seen: list[httpx2.Request], sleeps) -> OpenAIBackend:
    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        body = {"error": {"message": f"status {status}", "type": "x", "param": None, "code": None}}
        return httpx2.Response(status, json=body)

    return OpenAIBackend(
        BackendSettings(use_cache=False, cache_dir=tmp_path),
        env={"OPENAI_API_KEY": "sk-test"},
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
        retry_policy=RetryPolicy(max_attempts=4, sleep=sleeps),
    )


@pytest.mark.parametrize(
    ("status", "message"),
    [(400, r"rejected the request \(400\)"), (401, "rejected the API key"), (404, "--model")],
)
def test_other_client_errors_are_not_retried(tmp_path, sleeps, status, message):
    seen: list[httpx2.Request] = []
    with pytest.raises(RequestRejected, match=message) as raised:
        _failing_backend(tmp_path, status, seen, sleeps).extract(daily_article())
    assert len(seen) == 1 and sleeps.waits == []
    assert raised.value.usage.requests == 1


def test_server_errors_are_retried_up_to_the_attempt_limit(tmp_path, sleeps):
    seen: list[httpx2.Request] = []
    with pytest.raises(TransportError, match="after 4 attempts"):
        _failing_backend(tmp_path, 503, seen, sleeps).extract(daily_article())
    assert len(seen) == 4 and len(sleeps.waits) == 3


def _status_error(status: int, headers: dict[str, str]) -> openai.APIStatusError:
    request = httpx2.Request("POST", "https://api.openai.com/v1/chat/completions")
    response = httpx2.Response(status, headers=headers, request=request)
    return openai.APIStatusError("failed", response=response, body=None)


def test_retry_after_forms_are_understood():
    assert retry_after_seconds(_status_error(429, {"retry-after": "3"})) == 3.0
    assert retry_after_seconds(_status_error(429, {"retry-after-ms": "250"})) == 0.25
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (retry_after_seconds(_status_error(429, {"retry-after": later})) or 0) <= 30
    assert retry_after_seconds(_status_error(429, {})) is None


def test_which_failures_are_transient():
    assert is_transient(_status_error(429, {})) and is_transient(_status_error(502, {}))
    assert not is_transient(_status_error(400, {})) and not is_transient(_status_error(401, {}))
    request = httpx2.Request("POST", "https://api.openai.com/v1/chat/completions")
    assert is_transient(openai.APITimeoutError(request=request))
    assert is_transient(openai.APIConnectionError(request=request))

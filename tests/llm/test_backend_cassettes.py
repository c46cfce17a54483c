"""The openai backend against replayed OpenAI wire traffic (vcrpy, record mode none).

The real openai client, instructor's parsing and re-asking, tenacity and the cache all
run; only the HTTP exchange comes from a cassette.
"""

from __future__ import annotations

import json

import httpx2
import pytest
from llm_articles import daily_article

from extractor.backends.llm import (
    InvalidResponse,
    ModelRefused,
    OutputTruncated,
    TokenBudgetExceeded,
    TransportError,
)
from extractor.pipeline import extract_article
from schemas import Category, RejectionReason, Scope, Subject


def _capturing_client(bodies: list[dict]) -> httpx2.Client:
    """An HTTP client that keeps every request body it sends (the cassette still answers)."""

    def keep(request: httpx2.Request) -> None:
        bodies.append(json.loads(request.read()))

    return httpx2.Client(event_hooks={"request": [keep]})


def test_clean_extraction_returns_the_claims_with_usage_and_prompt(make_backend, replay):
    backend = make_backend()
    with replay("clean") as cassette:
        output = backend.extract(daily_article())
    assert cassette.play_count == 1
    values = sorted((c.value, tuple(c.categories)) for c in output.claims)
    assert values == [(9, (Category.TANKS,)), (1020, (Category.CASUALTIES,))]
    first = next(c for c in output.claims if c.value == 1020)
    assert first.subject is Subject.RUSSIA and first.scope is Scope.DAILY
    assert first.as_of == "2024-02-14"
    assert output.usage is not None
    assert (output.usage.prompt_tokens, output.usage.completion_tokens) == (950, 130)
    assert output.usage.requests == 1
    assert output.prompt is not None and output.prompt.name == "claims/v2"
    assert output.cached is False


def test_clean_extraction_through_the_pipeline_is_grounded(make_backend, replay):
    article = daily_article()
    with replay("clean"):
        extraction = extract_article(article, make_backend())
    assert len(extraction.claims) == 2
    for claim in extraction.claims:
        assert claim.start is not None and claim.end is not None
        assert article.text[claim.start : claim.end] == claim.evidence
    assert extraction.provenance.prompt is not None
    assert len(extraction.provenance.prompt.sha256) == 64
    assert extraction.provenance.backend == "openai"


def test_invalid_reply_is_reasked_with_the_validation_error(make_backend, replay):
    bodies: list[dict] = []
    backend = make_backend(http_client=_capturing_client(bodies))
    with replay("reask") as cassette:
        output = backend.extract(daily_article())
    assert cassette.play_count == 2
    assert len(output.claims) == 2
    assert len(bodies) == 2
    first_messages = json.dumps(bodies[0]["messages"])
    second_messages = json.dumps(bodies[1]["messages"])
    assert "Validation Error" not in first_messages
    assert "Validation Error found" in second_messages
    assert "categories" in second_messages and "at least 1 item" in second_messages
    # Both attempts are paid for.
    assert output.usage is not None
    assert output.usage.requests == 2
    assert output.usage.prompt_tokens == 950 + 1210
    assert output.usage.total_tokens == 950 + 125 + 1210 + 130


def test_no_reask_budget_means_the_invalid_reply_fails(make_backend, replay):
    with replay("reask") as cassette, pytest.raises(InvalidResponse) as raised:
        make_backend(max_retries=0).extract(daily_article())
    assert cassette.play_count == 1
    assert "1 attempt" in str(raised.value) and "categories" in str(raised.value)
    assert raised.value.usage.total_tokens == 950 + 125


def test_rate_limit_waits_as_retry_after_says_then_succeeds(make_backend, replay, sleeps):
    with replay("rate_limit") as cassette:
        output = make_backend().extract(daily_article())
    assert cassette.play_count == 2
    assert sleeps.waits == [7.0]
    assert len(output.claims) == 2
    assert output.usage is not None and output.usage.requests == 2
    assert output.usage.prompt_tokens == 950  # the 429 carried no usage


def test_repeated_server_errors_end_in_a_counted_failure(make_backend, replay, sleeps):
    with replay("server_error") as cassette, pytest.raises(TransportError) as raised:
        make_backend(max_attempts=3).extract(daily_article())
    assert cassette.play_count == 3
    assert raised.value.attempts == 3
    assert raised.value.usage.requests == 3
    assert "server error 500" in str(raised.value) and "after 3 attempts" in str(raised.value)
    assert len(sleeps.waits) == 2  # between the three attempts, exponential backoff
    assert sleeps.waits[0] <= sleeps.waits[1]


class _TimesOut(httpx2.HTTPTransport):
    """Times out the first ``failures`` requests; later ones reach the (replayed) server."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures
        self.calls = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.calls += 1
        if self.calls <= self.failures:
            raise httpx2.ReadTimeout("timed out", request=request)
        return super().handle_request(request)


def test_a_timeout_is_retried(make_backend, replay):
    transport = _TimesOut(failures=1)
    backend = make_backend(http_client=httpx2.Client(transport=transport))
    with replay("clean") as cassette:
        output = backend.extract(daily_article())
    assert transport.calls == 2 and cassette.play_count == 1
    assert output.usage is not None and output.usage.requests == 2
    assert len(output.claims) == 2


def test_timeouts_on_every_attempt_fail_with_a_clear_message(make_backend, replay):
    transport = _TimesOut(failures=99)
    backend = make_backend(http_client=httpx2.Client(transport=transport), max_attempts=2)
    with replay("clean") as cassette, pytest.raises(TransportError) as raised:
        backend.extract(daily_article())
    assert transport.calls == 2 and cassette.play_count == 0
    assert "no answer" in str(raised.value) and "timeout" in str(raised.value)


def test_output_cut_at_the_token_limit_is_reported_not_reasked(make_backend, replay):
    with replay("length") as cassette, pytest.raises(OutputTruncated) as raised:
        make_backend().extract(daily_article())
    assert cassette.play_count == 1
    assert "finish_reason 'length'" in str(raised.value)
    assert raised.value.usage.completion_tokens == 64


def test_a_refusal_is_reported_as_such(make_backend, replay):
    with replay("refusal") as cassette, pytest.raises(ModelRefused) as raised:
        make_backend().extract(daily_article())
    assert cassette.play_count == 1
    assert "refused" in str(raised.value) and "can't help" in str(raised.value)


def test_invented_claims_are_rejected_by_grounding(make_backend, replay):
    with replay("invented"):
        extraction = extract_article(daily_article(), make_backend())
    assert [c.value for c in extraction.claims] == [1020]
    reasons = {r.claim.value: r.reason for r in extraction.rejected}
    assert reasons == {
        2500: RejectionReason.EVIDENCE_NOT_FOUND,
        90: RejectionReason.NUMBER_NOT_IN_EVIDENCE,
    }


def test_json_mode_parses_a_plain_json_reply(make_backend, replay):
    bodies: list[dict] = []
    backend = make_backend({"mode": "json"}, http_client=_capturing_client(bodies))
    with replay("json_mode"):
        output = backend.extract(daily_article())
    assert len(output.claims) == 2
    assert bodies[0]["response_format"] == {"type": "json_object"}
    assert "tools" not in bodies[0]


def test_token_budget_stops_further_reasks(make_backend, replay):
    # The first (invalid) reply spends 1075 tokens; a budget of 1000 forbids the re-ask.
    backend = make_backend({"token_budget": "1000"})
    with replay("reask") as cassette, pytest.raises(TokenBudgetExceeded) as raised:
        backend.extract(daily_article())
    assert cassette.play_count == 1
    assert raised.value.usage.total_tokens == 1075
    assert "token_budget" in str(raised.value)

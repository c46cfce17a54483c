"""The batch runner's LLM path (requests prepared once) replays the LLM backend's own
cassettes with the backend's results: same claims, same re-asks, same usage, and every
HTTP request passes the rate limiter."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "llm"))

from llm_articles import daily_article
from llm_cassettes import make_vcr

from extractor.backends import BackendSettings
from extractor.backends.llm import InvalidResponse, OpenAIBackend
from extractor.backends.llm.transport import RetryPolicy
from extractor.batch.limits import RateLimiter, Reservation
from extractor.batch.llm_requests import LeanLLMBackend

ENV = {"OPENAI_API_KEY": "sk-test"}


class CountingLimiter(RateLimiter):
    def __init__(self) -> None:
        super().__init__(rpm=1000)
        self.acquired = 0

    async def acquire(self, tokens: int = 0) -> Reservation:
        self.acquired += 1
        return await super().acquire(tokens)


async def _no_wait(seconds: float) -> None:
    return None


def lean(limiter: RateLimiter, pool_size: int | None, max_retries: int = 2) -> LeanLLMBackend:
    settings = BackendSettings(model="gpt-4o-mini", max_retries=max_retries, use_cache=False)
    policy = RetryPolicy(max_attempts=3, sleep=lambda s: None, async_sleep=_no_wait)
    return LeanLLMBackend(OpenAIBackend(settings, env=ENV, retry_policy=policy), limiter,
                          pool_size)  # fmt: skip


async def _extract(backend: LeanLLMBackend):
    try:
        return await backend.aextract(daily_article())
    finally:
        await backend.aclose()


@pytest.mark.parametrize("pool_size", [None, 8], ids=["openai-client", "direct-post"])
@pytest.mark.parametrize(("cassette", "requests"), [("clean", 1), ("reask", 2), ("rate_limit", 2)])
def test_replays_the_backend_cassettes_with_its_results(
    cassette: str, requests: int, pool_size: int | None
) -> None:
    limiter = CountingLimiter()
    with make_vcr("none").use_cassette(f"{cassette}.yaml") as played:
        output = asyncio.run(_extract(lean(limiter, pool_size)))
    assert played.play_count == requests
    assert limiter.acquired == requests  # re-asks and transport retries are counted too
    assert sorted((c.value, c.categories[0].value) for c in output.claims) == [
        (9, "tanks"), (1020, "casualties"),
    ]  # fmt: skip
    assert output.usage is not None and output.usage.requests == requests
    assert output.model == "gpt-4o-mini" and output.prompt is not None


def test_a_reply_that_never_validates_is_an_invalid_response_with_its_usage() -> None:
    with make_vcr("none").use_cassette("reask.yaml"), pytest.raises(InvalidResponse) as raised:
        asyncio.run(_extract(lean(CountingLimiter(), None, max_retries=0)))
    assert "1 attempt" in str(raised.value)
    assert raised.value.usage.requests == 1 and raised.value.usage.prompt_tokens == 950

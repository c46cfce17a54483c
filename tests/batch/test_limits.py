"""The rate limiter: never more than rpm requests (or tpm tokens) in any 60-second window."""

from __future__ import annotations

import asyncio
import random

import pytest

from extractor.batch.limits import RateLimiter, estimate_tokens


class FakeClock:
    """Time that passes only when someone sleeps: minutes of traffic in milliseconds."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


def max_in_any_window(times: list[float], window: float = 60.0) -> int:
    """The most events in any half-open window [t, t + window)."""
    ordered = sorted(times)
    best = 0
    for i, start in enumerate(ordered):
        j = i
        while j < len(ordered) and ordered[j] < start + window:
            j += 1
        best = max(best, j - i)
    return best


def test_requests_per_minute_are_never_exceeded_by_concurrent_callers() -> None:
    clock = FakeClock()
    limiter = RateLimiter(rpm=7, clock=clock, sleep=clock.sleep)
    granted: list[float] = []

    async def caller(requests: int) -> None:
        for _ in range(requests):
            reservation = await limiter.acquire()
            granted.append(reservation.at)
            # Callers also wait between requests, like real ones: random, sometimes none.
            await clock.sleep(random.Random(len(granted)).choice([0, 0, 1.5, 13]))

    async def main() -> None:
        await asyncio.gather(*(caller(6) for _ in range(5)))

    asyncio.run(main())
    assert len(granted) == 30
    assert max_in_any_window(granted) == 7  # the cap is reached, and never passed
    # 30 requests at 7 per minute need at least four full windows.
    assert max(granted) >= 4 * 60


def test_without_limits_nothing_waits() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)

    async def main() -> None:
        for _ in range(1000):
            await limiter.acquire(10_000)

    asyncio.run(main())
    assert clock.now == 0.0 and not limiter.active


def test_tokens_per_minute_count_estimates_and_settled_usage() -> None:
    clock = FakeClock()
    limiter = RateLimiter(tpm=1_000, clock=clock, sleep=clock.sleep)
    spent: list[tuple[float, int]] = []

    async def main() -> None:
        for _ in range(6):
            reservation = await limiter.acquire(400)
            # The reply says the request cost less than estimated: the window keeps that.
            limiter.settle(reservation, 300)
            spent.append((reservation.at, 300))

    asyncio.run(main())
    for start, _ in spent:
        in_window = sum(tokens for at, tokens in spent if start <= at < start + 60)
        assert in_window <= 1_000
    # 300 + 300 + 300 leave room for another 400-token estimate only after a minute.
    assert [at for at, _ in spent] == [0.0, 0.0, 0.0, 60.0, 60.0, 60.0]


def test_a_request_bigger_than_the_token_budget_goes_alone_once_the_window_is_empty() -> None:
    clock = FakeClock()
    limiter = RateLimiter(tpm=100, clock=clock, sleep=clock.sleep)

    async def main() -> list[float]:
        first = await limiter.acquire(50)
        huge = await limiter.acquire(500)
        after = await limiter.acquire(10)
        return [first.at, huge.at, after.at]

    assert asyncio.run(main()) == [0.0, 60.0, 120.0]


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError):
        RateLimiter(rpm=0)
    with pytest.raises(ValueError):
        RateLimiter(tpm=0)


def test_token_estimate_uses_max_tokens_when_the_request_sets_it() -> None:
    body = b'{"messages": [{"role": "user", "content": "' + b"x" * 4000 + b'"}]}'
    assert estimate_tokens(body) == len(body) // 4 + 1_000
    with_cap = body[:-1] + b', "max_tokens": 300}'
    assert estimate_tokens(with_cap) == len(with_cap) // 4 + 300

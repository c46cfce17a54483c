"""Staying inside an endpoint's limits: requests and tokens per minute, in a sliding window.

``RateLimiter.acquire`` waits until one more request (of an estimated size in tokens)
fits the last 60 seconds; once the reply says what the request really cost, ``settle``
corrects the estimate. Waiters are served first come, first served.

The batch LLM path (llm_requests.py) acquires before every HTTP request it sends, so
chunks of long articles, validation re-asks and transport retries all count.
Concurrency (articles in flight) is the runner's number of workers.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
# Tokens a reply is assumed to take before it arrives, when the request sets no max_tokens.
DEFAULT_REPLY_TOKENS = 1_000
CHARS_PER_TOKEN = 4


@dataclass
class Reservation:
    """One request in the window: when it was let through and the tokens it counts for."""

    at: float
    tokens: int


class RateLimiter:
    """At most ``rpm`` requests and ``tpm`` tokens in any ``window`` seconds (None: no cap).

    ``clock`` and ``sleep`` are injectable, so tests run minutes of traffic on a fake clock.
    """

    def __init__(
        self,
        rpm: int | None = None,
        tpm: int | None = None,
        *,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rpm is not None and rpm < 1:
            raise ValueError("rpm must be at least 1")
        if tpm is not None and tpm < 1:
            raise ValueError("tpm must be at least 1")
        self.rpm = rpm
        self.tpm = tpm
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._recent: deque[Reservation] = deque()
        self._tokens = 0  # the sum of ``tokens`` over ``_recent``
        self._lock = asyncio.Lock()
        self.waited_seconds = 0.0  # total time requests were held back: for the summary

    @property
    def active(self) -> bool:
        return self.rpm is not None or self.tpm is not None

    def _expire(self, now: float) -> None:
        while self._recent and self._recent[0].at <= now - self.window:
            self._tokens -= self._recent.popleft().tokens

    def _wait_for(self, now: float, tokens: int) -> float:
        """Seconds until a request of ``tokens`` fits; 0 when it fits now."""
        until = now
        if self.rpm is not None and len(self._recent) >= self.rpm:
            until = max(until, self._recent[len(self._recent) - self.rpm].at + self.window)
        if self.tpm is not None and self._recent and self._tokens + tokens > self.tpm:
            # The oldest requests must leave the window until the new one fits; one bigger
            # than the whole budget goes alone, once the window is empty.
            excess = self._tokens + tokens - self.tpm
            freed = 0
            for reservation in self._recent:
                freed += reservation.tokens
                if freed >= excess:
                    break
            until = max(until, reservation.at + self.window)
        return until - now

    async def acquire(self, tokens: int = 0) -> Reservation:
        """Wait until one more request of ``tokens`` fits the window, then count it."""
        async with self._lock:
            while True:
                now = self._clock()
                self._expire(now)
                wait = self._wait_for(now, tokens)
                if wait <= 0:
                    reservation = Reservation(now, tokens)
                    self._recent.append(reservation)
                    self._tokens += tokens
                    return reservation
                self.waited_seconds += wait
                await self._sleep(wait)

    def settle(self, reservation: Reservation, tokens: int) -> None:
        """Replace a request's estimate with what the reply says it cost."""
        if reservation in self._recent:
            self._tokens += tokens - reservation.tokens
        reservation.tokens = tokens


def estimate_tokens(body: bytes) -> int:
    """A request's tokens before it is sent: its text by length plus the reply it may get."""
    reply = DEFAULT_REPLY_TOKENS
    try:
        requested = json.loads(body).get("max_tokens")
    except (ValueError, AttributeError):
        requested = None
    if isinstance(requested, int) and requested > 0:
        reply = requested
    return len(body) // CHARS_PER_TOKEN + reply

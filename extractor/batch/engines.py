"""Backends as a batch job builds them: LLM requests go through the rate limiter.

The ``openai`` backend accepts its own async HTTP client; the batch job gives it one
whose transport waits on the job's RateLimiter and whose pool is sized for the job's
concurrency. Every other backend is built by the registry as usual.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import httpx2

from extractor.backends import Backend, BackendSettings, create_backend
from extractor.batch.limits import RateLimitedTransport, RateLimiter

# Requests one article may have in flight at once (its chunks); sizes the connection pool.
REQUESTS_PER_ARTICLE = 4


def limited_http_client(limiter: RateLimiter, concurrency: int) -> httpx2.AsyncClient:
    connections = max(10, concurrency * REQUESTS_PER_ARTICLE)
    limits = httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
    inner = httpx2.AsyncHTTPTransport(limits=limits)
    transport = RateLimitedTransport(limiter, inner) if limiter.active else inner
    return httpx2.AsyncClient(transport=transport, limits=limits)


def build_backend(
    name: str, settings: BackendSettings, limiter: RateLimiter, concurrency: int
) -> Backend:
    if name == "openai":
        from extractor.backends.llm import OpenAIBackend  # the network stack, only when used

        return OpenAIBackend(
            settings, async_http_client=limited_http_client(limiter, concurrency)
        )
    return create_backend(name, settings)


def backend_factory(name: str, settings: BackendSettings) -> Callable[[], Backend]:
    """A picklable recipe for the same backend, for process-pool workers."""
    return functools.partial(create_backend, name, settings)

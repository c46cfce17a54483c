"""Backends as a batch job builds them: LLM requests go through the rate limiter.

The ``openai`` backend is wrapped in ``LeanLLMBackend`` (llm_requests.py): requests
prepared once, every HTTP request through the job's RateLimiter, a connection pool sized
for the job's concurrency. Every other backend is built by the registry as usual.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from extractor.backends import Backend, BackendSettings, create_backend
from extractor.batch.limits import RateLimiter

# Requests one article may have in flight at once (its chunks); sizes the connection pool.
REQUESTS_PER_ARTICLE = 4


def pool_size(concurrency: int) -> int:
    return max(10, concurrency * REQUESTS_PER_ARTICLE)


def build_backend(
    name: str, settings: BackendSettings, limiter: RateLimiter, concurrency: int
) -> Backend:
    if name == "openai":
        # The network stack is imported only when used.
        from extractor.backends.llm import OpenAIBackend
        from extractor.batch.llm_requests import LeanLLMBackend

        return LeanLLMBackend(OpenAIBackend(settings), limiter, pool_size(concurrency))
    return create_backend(name, settings)


def backend_factory(name: str, settings: BackendSettings) -> Callable[[], Backend]:
    """A picklable recipe for the same backend, for process-pool workers."""
    return functools.partial(create_backend, name, settings)

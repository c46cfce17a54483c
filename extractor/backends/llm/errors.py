"""Why an LLM extraction failed, as BackendError subclasses with messages a user can act on.

Each carries the tokens spent and the HTTP requests made before it failed, so a report
can count the cost of failures too.
"""

from __future__ import annotations

from extractor.errors import BackendError
from schemas import TokenUsage


class LLMError(BackendError):
    """Base of the LLM backend's failures."""

    def __init__(self, message: str, usage: TokenUsage | None = None, attempts: int = 0) -> None:
        super().__init__(message)
        self.usage = usage or TokenUsage()
        self.attempts = attempts


class TransportError(LLMError):
    """The endpoint could not be reached, timed out, or kept failing after retries."""


class RequestRejected(LLMError):
    """The endpoint refused the request (4xx other than 429): retrying cannot help."""


class OutputTruncated(LLMError):
    """The model stopped at its token limit (finish_reason 'length'): the JSON is cut off."""


class ModelRefused(LLMError):
    """The model declined to answer (a refusal message or a content filter)."""


class InvalidResponse(LLMError):
    """Every reply failed validation against the response schema, re-asks included."""


class TokenBudgetExceeded(LLMError):
    """The per-article token budget is spent; no further request is sent."""

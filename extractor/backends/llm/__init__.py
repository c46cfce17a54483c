"""The ``openai`` backend: any OpenAI-compatible chat endpoint, through instructor.

Names are imported on first use, so the CLI's prompt and cache commands (which use
the light modules of this package) never load the openai and instructor libraries.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.backends.llm.backend import OpenAIBackend
    from extractor.backends.llm.errors import (
        InvalidResponse,
        LLMError,
        ModelRefused,
        OutputTruncated,
        RequestRejected,
        TokenBudgetExceeded,
        TransportError,
    )

_LAZY = {
    "OpenAIBackend": "extractor.backends.llm.backend",
    "InvalidResponse": "extractor.backends.llm.errors",
    "LLMError": "extractor.backends.llm.errors",
    "ModelRefused": "extractor.backends.llm.errors",
    "OutputTruncated": "extractor.backends.llm.errors",
    "RequestRejected": "extractor.backends.llm.errors",
    "TokenBudgetExceeded": "extractor.backends.llm.errors",
    "TransportError": "extractor.backends.llm.errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "InvalidResponse",
    "LLMError",
    "ModelRefused",
    "OpenAIBackend",
    "OutputTruncated",
    "RequestRejected",
    "TokenBudgetExceeded",
    "TransportError",
]

"""The backend protocol: an article in, candidate claims out.

A backend only proposes claims. Locating evidence, rejecting what is not grounded and
building the Extraction is the pipeline's job, the same for every backend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from schemas import Article, Claim, PromptRef, TokenUsage


@dataclass(frozen=True)
class BackendSettings:
    """What a user can set for any backend; each backend rejects what it cannot use.

    ``options`` carries backend-specific settings given as ``--option KEY=VALUE``.
    """

    model: str | None = None
    prompt: str | None = None  # a prompt template name such as "claims/v2"
    max_retries: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    options: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BackendOutput:
    """What a backend returns for one article.

    ``claims`` may carry ``start``/``end`` when the backend knows where its evidence
    sits (the rules backend does); grounding verifies them and never trusts them blindly.
    """

    claims: list[Claim]
    model: str | None = None
    prompt: PromptRef | None = None
    usage: TokenUsage | None = None
    cached: bool = False
    timings_ms: dict[str, float] = field(default_factory=dict)


@runtime_checkable
class Backend(Protocol):
    """Anything with a ``name`` and an ``extract`` method is a backend."""

    name: str

    def extract(self, article: Article) -> BackendOutput:
        """Propose claims for one article. Raise BackendError when that is impossible."""
        ...


@runtime_checkable
class AsyncBackend(Backend, Protocol):
    """A backend that can also extract without blocking an event loop (network backends)."""

    async def aextract(self, article: Article) -> BackendOutput: ...

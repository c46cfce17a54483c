"""The result of extracting one article: claims, rejected candidates and provenance."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas.article import ArticleMeta
from schemas.claim import Claim
from schemas.enums import RejectionReason

SCHEMA_VERSION = "1.0"


class RejectedClaim(BaseModel):
    """A candidate that a backend proposed but that did not become a claim."""

    model_config = ConfigDict(extra="forbid")

    claim: Claim
    reason: RejectionReason
    detail: str = Field(description="One sentence a person can act on.")


class PromptRef(BaseModel):
    """Which prompt template produced an extraction; the hash tells edited templates apart."""

    model_config = ConfigDict(extra="forbid")

    name: str
    version: str
    sha256: str


class TokenUsage(BaseModel):
    """Tokens spent on an extraction, summed over every attempt (failed ones too)."""

    model_config = ConfigDict(extra="forbid")

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    requests: int = 0

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            requests=self.requests + other.requests,
        )


class Provenance(BaseModel):
    """What produced an extraction, so a report shows exactly what ran."""

    model_config = ConfigDict(extra="forbid")

    backend: str
    model: str | None = None
    prompt: PromptRef | None = None
    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    started_at: datetime
    timings_ms: dict[str, float] = Field(
        default_factory=dict, description="Milliseconds per stage: extract, ground, total."
    )
    usage: TokenUsage | None = None
    cached: bool = False


class Extraction(BaseModel):
    """Everything extracted from one article."""

    model_config = ConfigDict(extra="forbid")

    article_id: str
    article: ArticleMeta
    claims: list[Claim] = Field(default_factory=list)
    rejected: list[RejectedClaim] = Field(default_factory=list)
    provenance: Provenance

"""The saved shape of an eval: one file per invocation, one entry per backend x model x prompt.

``extractor eval --json`` prints exactly this object, and ``evals/runs/*.json`` holds it.
Other tools read ``runs[].backend/model/prompt/metrics/per_article``: keep those names.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from schemas import Claim, PromptRef, TokenUsage

RUN_FORMAT = "extractor-eval-run/1"


class RunOrigin(StrEnum):
    """Where a run's extractions came from; only ``backend`` runs measure model quality."""

    BACKEND = "backend"  # a backend from the registry, called live or answered from its cache
    TEST_DOUBLE = "test_double"  # a fake backend or recorded cassette fed in by tests


class ArticleResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    subset: str
    article_id: str
    error: str | None = Field(default=None, description="Why the backend failed on this article.")
    gold: list[Claim]
    predicted: list[Claim]
    matches: list[tuple[int, int]] = Field(description="(gold index, predicted index) pairs.")
    metrics: dict[str, Any]
    latency_ms: float | None = None
    usage: TokenUsage | None = None
    cached: bool | None = None
    check_errors: int | None = None

    def missed(self) -> list[int]:
        matched = {g for g, _ in self.matches}
        return [i for i in range(len(self.gold)) if i not in matched]

    def spurious(self) -> list[int]:
        matched = {p for _, p in self.matches}
        return [i for i in range(len(self.predicted)) if i not in matched]


class RunProvenance(BaseModel):
    """What actually ran, as the extractions' own provenance reports it."""

    model_config = ConfigDict(extra="forbid")

    origin: RunOrigin
    implementation: str = Field(description="module:class of the backend object that ran.")
    models: list[str] = Field(default_factory=list, description="Models the replies came from.")
    prompts: list[PromptRef] = Field(default_factory=list)
    extractor_version: str
    live_articles: int = 0
    cached_articles: int = 0
    failed_articles: int = 0


class RunResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: str
    model: str | None
    prompt: str | None
    provenance: RunProvenance
    metrics: dict[str, Any]
    subsets: dict[str, dict[str, Any]]
    by_category: dict[str, dict[str, Any]]
    by_claimant_type: dict[str, dict[str, Any]]
    per_article: list[ArticleResult]
    usage: TokenUsage
    cost_usd: float | None = Field(description="Spent by this run's live calls; null: no price.")
    cost_usd_uncached: float | None = Field(description="What the run costs with an empty cache.")
    latency_ms: dict[str, float | None]
    check_errors: int | None = Field(
        description="Cross-check findings of severity 'error' over the run's claims; "
        "null when the checks could not run (see check_note)."
    )
    check_note: str | None = None

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.backend, self.model, self.prompt)

    @property
    def title(self) -> str:
        return " / ".join(part for part in self.key if part)

    @property
    def is_test_double(self) -> bool:
        return self.provenance.origin is RunOrigin.TEST_DOUBLE


class DatasetInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: str
    subsets: list[str]
    articles: int
    gold_claims: int
    fingerprint: str = Field(description="sha256 over every article text and gold claim.")
    gold_check_errors: int | None = Field(
        default=None, description="Cross-check errors the gold claims raise themselves."
    )


class RunFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str = RUN_FORMAT
    label: str
    created_at: datetime
    dataset: DatasetInfo
    runs: list[RunResult]

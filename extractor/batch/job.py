"""What makes two batch results the same work: the job key, and one article's outcome.

An article is done for a job when the database holds its extraction under the job's
key: the article's content hash plus (backend, model, prompt sha, schema version). A
rerun with the same settings skips it; a new model or an edited prompt is new work.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

from extractor.backends.base import Backend, BackendOutput
from extractor.checks import Finding
from extractor.checks.against_ledger import check_against_ledger
from extractor.checks.within import check_article, indexed_claims
from extractor.errors import BackendError, InputError
from extractor.ledger import Ledger
from extractor.pipeline import build_extraction
from schemas import SCHEMA_VERSION, Article, Extraction, PromptRef, TokenUsage


@dataclass(frozen=True)
class JobKey:
    """The settings that decide an article's result; ``key`` is their stable hash."""

    backend: str
    model: str | None = None
    prompt: PromptRef | None = None
    schema_version: str = SCHEMA_VERSION

    @cached_property
    def key(self) -> str:
        payload = {
            "backend": self.backend,
            "model": self.model,
            "prompt_sha256": self.prompt.sha256 if self.prompt else None,
            "schema_version": self.schema_version,
        }
        encoded = json.dumps(payload, sort_keys=True).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()[:16]

    def label(self) -> str:
        parts = [self.backend]
        if self.model:
            parts.append(self.model)
        if self.prompt:
            parts.append(f"{self.prompt.name} ({self.prompt.sha256[:8]})")
        return " / ".join(parts)


def job_key_for(backend: Backend) -> JobKey:
    """The job key of a built backend. LLM backends expose their resolved ``config``."""
    config = getattr(backend, "config", None)
    model = getattr(config, "model", None)
    template = getattr(config, "prompt", None)
    prompt = template.ref() if template is not None and hasattr(template, "ref") else None
    return JobKey(backend=backend.name, model=model, prompt=prompt)


@dataclass
class ArticleDone:
    """An article extracted, grounded and checked: ready to be stored in one transaction."""

    article: Article
    extraction: Extraction
    findings: list[Finding]


@dataclass
class ArticleFailed:
    """An article (or an input that never became one) that could not be extracted."""

    source: str
    kind: str
    message: str
    article: Article | None = None
    usage: TokenUsage | None = None
    attempts: int = 0
    failed_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def item_key(self) -> str:
        """Failures are recorded per article, or per source when nothing loaded."""
        return self.article.id if self.article is not None else f"input:{self.source}"


Outcome = ArticleDone | ArticleFailed

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def failure_kind(error: BaseException) -> str:
    """A short name for a summary: ``input``, ``transport_error``, ``invalid_response``..."""
    if isinstance(error, InputError):
        return "input"
    if isinstance(error, BackendError):
        name = type(error).__name__
        return "backend_error" if name == "BackendError" else _CAMEL.sub("_", name).lower()
    return "crash"  # a bug in a backend: recorded like any other failure, with its type


def failure_from_error(
    error: BaseException, source: str, article: Article | None = None
) -> ArticleFailed:
    usage = getattr(error, "usage", None)
    if isinstance(error, InputError):
        message = error.problem
    elif isinstance(error, BackendError):
        message = str(error)
    else:
        message = f"{type(error).__name__}: {error}"
    return ArticleFailed(
        source=source,
        kind=failure_kind(error),
        message=message,
        article=article,
        usage=usage if isinstance(usage, TokenUsage) else None,
        attempts=int(getattr(error, "attempts", 0) or 0),
    )


def check_one(extraction: Extraction, ledger: Ledger | None) -> list[Finding]:
    """The checks that need only this article: within it, and against the ledger.

    Checks across articles need the whole job; the runner runs them at the end.
    """
    claims = indexed_claims(extraction)
    findings = check_article(extraction)
    if ledger is not None:
        findings.extend(check_against_ledger(claims, ledger))
    return findings


def finish_article(
    article: Article,
    backend_name: str,
    output: BackendOutput,
    started_at: datetime,
    extract_ms: float,
    ledger: Ledger | None,
) -> ArticleDone:
    """The same path for every source of backend output: ground, de-duplicate, check."""
    extraction = build_extraction(article, backend_name, output, started_at, extract_ms)
    return ArticleDone(article, extraction, check_one(extraction, ledger))

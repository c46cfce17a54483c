"""Helpers for the cross-check tests: claims and extractions built by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from extractor.ledger import Ledger, default_ledger
from schemas import ArticleMeta, Claim, Extraction, Provenance

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"


def claim(**fields: Any) -> Claim:
    """A General Staff cumulative claim about Russian military casualties, unless overridden."""
    values: dict[str, Any] = {
        "subject": "russia",
        "categories": ["casualties"],
        "scope": "cumulative",
        "claimant": GENERAL_STAFF,
        "claimant_type": "ukraine_official",
        "evidence": "a figure",
    }
    if "low" not in fields and "value" not in fields:
        values["value"] = 1
    values.update(fields)
    return Claim.model_validate(values)


def extraction(
    claims: list[Claim],
    article_id: str = "a" * 16,
    title: str | None = None,
    published: date | None = date(2024, 1, 23),
    source: str | None = None,
) -> Extraction:
    return Extraction(
        article_id=article_id,
        article=ArticleMeta(title=title, published=published, source=source),
        claims=claims,
        provenance=Provenance(
            backend="hand", extractor_version="test", started_at=datetime(2024, 1, 23, tzinfo=UTC)
        ),
    )


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    return default_ledger()


@pytest.fixture()
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture()
def make_claim() -> Any:
    return claim


@pytest.fixture()
def make_extraction() -> Any:
    return extraction

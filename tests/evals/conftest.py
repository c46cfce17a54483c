"""Helpers for the eval harness tests: claims, tiny datasets on disk and a fake backend.

Everything here is hand-made for the tests; nothing comes from the project's article set.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from extractor.backends.base import BackendOutput
from extractor.errors import BackendError
from schemas import Article, Claim, PromptRef, TokenUsage

BASE_CLAIM: dict[str, Any] = {
    "subject": "russia",
    "categories": ["casualties"],
    "value": 500,
    "scope": "daily",
    "as_of": "2024-03-02",
    "claimant": "General Staff of the Armed Forces of Ukraine",
    "claimant_type": "ukraine_official",
    "evidence": "lost 500 soldiers",
}

# Two small articles the dataset tests and CLI tests share.
ALPHA_TEXT = (
    "Kyiv said on Saturday that Russia lost 500 soldiers over the past day. "
    "The General Staff also counted 12 tanks destroyed in the same period."
)
BETA_TEXT = (
    "Moscow claimed 300 Ukrainian troops were killed near the river. "
    "Officials gave no other figures for the week."
)


def make_claim(**overrides: Any) -> Claim:
    return Claim.model_validate({**BASE_CLAIM, **overrides})


def claim_json(**overrides: Any) -> dict[str, Any]:
    """A gold claim as it is written in a gold file."""
    return {**BASE_CLAIM, **overrides}


ALPHA_GOLD = [
    claim_json(evidence="Russia lost 500 soldiers over the past day"),
    claim_json(categories=["tanks"], value=12, evidence="counted 12 tanks destroyed"),
]
BETA_GOLD = [
    claim_json(
        subject="ukraine",
        categories=["killed"],
        value=300,
        scope="unspecified",
        as_of=None,
        claimant="Russian Ministry of Defense",
        claimant_type="russia_official",
        evidence="300 Ukrainian troops were killed",
    )
]


def write_article(
    folder: Path,
    name: str,
    text: str,
    gold_claims: list[dict[str, Any]] | None,
    published: str | None = "2024-03-02",
) -> Path:
    """``name.txt`` with a contract header and, unless ``gold_claims`` is None, its gold."""
    folder.mkdir(parents=True, exist_ok=True)
    header = f"title: {name}\noutlet: Test Wire\npublished: {published or 'unknown'}\n---\n"
    (folder / f"{name}.txt").write_text(header + text, encoding="utf-8")
    if gold_claims is not None:
        gold = {"published": published, "claims": gold_claims, "notes": "hand-made for tests"}
        (folder / f"{name}.gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")
    return folder / f"{name}.txt"


@pytest.fixture
def small_dataset(tmp_path: Path) -> Path:
    """dev/alpha and test/beta: two subsets with one article each."""
    root = tmp_path / "articles"
    write_article(root / "dev", "alpha", ALPHA_TEXT, ALPHA_GOLD)
    write_article(root / "test", "beta", BETA_TEXT, BETA_GOLD)
    return root


def located(text: str, claim: Claim) -> Claim:
    """The claim with offsets of its evidence in ``text`` (as grounding would set them)."""
    start = text.index(claim.evidence)
    return claim.model_copy(update={"start": start, "end": start + len(claim.evidence)})


class FakeBackend:
    """A deterministic backend: per article (by file stem), a fixed answer or a failure."""

    def __init__(
        self,
        answers: dict[str, list[Claim]],
        fail_on: frozenset[str] = frozenset(),
        name: str = "fake",
        model: str | None = None,
        usage: TokenUsage | None = None,
        cached: bool = False,
    ) -> None:
        self.name = name
        self.answers = answers
        self.fail_on = fail_on
        self.model = model
        self.usage = usage
        self.cached = cached

    def extract(self, article: Article) -> BackendOutput:
        stem = Path(article.source or "").stem
        if stem in self.fail_on:
            raise BackendError(f"the fake backend was told to fail on {stem}")
        prompt = PromptRef(name="claims", version="v9", sha256="0" * 64) if self.model else None
        return BackendOutput(
            claims=list(self.answers.get(stem, [])),
            model=self.model,
            prompt=prompt,
            usage=self.usage,
            cached=self.cached,
        )


@pytest.fixture
def fake_backend() -> type[FakeBackend]:
    return FakeBackend


@pytest.fixture
def claim() -> Callable[..., Claim]:
    return make_claim


@pytest.fixture
def gold_claim_json() -> Callable[..., dict[str, Any]]:
    return claim_json


@pytest.fixture
def article_writer() -> Callable[..., Path]:
    return write_article


@pytest.fixture
def article_texts() -> dict[str, str]:
    return {"alpha": ALPHA_TEXT, "beta": BETA_TEXT}


@pytest.fixture
def locate() -> Callable[[str, Claim], Claim]:
    return located

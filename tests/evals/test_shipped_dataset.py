"""The labelled set shipped in evals/articles is valid: CI runs the validator through this."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from extractor.evals.dataset import validate_dataset
from extractor.grounding import contains_number

DATASET = Path(__file__).resolve().parents[2] / "evals" / "articles"


def test_the_shipped_dataset_has_no_problems() -> None:
    dataset = validate_dataset(DATASET)
    assert [str(p) for p in dataset.problems] == []
    subsets = Counter(item.subset for item in dataset.items)
    assert set(subsets) == {"dev", "test"}
    assert sum(subsets.values()) >= 30


def test_every_gold_evidence_contains_its_number_at_its_offsets() -> None:
    for item in validate_dataset(DATASET).items:
        for claim in item.gold:
            assert item.article.text[claim.start : claim.end] == claim.evidence, item.name
            assert contains_number(claim.evidence, claim), (item.name, claim.evidence)


def test_the_dataset_includes_articles_with_no_claims() -> None:
    empty = [item.name for item in validate_dataset(DATASET).items if not item.gold]
    assert len(empty) >= 2

"""The one real labelled example: every gold evidence string is in the parsed text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.articles import load_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "examples" / "seed-article.txt"


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared is not beside the checkout")
def test_seed_gold_evidence_is_found_in_parsed_text() -> None:
    [article] = load_file(SEED)
    gold = json.loads(SEED.with_name("seed-article.gold.json").read_text(encoding="utf-8"))
    assert gold["claims"]
    missing = [c["evidence"] for c in gold["claims"] if c["evidence"] not in article.text]
    assert missing == []
    assert str(article.published) == gold["published"]
    body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert article.text == body

"""Loading and validating a dataset folder: subsets, gold offsets, and every kind of problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.errors import UsageError
from extractor.evals.dataset import ProblemKind, load_dataset, validate_dataset


def kinds(root: Path) -> list[ProblemKind]:
    return [problem.kind for problem in validate_dataset(root).problems]


def test_subfolders_are_subsets_and_gold_gets_offsets(small_dataset, article_texts):
    dataset = load_dataset(small_dataset)
    assert dataset.problems == []
    assert dataset.subsets == ["dev", "test"]
    assert [(i.name, i.subset) for i in dataset.items] == [
        ("dev/alpha", "dev"),
        ("test/beta", "test"),
    ]
    alpha = dataset.items[0]
    assert alpha.article.text == article_texts["alpha"]  # the header is not part of the text
    for claim in alpha.gold:
        assert alpha.article.text[claim.start : claim.end] == claim.evidence


def test_a_subset_can_be_chosen_and_an_unknown_one_is_a_usage_error(small_dataset):
    assert [i.name for i in load_dataset(small_dataset, ["test"]).items] == ["test/beta"]
    with pytest.raises(UsageError, match="no subset nope"):
        load_dataset(small_dataset, ["nope"])


def test_a_flat_folder_is_one_subset_named_after_it(tmp_path, article_writer, article_texts):
    root = tmp_path / "dev"
    article_writer(root, "alpha", article_texts["alpha"], [])
    assert load_dataset(root).subsets == ["dev"]


def test_a_missing_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="not a folder"):
        load_dataset(tmp_path / "absent")


def test_a_clean_dataset_has_no_problems(small_dataset):
    assert kinds(small_dataset) == []


def test_gold_that_is_not_json(small_dataset):
    (small_dataset / "dev" / "alpha.gold.json").write_text("{not json", encoding="utf-8")
    dataset = validate_dataset(small_dataset)
    assert [p.kind for p in dataset.problems] == [ProblemKind.GOLD_INVALID]
    assert "not valid JSON" in dataset.problems[0].detail
    assert [i.name for i in dataset.items] == ["test/beta"]  # the broken item is left out


def test_gold_that_breaks_the_schema(small_dataset, gold_claim_json):
    bad = {"claims": [gold_claim_json(scope="weekly", evidence="lost 500 soldiers")]}
    (small_dataset / "dev" / "alpha.gold.json").write_text(json.dumps(bad), encoding="utf-8")
    problems = validate_dataset(small_dataset).problems
    assert [p.kind for p in problems] == [ProblemKind.GOLD_INVALID]
    assert "claims.0.scope" in problems[0].detail


def test_evidence_that_is_not_in_the_article(
    tmp_path, article_writer, article_texts, gold_claim_json
):
    gold = [gold_claim_json(evidence="Russia lost 501 soldiers")]
    article_writer(tmp_path, "alpha", article_texts["alpha"], gold)
    problems = validate_dataset(tmp_path).problems
    assert [p.kind for p in problems] == [ProblemKind.EVIDENCE_NOT_FOUND]
    assert "Russia lost 501 soldiers" in problems[0].detail


def test_a_repeated_claim(tmp_path, article_writer, article_texts, gold_claim_json):
    once = gold_claim_json(evidence="Russia lost 500 soldiers")
    article_writer(tmp_path, "alpha", article_texts["alpha"], [once, dict(once, evidence="500")])
    assert kinds(tmp_path) == [ProblemKind.DUPLICATE_CLAIM]


def test_same_number_with_another_subgroup_is_not_a_duplicate(
    tmp_path, article_writer, article_texts, gold_claim_json
):
    once = gold_claim_json(evidence="Russia lost 500 soldiers")
    article_writer(tmp_path, "alpha", article_texts["alpha"], [once, dict(once, subgroup="Wagner")])
    assert kinds(tmp_path) == []


def test_an_article_without_gold_and_gold_without_article(small_dataset):
    (small_dataset / "dev" / "extra.txt").write_text("Nothing here.", encoding="utf-8")
    (small_dataset / "test" / "lonely.gold.json").write_text('{"claims": []}', encoding="utf-8")
    problems = validate_dataset(small_dataset).problems
    assert {(p.kind, p.path) for p in problems} == {
        (ProblemKind.ORPHAN_ARTICLE, "dev/extra.txt"),
        (ProblemKind.ORPHAN_GOLD, "test/lonely.gold.json"),
    }


def test_published_dates_that_disagree(tmp_path, article_writer, article_texts):
    article_writer(tmp_path, "alpha", article_texts["alpha"], [], published="2024-03-02")
    gold_path = tmp_path / "alpha.gold.json"
    gold_path.write_text(json.dumps({"published": "2024-03-03", "claims": []}), encoding="utf-8")
    assert kinds(tmp_path) == [ProblemKind.PUBLISHED_MISMATCH]


def test_an_unreadable_article(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "binary.gold.json").write_text('{"claims": []}', encoding="utf-8")
    assert kinds(tmp_path) == [ProblemKind.ARTICLE_UNREADABLE]


def test_an_empty_folder(tmp_path):
    assert kinds(tmp_path) == [ProblemKind.EMPTY_DATASET]


def test_hidden_files_are_ignored(small_dataset):
    hidden = small_dataset / ".scratch"
    hidden.mkdir()
    (hidden / "draft.txt").write_text("draft", encoding="utf-8")
    assert kinds(small_dataset) == []

"""The contract's validators: what a Claim, an Article and a gold file accept and refuse."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from extractor.cli import main
from schemas import Article, Category, Claim, ClaimDraft, GoldFile, Scope, check_partial_date

BASE = {
    "subject": "russia",
    "categories": ["tanks"],
    "value": 12,
    "scope": "daily",
    "claimant": "General Staff of the Armed Forces of Ukraine",
    "claimant_type": "ukraine_official",
    "evidence": "12 tanks",
}


def claim(**changes: object) -> Claim:
    return Claim.model_validate({**BASE, **changes})


def test_omitted_fields_take_the_contract_defaults() -> None:
    made = claim()
    assert made.population.value == "military"
    assert made.qualifier.value == "exact"
    assert (made.subgroup, made.low, made.high, made.as_of, made.period_start) == (None,) * 5


def test_categories_are_sorted_and_deduplicated() -> None:
    codes = ["vehicles_and_fuel_tanks", "armored_combat_vehicles", "tanks", "tanks"]
    made = claim(categories=codes)
    assert made.categories == [
        Category.ARMORED_COMBAT_VEHICLES,
        Category.TANKS,
        Category.VEHICLES_AND_FUEL_TANKS,
    ]


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"categories": []}, "at least 1"),
        ({"categories": ["tractors"]}, "categories"),
        ({"value": None}, "needs a number"),
        ({"low": 1, "high": 2}, "not both"),
        ({"value": None, "low": 5, "high": 3}, "greater than high"),
        ({"value": None, "low": 5}, "both low and high"),
        ({"value": -3}, "greater than or equal to 0"),
        ({"claimant": "  "}, "blank"),
        ({"evidence": ""}, "at least 1"),
        ({"scope": "weekly"}, "scope"),
        ({"as_of": "2023-02-30"}, "not a real date"),
        ({"as_of": "2023-13"}, "not a real date"),
        ({"as_of": "23-01-2024"}, "partial ISO date"),
        ({"period_start": "2024-01"}, "only allowed with scope 'period'"),
        ({"scope": "period", "period_start": "2024-03", "as_of": "2024-02"}, "after as_of"),
        ({"start": 10, "end": 4}, "after end"),
        ({"start": 10}, "go together"),
        ({"unexpected": 1}, "Extra inputs"),
    ],
)
def test_invalid_claims_are_refused_with_a_reason(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        claim(**changes)


def test_a_range_and_partial_dates_are_accepted() -> None:
    made = claim(value=None, low=124_500, high=131_000, scope="period", as_of="2023-04",
                 period_start="2023")  # fmt: skip
    assert made.number_label() == "124,500-131,000"
    assert made.match_key()[3:] == (None, 124_500, 131_000)
    assert made.scope is Scope.PERIOD


def test_partial_date_checker_accepts_each_precision() -> None:
    assert [check_partial_date(d) for d in ("2024", "2024-02", "2024-02-29")] == [
        "2024", "2024-02", "2024-02-29",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        check_partial_date("2023-02-29")


def test_the_llm_draft_has_no_offsets() -> None:
    assert "start" not in ClaimDraft.model_fields
    assert {"start", "end", "alignment"} <= set(Claim.model_fields)


def test_article_id_depends_on_the_text_only() -> None:
    one = Article(text="Russia lost 960 troops.", title="A", published="2024-01-23")
    two = Article(text="Russia lost 960 troops.", title="B", published=None)
    three = Article(text="Russia lost 961 troops.")
    assert one.id == two.id != three.id
    assert len(one.id) == 16


def test_article_metadata_normalises_unknowns_and_timestamps() -> None:
    article = Article(text="x", published="2024-01-23T08:15:00Z", url="unknown", outlet=" Wire ")
    assert article.published == date(2024, 1, 23)
    assert article.url is None and article.outlet == "Wire"
    assert Article(text="x", published="unknown").published is None


def test_gold_file_accepts_the_contract_example() -> None:
    gold = GoldFile.model_validate(
        {"published": "2024-01-23", "notes": "n", "claims": [
            {"subject": "russia", "population": "military", "categories": ["casualties"],
             "value": 960, "low": None, "high": None, "qualifier": "exact", "scope": "daily",
             "as_of": "2024-01-23", "period_start": None,
             "claimant": "General Staff of the Armed Forces of Ukraine",
             "claimant_type": "ukraine_official", "evidence": "Russia lost 960 troops"}]}
    )  # fmt: skip
    assert gold.claims[0].value == 960 and gold.claims[0].start is None


def test_schema_command_exports_the_enums(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "claim"]) == 0
    exported = capsys.readouterr().out
    assert '"armored_combat_vehicles"' in exported and '"daily_average"' in exported
    assert main(["schema", "nonsense"]) == 2

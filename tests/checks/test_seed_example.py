"""The seed example's claims against the shipped ledger: no errors as labelled, exactly the
expected error when one total is altered. A hand-built copy runs without ../shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractor.checks import run_checks, summarize
from extractor.checks.findings import Severity, Status
from extractor.ledger import Ledger
from schemas import Claim, Extraction, GoldFile

GS = {
    "claimant": "General Staff of the Armed Forces of Ukraine",
    "claimant_type": "ukraine_official",
    "as_of": "2024-01-23",
}


def seed_like_claims(make_claim: Any) -> list[Claim]:
    """The figures of the seed example, written by hand (evidence is a placeholder)."""
    return [
        make_claim(value=960, scope="daily", **GS),
        make_claim(
            categories=["armored_combat_vehicles", "vehicles_and_fuel_tanks"],
            value=124,
            scope="daily",
            **GS,
        ),
        make_claim(categories=["artillery_systems"], value=51, scope="daily", **GS),
        make_claim(value=377820, **GS),
        make_claim(categories=["tanks"], value=6214, **GS),
        make_claim(categories=["armored_combat_vehicles"], value=11548, **GS),
        make_claim(categories=["vehicles_and_fuel_tanks"], value=11956, **GS),
        make_claim(categories=["artillery_systems"], value=8947, **GS),
        make_claim(categories=["aircraft"], value=331, **GS),
        make_claim(
            categories=["killed"],
            value=5937,
            as_of="2022-09",
            claimant="Sergei Shoigu",
            claimant_type="russia_official",
        ),
        make_claim(
            value=162,
            scope="period",
            period_start="2022-09",
            claimant="Russian Ministry of Defense",
            claimant_type="russia_official",
        ),
        make_claim(
            categories=["killed"],
            value=41731,
            qualifier="at_least",
            as_of="2024-01-12",
            claimant="BBC Russian Service and Mediazona",
            claimant_type="independent",
        ),
        make_claim(
            subject="ukraine",
            low=124500,
            high=131000,
            as_of="2023-04",
            claimant="U.S. Defense Intelligence Agency",
            claimant_type="foreign_official",
        ),
        make_claim(
            subject="ukraine",
            categories=["killed"],
            low=15500,
            high=17500,
            as_of="2023-04",
            claimant="U.S. Defense Intelligence Agency",
            claimant_type="foreign_official",
        ),
        make_claim(
            subject="ukraine",
            value=383000,
            qualifier="more_than",
            as_of="2023-12",
            claimant="Sergei Shoigu",
            claimant_type="russia_official",
        ),
    ]


def _assert_clean_then_one_error(article: Extraction, ledger: Ledger, tanks_index: int) -> None:
    findings = run_checks([article], ledger)
    assert [f for f in findings if f.status is Status.FAILED] == []
    summary = summarize(findings, [article])
    assert summary.by_check["ledger.cumulative"].passed == 6
    assert summary.by_check["ledger.daily"].passed == 3

    tanks = article.claims[tanks_index]
    assert tanks.categories[0].value == "tanks" and tanks.value == 6214
    altered = article.model_copy(deep=True)
    altered.claims[tanks_index] = tanks.model_copy(update={"value": 6217})
    failures = [f for f in run_checks([altered], ledger) if f.status is Status.FAILED]
    assert len(failures) == 1
    (error,) = failures
    assert (error.check, error.severity, error.expected, error.found) == (
        "ledger.cumulative",
        Severity.ERROR,
        "6,214",
        "6,217",
    )
    assert [r.index for r in error.claims] == [tanks_index]
    assert error.ledger_date == date(2024, 1, 23)


def test_seed_like_claims_agree_with_the_ledger(
    ledger: Ledger, make_claim: Any, make_extraction: Any
) -> None:
    article = make_extraction(
        seed_like_claims(make_claim), title="Kyiv says Russia lost 960 troops, 51 guns in a day"
    )
    _assert_clean_then_one_error(article, ledger, tanks_index=4)


@pytest.mark.shared
def test_seed_gold_claims_agree_with_the_ledger(
    ledger: Ledger, make_extraction: Any, shared_dir: Path
) -> None:
    examples = shared_dir / "examples"
    gold = GoldFile.model_validate_json((examples / "seed-article.gold.json").read_text())
    header = (examples / "seed-article.txt").read_text().split("\n---\n", 1)[0]
    title = next(
        line.split(":", 1)[1].strip() for line in header.splitlines() if line.startswith("title:")
    )
    article = make_extraction(gold.claims, title=title, published=gold.published)
    tanks_index = next(i for i, c in enumerate(gold.claims) if c.value == 6214)
    _assert_clean_then_one_error(article, ledger, tanks_index)

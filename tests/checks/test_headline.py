"""The headline check: title figures against the body's claims of the same kind."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.checks.findings import Status
from extractor.checks.headline import check_headline, looks_like_misprint, rounds_to
from extractor.checks.within import indexed_claims


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (2100, 2010, True),  # two digits swapped
        (1820, 820, True),  # a digit added
        (1500, 1150, True),  # two digits changed
        (12, 2, False),  # too short to call
        (2100, 2100, False),
        (5000, 377820, False),
    ],
)
def test_misprint_shapes(title: int, body: int, expected: bool) -> None:
    assert looks_like_misprint(title, body) is expected


def test_round_headline_figures() -> None:
    assert rounds_to(1000, 960) and rounds_to(400000, 377820) and rounds_to(2500, 2459)
    assert not rounds_to(2100, 2010) and not rounds_to(961, 960)


def _headline(make_claim: Any, make_extraction: Any, title: str, claims: list[Any]) -> list[Any]:
    article = make_extraction(claims, title=title)
    return list(check_headline(article, indexed_claims(article)))


def test_title_figure_compared_with_claims_of_its_kind(
    make_claim: Any, make_extraction: Any
) -> None:
    body = [
        make_claim(value=820, scope="daily", as_of="2026-04-14"),
        make_claim(categories=["uav"], value=2459, scope="daily", as_of="2026-04-14"),
    ]
    title = "Occupiers lose 1,820 soldiers and nearly 2,500 drones in one day"
    soldiers, drones = _headline(make_claim, make_extraction, title, body)
    assert (soldiers.status, soldiers.expected, [r.index for r in soldiers.claims]) == (
        Status.FAILED,
        "820",
        [0],
    )
    assert (drones.status, [r.index for r in drones.claims]) == (Status.PASSED, [1])
    # 1,820 tanks would not be compared with the 820 troops.
    (tanks,) = _headline(make_claim, make_extraction, "Russia lost 1,820 tanks", body[:1])
    assert tanks.status is Status.UNCHECKED


def test_dates_and_durations_in_titles_are_not_figures(
    make_claim: Any, make_extraction: Any
) -> None:
    body = [make_claim(value=960, scope="daily", as_of="2024-01-23")]
    title = "Losses as of 15 March 2023: 960 troops in 24 hours, Jan. 23"
    (only,) = _headline(make_claim, make_extraction, title, body)
    assert only.status is Status.PASSED and "960" in only.explanation

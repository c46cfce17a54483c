"""Scopes a figure takes from the day or month a text names without a scope word: drones
and missiles downed on a named day are that day's (a running total is not), and a release's
"results of the month" are the month's. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim, Scope

PUBLISHED = date(2023, 10, 6)


def claims_of(text: str, published: date = PUBLISHED) -> dict[int, Claim]:
    article = Article(text=text, published=published)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_missiles_downed_on_a_named_day_are_that_days() -> None:
    claims = claims_of(
        "August 12, 2023: Missiles over the strait. Russia's Defence Ministry said its air "
        "defences had shot down three Ukrainian missiles aimed at the bridge."
    )
    assert claims[3].scope is Scope.DAILY
    assert claims[3].as_of == "2023-08-12"
    claims = claims_of("On Monday the brigade said its crews have shot down 2,140 Russian drones.")
    assert claims[2_140].scope is Scope.UNSPECIFIED  # a running total, whatever its day


def test_tanks_lost_on_a_named_day_keep_an_unspecified_scope() -> None:
    claims = claims_of(
        "August 30, 2023: The western coast. Kyiv said Russian forces lost four tanks near "
        "Robotyne."
    )
    assert claims[4].scope is Scope.UNSPECIFIED


def test_a_releases_results_of_the_month_are_the_months() -> None:
    claims = claims_of(
        "Results of the combat work of the Naval Forces in March 2026\n\n"
        "According to the results of the month, units of the Navy destroyed:\n"
        "- 3 boats of the enemy;\n"
        "- one Mi-8 helicopter;\n"
        "- 47 units of automotive equipment.\n",
        published=date(2026, 4, 1),
    )
    for value in (3, 1, 47):
        assert claims[value].scope is Scope.PERIOD
        assert claims[value].as_of == claims[value].period_start == "2026-03"


def test_a_year_or_a_month_singled_out_is_a_period() -> None:
    claims = claims_of(
        "During 2024 alone, 1,358 people were returned from captivity, the ombudsman said.\n\n"
        "October alone saw 196 civilians killed, the mission said."
    )
    assert claims[1_358].scope is claims[196].scope is Scope.PERIOD
    assert claims[1_358].period_start == "2024"
    assert claims[196].period_start == "2023-10"


def test_a_month_named_for_or_as_a_whole_is_a_period() -> None:
    claims = claims_of(
        "Russian personnel losses for September come to 38,110, by our count.\n\n"
        "But in the whole of August my battalion lost three men killed.\n\n"
        "In September the ministry reported more attacks. Across the month the General Staff "
        "said 307 tanks were destroyed."
    )
    assert claims[38_110].scope is claims[3].scope is claims[307].scope is Scope.PERIOD
    assert claims[38_110].period_start == "2023-09"
    assert claims[3].period_start == "2023-08"
    assert claims[307].as_of == "2023-09"

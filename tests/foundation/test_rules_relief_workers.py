"""People who work where the war reaches them: aid, medical and energy workers keep their
trade as the subgroup, a charity's volunteers and an agency's staff are civilians, and a
group named once with its short form is typed by what the article says it is wherever
either name speaks. Each text is written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim, ClaimantType, Population, Subject


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=date(2025, 8, 19))
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_workers_keep_their_trade_and_the_wounded_after_them_share_it() -> None:
    claims = claims_of(
        "The ministry said 171 energy workers had been killed and more than 402 wounded "
        "since the invasion began. Two medical workers were injured in Kharkiv on Monday."
    )
    assert claims[171].subgroup == "energy workers"
    assert claims[402].subgroup == "energy workers"
    assert claims[2].subgroup == "medical workers"


def test_a_charitys_volunteers_killed_by_a_drone_are_civilians() -> None:
    claims = claims_of(
        "On Thursday a drone hit a marked van of a local charity delivering food near the "
        "front, killing three volunteers, the regional administration said."
    )
    assert claims[3].population is Population.CIVILIAN
    assert claims[3].subject is Subject.UKRAINE


def test_volunteers_who_fight_stay_soldiers() -> None:
    claims = claims_of(
        "The brigade said 14 volunteers from the Russian battalion were killed in the assault."
    )
    assert claims[14].population is Population.MILITARY


def test_an_agencys_staff_killed_are_counted_and_civilians() -> None:
    claims = claims_of(
        "The Red Cross society said its records show 23 staff and volunteers killed since "
        "February 2022."
    )
    assert claims[23].population is Population.CIVILIAN


def test_the_general_staff_is_no_staff_of_people() -> None:
    claims = claims_of(
        "The General Staff put the number of Russian tanks destroyed at 11,130 on Tuesday."
    )
    assert claims[11_130].population is Population.MILITARY


def test_a_groups_short_name_is_typed_as_its_description_says() -> None:
    claims = claims_of(
        "The report was compiled by the Relief Safety Monitor (RSM), a Geneva-based research "
        "group.\n\nIt counts 147 aid workers killed from February 2022 to July 2025. By year, "
        "RSM recorded 41 deaths in 2022, 27 in 2023 and 46 in 2024."
    )
    assert claims[147].claimant_type is ClaimantType.INDEPENDENT
    assert claims[41].claimant_type is ClaimantType.INDEPENDENT
    # the years of a breakdown count the toll's people: aid workers, not soldiers
    assert claims[27].population is Population.CIVILIAN
    assert claims[46].subject is claims[41].subject

"""A regional administration's daily toll, as its posts word it: the people named as the
side that killed ("the Russians killed", "the enemy kills") are not the side that lost,
and a toll broken down by town after a colon gives each town to its part, not to the
whole. Each text is written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim, ClaimantType, Population, Scope, Subject


def claims_of(text: str) -> list[Claim]:
    article = Article(text=text, published=date(2025, 11, 20))
    return extract_article(article, create_backend("rules")).claims


def by_value(claims: list[Claim]) -> dict[int, Claim]:
    return {c.value: c for c in claims if c.value is not None}


def test_the_russians_who_killed_are_not_the_side_that_lost() -> None:
    claims = by_value(claims_of(
        "On November 12, the Russians killed 6 residents of Zaporizhzhia region, the "
        "Zaporizhzhia Regional Military Administration said."
    ))  # fmt: skip
    assert claims[6].subject is Subject.UKRAINE
    assert claims[6].population is Population.CIVILIAN
    # the administration is typed by the side it counts for, now Ukraine's
    assert claims[6].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_enemy_that_kills_is_not_the_side_that_lost() -> None:
    claims = by_value(claims_of(
        'The governor of Kherson region wrote: "On average the enemy kills more than three '
        'civilians in our region every day."'
    ))  # fmt: skip
    assert claims[3].subject is Subject.UKRAINE


def test_a_toll_broken_down_by_town_after_a_colon() -> None:
    claims = claims_of(
        "On November 12, the Russians killed 5 residents of the region: 3 in Huliaipole, "
        "1 in Orikhiv and 1 in the village of Malokaterynivka."
    )
    parts = {(c.value, c.subgroup) for c in claims}
    # the whole is the region's, not the last village's
    assert (5, None) in parts
    assert {(3, "Huliaipole"), (1, "Orikhiv"), (1, "Malokaterynivka")} <= parts
    assert all(c.subject is Subject.UKRAINE for c in claims)


def test_a_breakdown_after_a_part_is_of_the_whole() -> None:
    claims = claims_of(
        "The Russians killed 9 residents of the region, including two children: 6 in "
        "Huliaipole and 3 in Orikhiv."
    )
    parts = {(c.value, c.subgroup) for c in claims}
    assert {(9, None), (2, "children"), (6, "Huliaipole"), (3, "Orikhiv")} <= parts


def test_a_part_of_them_in_a_town_keeps_the_town() -> None:
    claims = by_value(claims_of(
        "Another 17 people in the region were wounded over the day, 8 of them in Orikhiv."
    ))  # fmt: skip
    assert claims[8].subgroup == "Orikhiv"
    assert claims[8].population is Population.CIVILIAN


def test_a_clock_time_is_no_breakdown() -> None:
    claims = by_value(claims_of(
        "16:20 - The governor of Russia's Belgorod region says two men were killed near the "
        "town of Shebekino."
    ))  # fmt: skip
    assert claims[2].subgroup == "Shebekino"


def test_drones_downed_in_the_news_of_a_night_are_that_days() -> None:
    article = Article(
        text="KYIV, July 31 (Reuters) - At least 23 people were killed in a Russian attack on "
        "Kyiv overnight, officials said on Thursday.\n\nThe city's mayor said rescuers were "
        "still at work.\n\nUkraine's air force said Russia launched 309 drones and eight "
        "missiles, of which 288 drones and three missiles were shot down.",
        published=date(2025, 7, 31),
    )
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    for value in (288, 3):
        assert (claims[value].scope, claims[value].as_of) == (Scope.DAILY, "2025-07-31")
    assert 309 not in claims  # (launched, not downed)

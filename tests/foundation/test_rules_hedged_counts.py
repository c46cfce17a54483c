"""Counts the rules backend reads through a hedge between the count and its number, or
between the number and its fate: "deaths were estimated at as many as 120,000", "the dead
numbered c. 100,000", "of whom 250,000 were likely to have been killed". Each text is
written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Qualifier, Subject

PUBLISHED = date(2025, 6, 12)


def claims_of(text: str) -> dict[int, Claim]:
    extraction = extract_article(Article(text=text, published=PUBLISHED), create_backend("rules"))
    return {c.value: c for c in extraction.claims if c.value is not None}


def test_a_hedge_after_estimated_at_bounds_the_count() -> None:
    claims = claims_of("Russian military deaths were estimated at as many as 120,000, U.S. "
                       "officials said.")  # fmt: skip
    assert claims[120_000].categories == [Category.KILLED]
    assert claims[120_000].qualifier is Qualifier.AT_MOST


def test_the_dead_numbered_circa_a_figure_is_an_approximate_death_toll() -> None:
    claims = claims_of("By its model, Ukraine's military dead numbered c. 100,000.")
    assert claims[100_000].categories == [Category.KILLED]
    assert claims[100_000].subject is Subject.UKRAINE
    assert claims[100_000].qualifier is Qualifier.APPROXIMATELY


def test_a_part_likely_to_have_been_killed_is_dead_not_a_casualty() -> None:
    claims = claims_of(
        "U.S. officials estimated that Russia had suffered 315,000 casualties, of whom around "
        "250,000 were likely to have been killed."
    )
    assert claims[315_000].categories == [Category.CASUALTIES]
    assert claims[250_000].categories == [Category.KILLED]


def test_figures_said_not_to_be_final_are_lower_bounds() -> None:
    claims = claims_of(
        "The prosecutor general's office said 640 children had been killed since the invasion "
        "began. The figures are not final, the office said. Of the children killed, 97 were "
        "under the age of three. In May alone, 21 children were killed.\n\n"
        "The regional governor said 12 people were killed in Kherson on Sunday. The list is "
        "complete, he said."
    )
    assert claims[21].qualifier is claims[97].qualifier is Qualifier.AT_LEAST
    assert claims[12].qualifier is Qualifier.EXACT


def test_a_count_that_went_up_to_a_number_reached_it_exactly() -> None:
    claims = claims_of(
        "The General Staff's count of Russian warships and boats destroyed went up to 28 on "
        "Tuesday. Russia lost up to 40 tanks, the ministry said."
    )
    assert claims[28].qualifier is Qualifier.EXACT
    assert claims[40].qualifier is Qualifier.AT_MOST


def test_a_central_estimate_is_approximate_and_a_plain_one_stays_exact() -> None:
    claims = claims_of(
        "Our central estimate for Russia is 290,000 soldiers killed, the institute said. "
        "It counted 48,000 Russian soldiers killed by name."
    )
    assert claims[290_000].qualifier is Qualifier.APPROXIMATELY
    assert claims[48_000].qualifier is Qualifier.EXACT


def test_the_exact_figure_restates_the_count_before_it_and_a_floor_bounds_only_it() -> None:
    claims = claims_of(
        "The outlet has verified the names of more than 9,000 soldiers killed.\n\n"
        "The exact figure is 9,214. It is a floor, not an estimate: every name has a grave "
        "behind it, and the real number is higher.\n\n"
        "The outlet counted 2,480 killed in 2024."
    )  # fmt: skip
    assert claims[9_214].categories == [Category.KILLED]
    assert claims[9_214].qualifier is Qualifier.AT_LEAST
    # "It is a floor" speaks of the figure just given, not of the outlet's other counts
    assert claims[2_480].qualifier is Qualifier.EXACT


def test_losses_that_top_or_pass_a_number_are_more_than_it() -> None:
    claims = claims_of(
        "Russian troop losses since the invasion top 780,000, the General Staff says. In the "
        "Kursk region alone, Russian losses pass 40,000, it added."
    )
    assert claims[780_000].qualifier is Qualifier.MORE_THAN
    assert claims[780_000].categories == [Category.CASUALTIES]
    assert claims[40_000].qualifier is Qualifier.MORE_THAN

"""Whose losses a figure counts and who counts them: a loser named as "the Russian side", a
toll of the people its clause names, an office that "counts" a toll, a press service or an
official whose side the figures or the name tell. Each text is written for the test (no
article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim, ClaimantType, Population, Subject


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=date(2026, 5, 9))
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_side_named_as_the_russian_side_is_the_loser() -> None:
    claims = claims_of(
        "U.S. officials put the toll of both armies at nearly 400,000 soldiers killed or "
        "wounded. The officials broke the figure down. On the Russian side, they "
        "said, as many as 110,000 soldiers had been killed and 160,000 wounded."
    )
    assert claims[110000].subject is Subject.RUSSIA
    assert claims[160000].subject is Subject.RUSSIA


def test_an_office_that_counts_a_toll_is_its_claimant() -> None:
    claims = claims_of(
        "The regional prosecutor's office, which opens a case for every death, counts at least "
        "241 civilians killed in the district, including 15 children.\n\n"
        "Two different counts put the toll at 90 civilians killed in May."
    )
    assert claims[241].claimant == "regional prosecutor's office"
    assert claims[241].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[15].claimant == "regional prosecutor's office"
    # "counts" as a noun names no one
    assert claims[90].claimant != "Two different"


def test_a_toll_counts_the_people_its_clause_names() -> None:
    claims = claims_of(
        "Prosecutors put the number of injured children at more than 1,470.\n\n"
        "One of the injured workers died in hospital, bringing the death toll from the attack "
        "to six, the company said."
    )
    children = claims[1470]
    assert (children.subject, children.population, children.subgroup) == (
        Subject.UKRAINE, Population.CIVILIAN, "children")
    assert (claims[6].subject, claims[6].population) == (Subject.UKRAINE, Population.CIVILIAN)


def test_a_ukrainian_official_is_known_by_either_spelling_of_her_name() -> None:
    claims = claims_of(
        "Hanna Maliar, the deputy minister, said 37 Russian tanks were destroyed in the south "
        "over the past week. Hanna Malyar said 41 more were lost the week before."
    )
    for value in (37, 41):
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL, value


def test_a_press_service_named_before_nowhere_speaks_for_the_side_its_figures_tell() -> None:
    claims = claims_of(
        "In March alone, the brigade eliminated 1,112 Russian troops and destroyed 13 tanks, "
        "the press service said."
    )
    for value in (1112, 13):
        assert (claims[value].claimant, claims[value].claimant_type) == (
            "press service", ClaimantType.UKRAINE_OFFICIAL), value


def test_a_headings_estimates_and_a_ranked_place_are_no_sources() -> None:
    claims = claims_of(
        "The study was published by the Baltic Demography Group, a research team.\n\n"
        "3.1 Overall and annual estimates\n\n"
        "The group said war-related deaths rose to 66,100 in 2023. Expressed as a rate, this "
        "corresponds to an average of 218 deaths a day in 2024.\n\n"
        "Among federal subjects, Bashkortostan had the highest estimated toll, with 6,810 "
        "deaths."
    )
    for value in (218, 6_810):
        assert "estimates" not in claims[value].claimant
        assert "highest" not in claims[value].claimant
        assert claims[value].claimant_type is not ClaimantType.UKRAINE_OFFICIAL

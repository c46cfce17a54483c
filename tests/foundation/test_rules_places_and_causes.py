"""The part of a civilian toll a sentence singles out by place or by weapon: "the
neighboring Kherson region", a governor's "our region", and a breakdown by the weapon
that killed. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim

PUBLISHED = date(2024, 11, 18)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_neighbouring_region_opening_a_sentence_is_its_tolls_place() -> None:
    claims = claims_of(
        "In the neighboring Kherson region, Russian shelling killed two people and injured 11 "
        "over the past day, Governor Oleksandr Prokudin said."
    )
    assert claims[2].subgroup == claims[11].subgroup == "Kherson region"


def test_a_governors_our_region_is_the_region_he_governs() -> None:
    claims = claims_of(
        "Belgorod governor Vyacheslav Gladkov wrote on Telegram that a drone hit a car.\n\n"
        'He added: "Since the start of November, Ukrainian strikes have killed 9 civilians in '
        'our region and injured 71."'
    )
    assert claims[9].subgroup == claims[71].subgroup == "Belgorod region"


def test_a_breakdown_by_weapon_singles_out_what_each_weapon_killed() -> None:
    claims = claims_of(
        "Short-range drones killed 109 civilians and injured 740 during the period, the "
        "report said. Artillery fire killed 12 people, while three people died after driving "
        "onto mines.\n\n"
        "Russian shelling killed four people in the city on Sunday, the mayor said."
    )
    assert claims[109].subgroup == claims[740].subgroup == "short-range drones"
    assert claims[12].subgroup == "artillery fire"
    assert claims[3].subgroup is None  # another clause, another cause
    assert claims[4].subgroup is None  # one side's shelling is no breakdown


def test_a_closing_as_clause_on_the_fighting_places_no_figure() -> None:
    claims = claims_of(
        "Ukraine's military says Russia has now lost more than 400,000 troops killed or "
        "wounded, as fighting intensified around Avdiivka.\n\n"
        "Russian forces lost 1,200 troops near Avdiivka over the past day, the General Staff "
        "said."
    )
    assert claims[400_000].subgroup is None
    assert claims[1_200].subgroup == "Avdiivka"



def test_the_district_or_the_city_is_the_one_of_that_kind_named_last() -> None:
    claims = claims_of(
        "The memorial stands in Horodnia, a village of Pryluky district.\n\n"
        "The prosecutor's office counts at least 231 civilians killed in the district since the "
        "invasion.\n\n"
        "A missile struck the southern Ukrainian city of Mykolaiv overnight. Two hours later, "
        "the regional administration said 9 people were killed in the city."
    )  # fmt: skip
    assert claims[231].subgroup == "Pryluky district"
    assert claims[9].subgroup == "Mykolaiv"


def test_a_toll_across_the_country_has_no_region() -> None:
    claims = claims_of(
        "The UN mission said at least 131 civilians had been killed and 713 injured across the "
        "country in October, with the largest number of casualties in the Kharkiv and Sumy "
        "regions."
    )  # fmt: skip
    assert claims[131].subgroup is None and claims[713].subgroup is None

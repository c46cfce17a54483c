"""The offline rules backend on the common patterns of loss reporting.

Every snippet here is written for these tests; expected values are what the contract
(shared/spec/claims.md) says a careful labeller would write.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor.backends import BackendSettings, create_backend
from extractor.errors import UsageError
from extractor.pipeline import extract_article
from schemas import Article, Claim

PUBLISHED = date(2024, 3, 15)  # a Friday


def claims_of(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    extraction = extract_article(Article(text=text, published=published), create_backend("rules"))
    for claim in extraction.claims:  # grounding holds for every claim the backend emits
        assert text[claim.start : claim.end] == claim.evidence
    return extraction.claims


def by_value(claims: list[Claim]) -> dict[int | tuple[int, int], Claim]:
    return {c.value if c.value is not None else (c.low, c.high): c for c in claims}  # type: ignore[misc]


def test_daily_and_cumulative_figures_of_one_sentence() -> None:
    found = by_value(claims_of(
        "Russia lost 580 soldiers over the past 24 hours, Ukraine's General Staff said on "
        "Friday, bringing the total since the start of the invasion to 428,420."
    ))  # fmt: skip
    assert set(found) == {580, 428_420}
    daily, total = found[580], found[428_420]
    assert (daily.scope.value, total.scope.value) == ("daily", "cumulative")
    assert daily.categories == total.categories and daily.categories[0].value == "casualties"
    assert daily.as_of == total.as_of == "2024-03-15"
    assert daily.claimant == "General Staff of the Armed Forces of Ukraine"
    assert daily.claimant_type.value == "ukraine_official"
    assert daily.subject.value == total.subject.value == "russia"


def test_equipment_list_shares_scope_date_and_claimant() -> None:
    found = by_value(claims_of(
        "According to Kyiv's military, Russian forces have also lost 6,214 tanks, "
        "11 548 armored combat vehicles, one submarine and 331 military jets since the "
        "full-scale invasion began."
    ))  # fmt: skip
    expected = {6_214: "tanks", 11_548: "armored_combat_vehicles", 1: "submarines",
                331: "aircraft"}  # fmt: skip
    assert {v: c.categories[0].value for v, c in found.items()} == expected
    assert {c.scope.value for c in found.values()} == {"cumulative"}
    assert {c.claimant for c in found.values()} == {"General Staff of the Armed Forces of Ukraine"}


def test_a_combined_figure_takes_every_category_it_names() -> None:
    (claim,) = claims_of("Russia lost a combined total of 124 armored combat vehicles, "
                         "military vehicles and fuel tanks in a day, Kyiv said.")  # fmt: skip
    assert [c.value for c in claim.categories] == [
        "armored_combat_vehicles",
        "vehicles_and_fuel_tanks",
    ]
    assert claim.scope.value == "daily"


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Officials said Russia had lost about 1,200 troops in the battle.", "approximately"),
        ("Officials said Russia had lost at least 1,200 troops in the battle.", "at_least"),
        ("Officials said Russia had lost more than 1,200 troops in the battle.", "more_than"),
        ("Officials said Russia had lost up to 1,200 troops in the battle.", "at_most"),
        ("Officials said Russia had lost 1,200 troops in the battle.", "exact"),
    ],
)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    (claim,) = claims_of(sentence)
    assert (claim.value, claim.qualifier.value) == (1_200, qualifier)


def test_ranges_with_dash_and_words() -> None:
    found = by_value(claims_of(
        "U.S. officials estimated that Russia had suffered 50 000-70 000 deaths, while "
        "Ukraine had lost between 15,500 and 17,500 troops."
    ))  # fmt: skip
    assert set(found) == {(50_000, 70_000), (15_500, 17_500)}
    assert found[(50_000, 70_000)].categories[0].value == "killed"
    assert found[(50_000, 70_000)].subject.value == "russia"
    assert found[(15_500, 17_500)].subject.value == "ukraine"
    assert found[(15_500, 17_500)].claimant == "U.S. officials"
    assert found[(15_500, 17_500)].claimant_type.value == "foreign_official"


def test_scaled_numbers_and_daily_average() -> None:
    found = by_value(claims_of(
        "Russia has lost more than 1.2 million troops since the war began, the General Staff "
        "said. In February, Russian losses reached an average of 983 a day."
    ))  # fmt: skip
    assert found[1_200_000].qualifier.value == "more_than"
    assert found[1_200_000].scope.value == "cumulative"
    assert found[983].scope.value == "daily_average"


def test_attribution_carries_over_to_the_next_sentence() -> None:
    claims = claims_of(
        "Russia's Defense Ministry said on Monday that Ukraine had lost 470 troops in a day. "
        "It also lost two tanks and 13 vehicles over the same period."
    )
    assert {c.claimant for c in claims} == {"Russian Ministry of Defense"}
    assert {c.claimant_type.value for c in claims} == {"russia_official"}
    assert {c.subject.value for c in claims} == {"ukraine"}
    assert by_value(claims)[470].as_of == "2024-03-11"


def test_the_enemy_is_the_side_opposite_the_claimant() -> None:
    (claim,) = claims_of("Ukraine's General Staff said the enemy lost 40 soldiers overnight.")
    assert claim.subject.value == "russia"


def test_an_agent_of_killing_is_not_the_subject() -> None:
    (claim,) = claims_of("Officials said Ukrainian forces killed 300 soldiers near Bakhmut.")
    assert claim.subject.value == "russia"
    assert claim.categories[0].value == "killed"


def test_civilian_counts_and_breakdowns() -> None:
    found = by_value(claims_of(
        "The UN Human Rights Monitoring Mission said it had verified that 10,582 civilians "
        "had been killed in Ukraine, including 587 children."
    ))  # fmt: skip
    assert found[10_582].population.value == "civilian"
    assert found[10_582].subject.value == "ukraine"
    assert found[10_582].claimant_type.value == "international_org"
    assert found[587].subgroup == "children"


def test_non_claims_are_left_out() -> None:
    claims = claims_of(
        "A 23-year-old soldier said temperatures fell to minus 15 degrees on January 12. "
        "The ministry has reported losses a further three times since 2022. Some 300,000 men "
        "were mobilised in 2022, and tens of thousands of troops have died. Russia has 3,000 "
        "tanks in storage."
    )
    assert claims == []


def test_a_repeated_figure_is_one_claim() -> None:
    claims = claims_of(
        "Russia lost 960 troops in a single day, Kyiv's military said on Tuesday.\n\n"
        "Photo caption: Russia lost 960 troops in a single day, Kyiv's military said."
    )
    assert [c.value for c in claims] == [960]


def test_relative_dates_stay_null_without_a_publication_date() -> None:
    text = "Kyiv said on Tuesday that Russia lost 960 troops in a day."
    (claim,) = claims_of(text, published=None)
    assert claim.as_of is None


def test_a_period_figure_starts_where_the_article_says() -> None:
    claims = claims_of(
        "In September 2022, Russian Defense Minister Sergei Shoigu said 5,937 troops had been "
        "killed since the war began. The ministry has since confirmed the loss of another 162 "
        "troops."
    )
    found = by_value(claims)
    assert (found[5_937].as_of, found[5_937].claimant) == ("2022-09", "Sergei Shoigu")
    assert found[162].scope.value == "period"
    assert found[162].period_start == "2022-09"
    assert found[162].claimant == "Russian Ministry of Defense"


def test_general_staff_list_format() -> None:
    text = (
        "The total combat losses of the enemy from 24.02.22 to 15.03.24 were approximately:\n\n"
        "personnel ‒ about 428 420 (+580) persons\n"
        "tanks ‒ 6758 (+1)\n"
        "artillery systems ‒ 10580 (+15)\n"
    )
    found = by_value(claims_of(text))
    assert set(found) == {428_420, 580, 6_758, 1, 10_580, 15}
    assert found[428_420].scope.value == "cumulative" and found[580].scope.value == "daily"
    assert found[6_758].categories == found[1].categories
    assert found[428_420].qualifier.value == "approximately"
    assert found[580].qualifier.value == "exact"
    assert {c.as_of for c in found.values()} == {"2024-03-15"}


def test_the_rules_backend_refuses_llm_settings() -> None:
    with pytest.raises(UsageError, match="--model"):
        create_backend("rules", BackendSettings(model="gpt-4o-mini"))


def test_number_words_in_a_list_are_separate_items() -> None:
    found = by_value(claims_of(
        "The update says Russia also lost 620 soldiers, fifteen tanks, eighteen armoured combat "
        "vehicles, forty-two artillery systems and three multiple launch rocket systems over "
        "the same 24 hours."
    ))  # fmt: skip
    assert {v: [c.value for c in claim.categories] for v, claim in found.items()} == {
        620: ["casualties"], 15: ["tanks"], 18: ["armored_combat_vehicles"],
        42: ["artillery_systems"], 3: ["mlrs"],
    }  # fmt: skip


def test_weapon_model_names_do_not_stop_the_noun() -> None:
    found = by_value(claims_of("The enemy lost three tanks and six Msta-B howitzers, Kyiv said."))
    assert {v: c.categories[0].value for v, c in found.items()} == {
        3: "tanks", 6: "artillery_systems",
    }  # fmt: skip


def test_a_coordinated_people_noun_still_reaches_its_fate() -> None:
    found = by_value(claims_of(
        "Ministry spokesman Igor Konashenkov said 2,870 Ukrainian servicemen and members of "
        "volunteer battalions had been killed and around 3,700 wounded."
    ))  # fmt: skip
    assert found[2_870].categories[0].value == "killed"
    assert found[3_700].categories[0].value == "wounded"
    assert found[2_870].subject.value == found[3_700].subject.value == "ukraine"


def test_evidence_cut_to_its_longest_starts_at_a_whole_word() -> None:
    text = (
        "Local officials speaking to reporters at a briefing in the city centre after a long "
        "night of air raid alerts and loud explosions reported 14 civilians killed in the "
        "region."
    )
    evidence = by_value(claims_of(text))[14].evidence
    assert evidence.endswith("reported 14 civilians killed")
    start = text.index(evidence)
    assert start == 0 or not text[start - 1].isalnum()

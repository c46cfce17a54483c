"""How the rules backend reads a list of the named dead: the list's total, then its groups
("names", "The list includes", "We know of", "account for"), each a share of the total to
date, dated by the list's own date. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Qualifier, Scope, Subject

PUBLISHED = date(2025, 10, 17)

WEEKLY = (
    "The number of Russian soldiers whose deaths in the war against Ukraine we have "
    "confirmed by name has passed 120,000. The data are as of Thursday, 16 October 2025.\n\n"
    "- Names added this week: 1 310\n"
    "- Volunteers working on the list: 25\n\n"
    "The week of 26 September to 2 October was short of names because several news sites "
    "were blocked.\n\n"
    "Volunteers who signed up after the invasion remain the largest group: 40 100 names. "
    "Prisoners recruited from penal colonies, first by Wagner, account for 22 900. We know "
    "of 15 200 mobilised men and 11 800 career soldiers. Among the dead are 5 900 officers. "
    "The median age on the list is now 37, against 31 in the first year."
)


def claims_of(text: str, outlet: str | None = None) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED, outlet=outlet)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_groups_on_a_list_of_the_dead_are_deaths_to_date() -> None:
    claims = claims_of(WEEKLY, outlet="Ledger (English edition)")
    assert claims[120_000].categories == [Category.KILLED]
    groups = {40_100: "volunteers who signed up after the invasion", 15_200: "mobilised men",
              11_800: "career soldiers", 5_900: "officers"}  # fmt: skip
    for value, subgroup in groups.items():
        claim = claims[value]
        assert claim.categories == [Category.KILLED]
        assert claim.subgroup == subgroup
        assert claim.scope is Scope.CUMULATIVE
        # dated by "The data are as of Thursday, 16 October", not by a week named in passing
        assert claim.as_of == "2025-10-16"
        assert (claim.claimant, claim.claimant_type) == ("Ledger", ClaimantType.INDEPENDENT)
    assert claims[22_900].subgroup == "prisoners recruited from penal colonies"
    # ages compared are no deaths, nor are the list's volunteers
    assert 31 not in claims and 25 not in claims


def test_a_list_line_label_names_no_source() -> None:
    claims = claims_of(WEEKLY)
    # "Names added this week": "Names" is no source that "added"; the outlet still counts
    assert claims[40_100].claimant == "the outlet"


def test_a_list_opens_with_its_groups_counted_one_after_another() -> None:
    claims = claims_of(
        "As of February 21, Mediazona had established the names of 95,000 Russian soldiers "
        "killed in the war. The list includes more than 16,000 former prisoners, at least "
        "11,700 mobilised men and more than 3,600 officers. Another 8,400 men were drafted "
        "this autumn."
    )
    assert claims[16_000].qualifier is Qualifier.MORE_THAN
    assert claims[11_700].subgroup == "mobilised men"
    assert claims[3_600].subgroup == "officers"
    assert all(claims[v].as_of == "2025-02-21" for v in (16_000, 11_700, 3_600))
    assert 8_400 not in claims  # no list verb counts them


def test_a_group_that_accounts_for_part_of_the_dead_is_a_subgroup_to_date() -> None:
    claims = claims_of(
        "Mediazona has confirmed the names of 78,329 Russian soldiers killed in the war. Over "
        "the past two weeks, the list grew by 2,310 names. Volunteers account for more than "
        "13,000 of the dead."
    )
    assert claims[13_000].subgroup == "volunteers"
    assert claims[13_000].scope is Scope.CUMULATIVE  # a share of the list, not of two weeks


def test_names_on_a_memorial_and_records_of_the_fallen_count_the_dead() -> None:
    extraction = extract_article(Article(text=(
        "This year stonemasons added 212 names of city residents killed since the last "
        "ceremony, the city council said. The veterans ministry said 41,870 records of fallen "
        "defenders had been verified for its register."
    ), published=PUBLISHED), create_backend("rules"))  # fmt: skip
    claims = {c.value: c for c in extraction.claims}
    assert claims[212].categories == [Category.KILLED]
    assert claims[41_870].categories == [Category.KILLED]
    assert claims[41_870].subject.value == "ukraine"  # Ukraine's "defenders"


def test_a_project_named_with_an_aside_that_lists_is_the_source() -> None:
    extraction = extract_article(Article(text=(
        "Others estimate higher. UALosses, a volunteer project that compiles names from "
        "obituaries, cemetery records and social media posts, has so far listed more than "
        "70,000 Ukrainian soldiers killed by name. A report by a Washington think tank put "
        "Russian casualties at nearly 1 million."
    ), published=PUBLISHED), create_backend("rules"))  # fmt: skip
    claims = {c.value: c for c in extraction.claims}
    assert claims[70_000].claimant == "UALosses"
    assert claims[70_000].claimant_type is ClaimantType.INDEPENDENT
    assert all(c.claimant != "Others" for c in extraction.claims)


def test_names_confirmed_after_a_count_of_the_missing_are_deaths() -> None:
    claims = claims_of(
        "The governor said 1,100 soldiers had died. Another 140 are considered missing, he "
        "added.\n\n"
        "Nationally, Mediazona and the BBC Russian Service had confirmed more than 135,000 names "
        "by the end of October. Confirmed deaths are lower than the General Staff's figure: the "
        "BBC Russian Service and Mediazona have named at least 91,000 dead in the army's ranks."
    )
    assert claims[135_000].categories == [Category.KILLED]
    assert claims[91_000].claimant_type is ClaimantType.INDEPENDENT
    assert claims[91_000].subject is Subject.RUSSIA


def test_a_list_of_soldiers_confirmed_dead_counts_its_names_from_its_first_line() -> None:
    claims = claims_of(
        "Our list of Russian servicemen confirmed dead in the war against Ukraine has passed "
        "114,000 names.\n\nAs of 3 July the database held 114,208 names. The list holds 20,119 "
        "men recruited from penal colonies.",
        outlet="Kholst",
    )
    for value in (114_000, 114_208, 20_119):
        assert claims[value].categories == [Category.KILLED], value
        assert claims[value].subject is Subject.RUSSIA, value
    assert claims[114_000].qualifier is Qualifier.MORE_THAN


def test_names_with_no_list_of_the_dead_before_them_count_nothing() -> None:
    assert claims_of("The petition to the governor gathered 14,000 names in a week.") == {}


def test_an_age_group_of_the_named_dead_is_its_subgroup() -> None:
    claims = claims_of("We have confirmed the deaths of 14 300 men aged 50 and over.",
                       outlet="Okno")
    assert claims[14_300].subgroup == "men aged 50 and over"

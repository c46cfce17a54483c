"""Totals of a period, not of the war: a month's or a year's total, and "so far" inside a
named quarter. Each text is written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Scope


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=date(2025, 4, 3))
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_so_far_inside_a_named_quarter_counts_the_quarter() -> None:
    claims = claims_of(
        "In the first quarter of 2025 we have so far confirmed 412 deaths, the group said. "
        "So far 8,900 recruited prisoners have died in total, it added."
    )
    assert (claims[412].scope, claims[412].as_of, claims[412].period_start) == (
        Scope.PERIOD, "2025-03", "2025-01")
    assert claims[8900].scope is Scope.CUMULATIVE  # "so far" with no period before it


def test_a_months_or_years_total_is_that_periods() -> None:
    claims = claims_of(
        "For 2024 the count stands at 5,120 dead, the group said.\n\n"
        "Its February total of 41,230 killed and wounded was the lowest in a year, the General "
        "Staff said.\n\n"
        "The total of Russian losses stands at 910,000, the General Staff said."
    )
    assert (claims[5120].scope, claims[5120].as_of) == (Scope.PERIOD, "2024")
    assert (claims[41230].scope, claims[41230].as_of) == (Scope.PERIOD, "2025-02")
    assert claims[910000].scope is Scope.CUMULATIVE


def test_a_count_that_rose_to_a_year_is_dated_by_the_year_after_it() -> None:
    claims = claims_of(
        "The group said annual war-related deaths rose from 27,100 in 2022 to 66,300 in 2023 "
        "and 79,200 in 2024."
    )
    assert (claims[66_300].as_of, claims[66_300].scope) == ("2023", Scope.PERIOD)
    assert claims[79_200].as_of == "2024"


def test_a_tally_that_grew_by_a_number_counts_the_growth() -> None:
    claims = claims_of(
        "Russian personnel losses increased by 1,340 over the past day, the General Staff "
        "said. Its count of Russian tanks rose by 9 in a day to 10,300."
    )
    assert claims[1_340].scope is Scope.DAILY
    assert claims[9].scope is Scope.DAILY
    assert claims[10_300].scope is Scope.CUMULATIVE


def test_a_personnel_figure_that_rose_by_a_number_counts_the_growth() -> None:
    text = "The General Staff's personnel figure rose by 35,370 in May."
    claims = extract_article(Article(text=text, published=date(2025, 6, 18)),
                             create_backend("rules")).claims  # fmt: skip
    assert [(c.value, c.categories, c.scope) for c in claims] == [
        (35_370, [Category.CASUALTIES], Scope.PERIOD)]


def test_a_weekend_is_saturday_and_sunday_and_the_first_months_run_from_january() -> None:
    article = Article(text=(
        "Three civilians were killed and 27 injured in Russia's Belgorod region over the "
        "weekend, Governor Vyacheslav Gladkov said on Monday.\n\n"
        "According to figures he presented to the regional government, Ukrainian attacks "
        "killed 42 civilians in the region and injured 382 in the first four months of the "
        "year.\n\nMilitary bloggers acknowledged the loss of one aircraft last weekend."
    ), published=date(2025, 5, 19))  # a Monday
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    for value in (3, 27):
        assert claims[value].scope is Scope.PERIOD, value
        assert (claims[value].period_start, claims[value].as_of) == ("2025-05-17", "2025-05-18")
    for value in (42, 382):
        assert claims[value].scope is Scope.PERIOD, value
        assert (claims[value].period_start, claims[value].as_of) == ("2025-01", "2025-04")
    # (said on a Monday, "last weekend" is the one just over, not the week before's)
    assert claims[1].as_of == "2025-05-18"


def test_a_breakdown_after_the_months_toll_is_named_goes_on_with_the_month() -> None:
    claims = claims_of(
        "At least 186 civilians were killed in Ukraine in March, the UN mission said on "
        "Tuesday.\n\nThirteen children were among those killed in March, according to the "
        "update.\n\n\"Every one of the 186 people killed last month had a name,\" Danielle "
        "Bell, who heads the mission, said.\n\nFront line and far from it\n\n"
        "More than two thirds of the month's casualties were in areas close to the front line. "
        "Donetsk region again bore the brunt, with 61 civilians killed and 327 injured, the "
        "update said."
    )
    assert claims[61].scope is claims[327].scope is Scope.PERIOD


def test_a_total_too_large_for_the_machines_before_it_counts_the_soldiers() -> None:
    claims = claims_of(
        "This morning the General Staff said Russia had lost 890 soldiers over the past day, and "
        "384 drones. It puts the total since February 2022 at more than 1.16 million. It puts "
        "the drone total at 84,960."
    )
    assert claims[1_160_000].categories == [Category.CASUALTIES]
    assert claims[84_960].categories == [Category.UAV]


def test_a_days_rise_told_in_words_after_a_total_is_the_days_loss() -> None:
    claims = claims_of(
        "The General Staff put Russian tank losses at 6,523 on Thursday, up 7 from a day earlier."
    )
    assert claims[7].categories == [Category.TANKS]
    assert claims[7].scope is Scope.DAILY
    assert claims[6_523].scope is Scope.CUMULATIVE


def test_a_heading_in_capitals_frames_the_week_its_day_range_names() -> None:
    claims = claims_of(
        "RUSSIAN LOSSES, 24-30 MARCH\n\n"
        "Tanks. Russia lost 23 tanks, by our count.\n\n"
        "On 27 March a strike on a market killed six civilians, the governor said."
    )
    assert (claims[23].scope, claims[23].as_of, claims[23].period_start) == (
        Scope.PERIOD, "2025-03-30", "2025-03-24")
    # a day the sentence names is that day's, whatever week frames it
    assert (claims[6].scope, claims[6].as_of) == (Scope.DAILY, "2025-03-27")

"""The number parser (shared) and the rules backend's date parser."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.backends.rules.dates import DateRole, day_before, find_dates
from extractor.numbers import find_numbers, number_values, parse_number


@pytest.mark.parametrize(
    "text, values",
    [
        ("bringing the total to 377,820", [377_820]),
        ("about 864 860 personnel", [864_860]),
        ("narrow\u202fspace 1\u202f280 and no-break 21\u00a0130", [1_280, 21_130]),
        ("1.2 million people", [1_200_000]),
        ("a further 3.5 thousand", [3_500]),
        ("one submarine and four multiple launch rocket systems", [1, 4]),
        ("twenty-five tanks, two hundred and fifty dead", [25, 250]),
        ("a hundred drones", [100]),
        ("one thousand five hundred troops", [1_500]),
        ("124,500 to 131,000 casualties", [124_500, 131_000]),
        ("50 000-70 000", [50_000, 70_000]),
        ("lost 20k troops, 5m rounds", [20_000, 5_000_000]),
        ("close to half a million killed, a quarter of a million wounded", [500_000, 250_000]),
        ("two and a half thousand dead, one and a half million in all", [2_500, 1_500_000]),
        ("around 1.000 soldiers a day, more than 950.000 in all", [1_000, 950_000]),
        ("1.286.000 troops", [1_286_000]),
        ("six hundred and eighteen thousand, nine hundred and sixty", [618_960]),
        ("a thousand, two of them children", [1_000, 2]),
        ("more than 1,5 million soldiers, 1,500 of them", [1_500_000, 1_500]),
        ("lost between eight and ten generals", [8, 10]),  # two numbers, not one
    ],
)
def test_numbers_as_written(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == values


@pytest.mark.parametrize(
    "text",
    ["tens of thousands of soldiers", "hundreds of tanks", "thousands were mobilised", "a day",
     "several hundred conscripts", "a few thousand troops", "many thousand dead"],
)  # fmt: skip
def test_vague_amounts_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_mentions_keep_their_exact_span() -> None:
    text = "Russia lost 1,020 troops and one tank."
    assert [text[m.start : m.end] for m in find_numbers(text)] == ["1,020", "one"]


def test_a_date_with_a_comma_is_not_a_thousands_group() -> None:
    assert [m.value for m in find_numbers("On January 12, 2024 in Kreminna")] == [12, 2024]


def test_decimals_without_a_scale_are_flagged() -> None:
    (mention,) = find_numbers("a ratio of 2.5")
    assert mention.has_decimal
    assert number_values("a ratio of 2.5") == frozenset()


def test_parse_number_takes_exactly_one_number() -> None:
    assert parse_number("864 860") == 864_860
    assert parse_number("four") == 4
    assert parse_number("4 and 5") is None


PUBLISHED = date(2024, 1, 23)  # a Tuesday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kyiv's military said in an update on Tuesday", "2024-01-23"),
        ("the ministry said on Monday", "2024-01-22"),
        ("a report issued last Tuesday", "2024-01-16"),
        ("On January 12, a joint investigation found", "2024-01-12"),
        ("Shoigu said in December that", "2023-12"),
        ("In September 2022, the minister said", "2022-09"),
        ("the figure for 23.01.2024 was", "2024-01-23"),
        ("losses from 24.02.22 to 21.02.25", "2025-02-21"),
        ("Moscow lost 960 soldiers over the past 24 hours", "2024-01-23"),
        ("the losses of yesterday", "2024-01-22"),
        ("a report dated 2023-06-06", "2023-06-06"),
        ("the losses in 2023 were", "2023"),
        ("last month the toll was", "2023-12"),
        ("In 2023, the losses were", "2023"),
        ("the ministry said this month that", "2024-01"),
        ("a spokesman said last week that", "2024-01"),
        ("more than 63,000 are now listed as missing", "2024-01-23"),
        ("launched 40 drones overnight on January 22 to 23", "2024-01-23"),
        ("06:05 — At least six people have been killed", "2024-01-23"),
        ("12:10", "2024-01-23"),
    ],
)
def test_dates_resolve_against_the_publication_date(text: str, expected: str) -> None:
    values = [d.value for d in find_dates(text, PUBLISHED) if d.role is not DateRole.SINCE]
    assert values[-1] == expected


def test_a_week_across_two_months_is_dated_by_its_year() -> None:
    monday = date(2024, 3, 4)  # last week ran from 26 February to 3 March
    assert [d.value for d in find_dates("said last week", monday)] == ["2024"]
    assert [d.value for d in find_dates("said this week", monday)] == ["2024-03"]


def test_relative_dates_need_a_publication_date() -> None:
    (mention,) = find_dates("the update on Tuesday", None)
    assert mention.value is None and mention.relative
    (absolute,) = find_dates("in September 2022", None)
    assert absolute.value == "2022-09" and not absolute.relative


def test_since_dates_start_a_period() -> None:
    roles = {d.value: d.role for d in find_dates("died since February 2022, by March 2023", None)}
    assert roles == {"2022-02": DateRole.SINCE, "2023-03": DateRole.UNTIL}


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("the toll may rise", PUBLISHED) == []
    assert find_dates("on 9 May 2023", PUBLISHED)[0].value == "2023-05-09"


def test_day_before() -> None:
    assert day_before("2024-03-01") == "2024-02-29"
    assert day_before("2024-03") is None


def test_a_day_without_a_year_takes_the_year_of_the_day_named_before_it() -> None:
    published = date(2025, 6, 12)
    story = "It crossed the border on February 24, 2022 and withdrew on March 31 with 61 dead."
    assert [d.value for d in find_dates(story, published)] == ["2022-02-24", "2022-03-31"]
    # the war's start is a start, not a day of the story
    total = "Russia has lost 700,390 troops since its invasion on Feb. 24, 2022, it said on Nov. 4."
    assert find_dates(total, published)[-1].value == "2024-11-04"
    # a year that would put the later day before the earlier is not its year
    report = "On September 3, 2023 it said so, and on March 1 it said more."
    assert find_dates(report, published)[-1].value == "2025-03-01"


@pytest.mark.parametrize(
    ("text", "published", "end"),
    [
        ("in the first quarter of 2025", date(2024, 12, 10), "2025-03"),  # a later year's
        ("in the second quarter of 2025", date(2025, 5, 10), "2025-05"),  # running: so far
        ("in the first quarter of 2024", date(2025, 5, 10), "2024-03"),
    ],
)
def test_a_quarter_ends_in_its_last_month_or_so_far_in_the_current_one(
    text: str, published: date, end: str
) -> None:
    assert [d.value for d in find_dates(text, published)] == [end]


def test_may_after_across_over_or_for_is_the_month() -> None:
    published = date(2025, 6, 18)
    for text in ("casualties averaged about 1,180 a day across May",
                 "The British figure for May was an average of about 1,190"):
        assert [d.value for d in find_dates(text, published)] == ["2025-05"]
    assert find_dates("The toll may rise over the coming days", published) == []

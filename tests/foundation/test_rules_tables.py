"""The rules backend on markdown tables: a header names what each column counts, a row's
first cell says when, and each numeric cell is one claim.

Every table here is written for these tests; expected values are what the contract
(shared/spec/claims.md) says a careful labeller would write.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.backends.rules.table_dates import row_span
from extractor.backends.rules.table_grid import find_tables
from extractor.backends.rules.tables import Kind, column_of
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Qualifier, Scope, Subject

PUBLISHED = date(2024, 11, 8)


def claims_of(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    extraction = extract_article(Article(text=text, published=published), create_backend("rules"))
    for claim in extraction.claims:  # grounding: the evidence is the text at its offsets
        assert text[claim.start : claim.end] == claim.evidence
    return extraction.claims


def cell(claims: list[Claim], value: int) -> Claim:
    found = [c for c in claims if c.value == value]
    assert len(found) == 1, f"{value}: {found}"
    return found[0]


MONTHLY = """\
Ukraine's General Staff reported heavy Russian losses through the summer. Our desk added up \
its daily reports month by month.

Russian losses by month, June-August 2024 (General Staff of the Armed Forces of Ukraine)

| Month | Troops | Tanks | ACV | Artillery | Drones |
|---|---|---|---|---|---|
| June | 31 200 | 212 | 401 | 680 | 755 |
| July | 33,115 | 198 | 422 | 702 | 811 |
| August | 34870 | 187 | 455 | 731 | 893 |
| Total | 99 185 | 597 | 1,278 | 2,113 | 2,459 |

The summer was the costliest stretch of the year.
"""


def test_each_cell_is_a_claim_of_its_columns_category() -> None:
    claims = claims_of(MONTHLY)
    july = {c.categories[0]: c.value for c in claims if c.as_of == "2024-07"}
    assert july == {
        Category.CASUALTIES: 33_115, Category.TANKS: 198,
        Category.ARMORED_COMBAT_VEHICLES: 422, Category.ARTILLERY_SYSTEMS: 702,
        Category.UAV: 811,
    }  # fmt: skip
    assert len(claims) == 20


def test_a_month_row_is_that_months_period() -> None:
    june = cell(claims_of(MONTHLY), 31_200)  # "31 200": a space between thousands
    assert (june.scope, june.as_of, june.period_start) == (Scope.PERIOD, "2024-06", "2024-06")
    assert june.subject is Subject.RUSSIA and june.qualifier is Qualifier.EXACT


def test_the_total_row_spans_the_rows_above() -> None:
    total = cell(claims_of(MONTHLY), 2_113)
    assert total.categories == [Category.ARTILLERY_SYSTEMS]
    assert (total.scope, total.as_of, total.period_start) == (Scope.PERIOD, "2024-08", "2024-06")


def test_the_claimant_of_the_caption_and_the_row_as_evidence() -> None:
    claims = claims_of(MONTHLY)
    august = cell(claims, 34_870)
    assert august.claimant == "General Staff of the Armed Forces of Ukraine"
    assert august.claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert august.evidence == "| August | 34870 | 187 | 455 | 731 | 893 |"


WEEKLY = """\
The Kyiv Independent's count of Russian soldiers confirmed dead by name keeps growing. \
All the totals below are minimums: the real number of dead is higher.

| Week | New names | Running total | Median age | Volunteers on the team |
|---|---|---|---|---|
| 4-10 October | 1 210 | 70 114 | 35 | 22 |
| 11-17 October | 985 | 71 099 | 36 | 24 |
| 18 October - 3 November | 2 340 | 73 439 | 36 | 25 |
"""


def test_increment_and_running_total_columns() -> None:
    claims = claims_of(WEEKLY)
    added = cell(claims, 985)
    assert added.categories == [Category.KILLED]  # what the text before the table counts
    assert (added.scope, added.period_start, added.as_of) == (
        Scope.PERIOD, "2024-10-11", "2024-10-17")  # fmt: skip
    assert added.qualifier is Qualifier.EXACT  # an increment, not a total
    running = cell(claims, 71_099)
    assert (running.scope, running.as_of, running.period_start) == (
        Scope.CUMULATIVE, "2024-10-17", None)  # fmt: skip
    assert running.qualifier is Qualifier.AT_LEAST  # "the totals below are minimums"
    across = cell(claims, 2_340)
    assert (across.period_start, across.as_of) == ("2024-10-18", "2024-11-03")


def test_columns_that_count_no_losses_give_no_claims() -> None:
    values = {c.value for c in claims_of(WEEKLY)}
    assert values == {1_210, 985, 2_340, 70_114, 71_099, 73_439}


def test_a_day_row_is_daily_and_a_total_column_there_cumulative() -> None:
    claims = claims_of(
        "Ukraine's air force published its figures for the week's attacks.\n\n"
        "| Date | Drones shot down | Cruise missiles | Total drones |\n"
        "|:---|---:|---:|---:|\n"
        "| 5 November 2024 | 61 | 3 | 1 208 |\n"
        "| 6 November 2024 | 44 | 0 | 1 252 |\n"
    )  # fmt: skip
    day = cell(claims, 61)
    assert (day.scope, day.as_of, day.categories) == (Scope.DAILY, "2024-11-05", [Category.UAV])
    assert cell(claims, 1_252).scope is Scope.CUMULATIVE
    assert day.claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert cell(claims, 3).categories == [Category.CRUISE_MISSILES]


def test_a_year_row_and_a_total_since_the_invasion() -> None:
    claims = claims_of(
        "Mediazona counted Russian soldiers killed, by year of death.\n\n"
        "| Year | Killed |\n|---|---|\n| 2022 | 20 950 |\n| 2023 | 41 430 |\n"
        "| Total since 24 February 2022 | 62 380 |\n"
    )  # fmt: skip
    year = cell(claims, 41_430)
    assert (year.scope, year.as_of, year.period_start) == (Scope.PERIOD, "2023", "2023")
    total = cell(claims, 62_380)
    assert (total.scope, total.period_start) == (Scope.CUMULATIVE, None)
    assert total.claimant_type is ClaimantType.INDEPENDENT


def test_a_figure_the_prose_repeats_is_one_claim() -> None:
    text = MONTHLY + "In August alone, Russia lost 34,870 troops, the most of any month so far.\n"
    claims = claims_of(text)
    assert [c.value for c in claims].count(34_870) == 1
    assert cell(claims, 34_870).scope is Scope.PERIOD


def test_a_table_of_categories_by_month_is_read_turned_round() -> None:
    claims = claims_of(
        "Russian equipment losses, according to Ukraine's General Staff:\n\n"
        "| Losses | September | October |\n|---|---|---|\n"
        "| Tanks | 243 | 521 |\n| Artillery systems | 947 | 773 |\n",
        published=date(2023, 11, 2),
    )  # fmt: skip
    october = cell(claims, 773)
    assert october.categories == [Category.ARTILLERY_SYSTEMS]
    assert (october.scope, october.as_of, october.period_start) == (
        Scope.PERIOD, "2023-10", "2023-10")  # fmt: skip
    assert october.evidence == "| Artillery systems | 947 | 773 |"


def test_text_without_tables_and_pipes_that_are_not_tables() -> None:
    assert find_tables("Russia lost 1,200 troops. | Not a table |") == []
    assert find_tables("No pipes at all.") == []


def test_column_words() -> None:
    armour = column_of("Armoured combat vehicles", [])
    assert armour is not None and armour.categories == (Category.ARMORED_COMBAT_VEHICLES,)
    total = column_of("Total on the list", [Category.KILLED])
    assert total is not None and total.kind is Kind.RUNNING
    average = column_of("Average per day", [])
    assert average is not None and average.kind is Kind.AVERAGE
    for header in ("Age", "Payments, roubles", "Obituaries checked", "Volunteers", "Mobilised"):
        assert column_of(header, [Category.KILLED]) is None, header


def test_row_labels() -> None:
    published = date(2025, 10, 17)
    assert row_span("19-25 September", published)[:2] == ("2025-09-19", "2025-09-25")
    assert row_span("26 September - 2 October", published)[:2] == ("2025-09-26", "2025-10-02")
    assert row_span("May", published, "2024")[:2] == ("2024-05", "2024-05")
    assert row_span("Total", published).total  # type: ignore[union-attr]
    assert row_span("Donetsk region", published) is None


def test_a_table_whose_rows_name_the_losses() -> None:
    claims = claims_of(
        "Ukraine's General Staff gave Russia's losses as of 8 November 2024:\n\n"
        "| Category | Total | Past 24 hours |\n|---|---|---|\n"
        "| Personnel | 705,470 | 1,230 |\n| Tanks | 9,242 | 8 |\n"
    )  # fmt: skip
    tanks = cell(claims, 9_242)
    assert (tanks.categories, tanks.scope, tanks.as_of) == (
        [Category.TANKS], Scope.CUMULATIVE, "2024-11-08")  # fmt: skip
    day = cell(claims, 1_230)
    assert (day.categories, day.scope) == ([Category.CASUALTIES], Scope.DAILY)
    assert day.claimant_type is ClaimantType.UKRAINE_OFFICIAL and day.subgroup is None


def test_undated_rows_are_parts_and_killed_plus_wounded_is_casualties() -> None:
    regions = claims_of(
        "Mediazona has confirmed the deaths of Russian soldiers by region.\n\n"
        "| Region | Confirmed dead |\n|---|---|\n| Bashkortostan | 3 120 |\n| Total | 78 329 |\n"
    )  # fmt: skip
    assert cell(regions, 3_120).subgroup == "Bashkortostan"
    assert cell(regions, 78_329).subgroup is None
    civilians = claims_of(
        "The regional administration published its monthly figures for civilians.\n\n"
        "| Month | Killed | Wounded | Total |\n|---|---|---|---|\n| August | 14 | 52 | 66 |\n"
    )  # fmt: skip
    assert [c.categories[0] for c in civilians] == [
        Category.KILLED, Category.WOUNDED, Category.CASUALTIES]  # fmt: skip
    assert all(c.population.value == "civilian" for c in civilians)


def test_a_table_of_no_losses_is_left_to_the_sentences() -> None:
    assert claims_of(
        "Some of the dead, as listed by relatives:\n\n"
        "| Name | Age | Date of death |\n|---|---|---|\n| Ivan Petrov | 34 | 12 March 2024 |\n"
    ) == []  # fmt: skip
    assert row_span("2022 (from 24 February)", PUBLISHED)[:2] == ("2022-02-24", "2022")


def test_each_column_credits_its_own_source_and_names_whose_losses_it_counts() -> None:
    claims = claims_of(
        "Each side's claims for the year, set side by side.\n\n"
        "| Category | Russia's losses in 2024, per Ukraine's General Staff "
        "| Ukraine's losses in 2024, per Russia's defence ministry |\n"
        "|---|---|---|\n"
        "| Personnel | 429,540 | over 560,000 |\n"
        "| Tanks | 3,685 | 1,310 |\n"
        "| Helicopters | 5 | — |\n",
        published=date(2024, 12, 31),
    )
    ours = cell(claims, 3_685)
    assert (ours.subject, ours.claimant_type) == (Subject.RUSSIA, ClaimantType.UKRAINE_OFFICIAL)
    assert ours.claimant == "General Staff of the Armed Forces of Ukraine"
    assert (ours.scope, ours.as_of, ours.period_start) == (Scope.PERIOD, "2024", "2024")
    theirs = cell(claims, 560_000)
    assert (theirs.subject, theirs.claimant_type) == (Subject.UKRAINE,
                                                      ClaimantType.RUSSIA_OFFICIAL)
    assert theirs.qualifier is Qualifier.MORE_THAN
    assert cell(claims, 1_310).categories == [Category.TANKS]
    assert cell(claims, 5).subject is Subject.RUSSIA


def test_a_table_without_a_separator_line_is_read_as_one() -> None:
    text = (
        "Russian losses by month, as reported by Ukraine's General Staff\n\n"
        "Month | Personnel | Tanks\n"
        "July 2024 | 35,680 | 300\n"
        "August 2024 | 36,810 | 193\n\n"
        "Source: General Staff of the Armed Forces of Ukraine, daily updates."
    )
    claims = claims_of(text, date(2025, 1, 3))
    assert (cell(claims, 35_680).categories, cell(claims, 35_680).as_of) == (
        [Category.CASUALTIES], "2024-07")
    assert (cell(claims, 193).categories, cell(claims, 193).scope) == ([Category.TANKS],
                                                                       Scope.PERIOD)
    # a line of pipes over prose is no table
    assert find_tables("Rank | Name\nHe said | yes, and 12 | more\nno pipes here") == []

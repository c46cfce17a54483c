"""Label lines of people's fates, as infographics and fact boxes give them: "Killed: at
least 11,520", "Children injured: 1,561". Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Qualifier, Scope

PUBLISHED = date(2024, 8, 24)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_fate_labels_count_their_line_and_children_are_a_civilian_subgroup() -> None:
    claims = claims_of(
        "The panel headed \"Civilians\" takes its figures from the UN Human Rights Monitoring "
        "Mission in Ukraine:\n\n"
        "Killed: at least 11,520\n"
        "Children injured: 1,561\n"
        "Wounded: 23,640\n"
        "Attacks on hospitals recorded: 42\n"
    )
    assert claims[11_520].categories == [Category.KILLED]
    assert claims[11_520].qualifier is Qualifier.AT_LEAST
    assert claims[23_640].categories == [Category.WOUNDED]
    injured = claims[1_561]
    assert (injured.categories, injured.subgroup) == ([Category.WOUNDED], "children")
    assert injured.population is Population.CIVILIAN
    assert 42 not in claims  # a count of attacks names no fate


def test_a_label_dates_its_own_line() -> None:
    claims = claims_of(
        "The UN Human Rights Monitoring Mission in Ukraine gives these figures:\n\n"
        "Killed in July 2024 alone: 219\n"
    )
    assert claims[219].scope.value == "period"
    assert claims[219].as_of == "2024-07"


def test_a_note_under_a_list_dates_the_lines_above_it() -> None:
    claims = claims_of(
        "Russian losses, according to Ukraine's General Staff:\n\n"
        "Tanks: 8,542\n"
        "Artillery systems: 17,349\n"
        "Aircraft: 367\n\n"
        "A line in small type reads: \"Figures as of the morning of 22 August 2024.\"\n\n"
        "The panel headed \"Civilians\" takes its figures from the UN Human Rights Monitoring "
        "Mission in Ukraine:\n\n"
        "Killed: at least 11,520\n"
        "Children killed: 614\n"
        "Injured: at least 23,640\n\n"
        "The note reads: \"UN figures cover the period from 24 February 2022 to 31 July 2024.\"\n"
    )
    assert {claims[v].as_of for v in (8_542, 17_349, 367)} == {"2024-08-22"}
    killed = claims[11_520]
    assert (killed.as_of, killed.scope) == ("2024-07-31", Scope.CUMULATIVE)
    assert claims[614].as_of == claims[23_640].as_of == "2024-07-31"


def test_a_note_under_a_list_does_not_date_what_follows_it() -> None:
    claims = claims_of(
        "The UN mission's panel:\n\n"
        "Killed: at least 11,520\n"
        "Children killed: 614\n"
        "Injured: at least 23,640\n\n"
        "The note reads: \"UN figures cover the period from 24 February 2022 to 31 July 2024.\"\n\n"
        "Russia's defence ministry says Ukrainian forces have lost up to 4,700 servicemen "
        "in the Kursk region since 6 August.\n"
    )
    kursk = claims[4_700]
    assert (kursk.period_start, kursk.as_of) == ("2024-08-06", "2024-08-24")


def test_a_line_of_nouns_and_numbers_with_no_dashes_lists_each_loss() -> None:
    claims = claims_of(
        "The numbers. Russian losses since 24 February 2022, according to Ukraine's General "
        "Staff, with the change over the past day in brackets: troops 1,095,520 (+910) · tanks "
        "11,184 · armoured vehicles 23,269 (+2) · artillery 32,784 (+35)."
    )
    assert claims[1_095_520].categories == [Category.CASUALTIES]
    assert claims[11_184].categories == [Category.TANKS]
    assert claims[23_269].categories == [Category.ARMORED_COMBAT_VEHICLES]
    assert claims[32_784].categories == [Category.ARTILLERY_SYSTEMS]
    assert claims[11_184].evidence == "tanks 11,184"  # (the dot parts the items)
    assert (claims[910].scope, claims[35].scope) == (Scope.DAILY, Scope.DAILY)
    assert claims[11_184].scope is Scope.CUMULATIVE


def test_a_list_of_labelled_lines_under_a_header_that_says_who_listed_them() -> None:
    claims = claims_of(
        "Its update on Tuesday put Russian personnel losses at about 724,050, a figure that, "
        "it says, covers the killed and the wounded.\n\n"
        "The headline items, as the General Staff listed them on day 1,000:\n\n"
        "- Personnel: about 724,050\n- Tanks: 9,382\n- Armoured combat vehicles: 19,092\n"
        "- Aircraft: 369\n"
    )
    for value in (19_092, 369):
        assert claims[value].subject.value == "russia"
        assert claims[value].claimant == "General Staff of the Armed Forces of Ukraine"
        assert claims[value].scope is Scope.CUMULATIVE


def test_a_short_losses_header_before_a_colon_counts_the_people_after_it() -> None:
    claims = claims_of(
        "\"The occupiers' losses for the day: 41 personnel.\"\n\n"
        "Kharkiv region, which borders Russia and is shelled almost daily, accounts for more "
        "deaths than any other: 96 of the teachers on the list."
    )  # fmt: skip
    assert (claims[41].categories, claims[41].scope) == ([Category.CASUALTIES], Scope.DAILY)
    assert 96 not in claims  # a long clause before the colon is no header


def test_fact_box_lines_that_open_on_their_number_and_close_on_their_source() -> None:
    claims = claims_of(
        "IN FIGURES\n\n"
        "• 604,720 — Russian troops killed or wounded (General Staff of Ukraine, Aug. 24)\n"
        "• 8,617 — Russian tanks destroyed (General Staff, Aug. 24)\n"
        "• 60,000+ — Russian soldiers confirmed dead by name; the real toll is higher "
        "(BBC Russian Service and Mediazona, Aug. 16)\n"
        "11,520 — civilians killed, UN Human Rights Monitoring Mission, as of July 31\n"
        "• 3,000 — recruits a month (Reuters)\n"
    )
    assert claims[604_720].categories == [Category.CASUALTIES]
    assert claims[604_720].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[8_617].categories == [Category.TANKS]
    assert claims[8_617].claimant_type.value == "ukraine_official"
    assert claims[60_000].claimant == "BBC Russian Service and Mediazona"
    # the caveat of one item is not the others'
    assert claims[60_000].qualifier is Qualifier.AT_LEAST
    assert claims[604_720].qualifier is Qualifier.EXACT
    assert claims[11_520].population is Population.CIVILIAN
    assert claims[11_520].claimant_type.value == "international_org"
    assert 3_000 not in claims  # (recruits are no loss)


def test_equipment_delivered_is_no_loss_in_a_fact_box() -> None:
    article = Article(text=(
        "KEY FIGURES\n\nRussian tanks lost, per Ukraine's General Staff: 6,523\n"
        "Tanks delivered to Russian forces in 2023, per Shoigu: 1,530\n"
    ), published=date(2024, 2, 22))
    claims = extract_article(article, create_backend("rules")).claims
    assert [c.value for c in claims] == [6_523]
    assert claims[0].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_an_average_daily_label_counts_a_daily_average() -> None:
    article = Article(text=(
        "KEY FIGURES\nAverage daily Russian casualties, November: 1,070\n"
        "Average daily Russian casualties, October: 1,140\n"
    ), published=date(2025, 12, 3))
    claims = extract_article(article, create_backend("rules")).claims
    assert [(c.value, c.scope, c.as_of) for c in claims] == [
        (1_070, Scope.DAILY_AVERAGE, "2025-11"), (1_140, Scope.DAILY_AVERAGE, "2025-10")]

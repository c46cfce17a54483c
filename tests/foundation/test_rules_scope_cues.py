"""How the rules backend scopes a figure from the cues around it: the war's start under
other names, a running total that "now stands at", a cue that belongs to the nearest list,
and a further figure that goes on with the report before it. Each text is written for the
test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Scope

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_the_start_of_the_operation_is_the_start_of_the_war() -> None:
    claims = claims_of(
        "Defence Minister Sergei Shoigu said 5,937 servicemen had died since the start of the "
        "operation. The ministry said its forces had destroyed 582 Ukrainian aircraft since "
        "the start of what it calls the special military operation."
    )
    assert claims[5_937].scope is Scope.CUMULATIVE
    assert claims[582].scope is Scope.CUMULATIVE


def test_a_named_operation_is_still_a_period_of_its_own() -> None:
    claims = claims_of(
        "Kyiv's forces have lost 3,400 troops since the start of the Kursk operation, the "
        "Russian Defence Ministry said."
    )
    assert claims[3_400].scope is Scope.PERIOD


def test_a_tally_that_now_stands_at_is_a_running_total() -> None:
    claims = claims_of(
        "Ukraine's General Staff added the ship to its tally, which now stands at 26 Russian "
        "warships and boats. Its total now stands at 347 aircraft and 325 helicopters."
    )
    assert {claims[n].scope for n in (26, 347, 325)} == {Scope.CUMULATIVE}


def test_a_cue_past_a_list_belongs_to_the_nearest_item_and_its_list() -> None:
    claims = claims_of(
        "The ministry said on Tuesday that Russian forces had destroyed 582 Ukrainian aircraft "
        "and 268 helicopters since the start of the war — several times the number of combat "
        "aircraft Ukraine had in February 2022."
    )
    assert claims[582].scope is Scope.CUMULATIVE
    assert claims[268].scope is Scope.CUMULATIVE


def test_a_further_wounded_figure_goes_on_with_the_deaths_before_it() -> None:
    claims = claims_of(
        "The UN Human Rights Monitoring Mission in Ukraine said on Tuesday that it had verified "
        "at least 12,162 civilian deaths since the full-scale invasion began. A further 26,919 "
        "civilians have been injured, the mission said, adding that the actual figures are "
        "likely significantly higher."
    )
    wounded = claims[26_919]
    assert wounded.claimant == claims[12_162].claimant
    assert wounded.claimant_type is ClaimantType.INTERNATIONAL_ORG
    assert wounded.scope is Scope.CUMULATIVE
    assert wounded.as_of == "2024-03-05"


def test_a_periodic_reports_later_breakdowns_keep_its_period() -> None:
    claims = claims_of(
        "The mission verified that 286 civilians were killed and 1,388 injured across Ukraine "
        "in July. The total of 1,674 casualties was 22 per cent higher than in June. Most "
        "casualties again occurred in front-line regions. In the Donetsk region, the mission "
        "recorded 98 civilians killed and 371 injured."
    )
    for value in (1_674, 98, 371):
        assert claims[value].scope is Scope.PERIOD, value
        assert claims[value].as_of == "2023-07", value
    assert claims[98].period_start == "2023-07"


def test_a_total_that_is_not_the_sum_of_the_figures_before_stays_the_wars() -> None:
    claims = claims_of(
        "The mission verified that 286 civilians were killed and 1,388 injured in July. The "
        "total of 35,548 injured since the invasion is likely an undercount, it said."
    )
    assert claims[35_548].scope is Scope.CUMULATIVE


def test_a_ratio_of_soldiers_is_no_count() -> None:
    claims = claims_of("The channel adds that Ukraine loses ten soldiers for every Russian one.")
    assert 10 not in claims


def test_a_count_that_rose_to_a_number_is_a_running_total_of_what_it_counts() -> None:
    claims = claims_of(
        "Ukraine's General Staff's count of Russian warships and boats destroyed rose to 20. "
        "The General Staff raised its tally of Russian warships and boats to 24 on 2 February. "
        "The General Staff's cumulative count of Russian cruise missiles shot down stood at 2,017."
    )
    assert claims[20].categories == [Category.WARSHIPS_BOATS]
    assert claims[20].scope is Scope.CUMULATIVE
    assert claims[24].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[2_017].categories == [Category.CRUISE_MISSILES]
    assert claims[2_017].scope is Scope.CUMULATIVE
    assert claims[2_017].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_count_that_includes_the_wounded_still_counts_the_losses() -> None:
    claims = claims_of(
        "Ukraine's General Staff, whose count includes the wounded, put Russia's total losses "
        "at 1,128,030 on Friday morning."
    )
    assert claims[1_128_030].categories == [Category.CASUALTIES]


def test_a_sentences_cue_goes_on_to_the_figures_after_it() -> None:
    claims = claims_of(
        "Russia lost 400,000 troops since the invasion, the General Staff said. According to the "
        "Southern Defence Forces, over the past day on the Kherson axis our defenders eliminated "
        "27 occupiers and destroyed 5 boats, 3 artillery systems and 41 drones."
    )
    assert {claims[n].scope for n in (27, 5, 3, 41)} == {Scope.DAILY}


def test_a_days_aside_does_not_pass_its_day_to_the_list_after_it() -> None:
    claims = claims_of(
        "The General Staff said the enemy had lost about 79,400 personnel since the invasion "
        "began, including 710 in the past day, and 2,814 tanks."
    )
    assert claims[710].scope is Scope.DAILY
    assert claims[2_814].scope is Scope.CUMULATIVE


def test_a_bare_number_with_a_scope_of_its_own_continues_the_figure_before() -> None:
    claims = claims_of(
        "Ukraine's general staff said that Russia had lost 1,510 soldiers over the previous 24 "
        "hours, one of the highest daily figures it has reported, and 486,940 since the start "
        "of the full-scale invasion."
    )
    total = claims[486_940]
    assert total.categories == claims[1_510].categories == [Category.CASUALTIES]
    assert (claims[1_510].scope, total.scope) == (Scope.DAILY, Scope.CUMULATIVE)


def test_people_in_a_place_who_had_been_killed_are_counted() -> None:
    claims = claims_of(
        "The governor of Russia's Belgorod region said that 248 civilians in the region had been "
        "killed by Ukrainian shelling since February 2022."
    )
    assert claims[248].categories == [Category.KILLED]
    assert claims[248].population.value == "civilian"


def test_a_figure_larger_than_any_days_loss_is_a_running_total() -> None:
    claims = claims_of(
        "Ukraine's General Staff said on Tuesday that Russia had lost 37 tanks over the past "
        "day. It put the number of Russian tanks destroyed at 5,664."
    )
    assert claims[37].scope is Scope.DAILY
    assert claims[5_664].scope is Scope.CUMULATIVE


def test_circa_abbreviated_is_approximately_and_does_not_end_the_sentence() -> None:
    claims = claims_of("The probate study estimated that c. 220,000 Russian men had been killed.")
    assert claims[220_000].qualifier.value == "approximately"
    assert claims[220_000].evidence.startswith("The probate study")


def test_a_running_total_after_a_days_figure_counts_the_same_thing() -> None:
    claims = claims_of(
        "The General Staff said Russia had lost 268 vehicles and fuel tanks in a day, 97,868 "
        "in total. It also listed three multiple-launch rocket systems (1,795 in total)."
    )
    assert claims[268].scope is Scope.DAILY
    assert claims[97_868].categories == claims[268].categories
    assert claims[97_868].scope is Scope.CUMULATIVE
    assert claims[1_795].categories == [Category.MLRS]
    assert claims[1_795].scope is Scope.CUMULATIVE


def test_since_the_start_of_a_month_or_the_new_year_is_a_period() -> None:
    claims = claims_of(
        "Since the beginning of February, the enemy has lost more than 13,000 people, the "
        "spokesman said. The navy said it had sunk 17 Russian boats since New Year."
    )
    assert (claims[13_000].scope, claims[13_000].period_start) == (Scope.PERIOD, "2024-02")
    assert claims[17].scope is Scope.PERIOD


def test_a_list_under_two_leading_cues_takes_the_nearer_one_throughout() -> None:
    claims = claims_of(
        '"In total, since the start of the Kursk operation on 6 August, the enemy has lost '
        "more than 41,270 servicemen, 262 tanks, 212 infantry fighting vehicles, 1,095 motor "
        "vehicles, 37 multiple launch rocket system launchers, including 12 HIMARS, and 14 air "
        'defence missile launchers," the Russian Defence Ministry said.'
    )
    for value in (41_270, 262, 212, 1_095, 37, 14):
        assert claims[value].scope is Scope.PERIOD, value
        assert claims[value].period_start == "2023-08-06", value


def test_numbers_given_respectively_count_the_kinds_listed_before_in_order() -> None:
    claims = claims_of(
        "Three tanks and two armoured combat vehicles were added to the tally, bringing the "
        "totals to 6,943 and 14,586 respectively, the General Staff said."
    )
    assert claims[6_943].categories == [Category.TANKS]
    assert claims[14_586].categories == [Category.ARMORED_COMBAT_VEHICLES]
    assert claims[6_943].scope is claims[14_586].scope is Scope.CUMULATIVE


def test_tallies_that_remain_or_are_unchanged_are_running_totals() -> None:
    claims = claims_of(
        "No new aircraft were reported by the General Staff. The tallies remain at 336 "
        "aircraft and 325 helicopters. The cruise-missile count is unchanged at 1,632."
    )
    assert claims[336].scope is claims[325].scope is Scope.CUMULATIVE


def test_another_figure_continues_the_scope_of_the_report() -> None:
    claims = claims_of(
        '"Over the past day the enemy lost 1,020 people: 410 of them were killed. Another '
        'nine occupiers surrendered to our units," the spokesman said.'
    )
    assert claims[9].scope is Scope.DAILY


def test_a_morning_update_gives_the_days_figure() -> None:
    claims = claims_of(
        "The General Staff reported 1,210 Russian personnel losses in its morning update, "
        "bringing the total since February 24, 2022, to 425,500."
    )
    assert claims[1_210].scope is Scope.DAILY
    assert claims[425_500].scope is Scope.CUMULATIVE


def test_a_cue_does_not_pass_over_a_list_item_scoped_by_its_own_cue() -> None:
    claims = claims_of(
        "In its daily report on Wednesday, the General Staff added the ship to its tally, "
        "which now stands at 27 Russian warships and boats and one submarine."
    )
    assert claims[27].scope is claims[1].scope is Scope.CUMULATIVE


def test_reports_that_add_up_to_a_sum_give_it_exactly() -> None:
    claims = claims_of("The General Staff's reports of Russian losses in May add up to 96 tanks.")
    assert claims[96].qualifier.value == "exact"


def test_a_number_after_a_colon_counts_the_kind_its_clause_is_about() -> None:
    claims = claims_of(
        "Armoured vehicles again make up the largest rise: 45 units in a day, for a total of "
        "19,200. Drones remain the fastest-growing line: 1,310 over the past day."
    )
    assert claims[45].categories == claims[19_200].categories == [Category.ARMORED_COMBAT_VEHICLES]
    assert claims[45].scope is Scope.DAILY and claims[19_200].scope is Scope.CUMULATIVE
    assert claims[1_310].categories == [Category.UAV]


def test_a_hedged_figure_compared_against_keeps_its_date_to_itself() -> None:
    claims = claims_of(
        "The General Staff said 765 drones were downed in a day, bringing the total to 110,215, "
        "against about 21,000 at the start of 2023."
    )
    assert claims[21_000].as_of == "2023"
    assert claims[765].as_of == claims[110_215].as_of == "2024-03-06"


def test_the_whole_of_a_year_is_a_period() -> None:
    claims = claims_of(
        "Russia had suffered around 429,000 casualties over the whole of 2023, up from "
        "approximately 253,000 in 2022, the update said."
    )
    assert (claims[429_000].scope, claims[429_000].as_of) == (Scope.PERIOD, "2023")
    assert (claims[253_000].scope, claims[253_000].as_of) == (Scope.PERIOD, "2022")


def test_a_cue_that_ends_a_figures_clause_before_a_comma_is_that_figures() -> None:
    claims = claims_of(
        "The ministry said Ukrainian forces had lost up to 350 troops in the Kharkiv direction "
        "over the past 24 hours, as well as two tanks, bringing its count of Ukrainian "
        "personnel losses since February 2022 to 500,000."
    )
    assert claims[350].scope is claims[2].scope is Scope.DAILY
    assert claims[500_000].scope is Scope.CUMULATIVE
    assert claims[500_000].categories == [Category.CASUALTIES]


def test_since_the_last_update_starts_a_period_at_its_date() -> None:
    claims = claims_of(
        "As of November 7, Mediazona has confirmed the names of 78,329 Russian soldiers "
        "killed in the war. Since its last update on October 25, it has added 1,240 names."
    )
    assert claims[1_240].scope is Scope.PERIOD
    assert claims[1_240].period_start is not None and claims[1_240].period_start.endswith("10-25")


def test_twenty_four_hours_spelled_out_is_a_day() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said that Ukraine had lost up to three hundred servicemen "
        "in the Kursk region over the past twenty-four hours."
    )
    assert claims[300].scope is Scope.DAILY


def test_between_two_abbreviated_dates_is_a_period() -> None:
    claims = claims_of(
        "According to Lytvyn, between Jan. 6 and Jan. 12 the brigade killed 217 Russian soldiers."
    )
    assert claims[217].scope is Scope.PERIOD
    assert claims[217].period_start is not None and claims[217].period_start.endswith("01-06")


def test_since_an_abbreviated_date_starts_a_period_but_not_the_invasions_day() -> None:
    claims = claims_of(
        "Since Oct. 10, the brigade has killed 1,264 Russian soldiers, its commander said. "
        "Since Feb. 24, Russia has lost 3,100 tanks, the General Staff said."
    )
    assert claims[1_264].scope is Scope.PERIOD
    assert claims[3_100].scope is Scope.CUMULATIVE


def test_a_list_of_totals_is_totals_to_its_smallest_item() -> None:
    claims = claims_of(
        "Russia lost 1,234 soldiers over the past day, the General Staff said. Ukraine has "
        "also destroyed 9,421 tanks, 28 ships and boats, and one submarine."
    )
    assert claims[1_234].scope is Scope.DAILY
    assert claims[9_421].scope is Scope.CUMULATIVE
    assert claims[1].scope is Scope.CUMULATIVE  # one submarine could be a day's, alone
    daily = claims_of(
        "Over the past day, Russia lost 1,234 soldiers, two tanks and 900 drones, the "
        "General Staff said."
    )
    assert daily[2].scope is Scope.DAILY  # the sentence names its day


def test_a_troops_total_does_not_scope_the_civilian_toll_after_it() -> None:
    claims = claims_of(
        "Ukraine's losses since the start of hostilities exceeded 40,000 servicemen, "
        "Gerasimov said.\n\nThe governor of the Belgorod region, Vyacheslav "
        "Gladkov, said two civilians were killed when a Ukrainian drone hit a car."
    )
    assert claims[40_000].scope is Scope.CUMULATIVE
    # one strike's toll, not a total: the news day's, as the article gives no other day
    assert (claims[2].scope, claims[2].as_of) == (Scope.DAILY, PUBLISHED.isoformat())


def test_a_rate_right_after_its_number_is_a_daily_average() -> None:
    claims = claims_of(
        "Russia's daily average casualty rate in October 2024 was the highest of the war so "
        "far, at 1,271 per day, the UK Ministry of Defence said."
    )
    assert claims[1_271].scope is Scope.DAILY_AVERAGE


def test_a_troops_rate_does_not_scope_a_civilian_toll_with_a_bare_fate() -> None:
    claims = claims_of(
        "Britain's Defence Intelligence estimates Russian casualties in August averaged "
        "around 1,200 a day.\n\nIn Russia, Governor Vyacheslav Gladkov says one person was "
        "killed and four injured when Ukrainian drones hit the town of Shebekino."
    )
    assert claims[1_200].scope is Scope.DAILY_AVERAGE
    assert claims[1].scope is not Scope.DAILY_AVERAGE
    assert claims[4].scope is not Scope.DAILY_AVERAGE


def test_losses_in_a_week_or_a_month_are_a_periods() -> None:
    for window in ("in a week", "in a single month", "in just one week"):
        article = Article(
            text=f"Russia lost 1,200 soldiers {window}, the General Staff said.",
            published=date(2025, 3, 7),
        )
        [claim] = extract_article(article, create_backend("rules")).claims
        assert claim.scope is Scope.PERIOD, window


def test_a_total_over_a_named_period_is_the_periods_not_the_wars() -> None:
    article = Article(
        text="A total of 24 Russian aircraft were shot down in May, the air force said. Russia "
        "has lost a total of 600,000 troops, the General Staff said.",
        published=date(2024, 9, 9),
    )
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert (claims[24].scope, claims[24].as_of) == (Scope.PERIOD, "2024-05")
    assert claims[24].claimant_type is ClaimantType.UKRAINE_OFFICIAL  # the air force's own
    assert claims[600_000].scope is Scope.CUMULATIVE


def test_troops_lost_on_a_named_day_are_that_days_but_the_missing_are_a_stock() -> None:
    claims = {}
    for text in ("Russian troops lost 1,340 soldiers on Friday, the General Staff reported.",
                 "A brigade said on Friday that 46 of its soldiers were listed as missing."):
        article = Article(text=text, published=date(2024, 9, 9))  # a Monday
        found = extract_article(article, create_backend("rules")).claims
        claims.update({c.value: c for c in found})
    assert (claims[1_340].scope, claims[1_340].as_of) == (Scope.DAILY, "2024-09-06")
    assert claims[46].scope is Scope.UNSPECIFIED


def test_a_day_named_for_the_losses_stops_a_running_total_carrying_over() -> None:
    claims = claims_of(
        "Ukraine has lost 15 warships since February 2022, the Russian defence ministry said. "
        "Moscow denies losing control of the sea. The ministry said that on Tuesday the fleet "
        "had destroyed five Ukrainian uncrewed boats."
    )
    assert claims[15].scope is Scope.CUMULATIVE
    assert claims[5].scope is Scope.DAILY
    assert claims[5].as_of == "2024-03-05"


def test_a_record_so_far_is_a_day_figure_not_a_running_total() -> None:
    claims = claims_of(
        "The highest daily figure so far was recorded on February 20, when Ukraine said 2,200 "
        "Russian soldiers had been killed or wounded. Russia has lost 2,100 tanks so far, "
        "Ukraine says."
    )
    assert claims[2_200].scope is Scope.DAILY
    assert claims[2_100].scope is Scope.CUMULATIVE


def test_a_rate_compared_with_another_month_is_that_month_rate() -> None:
    claims = claims_of(
        "Russian casualties averaged 1,286 per day in February, according to the General "
        "Staff's figures, down from 1,390 in January."
    )
    assert claims[1_286].scope is Scope.DAILY_AVERAGE
    assert claims[1_390].scope is Scope.DAILY_AVERAGE
    assert claims[1_390].as_of == "2024-01"


def test_a_sum_over_a_named_year_or_a_month_as_subject_is_that_period() -> None:
    claims = claims_of(
        "Russian casualties in 2023 totalled 253,290, according to Ukraine's General Staff. "
        "January was the deadliest month for civilians this year, with 196 killed and 1,180 "
        "injured, the UN said. Russian casualties totalled 430,790, Kyiv says."
    )
    assert (claims[253_290].scope, claims[253_290].as_of) == (Scope.PERIOD, "2023")
    assert (claims[196].scope, claims[196].as_of) == (Scope.PERIOD, "2024-01")
    assert claims[1_180].as_of == "2024-01"
    assert claims[430_790].scope is Scope.CUMULATIVE


def test_figures_from_a_daily_briefing_are_the_days() -> None:
    claims = claims_of(
        "The Ukrainian army's losses amounted to up to 1,200 servicemen and 15 motor vehicles, "
        "the Russian Defence Ministry said in its daily briefing."
    )
    assert claims[1_200].scope is Scope.DAILY
    assert claims[15].scope is Scope.DAILY


def test_the_month_a_since_clause_names_is_its_start_not_a_period() -> None:
    claims = claims_of(
        "The UN mission said that at least 14,380 civilians, including 730 children, had been "
        "killed in Ukraine since Russia launched its full-scale invasion in February 2022."
    )
    assert claims[14_380].scope is claims[730].scope is Scope.CUMULATIVE
    opening = claims_of(  # the since-clause opens the sentence
        "Since Russia launched its full-scale invasion in February 2022, 12,000 civilians have "
        "been killed, the UN said."
    )
    assert opening[12_000].scope is Scope.CUMULATIVE


def test_the_peoples_other_fate_keeps_the_scope_of_their_first() -> None:
    claims = claims_of(
        "In total, since January 1 Russian attacks have killed 38 residents of the region and "
        "injured 214, the governor said."
    )
    assert claims[38].scope is claims[214].scope is Scope.PERIOD
    assert claims[214].period_start == claims[38].period_start == "2024-01-01"


def test_a_day_named_after_a_period_report_is_that_days() -> None:
    claims = claims_of(
        "The brigade reported that since the beginning of February its soldiers had "
        "eliminated 1,264 occupiers. On February 17 alone, its drone operators neutralized "
        "93 enemy infantrymen, the brigade said."
    )
    assert claims[1_264].scope is Scope.PERIOD
    assert (claims[93].scope, claims[93].as_of) == (Scope.DAILY, "2024-02-17")


def test_in_that_time_is_the_period_of_the_report_the_sentence_goes_on_with() -> None:
    claims = claims_of(
        "Ukraine's military said its forces had repelled 148 Russian assaults along the front "
        "over the previous 24 hours. It said Russia had lost 1,210 troops in that time, "
        "bringing its total losses since the start of the invasion to 970,450."
    )
    assert claims[1_210].scope is Scope.DAILY
    assert claims[970_450].scope is Scope.CUMULATIVE


def test_the_same_period_after_a_cue_of_its_own_sentence_is_that_cues() -> None:
    claims = claims_of(
        "The commander said on Tuesday that Russian forces lost 513 troops in the past day. "
        "He said Russia had lost 125 tanks near Avdiivka since October 10, and that over 5,000 "
        "Russian personnel have been killed in the area in the same period."
    )
    assert claims[125].scope is claims[5_000].scope is Scope.PERIOD


def test_since_a_day_written_before_its_month_is_a_period() -> None:
    since_august = claims_of("Since 6 August, the enemy has lost 262 tanks, the ministry said.")
    assert since_august[262].scope is Scope.PERIOD
    assert since_august[262].period_start is not None
    assert since_august[262].period_start.endswith("-08-06")
    war = claims_of("Since 24 February, the enemy has lost 3,262 tanks, the ministry said.")
    assert war[3_262].scope is Scope.CUMULATIVE


def test_the_same_24_hours_is_one_day_whatever_report_came_before() -> None:
    claims = claims_of(
        "In total, since the start of the operation, 672 Ukrainian aircraft have been "
        "destroyed, the Russian ministry said. Kyiv gave a very different picture. Its "
        "General Staff put Russian losses at 1,240 over the same 24 hours."
    )
    assert claims[672].scope is Scope.CUMULATIVE
    assert claims[1_240].scope is Scope.DAILY



def test_a_toll_with_its_own_cue_and_its_breakdown_are_not_the_strikes() -> None:
    claims = claims_of(
        "A Russian glide bomb struck an apartment building in Kharkiv on Monday, killing "
        "seven people, the governor said.\n\n"
        "Elsewhere, Russian shelling killed five civilians in the Donetsk region over the "
        "past day, officials said. Three people were killed in Kostiantynivka and two in "
        "Pokrovsk.\n\n"
        "The death toll in Kharkiv has risen to nine, the governor said."
    )
    assert claims[7].subgroup is not None  # the strike's
    assert claims[7].as_of == claims[9].as_of != claims[5].as_of
    assert [claims[n].scope for n in (7, 5, 3, 2, 9)] == [Scope.DAILY] * 5
    assert claims[5].subgroup == "Donetsk region"
    assert claims[9].subgroup is not None  # the strike's again, in a paragraph of its own


def test_a_daily_average_is_its_figures_alone() -> None:
    claims = claims_of(
        "The Russian army has been losing on average 1,500 men a day since October, the "
        "British defence ministry said. Two hundred Ukrainian soldiers were captured near "
        "Bakhmut, Russia's defence ministry claimed."
    )
    assert claims[1_500].scope is Scope.DAILY_AVERAGE
    assert claims[200].scope is Scope.UNSPECIFIED


def test_since_the_war_began_after_a_superlative_frames_a_record_not_a_total() -> None:
    claims = claims_of(
        "Russian strikes killed 45 people in Kharkiv on Monday, the deadliest attack on the "
        "city since the war began. Ukraine's coordination headquarters said 1,200 soldiers "
        "were returned home in Tuesday's exchange, the largest since the invasion began.\n\n"
        "Russia has lost 3,100 tanks since the war began, the General Staff said."
    )
    assert claims[45].scope is Scope.DAILY
    assert claims[1_200].scope is not Scope.CUMULATIVE
    assert claims[3_100].scope is Scope.CUMULATIVE


def test_a_further_figure_in_the_perfect_goes_on_with_the_period_just_given() -> None:
    claims = claims_of(
        "Local authorities said the Russian bombardment had killed 24 civilians in the town "
        "this year. A further 87 residents have been wounded."
    )
    assert claims[87].scope is claims[24].scope is Scope.PERIOD
    assert claims[87].period_start == claims[24].period_start == "2024"


def test_a_span_from_the_invasion_to_a_date_is_the_running_total() -> None:
    claims = claims_of(
        "The team estimates that about 228,000 Russian servicemen were killed between "
        "February 2022 and the end of 2023, while the city of Moscow, with more than 13 "
        "million people, lost relatively few."
    )
    assert claims[228_000].scope is Scope.CUMULATIVE
    assert claims[228_000].as_of == "2023"
    assert 13_000_000 not in claims  # a city's residents, not its dead


def test_since_its_invasion_began_is_the_running_total() -> None:
    claims = claims_of(
        "Russia has lost about 898,070 troops since its full-scale invasion began in "
        "February 2022, Ukraine's General Staff said on Wednesday."
    )
    assert claims[898_070].scope is Scope.CUMULATIVE
    assert claims[898_070].period_start is None


def test_a_roundups_disaster_items_are_no_losses() -> None:
    claims = claims_of(
        "KYIV — A Russian drone strike on Kharkiv killed three people, the governor said.\n\n"
        "JAKARTA — Flash floods and landslides in West Java have killed 14 people and left "
        "nine missing, the disaster agency said.\n\n"
        "BEIJING — A gas explosion at a restaurant killed 31 people, state media said.\n\n"
        "Storm. Torrential rain on Mallorca killed five people and left one missing, "
        "emergency services said."
    )
    assert set(claims) == {3}
    # (a unit named for a storm is no weather)
    claims = claims_of("Mediazona said 1,540 Storm-Z fighters have been killed.")
    assert set(claims) == {1_540}


def test_an_undated_strike_toll_is_the_day_the_lede_names() -> None:
    claims = claims_of(
        "Kharkiv's governor gave his evening update on Monday.\n\n"
        "Two people were killed when a drone hit a car, and 11 were wounded in the city, he "
        "said. Since February 2022, 2,100 civilians have been killed in the region."
    )
    for toll in (2, 11):
        assert (claims[toll].scope, claims[toll].as_of) == (Scope.DAILY, "2024-03-04")
    assert claims[2_100].scope is Scope.CUMULATIVE  # (a total keeps its own scope)


def test_a_day_or_a_month_after_in_total_or_so_far_is_that_days_or_months() -> None:
    claims = claims_of(
        '"In total today, three people were killed and 14 wounded in the region," the '
        "governor wrote.\n\n"
        "By the Courier's calculation from the General Staff's daily reports, Russia has lost "
        "13,530 troops so far in March.\n\n"
        "Russia has lost 430,000 troops so far, the General Staff said."
    )
    assert (claims[3].scope, claims[14].scope) == (Scope.DAILY, Scope.DAILY)
    assert (claims[13_530].scope, claims[13_530].period_start) == (Scope.PERIOD, "2024-03")
    assert claims[430_000].scope is Scope.CUMULATIVE


def test_a_few_civilians_killed_in_the_perfect_are_a_strikes_toll_not_the_wars() -> None:
    claims = claims_of(
        "Regional governor Ivan Petrenko gave an updated toll at 09:40: three people have been "
        "killed and 21 injured, among them four children.\n\n"
        "Since February 2022, 2,100 civilians have been killed in the region."
    )
    assert 9 not in claims  # (a time of day)
    assert (claims[3].scope, claims[3].as_of) == (Scope.DAILY, "2024-03-06")
    assert claims[21].scope is Scope.DAILY
    assert claims[2_100].scope is Scope.CUMULATIVE


def test_since_a_year_after_the_wars_first_starts_a_period() -> None:
    claims = claims_of(
        "The army says its medics have treated 17,000 wounded soldiers since 2023. Officials "
        "said 5,418 civilians had been killed in the region since 2014."
    )
    assert claims[17_000].scope is Scope.PERIOD
    assert claims[17_000].period_start == "2023"
    assert claims[5_418].scope is Scope.CUMULATIVE  # since 2014: the whole war there


def test_a_since_in_a_which_clause_about_the_source_does_not_scope_its_figures() -> None:
    claims = claims_of(
        "In its weekly summary, Russia's defence ministry said its forces had killed 2,140 "
        "Ukrainian troops from February 25 to March 1. The ministry, which has published such "
        "summaries every week since early 2023, said the heaviest losses were around "
        "Pokrovsk, at up to 410 troops."
    )
    assert claims[2_140].scope is claims[410].scope is Scope.PERIOD
    assert claims[2_140].period_start == claims[410].period_start == "2024-02-25"


def test_the_days_an_event_runs_from_and_to_are_no_period_of_the_figures() -> None:
    claims = claims_of(
        '"The enemy lost up to 234 servicemen and seven tanks," the ministry said on Tuesday, '
        "calling the raids an attempt to disrupt the election that Russia holds from March 15 "
        "to 17."
    )
    assert claims[234].period_start is None
    assert claims[7].scope is not Scope.PERIOD


def test_since_the_first_of_a_month_and_since_russias_invasion() -> None:
    claims = claims_of(
        "As of this morning, since the first of January, we have 212 civilians killed in the "
        "region, he said. Since Russia's full-scale invasion in February 2022, 24 sappers have "
        "been killed, the service said."
    )
    assert claims[212].scope is Scope.PERIOD
    assert claims[212].period_start == "2024-01"
    assert claims[24].scope is Scope.CUMULATIVE
    assert claims[24].period_start is None


def test_since_the_start_of_its_invasion_in_a_month_is_the_whole_war() -> None:
    claims = claims_of(
        "The General Staff said that Russia had lost about 1,003,480 troops killed or wounded "
        "since the start of its full-scale invasion in February 2022, as well as 10,981 tanks."
    )
    for value in (1_003_480, 10_981):
        assert claims[value].scope is Scope.CUMULATIVE
        assert claims[value].period_start is None


def test_a_month_before_an_average_is_also_the_period_of_the_growth_before_it() -> None:
    # The cue leading the average ("an average of") is its own: the month goes to the
    # growth, not along the list to the average only.
    claims = claims_of(
        "By the General Staff's month-end reports, its personnel figure rose by 35,370 in "
        "May, an average of 1,141 a day."
    )
    assert claims[35_370].scope is Scope.PERIOD
    assert claims[35_370].period_start == "2023-05"  # (the last May before March 2024)
    assert claims[1_141].scope is Scope.DAILY_AVERAGE


def test_a_loss_in_the_contracted_perfect_is_a_running_total() -> None:
    claims = claims_of('The senator told the rally: "They\'ve lost 9,000 tanks."')
    assert claims[9_000].scope is Scope.CUMULATIVE


def test_in_total_sums_the_day_or_period_the_sentence_names() -> None:
    claims = claims_of(
        "In total, three people were killed and 21 injured in the region over the past day, "
        "the governor said. In all, 4,078 bodies have been repatriated since January, the "
        "headquarters said. In total, Russia has lost 900,000 troops, the General Staff said."
    )
    assert claims[3].scope is Scope.DAILY
    assert claims[21].scope is Scope.DAILY
    assert claims[4_078].scope is Scope.PERIOD
    assert claims[900_000].scope is Scope.CUMULATIVE  # (no other period named: the war's)


def test_a_loss_in_the_perfect_in_the_next_clause_is_not_the_figures() -> None:
    claims = claims_of(
        "In its daily briefing, Russia's defence ministry said its forces had destroyed 125 "
        "drones, and that Ukraine had lost up to 1,325 servicemen over the past 24 hours."
    )
    assert claims[125].scope is Scope.DAILY
    assert claims[1_325].scope is Scope.DAILY


def test_since_2022_is_the_whole_war() -> None:
    claims = claims_of(
        "Since 2022 we have brought home more than 3,900 prisoners of war, the president said "
        "after the exchange. Russian personnel losses since 2022: over 1.08 million."
    )
    assert claims[3_900].scope is Scope.CUMULATIVE
    assert claims[1_080_000].scope is Scope.CUMULATIVE


def test_the_preceding_24_hours_and_that_24_hour_period_are_a_day() -> None:
    claims = claims_of(
        "The General Staff said Russia had lost 730 troops in the preceding 24 hours. The "
        "report lists 12 Russian tanks destroyed over that 24-hour period."
    )
    assert claims[730].scope is Scope.DAILY
    assert claims[12].scope is Scope.DAILY

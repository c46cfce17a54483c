"""How the rules backend dates a figure that carries no date of its own: the statement
dated earlier in its paragraph, but not another source's; the date inside the reported
clause before the date of the statement. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.backends.rules.dates import DateRole, find_dates, period_start_of
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Scope

PUBLISHED = date(2025, 7, 10)  # a Thursday


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_figure_takes_the_date_its_paragraph_gave_the_speaker() -> None:
    claims = claims_of(
        "President Ivan Petrenko responded on Sunday with the first official figures in "
        "months. He said 43,000 Ukrainian soldiers had been killed since February 2022."
    )
    assert claims[43_000].as_of == "2025-07-06"


def test_another_sources_date_in_the_paragraph_does_not_date_a_figure() -> None:
    claims = claims_of(
        "General Oleksandr Syrskyi said on Monday that Russia had lost 350,000 troops since "
        "January 1. The Meridian Institute estimates that Russian forces have suffered "
        "40,000 casualties in the Pokrovsk direction since March."
    )
    assert claims[350_000].as_of == "2025-07-07"
    # (a period since March runs to the article's day, not to the other source's Monday)
    assert claims[40_000].as_of == PUBLISHED.isoformat()


def test_the_reported_clauses_date_goes_before_the_statements() -> None:
    claims = claims_of(
        "Two Western officials said last week that Ukraine had lost about 60 armoured "
        "vehicles in June alone."
    )
    assert claims[60].as_of == "2025-06" and claims[60].period_start == "2025-06"


def test_a_statement_week_dates_a_running_count_but_does_not_start_it() -> None:
    claims = claims_of(
        "Commander-in-Chief Oleksandr Syrskyi said last week that more than 900 Russian "
        "servicemen had been captured in the region since the incursion began."
    )
    assert claims[900].as_of == "2025"  # last week: 30 June to 6 July
    assert claims[900].period_start is None


def test_the_month_of_a_statement_is_not_the_period_counted() -> None:
    claims = claims_of(
        "U.S. officials had estimated in August that close to 70,000 Ukrainian soldiers "
        "had been killed, a figure Kyiv never confirmed."
    )
    assert claims[70_000].scope is not Scope.PERIOD
    assert claims[70_000].as_of == "2024-08"


def test_another_part_of_a_toll_is_no_new_period_but_another_loss_is() -> None:
    claims = claims_of(
        "Since February 2022 the mission has recorded 8,006 civilians killed and 13,287 "
        "injured. Another 954 children were among the injured. The army said Russia had "
        "lost another 162 troops since then."
    )
    assert claims[954].scope is Scope.CUMULATIVE
    assert claims[162].scope is Scope.PERIOD


def test_a_loss_in_the_perfect_inside_a_quotation_is_a_total_to_date() -> None:
    claims = claims_of('A senator wrote that Ukraine had "ridiculously lost 400,000 soldiers".')
    assert claims[400_000].scope is Scope.CUMULATIVE


def test_the_tolls_after_a_strike_are_the_strikes_own() -> None:
    claims = claims_of(
        "Russia launched a massive drone attack on Kharkiv overnight, hitting apartment "
        "blocks in three districts. At least five people have been killed and 40 injured, "
        "the mayor said. The death toll rose to seven by the evening, the governor said."
    )
    for value in (5, 40, 7):
        assert claims[value].scope is Scope.DAILY, value  # the night's toll: one day's
        assert claims[value].as_of == "2025-07-10"  # the night before the article
        assert claims[value].subgroup is not None


def test_a_whole_war_toll_after_a_strike_stays_the_wars() -> None:
    claims = claims_of(
        "A Russian missile strike on Odesa killed four people on Monday, the governor said. "
        "Since February 2022, 12,400 civilians have been killed, the UN mission says. "
        "The mission has recorded a total of 28,000 civilians injured."
    )
    assert claims[4].scope is Scope.DAILY
    assert claims[12_400].scope is Scope.CUMULATIVE and claims[12_400].subgroup is None
    assert claims[28_000].subgroup is None


def test_the_date_a_figure_is_compared_with_does_not_date_it() -> None:
    claims = claims_of(
        "Between 1 January and 30 June 2025, the mission verified 1,706 civilians killed and "
        "7,868 injured, a 54 per cent increase on the same period of last year. The total of "
        "1,674 casualties in June was 22.4 per cent higher than in May."
    )
    assert claims[7_868].as_of == "2025-06-30" and claims[7_868].period_start == "2025-01-01"
    assert claims[1_674].as_of == "2025-06"


def test_a_live_blogs_time_stamp_dates_its_entry_on_the_day_of_the_article() -> None:
    claims = claims_of("12:10\nMore from the minister. He said 5,937 soldiers had been killed.")
    assert claims[5_937].as_of == PUBLISHED.isoformat()


def test_a_since_date_starts_only_its_own_figures_period() -> None:
    claims = claims_of(
        "The General Staff reported 253,290 Russian losses in 2023 alone, and on Tuesday put "
        "the total since February 2022 at 1,110,560. Since January 1, its tally has reached "
        "382,120, more than in the whole of 2022 and 2023 combined."
    )
    assert (claims[253_290].as_of, claims[253_290].period_start) == ("2023", "2023")
    assert claims[1_110_560].scope is Scope.CUMULATIVE
    assert claims[382_120].period_start == "2025-01-01"
    assert claims[382_120].as_of != "2022"  # the year compared with does not date it


def test_an_opening_date_before_the_source_speaks_dates_the_statement() -> None:
    claims = claims_of(
        "In February, UK Defence Intelligence said Russia had likely suffered 175,000 "
        "casualties. In March, Russia lost 30,000 troops, the General Staff said."
    )
    assert claims[175_000].scope is Scope.CUMULATIVE and claims[175_000].as_of == "2025-02"
    assert claims[30_000].scope is Scope.PERIOD


def test_a_count_put_at_or_passing_a_mark_is_a_total_to_date() -> None:
    claims = claims_of(
        "Over the past day Russia lost 1,200 troops, the General Staff said. It put Russian "
        "tank losses at 2,227, 4,748 armoured combat vehicles and 1,340 artillery systems. "
        "Kyiv's General Staff says Russian losses have passed 55,000."
    )
    assert claims[1_200].scope is Scope.DAILY
    for value in (2_227, 4_748, 1_340, 55_000):
        assert claims[value].scope is Scope.CUMULATIVE, value


def test_a_day_earlier_dates_a_figure_the_day_before_but_the_previous_day_is_a_window() -> None:
    claims = claims_of(
        "A day earlier, the General Staff had put Russia's troop losses at 999,200. "
        "Ukrainian forces had destroyed 36 Russian drones over the previous day."
    )
    assert claims[999_200].as_of == "2025-07-09"
    assert claims[36].as_of == PUBLISHED.isoformat()


def test_a_report_named_again_keeps_its_scope_and_a_per_day_cue_stays_with_its_average() -> None:
    claims = claims_of(
        "Over the past day Russia lost 1,230 troops, the General Staff said. It said 17 Russian "
        "tanks had also been destroyed over the same period.\n\n"
        "In June, according to the General Staff, Russia lost 32,680 soldiers killed and "
        "wounded, an average of 1,089 per day.\n\n"
        "UK Defence Intelligence said Russia had lost at least 1,400 main battle tanks over the "
        "course of the year."
    )
    assert claims[17].scope is Scope.DAILY
    assert (claims[32_680].scope, claims[1_089].scope) == (Scope.PERIOD, Scope.DAILY_AVERAGE)
    assert claims[1_400].scope is Scope.PERIOD


def test_a_month_compared_with_dates_the_figure_after_it_and_lends_no_year_backwards() -> None:
    claims = claims_of(
        "In June, Russia lost 32,680 soldiers, the General Staff said. This is lower than in "
        "May, when the enemy's losses amounted to 35,370 people.\n\n"
        "The daily average rose to 1,600 in December, surpassing November's average of 1,523 "
        "a day, the UK said, the highest since 2022."
    )
    assert claims[35_370].as_of == "2025-05"
    assert claims[1_523].as_of == "2024-11"


def test_the_year_refers_back_to_the_year_last_named() -> None:
    claims = claims_of(
        "In 2024, Russia lost 430,320 troops, the General Staff said. It also lost at least "
        "1,400 main battle tanks over the course of the year."
    )
    assert claims[1_400].as_of == "2024" and claims[1_400].scope is Scope.PERIOD


def test_a_one_day_record_is_a_days_figure() -> None:
    claims = claims_of("The previous one-day record of 2,030 troops lost was set on November 29.")
    assert claims[2_030].scope is Scope.DAILY


def test_a_days_report_goes_on_after_its_running_total() -> None:
    claims = claims_of(
        "The General Staff said Russia had lost 910 soldiers over the past 24 hours, bringing "
        "its total losses to 425,890. Ukrainian forces also destroyed eight tanks and 23 "
        "artillery systems, it said."
    )
    assert claims[425_890].scope is Scope.CUMULATIVE
    assert claims[8].scope is Scope.DAILY and claims[23].scope is Scope.DAILY


def test_the_next_morning_is_the_day_after_the_one_named_before() -> None:
    claims = claims_of(
        "Ukrainian missiles hit the shipyard on 13 September 2023. The next morning the General "
        "Staff's count of Russian warships and boats destroyed rose to 20."
    )
    assert claims[20].as_of == "2023-09-14"


def test_a_period_since_a_date_runs_to_the_article_and_prisoners_taken_are_captured() -> None:
    claims = claims_of(
        "Units of the Southern Defence Forces have taken 64 Russian servicemen prisoner since "
        "January 1, the spokesman said."
    )
    captured = claims[64]
    assert captured.categories == [Category.CAPTURED]
    assert captured.scope is Scope.PERIOD
    assert (captured.period_start, captured.as_of) == ("2025-01-01", PUBLISHED.isoformat())


def test_a_date_followed_by_when_a_source_spoke_dates_the_statement() -> None:
    claim = claims_of(
        "Kyiv rarely gives its own toll. The last exception came in December, when Mykhailo "
        "Podolyak, an adviser to the president, said 13,000 Ukrainian soldiers had been killed."
    )[13_000]
    assert claim.scope is Scope.CUMULATIVE
    assert claim.period_start is None


def test_the_day_of_a_figure_compared_with_does_not_date_the_report() -> None:
    claims = claims_of(
        "The General Staff put Russian losses over the past day at 920, fewer than the 1,140 "
        "it reported on Tuesday. The total now stands at 1,352,070."
    )
    assert claims[920].as_of == "2025-07-10"
    assert claims[1_352_070].as_of == "2025-07-10"


def test_a_counts_as_of_day_dates_its_later_breakdown() -> None:
    text = (
        "As of July 8, 2025, Kordon's journalists have established the names of 82,217 "
        "Russian soldiers who were killed in the war.\n\n"
        "Volunteers who signed up after February 2022 are now the largest group on our list."
        "\n\nAmong the dead are 4,140 officers, including six generals."
    )
    article = Article(text=text, published=PUBLISHED, outlet="Kordon")
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[82_217].as_of == "2025-07-08"
    assert claims[4_140].as_of == "2025-07-08"


def test_another_of_what_a_total_counts_is_the_loss_since_the_total() -> None:
    claims = claims_of(
        "In March 2023 the minister said 6,100 soldiers had been killed since the war began. "
        "The ministry has since published figures twice, confirming the loss of another 170 "
        "troops."
    )
    assert claims[170].scope is Scope.PERIOD
    assert claims[170].period_start == "2023-03"
    part = claims_of("The minister said 6,100 soldiers had been killed since the war began. "
                     "Another 1,020 of the dead were reservists.")
    assert part[1_020].scope is Scope.CUMULATIVE


def test_a_repeat_dated_days_before_the_report_dates_the_figure_once() -> None:
    for text in (
        "The commander said Russian forces have suffered over 350,000 casualties since "
        "the start of 2025.\n\nThe commander stated on Tuesday that Russian forces have "
        "suffered over 350,000 casualties since January 1, 2025.",
        "The commander stated on Tuesday that Russian forces have suffered over 350,000 "
        "casualties since January 1, 2025.\n\nThe commander said Russian forces have "
        "suffered over 350,000 casualties this year.",
    ):
        article = Article(text=text, published=PUBLISHED)
        claims = [c for c in extract_article(article, create_backend("rules")).claims
                  if c.value == 350_000]  # fmt: skip
        assert [c.as_of for c in claims] == ["2025-07-08"]


def test_that_day_is_the_day_named_before() -> None:
    claims = claims_of(
        "Russia lost 1,230 troops over the past day, the General Staff said.\n\n"
        "By 22:00 on 7 July, 134 combat clashes had taken place along the front.\n\n"
        "The Siversk front remained the most active. According to preliminary "
        "data, 189 occupiers were neutralised on this front that day."
    )
    assert claims[189].as_of == "2025-07-07"


def test_a_periodic_reports_release_day_does_not_date_its_later_breakdowns() -> None:
    claims = claims_of(
        "Civilian casualties in Ukraine in June were the highest this year, the UN Human "
        "Rights Monitoring Mission in Ukraine (HRMMU) said in its monthly update, released "
        "on Tuesday. In June, the mission recorded 232 civilians killed.\n\n"
        "In the Donetsk region, the mission recorded 87 civilians killed."
    )
    assert claims[87].as_of == "2025-06"


def test_the_kursk_incursions_start_is_known_in_an_article_on_it() -> None:
    claims = claims_of(
        "Fighting went on in Russia's Kursk region. Ukraine's commander said 870 Russian "
        "soldiers had been captured in the region since the incursion began."
    )
    assert claims[870].scope is Scope.PERIOD
    assert claims[870].period_start == "2024-08-06"
    elsewhere = claims_of(
        "Belgorod officials said 14 soldiers had been captured since the incursion began."
    )
    assert elsewhere[14].period_start != "2024-08-06"  # no Kursk named: another incursion


def test_the_month_of_a_figure_compared_with_is_not_the_month_talked_of() -> None:
    claims = claims_of(
        "The ministry said Russian losses averaged 1,262 a day in May. That was up from an "
        "average of 899 a day in April, it said.\n\n"
        "Over the month as a whole, Russia had likely lost more than 39,000 troops, the "
        "update said."
    )
    assert claims[39_000].as_of == "2025-05"
    assert claims[899].as_of == "2025-04"


def test_hostilities_in_the_kursk_region_started_with_the_incursion() -> None:
    claims = claims_of(
        "Ukraine's losses in the Kursk region since the start of hostilities exceeded 40,000 "
        "servicemen, Gerasimov said. Russia has lost 600,000 troops since the start of "
        "hostilities, Kyiv says."
    )
    assert (claims[40_000].scope, claims[40_000].period_start) == (Scope.PERIOD, "2024-08-06")
    assert claims[600_000].scope is Scope.CUMULATIVE  # the war's hostilities


def test_a_where_clause_dates_its_place_not_the_figure() -> None:
    claims = claims_of(
        "In the Kursk region, where Ukrainian troops have held a pocket of Russian territory "
        "since August, the enemy had lost up to 320 servicemen and two tanks in a day, "
        "according to the briefing."
    )
    assert claims[320].scope is Scope.DAILY
    assert claims[320].period_start is None


def test_the_last_week_runs_to_the_day_of_the_article_not_the_calendar_week_before() -> None:
    article = Article(
        text="Russian forces had lost at least 36 tanks in the area in the last week, ISW said. "
        "Last week they had lost 20 artillery systems, it said.",
        published=date(2024, 9, 11),  # a Wednesday
    )
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert (claims[36].scope, claims[36].as_of) == (Scope.PERIOD, "2024-09-11")
    # Monday 2 to Sunday 8 September, to the day
    assert (claims[20].period_start, claims[20].as_of) == ("2024-09-02", "2024-09-08")


def test_the_day_of_an_attack_a_toll_comes_from_is_no_start_of_a_period() -> None:
    for text in (
        "Kyiv Mayor Vitali Klitschko said the death toll from Monday's missile attack on the "
        "capital had risen to 33.",
        "Kyiv Mayor Vitali Klitschko said the death toll from the missile attack on Monday had "
        "risen to 33.",
    ):
        article = Article(text=text, published=date(2024, 9, 10))  # a Tuesday
        [claim] = extract_article(article, create_backend("rules")).claims
        assert (claim.as_of, claim.period_start) == ("2024-09-09", None), text


def test_a_month_takes_a_later_year_only_in_its_own_clause() -> None:
    claims = claims_of(
        "Russian casualties averaged 1,180 per day in June, down from a record 1,530 per day "
        "in December 2024, the UK said. By Kyiv's count, Russia lost 49,150 troops in "
        "December and 430,320 over the whole of 2024."
    )
    assert claims[1_180].as_of == "2025-06"
    assert claims[1_530].as_of == "2024-12"  # "a record 1,530": the figure compared
    assert claims[1_530].scope is Scope.DAILY_AVERAGE
    assert claims[49_150].as_of == "2024-12"


def test_a_toll_that_could_be_a_number_is_a_toll() -> None:
    claims = claims_of(
        "Mediazona has confirmed 130,000 names, while a statistical model suggests the true "
        "toll could be around 220,000."
    )
    assert claims[220_000].categories == [Category.KILLED]


def test_a_quarter_or_half_of_a_year_is_a_period_from_its_first_month_to_its_last() -> None:
    claims = claims_of(
        "In the first quarter of 2025, Russia lost at least 9,000 soldiers killed, Mediazona "
        "said. In the second half of 2024, 12,000 Russian soldiers were killed, it said. In "
        "the first half of this year, 15,500 were killed."
    )
    assert (claims[9_000].scope, claims[9_000].period_start, claims[9_000].as_of) == (
        Scope.PERIOD, "2025-01", "2025-03")  # fmt: skip
    assert (claims[12_000].period_start, claims[12_000].as_of) == ("2024-07", "2024-12")
    assert (claims[15_500].period_start, claims[15_500].as_of) == ("2025-01", "2025-06")


def test_a_part_of_a_year_still_running_ends_so_far_in_the_month_of_the_article() -> None:
    (found,) = find_dates("In the second half of this year, 900 were killed.", PUBLISHED)
    assert (period_start_of(found), found.value) == ("2025-07", "2025-07")


def test_a_record_since_a_season_is_no_start_of_the_months_figures() -> None:
    claims = claims_of(
        "At least 230 civilians were killed in Ukraine in June, monitors said on Tuesday, making "
        "it one of the deadliest months for civilians since the autumn of 2022."
    )
    assert (claims[230].as_of, claims[230].period_start) == ("2025-06", "2025-06")


def test_the_month_of_a_report_a_source_spoke_in_is_no_period_of_its_figures() -> None:
    claims = claims_of(
        "The UN human rights office said in a report last month that it had documented the "
        "killing of 79 Ukrainian prisoners of war."
    )
    assert claims[79].scope is not Scope.PERIOD
    assert (claims[79].as_of, claims[79].period_start) == ("2025-06", None)


def test_the_month_before_is_the_month_before_the_one_named() -> None:
    claims = claims_of(
        "Ukraine reported destroying 93 Russian tanks in January, against 121 the month before."
    )
    assert (claims[93].as_of, claims[121].as_of) == ("2025-01", "2024-12")
    assert claims[121].period_start == "2024-12"
    # with no month named before it, "the previous month" has no date of its own
    assert [d.value for d in find_dates("It lost 40 the previous month.", PUBLISHED)] == [None]


def test_a_toll_in_the_perfect_of_the_night_attack_is_that_days_not_the_wars() -> None:
    claims = claims_of(
        "Morning summary from the city administration. As of 07:00, 9 people have been killed "
        "in Kyiv and 70 injured as a result of the night attack."
    )
    for value in (9, 70):
        assert claims[value].scope is Scope.DAILY, value
        assert claims[value].as_of == PUBLISHED.isoformat()
    # (the colon of a time opens no clause: the evidence keeps "As of 07:00")
    assert claims[9].evidence.startswith("As of 07:00, 9 people")


def test_the_nights_downings_are_that_days() -> None:
    claims = claims_of(
        "NIGHT'S TOTALS\n\n"
        "Ukraine's Air Force said Russia had launched 431 drones and decoys and 40 missiles at "
        "the country overnight, including 32 Kh-101 cruise missiles. Air defences shot down "
        "394 drones and 27 of the cruise missiles, it said.\n\n"
        "Its units had downed more than 390 drones during the night, the Air Force added. "
        "Romanian fighter jets shot down two Russian drones that strayed into the country's "
        "airspace overnight during one of the largest aerial attacks of the war."
    )
    assert 32 not in claims  # a part of what was launched
    for value in (394, 27, 390, 2):
        assert claims[value].scope is Scope.DAILY, value


def test_a_period_whose_days_resolve_to_end_before_they_start_frames_nothing() -> None:
    # Published in July, "January 1 to December 30" without a year resolves to a start
    # after its end: it frames no period, and the figure after it is still read.
    claims = claims_of(
        "Notes: the figures cover January 1 to December 30; the calculation is ours.\n\n"
        "Russian forces lost 1,340 troops, the General Staff said."
    )
    assert claims[1_340].categories == [Category.CASUALTIES]


def test_an_aside_about_the_place_or_the_source_dates_no_figure() -> None:
    claims = claims_of(
        "In Russia's Kursk region, where Ukrainian troops crossed the border on Aug. 6, "
        "Ukraine lost more than 2,650 servicemen over the past week, the ministry said. The "
        "ministry, which has published such summaries every week since early 2023, said 3,410 "
        "Ukrainian troops were lost near Pokrovsk over the past week."
    )
    for value in (2_650, 3_410):
        # (not the border crossing's day, nor the year the summaries began)
        assert claims[value].as_of not in ("2024-08-06", "2023"), value
        assert claims[value].period_start not in ("2024-08-06", "2023"), value


def test_a_statement_date_after_an_opening_adverb_or_after_the_one_told() -> None:
    claims = claims_of(
        "In March 2022 the ministry said 1,351 servicemen had been killed. Then, in September "
        "2022, Sergei Shoigu said 5,937 had died.\n\n"
        "A senior European intelligence official told the Courier in May that Ukraine's "
        "military dead numbered about 100,000."
    )
    assert (claims[5_937].as_of, claims[5_937].scope) == ("2022-09", Scope.CUMULATIVE)
    assert claims[5_937].period_start is None
    assert claims[100_000].as_of == "2025-05"
    assert claims[100_000].period_start is None  # May is when it was said, not a period


def test_since_a_month_of_2022_starts_a_period_unless_when_dates_the_figure() -> None:
    claims = claims_of(
        '"We have buried 64 of our men since September 2022," the head of the district '
        "administration told a meeting of veterans in April.\n\n"
        "The ministry has not published a death toll since September 2022, when it said 5,937 "
        "servicemen had been killed."
    )
    assert (claims[64].scope, claims[64].period_start) == (Scope.PERIOD, "2022-09")
    assert claims[5_937].scope is Scope.CUMULATIVE


def test_a_sentence_of_comparison_dates_only_its_own_figures() -> None:
    claims = claims_of(
        "Between 1 March and 31 May, the UN Human Rights Monitoring Mission in Ukraine verified "
        "that at least 574 civilians were killed. That compared with 543 killed in the previous "
        "three months, from 1 December to 28 February, it said. Among the victims in the latest "
        "period were 41 children killed."
    )
    assert claims[543].as_of == "2025-02-28"
    assert claims[41].as_of == "2025-05-31"


def test_a_weekday_named_with_its_date_is_that_date_and_frames_the_period() -> None:
    claims = claims_of(
        "Shelling killed 11 civilians in the region over the past week, the governor said in "
        "his weekly summary.\n\n"
        "The summary covers the period from Monday, June 30, to Sunday, July 6.\n\n"
        "In the Rylsk district, three people were killed and 12 wounded."
    )  # fmt: skip
    assert (claims[3].scope, claims[3].period_start, claims[3].as_of) == (
        Scope.PERIOD, "2025-06-30", "2025-07-06")


def test_since_a_weekday_named_on_that_weekday_is_the_one_before() -> None:
    article = Article(
        text="KEY POINTS\n- Ukraine claims it shot down four Russian military jets since "
        "Saturday.\n\nUkraine claims it shot down four Russian military jets since Saturday, "
        "including Su-34 fighter-bombers.",
        published=date(2024, 6, 1),  # a Saturday
    )
    [claim] = extract_article(article, create_backend("rules")).claims
    assert (claim.scope, claim.period_start) == (Scope.PERIOD, "2024-05-25")


def test_a_campaigns_later_figures_keep_its_start_when_dated_by_its_statement() -> None:
    claims = claims_of(
        "The SBU said on Tuesday that its drones had destroyed 14 Russian military aircraft in "
        "Crimea since the beginning of March.\n\n"
        "According to the SBU, the aircraft hit since March 1 included four Su-24 bombers. "
        "Six of the aircraft were struck at Saky airfield alone, it said. The agency also "
        "claimed at least five helicopters.\n\n"
        "In all, the SBU counted 23 air defence systems destroyed over the period."
    )  # fmt: skip
    for value in (6, 5, 23):
        assert (claims[value].as_of, claims[value].period_start) == ("2025-07-08", "2025-03-01")


def test_a_weeks_figures_take_no_start_from_the_campaign_told_before() -> None:
    claims = claims_of(
        "The ministry said on Saturday that since the start of the operation on 6 August the "
        "enemy had lost more than 41,000 servicemen.\n\n"
        "In other sectors, the enemy lost up to 3,550 servicemen over the week, the ministry said."
    )  # fmt: skip
    assert claims[3_550].period_start is None


def test_a_day_by_day_account_dates_each_section_by_its_heading() -> None:
    claims = claims_of(
        "Shelling went on all week, the governor said in his address on Sunday.\n\n"
        "MONDAY, JUNE 30\n\n"
        "In the morning a drone struck a car near the border. One man was killed and two were "
        "injured, the governor wrote.\n\n"
        "TUESDAY, JULY 1\n\n"
        "Three villages came under rocket fire. Five people were injured, the governor said.\n\n"
        "Wednesday, 2 July\n\n"
        "A shell hit a school yard, killing three residents and injuring eight others."
    )  # fmt: skip
    assert {v: claims[v].as_of for v in (1, 2, 5, 3, 8)} == {
        1: "2025-06-30", 2: "2025-06-30", 5: "2025-07-01", 3: "2025-07-02", 8: "2025-07-02"}


def test_a_dated_heading_on_its_own_line_dates_the_posts_under_it_until_the_next_heading() -> None:
    claims = claims_of(
        "The brigade posts daily; its weekly round-up came out on Monday.\n\n"
        "TUESDAY, JULY 1\n"
        "\"Over the day the enemy lost 36 personnel, 12 of them killed.\"\n\n"
        "WEDNESDAY, JULY 2\n"
        "\"The occupiers' losses for the day: 43 personnel.\"\n\n"
        "THE ROUND-UP\n"
        "Over the week, the brigade said, Russian forces lost 287 personnel."
    )  # fmt: skip
    assert {v: claims[v].as_of for v in (36, 12, 43)} == {
        36: "2025-07-01", 12: "2025-07-01", 43: "2025-07-02"}
    assert claims[287].as_of != "2025-07-02"  # the heading's day ended with its section


def test_a_monthly_summarys_breakdowns_keep_its_month_not_its_statement_day() -> None:
    claims = claims_of(
        "Shelling killed 29 civilians and injured 318 in the region in June, the regional police "
        "department said on Tuesday in its monthly summary.\n\n"
        "Among the dead were three children, and 17 of the injured were minors, the police said."
    )  # fmt: skip
    for value in (3, 17):
        assert (claims[value].claimant, claims[value].as_of, claims[value].period_start) == (
            "regional police department", "2025-06", "2025-06")


def test_between_two_days_of_a_month_ends_on_the_second() -> None:
    claims = claims_of(
        "The special forces said their units killed 50 Russian soldiers and wounded 47 between "
        "June 20 and 22 near the village."
    )  # fmt: skip
    assert 22 not in claims  # a day, not a count
    assert (claims[47].as_of, claims[47].period_start) == ("2025-06-22", "2025-06-20")


def test_a_heading_that_names_the_weeks_days_dates_the_results_below_it() -> None:
    claims = claims_of(
        "Results of the week in the Sumy and Kharkiv border sectors (June 23-29)\n\n"
        "Over the past week, border guards killed 87 Russian servicemen and wounded 131, the "
        "service reports.\n"
    )
    for value in (87, 131):
        assert claims[value].period_start == "2025-06-23"
        assert claims[value].as_of == "2025-06-29"


def test_a_same_month_range_of_days_runs_from_the_first_to_the_last() -> None:
    mentions = find_dates("Results of the week (June 23-29)", PUBLISHED)
    assert [(m.value, m.role) for m in mentions] == [
        ("2025-06-23", DateRole.SINCE), ("2025-06-29", DateRole.UNTIL)
    ]
    night = find_dates("overnight on June 23-24", PUBLISHED)
    assert [(m.value, m.role) for m in night] == [("2025-06-24", DateRole.POINT)]


def test_now_under_a_dated_heading_is_the_headings_day() -> None:
    claims = claims_of(
        "SATURDAY, 5 JULY\n\n"
        "10:15 Sadly, the regional governor says the toll is now 6 killed and 23 injured.\n\n"
        "THURSDAY, 10 JULY\n\n"
        "Two people were injured in shelling today, the governor said."
    )
    assert claims[6].as_of == claims[23].as_of == "2025-07-05"
    assert claims[2].as_of == PUBLISHED.isoformat()


def test_a_week_from_one_day_to_another_of_its_month_ends_on_the_second() -> None:
    claims = claims_of(
        "According to the ministry, in the week from June 28 to July 4 Ukrainian losses came to "
        "up to 6,170 servicemen. In the week from July 5 to 9, the ministry said, losses "
        "amounted to up to 4,210 servicemen."
    )
    assert (claims[6_170].as_of, claims[6_170].period_start) == ("2025-07-04", "2025-06-28")
    assert (claims[4_210].as_of, claims[4_210].period_start) == ("2025-07-09", "2025-07-05")


def test_a_week_framed_before_its_figures_dates_them_not_its_statement() -> None:
    claims = claims_of(
        '"From June 28 to July 4, units continued the operation," the ministry said in its '
        'weekly summary. "The enemy lost up to 1,610 servicemen," it said.'
    )
    assert (claims[1_610].as_of, claims[1_610].period_start) == ("2025-07-04", "2025-06-28")
    claims = claims_of(
        '"From July 2 to 8, units continued the operation," the ministry said in its weekly '
        'summary. "The enemy lost up to 1,620 servicemen," it said.'
    )
    assert (claims[1_620].as_of, claims[1_620].period_start) == ("2025-07-08", "2025-07-02")


def test_days_to_come_this_year_are_no_range_of_last_year() -> None:
    claims = claims_of(
        '"The enemy lost up to 238 servicemen and seven tanks," the ministry said, calling the '
        "raids an attempt to disrupt the vote Russia holds from July 15 to 17."
    )
    assert claims[238].as_of != "2024-07-17"


def test_that_night_is_the_night_last_named() -> None:
    claims = claims_of(
        "Kyiv said drones struck an air base on Monday, July 7, destroying two bombers. "
        "Russia's Defence Ministry denied any loss, saying air defences had destroyed 39 "
        "Ukrainian drones that night."
    )
    assert (claims[39].scope, claims[39].as_of) == (Scope.DAILY, "2025-07-07")


def test_the_day_a_source_last_spoke_is_no_start_of_a_count() -> None:
    claims = claims_of(
        "Russia's defence ministry has published no count of its war dead since September "
        "2022, when Sergei Shoigu said that 5,937 servicemen had been killed.\n\n"
        "Since October 10, when the enemy began its offensive, it has lost more than 125 tanks, "
        "the brigade said."
    )
    assert (claims[5_937].as_of, claims[5_937].period_start) == ("2022-09", None)
    assert claims[125].period_start == "2024-10-10"  # (a start, when nothing is denied)


def test_the_date_of_a_report_compared_with_is_not_the_figures() -> None:
    claims = claims_of(
        "By the General Staff's count Russia has lost 11,129 tanks. Five of those tanks were "
        "added in the latest report, and the staff's tallies show many more than in its report "
        "of July 1."
    )
    assert claims[5].as_of == PUBLISHED.isoformat()


def test_the_part_in_care_of_a_strikes_wounded_is_of_the_strikes_day() -> None:
    claims = claims_of(
        "\"Our hospital received 41 people wounded in yesterday's strike,\" chief doctor Andrii "
        "Levchenko said on Thursday.\n\n"
        "Of those brought in, 12 were in a serious condition, he said."
    )
    assert claims[41].as_of == claims[12].as_of == "2025-07-09"


def test_a_posts_time_under_a_days_heading_keeps_that_day() -> None:
    claims = claims_of(
        "MONDAY, 7 JULY\n\n07:42\nOvernight the occupiers attacked the city with drones.\n\n"
        "19:30\nResults of the day. Two residents were killed today in the Zavodskyi district."
    )
    assert claims[2].as_of == "2025-07-07"


def test_a_day_named_for_a_figure_compared_with_does_not_date_the_days_report() -> None:
    article = Article(text=(
        "Ukraine's General Staff says Russia lost 1,050 troops over the past 24 hours, a little "
        "below Tuesday's figure of 1,180.\n\nYesterday's summary was no different: the ministry "
        "reported that over the past 24 hours the enemy had lost up to 925 troops."
    ), published=date(2025, 4, 16))  # a Wednesday
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[1_050].as_of == "2025-04-16"
    assert claims[925].as_of == "2025-04-15"  # the summary's own day


def test_the_weekend_of_a_named_date_is_that_date() -> None:
    found = find_dates("over the weekend of December 14-15 at least 30 soldiers were killed",
                       date(2025, 1, 14))
    assert [(d.value, d.kind) for d in found] == [("2024-12-15", "mdy")]


def test_an_aside_naming_a_later_month_opens_no_period() -> None:
    claims = claims_of(
        "Putin said his troops had taken 189 settlements since January and that Ukrainian units "
        "in the Kursk region, where Kyiv launched an incursion in March, were suffering heavy "
        "losses. Across the front, the ministry said, Ukraine had lost up to 1,650 troops over "
        "the previous 24 hours."
    )
    assert (claims[1_650].scope, claims[1_650].as_of) == (Scope.DAILY, "2025-07-10")

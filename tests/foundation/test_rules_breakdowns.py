"""How the rules backend reads an open-source count posted as a thread: counts broken
down by model, post numbers, a framing date range and a stated minimum. Each text is
written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Qualifier, Scope, Subject

THREAD = (
    "🧵 September near Kupiansk: what I could geolocate. 1/6\n\n"
    "2/6 Method: I count losses seen on video, 1 Sep to 30 Sep, within 20 km of the town. "
    "Every number below is a minimum.\n\n"
    "3/6 Tanks: 24.\nT-72B3 – 14\nT-80BVM – 7\nT-90M – 3\n\n"
    "4/6 Artillery: 12 towed guns, plus 4 MLRS (BM-21 Grad – 3, TOS-1A – 1).\n\n"
    "5/6 Ukrainian side, same method: 30 items. Incl. 5 tanks (2 Leopard 2A4, 3 T-64BV).\n\n"
    "6/6 For comparison, the General Staff's daily reports for September add up to 91 tanks."
)


def claims_of(text: str) -> list[Claim]:
    article = Article(text=text, published=date(2025, 10, 3), outlet="@example_geoint",
                      title="Thread: geolocated equipment losses near Kupiansk")
    return list(extract_article(article, create_backend("rules")).claims)


def claims_by_value(text: str, published: date) -> dict[int, Claim]:
    article = Article(text=text, published=published)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_model_lines_under_a_count_are_its_parts_with_the_model_as_subgroup() -> None:
    tanks = {c.value: c for c in claims_of(THREAD) if c.categories == [Category.TANKS]
             and c.subject is Subject.RUSSIA}  # fmt: skip
    assert {v: tanks[v].subgroup for v in (14, 7, 3)} == {
        14: "T-72B3", 7: "T-80BVM", 3: "T-90M"}
    assert tanks[14].evidence == "T-72B3 – 14"
    assert tanks[24].subgroup is None


def test_models_in_an_aside_are_parts_of_the_count_before_it() -> None:
    claims = claims_of(THREAD)
    mlrs = {c.value: c.subgroup for c in claims if c.categories == [Category.MLRS]}
    assert mlrs == {4: None, 3: "BM-21 Grad", 1: "TOS-1A"}
    ukrainian = {c.value: c.subgroup for c in claims if c.subject is Subject.UKRAINE}
    assert ukrainian == {5: None, 2: "Leopard 2A4", 3: "T-64BV"}


def test_post_numbers_are_not_counts() -> None:
    values = [c.value for c in claims_of(THREAD)]
    assert 6 not in values


def test_a_date_range_frames_the_counts_and_a_stated_minimum_bounds_them() -> None:
    tanks = next(c for c in claims_of(THREAD) if c.value == 24)
    assert (tanks.scope, tanks.period_start, tanks.as_of) == (
        Scope.PERIOD, "2025-09-01", "2025-09-30")
    assert tanks.qualifier is Qualifier.AT_LEAST


def test_an_official_after_another_sources_count_of_its_side_counts_the_enemy() -> None:
    general_staff = next(c for c in claims_of(THREAD) if c.value == 91)
    assert general_staff.subject is Subject.RUSSIA


def test_a_list_of_places_each_with_its_count_gives_each_place_its_share() -> None:
    claims = {c.value: c for c in claims_of(
        "The ministry said Ukraine lost up to 400 servicemen near Lyman, up to 250 around "
        "Siversk and up to 80 along the Oskil River.\n\n"
        "Outside Robotyne, she said, her drones killed 120 Russian soldiers in May; near "
        "Verbove, 75; and in the woods south of Tokmak, 40."
    )}  # fmt: skip
    assert {v: claims[v].subgroup for v in (400, 250, 80)} == {
        400: "Lyman", 250: "Siversk", 80: "the Oskil River"}
    assert claims[250].qualifier is Qualifier.AT_MOST
    assert claims[250].categories == [Category.CASUALTIES]
    assert {v: claims[v].subgroup for v in (120, 75, 40)} == {
        120: "Robotyne", 75: "Verbove", 40: "the woods south of Tokmak"}
    assert claims[75].categories == [Category.KILLED]
    assert claims[75].scope is claims[120].scope is Scope.PERIOD


def test_a_time_after_a_bare_number_is_no_place() -> None:
    claims = {c.value: c for c in claims_of(
        "Russia lost 1,200 troops in the past day, 40 in March and 7 in 2023, it said."
    )}  # fmt: skip
    # (items of a list by time: each dated by its own, none a place)
    assert {v: (claims[v].subgroup, claims[v].as_of) for v in (40, 7)} == {
        40: (None, "2025-03"), 7: (None, "2023")}


def test_a_ranking_of_regions_gives_each_region_its_total() -> None:
    for text, lead, rest in (
        ("The project has confirmed 90,000 Russian soldiers killed since February 2022. Dagestan "
         "leads the list with 2,950 confirmed dead, followed by the Perm region with 2,410 and "
         "Chuvashia with 1,905.", (2_950, "Dagestan"),
         {2_410: "Perm region", 1_905: "Chuvashia"}),
        ("The project has confirmed 90,000 Russian soldiers killed since February 2022. Dagestan "
         "is again first among the regions, with 2,950 confirmed deaths, ahead of Chuvashia "
         "(1,905) and the Perm region (1,800).", (2_950, "Dagestan"),
         {1_905: "Chuvashia", 1_800: "Perm region"}),
    ):
        claims = {c.value: c for c in claims_of(text)}
        assert {v: claims[v].subgroup for v in (lead[0], *rest)} == {lead[0]: lead[1], **rest}
        assert {claims[v].categories[0] for v in rest} == {Category.KILLED}
        assert {claims[v].subject for v in (lead[0], *rest)} == {Subject.RUSSIA}
        assert {claims[v].scope for v in (lead[0], *rest)} == {Scope.CUMULATIVE}


def test_a_ranking_led_by_the_place_with_the_most_gives_each_place_its_count() -> None:
    for text, lead, rest, category in (
        # the leader's count after a comma, of the noun it names
        ("The project has confirmed 21,000 Russian soldiers killed. Dagestan accounts for the "
         "most deaths, 1,210, followed by Buryatia with 980, Tuva with 770 and the Perm region "
         "with 655.", (1_210, "Dagestan"), {980: "Buryatia", 770: "Tuva", 655: "Perm region"},
         Category.KILLED),
        # of the figure before it, when it names none
        ("The ministry said 180 medics had been killed. Of the 180, Sumy region accounted for "
         "the most, 41, followed by Kherson region with 33.", (41, "Sumy region"),
         {33: "Kherson region"}, Category.KILLED),
        # the leader counted with a noun of its own, then the places after it
        ("The mission said Zaporizhzhia region again recorded the most deaths, with 88 "
         "civilians killed, followed by Kherson region with 61.", (88, "Zaporizhzhia region"),
         {61: "Kherson region"}, Category.KILLED),
        # the last of the leader's counts ("with 2,020 arrivals and 940 eliminated")
        ("The Russian defence ministry said 4,100 foreign fighters had been eliminated. Romania "
         "topped its list, with 2,020 arrivals and 940 eliminated, followed by Latvia with 310.",
         (940, "Romania"), {310: "Latvia"}, Category.CASUALTIES),
    ):
        claims = {c.value: c for c in claims_of(text)}
        assert {v: claims[v].subgroup for v in (lead[0], *rest)} == {lead[0]: lead[1], **rest}
        assert {claims[v].categories[0] for v in (lead[0], *rest)} == {category}
        # a place ranked is no source: the figures are the named source's
        assert "region" not in claims[lead[0]].claimant


def test_a_ranking_verb_of_the_most_names_no_source() -> None:
    claims = claims_of(
        "The UN mission said 302 civilians were killed in the period. Donetsk region recorded "
        "the most deaths, with 140 civilians killed, followed by Kharkiv region with 71."
    )  # fmt: skip
    assert {c.claimant for c in claims} == {"UN mission"}
    assert {c.value: c.subgroup for c in claims} == {
        302: None, 140: "Donetsk region", 71: "Kharkiv region"}


def test_numbers_in_brackets_after_names_are_no_ranking_without_a_lead() -> None:
    numbers = {c.value for c in claims_of(
        "Russia lost 1,200 troops, the General Staff said, citing Colonel Petrenko (2023) and "
        "Major Ivanenko (1999)."
    )}  # fmt: skip
    assert numbers == {1_200}


def test_at_least_governs_both_numbers_of_a_killed_and_injured_pair() -> None:
    claims = claims_by_value(
        "The UN mission said at least 148 civilians were killed and 807 injured in October, "
        "and 12 more were wounded by shelling a day later.",
        date(2025, 11, 11),
    )
    assert claims[148].qualifier is Qualifier.AT_LEAST
    assert claims[807].qualifier is Qualifier.AT_LEAST
    assert claims[12].qualifier is Qualifier.EXACT


def test_people_in_hospital_or_in_serious_condition_are_wounded() -> None:
    claims = claims_by_value(
        "A Russian missile struck a block of flats in Dnipro on Monday, the governor said. "
        "The number of injured has risen to 64, of whom 38 are in hospital, seven of them in "
        "a serious condition. Eleven people are in hospital in Pavlohrad.",
        date(2025, 6, 2),
    )
    for value, subgroup in ((38, "hospitalised"), (7, "in serious condition"),
                            (11, "hospitalised")):  # fmt: skip
        assert claims[value].categories == [Category.WOUNDED]
        assert claims[value].subgroup == subgroup
        assert claims[value].subject is claims[64].subject


def test_soldiers_hit_by_drones_are_casualties_broken_down_after_a_colon() -> None:
    claims = claims_by_value(
        "In August our crews confirmed 1,146 Russian soldiers hit by our drones: 412 killed "
        "and 734 wounded, the battalion commander said.",
        date(2025, 9, 8),
    )
    assert claims[1_146].categories == [Category.CASUALTIES]
    assert {claims[v].subject for v in (1_146, 412, 734)} == {Subject.RUSSIA}


def test_motorcycles_and_quad_bikes_are_vehicles() -> None:
    claims = claims_by_value(
        "By her count, Russian units facing the brigade lost 54 motorcycles and quad bikes "
        "and 17 artillery systems this month.",
        date(2025, 11, 28),
    )
    assert claims[54].categories == [Category.VEHICLES_AND_FUEL_TANKS]
    assert claims[17].categories == [Category.ARTILLERY_SYSTEMS]


def test_the_previous_record_of_a_count_is_a_figure_of_that_count() -> None:
    claims = claims_by_value(
        "Russia lost 2,200 troops over the past day, Ukraine's General Staff said on "
        "Friday. The previous one-day record of 2,030 was posted on November 29. Yesterday's "
        "tally listed 14 tanks.",
        date(2024, 12, 20),
    )
    assert claims[2_030].categories == [Category.CASUALTIES]
    assert claims[2_030].scope is Scope.DAILY
    assert claims[2_030].as_of == "2024-11-29"


def test_a_narrower_kind_after_a_dash_or_including_is_a_part_named_by_its_kind() -> None:
    claims = claims_by_value(
        "The air force said on Saturday it had shot down three Russian warplanes - two Su-34 "
        "fighter-bombers and a helicopter - over the east. Separately, the SBU said its drones "
        "had hit 41 Russian aircraft, including 12 strategic bombers, and that Kyiv had lost "
        "nine tanks, including three Leopard 1A5s supplied by Germany.",
        date(2025, 6, 28),
    )
    assert claims[2].categories == [Category.AIRCRAFT]
    assert claims[2].subgroup == "Su-34 fighter-bombers"
    assert claims[12].scope is claims[41].scope  # a part shares the scope of its whole
    assert claims[12].subgroup == "strategic bombers"
    assert claims[41].subgroup is None
    assert claims[9].subgroup is None and claims[9].subject is Subject.UKRAINE
    tanks = claims_by_value("Kyiv had lost nine tanks, including three Leopard 1A5s supplied "
                            "by Germany, the ministry said.", date(2025, 6, 28))
    assert {v: c.subgroup for v, c in tanks.items()} == {9: None, 3: "Leopard 1A5"}


def test_a_count_in_brackets_larger_than_the_one_before_is_a_total_not_a_part() -> None:
    claims = claims_by_value(
        "Three multiple-launch rocket systems (1,795 in total) were also destroyed, the General "
        "Staff said.",
        date(2026, 5, 20),
    )
    assert claims[1_795].subgroup is None
    assert claims[3].subgroup is None


def test_kinds_of_aircraft_and_boats_named_by_their_role_or_size_are_counted() -> None:
    claims = claims_by_value(
        "Ukraine said it had destroyed one A-50 airborne early warning and control aircraft. "
        "By the navy's own count, 15 large warships have been destroyed since February 2022. "
        "Russia said its fleet had destroyed five Ukrainian uncrewed boats and two US-made "
        "HIMARS multiple launch rocket systems.",
        date(2024, 3, 28),
    )
    assert claims[1].categories == [Category.AIRCRAFT]
    assert claims[15].categories == [Category.WARSHIPS_BOATS]
    assert claims[15].claimant == "navy"  # "by the navy's own count"
    assert claims[5].categories == [Category.WARSHIPS_BOATS]
    assert claims[2].categories == [Category.MLRS]



def test_a_part_with_a_thousands_comma_in_an_aside_leaves_the_whole_its_fate() -> None:
    claims = claims_by_value(
        "Some 8,000 Ukrainian soldiers, including 1,600 officers, are held in Russian "
        "captivity, the ombudsman said.", date(2025, 10, 3)
    )
    assert claims[8_000].categories == [Category.CAPTURED]
    assert (claims[1_600].categories, claims[1_600].subgroup) == ([Category.CAPTURED], "officers")


def test_a_part_of_those_killed_before_and_a_hedged_death_count() -> None:
    claims = claims_by_value(
        "Mediazona has confirmed the names of 95,323 Russian soldiers killed in the war. "
        "The researchers estimate that between 165,000 and 235,000 Russian men may have "
        "died. Some 17,000 of those killed were prisoners recruited from penal colonies.",
        date(2025, 3, 18),
    )
    assert (claims[17_000].categories, claims[17_000].subgroup) == ([Category.KILLED],
                                                                    "prisoners")  # fmt: skip
    ranges = [c for c in extract_article(Article(
        text="Researchers estimate that between 165,000 and 235,000 Russian men may have died.",
        published=date(2025, 3, 18)), create_backend("rules")).claims]  # fmt: skip
    assert [(c.low, c.high, c.categories) for c in ranges] == [
        (165_000, 235_000, [Category.KILLED])]


def test_the_next_part_of_a_whole_said_in_the_same_sentence_is_a_part_too() -> None:
    claims = {c.value: c for c in claims_of(
        "Mediazona has identified by name 152,142 Russian soldiers killed since the start of "
        "the invasion. More than 12,000 of them were mobilised men, and about 20,100 had been "
        "recruited from prisons."
    )}  # fmt: skip
    assert claims[20_100].categories == [Category.KILLED]
    assert claims[20_100].subgroup == "recruited from prisons"
    assert claims[20_100].qualifier is Qualifier.APPROXIMATELY
    assert claims[20_100].scope is claims[152_142].scope is Scope.CUMULATIVE


def test_a_sentence_opening_on_a_part_of_the_equipment_just_counted_tells_where() -> None:
    claims = {c.value: c for c in claims_of(
        "Russian air defences destroyed 84 Ukrainian drones over Russian regions overnight, the "
        "Russian Defence Ministry said. Thirty-one were downed over Bryansk region and 19 over "
        "Kursk region, the ministry said."
    )}
    assert (claims[31].categories, claims[31].subgroup) == ([Category.UAV], "Bryansk region")
    assert (claims[19].subject, claims[19].subgroup) == (Subject.UKRAINE, "Kursk region")


def test_a_part_named_after_of_them_and_the_fate_after_it() -> None:
    claims = claims_by_value(
        "Governor Vyacheslav Gladkov said 19 residents of the region have been killed and 112 "
        "wounded since the start of May, nine of them children. Some 1,200 residents evacuated "
        "from border villages are housed in Belgorod.\n\n"
        "The strike killed 20 people, six of them children, and injured 80, officials said.",
        date(2024, 5, 16),
    )
    assert claims[19].categories == [Category.KILLED]
    assert claims[19].population is Population.CIVILIAN
    assert (claims[9].categories, claims[9].subgroup) == ([Category.WOUNDED], "children")
    assert claims[9].population is Population.CIVILIAN
    assert 1_200 not in claims  # evacuated, not lost
    assert claims[6].subgroup == "children"
    assert claims[80].subgroup != "children"  # the injured are not the six's kind


def test_a_regions_residents_killed_in_the_operation_served_in_it() -> None:
    claims = claims_by_value(
        "The governor said 1,142 residents of the region had been killed since the start of "
        "the special military operation.",
        date(2025, 3, 4),
    )
    assert claims[1_142].population is Population.MILITARY


def test_a_citys_fallen_their_parts_funerals_and_prisoners_are_its_own_sides() -> None:
    claims = claims_by_value(
        "According to the city council's register, 612 residents have been killed while "
        "serving in the Armed Forces since February 2022, city officials say. Another 147 are "
        "listed as missing and 38 are confirmed to be prisoners of war.\n\n"
        "Of those killed, 431 had been mobilised. Nine were women, most of them medics.\n\n"
        "The city held funerals for 14 soldiers in September.",
        date(2025, 10, 1),
    )
    assert claims[38].categories == [Category.CAPTURED]
    assert (claims[9].categories, claims[9].subgroup) == ([Category.KILLED], "women")
    assert claims[9].population is Population.MILITARY  # (soldiers who were women)
    assert claims[14].categories == [Category.KILLED]
    for value in (612, 147, 38, 431, 9, 14):
        assert claims[value].subject is Subject.UKRAINE, value
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL, value
    claims = claims_by_value("The strike killed 20 people. Six were children.", date(2025, 10, 1))
    assert (claims[6].population, claims[6].subgroup) == (Population.CIVILIAN, "children")


def test_a_models_line_broken_down_by_fate_gives_each_fate_of_that_model() -> None:
    claims = claims_of(
        "The group says it has documented 2,950 Russian tanks lost since February 2022.\n\n"
        "T-80BVM: 91 destroyed, 12 damaged, 17 captured, 9 abandoned\n"
        "BMP-3: 340 destroyed, 41 captured\n"
        "All tanks: 2,950 in total, of which 1,990 destroyed, 150 damaged"
    )  # fmt: skip
    by_value = {c.value: c for c in claims}
    assert {v: by_value[v].subgroup for v in (91, 12, 17, 9, 340, 41, 150)} == {
        91: "T-80BVM, destroyed", 12: "T-80BVM, damaged", 17: "T-80BVM, captured",
        9: "T-80BVM, abandoned", 340: "BMP-3, destroyed", 41: "BMP-3, captured",
        150: "damaged"}  # fmt: skip
    # a tank captured is a tank lost, not a prisoner taken
    assert {by_value[v].categories[0] for v in (91, 12, 17, 9, 150)} == {Category.TANKS}
    assert {by_value[v].categories[0] for v in (340, 41)} == {Category.ARMORED_COMBAT_VEHICLES}
    assert {by_value[v].subject for v in (91, 17, 340)} == {Subject.RUSSIA}


def test_a_rate_worked_out_the_dead_among_a_toll_and_an_editors_note() -> None:
    by_value = {c.value: c for c in claims_of(
        "(Updates death toll to 21 from 15 in paragraph 1)\n\n"
        "The UN mission said at least 520 civilians were killed and at least 2,310 injured "
        "between July 1 and Sept. 30. Among the dead were 39 children.\n\n"
        "The General Staff says Russia lost 98,400 troops in the quarter. That works out to "
        "roughly 1,070 a day."
    )}  # fmt: skip
    assert 21 not in by_value and 15 not in by_value  # what the new version changed
    assert by_value[39].categories == [Category.KILLED]  # of the dead, not the injured
    assert by_value[1_070].scope is Scope.DAILY_AVERAGE
    assert by_value[1_070].categories == by_value[98_400].categories


def test_a_series_by_month_goes_on_counting_what_the_figure_before_it_counted() -> None:
    by_value = {c.value: c for c in claims_of(
        "The General Staff says Russia lost 101,200 troops in the quarter.\n\n"
        "MONTH BY MONTH\n\n"
        "- July: 33,410 troops, or about 1,078 a day.\n"
        "- August: 34,020, about 1,097 a day.\n"
        "- 2023: 31 reports"
    )}  # fmt: skip
    for total, rate in ((33_410, 1_078), (34_020, 1_097)):
        assert by_value[total].categories == by_value[101_200].categories
        assert by_value[total].scope is Scope.PERIOD
        assert by_value[rate].scope is Scope.DAILY_AVERAGE
    assert by_value[34_020].as_of == "2025-08"
    assert 31 not in by_value  # a count of something else


def test_parts_of_the_named_dead_told_by_whom_they_fought_for() -> None:
    by_value = {c.value: c for c in claims_of(
        "The outlet has verified the names of 15,200 convicts killed at the front.\n\n"
        "Of the named dead, 8,310 fought for Wagner and 5,020 served in the Storm-Z units; for "
        "the rest, the unit could not be established."
    )}  # fmt: skip
    assert by_value[8_310].subgroup == "Wagner"
    assert by_value[5_020].subgroup == "Storm-Z units"
    assert by_value[8_310].categories == by_value[5_020].categories == [Category.KILLED]


def test_a_part_of_the_whole_counted_before_told_by_its_fate() -> None:
    article = Article(text=(
        "The agency said 52 Russian aircraft had been hit. It added that at least 17 of the 52 "
        "were destroyed outright.\n\n"
        "A Western official said about 30 Russian aircraft had been hit. He estimated that "
        "between 12 and 15 of them were destroyed beyond repair."
    ), published=date(2025, 6, 3))  # fmt: skip
    claims = list(extract_article(article, create_backend("rules")).claims)
    part = next(c for c in claims if c.value == 17)
    assert (part.categories, part.subgroup) == ([Category.AIRCRAFT], "destroyed")
    assert part.evidence.endswith("17 of the 52 were destroyed")
    assert [c.value for c in claims].count(52) == 1  # the whole, not said again by its part
    ranged = next(c for c in claims if c.low == 12)
    assert (ranged.high, ranged.categories) == (15, [Category.AIRCRAFT])


def test_a_breakdown_by_place_after_a_colon() -> None:
    article = Article(text=(
        "Analysts said they had confirmed at least 13 Russian aircraft destroyed: eight at "
        "Engels and five at Shaykovka."
    ), published=date(2025, 6, 3))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert (claims[8].subgroup, claims[8].categories) == ("Engels", [Category.AIRCRAFT])
    assert (claims[5].subgroup, claims[5].subject) == ("Shaykovka", Subject.RUSSIA)


def test_a_list_by_year_dates_each_item_by_its_own_year() -> None:
    article = Article(text=(
        "By year, the project counted 1,204 deaths in 2022, 2,311 in 2023 and 2,960 in 2024."
    ), published=date(2025, 3, 11))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert {v: (claims[v].categories, claims[v].as_of) for v in (1_204, 2_311, 2_960)} == {
        1_204: ([Category.KILLED], "2022"), 2_311: ([Category.KILLED], "2023"),
        2_960: ([Category.KILLED], "2024")}  # fmt: skip


def test_how_the_dead_came_to_serve_breaks_down_the_count_before() -> None:
    article = Article(text=(
        "We have confirmed the names of 912 men from the republic who were killed in the war.\n\n"
        "Of the 912 men we have identified, 301 volunteered for contract service. Another 244 "
        "were mobilised in the autumn of 2022, 190 were recruited from prison colonies, and 150 "
        "were career soldiers."
    ), published=date(2025, 3, 11))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[301].subgroup == "volunteered for contract service"
    assert claims[244].subgroup == "mobilised"
    assert claims[190].subgroup == "recruited from prison colonies"
    assert claims[150].subgroup is not None
    assert {claims[v].categories[0] for v in (301, 244, 190, 150)} == {Category.KILLED}


def test_places_that_lost_a_count_with_the_verb_said_once() -> None:
    article = Article(text=(
        "The town, home to roughly a third of the region's 337,000 people, has buried many. "
        "Among the rural districts, Kaa-Khemsky has lost 61 men, Ovyursky 48 and Tes-Khemsky 40."
    ), published=date(2025, 3, 11))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert 337_000 not in claims  # the residents, not a loss
    assert [claims[v].subgroup for v in (61, 48, 40)] == ["Kaa-Khemsky", "Ovyursky", "Tes-Khemsky"]


def test_where_the_part_of_a_salvo_before_was_brought_down() -> None:
    article = Article(text=(
        "Russia's defence ministry said air defence units had destroyed 52 Ukrainian drones "
        "overnight. Of those, 19 were brought down over the Voronezh region, 12 over the Bryansk "
        "region and nine over the Kursk region, it said."
    ), published=date(2025, 8, 17))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert {v: claims[v].subgroup for v in (19, 12, 9)} == {
        19: "Voronezh region", 12: "Bryansk region", 9: "Kursk region"}
    assert {claims[v].categories[0] for v in (19, 12, 9)} == {Category.UAV}


def test_them_killed_or_wounded_after_equipment_are_people_not_the_equipment() -> None:
    claims = {c.value: c for c in claims_of(
        "The report put Russian losses at 3,000 tanks and 9,000 artillery systems. It said "
        "North Korean troops had taken heavy losses, estimating that some 4,000 of them had "
        "been killed or wounded by the end of January."
    )}
    assert claims[4_000].categories == [Category.CASUALTIES]
    assert claims[4_000].subject is Subject.RUSSIA


def test_a_part_of_a_whole_told_in_words() -> None:
    claims = claims_by_value(
        "Russian shelling injured nine residents of the district. Three of the nine are "
        "children, the governor said.",
        date(2025, 7, 19),
    )
    assert claims[3].subgroup == "children"
    assert claims[3].categories == [Category.WOUNDED]


def test_a_part_among_the_dead_after_two_tolls_is_of_the_dead() -> None:
    claims = claims_of(
        "The UN mission said it had verified 11,743 civilians killed and 24,614 injured "
        "between February 2022 and 31 August, among the dead more than 600 children."
    )
    children = [c for c in claims if c.value == 600]
    assert [c.categories for c in children] == [[Category.KILLED]]
    assert children[0].subgroup == "children"


def test_a_part_of_those_counted_before_takes_its_own_fate() -> None:
    claims = claims_of(
        "The hospital has treated more than 4,300 civilians wounded since 2022. A total of 137 "
        "of those patients died of their injuries in its wards, the doctor said.\n\n"
        "The UN mission said 1,200 civilians were killed in July. Donetsk Oblast accounted for "
        "131 of those deaths, it said.\n\n"
        "In Kramatorsk a bomb killed two people and injured 11. Three children, aged 4, 9 and "
        "15, were among the injured, the governor said."
    )
    by_value = {c.value: c for c in claims}
    assert by_value[137].categories == [Category.KILLED]
    assert by_value[131].categories == [Category.KILLED]
    assert (by_value[3].categories, by_value[3].subgroup) == ([Category.WOUNDED], "children")
    assert {4, 9, 15}.isdisjoint(by_value)  # ages


def test_none_of_a_salvo_is_no_loss() -> None:
    claims = claims_of(
        "Russia launched 120 drones and nine Iskander-M ballistic missiles. Air defences shot "
        "down 90 drones but none of the nine Iskander-M missiles, the air force said."
    )
    assert [c.value for c in claims] == [90]


def test_a_part_included_in_a_lower_bound_is_one_too() -> None:
    claims = {c.value: c for c in claims_of(
        "The United Nations says at least 13,580 civilians, including 716 children, have been "
        "killed since the invasion."
    )}
    assert claims[13_580].qualifier is Qualifier.AT_LEAST
    assert claims[716].qualifier is Qualifier.AT_LEAST


def test_fates_after_an_opening_on_the_kind_of_equipment() -> None:
    claims = {c.value: c for c in claims_of(
        "Oryx has documented 3,500 Russian tanks lost. Of the tanks, it says, 2,689 were "
        "destroyed outright and 558 were captured."
    )}
    assert (claims[2_689].categories, claims[2_689].subgroup) == ([Category.TANKS], "destroyed")
    assert (claims[558].categories, claims[558].subgroup) == ([Category.TANKS], "captured")


def test_a_fate_named_as_a_noun_after_a_part_is_its_own() -> None:
    claims = {c.value: c for c in claims_of(
        "The UN mission said it had confirmed the deaths of at least 9,511 civilians, 545 of "
        "them children, and the injury of 17,206."
    )}
    assert claims[17_206].categories == [Category.WOUNDED]
    assert claims[17_206].subgroup is None
    assert claims[545].categories == [Category.KILLED]


def test_people_described_by_their_ages_before_their_fate() -> None:
    claims = {c.value: c for c in claims_of(
        "At least 12 people were killed in the strike, the governor said. Two children, an "
        "8-year-old girl and a 14-year-old boy, were among the dead. In the Osnovianskyi "
        "district, one person, a 67-year-old man, was killed and eight people were injured."
    )}
    assert (claims[2].categories, claims[2].subgroup) == ([Category.KILLED], "children")
    assert claims[1].categories == [Category.KILLED]
    assert 8 in claims and 67 not in claims and 14 not in claims


def test_parts_of_a_count_told_by_their_fate_with_no_verb_or_as_the_dead() -> None:
    article = Article(text=(
        "On the 4th of November Russian troops came at the brigade in four waves, and by "
        "evening it had confirmed 71 of them killed and roughly 90 wounded.\n\n"
        "The brigade says it has confirmed 2,340 Russian losses since July. Of those, about "
        "910 are dead."
    ), published=date(2025, 11, 20))
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[71].categories == [Category.KILLED]
    assert claims[910].categories == [Category.KILLED]
    assert claims[910].qualifier is Qualifier.APPROXIMATELY
    assert claims[71].subject is claims[910].subject is Subject.RUSSIA


def test_fates_after_a_colon_break_down_the_equipment_total_before_it() -> None:
    claims = {c.value: c for c in claims_of(
        "Oryx had documented at least 2,668 Russian tanks lost in total: 1,839 destroyed, 147 "
        "damaged, 142 abandoned and 540 captured by Ukrainian troops."
    )}  # fmt: skip
    for value, fate in ((1_839, "destroyed"), (147, "damaged"), (142, "abandoned"),
                        (540, "captured")):  # fmt: skip
        assert claims[value].categories == [Category.TANKS], value
        assert claims[value].subgroup == fate, value
    assert claims[2_668].subgroup is None


def test_a_part_after_injuries_is_of_the_injured() -> None:
    article = Article(text=(
        "The mission said it had verified 14,011 civilian deaths, including 729 children, and "
        "35,746 injuries, among them 2,248 children."
    ), published=date(2025, 9, 10))
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert (claims[729].categories, claims[2_248].categories) == (
        [Category.KILLED], [Category.WOUNDED])


def test_people_among_those_killed_are_a_part_of_the_dead() -> None:
    article = Article(text="Thirteen children were among those killed in August.",
                      published=date(2025, 9, 10))
    (claim,) = extract_article(article, create_backend("rules")).claims
    assert (claim.value, claim.categories, claim.subgroup) == (13, [Category.KILLED], "children")


def test_of_the_kind_some_downed_counts_that_kind() -> None:
    article = Article(text=("Russia launched 45 missiles and 300 drones overnight, the air force "
                            "said. Of the missiles, 29 were downed."), published=date(2026, 7, 2))
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[29].categories == [Category.CRUISE_MISSILES]
    assert 45 not in claims and 300 not in claims  # launched, not lost


def test_mine_casualties_a_fatal_part_and_the_years_before_compared() -> None:
    claims = claims_by_value(
        "The service recorded 61 mine and ordnance casualties in the first three months of "
        "this year, 17 of them fatal, after 214 for the whole of 2024 and 276 in 2023. UNICEF "
        "said at least 169 children had been killed or injured, 41 of them fatally. It "
        "estimates that around 2 million children live in areas where mines are suspected.",
        date(2025, 4, 4),
    )
    assert claims[61].categories == [Category.CASUALTIES]
    assert claims[17].categories == [Category.KILLED]
    # the years compared are of the whole (the casualties), not of its fatal part
    assert (claims[214].categories, claims[214].as_of) == ([Category.CASUALTIES], "2024")
    assert (claims[276].categories, claims[276].as_of) == ([Category.CASUALTIES], "2023")
    assert claims[41].categories == [Category.KILLED]
    assert 2_000_000 not in claims  # where children live is no loss


def test_farmers_killed_by_a_mine_are_civilians() -> None:
    claims = claims_by_value(
        "On Wednesday, two farmers were killed and one was injured when their tractor ran over "
        "an anti-tank mine, Kharkiv regional police said.", date(2025, 4, 4))
    assert (claims[2].population, claims[2].subgroup) == (Population.CIVILIAN, "farmers")
    assert (claims[1].population, claims[1].categories) == (Population.CIVILIAN,
                                                            [Category.WOUNDED])


def test_models_a_count_of_planes_breaks_into() -> None:
    claims = claims_by_value(
        "Ukrainian air defences had shot down 15 Russian planes since the start of the year. "
        "Two of them were A-50 airborne early-warning and control aircraft, 10 were Su-34 "
        "fighter-bombers and three were Su-35 fighters.", date(2024, 3, 1))
    assert {v: claims[v].subgroup for v in (2, 10, 3)} == {2: "A-50", 10: "Su-34", 3: "Su-35"}
    assert all(claims[v].categories == [Category.AIRCRAFT] for v in (2, 10, 3))


def test_the_figure_on_new_years_day() -> None:
    claims = claims_by_value(
        "The General Staff reported three more aircraft destroyed, bringing Russia's losses "
        "since February 2022 to 345 planes. On New Year's Day the figure was 329.",
        date(2024, 3, 1))
    assert (claims[329].categories, claims[329].as_of) == ([Category.AIRCRAFT], "2024-01-01")


def test_a_part_of_a_toll_with_its_own_fate_and_counts_that_near_or_were_put_at() -> None:
    claims = claims_by_value(
        "CSIS put Russian casualties at nearly 1 million, of whom up to 250,000 had been "
        "killed.", date(2025, 9, 18))
    assert claims[1_000_000].categories == [Category.CASUALTIES]
    assert (claims[250_000].categories, claims[250_000].qualifier) == ([Category.KILLED],
                                                                       Qualifier.AT_MOST)
    claims = claims_by_value(
        "The General Staff put Russian losses at 880,000 troops. Kyiv's count is nearing "
        "900,000. Ukraine's General Staff put that figure at 149,890 on March 1.",
        date(2025, 9, 18))
    assert claims[900_000].categories == [Category.CASUALTIES]
    assert (claims[149_890].categories, claims[149_890].as_of) == ([Category.CASUALTIES],
                                                                   "2025-03-01")


def test_a_place_that_accounts_for_part_of_a_toll() -> None:
    claims = claims_by_value(
        "The SES said 1,362 civilians had been killed or injured by mines. Kharkiv region, large "
        "parts of which were occupied, accounts for 412 of the victims, the statement added, "
        "followed by Kherson region with nearly 300. It also lists 201 district residents as "
        "missing.", date(2025, 4, 4))
    assert (claims[412].categories, claims[412].subgroup) == ([Category.CASUALTIES],
                                                              "Kharkiv region")
    assert claims[412].population is Population.CIVILIAN
    assert claims[201].categories == [Category.MISSING]
    assert (claims[300].categories, claims[300].subgroup) == ([Category.CASUALTIES],
                                                              "Kherson region")

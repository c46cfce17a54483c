"""More patterns of real coverage the rules backend reads: people and titles as sources,
strike agents and border regions, partitives, fate breakdowns, running-total lists, the
missing. Each text is written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Qualifier, Subject

PUBLISHED = date(2025, 6, 12)


def claims_of(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    extraction = extract_article(Article(text=text, published=published), create_backend("rules"))
    return list(extraction.claims)


def by_value(claims: list[Claim]) -> dict[int, Claim]:
    return {c.value: c for c in claims if c.value is not None}


def test_a_title_named_before_its_holder_resolves_to_the_person() -> None:
    claims = by_value(claims_of(
        "Russian glide bombs struck the city on Saturday, killing four people and wounding 16, "
        'the regional governor said.\n\n"Among the wounded are two children," Gov. Ivan '
        "Petrenko wrote on Telegram."
    ))  # fmt: skip
    assert claims[4].claimant == "Ivan Petrenko"
    assert claims[4].claimant_type.value == "ukraine_official"
    assert claims[16].population.value == "civilian"


def test_a_name_in_apposition_to_its_title_is_the_claimant() -> None:
    claims = by_value(claims_of(
        "The Kharkiv governor, Oleh Bondar, said a Russian strike had killed three people."
    ))  # fmt: skip
    assert claims[3].claimant == "Oleh Bondar"
    assert (claims[3].subject.value, claims[3].population.value) == ("ukraine", "civilian")


def test_civilians_hit_by_one_sides_drone_or_in_a_russian_region_are_the_other_sides() -> None:
    claims = by_value(claims_of(
        "A Ukrainian drone struck a car in the town of Shebekino, killing one civilian and "
        "wounding three, Governor Pavel Orlov said."
    ))  # fmt: skip
    assert claims[1].subject.value == "russia" and claims[1].population.value == "civilian"
    assert claims[1].claimant_type.value == "russia_official"
    assert claims[3].subject.value == "russia"


def test_a_part_of_a_stock_counts_the_part_only() -> None:
    claims = claims_of("Russia has lost 2,200 of the 3,500 tanks it had before the invasion.")
    assert [(c.value, [k.value for k in c.categories]) for c in claims] == [(2200, ["tanks"])]


def test_increments_after_a_noun_are_daily_and_make_their_totals_running_totals() -> None:
    claims = claims_of("Russia has also lost 10,933 tanks (+6) and 22,786 armored vehicles (+3).")
    scopes = {c.value: c.scope.value for c in claims}
    assert scopes == {10933: "cumulative", 6: "daily", 22786: "cumulative", 3: "daily"}


def test_a_tally_header_opens_a_cumulative_list_across_a_blank_line() -> None:
    claims = by_value(claims_of(
        "The rest of the General Staff's tally:\n\n- aircraft: 416\n- helicopters: 337\n"
        "- cruise missiles: 3,337"
    ))  # fmt: skip
    assert {v: c.scope.value for v, c in claims.items()} == {
        416: "cumulative", 337: "cumulative", 3337: "cumulative"}  # fmt: skip
    assert claims[416].claimant_type.value == "ukraine_official"


def test_equipment_broken_down_by_fate_keeps_the_kind_with_the_fate_as_subgroup() -> None:
    claims = claims_of(
        "Of the 1,306 Russian tanks lost, 680 were destroyed, 58 damaged and 466 captured, "
        "Oryx said.\n\nHelicopters (56, of which destroyed: 50, damaged: 6)\n"
        "Russia - 6,512, of which: destroyed: 3,630, captured: 2,138"
    )
    parts = {(c.value, c.subgroup) for c in claims if c.categories[0].value == "tanks"}
    assert {(680, "destroyed"), (58, "damaged"), (466, "captured")} <= parts
    helicopters = {(c.value, c.subgroup) for c in claims if c.categories[0].value == "helicopters"}
    assert helicopters == {(56, None), (50, "destroyed"), (6, "damaged")}
    assert not {3630, 2138, 6512} & {c.value for c in claims}  # no kind of equipment named


def test_a_share_of_lost_equipment_with_a_fate_takes_the_fate_as_subgroup() -> None:
    claims = by_value(claims_of(
        "Oryx lists 31 Russian ships and boats as lost, 19 of them destroyed. The project "
        "has recorded 3,420 lost Russian tanks, about 2,900 of them destroyed and the rest "
        "damaged or captured."
    ))  # fmt: skip
    assert (claims[19].categories, claims[19].subgroup) == (claims[31].categories, "destroyed")
    # "lost tanks" are tanks, not a toll of people
    assert [c.value for c in claims[3420].categories] == ["tanks"]
    assert ([c.value for c in claims[2900].categories], claims[2900].subgroup) == (
        ["tanks"], "destroyed")
    assert claims[31].subgroup is None and claims[3420].subgroup is None


def test_the_missing_are_a_stock_counted_by_their_own_side() -> None:
    claims = by_value(claims_of(
        "More than 20,000 Russian servicemen remain missing, Nadia Orlova said in December."
    ))  # fmt: skip
    missing = claims[20000]
    assert [c.value for c in missing.categories] == ["missing"]
    assert (missing.subject.value, missing.scope.value) == ("russia", "cumulative")
    assert missing.claimant_type.value == "russia_official"


def test_an_average_daily_number_is_a_daily_average_of_its_month() -> None:
    claims = by_value(claims_of(
        "The average daily number of Russian casualties in May was 1,262, British defence "
        "intelligence said. That was up from an average of 899 a day in April."
    ))  # fmt: skip
    assert (claims[1262].scope.value, claims[1262].as_of) == ("daily_average", "2025-05")
    assert claims[899].as_of == "2025-04"


def test_a_repeat_never_dates_a_period_before_its_start() -> None:
    from extractor.backends.rules.article_passes import merge_repeats

    first = Claim(subject="russia", categories=["casualties"], value=5000, scope="period",
                  period_start="2025", claimant="x", claimant_type="unknown",
                  evidence="5,000 troops")  # fmt: skip
    repeat = first.model_copy(update={"period_start": None, "as_of": "2023-10-21",
                                      "scope": "unspecified"})  # fmt: skip
    merged = merge_repeats([first, repeat])
    assert len(merged) == 1
    assert (merged[0].period_start, merged[0].as_of) == ("2025", None)
    Claim.model_validate(merged[0].model_dump())  # still a valid claim


def test_a_titled_spokesman_of_a_body_is_the_person_later_pronouns_refer_to() -> None:
    claims = by_value(claims_of(
        "Russian forces killed more than 300 Ukrainian troops over the past day, Russian Defence "
        "Ministry spokesman Lieutenant-General Pavel Sorokin said on Tuesday. In the southern "
        "direction, units of the Ukrainian army lost up to 110 servicemen, he said. According to "
        "the general, a strike on a depot killed up to 70 fighters."
    ), )  # fmt: skip
    assert claims[300].claimant == "Pavel Sorokin"
    for value in (110, 70):
        assert claims[value].claimant == "Pavel Sorokin"
        assert claims[value].claimant_type.value == "russia_official"


def test_a_russian_governors_next_toll_without_a_side_counts_russian_civilians() -> None:
    claims = by_value(claims_of(
        "Since the start of the war, 131 civilians have been killed in the Kursk region, "
        "Governor Ilya Mironov told reporters. In April alone, 17 people were killed, Mironov "
        "said, the highest toll for any month since February 2022."
    ))  # fmt: skip
    assert claims[17].subject.value == "russia"
    assert claims[17].claimant == "Ilya Mironov"
    # "since February 2022" is a record's yardstick, not the start of April's toll.
    assert (claims[17].scope.value, claims[17].period_start) == ("period", "2025-04")


def test_a_breakdown_after_two_fates_belongs_to_the_nearer_one() -> None:
    claims = by_value(claims_of(
        "Shelling killed two civilians and wounded 14, including three children, the mayor said."
    ))  # fmt: skip
    assert [k.value for k in claims[3].categories] == ["wounded"]
    assert claims[3].subgroup == "children"


def test_attackers_and_infantrymen_are_people_counted_as_losses() -> None:
    claims = by_value(claims_of(
        "The ministry said it had repelled the raid, killing more than 30 attackers. Drone "
        "operators of the brigade neutralised 93 enemy infantrymen on Friday."
    ))  # fmt: skip
    assert [k.value for k in claims[30].categories] == ["killed"]
    assert [k.value for k in claims[93].categories] == ["casualties"]


def test_an_operations_own_start_makes_a_period_and_a_relative_clause_names_the_source() -> None:
    claims = by_value(claims_of(
        "Russia's Defence Ministry, which said on Saturday that Ukraine had lost more than "
        "12,300 troops in the Kursk region since its forces crossed the border on August 6, "
        "gave no figure for its own losses. Russia has lost 600,000 troops since the start of "
        "the full-scale invasion, the General Staff said."
    ))  # fmt: skip
    kursk = claims[12300]
    assert (kursk.scope.value, kursk.period_start) == ("period", "2024-08-06")
    assert kursk.claimant_type.value == "russia_official"
    assert kursk.subgroup == "Kursk region"
    assert claims[600000].scope.value == "cumulative"


def test_a_spokesmans_place_carries_through_his_paragraph() -> None:
    claims = by_value(claims_of(
        '"Over the past day, the enemy lost 384 people in the Tavria direction. Our soldiers also '
        'destroyed seven tanks," the spokesman said.\n\nAcross the entire front, Russia lost '
        "1,100 troops, the General Staff said."
    ))  # fmt: skip
    assert claims[384].subgroup == "Tavria direction"
    assert claims[7].subgroup == "Tavria direction"
    assert claims[1100].subgroup is None


def test_one_strikes_toll_and_a_days_regional_toll_are_each_their_days() -> None:
    claims = by_value(claims_of(
        "One person was killed and two were injured when Ukrainian drones struck the village of "
        "Lipki overnight, the governor said.\n\nRussian shelling killed four civilians and wounded "
        "13 in the Kherson region on Sunday, the regional administration said on Monday."
    ))  # fmt: skip
    assert claims[1].scope.value == "daily" and claims[1].subgroup is not None
    assert claims[1].as_of == PUBLISHED.isoformat()
    assert (claims[4].scope.value, claims[13].scope.value) == ("daily", "daily")
    assert claims[4].as_of == "2025-06-08"


def test_civilians_hurt_by_one_sides_aggression_are_the_other_sides() -> None:
    claims = by_value(claims_of(
        "According to the prosecutors, 640 children have been killed and more than 1,990 "
        "injured as a result of Russia's full-scale armed aggression."
    ))  # fmt: skip
    assert claims[1990].subject.value == "ukraine"
    assert claims[1990].population.value == "civilian"


def test_a_local_offensives_totals_are_a_period_and_a_cue_before_a_part_is_its_wholes() -> None:
    claims = by_value(claims_of(
        "Russia's Defence Ministry, which does not disclose its own losses, said on Monday that "
        "since the start of hostilities in the Kursk direction Ukraine had lost more than 49,000 "
        "servicemen and 290 tanks. Zelensky said Russia had lost about 38,000 soldiers in the "
        "Kursk region since August, some 15,000 of them killed."
    ))  # fmt: skip
    assert claims[49000].claimant_type.value == "russia_official"
    assert (claims[49000].scope.value, claims[290].scope.value) == ("period", "period")
    assert claims[38000].scope.value == "period" and claims[38000].period_start == "2024-08"


def test_a_rising_toll_after_other_figures_stays_the_civilians_toll() -> None:
    claims = by_value(claims_of(
        "At least six people have been killed, the head of the Kyiv City Military "
        "Administration, Tymur Bondarenko, said.\n\nAir defences shot down 288 of the drones, "
        "the Air Force said.\n\nThe death toll has risen to eight, the interior minister said. "
        "The number of injured has risen to 82."
    ))  # fmt: skip
    assert (claims[6].subject.value, claims[6].population.value) == ("ukraine", "civilian")
    assert claims[6].claimant_type.value == "ukraine_official"
    assert (claims[8].subject.value, claims[8].population.value) == ("ukraine", "civilian")
    assert [k.value for k in claims[82].categories] == ["wounded"]


def test_a_heading_opens_a_list_and_names_its_source() -> None:
    claims = by_value(claims_of(
        "GENERAL STAFF: total combat losses of the enemy from 24.02.2022 to 12.06.2025\n\n"
        "personnel — about 1 001 660 (+1 050) persons\ntanks — 10 900 (+5)\naircraft — 416"
    ))  # fmt: skip
    assert claims[1001660].scope.value == "cumulative"
    assert claims[1050].scope.value == "daily"
    assert claims[416].claimant_type.value == "ukraine_official"
    assert claims[416].scope.value == "cumulative"


def test_a_passive_statement_by_a_spokesman_and_captivity_counted_by_ones_own_side() -> None:
    claims = by_value(claims_of(
        "Over the past day, the enemy lost 384 people in the Tavria direction. This was stated "
        "on the air of the national telethon by the spokesman of the Tavria group of troops, "
        "Oleksandr Petrenko.\n\nAbout 2,600 soldiers have been confirmed to be held in Russian "
        "captivity, Dobrov said."
    ))  # fmt: skip
    assert (claims[384].subject.value, claims[384].population.value) == ("russia", "military")
    assert claims[384].claimant_type.value == "ukraine_official"
    assert [k.value for k in claims[2600].categories] == ["captured"]
    assert claims[2600].claimant_type.value == "ukraine_official"


def test_the_subject_of_a_sentence_speaks_in_its_participle() -> None:
    claims = by_value(claims_of(
        "KYIV, Feb 26 - President Volodymyr Zelensky on Sunday gave the first official figure "
        "for Ukrainian soldiers killed since the invasion, saying 31,000 troops had died."
    ))  # fmt: skip
    assert claims[31_000].claimant == "Volodymyr Zelensky"
    assert claims[31_000].subject.value == "ukraine"  # "the figure for Ukrainian soldiers"


def test_a_think_tanks_list_by_year_is_the_institutes_and_dated_by_its_labels() -> None:
    claims = by_value(claims_of(
        "Russia has lost up to 275,000 soldiers killed, according to a report published on "
        "Tuesday by the Northgate Institute for Defence Studies.\n\n"
        "The institute's estimates of Russian soldiers killed, by year, are:\n\n"
        "2022 (from 24 February): 30,000 killed\n"
        "2023: between 60,000 and 70,000 killed\n"
        "2024: 95,000 killed, the deadliest year of the war so far"
    ))  # fmt: skip
    assert claims[275_000].claimant == "Northgate Institute for Defence Studies"
    assert {claims[v].claimant_type.value for v in (30_000, 95_000)} == {"independent"}
    assert (claims[30_000].as_of, claims[30_000].period_start[:4]) == ("2022", "2022")
    assert (claims[95_000].scope.value, claims[95_000].as_of) == ("period", "2024")


def test_a_part_of_the_drones_launched_is_the_loss_and_a_model_number_is_no_count() -> None:
    claims = by_value(claims_of(
        "Overnight, air defences destroyed 13 of 14 Shahed drones and 24 of the Shaheds "
        "launched at Odesa, the Air Force said. A Su-34 and one M777 howitzer were also lost."
    ))  # fmt: skip
    assert claims[13].categories[0].value == "uav" and 14 not in claims
    assert claims[24].categories[0].value == "uav"
    assert 34 not in claims and 777 not in claims


def test_a_ministry_named_without_its_country_is_the_one_named_before() -> None:
    claims = by_value(claims_of(
        "The Ukrainian army lost up to 1,400 servicemen over the past day, the Russian Defence "
        "Ministry said.\n\nAccording to the Defence Ministry, since the beginning of hostilities "
        "in the Kursk direction the enemy has lost more than 49,320 servicemen."
    ))  # fmt: skip
    assert claims[49_320].claimant == "Russian Ministry of Defense"
    assert claims[49_320].subject.value == "ukraine"


def test_killed_or_wounded_is_casualties_and_the_agent_of_a_later_verb_is_not_the_loser() -> None:
    claims = by_value(claims_of(
        "The General Staff reported on June 10 that Ukrainian forces killed or wounded 850 "
        "Russian personnel across the front and destroyed 24 tanks over the past day."
    ))  # fmt: skip
    assert claims[850].categories[0].value == "casualties"
    assert claims[24].subject.value == "russia"
    assert claims[24].as_of == "2025-06-10"  # the day named, not "the past day" of the article


def test_a_group_of_forces_named_in_a_quote_or_mid_sentence_covers_its_paragraph() -> None:
    claims = by_value(claims_of(
        '"Units of the Centre group of forces improved their tactical position. The enemy lost '
        'up to 485 servicemen," the Russian Defence Ministry said.\n\n'
        "In the area of responsibility of the East group of forces, the Ukrainian armed "
        "forces lost up to 140 servicemen."
    ))  # fmt: skip
    assert claims[485].subgroup is not None and "Centre" in claims[485].subgroup
    assert claims[140].subgroup is not None and "East" in claims[140].subgroup


def test_a_strikes_or_a_towns_toll_is_of_civilians_and_calibres_are_modifiers() -> None:
    claims = by_value(claims_of(
        "- The death toll from this morning's missile strike on Kryvyi Rih has risen to five, "
        "the head of the city's military administration said.\n\n"
        "The toll in Odesa has risen to four dead and 14 injured, officials said.\n\n"
        "The Russian Defence Ministry said the Ukrainian army lost two 152mm Msta-B howitzers "
        "and one US-made 155mm M777 howitzer."
    ))  # fmt: skip
    for value in (5, 4, 14):
        assert claims[value].population.value == "civilian", value
        assert claims[value].subject.value == "ukraine", value
    assert claims[2].categories[0].value == "artillery_systems"
    assert claims[1].categories[0].value == "artillery_systems"
    assert not claims[5].claimant.startswith("-")


def test_parts_of_the_figure_in_the_sentence_before() -> None:
    claims = by_value(claims_of(
        "Mediazona has confirmed the deaths of 95,000 Russian soldiers. More than 45,000 of "
        "them were volunteers. Among them are 5,140 officers. One of them is a friend of mine."
        "\n\nOryx has documented the loss of 3,698 Russian tanks. Of these, 2,513 were "
        "destroyed and 562 were captured by Ukrainian forces.\n\n"
        "Over the past day, the enemy lost 355 servicemen. Of them, 142 are irretrievable losses."
    ))  # fmt: skip
    assert (claims[45_000].categories[0].value, claims[45_000].subgroup) == ("killed", "volunteers")
    assert claims[5_140].subgroup == "officers"
    assert 1 not in claims
    assert [claims[v].categories[0].value for v in (2_513, 562)] == ["tanks", "tanks"]
    assert (claims[562].subgroup, claims[142].subgroup) == ("captured", "irretrievable losses")
    assert claims[142].scope.value == "daily"


def test_a_count_that_lists_another_n_as_missing_adds_a_stock() -> None:
    claims = by_value(claims_of(
        "UALosses has identified 70,436 Ukrainian soldiers killed. It lists another 51,822 as "
        "missing."
    ))  # fmt: skip
    assert claims[51_822].categories[0].value == "missing"
    assert claims[51_822].scope.value == "cumulative"


def test_a_toll_a_city_council_puts_is_of_civilians() -> None:
    claims = by_value(claims_of(
        "On 25 March the city council puts the death toll at about 300. Regional officials "
        "said the army had lost 40 soldiers in the same week."
    ))  # fmt: skip
    assert (claims[300].population.value, claims[300].subject.value) == ("civilian", "ukraine")
    assert claims[40].population.value == "military"


def test_running_counts_crews_destroyed_kinds_fated_parts_and_ratios() -> None:
    claims = by_value(claims_of(
        "Russia had lost about 38,000 soldiers in the Kursk region, some 15,000 of them killed.\n\n"
        "One in five missing soldiers is found alive.\n\n"
        "The General Staff's count, which now stands at 26 Russian warships and boats, rose. "
        "Its total now stands at 347 aircraft and 325 helicopters.\n\n"
        "HUR said the attack had killed seven crew members and wounded six.\n\n"
        "Geolocated footage shows at least 32 destroyed tanks near the town."
    ))  # fmt: skip
    assert claims[15_000].categories[0].value == "killed"
    assert 5 not in claims
    assert [claims[v].categories[0].value for v in (26, 347, 325)] == [
        "warships_boats", "aircraft", "helicopters"]  # fmt: skip
    assert (claims[7].categories[0].value, claims[6].categories[0].value) == ("killed", "wounded")
    assert claims[32].categories[0].value == "tanks"


def test_a_toll_of_both_armies_counts_both_sides() -> None:
    claims = by_value(claims_of(
        "US officials put the combined toll of both armies at close to 500,000. The two armies "
        "together have now suffered well over 1.2 million killed and wounded."
    ))  # fmt: skip
    assert claims[500_000].subject.value == "other"
    assert claims[1_200_000].subject.value == "other"


def test_what_a_sides_air_defence_downs_and_what_it_says_on_a_day_are_the_other_sides() -> None:
    claims = by_value(claims_of(
        "Ukraine's air force said Russia launched 61 drones. Air defenses intercepted 52 of the "
        "61 drones, the air force said.\n\n"
        "Russia's defence ministry has not commented on the losses. On Saturday it said its "
        "forces had destroyed four Ukrainian military boats near the Kherson region coast."
    ))  # fmt: skip
    assert claims[52].subject.value == "russia" and 61 not in claims
    assert claims[4].claimant == "Russian Ministry of Defense"
    assert claims[4].subject.value == "ukraine"


def test_the_mod_refers_back_and_a_count_is_never_its_own_source() -> None:
    claims = by_value(claims_of(
        "UK Defence Intelligence said on Sunday that Russia had lost 1,500 troops a day.\n\n"
        "The MoD also said that Russia had lost at least 3,000 armoured fighting vehicles over "
        "the course of the year.\n\n"
        "Ukraine's military deaths were put at close to 70,000."
    ))  # fmt: skip
    assert claims[3_000].claimant == claims[1_500].claimant
    assert claims[3_000].claimant_type.value == "foreign_official"
    assert claims[70_000].claimant != "General Staff of the Armed Forces of Ukraine"


def test_a_list_of_parts_by_place_names_each_place() -> None:
    claims = by_value(claims_of(
        "Russia's Defence Ministry said its air defences had downed 105 Ukrainian drones "
        "overnight, including 37 over the Bryansk region, 21 over the Moscow region and 17 over "
        "the Kursk region. Kyiv lost 1,200 troops, including 300 in December, it added."
    ))  # fmt: skip
    assert [claims[v].subgroup for v in (37, 21, 17)] == [
        "Bryansk region", "Moscow region", "Kursk region"]  # fmt: skip
    assert {claims[v].categories[0].value for v in (37, 21, 17)} == {"uav"}
    assert claims[300].subgroup is None


def test_prisoners_a_side_is_holding_are_captured() -> None:
    claims = by_value(claims_of(
        "Ukraine's ombudsman said Russia was holding at least 8,000 Ukrainian servicemen and "
        "that at least 1,600 Ukrainian civilians were being held in Russian prisons."
    ))  # fmt: skip
    assert claims[8_000].categories[0].value == "captured"
    assert claims[8_000].subject.value == "ukraine"
    assert (claims[1_600].categories[0].value, claims[1_600].population.value) == (
        "captured", "civilian")  # fmt: skip


def test_others_hurt_are_of_the_toll_before_them() -> None:
    claims = by_value(claims_of(
        "Two people were killed and seven others injured in a Russian drone attack on "
        "Kharkiv, the mayor said.\n\nA drone struck a bus in Kherson, killing 3 people. Twelve "
        "others were wounded.\n\nThe air force shot down 112 drones; 14 others were lost to "
        "electronic warfare."
    ))  # fmt: skip
    assert [c.value for c in claims.values() if Category.WOUNDED in c.categories] == [7, 12]
    assert all(claims[v].population is Population.CIVILIAN for v in (7, 12))
    assert 14 not in claims  # drones lost to jamming are not downed


def test_a_total_with_a_noun_of_its_own_does_not_continue_the_count_before() -> None:
    claims = by_value(claims_of(
        "Some 80,000 Ukrainian soldiers are missing, according to official data.\n\n"
        "A total of 1,358 prisoners have been returned in 58 exchanges."
    ))  # fmt: skip
    assert claims[80_000].claimant_type is ClaimantType.UKRAINE_OFFICIAL  # not foreign
    # prisoners returned, not more of the missing before them
    assert claims[1_358].categories == [Category.CAPTURED]


def test_closer_to_is_a_hedge() -> None:
    claims = by_value(claims_of(
        "Zelensky said 31,000 Ukrainian troops had been killed, but US officials put the "
        "number at closer to 70,000."
    ))  # fmt: skip
    assert claims[31_000].qualifier.value == "exact"
    assert claims[70_000].qualifier.value == "approximately"


def test_a_number_takes_the_fate_of_the_verb_nearest_it() -> None:
    claims = by_value(claims_of(
        "In Belgorod Oblast, Ukrainian shelling killed a woman and injured 5 people, Governor "
        "Vyacheslav Gladkov said. Russian forces killed or wounded 640 Ukrainian soldiers."
    ))  # fmt: skip
    assert claims[5].categories == [Category.WOUNDED]
    assert claims[640].categories == [Category.CASUALTIES]


def test_a_number_in_quotes_still_counts_its_noun_and_a_vague_amount_none() -> None:
    claims = by_value(claims_of(
        "A casualty figure of 8,000 civilians was cited.\n\n"
        'Russia was holding "more than 6,400" Ukrainian prisoners of war, the ombudsman said. '
        'Moscow said Ukraine was holding "several hundred" Russian conscripts.\n\n'
        "The death toll in the city has climbed to 21, officials said."
    ))  # fmt: skip
    pows = claims[6_400]
    assert (pows.categories, pows.population) == ([Category.CAPTURED], Population.MILITARY)
    assert pows.qualifier.value == "more_than"
    assert 100 not in claims  # "several hundred" is no number
    assert claims[21].population is Population.CIVILIAN  # a city's toll


def test_people_hurt_by_troops_are_not_troops() -> None:
    claims = by_value(claims_of(
        "A drone struck a market in Kherson. Another person died in hospital, bringing the "
        "death toll from the attack to 14.\n\n"
        "Rescuers had recovered the bodies of 7 people from the rubble, the emergency "
        "service said.\n\nRussian troops shelled Nikopol district, wounding two men aged 45 and "
        "62."
    ))  # fmt: skip
    assert (claims[14].population, claims[14].subject) == (Population.CIVILIAN, Subject.UKRAINE)
    assert claims[7].categories == [Category.KILLED]
    assert claims[2].population is Population.CIVILIAN
    assert claims[2].categories == [Category.WOUNDED]


def test_the_other_sides_count_with_its_noun_left_out_counts_the_same_thing() -> None:
    claims = by_value(claims_of(
        "According to Oryx, Russia has lost at least 3,600 tanks since February 2022. Ukraine "
        "has lost more than 1,000."
    ))
    other = claims[1_000]
    assert (other.subject, other.categories, other.qualifier) == (
        Subject.UKRAINE, [Category.TANKS], Qualifier.MORE_THAN)
    assert other.claimant == "Oryx"
    # A number that goes on to name something else is not the same count.
    assert 2 not in by_value(claims_of(
        "Russia has lost 3,600 tanks. Ukraine has lost 2 of its bases to looting."))


def test_a_count_put_at_between_two_numbers_is_a_range() -> None:
    [claim] = claims_of("Western officials put Russian casualties at between 350,000 and 400,000.")
    assert (claim.low, claim.high, claim.categories) == (350_000, 400_000, [Category.CASUALTIES])
    assert claim.claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_another_number_hurt_goes_on_with_the_people_counted_before() -> None:
    claims = by_value(claims_of(
        "At least 10,000 civilians have been killed, according to the United Nations. Another "
        "18,500 have been injured."
    ))
    assert (claims[18_500].subject, claims[18_500].population) == (
        Subject.UKRAINE, Population.CIVILIAN)
    # people a sentence calls soldiers stay soldiers
    held = by_value(claims_of(
        "Of the service members on the register, about 2,600 have been confirmed to be held "
        "in Russian captivity, the coordination headquarters said."
    ))
    assert held[2_600].population is Population.MILITARY


def test_an_unsigned_list_with_a_hedged_header_in_its_sentence_is_the_general_staffs() -> None:
    claims = claims_of(
        "Total combat losses of the enemy from 24.02.22 to 04.09.24 were approximately: "
        "personnel ‒ about 614,950 (+1,290) persons, tanks ‒ 8,673 (+7), artillery systems – "
        "17,785 (+46)."
    )
    assert {c.claimant for c in claims} == {"General Staff of the Armed Forces of Ukraine"}
    qualifiers = {c.value: c.qualifier for c in claims}
    assert qualifiers[8_673] is qualifiers[17_785] is Qualifier.APPROXIMATELY
    assert qualifiers[7] is qualifiers[46] is Qualifier.EXACT  # a day's increment, not a total


def test_estimates_that_range_from_one_number_to_another_are_a_range() -> None:
    [claim] = claims_of(
        "Estimates of Russian deaths range from 50 000 to 70 000, according to Western "
        "intelligence."
    )
    assert (claim.low, claim.high, claim.categories) == (50_000, 70_000, [Category.KILLED])
    assert (claim.subject, claim.claimant_type) == (Subject.RUSSIA, ClaimantType.FOREIGN_OFFICIAL)


def test_those_who_remain_captive_or_missing_are_counted_with_the_people_before() -> None:
    claims = by_value(claims_of(
        "Regional authorities say 46 people have been killed and 80 injured; 11 remain missing."
        "\n\nUkraine's ombudsman said 3,956 Ukrainians have been returned from captivity. At "
        "least 8,000 more remain in Russian captivity."
    ))
    assert (claims[11].categories, claims[11].population) == (
        [Category.MISSING], Population.CIVILIAN)
    assert (claims[8_000].categories, claims[8_000].subject) == (
        [Category.CAPTURED], Subject.UKRAINE)


def test_a_part_killed_or_wounded_counts_casualties() -> None:
    claims = by_value(claims_of(
        "About 11,000 North Korean troops were sent to the Kursk region, and at least 1,000 of "
        "them have been killed or wounded, South Korea's spy agency said."
    ))
    assert claims[1_000].categories == [Category.CASUALTIES]


def test_no_one_hurt_is_nobody_and_the_hurt_are_wounded() -> None:
    claims = claims_of(
        "A refinery caught fire after a drone attack, the governor said, adding that no one was "
        "hurt. No one was killed in Kharkiv. In Odesa, the mayor said one person died and seven "
        "were hurt."
    )
    assert sorted((c.value, c.categories[0].value) for c in claims) == [
        (1, "killed"), (7, "wounded")]


def test_another_wars_losses_are_no_claims_and_fuel_trucks_are_vehicles() -> None:
    claims = by_value(claims_of(
        "Britain estimated that Russia had suffered around 1.1 million casualties, more than in "
        "all its wars since World War II. In comparison, the Soviet Union lost about 15,000 "
        "soldiers in its war in Afghanistan. Ukraine's military said its drones had hit 14 "
        "Russian fuel trucks."
    ))
    assert 1_100_000 in claims
    assert 15_000 not in claims
    assert claims[14].categories == [Category.VEHICLES_AND_FUEL_TANKS]

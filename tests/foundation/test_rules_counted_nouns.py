"""Nouns the rules backend reads as what a figure counts: the Russian ministry's "units of
special military automotive equipment" and "engineering equipment", "launchers of" a
rocket system, and bodies recovered. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Population, Qualifier, Scope, Subject

PUBLISHED = date(2025, 6, 12)


def claims_of(text: str) -> dict[int, Claim]:
    extraction = extract_article(Article(text=text, published=PUBLISHED), create_backend("rules"))
    return {c.value: c for c in extraction.claims if c.value is not None}


def test_the_russian_ministrys_names_for_vehicles_and_engineering_equipment() -> None:
    claims = claims_of(
        "In total, Ukraine has lost 30,919 units of special military automotive equipment, "
        "4,806 units of special military motor vehicles and 24 units of engineering equipment, "
        "the Russian Defence Ministry said."
    )
    assert claims[30_919].categories == [Category.VEHICLES_AND_FUEL_TANKS]
    assert claims[4_806].categories == [Category.VEHICLES_AND_FUEL_TANKS]
    assert claims[24].categories == [Category.SPECIAL_EQUIPMENT]


def test_launchers_of_a_rocket_system_are_rocket_systems() -> None:
    claims = claims_of(
        "Counter-battery fire destroyed two launchers of US-made HIMARS multiple launch "
        "rocket systems, the Russian Defence Ministry said."
    )
    assert claims[2].categories == [Category.MLRS]


def test_bodies_recovered_are_dead() -> None:
    claims = claims_of("Rescuers had recovered 13 bodies from the apartment block after the "
                       "Russian missile strike, the emergency service said.")  # fmt: skip
    assert claims[13].categories == [Category.KILLED]
    assert claims[13].population is Population.CIVILIAN


def test_equipment_a_side_had_or_builds_is_not_a_loss() -> None:
    claims = claims_of(
        "Russia has lost 3,000 tanks, Oryx says. Before the invasion, Russia had about 3,300 "
        "tanks, and it is able to refurbish or build around 1,500 tanks a year. Kyiv says "
        "Russia has lost 360 aircraft, far more than the roughly 120 combat jets Ukraine had. "
        "U.S. officials say Russia had lost 2,200 of the 3,500 tanks it had."
    )
    assert claims[3_000].categories == [Category.TANKS]
    assert claims[360].categories == [Category.AIRCRAFT]
    assert claims[2_200].categories == [Category.TANKS]
    assert not {3_300, 1_500, 120} & set(claims)


def test_equipment_a_side_has_had_destroyed_is_lost() -> None:
    claims = claims_of("Russia has had 3,000 tanks destroyed, Oryx says.")
    assert claims[3_000].categories == [Category.TANKS]


def test_kh_and_kalibr_missiles_are_cruise_missiles_whatever_they_are_called() -> None:
    claims = claims_of("Air defences destroyed four Kalibr missiles and two Kh-59 guided "
                       "missiles over the Black Sea, the navy said.")  # fmt: skip
    assert claims[4].categories == claims[2].categories == [Category.CRUISE_MISSILES]


def test_soldiers_named_or_identified_by_name_are_the_named_dead() -> None:
    claims = claims_of(
        "Mediazona has confirmed the names of 95,323 Russian soldiers, including 3,127 "
        "officers. The BBC had identified 88,000 Russian soldiers by name by November."
    )
    assert claims[95_323].categories == claims[88_000].categories == [Category.KILLED]
    assert claims[3_127].subgroup == "officers"


def test_a_toll_named_at_the_head_of_a_long_clause_counts_the_part_after_it() -> None:
    claims = claims_of(
        "The death toll from the Russian missile strike on an apartment building in Dnipro has "
        "risen to 40, including three children."
    )
    assert claims[3].categories == [Category.KILLED]
    assert claims[3].population is Population.CIVILIAN
    assert claims[3].subgroup == "children"


def test_air_defence_missile_launchers_are_one_noun_of_a_list() -> None:
    claims = claims_of(
        "Since 6 August, the enemy has lost 262 tanks and 14 air defence missile launchers, as "
        "well as 24 units of engineering equipment, the ministry said."
    )
    assert claims[14].categories == [Category.AIR_DEFENSE_SYSTEMS]
    assert claims[14].evidence.endswith("14 air defence missile launchers")
    assert claims[24].scope is claims[14].scope is claims[262].scope  # one list, one scope


def test_a_running_count_that_passes_or_reaches_a_number_is_a_total() -> None:
    claims = claims_of(
        "The General Staff's count of Russian personnel losses passes 100,000. A year later "
        "the General Staff's tally of Russian personnel losses reaches 300,810."
    )
    for value in (100_000, 300_810):
        assert claims[value].categories == [Category.CASUALTIES]
        assert claims[value].scope is Scope.CUMULATIVE
    since = claims_of(
        "Since January 1, the General Staff's tally of Russian troop losses has reached 382,120."
    )
    assert since[382_120].scope is Scope.PERIOD  # the period named wins over the tally


def test_evidence_never_opens_with_white_space() -> None:
    claims = claims_of(
        "Ukraine's General Staff said Russia had lost 1,200 drones over the past day. The tally "
        "crossed 300,000 with today's report and now stands at 301,072."
    )
    assert claims[300_000].qualifier is Qualifier.MORE_THAN
    assert claims[301_072].evidence == "with today's report and now stands at 301,072"


def test_losses_averaging_a_number_a_day_are_a_daily_average_of_losses() -> None:
    claims = claims_of(
        "The General Staff's tally of downed Russian aircraft has stood at 369 since "
        "mid-September. Kyiv's data show Russian losses averaging 1,515 a day in November."
    )
    assert claims[1_515].categories == [Category.CASUALTIES]
    assert claims[1_515].scope is Scope.DAILY_AVERAGE


def test_the_troops_a_side_had_are_no_loss() -> None:
    claims = claims_of(
        "Russia had lost some 315,000 troops killed or wounded, or nearly 87 percent of the "
        "360,000 troops it had when the invasion began, the assessment said."
    )
    assert 315_000 in claims
    assert 360_000 not in claims


def test_the_drones_a_ship_was_hit_by_are_no_loss() -> None:
    claims = claims_of(
        "HUR said the corvette had been hit by six drones. Air defences shot down 20 drones, "
        "while a house was hit by debris, the governor said."
    )
    assert 6 not in claims
    assert claims[20].categories == [Category.UAV]


def test_equipment_named_a_few_words_before_losses_is_what_they_count() -> None:
    claims = claims_of(
        "It puts Ukraine's visually confirmed aircraft losses at 79, the monitoring group said."
    )
    assert claims[79].categories == [Category.AIRCRAFT]


def test_the_whole_a_count_is_out_of_is_no_loss() -> None:
    claims = claims_of(
        "Ukraine's air defenses shot down 3,495 drones and 62 cruise missiles in August, out of "
        "more than 4,100 drones and decoys and about 140 missiles that Russia launched."
    )
    assert claims[3_495].categories == [Category.UAV]
    assert 4_100 not in claims


def test_the_whole_a_share_of_losses_is_of_is_no_loss() -> None:
    claims = claims_of(
        "Russia has lost roughly half of the 3,000 tanks it fielded before the war, and "
        "60 percent of its 1,200 self-propelled guns, the institute said. Most of the 20 "
        "people killed in the strike were civilians, the governor said."
    )
    assert 3_000 not in claims and 1_200 not in claims
    assert claims[20].categories == [Category.KILLED]  # a share of a toll is no loss verb's


def test_a_part_out_of_a_whole_counts_what_the_whole_names() -> None:
    claims = claims_of(
        "Ukraine's air force said it shot down 80 out of more than 100 drones that Russia "
        "launched overnight. He is one of 63,000 soldiers listed as missing."
    )
    assert claims[80].categories == [Category.UAV]
    assert 100 not in claims
    assert claims[63_000].categories == [Category.MISSING]
    assert 1 not in claims  # "one of": a pronoun, not a count


def test_the_destruction_of_equipment_is_its_loss() -> None:
    claims = claims_of(
        "The General Staff reported the destruction of 12 tanks and 47 artillery systems "
        "in the past day."
    )
    assert claims[12].categories == [Category.TANKS]
    assert claims[47].scope is Scope.DAILY


def test_a_number_after_every_is_a_ratio_not_a_count() -> None:
    claims = claims_of(
        "The report finds a ratio of roughly three wounded soldiers for every one killed. "
        "Drones account for about four out of every five Russian soldiers killed."
    )
    assert 1 not in claims and 5 not in claims


def test_a_total_named_by_its_fate_counts_that_fate_not_the_figure_before() -> None:
    claims = claims_of(
        "Estimates of Russian deaths range from 120,000 to 150,000, according to analysts, "
        "while total casualties could exceed 500,000."
    )
    assert claims[500_000].categories == [Category.CASUALTIES]


def test_an_average_compared_with_an_earlier_average_is_a_figure_of_its_own() -> None:
    claims = claims_of(
        "Russia lost an average of 1,500 men a day in October, up from an average of 980 in "
        "September, British intelligence said."
    )
    # (the last September before publication)
    assert (claims[980].scope, claims[980].as_of) == (Scope.DAILY_AVERAGE, "2024-09")


def test_a_daily_average_that_reaches_a_number_counts_what_came_before() -> None:
    claims = claims_of(
        "Russian forces had likely suffered around 45,000 casualties in October, the update "
        "said. It added that Russia's daily average had reached 1,500."
    )
    assert claims[1_500].categories == [Category.CASUALTIES]
    assert claims[1_500].scope is Scope.DAILY_AVERAGE


def test_the_earlier_days_figure_a_count_is_compared_with_is_a_figure_of_its_own() -> None:
    claims = claims_of(
        "The General Staff put Russia's personnel losses over the past day at 920, fewer than "
        "the 1,140 it reported on Tuesday. On Monday it reported 1,310 troops lost over the "
        "past day, which compares with 1,270 on Sunday."
    )
    assert claims[1_140].categories == claims[1_270].categories == [Category.CASUALTIES]
    # (Thursday 12 June 2025: the Tuesday and Sunday before it)
    assert (claims[1_140].scope, claims[1_140].as_of) == (Scope.DAILY, "2025-06-10")
    assert (claims[1_270].scope, claims[1_270].as_of) == (Scope.DAILY, "2025-06-08")


def test_the_days_figure_after_a_running_total_takes_its_noun() -> None:
    claims = claims_of(
        "The General Staff's count of Russian losses rose to 879,410 this morning, after 1,340 "
        "in the past 24 hours."
    )
    assert claims[1_340].categories == claims[879_410].categories == [Category.CASUALTIES]
    assert claims[1_340].scope is Scope.DAILY
    assert claims[879_410].scope is Scope.CUMULATIVE


def test_a_count_that_had_stood_at_a_number_is_the_earlier_total() -> None:
    claims = claims_of(
        "The General Staff's morning report gives Russia's losses as 1,000,340 personnel; a day "
        "earlier the count had stood at 999,200."
    )
    assert claims[999_200].categories == [Category.CASUALTIES]
    assert (claims[999_200].scope, claims[999_200].as_of) == (Scope.CUMULATIVE, "2025-06-11")


def test_putting_the_figure_at_a_number_estimates_what_was_just_counted() -> None:
    claims = claims_of(
        "British intelligence says Russia has suffered around 1.5 million casualties, while a "
        'senior NATO official put the figure at "well over a million". A French official '
        "put the figure at 900,000."
    )
    assert claims[1_000_000].categories == claims[900_000].categories == [Category.CASUALTIES]
    assert claims[1_000_000].qualifier is Qualifier.MORE_THAN


def test_a_further_number_listed_as_missing_counts_the_missing() -> None:
    claims = claims_of(
        "According to UALosses, an independent project, at least 60,435 Ukrainian servicemen "
        "have been confirmed dead, with a further 65,000 listed as missing."
    )
    assert claims[65_000].categories == [Category.MISSING]
    assert claims[65_000].claimant == claims[60_435].claimant


def test_a_milestone_passed_is_a_lower_bound_of_the_count_but_a_figure_passed_is_not() -> None:
    claims = claims_of(
        "Russia has lost 800,470 troops since the invasion, the General Staff said.\n\n"
        "The figure, which covers soldiers killed and wounded, means Russian losses have "
        "surpassed the 800,000 mark. The tank count crossed the 10,000 milestone in May."
    )
    assert claims[800_000].categories == [Category.CASUALTIES]
    assert (claims[800_000].qualifier, claims[800_000].scope) == (
        Qualifier.MORE_THAN, Scope.CUMULATIVE)
    assert claims[10_000].categories == [Category.TANKS]
    claims = claims_of(
        "Russia lost 1,310 troops on Tuesday, the General Staff said. Its losses exceeded the "
        "1,200 of the day before."
    )
    assert 1_200 not in claims


def test_a_fighter_named_by_its_model_is_an_aircraft_but_fighters_alone_are_men() -> None:
    claims = claims_of(
        "The air force said it had shot down one Su-35 fighter and two MiG-29 fighters over "
        "the front. Russian forces killed 1,200 fighters of the brigade, the ministry said."
    )
    assert claims[1].categories == claims[2].categories == [Category.AIRCRAFT]
    assert claims[1_200].categories == [Category.KILLED]


def test_soldiers_from_a_place_killed_are_counted_with_no_verb_between() -> None:
    claims = claims_of(
        "Mediazona had confirmed by name at least 2,871 soldiers from the region killed "
        "since the start of the full-scale invasion."
    )
    assert claims[2_871].categories == [Category.KILLED]
    assert claims[2_871].qualifier is Qualifier.AT_LEAST


def test_parts_of_the_dead_told_by_how_they_were_recruited() -> None:
    claims = claims_of(
        "According to her list, 27 of the district's dead had been mobilised in the autumn, "
        "30 had signed contracts as volunteers and nine had been recruited in prison. Of the "
        "region's named dead, 1,104 had joined as volunteers, 468 had been mobilised and 391 "
        "were prisoners, Mediazona found."
    )
    assert claims[27].subgroup == "mobilised in the autumn"
    assert claims[30].subgroup == "signed contracts as volunteers"
    assert claims[9].subgroup == "recruited in prison"
    assert claims[1_104].subgroup and "volunteers" in claims[1_104].subgroup
    assert claims[468].subgroup == "mobilised"
    assert {claims[v].categories[0] for v in (27, 30, 9, 1_104, 468, 391)} == {Category.KILLED}


def test_people_under_arms_or_at_risk_are_no_losses() -> None:
    claims = claims_of(
        "Asked whether Ukraine could keep replacing its losses, he said the army had about "
        "880,000 people under arms. Beyond the casualties, the war has destroyed more than "
        "1,700 schools, and an estimated 1.5 million children are at risk of depression."
    )
    assert 880_000 not in claims
    assert 1_500_000 not in claims


def test_drones_that_hit_are_no_losses() -> None:
    claims = claims_of(
        "Shot down/suppressed by air defence:\n"
        "✔️ 296 Shahed-type UAVs\n"
        "✔️ 7 cruise missiles\n"
        "Hits by 6 missiles and 33 UAVs were recorded at 14 locations."
    )
    assert claims[296].categories == [Category.UAV]
    assert 33 not in claims


def test_the_same_report_goes_on_listing_without_a_loss_word() -> None:
    claims = claims_of(
        "Tuesday's report put Russian personnel losses at about 1,058,260. The same report "
        "listed 11,071 tanks, 31,081 artillery systems and 49,620 drones."
    )
    assert claims[11_071].categories == [Category.TANKS]
    assert claims[49_620].categories == [Category.UAV]


def test_who_were_injured_and_men_from_a_place_listed_as_missing() -> None:
    claims = claims_of(
        "This includes 669 children who were killed and 1,851 who were injured. Nineteen "
        "more men from the district are listed as missing, she said."
    )
    assert claims[1_851].categories == [Category.WOUNDED]
    assert claims[19].categories == [Category.MISSING]


def test_an_estimate_that_puts_a_sides_dead_and_its_wounded_at_numbers() -> None:
    claims = claims_of(
        "US officials gave estimates which put Ukraine's dead at about 70,000 and its "
        "wounded at some 400,000."
    )
    assert claims[70_000].categories == [Category.KILLED]
    assert claims[400_000].categories == [Category.WOUNDED]
    assert claims[400_000].qualifier is Qualifier.APPROXIMATELY


def test_officially_listed_as_missing_and_the_part_of_a_salvo_told_next() -> None:
    claims = claims_of(
        "Pressed for a breakdown, he said that nearly 30,000 were officially listed as "
        "missing.\n\nOvernight, Russia launched 143 attack drones and decoys at Ukraine, the "
        "air force said. It said 95 of them had been shot down over 13 regions."
    )
    assert claims[30_000].categories == [Category.MISSING]
    assert claims[95].categories == [Category.UAV]
    assert 143 not in claims


def test_prisoners_taken_are_the_captured() -> None:
    claims = claims_of(
        "The press service said the brigade had killed 400 Russian soldiers and had taken 212 "
        "prisoners since it was formed."
    )
    assert claims[400].categories == [Category.KILLED]
    assert claims[212].categories == [Category.CAPTURED]


def test_the_unit_soldiers_served_in_is_their_subgroup() -> None:
    claims = claims_of(
        "The regional governor said 46 soldiers of the 47th Brigade had been killed and that "
        "31 men from the battalion were wounded."
    )
    assert (claims[46].categories, claims[46].subgroup) == ([Category.KILLED], "47th Brigade")
    assert (claims[31].categories, claims[31].subgroup) == ([Category.WOUNDED], "battalion")


def test_western_models_named_alone_are_their_kind_and_ukraines() -> None:
    claims = claims_of(
        "The Russian defence ministry said its troops knocked out 93 Bradleys in July and had "
        "destroyed up to 30 Leopards in a single week. It added that 41 HIMARS launchers had "
        "been destroyed.\n\n"
        "Washington's own assessment was that about 60 Strykers had been written off.\n\n"
        "Air defence systems shot down four guided bombs and five HIMARS rockets, the ministry "
        "said."
    )
    assert (claims[93].categories, claims[30].categories, claims[41].categories) == (
        [Category.ARMORED_COMBAT_VEHICLES], [Category.TANKS], [Category.MLRS])
    assert claims[60].categories == [Category.ARMORED_COMBAT_VEHICLES]
    for value in (93, 30, 41, 60):
        assert claims[value].subject is Subject.UKRAINE, value
        assert claims[value].subgroup is not None, value  # (the model is the kind)
    assert 5 not in claims  # rockets downed, no launchers lost


def test_men_recruited_from_prisons_who_were_killed_are_dead_of_that_group() -> None:
    claims = claims_of(
        "More than 11,000 men recruited from penal colonies have been killed in Ukraine, the "
        "outlet found. By year, it counted 1,800 recruited prisoners killed in 2022.\n\n"
        "In the Urals, 2,100 mobilised men were killed."
    )  # fmt: skip
    assert {v: claims[v].categories for v in (11_000, 1_800, 2_100)} == {
        11_000: [Category.KILLED], 1_800: [Category.KILLED], 2_100: [Category.KILLED]}
    assert claims[11_000].subgroup == "recruited from penal colonies"
    # how they came to serve, not prisoners of war killed
    assert claims[1_800].subgroup == "recruited prisoners"
    assert claims[2_100].subgroup == "mobilised men"


def test_people_of_professions_are_counted_and_a_list_of_kinds_is_their_subgroup() -> None:
    claims = claims_of(
        "The coalition identified at least 910 civilian teachers, medical workers, journalists "
        "and energy workers killed since February 2022.\n\n"
        "The education ministry said 390 teachers had been killed by Russian attacks, and that "
        "4,800 teachers had been mobilised."
    )  # fmt: skip
    assert claims[910].categories == [Category.KILLED]
    assert claims[910].population is Population.CIVILIAN
    assert claims[910].subgroup == "teachers, medical workers, journalists and energy workers"
    assert claims[390].subgroup == "teachers"
    assert 4_800 not in claims  # the mobilised are no loss


def test_medals_won_are_no_loss_but_athletes_killed_near_the_games_are() -> None:
    claims = claims_of(
        "The ministry said 450 Ukrainian athletes and coaches had been killed.\n\n"
        "Ukraine had won eight medals by Thursday evening, about half of its total of 17.\n\n"
        "Sport now, and Ukraine's Paralympic team has won two more gold medals, taking its total "
        "to thirty-eight.\n\n"
        "At least 12 athletes have been killed this year, the ministry said ahead of the "
        "Olympics."
    )  # fmt: skip
    assert 17 not in claims and 38 not in claims
    assert claims[12].categories == [Category.KILLED]


def test_weapons_an_attack_involved_are_no_loss() -> None:
    claims = claims_of(
        "Overnight, Russia launched 352 drones at Ukraine, and air defences shot down 339 of "
        "the drones, the air force said. It was the fifth attack this month involving more "
        "than 300 drones.\n\n"
        "Two attacks on the grid destroyed 12 substations. Those two attacks involved close to "
        "400 missiles and drones."
    )  # fmt: skip
    assert 300 not in claims and 400 not in claims
    assert 339 in claims


def test_ranks_deminers_and_mine_casualties_are_people_counted() -> None:
    claims = claims_of(
        "Western officials said at least seven Russian generals were believed to have been "
        "killed since the invasion began, and that more than 60 colonels had been killed over "
        "the same period.\n\n"
        "In the first three months of 2025 alone, the emergency service recorded 43 civilian "
        "mine casualties, 12 of them fatal. The Open Fields foundation counts at least 27 "
        "deminers killed since 2022.\n\n"
        "The group recorded 32 journalists and media workers injured in 2024."
    )  # fmt: skip
    assert (claims[7].categories, claims[7].subgroup) == ([Category.KILLED], "generals")
    assert (claims[60].categories, claims[60].subgroup) == ([Category.KILLED], "colonels")
    assert claims[43].categories == [Category.CASUALTIES]
    assert claims[43].population is Population.CIVILIAN
    assert claims[12].categories == [Category.KILLED]  # "12 of them fatal"
    assert claims[27].population is Population.CIVILIAN
    assert claims[32].categories == [Category.WOUNDED]


def test_planes_and_air_defence_named_by_model_are_a_kind_of_their_own() -> None:
    claims = claims_of(
        "The SBU said its drones had destroyed nine S-400 launchers, seven Pantsir-S1 "
        "gun-missile systems, four Su-24 bombers and three Su-30SM fighters since March 1.\n\n"
        "He called on Western partners to supply two more Patriot systems. Air defences shot "
        "down 16 Kh-101 cruise missiles overnight."
    )  # fmt: skip
    assert claims[9].categories == [Category.AIR_DEFENSE_SYSTEMS]
    assert claims[9].subgroup == "s-400 launchers"
    assert claims[7].categories == [Category.AIR_DEFENSE_SYSTEMS]
    assert (claims[4].categories, claims[4].subgroup) == ([Category.AIRCRAFT], "su-24 bombers")
    assert claims[3].categories == [Category.AIRCRAFT]  # "fighters" after a model: planes
    assert 2 not in claims  # asked to be supplied
    assert claims[16].subgroup is None  # a missile by model is the day's routine


def test_people_deployed_somewhere_before_their_fate_are_counted() -> None:
    claims = claims_of(
        "He said at least 200 North Korean soldiers deployed to the Kursk region had been "
        "killed or wounded."
    )
    assert claims[200].categories == [Category.CASUALTIES]
    assert claims[200].subgroup == "North Korean troops"


def test_planes_named_by_their_model_alone_are_counted() -> None:
    claims = claims_of(
        "The agency said its drones hit 14 Tu-95MS and five Tu-22M3 bombers at the airfield, "
        "as well as two Ka-52s.\n\nImages showed six burned-out Su-34s and the wrecks of three "
        "Tu-22M3s."
    )  # fmt: skip
    assert (claims[14].categories, claims[14].subgroup) == ([Category.AIRCRAFT], "tu-95ms")
    assert claims[5].categories == [Category.AIRCRAFT]
    assert claims[2].categories == [Category.HELICOPTERS]
    assert claims[6].categories == [Category.AIRCRAFT]  # "burned-out", a loss in its word
    assert claims[3].categories == [Category.AIRCRAFT]


def test_airmen_are_people_killed() -> None:
    claims = claims_of("The crashes killed nine airmen, the ministry said.")
    assert claims[9].categories == [Category.KILLED]
    assert claims[9].subgroup == "airmen"


def test_captured_equipment_is_a_loss_and_its_captured_part() -> None:
    claims = claims_of(
        "Oryx recorded just 11 captured Russian tanks in the first half of 2025.\n\n"
        "It put Russia's totals at 43,609 drones and 10,990 tanks."
    )
    assert claims[11].categories == [Category.TANKS]
    assert claims[11].subgroup == "captured"
    assert claims[43_609].categories == [Category.UAV]
    assert claims[10_990].scope is Scope.CUMULATIVE  # a side's totals are the war's


def test_a_toll_from_an_attack_heading_an_alert_is_of_civilians() -> None:
    claims = claims_of("Toll from the overnight drone attack rises to 3 killed, the governor says.")
    assert claims[3].population is Population.CIVILIAN
    assert claims[3].subject is Subject.UKRAINE


def test_the_figure_that_stood_or_rose_counts_what_the_figure_before_counted() -> None:
    claims = claims_of(
        "Its morning update put Russian personnel losses at 1,000,340. By this morning the "
        "figure stood at about 1,002,690.\n\n"
        "The ministry said 52 soldiers were killed in the strike. By Tuesday the figure had "
        "risen to 61."
    )
    assert claims[1_002_690].categories == [Category.CASUALTIES]
    assert claims[1_002_690].qualifier is Qualifier.APPROXIMATELY
    assert claims[61].categories == [Category.KILLED]


def test_people_evacuated_after_a_toll_are_no_part_of_it() -> None:
    claims = claims_of(
        "The administration said 31 civilians had been killed and more than 140 injured, and "
        "that more than 120,000 people had been evacuated."
    )
    assert 140 in claims
    assert 120_000 not in claims


def test_those_of_the_dead_who_were_children_are_their_part() -> None:
    claims = claims_of(
        "Prosecutors say the occupation left 19 residents dead. Three of the dead were "
        "children. Of the 19 villagers killed, 11 were shot, she said."
    )
    assert claims[3].subgroup == "children"
    assert claims[3].population is Population.CIVILIAN
    assert claims[11].subgroup == "villagers shot"


def test_a_tally_that_reached_tanks_and_troops_counts_both_lost() -> None:
    claims = claims_of(
        "This morning the General Staff's tally reached 3,291 Russian tanks and about 139,470 "
        "troops since February 24 last year."
    )
    assert claims[3_291].categories == [Category.TANKS]
    assert claims[139_470].categories == [Category.CASUALTIES]
    assert claims[139_470].qualifier is Qualifier.APPROXIMATELY
    assert claims[139_470].scope is claims[3_291].scope is Scope.CUMULATIVE


def test_a_western_fighter_named_by_its_model_alone_is_an_aircraft() -> None:
    claims = claims_of(
        "Ukraine's military has acknowledged losing one F-16 in combat. Kyiv has received "
        "fewer than 20 of the roughly 85 F-16s pledged by its allies."
    )
    assert claims[1].categories == [Category.AIRCRAFT]
    assert claims[1].subject is Subject.UKRAINE
    assert {20, 85}.isdisjoint(claims)  # jets delivered or pledged


def test_assault_troops_surface_to_air_systems_and_drones_brought_down() -> None:
    claims = claims_of(
        "A Ukrainian spokesman said 300 Russian assault troops had been killed near Kupiansk. "
        "Oryx lists some 310 Russian surface-to-air systems as lost. In October Russia "
        "launched more than 5,500 attack drones, and Ukraine's air force says it brought down "
        "4,780 of them."
    )
    assert claims[300].categories == [Category.KILLED]
    assert claims[310].categories == [Category.AIR_DEFENSE_SYSTEMS]
    assert claims[4_780].categories == [Category.UAV]
    assert 5_500 not in claims  # (launched)


def test_people_placed_or_sent_before_their_fate_are_counted() -> None:
    claims = claims_of(
        "The committee says more than 300 local men sent to fight in Ukraine are now "
        "unaccounted for. It has compiled the cases of 312 servicemen from the region who are "
        "officially listed as missing. Thirteen people are wounded and doctors are fighting "
        "for their lives."
    )
    assert claims[300].categories == [Category.MISSING]
    assert claims[312].categories == [Category.MISSING]
    assert claims[13].population is Population.CIVILIAN  # ("fighting for their lives")


def test_a_limb_lost_is_a_wound_of_the_sides_own() -> None:
    claims = claims_of(
        "Ukraine's health ministry said 11,930 soldiers lost a limb in 2024. A rehabilitation "
        "centre has treated 2,316 wounded soldiers. Of those, 687 had lost at least one limb."
    )
    assert claims[11_930].categories == [Category.WOUNDED]
    assert claims[11_930].subject is Subject.UKRAINE
    assert claims[687].categories == [Category.WOUNDED]


def test_a_days_figure_compared_or_put_anew_is_the_same_count() -> None:
    claims = claims_of(
        "The General Staff said Russia lost 1,220 troops over the past day, slightly fewer than "
        "the 1,240 announced on Saturday.\n\n"
        "On Monday it said Russia lost 1,060 troops over the past day. The previous day's "
        "report put the daily figure at 1,200."
    )
    assert claims[1_240].categories == [Category.CASUALTIES]
    assert claims[1_200].categories == [Category.CASUALTIES]
    assert claims[1_200].scope is Scope.DAILY


def test_fates_told_by_a_participle_an_injury_a_fire_or_a_list_that_remains() -> None:
    claims = claims_of(
        "Four servicemen guarding the train were killed, according to Atesh. Aksyonov said two "
        "conscripts had suffered minor injuries. On Monday, Atesh said, its members set fire to "
        "three military trucks. Hrytsuk said at least 230 Belarusians had been killed fighting "
        "for Ukraine. Another 17 had been taken prisoner, and nine remained listed as missing "
        "in action, the statement added."
    )
    assert claims[4].categories == [Category.KILLED]
    assert claims[2].categories == [Category.WOUNDED]
    assert claims[3].categories == [Category.VEHICLES_AND_FUEL_TANKS]
    assert claims[230].categories == [Category.KILLED]
    assert claims[9].categories == [Category.MISSING]


def test_people_missing_in_a_building_or_under_the_rubble_and_crews_at_work() -> None:
    claims = claims_of(
        "Two residents of that building are missing, the governor said. Rescuers were still "
        "searching for at least four people believed to be trapped under the rubble, the "
        "emergency service said, adding that more than 150 of its personnel and 30 fire "
        "engines were working at the site."
    )
    assert claims[2].categories == [Category.MISSING]
    assert claims[4].categories == [Category.MISSING]
    assert 150 not in claims and 30 not in claims


def test_the_missing_still_listed_and_two_kinds_of_people_held() -> None:
    claims = claims_of(
        "The brigade said 1,412 of its soldiers had been killed and 187 still listed as "
        "missing. At least 47 Ukrainian aid workers and volunteers are being held by Russian "
        "authorities, the report said."
    )
    assert claims[187].categories == [Category.MISSING]
    assert claims[47].categories == [Category.CAPTURED]


def test_a_ratio_in_words_is_no_count() -> None:
    claims = claims_of(
        "Deaths confirmed by name capture roughly three in five of the deaths, the authors "
        "said, and Mediazona has confirmed 88,054 by name."
    )
    assert 5 not in claims
    assert claims[88_054].categories == [Category.KILLED]


def test_sea_drones_destroyed_after_missiles_fired_are_a_loss_and_the_fired_are_not() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said air defences had shot down seven of ten cruise "
        "missiles fired at the shipyard overnight and destroyed three sea drones. Ukraine "
        "fired 40 drones at the port and used five sea drones."
    )
    assert claims[3].categories == [Category.UAV]
    assert claims[7].categories == [Category.CRUISE_MISSILES]
    assert 40 not in claims and 5 not in claims  # fired and used, not lost


def test_machines_lost_after_machines_downed_are_the_same_machines() -> None:
    claims = claims_of(
        "The air force said its units shot down 431 drones, while a further 268 were lost in "
        "location. Two soldiers were lost in the attack."
    )
    assert claims[268].categories == [Category.UAV]
    assert claims[2].categories[0].is_people  # people lost are people, whatever came before


def test_personnel_listed_with_equipment_losses_are_a_loss_and_deployed_are_not() -> None:
    claims = claims_of(
        "Russia has now lost more than 6,500 tanks. The same update listed 12,373 armoured "
        "combat vehicles and around 407,240 personnel. Some 12,000 personnel were deployed."
    )
    assert claims[407_240].categories == [Category.CASUALTIES]
    assert 12_000 not in claims


def test_one_rescuer_a_police_officer_and_guards_are_civilians_counted() -> None:
    claims = claims_of(
        "One firefighter was killed in Kharkiv, the regional administration said. The first "
        "drone had already injured three security guards. Two police officers were among the "
        "injured."
    )
    assert (claims[1].population, claims[1].subgroup) == (Population.CIVILIAN, "rescuers")
    assert claims[1].categories == [Category.KILLED]
    assert (claims[3].population, claims[3].subgroup) == (Population.CIVILIAN, "security guards")
    assert (claims[2].population, claims[2].subgroup) == (Population.CIVILIAN, "police officers")
    assert claims[2].categories == [Category.WOUNDED]


def test_the_fallen_are_the_dead_but_a_falling_count_is_not() -> None:
    claims = claims_of(
        "The governor had spoken of about 800 fallen. The number of attacks has fallen to 12."
    )
    assert claims[800].categories == [Category.KILLED]
    assert claims[800].qualifier is Qualifier.APPROXIMATELY
    assert 12 not in claims


def test_two_kinds_of_people_taken_prisoner() -> None:
    claims = claims_of("The register lists 27 athletes and coaches taken prisoner by Russian "
                       "forces. A further 52 have been killed while serving in the armed forces.")
    assert claims[27].categories == [Category.CAPTURED]
    assert claims[27].subject is Subject.UKRAINE  # (taken by Russia's forces: Ukraine's men)
    assert (claims[52].subject, claims[52].population) == (Subject.UKRAINE, Population.MILITARY)
    assert claims_of("Four soldiers were captured by Ukrainian forces.")[4].subject is (
        Subject.RUSSIA)


def test_cases_of_wounded_and_personnel_an_update_added() -> None:
    text = ("Russian losses climbed again. The update of December 20 added 2,200 personnel. "
            "Zelensky said there had been 370,000 cases of wounded among Ukrainian troops.")
    claims = claims_of(text)
    assert claims[2_200].categories == [Category.CASUALTIES]
    assert claims[370_000].categories == [Category.WOUNDED]
    assert 2_200 not in claims_of("The brigade added 2,200 personnel to its ranks in spring.")


def test_prisoner_exchanges_and_a_ratio_of_losses_are_not_counts() -> None:
    text = ("Ukraine had carried out 58 prisoner exchanges since 2022. Putin said the proportion "
            "of irrecoverable losses was roughly one to five in Russia's favour. Between one and "
            "three soldiers were killed.")
    claims = extract_article(Article(text=text, published=PUBLISHED),
                             create_backend("rules")).claims
    assert [(c.value, c.low, c.high) for c in claims] == [(None, 1, 3)]
    assert claims_of("Ukrainian forces had taken 23 Russian soldiers prisoner.")[23].categories == [
        Category.CAPTURED]


def test_wounded_soldiers_captured_are_captured_and_detention_is_captivity() -> None:
    claims = claims_of(
        "Ukrainian special forces had captured one wounded North Korean soldier. At least 26 "
        "Ukrainian journalists are currently in Russian detention. By dawn the team had taken "
        "in 23 wounded soldiers."
    )
    assert (claims[1].categories, claims[1].subgroup) == ([Category.CAPTURED],
                                                          "North Korean troops")
    assert (claims[26].categories, claims[26].scope) == ([Category.CAPTURED], Scope.CUMULATIVE)
    assert claims[23].categories == [Category.WOUNDED]  # (taken in by medics)

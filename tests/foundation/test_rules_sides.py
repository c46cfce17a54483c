"""Whose losses a figure counts when the sentence names no side: a source's own dead, and
not the dead of an outside count. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Scope, Subject


def claims_of(text: str, outlet: str | None = None) -> dict[int, Claim]:
    article = Article(text=text, published=date(2025, 3, 7), outlet=outlet)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_servicemen_who_died_are_the_sources_own_dead() -> None:
    claims = claims_of(
        "Defence Minister Sergei Shoigu said 5,937 servicemen had died. President Volodymyr "
        "Zelensky said 31,000 soldiers have died."
    )
    assert claims[5_937].subject is Subject.RUSSIA
    assert claims[31_000].subject is Subject.UKRAINE


def test_troops_a_source_killed_are_the_enemys() -> None:
    claims = claims_of("Defence Minister Sergei Shoigu said its forces killed 5,937 soldiers.")
    assert claims[5_937].subject is Subject.UKRAINE


def test_an_outlets_own_count_is_the_outlets() -> None:
    claims = claims_of(
        "Kontur's journalists have established the names of 92,217 Russian military personnel "
        "who were killed in the war. We have confirmed the deaths of 12,870 men who were "
        "mobilized. Among them are 5,140 officers.",
        "Kontur (English edition)",
    )
    for value in (92_217, 12_870, 5_140):
        assert claims[value].claimant == "Kontur", value
        assert claims[value].claimant_type is ClaimantType.INDEPENDENT, value


def test_a_quoted_we_is_the_speakers_not_the_outlets() -> None:
    claims = claims_of(
        '"We have confirmed that 40 enemy tanks were destroyed," General Oleksandr Syrskyi said.',
        "Kontur",
    )
    assert claims[40].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_losses_a_source_acknowledged_are_its_own() -> None:
    claims = claims_of(
        "A week later Russia's Defence Ministry acknowledged one sailor killed and 27 missing."
    )
    assert claims[1].subject is Subject.RUSSIA
    assert claims[27].subject is Subject.RUSSIA


def test_the_writers_central_estimate_counts_what_the_range_before_it_counts() -> None:
    claims = claims_of(
        "The model suggests that between 250,000 and 330,000 Russian soldiers have been killed. "
        "Our central estimate is 290,000.",
        "The Weekly",
    )
    estimate = claims[290_000]
    assert estimate.categories == [Category.KILLED]
    assert estimate.subject is Subject.RUSSIA
    assert (estimate.claimant, estimate.claimant_type) == ("The Weekly", ClaimantType.INDEPENDENT)


def test_a_translated_posts_source_line_names_the_claimant_of_its_civilian_toll() -> None:
    claims = claims_of(
        "Original post: Kherson Regional Military Administration, official Telegram channel.\n\n"
        "As a result of Russian aggression, 4 people were killed and 21 more were injured over "
        "the day.\n\nBeryslav community: 1 man killed, 43 years old."
    )
    assert {claims[n].claimant for n in (4, 21, 1)} == {"Kherson Regional Military Administration"}
    assert claims[21].categories == [Category.WOUNDED]
    assert claims[1].population is Population.CIVILIAN
    assert claims[1].subject is Subject.UKRAINE


def test_a_list_line_labelled_by_its_place_singles_out_that_place() -> None:
    claims = claims_of(
        "Original post: Kherson Regional Military Administration.\n\n"
        "Beryslav community: 1 person killed, 5 wounded.\n\nDarivka community: 2 wounded."
    )
    assert claims[1].subgroup == claims[5].subgroup == "Beryslav community"
    assert claims[2].subgroup == "Darivka community"


def test_a_possessive_reference_points_at_its_possessor() -> None:
    claims = claims_of(
        "The Russian Defence Ministry said its forces had repelled the raid. Kyiv has not "
        "commented. Separately, the ministry's daily briefing put Ukrainian losses over the "
        "past day at up to 1,350 servicemen."
    )
    assert claims[1_350].claimant == "Russian Ministry of Defense"


def test_enemy_attacks_strike_the_sources_own_civilians() -> None:
    claims = claims_of(
        "Over the past day, Russian occupiers shelled 27 settlements of Kharkiv region. As a "
        "result of enemy attacks, 5 people were killed and 31 injured, the head of the Kharkiv "
        "Regional Military Administration said."
    )
    assert claims[5].subject is Subject.UKRAINE
    assert claims[31].subject is Subject.UKRAINE
    assert claims[5].population is Population.CIVILIAN


def test_soldiers_an_official_says_have_been_killed_are_its_own_but_occupiers_are_not() -> None:
    claims = claims_of(
        "Russia's defence ministry said 612 soldiers have been killed since the start of the "
        "operation.\n\nUkraine's Operational Command South said more than 340 occupiers had "
        "been killed in the week to Friday."
    )
    assert claims[612].subject is Subject.RUSSIA
    assert claims[340].subject is Subject.RUSSIA


def test_an_official_goes_on_about_its_sides_dead_after_another_official_of_that_side() -> None:
    claims = claims_of(
        "In October 2022 Russia's defence minister said 6,020 troops had been killed since the "
        "war began. Russia's defence ministry has since reported another 171 troops lost."
    )
    assert claims[171].subject is Subject.RUSSIA


def test_the_side_that_frames_a_sentence_in_time_is_not_the_loser() -> None:
    article = Article(
        text="Since Ukrainian forces crossed into the Kursk region in August, the outlet has "
        "confirmed the deaths of 78 conscripts.",
        published=date(2024, 11, 8),
    )
    claims = extract_article(article, create_backend("rules")).claims
    assert [(c.value, c.subject) for c in claims] == [(78, Subject.RUSSIA)]


def test_pieces_of_a_sides_equipment_name_whose_parts_follow() -> None:
    claims = claims_of(
        "Oryx lists 4,000 pieces of Russian equipment as lost. The same list records 1,682 "
        "pieces of Ukrainian equipment lost, including 306 tanks and 55 aircraft."
    )
    assert claims[306].subject is Subject.UKRAINE
    assert claims[55].subject is Subject.UKRAINE


def test_workers_and_passengers_are_civilians() -> None:
    claims = claims_of(
        "A Russian drone struck a train near Shostka on Tuesday, the regional administration "
        "said. Three passengers were killed and nine were wounded. In 2024 alone, 43 "
        "workers were killed at work."
    )
    for value in (3, 9, 43):
        assert claims[value].population is Population.CIVILIAN
        assert claims[value].subject is Subject.UKRAINE


def test_prisoners_brought_home_or_freed_from_captivity_are_their_sides_captured() -> None:
    claims = claims_of(
        '"We have brought home 95 defenders," President Volodymyr Zelensky said on Wednesday. '
        "In all, 3,405 Ukrainian servicemen have been freed from Russian captivity since "
        "February 2022, the Coordination Headquarters said."
    )
    for value in (95, 3_405):
        assert claims[value].categories == [Category.CAPTURED]
        assert claims[value].subject is Subject.UKRAINE


def test_the_side_that_struck_is_not_the_side_that_lost() -> None:
    claims = claims_of(
        "The death toll from a Russian missile strike on the Ukrainian city of Kryvyi Rih has "
        "risen to 10.\n\nThe death toll from a Ukrainian drone attack on the city has risen to "
        "4, the regional governor said.\n\nThe number of Ukrainian troops killed by Russian "
        "artillery rose to 500.\n\nRussian artillery losses rose to 600."
    )
    assert (claims[10].subject, claims[10].population) == (Subject.UKRAINE, Population.CIVILIAN)
    assert (claims[4].subject, claims[4].population) == (Subject.RUSSIA, Population.CIVILIAN)
    assert claims[4].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    # troops killed by artillery, not artillery lost; and artillery lost is still that
    assert (claims[500].subject, claims[500].categories) == (Subject.UKRAINE, [Category.KILLED])
    assert (claims[600].subject, claims[600].categories) == (
        Subject.RUSSIA,
        [Category.ARTILLERY_SYSTEMS],
    )


def test_a_figure_compared_with_another_sides_counts_that_side() -> None:
    claims = claims_of(
        "According to Oryx, Russia has lost at least 3,600 tanks since the start of the war, "
        "while Ukraine has lost more than 1,000."
    )
    assert claims[3_600].subject is Subject.RUSSIA
    assert (claims[1_000].subject, claims[1_000].categories) == (
        Subject.UKRAINE,
        [Category.TANKS],
    )


def test_prisoners_held_or_freed_are_counted_by_their_own_side() -> None:
    claims = claims_of(
        "More than 8,000 Ukrainian servicemen remain in Russian captivity, according to the "
        "ombudsman Dmytro Lubinets.\n\n"
        "In total, 3,767 Ukrainians have been freed from Russian captivity, Ukraine's "
        "Coordination Headquarters for the Treatment of Prisoners of War said."
    )
    assert (claims[8_000].subject, claims[8_000].categories) == (
        Subject.UKRAINE,
        [Category.CAPTURED],
    )
    freed = claims[3_767]
    assert (freed.subject, freed.categories) == (Subject.UKRAINE, [Category.CAPTURED])
    assert freed.claimant.endswith("Headquarters for the Treatment of Prisoners of War")
    assert freed.claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_source_that_says_it_lost_counts_its_own_losses() -> None:
    claims = claims_of(
        "The Ukrainian Air Force said it had lost 90 aircraft since the invasion began. "
        "Russia's Defence Ministry said it had destroyed 650 Ukrainian aircraft."
    )
    assert claims[90].subject is Subject.UKRAINE
    assert claims[650].subject is Subject.UKRAINE


def test_a_unit_keeps_the_side_it_was_found_to_speak_for() -> None:
    claims = claims_of(
        "The 47th Mechanized Brigade said it had destroyed 12 Russian tanks near Avdiivka. The "
        "brigade also lost two of its own Bradley fighting vehicles, a commander said."
    )
    assert claims[12].claimant == "47th Mechanized Brigade"
    own = claims[2]
    assert own.subject is Subject.UKRAINE
    assert own.claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert own.categories == [Category.ARMORED_COMBAT_VEHICLES]
    assert own.subgroup == "bradley fighting vehicles"  # not "of its own ..."


def test_men_a_governor_says_a_strike_killed_are_civilians() -> None:
    claims = claims_of(
        "In the southern Kherson region, one man was killed and two women were injured by "
        "Russian shelling, Governor Oleksandr Prokudin said on Telegram."
    )
    assert claims[1].population is Population.CIVILIAN
    assert claims[1].subject is Subject.UKRAINE
    # Men a governor says died at the front are soldiers.
    soldiers = claims_of(
        "A deputy governor said that more than 200 men from the region had died in January."
    )
    assert soldiers[200].population is Population.MILITARY


def test_a_figure_supposed_to_reject_it_is_not_a_new_claim() -> None:
    article = Article(
        text="Russia's Defence Ministry claimed on Wednesday that Ukrainian units had lost up "
        'to 150 servicemen over the past day. "If we had lost 150 men in a day, there would '
        'be no battalion left," Captain Taras Melnyk said. "We lost 150 men in a month."',
        published=date(2025, 3, 7),
    )
    claims = extract_article(article, create_backend("rules")).claims
    # the supposed 150 is the ministry's, said again; the one stated after it is new
    ministry, captain = [c for c in claims if c.value == 150]
    assert (ministry.claimant, ministry.subject) == ("Russian Ministry of Defense", Subject.UKRAINE)
    assert captain.claimant.endswith("Taras Melnyk")
    assert (captain.subject, captain.scope) == (Subject.UKRAINE, Scope.PERIOD)


def test_ships_a_side_sank_are_the_enemys() -> None:
    claims = claims_of(
        "Ukrainian forces have sunk or damaged 28 ships since the invasion, including the "
        "flagship Moskva, navy spokesman Dmytro Pletenchuk said."
    )
    assert claims[28].subject is Subject.RUSSIA


def test_a_source_that_counts_soldiers_the_other_side_struck_counts_its_own() -> None:
    claims = claims_of(
        "Three Ukrainian soldiers were killed and seven were wounded when a Russian missile "
        "struck a training ground, the Ground Forces said."
    )
    assert claims[3].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    # Troops named for what they hold are no strike: a spokesman for Ukrainian troops
    # counts the enemy's losses.
    enemy = claims_of(
        "The spokesperson for the Khortytsia group, which oversees Ukrainian troops in the "
        "east, said Russian losses amounted to 13,710 killed and wounded in December."
    )
    assert enemy[13_710].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_drones_intercepted_by_one_sides_air_defences_are_the_other_sides() -> None:
    claims = claims_of(
        "Ukrainian air defences intercepted 52 of 61 drones overnight, the air force said."
    )
    assert claims[52].subject is Subject.RUSSIA
    assert claims[52].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_toll_from_a_days_strike_by_one_side_is_the_other_sides_civilians() -> None:
    claims = claims_of(
        "The death toll from Saturday's Russian missile strike on Sumy has risen to 35, the "
        "State Emergency Service said on Sunday."
    )
    assert claims[35].subject is Subject.UKRAINE
    assert claims[35].population is Population.CIVILIAN


def test_people_killed_where_the_enemy_struck_are_civilians_of_the_struck_side() -> None:
    claims = claims_of(
        "On August 30 the enemy struck a residential area of Kharkiv with guided aerial bombs: "
        "7 people were killed, among them a 14-year-old girl, and 97 were injured, the "
        "regional prosecutor's office said."
    )
    for value in (7, 97):
        assert claims[value].population is Population.CIVILIAN
        assert claims[value].subject is Subject.UKRAINE


def test_the_toll_of_a_building_collapse_counts_the_civilians_of_its_place() -> None:
    claims = claims_of(
        "The death toll from the partial collapse of an apartment building in Belgorod on "
        "Sunday rose to 15, Russia's emergencies ministry said."
    )
    assert claims[15].population is Population.CIVILIAN
    assert claims[15].subject is Subject.RUSSIA


def test_the_wounded_a_units_medics_evacuate_or_treat_are_its_own() -> None:
    claims = claims_of(
        "The battalion's medical unit has evacuated 212 wounded soldiers from this sector since "
        "October, Serhiy said. The senior medic, Lieutenant Iryna Moroz, said her team had "
        "treated 312 wounded soldiers in December."
    )
    for value in (212, 312):
        assert claims[value].subject is Subject.UKRAINE
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_wounded_a_medical_train_carries_are_its_sides_own() -> None:
    claims = claims_of(
        "A medical train carried 1,212 wounded servicemen in February, its chief medic said."
    )
    assert claims[1_212].subject is Subject.UKRAINE


def test_people_hurt_in_a_strike_after_a_military_report_are_civilians() -> None:
    claims = claims_of(
        "In the Zaporizhzhia direction, the enemy lost 132 people and three tanks, the "
        "Southern Defence Forces said.\n\n"
        "The number of people injured in the Kharkiv strike has risen to 15, Governor Oleh "
        "Syniehubov said."
    )
    assert (claims[132].subject, claims[132].population) == (Subject.RUSSIA, Population.MILITARY)
    assert (claims[15].subject, claims[15].population) == (Subject.UKRAINE, Population.CIVILIAN)


def test_a_project_that_names_ukraines_dead_counts_ukraines_losses_unless_told_otherwise() -> None:
    claims = claims_of(
        "The volunteer project UALosses, which works from obituaries and memorial pages, has "
        "identified 61,200 killed. Mediazona has confirmed 79,300 deaths by name."
    )
    assert claims[61_200].subject is Subject.UKRAINE
    assert claims[79_300].subject is Subject.RUSSIA
    claims = claims_of("UALosses has also listed 1,200 Russian soldiers killed.")
    assert claims[1_200].subject is Subject.RUSSIA


def test_a_units_own_soldiers_and_the_same_mens_other_fate_are_its_sides() -> None:
    claims = claims_of(
        "What the brigade said\n\n"
        "A press officer for the Ukrainian assault brigade that led the attack gave a very "
        "different account. Three of the brigade's soldiers had been killed and 11 wounded in "
        "the first two days, he said."
    )
    for value in (3, 11):
        assert claims[value].subject is Subject.UKRAINE, value
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL, value


def test_one_source_of_a_sentence_speaks_for_one_side_for_all_its_figures() -> None:
    claims = claims_of(
        "In March 2022 the Defence Ministry said 1,351 servicemen had been killed and 3,825 "
        "wounded."
    )
    for value in (1_351, 3_825):
        assert claims[value].subject is Subject.RUSSIA, value
        assert claims[value].claimant_type is ClaimantType.RUSSIA_OFFICIAL, value


def test_a_citys_residents_who_fell_serving_are_its_own_sides_soldiers() -> None:
    claims = claims_of(
        "More than 600 of the city's residents have been killed defending the country since "
        "the full-scale invasion began, city officials say. Of those killed, 431 had been "
        "mobilised.\n\n"
        "The council said 612 residents have been killed while serving in the Armed Forces."
    )
    for value in (600, 431, 612):
        assert claims[value].population is Population.MILITARY, value
        assert claims[value].subject is Subject.UKRAINE, value
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL, value


def test_an_article_set_in_russias_regions_counts_their_own_dead_as_russias() -> None:
    claims = claims_of(
        "Orenburg region has buried its dead quietly. Addressing the regional legislature on "
        "Tuesday, the governor said 1,142 residents of the region had been killed since the "
        "start of the special military operation.\n\n"
        '"We have buried 64 of our men," the head of a district near Orsk said. Neighbouring '
        "Bashkortostan and Chelyabinsk publish no figures."
    )
    for value in (1_142, 64):
        assert claims[value].subject is Subject.RUSSIA, value
        assert claims[value].claimant_type is ClaimantType.RUSSIA_OFFICIAL, value
    # the same words in an article set in Ukraine count Ukraine's dead
    claims = claims_of('"We have buried 64 of our men," the head of a district near Sumy said.')
    assert claims[64].subject is Subject.UKRAINE


def test_civilians_killed_by_weapons_another_sides_aircraft_drop_are_the_struck_sides() -> None:
    claims = claims_of(
        "Guided aerial bombs, which Russian aircraft release from beyond the range of most "
        "Ukrainian air defences, killed 97 civilians and injured 681, the mission said."
    )
    assert (claims[97].subject, claims[681].subject) == (Subject.UKRAINE, Subject.UKRAINE)


def test_natos_estimates_are_an_international_bodys_counts_of_armies() -> None:
    claims = claims_of(
        "NATO's secretary-general said on Tuesday that Russia had suffered roughly 900,000 "
        "casualties since February 2022.\n\n"
        "The alliance's estimate is close to the running total published each morning by "
        "Ukraine's General Staff, which on Tuesday put Russian personnel losses at 1,001,300."
    )  # fmt: skip
    assert claims[900_000].claimant_type is ClaimantType.INTERNATIONAL_ORG
    # (not the UN's civilians: NATO counts soldiers)
    assert claims[900_000].population is Population.MILITARY
    assert claims[900_000].subject is Subject.RUSSIA
    # the source named before "which ... put" is the claimant, and its name says nothing of
    # whose losses follow
    assert claims[1_001_300].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[1_001_300].subject is Subject.RUSSIA


def test_weapons_downed_are_russias_unless_downed_over_russia() -> None:
    claims = claims_of(
        "Air force spokesman Yuriy Ihnat said F-16 pilots had downed nine of the cruise "
        "missiles.\n\n"
        "A spokesman for the regional defence said air defences had shot down 14 drones over "
        "Bryansk region overnight, and that 31 drones had been launched from Kursk region.\n\n"
        "The energy ministry said one energy worker was killed and four were injured."
    )  # fmt: skip
    assert claims[9].subject is Subject.RUSSIA
    assert claims[9].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[14].subject is Subject.UKRAINE
    assert claims[1].population is claims[4].population is Population.CIVILIAN


def test_russias_general_staff_is_russian_and_as_of_this_month_is_no_period() -> None:
    claims = claims_of(
        "Ukraine's General Staff put Russian losses at 840,000.\n\n"
        "\"As of this month, 43,000 of our soldiers have been killed,\" the president said.\n\n"
        "Russia's general staff also said this week that Ukraine has lost more than 52,000 "
        "servicemen in the Kursk region."
    )  # fmt: skip
    assert claims[52_000].claimant == "Russian General Staff"
    assert claims[52_000].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[43_000].scope is not Scope.PERIOD


def test_damage_a_ministry_tells_of_no_one_doing_is_its_own_sides() -> None:
    claims = claims_of(
        "The SBU said 41 Russian aircraft had been hit. Russia's defence ministry said seven "
        "aircraft had been damaged.\n\n"
        "Russia's defence ministry said its forces destroyed 12 aircraft in a week."
    )  # fmt: skip
    assert claims[7].subject is Subject.RUSSIA
    assert claims[12].subject is Subject.UKRAINE  # what its forces did: the enemy's


def test_equipment_of_a_kind_counted_before_stays_that_sides() -> None:
    claims = claims_of(
        "The SBU said 41 Russian aircraft had been hit. Russia's defence ministry said it had "
        "downed 162 Ukrainian drones overnight.\n\n"
        "Analysts said they had confirmed 11 aircraft destroyed."
    )  # fmt: skip
    assert claims[162].subject is Subject.UKRAINE
    assert claims[11].subject is Subject.RUSSIA  # the aircraft spoken of, not the drones


def test_a_russian_regions_governor_counts_its_civilians() -> None:
    claims = claims_of(
        "Roman Orlov, the governor of the Saratov region, said on Telegram that debris had "
        "fallen on a residential street. Two people were killed and 11 were wounded, he said."
    )  # fmt: skip
    assert (claims[11].subject, claims[11].claimant_type) == (
        Subject.RUSSIA, ClaimantType.RUSSIA_OFFICIAL)


def test_the_wounded_a_stabilisation_point_takes_in_are_its_sides() -> None:
    claims = claims_of(
        "The brigade's spokesman said Russian forces lost 87 soldiers over the past day.\n\n"
        "On an ordinary night, 12 to 15 wounded come through the doors, the medic said. In "
        "December the point received 412 wounded soldiers, and 19 of them died before they "
        "could be evacuated."
    )  # fmt: skip
    assert claims[87].subject is Subject.RUSSIA
    assert (claims[412].subject, claims[19].subject) == (Subject.UKRAINE, Subject.UKRAINE)
    assert claims[19].categories == [Category.KILLED]
    ranged = next(c for c in extract_article(Article(text=(
        "Russian forces lost 87 soldiers, the spokesman said. On an ordinary night, 12 to 15 "
        "wounded come through the doors, the medic said."), published=date(2025, 3, 7)),
        create_backend("rules")).claims if c.low == 12)  # fmt: skip
    assert ranged.subject is Subject.UKRAINE


def test_wounded_soldiers_in_a_hospitals_care_are_soldiers() -> None:
    claims = claims_of(
        "As of Tuesday, the hospital had received 27,340 wounded servicemen since February "
        "2022, the head surgeon said. In December it took in an average of 38 wounded service "
        "members a day."
    )
    for value in (27_340, 38):
        assert claims[value].population is Population.MILITARY
        assert claims[value].subject is Subject.UKRAINE


def test_casualties_an_army_or_a_country_suffered_after_a_civilian_toll_are_soldiers() -> None:
    claims = claims_of(
        "The governor said seven people were killed and 16 injured in the strike.\n\n"
        "A spokesman for Ukraine's Dnipro group of forces said Russian units trying to widen "
        "the salient had suffered 1,835 casualties since August 11. Britain's Ministry of "
        "Defence estimates that Russia has suffered approximately 850,000 casualties."
    )
    for value in (1_835, 850_000):
        assert (claims[value].subject, claims[value].population) == (
            Subject.RUSSIA, Population.MILITARY)


def test_wounded_entered_in_a_sides_register_are_its_own() -> None:
    claims = claims_of(
        "More than 118,000 servicemen wounded since the full-scale invasion had been entered "
        "in the state register of injured defenders, the ministry told lawmakers."
    )
    assert claims[118_000].subject is Subject.UKRAINE


def test_a_toll_a_military_administration_raises_is_of_civilians() -> None:
    claims = claims_of(
        "A missile strike on the town on Tuesday killed five people and wounded 27. On "
        "Wednesday, the City Military Administration said a 71-year-old man had died in "
        "hospital, raising the death toll to six.\n\n"
        "The Kherson Regional Military Administration put the number of injured in September "
        "at 389."
    )
    for value in (6, 389):
        assert (claims[value].subject, claims[value].population) == (
            Subject.UKRAINE, Population.CIVILIAN)


def test_a_side_that_reports_men_missing_reports_its_own() -> None:
    claims = claims_of(
        "The Russian Defence Ministry first said one serviceman was missing, then withdrew "
        "the statement.\n\n"
        "The Russian Defence Ministry said 57 Ukrainian soldiers were missing after the battle."
    )
    assert claims[1].subject is Subject.RUSSIA
    assert claims[57].subject is Subject.UKRAINE  # a side named is the side that lost them


def test_a_bare_toll_after_a_hit_on_homes_is_of_civilians() -> None:
    claims = claims_of(
        "The air force said Russia launched 40 drones overnight and 31 were shot down.\n\n"
        "05:03 A strike on the Zavodskyi district. A nine-storey residential building is hit.\n\n"
        "06:30 7 dead. 17 injured."
    )
    assert claims[7].population is claims[17].population is Population.CIVILIAN
    assert claims[7].subject is Subject.UKRAINE


def test_the_people_of_a_sabotage_group_are_soldiers() -> None:
    claims = claims_of(
        'The ministry said its forces had "liquidated" a Ukrainian sabotage group of six '
        "people overnight near Sevastopol."
    )
    assert claims[6].population is Population.MILITARY
    assert claims[6].subject is Subject.UKRAINE


def test_a_side_that_pounded_another_killed_its_people() -> None:
    claims = claims_of(
        "Russia pounded Ukraine with missiles and drones overnight, killing at least eight "
        "people in four regions, regional officials said."
    )
    assert claims[8].subject is Subject.UKRAINE
    assert claims[8].population is Population.CIVILIAN


def test_a_side_opening_the_sentence_as_its_topic_is_the_loser() -> None:
    claims = claims_of(
        "Oryx has recorded 101 Ukrainian aircraft and 52 helicopters lost since February "
        "2022. For Russia, the project lists 136 aircraft and 158 helicopters."
    )
    assert claims[101].subject is Subject.UKRAINE
    assert (claims[136].subject, claims[158].subject) == (Subject.RUSSIA, Subject.RUSSIA)


def test_a_russian_regional_outlets_count_of_its_dead_is_russias() -> None:
    text = (
        "[Translated from Russian. The original was published by Zauralye Segodnya, a regional "
        "news site in Kurgan.]\n\n"
        "Families in Kurgan and Shadrinsk queue for the payments. As of November 1, we have "
        "confirmed the deaths of at least 1,512 residents of the region since the start of "
        "the special military operation.\n\n"
        "On October 28, speaking to the regional Duma, the governor said that \"more than 1,100 "
        "of our fellow countrymen\" had died. Another 140 are considered missing, he added.\n\n"
        "The regional health department said that hospitals in the region have treated more "
        "than 700 wounded servicemen."
    )
    claims = claims_of(text)
    assert {claims[v].subject for v in (1_512, 1_100, 700)} == {Subject.RUSSIA}
    # the outlet an aside calls a news site is no person a governor could be
    governor = claims[1_100]
    assert (governor.claimant, governor.claimant_type) == ("governor", ClaimantType.RUSSIA_OFFICIAL)
    assert governor.categories == [Category.KILLED]
    assert claims[700].claimant == "regional health department"
    assert claims[700].claimant_type is ClaimantType.RUSSIA_OFFICIAL


def test_a_source_going_on_with_a_pronoun_keeps_its_side() -> None:
    claims = claims_of(
        "The governor of the Orenburg region said 1,100 soldiers from the region had died. "
        "Another 140 are considered missing, he added. Another 300 were wounded, he said."
    )
    assert claims[140].categories == [Category.MISSING]
    assert {claims[v].claimant_type for v in (1_100, 140, 300)} == {ClaimantType.RUSSIA_OFFICIAL}


def test_vessels_of_a_sides_fleet_that_the_other_destroyed_are_its_losses() -> None:
    claims = claims_of(
        "In the Black Sea, Ukrainian forces have destroyed at least 20 vessels of Russia's Black "
        "Sea Fleet since February 2022, the minister said."
    )
    assert claims[20].subject is Subject.RUSSIA


def test_prisoners_held_laid_down_arms_or_captured_by_nationality() -> None:
    claims = claims_of(
        "The sports ministry's list carries 17 athletes held as prisoners of war in Russia.\n\n"
        "On January 11 the SBU said Ukrainian troops had captured two North Koreans.\n\n"
        "Russia's Defence Ministry said 12 Ukrainian servicemen laid down their arms and "
        "surrendered in the Kursk region."
    )
    assert (claims[17].categories, claims[17].subject) == ([Category.CAPTURED], Subject.UKRAINE)
    assert (claims[2].categories, claims[2].subject) == ([Category.CAPTURED], Subject.RUSSIA)
    assert (claims[12].categories, claims[12].subject) == ([Category.CAPTURED], Subject.UKRAINE)


def test_people_held_by_both_sides_are_both_sides_losses() -> None:
    claims = claims_of(
        "The Red Cross said its delegates have visited more than 3,000 prisoners of war held by "
        "the two sides. Of those it is tracing, about 16,000 are members of the armed forces of "
        "one side or the other."
    )
    assert claims[3_000].subject is Subject.OTHER


def test_the_wounded_a_sources_medics_take_in_are_its_own() -> None:
    claims = claims_of(
        "Ukraine's army medics describe a hard year. In the twelve months I was there, more "
        "than 3,400 wounded men and women came down our stairs, the nurse said. In August we "
        "took in somewhere between 180 and 200 wounded in one week."
    )
    assert claims[3_400].subject is Subject.UKRAINE
    article = Article(text="Ukraine's army medics describe a hard year. In August we took in "
                      "somewhere between 180 and 200 wounded in one week, the nurse said.")
    ranged = [c for c in extract_article(article, create_backend("rules")).claims if c.low]
    assert [(c.low, c.high, c.subject) for c in ranged] == [(180, 200, Subject.UKRAINE)]


def test_civilians_struck_by_the_weapon_of_the_sentence_before_are_the_other_sides() -> None:
    claims = claims_of(
        "08:51 — Vyacheslav Gladkov, governor of Belgorod region\n"
        '"Shebekino came under attack by Ukrainian drones overnight. One civilian was killed. '
        'Four more were wounded."\n\n'
        "11:20 — Odesa Regional Military Administration\n"
        '"A Russian missile hit the port. Two people were killed."'
    )
    assert claims[1].subject is Subject.RUSSIA
    assert claims[4].subject is Subject.RUSSIA
    assert claims[2].subject is Subject.UKRAINE


def test_wounded_soldiers_in_care_are_their_medics_sides() -> None:
    claims = claims_of(
        "When the medical evacuation train left Kramatorsk on Tuesday night, 146 wounded "
        "soldiers were lying in its bunks, its commander said. Of them, 38 were in a serious "
        "condition."
    )
    assert claims[146].subject is claims[38].subject is Subject.UKRAINE
    assert claims[146].claimant_type is claims[38].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_side_a_case_is_brought_against_is_not_the_loser() -> None:
    claims = claims_of(
        "On 8 April 2022 the station was packed with families when a missile burst above "
        "them. That evening the regional governor said 50 people had been killed, five of them "
        "children, and 98 wounded.\n\nTwo years on, the Donetsk regional prosecutor's office, "
        "which is preparing a case against the Russian officers it holds responsible, puts the "
        "toll at 61 dead and 121 wounded."
    )
    assert claims[61].subject is claims[121].subject is Subject.UKRAINE


def test_ships_a_source_admits_were_damaged_are_its_sides_and_the_enemys_are_not() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said sea drones had targeted its ships at Sevastopol. Two "
        "ships under repair were damaged, it acknowledged. It said 12 enemy boats were damaged."
    )
    assert claims[2].subject is Subject.RUSSIA
    assert claims[12].subject is Subject.UKRAINE


def test_a_story_told_in_russias_words_counts_its_own_men_as_russias() -> None:
    text = (
        "A stele to our countrymen who fell in the special military operation was unveiled. "
        "Relatives of SMO participants gathered. \"Over the entire period of the special "
        "military operation, eight of our men have been listed as missing, and two are in "
        "captivity,\" the district deputy Nikolai Fedoseyev said."
    )
    claims = claims_of(text)
    assert claims[8].subject is Subject.RUSSIA
    assert claims[8].scope is Scope.CUMULATIVE
    assert claims[8].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    # The same words with Russia's name for the war only quoted are Ukraine's story.
    quoted = text.replace("the special military operation", "the \"special military operation\"")
    assert claims_of(quoted.replace("SMO participants", "the soldiers"))[8].subject is (
        Subject.UKRAINE)


def test_athletes_killed_are_soldiers_by_default_and_counted_by_their_own_side() -> None:
    claims = claims_of(
        "The Ministry of Youth and Sports puts the figure at 589 athletes and coaches killed "
        "in the war. "
        "Of those, 512 died while serving in the armed forces, and 77 were killed as "
        "civilians. Coaches account for 118 of the dead, the ministry said. His coach in "
        "Rivne, Petro Lysenko, said three of the club's fighters had been killed at the front."
    )
    assert (claims[589].subject, claims[589].population) == (Subject.UKRAINE, Population.MILITARY)
    assert claims[589].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[512].population is Population.MILITARY
    assert claims[77].population is Population.CIVILIAN
    assert claims[118].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[3].claimant_type is ClaimantType.UNKNOWN  # a coach is no one's official

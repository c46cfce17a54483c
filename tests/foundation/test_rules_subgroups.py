"""How the rules backend finds the part of a side's losses a figure counts: people named
once for two fates, and a unit's sector (its spokesman's figures, the figures of what it
destroyed). Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Population, Scope

PUBLISHED = date(2025, 1, 14)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_people_named_once_are_counted_by_both_fates() -> None:
    claims = claims_of(
        "The prosecutor's office said 19 children were killed and 88 injured in December."
    )
    assert claims[19].subgroup == claims[88].subgroup == "children"
    assert claims[88].population is Population.CIVILIAN


def test_an_aside_on_children_does_not_pass_to_the_next_figure() -> None:
    claims = claims_of(
        "The mission has verified 13,883 civilians killed, including 716 children, and "
        "35,548 injured since February 2022."
    )
    assert claims[716].subgroup == "children"
    assert claims[35_548].subgroup is None


def test_a_brigade_spokesmans_figures_are_the_brigades_sector() -> None:
    claims = claims_of(
        "Captain Ivan Petrenko, spokesman for the 93rd Mechanized Brigade, said Russian forces "
        "had lost 420 soldiers in the past week. He said 37 Russian tanks had been destroyed."
    )
    assert claims[420].subgroup and "93rd Mechanized Brigade" in claims[420].subgroup
    assert claims[37].subgroup == claims[420].subgroup


def test_what_a_unit_destroyed_is_counted_in_its_sector() -> None:
    claims = claims_of(
        "According to the commander, the brigade killed 217 Russian soldiers last week. "
        "Ukraine's General Staff said Russia had lost 1,250 troops over the past day."
    )
    assert claims[217].subgroup == "the brigade"
    assert claims[1_250].subgroup is None


def test_an_armys_own_units_are_not_a_sector() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said its air defence units destroyed 59 Ukrainian drones "
        "overnight."
    )
    assert claims[59].subgroup is None


def test_a_count_phrase_after_a_days_figure_is_the_running_total() -> None:
    claims = claims_of(
        "On Thursday, the General Staff reported 1,140 Russian casualties over the past day, "
        "bringing the total since February 2022 to 1,405,900."
    )
    assert claims[1_140].scope is Scope.DAILY
    assert claims[1_405_900].scope is Scope.CUMULATIVE


def test_a_narrower_kind_of_equipment_is_a_subgroup() -> None:
    claims = claims_of(
        "The ministry said Ukraine had lost 212 infantry fighting vehicles, 148 armoured "
        "personnel carriers and 262 tanks since August, as well as 16 German-made Leopard "
        "tanks and 60 fuel tanks."
    )
    assert claims[212].subgroup == "infantry fighting vehicles"
    assert claims[148].subgroup == "armoured personnel carriers"
    assert claims[262].subgroup is None
    assert claims[16].subgroup == "german-made leopard tanks"
    assert claims[60].subgroup == "fuel tanks"


def test_a_foreign_contingent_is_a_subgroup_for_both_fates() -> None:
    claims = claims_of(
        "The agency said about 300 North Korean soldiers had been killed and around 2,700 "
        "wounded, while Russia had lost 1,200 troops over the past day."
    )
    assert claims[300].subgroup == claims[2_700].subgroup == "North Korean troops"
    assert claims[1_200].subgroup is None


def test_a_group_of_forces_sector_named_mid_sentence_is_a_subgroup() -> None:
    claims = claims_of(
        "Ukraine had lost up to 2,760 troops in the Dnipro group's zone over the past week, "
        "the Russian Defence Ministry said. It said Kyiv lost up to 430 servicemen in the "
        "sector of the \"West\" group. Across the whole front, Ukraine lost 1,615 troops."
    )
    assert claims[2_760].subgroup is not None
    assert claims[430].subgroup is not None
    assert claims[1_615].subgroup is None


def test_a_group_of_forces_named_after_its_noun_or_by_where_it_operates_is_a_sector() -> None:
    claims = claims_of(
        "Russian troops lost 1,205 people over the past day in the zone of responsibility of "
        'the operational-strategic group of troops "Dnipro". The ministry said Kyiv had lost '
        "up to 415 servicemen over the past day in areas where its West group of forces "
        "operates."
    )
    assert claims[1_205].subgroup == "Dnipro group's sector"
    assert claims[415].subgroup == "West group's sector"


def test_the_whole_front_named_nearer_a_figure_keeps_it_out_of_a_sector() -> None:
    claims = claims_of(
        "The ministry said Ukraine had lost up to 1,480 servicemen across the front line, "
        "including up to 520 in the zone of the Vostok group of forces."
    )
    assert claims[1_480].subgroup is None
    assert claims[520].subgroup == "Vostok group's sector"


def test_a_spokesman_of_the_group_just_named_speaks_for_its_sector() -> None:
    claims = claims_of(
        "The enemy lost 980 people over the past day in the zone of responsibility of the "
        'operational-strategic group of troops "Dnipro". Its spokesman, Ivan Koval, said this '
        'on television on Tuesday. "Over the past day, in our zone of responsibility, the '
        'enemy also lost 7 tanks and 19 artillery systems," Koval said.'
    )
    assert claims[7].subgroup == claims[19].subgroup == "Dnipro group's sector"
    assert len([c for c in claims.values() if c.value == 980]) == 1


def test_there_refers_to_the_place_the_sentence_before_named() -> None:
    claims = claims_of(
        "The spokesman said the enemy lost 640 people over the past day. On the Siversk "
        "direction, the defenders repelled 12 assaults. The enemy's losses there amounted "
        "to 118 people, of whom 40 were killed. There were 77 clashes."
    )
    assert claims[118].subgroup == claims[40].subgroup == "Siversk direction"
    assert claims[640].subgroup is None


def test_a_list_of_places_breaks_down_the_days_toll_before_it() -> None:
    claims = claims_of(
        "Over the past day, Russian troops shelled 19 settlements of the region. As a result, "
        "6 people were killed and 27 injured. This was reported in the evening summary as of "
        "18:00 by the head of the regional military administration, Ivan Petrenko.\n\n"
        "Consequences of shelling by districts:\n\n"
        "▪️ Sumy city — 3 dead, 11 injured.\n\n"
        "▪️ Shostka district — 9 injured in the village of Voronizh."
    )
    assert (claims[11].subgroup, claims[11].scope, claims[11].as_of) == (
        "Sumy city", Scope.DAILY, PUBLISHED.isoformat())
    assert claims[9].subgroup == "Shostka district"
    assert claims[6].claimant_type.value == claims[11].claimant_type.value == "ukraine_official"


def test_two_named_axes_or_sectors_are_one_sector() -> None:
    claims = claims_of(
        "Over the past week, on the Azov and Dnipro axes together, the enemy lost 1,184 "
        "personnel, the spokesman said. Units in the Stepove and Vilne sectors destroyed "
        "nine tanks."
    )
    assert claims[1_184].subgroup == "Azov and Dnipro axes"
    assert claims[9].subgroup == "Stepove and Vilne sectors"


def test_this_front_refers_to_the_front_the_sentence_before_named() -> None:
    claims = claims_of(
        "The General Staff said the heaviest fighting was on the Siversk front. "
        "According to preliminary data, 189 occupiers were neutralised on this front that "
        "day, and 14 drones were destroyed in that direction."
    )
    assert claims[189].subgroup == claims[14].subgroup == "Siversk front"


def test_in_the_region_refers_to_the_region_named_last() -> None:
    claims = claims_of(
        "The governor of Russia's Belgorod region said on Monday that 248 civilians in the "
        "region had been killed since February 2022.\n\n"
        "Fighting went on along the border. The regional prosecutor's office said 31 people "
        "had been wounded in the region in December.\n\n"
        "Kyiv said 1,500 Russian soldiers had been killed in a week."
    )
    assert claims[248].subgroup == "Belgorod region"
    # a later paragraph's "in the region" still means the region named last
    assert claims[31].subgroup == "Belgorod region"
    assert claims[1_500].subgroup is None


def test_the_toll_in_a_named_town_is_that_towns() -> None:
    claims = claims_of(
        "The toll in Kryvyi Rih has risen to four dead and 14 injured, the head of the city's "
        "military administration said."
    )
    assert claims[4].subgroup == claims[14].subgroup == "Kryvyi Rih"


def test_an_oblast_named_with_a_capital_is_a_region() -> None:
    claims = claims_of(
        "In Donetsk Oblast, Russian attacks killed 3 people, Governor Vadym Filashkin said. "
        "Russian attacks killed 2 people in Kharkiv Oblast, the regional governor said."
    )
    assert claims[3].subgroup == "Donetsk Oblast"
    assert claims[2].subgroup == "Kharkiv Oblast"


def test_list_lines_labelled_by_an_oblast_each_count_their_oblast() -> None:
    text = (
        "Over the past day, Russian attacks killed 5 people and injured 29 others across "
        "Ukraine, according to regional authorities.\n\nDonetsk Oblast: 2 killed, 7 injured.\n"
        "Kharkiv Oblast: 1 killed, 10 injured.\nKherson Oblast: 2 killed, 12 injured.\n"
    )
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    killed_two = sorted(c.subgroup or "" for c in claims if c.value == 2)
    assert killed_two == ["Donetsk Oblast", "Kherson Oblast"]  # two claims, not one repeated


def test_a_place_in_a_list_ends_where_a_time_phrase_begins() -> None:
    claims = claims_of(
        "Russian shelling killed 2 people in the Kherson region and 1 in the Donetsk region "
        "over the past day, according to local authorities."
    )
    assert claims[1].subgroup == "the Donetsk region"
    assert claims[1].scope is Scope.DAILY


def test_the_place_the_dead_came_from_is_their_subgroup() -> None:
    claims = claims_of(
        "At least 8,900 Russian soldiers from Bashkortostan have died in the war, according to "
        "Mediazona. The governor said 248 civilians in the Kharkiv region had been killed and "
        "that 96 residents in the region had been wounded."
    )
    assert claims[8_900].subgroup == "Bashkortostan"
    assert claims[8_900].claimant == "Mediazona"
    assert claims[248].subgroup == "Kharkiv region"
    assert claims[96].subgroup == "Kharkiv region"  # "the region" just named


def test_a_unit_speakers_title_is_not_the_units_name() -> None:
    claims = claims_of(
        "Ukraine's 25th Airborne Brigade says it killed 1,100 Russian soldiers near Pokrovsk in "
        "December.\n\n\"We destroyed 42 tanks last month,\" brigade spokesperson Oleksandr "
        "Borodin said. Captain Ivan Petrenko, the 93rd Brigade's commander, said his unit had "
        "destroyed 37 tanks."
    )
    assert claims[42].claimant == "Oleksandr Borodin"
    assert claims[42].subgroup != claims[42].claimant  # a person is no sector
    assert claims[37].subgroup == "93rd Brigade"


def test_a_regions_day_list_counts_civilians_by_district_and_sums_them() -> None:
    article = Article(
        text="Kharkiv region, 24 hours:\n• Kupiansk district: 2 killed, 3 injured;\n"
        "• Kharkiv city: 1 injured;\n• Chuhuiv district: 4 injured.\n"
        "In total, 2 people were killed and 8 injured, Governor Oleh Syniehubov said.\n",
        published=PUBLISHED,
    )
    claims = extract_article(article, create_backend("rules")).claims
    lines = [c for c in claims if c.subgroup and "district" in c.subgroup]
    assert len(lines) == 3
    assert all(c.population is Population.CIVILIAN for c in claims)
    assert all(c.scope is Scope.DAILY for c in claims)
    assert {c.claimant for c in claims} == {"Oleh Syniehubov"}  # not an army's list
    totals = [c for c in claims if c.value == 8]
    assert totals[0].subgroup is None  # the sum of the districts


def test_officers_generals_and_conscripts_are_subgroups_of_the_dead() -> None:
    claims = claims_of(
        "At least 1,530 Russian officers have been killed since February 2022, among them 7 "
        "generals, Mediazona said. It also counted 78 conscripts killed in the Kursk region."
    )
    assert claims[1_530].subgroup == "officers"
    assert claims[78].subgroup == "conscripts"


def test_a_part_named_in_an_aside_does_not_pass_to_the_next_fate() -> None:
    claims = claims_of(
        "A Russian ballistic missile struck the center of Sumy on Sunday, killing 35 people, "
        "including two children, and injuring 117, Ukrainian officials said."
    )
    assert claims[2].subgroup == "children"
    assert claims[117].subgroup != "children"
    assert claims[117].subgroup == claims[35].subgroup  # the strike's, as the dead


def test_the_place_the_dead_died_in_is_their_subgroup() -> None:
    claims = claims_of(
        "Prigozhin claimed that Ukraine had lost more than 50,000 soldiers killed in Bakhmut. "
        "Separately, shelling killed three civilians in Avdiivka, the town's administration said."
    )
    assert claims[50_000].subgroup == "Bakhmut"
    assert claims[3].subgroup == "Avdiivka"


def test_a_list_of_three_regions_is_one_place() -> None:
    claims = claims_of(
        "The authorities reported 12 civilians killed in the Belgorod, Kursk and Bryansk "
        "regions in December."
    )
    assert claims[12].subgroup == "Belgorod, Kursk and Bryansk regions"


def test_drones_downed_over_a_region_are_not_a_part_of_the_sides_losses() -> None:
    claims = claims_of(
        "Ukraine's air force said it shot down 88 of the 104 drones over the Odesa, Sumy and "
        "Kharkiv regions, while Russian strikes killed four civilians in the Odesa region."
    )
    assert claims[88].subgroup is None
    assert claims[4].subgroup == "Odesa region"


def test_air_losses_told_by_the_region_they_fell_over_are_a_part_of_them() -> None:
    claims = claims_of(
        "Russia's defence ministry said its air defences destroyed 57 Ukrainian drones "
        "overnight, 35 of them over the Kursk region, and 21 drones over the Bryansk region "
        "on Sunday. Ukraine's air force said it downed 40 drones over Russian regions."
    )
    assert claims[35].subgroup == "Kursk region"
    assert claims[21].subgroup == "Bryansk region"
    assert claims[57].subgroup is None  # the whole
    assert claims[40].subgroup is None  # all of them


def test_people_counted_by_their_role_are_a_subgroup() -> None:
    claims = claims_of(
        "The navy said the strike killed seven crew members and wounded six. A drone hit a "
        "bus, killing three passengers, and shelling killed two railway workers. Kyiv says "
        "8,000 Russian service members were killed in May."
    )
    assert claims[7].subgroup == claims[6].subgroup == "crew"
    assert claims[3].subgroup == "passengers"
    assert claims[2].subgroup == "railway workers"  # (their trade with them)
    assert claims[8000].subgroup is None  # service members are the whole force


def test_a_group_of_forces_that_inflicts_the_losses_is_their_sector() -> None:
    text = (
        "Russia's Defence Ministry said on Wednesday that its \"Zapad\" (West) group of forces "
        "had inflicted losses of up to 215 servicemen on Ukrainian troops over the past day, "
        "and destroyed four armoured vehicles."
    )
    claims = claims_of(text)
    assert claims[215].subgroup == claims[4].subgroup == "Zapad group's sector"
    # the gloss's parenthesis closed before the figure: the evidence does not open inside it
    assert not claims[215].evidence.startswith("West)")


def test_an_operation_named_by_its_place_is_the_sector_of_its_losses() -> None:
    claims = claims_of(
        "In total, since the start of the Kursk operation on 6 August, the enemy has lost more "
        "than 41,270 servicemen and 262 tanks, the ministry said."
    )
    assert claims[41_270].subgroup == claims[262].subgroup == "Kursk operation"


def test_a_part_of_the_dead_told_apart_by_what_is_said_of_it() -> None:
    claims = claims_of(
        "Police said 40 people were killed in the strike.\n\n17:30 — Of the dead, 14 were "
        "found at the apartment building in Sviatoshynskyi district, the mayor said. Of the "
        "children killed, 3 were under the age of three."
    )
    assert claims[14].categories[0] is Category.KILLED
    assert claims[14].subgroup == "found at the apartment building in Sviatoshynskyi district"
    assert claims[3].population is Population.CIVILIAN
    assert claims[3].subgroup == "children under the age of three"


def test_a_part_told_in_a_later_sentence_is_of_its_wholes_report() -> None:
    claims = claims_of(
        "Ukraine marked Children's Day on Sunday with a grim update. According to the Office "
        "of the Prosecutor General, at least 631 children have been killed and more than 1,980 "
        "injured since 24 February 2022.\n\nThe office stressed that its figures are not "
        "final.\n\nOf the children killed, 97 were under the age of three, the office said."
    )
    assert claims[97].scope is claims[631].scope is Scope.CUMULATIVE
    assert claims[97].as_of == claims[631].as_of == "2025-01-12"


def test_a_city_and_a_region_after_a_compass_word_are_the_sector() -> None:
    claims = claims_of(
        "Across Kyiv city as a whole, the mission recorded 47 civilians killed in December. "
        "In the southern Kherson region, Russian shelling killed three civilians, the "
        "governor said. A Russian strike on a Ukrainian city killed 12 people."
    )
    assert claims[47].subgroup == "Kyiv city"
    assert claims[3].subgroup == "Kherson region"
    assert claims[12].subgroup != "Ukrainian city"


def test_land_the_other_side_occupies_is_the_sector() -> None:
    claims = claims_of(
        "The mission recorded nine civilians killed and 32 injured during the month in "
        "territory occupied by the Russian Federation. In Russian-occupied areas of the "
        "Zaporizhzhia region, 14 civilians were killed."
    )
    assert claims[9].subgroup == claims[32].subgroup == (
        "territory occupied by the Russian Federation")
    assert claims[14].subgroup == "Russian-occupied areas"


def test_a_generals_rank_does_not_end_the_sentence_that_names_the_place() -> None:
    claims = claims_of(
        "After Ukrainian forces withdrew from the eastern city of Vuhledar on Oct. 2, Brig. "
        "Gen. Ivan Petrenko said that Russia had lost more than 21,000 troops killed and "
        "wounded in the area since its offensive began in July."
    )
    assert claims[21000].subgroup == "Vuhledar"
    assert claims[21000].claimant == "Ivan Petrenko"


def test_there_refers_to_a_place_named_earlier_in_its_own_sentence() -> None:
    claims = claims_of(
        "Since May, when Ukrainian troops crossed into the Bryansk region, we have found the "
        "names of 900 Russian soldiers who were killed there.\n\n"
        "Since June 1, when the enemy began its offensive on Chasiv Yar, its losses there have "
        "exceeded 8,000 killed and wounded, the spokesman said. There have been 31 assaults "
        "since Monday, and the enemy lost 400 troops across the front."
    )
    assert claims[900].subgroup == "Bryansk region"
    assert claims[8000].subgroup == "Chasiv Yar"
    assert claims[400].subgroup is None


def test_a_strike_named_by_its_day_and_a_town_shelled_single_out_their_tolls() -> None:
    claims = claims_of(
        "The mayor of Dnipro says the death toll from Monday's missile strike on an apartment "
        "building has risen to 23.\n\n"
        "Two civilians were killed in Russian shelling of Kherson overnight, the regional "
        "military administration said."
    )
    assert claims[23].subgroup == "missile strike"
    assert claims[2].subgroup == "Kherson"


def test_a_force_named_in_a_count_phrase_is_the_tolls_subgroup() -> None:
    claims = claims_of(
        "South Korea's spy agency put the number of North Korean casualties at 1,100. The "
        "number of Russian casualties has passed 700,000, Kyiv says."
    )
    assert claims[1_100].subgroup == "North Korean troops"
    assert claims[700_000].subgroup is None


def test_a_part_of_a_force_whose_whole_was_no_loss_keeps_the_force() -> None:
    claims = claims_of(
        "Ukraine's military intelligence agency said around 11,000 North Korean troops had "
        "been deployed to the Kursk region, and that 3,000 of them had been killed or wounded."
    )
    assert 11_000 not in claims
    assert claims[3_000].subgroup == "North Korean troops"
    assert claims[3_000].claimant == "Main Directorate of Intelligence of Ukraine"


def test_a_unit_named_by_its_ordinal_after_according_to_speaks_for_its_sector() -> None:
    claims = claims_of(
        "Russian forces have lost more than 200 tanks trying to take the town since October, "
        "according to the commander of Ukraine's 110th Brigade, who asked to be identified "
        "only by his call sign."
    )
    assert claims[200].claimant == "commander of Ukraine's 110th Brigade"
    assert claims[200].subgroup == "110th Brigade"


def test_a_town_the_losses_were_around_singles_them_out_unless_only_most_were() -> None:
    claims = claims_of(
        "A volunteer mapping project has documented 23 destroyed Russian tanks and 58 armoured "
        "vehicles around Kupiansk since August 1."
    )
    assert claims[23].subgroup == claims[58].subgroup == "Kupiansk"
    claims = claims_of(
        "Officials said Russia had suffered more than 90,000 casualties since December, most "
        "of the losses in and around Bakhmut."
    )
    assert claims[90_000].subgroup is None


def test_a_district_is_a_place_and_the_narrower_of_a_region_and_its_district() -> None:
    claims = claims_of(
        "In the Glushkovo district two people died and six were wounded, the governor said.\n\n"
        "Elsewhere in the Zaporizhzhia region, Russian shelling killed four people in the "
        "Polohy district."
    )  # fmt: skip
    assert claims[2].subgroup == claims[6].subgroup == "Glushkovo district"
    assert claims[4].subgroup == "Polohy district"


def test_a_town_singled_out_with_alone_is_the_subgroup_but_a_month_is_not() -> None:
    claims = claims_of(
        "In Bilozerka alone, 31 people have been killed since January, the governor said.\n\n"
        "In May alone, 24 people were killed, the police said."
    )
    assert claims[31].subgroup == "Bilozerka"
    assert claims[24].subgroup is None


def test_the_town_a_sentence_opens_on_singles_out_its_tolls() -> None:
    claims = claims_of(
        "In Novaya Tavolzhanka, Shebekino district, one resident was killed and four were "
        "wounded, the governor said.\n\nIn Zelensky's words, 43,000 soldiers have died."
    )
    assert (claims[1].subgroup, claims[4].subgroup) == ("Novaya Tavolzhanka",) * 2
    assert claims[43_000].subgroup is None  # a person's words are no place


def test_a_region_heading_places_the_tolls_of_its_section() -> None:
    claims = claims_of(
        "Russian strikes hit eight regions overnight, governors said.\n\n"
        "Kherson region:\n\n"
        "Russian forces shelled 34 settlements, Governor Oleksandr Prokudin said. Two people "
        "were killed and 12 others wounded, he said.\n\n"
        "Front line:\n\n"
        "Russia lost 1,690 troops over the past day, the General Staff said."
    )
    assert claims[2].subgroup == "Kherson region"
    assert claims[12].subgroup == "Kherson region"
    assert claims[1_690].subgroup is None


def test_a_force_named_before_a_toll_word_is_its_subgroup() -> None:
    claims = claims_of(
        "South Korea's Joint Chiefs of Staff put North Korean casualties at around 1,100."
    )
    assert claims[1_100].subgroup == "North Korean troops"


def test_a_part_of_a_force_a_sentence_opens_on_is_that_force() -> None:
    claims = claims_of(
        "Of the roughly 11,000 North Korean soldiers deployed there, we assess that more than "
        "4,000 have been killed or wounded, the US official said."
    )
    assert claims[4_000].subgroup == "North Korean troops"
    assert 11_000 not in claims  # (deployed: the whole, no loss)


def test_the_dead_from_a_region_are_its_subgroup() -> None:
    claims = claims_of(
        "Mediazona has identified 2,412 dead from Chelyabinsk region since the start of the "
        "invasion. The UN has recorded 28,382 injured from February 2022 to December."
    )
    assert claims[2_412].subgroup == "Chelyabinsk region"
    assert claims[28_382].subgroup is None  # (a month is no place)


def test_a_force_named_before_its_fighters_is_their_subgroup() -> None:
    claims = claims_of(
        "Kadyrov acknowledged that three Akhmat fighters had been killed. The General Staff said "
        "1,200 Russian soldiers were killed on Monday."
    )
    assert claims[3].subgroup == "Akhmat fighters"
    assert claims[1_200].subgroup is None  # (a side is no force of its own)

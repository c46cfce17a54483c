"""Who the rules backend says makes a claim: a source described in an aside before its
verb, and a time phrase in front of a name. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.backends.rules.claimants import canonical_claimant
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Subject

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_source_described_in_an_aside_before_its_verb_is_the_claimant() -> None:
    claims = claims_of(
        "Oryx, an open-source project that counts only losses seen in photographs, has "
        "documented 103 Russian aircraft destroyed.\n\n"
        "Kordon-7, a volunteer database that gathers appeals from families, lists more than "
        "48,000 Russian servicemen as missing.\n\n"
        "Mediazona, on the same terms, has confirmed the deaths of 12,000 Russian soldiers."
    )
    assert (claims[103].claimant, claims[103].claimant_type) == ("Oryx", ClaimantType.INDEPENDENT)
    # the aside says what an unknown name is, and a name may hold digits of its own
    assert claims[48_000].claimant == "Kordon-7"
    assert claims[48_000].claimant_type is ClaimantType.INDEPENDENT
    assert claims[12_000].claimant_type is ClaimantType.INDEPENDENT


def test_a_time_phrase_before_a_name_is_not_part_of_it() -> None:
    claims = claims_of(
        "A day earlier Hrytsenko reported 1,206 Russian losses in the brigade's zone. "
        "Two weeks later Volkov said 2,310 Ukrainian soldiers had been killed. By the end of "
        "August Kordon-7 had confirmed the deaths of 3,120 Russian soldiers."
    )
    assert claims[1_206].claimant == "Hrytsenko"
    assert claims[2_310].claimant == "Volkov"
    assert claims[3_120].claimant == "Kordon-7"


def test_analysts_commenting_in_passing_do_not_become_the_source_of_later_figures() -> None:
    claims = claims_of(
        "The General Staff said Russia lost 1,130 troops over the past day. The count has "
        "slowed, a sign, analysts say, of fewer assaults. Russia also lost 21 artillery "
        "systems over the past day."
    )
    assert claims[21].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_armed_forces_of_a_country_name_the_side_that_lost() -> None:
    claims = claims_of(
        "Russian troops lost 1,230 people over the past day, the General Staff said.\n\n"
        "Russia's Ministry of Defence, for its part, claimed that the Armed Forces of Ukraine "
        "had lost up to 160 servicemen and three tanks near Pokrovsk."
    )
    assert claims[160].subject.value == claims[3].subject.value == "ukraine"


def test_a_citation_mark_after_a_full_stop_ends_the_sentence_and_its_source() -> None:
    claims = claims_of(
        "Eastern Group of Forces Spokesperson Ivan Petrenko stated on March 11 that Russian "
        "forces lost 402 personnel in the Kupiansk direction in the past day.[3] The Ukrainian "
        "General Staff reported on March 12 that Ukrainian forces killed or wounded 1,310 "
        "Russian personnel across the front.[4] Frontline Watch has geolocated footage showing "
        "at least 41 destroyed Russian tanks near the town."
    )
    assert claims[402].claimant == "Ivan Petrenko"
    assert claims[1_310].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[1_310].subgroup is None  # the group named in a title opens no sector
    assert claims[41].claimant != claims[1_310].claimant


def test_the_outlet_counting_in_its_own_voice_is_the_claimant_and_dates_its_count() -> None:
    article = Article(
        text=(
            "As of March 5, we have been able to confirm the names of 61,400 Russian "
            "soldiers killed in the war. According to our estimates, at least 20,000 convicts "
            "have been recruited since 2022.\n\n"
            "We have also counted 9,100 mobilised men, called up under the mobilisation "
            "announced in September 2022. The list includes 3,020 officers, of whom we have "
            "confirmed the deaths of 412 in the Kursk region."
        ),
        published=PUBLISHED,
        outlet="Ledger Weekly (English edition)",
    )
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[61_400].claimant == "Ledger Weekly"
    assert claims[61_400].claimant_type is ClaimantType.INDEPENDENT
    # "our estimates" is the writer's, not a source named "According to our"
    assert all(c.claimant == "Ledger Weekly" for c in claims.values())
    # the mobilisation announced in September 2022 does not date the outlet's statement
    assert claims[412].as_of == "2025-03-05"


def test_a_name_spelled_out_before_its_acronym_speaks_and_the_outlets_acronym_is_its_own() -> None:
    article = Article(
        text=(
            "IDA has geolocated footage showing at least 41 destroyed Russian tanks near "
            "Vuhledar since October 2.\n\n"
            "The Russian Ministry of Defense (MoD) claimed on November 3 that Ukrainian forces "
            "lost up to 310 personnel in the direction over the past day, but IDA has not "
            "observed confirmation.\n\n"
            "The Center for Strategic and International Studies (CSIS) estimated that Russia "
            "has suffered about 780,000 casualties."
        ),
        published=date(2023, 11, 3),
        outlet="Institute for Defence Analysis",
    )
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[41].claimant == "Institute for Defence Analysis"
    assert claims[41].claimant_type is ClaimantType.INDEPENDENT
    assert claims[310].claimant == "Russian Ministry of Defense"
    assert claims[310].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[780_000].claimant == "Center for Strategic and International Studies"
    assert claims[780_000].claimant_type is ClaimantType.INDEPENDENT


def test_data_compiled_by_the_outlet_are_the_datas_sources() -> None:
    claims = claims_of(
        "Ukraine's General Staff said on Monday that Russia had lost 1,020 troops in a day. "
        "According to air force data compiled by Wire Service, Ukraine's air defences shot "
        "down 3,100 drones in August."
    )
    assert claims[3_100].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[3_100].claimant != "Wire Service"


def test_an_editors_note_in_brackets_names_no_source() -> None:
    claims = claims_of(
        "(Updates toll in paragraphs 1-3, adds Russian ministry claim in paragraph 10)\n\n"
        "A Russian missile attack on Zaporizhzhia killed at least 17 people on Tuesday, the "
        "regional governor said.\n\n"
        "Sixty-four people were wounded, Governor Ivan Fedorov said."
    )
    assert claims[17].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_other_countries_bodies_are_foreign_officials() -> None:
    claims = claims_of(
        "South Korea's National Intelligence Service said at least 100 North Korean soldiers "
        "had been killed in December. Germany's BND estimated that Russia had lost 950,000 "
        "soldiers killed or wounded."
    )
    assert claims[100].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert claims[950_000].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_an_unnamed_official_speaks_for_the_side_whose_civilians_it_counts() -> None:
    claims = claims_of(
        "Russian strikes killed 2 civilians in Avdiivka, the regional governor said.\n\n"
        "Ukrainian drones killed 3 people in Belgorod, the city's mayor said.\n\n"
        "Russian shelling wounded 4 people in Kherson, police said."
    )
    assert (claims[2].claimant, claims[2].claimant_type) == (
        "regional governor",
        ClaimantType.UKRAINE_OFFICIAL,
    )
    assert claims[3].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert (claims[4].claimant, claims[4].claimant_type) == (
        "police",
        ClaimantType.UKRAINE_OFFICIAL,
    )


def test_an_unnamed_title_takes_its_holder_named_soon_after_but_not_one_far_away() -> None:
    soon = claims_of(
        "Russian strikes killed 2 civilians in Kharkiv, the city's mayor said. "
        "Mayor Ihor Terekhov said later that 5 people were wounded."
    )
    assert soon[2].claimant == "Ihor Terekhov"
    far = claims_of(
        "In Odesa, a missile killed 7 people, the regional governor said. Power lines were "
        "damaged. Trains were late. Schools closed. Shops closed. Markets closed.\n\n"
        "Gov. Oleh Kiper said 9 people were wounded."
    )
    assert far[7].claimant == "regional governor"  # not Kiper, six sentences on
    assert far[7].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_regional_officials_are_not_a_national_body_named_before() -> None:
    claims = claims_of(
        "Britain's Ministry of Defence said Russia had suffered 45,680 casualties in "
        "November.\n\nRussian attacks over the past day killed 7 people across Ukraine, "
        "regional officials said."
    )
    assert claims[45_680].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert (claims[7].claimant, claims[7].claimant_type) == (
        "regional officials",
        ClaimantType.UKRAINE_OFFICIAL,
    )


def test_according_to_a_sides_estimates_names_no_according() -> None:
    claims = claims_of(
        "Some 40,000 Russian soldiers were killed in the battle for Bakhmut alone, according "
        "to Ukrainian estimates."
    )
    assert claims[40_000].claimant == "Ukrainian estimates"
    assert claims[40_000].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_figure_quoted_to_be_rejected_is_not_the_rejecters() -> None:
    claims = claims_of(
        "Kyiv says Russia lost 1,340 troops in the past day. The Kremlin dismissed as "
        '"fake" claims that 500,000 Russian soldiers had been killed. It said 20 soldiers '
        "died in the strike."
    )
    assert claims[500_000].claimant_type is ClaimantType.UNKNOWN  # not Kyiv, not the Kremlin
    assert claims[20].claimant_type is ClaimantType.RUSSIA_OFFICIAL  # the Kremlin goes on


def test_a_local_body_is_not_a_national_one_named_before() -> None:
    claims = claims_of(
        "Ukrainian forces shot down 30 drones on Monday, the Air Force said.\n\n"
        "Since the beginning of the year, Russian strikes on Kharkiv have killed 52 "
        "civilians, the regional prosecutor's office said."
    )
    assert claims[30].claimant != claims[52].claimant
    assert claims[52].claimant == "regional prosecutor's office"
    assert claims[52].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_source_working_with_another_in_an_aside_is_a_joint_source() -> None:
    claims = claims_of(
        "The BBC's Russian service, working with the independent outlet Mediazona, has "
        "confirmed the names of 106,745 Russian soldiers who died in the war.\n\n"
        "Mediazona, working with volunteers, has confirmed 5,000 more."
    )
    assert (claims[106_745].claimant, claims[106_745].claimant_type) == (
        "BBC Russian Service and Mediazona",
        ClaimantType.INDEPENDENT,
    )


def test_a_brigade_named_by_its_number_keeps_the_number() -> None:
    claims = claims_of("The 3rd Assault Brigade said it had destroyed 12 Russian tanks.")
    assert claims[12].claimant == "3rd Assault Brigade"


def test_two_bodies_of_a_kind_named_together_are_one_joint_source() -> None:
    claims = claims_of(
        "Meduza and Mediazona estimate that around 120,000 Russian men had been killed by the "
        "end of 2023."
    )
    assert claims[120_000].claimant == "Meduza and Mediazona"


def test_a_source_after_a_short_opening_phrase_is_the_claimant() -> None:
    claims = claims_of(
        "The General Staff said Russia had lost 1,200 troops. For equipment, the Oryx project, "
        "which catalogs only losses seen in photographs, has documented at least 2,934 Russian "
        "tanks lost since the invasion began."
    )
    assert claims[2_934].claimant == "Oryx"


def test_an_officials_office_named_by_its_title_is_a_claimant_of_its_own() -> None:
    claims = claims_of(
        "The dead include 170 children, the prosecutor general's office said. Russian strikes "
        "killed 3 people in Kharkiv, the president's office said."
    )
    assert claims[170].claimant == "prosecutor general's office"
    assert claims[170].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[3].claimant == "president's office"


def test_mediazona_and_the_bbc_are_their_joint_count() -> None:
    claims = claims_of(
        "Mediazona and the BBC have confirmed the names of more than 130,000 dead, while a "
        "statistical model by Meduza suggests the true toll could be around 220,000."
    )
    assert claims[130_000].claimant == "BBC Russian Service and Mediazona"
    assert claims[220_000].claimant == "Meduza"


def test_prisoners_of_war_killed_are_dead_counted_by_their_own_side() -> None:
    claims = claims_of(
        "Russian troops killed at least 12 Ukrainian prisoners of war near Pokrovsk in "
        "February, Ukraine's human rights commissioner Dmytro Lubinets said on Monday. Since "
        "the start of the full-scale invasion, Ukraine has recorded the executions of 245 "
        "prisoners of war, the prosecutor general's office said."
    )
    assert claims[12].categories == claims[245].categories == [Category.KILLED]
    assert claims[12].subgroup == "prisoners of war"
    assert claims[245].claimant == "prosecutor general's office"  # not the commissioner
    assert claims[245].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_bloggers_and_regional_officials_are_no_ministry_and_no_foreign_government() -> None:
    claims = claims_of(
        "At least 150 Russian soldiers were killed when rockets hit a training ground, "
        "according to Ukrainian military intelligence. Russian military bloggers put the toll "
        "at about 100. Last year, a similar strike on a training ground killed 60 Russian "
        "soldiers, according to Russian officials.\n\nIn Kharkiv, a missile strike on a "
        "shopping centre killed 19 civilians. Regional officials later put the toll at 23."
    )
    assert claims[100].claimant == "Russian military bloggers"
    assert claims[100].claimant_type is ClaimantType.INDEPENDENT
    assert claims[60].categories == [Category.KILLED]  # a training ground is a place
    assert claims[23].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_person_introduced_by_name_and_title_is_who_she_and_he_are() -> None:
    claims = claims_of(
        "In Kyiv, Olha Hrytsenko, the deputy defence minister, gives a weekly summary. "
        "She said the enemy had lost 1,260 soldiers over the past week.\n\n"
        "Colonel Petro Marchuk, the brigade's commander, is a former history teacher.\n\n"
        '"Since the start of March, the brigade has killed 612 Russian soldiers," he said.'
    )
    assert (claims[1_260].claimant, claims[1_260].claimant_type) == (
        "Olha Hrytsenko", ClaimantType.UKRAINE_OFFICIAL)  # fmt: skip
    assert claims[612].claimant == "Petro Marchuk"


def test_its_ministry_is_the_ministry_of_the_country_the_sentence_before_opened_with() -> None:
    claims = claims_of(
        "The UK Ministry of Defence estimates that 50,000 Russian soldiers have died. Russia "
        "has been more reticent. Its defence ministry has not updated its toll in a year. The "
        "ministry first said 63 servicemen had died in the strike on the barracks."
    )
    assert claims[50_000].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert (claims[63].claimant, claims[63].claimant_type) == (
        "Russian Ministry of Defense", ClaimantType.RUSSIA_OFFICIAL)  # fmt: skip


def test_a_ministry_named_by_no_country_is_the_side_that_counts_the_losses() -> None:
    claims = claims_of(
        "Russian air defences shot down 41 Ukrainian drones overnight, the ministry said."
    )
    assert (claims[41].claimant, claims[41].claimant_type) == (
        "Russian Ministry of Defense", ClaimantType.RUSSIA_OFFICIAL)  # fmt: skip


def test_where_a_units_speaker_fights_is_not_the_speaker() -> None:
    claims = claims_of(
        "The commander of a Ukrainian brigade operating in the Pokrovsk direction stated on "
        "March 10 that Ukrainian forces killed and wounded roughly 500 Russian soldiers."
    )
    assert claims[500].claimant.startswith("commander of a Ukrainian brigade")
    assert claims[500].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_subject_a_but_clause_goes_on_from_makes_the_claim() -> None:
    claims = claims_of(
        "Kyiv's figures cannot be independently verified. Moscow does not disclose its own "
        "casualties but has claimed Ukraine has lost nearly 900,000 troops. Russia does not "
        "publish its tank losses, but it said Ukraine had lost 4,000 tanks."
    )
    assert claims[900_000].claimant == "Moscow"
    assert claims[900_000].claimant_type is claims[4_000].claimant_type is (
        ClaimantType.RUSSIA_OFFICIAL)  # fmt: skip


def test_think_tanks_cited_by_their_initials_are_independent() -> None:
    claims = claims_of(
        "Russia has lost about 3,000 tanks, according to the IISS.\n\n"
        "RUSI estimates that Russia loses 1,100 soldiers a day."
    )
    assert (claims[3_000].claimant, claims[3_000].claimant_type) == (
        "International Institute for Strategic Studies", ClaimantType.INDEPENDENT)
    assert (claims[1_100].claimant, claims[1_100].claimant_type) == (
        "Royal United Services Institute", ClaimantType.INDEPENDENT)


def test_outlets_and_projects_in_the_plural_are_independent() -> None:
    article = Article(text="Independent outlets have counted between 50,000 and 70,000 "
                           "Russian soldiers killed.", published=PUBLISHED)  # fmt: skip
    (counted,) = extract_article(article, create_backend("rules")).claims
    assert (counted.low, counted.high) == (50_000, 70_000)
    assert counted.claimant_type is ClaimantType.INDEPENDENT


def test_a_prosecutors_office_after_a_governor_is_a_source_of_its_own() -> None:
    claims = claims_of(
        "A Russian glide bomb struck an apartment building in Kharkiv on Sunday, killing "
        "seven people, regional Governor Oleh Syniehubov said.\n\n"
        "Elsewhere, Russian shelling killed four civilians in the Donetsk region over the "
        "past day, the regional prosecutor's office said."
    )
    assert claims[7].claimant == "Oleh Syniehubov"
    assert claims[4].claimant == "regional prosecutor's office"


def test_claims_a_sentence_rejects_are_the_side_that_made_them() -> None:
    claims = claims_of(
        "Ukraine's military denied Russian claims that 600 Ukrainian soldiers had been "
        "killed in a strike on Kramatorsk, calling them propaganda."
    )
    assert claims[600].claimant_type is ClaimantType.RUSSIA_OFFICIAL


def test_a_titled_name_in_apposition_after_an_opening_clause_is_the_claimant() -> None:
    claims = claims_of(
        "Oryx has documented 3,000 Russian tanks lost. After Ukrainian forces left the town "
        "on Feb. 17, Ivan Petrenko, the commander of Ukraine's forces in the east, "
        "said that Russia had lost more than 21,000 troops killed and wounded there."
    )
    assert claims[21000].claimant == "Ivan Petrenko"
    assert claims[21000].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_stacked_ranks_are_the_role_not_the_name() -> None:
    claims = claims_of("Lt. Gen. Ivan Petrenko said Russian forces lost 40 tanks last week.")
    assert claims[40].claimant == "Ivan Petrenko"


def test_news_outlets_the_gazetteer_lacks_are_independent() -> None:
    claims = claims_of(
        "The BBC has confirmed the deaths of 78,329 Russian soldiers by name. The Kyiv "
        "Independent reported that 1,200 Russian soldiers were killed near Pokrovsk in "
        "February, and CNN counted 300 destroyed tanks."
    )
    assert claims[78_329].claimant_type is ClaimantType.INDEPENDENT
    assert claims[1_200].claimant_type is ClaimantType.INDEPENDENT


def test_a_side_that_accuses_the_other_of_executions_claims_the_dead() -> None:
    claims = claims_of(
        "Kyiv has accused Moscow of executing at least 245 Ukrainian soldiers after they "
        "surrendered. Russian troops murdered 16 Ukrainian soldiers near Pokrovsk, it said."
    )
    assert claims[245].categories == claims[16].categories == [Category.KILLED]
    assert claims[245].claimant == "Kyiv"
    assert claims[245].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_state_body_under_its_ministry_speaks_for_its_state() -> None:
    claims = claims_of(
        "Russia has suffered around 1 million killed and wounded since February 2022, "
        "Lithuania's Second Investigation Department under the Ministry of National Defence "
        "(AOTD) said.\n\n"
        "Russia lost 48,000 soldiers in March, a Vilnius University research project said."
    )
    million = claims[1_000_000]
    assert million.claimant.startswith("Lithuania's Second Investigation Department")
    assert million.claimant_type is ClaimantType.FOREIGN_OFFICIAL
    # research words still make a source independent when no state body is named
    assert claims[48_000].claimant_type is ClaimantType.INDEPENDENT


def test_a_time_phrase_after_the_auxiliary_is_not_the_source() -> None:
    claims = claims_of(
        "Russian outlet Mediazona, working with the BBC Russian Service, had as of last Friday "
        "confirmed by name the deaths of 52,000 Russian soldiers."
    )
    assert claims[52_000].claimant == "BBC Russian Service and Mediazona"
    assert claims[52_000].claimant_type is ClaimantType.INDEPENDENT


def test_a_rights_group_is_independent_and_its_count_is_its_own() -> None:
    claims = claims_of(
        "A Ukrainian human-rights group has published its reconstruction of the strike, "
        "concluding that 19 civilians were killed.\n\n"
        "According to the group's verified count, the dead included six children."
    )
    assert claims[19].claimant_type is ClaimantType.INDEPENDENT
    assert claims[6].claimant == claims[19].claimant
    assert claims[6].claimant_type is ClaimantType.INDEPENDENT


def test_an_outlets_sum_based_on_a_source_is_that_sources() -> None:
    claims = claims_of(
        "Russian personnel losses in September totalled 28,420, according to the Kyiv Daily's "
        "calculation based on the General Staff's daily reports, an average of 947 a day."
    )
    assert claims[28_420].claimant == "General Staff of the Armed Forces of Ukraine"


def test_a_register_or_database_belongs_to_its_owner() -> None:
    claims = claims_of(
        "Memorial Lists, a volunteer project, publishes names of the dead.\n\n"
        "According to the project's database, 8,120 Russian soldiers have been killed.\n\n"
        "The Donetsk regional administration said 40 civilians were killed. According to the "
        "association's register, 612 Ukrainian soldiers are missing."
    )
    assert claims[8_120].claimant == "Memorial Lists"
    assert claims[8_120].claimant_type is ClaimantType.INDEPENDENT
    # an association is no official body, named before or not
    assert claims[40].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[612].claimant_type is ClaimantType.INDEPENDENT


def test_who_in_capitals_is_the_world_health_organization() -> None:
    claims = claims_of(
        "Governor Oleh Syniehubov said 12 civilians were killed. As of August 15, WHO had "
        "verified 2,541 attacks on health care, which have killed at least 218 people."
    )
    assert claims[12].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[218].claimant == "World Health Organization"
    assert claims[218].claimant_type is ClaimantType.INTERNATIONAL_ORG


def test_a_clause_with_its_verb_before_a_colon_is_no_list_label() -> None:
    claims = claims_of(
        "The UN mission verified 79 executions of Ukrainian prisoners. Ukrainian prosecutors "
        "put the figure far higher: more than 250 Ukrainian prisoners have been executed."
    )
    assert claims[250].claimant == "Ukrainian prosecutors"
    assert claims[250].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_wire_dateline_ending_in_a_hyphen_opens_the_attribution() -> None:
    claims = claims_of(
        "MOSCOW/KYIV, March 8 (Meridian) - Russia's Defence Ministry said on Saturday that "
        "Ukrainian forces had lost more than 13,100 servicemen over the past week."
    )
    assert claims[13_100].claimant == "Russian Ministry of Defense"
    assert claims[13_100].claimant_type is ClaimantType.RUSSIA_OFFICIAL


def test_a_pronoun_after_a_source_named_in_its_own_sentence_is_that_source() -> None:
    article = Article(text=(
        "The unit, which now fights within Ukraine's ground forces, said in a statement this "
        "month that 61 of its fighters had been killed.\n\n"
        "Colombia's foreign ministry said on January 22 that it had confirmed the deaths of at "
        "least 43 Colombian citizens fighting for Ukraine."
    ), published=date(2025, 1, 29))
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[43].claimant == "Colombia's foreign ministry"
    assert claims[43].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_what_an_article_says_a_name_is_types_it_wherever_it_speaks() -> None:
    claims = claims_of(
        "This report was first published by Kontur, an independent outlet based in Riga.\n\n"
        "More than 4,000 Russian soldiers from the region have been killed, according to "
        "names verified by Kontur.\n\n"
        "Hanna Maliar, the deputy defence minister, spoke in Kyiv on Monday. She said the "
        "enemy had lost 1,260 soldiers."
    )  # fmt: skip
    assert claims[4_000].claimant == "Kontur"
    assert claims[4_000].claimant_type is ClaimantType.INDEPENDENT
    # a title in the aside is no kind of outlet: the official's side is read as before
    assert claims[1_260].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_source_with_a_whose_aside_before_its_verb_is_the_claimant() -> None:
    claims = claims_of(
        "Ukraine's ombudsman said 150 prisoners had been executed. The UN Human Rights "
        "Monitoring Mission, whose findings the report cites, separately documented the "
        "executions of at least 62 Ukrainian servicemen."
    )  # fmt: skip
    assert claims[62].claimant == "UN Human Rights Monitoring Mission in Ukraine"
    assert claims[62].claimant_type is ClaimantType.INTERNATIONAL_ORG


def test_a_digests_post_header_names_the_author_of_the_post_below_it() -> None:
    claims = claims_of(
        "Below is our digest of the day's posts.\n\n"
        "07:38 — Ministry of Defence of the Russian Federation (@mod_russia)\n"
        '"Over the past night, air defence systems intercepted and destroyed 41 Ukrainian '
        'drones."\n\n'
        "11:20 — Kherson Regional Military Administration\n"
        '"The enemy shelled Kherson. Three people were killed and 12 injured."\n\n'
        "16:30 — Steppe Chronicle (pro-Kremlin milblogger)\n"
        '"By my count the Ukrainians have lost at least 38 Bradleys on this axis."'
    )  # fmt: skip
    assert claims[41].claimant == "Russian Ministry of Defense"
    assert claims[3].claimant == claims[12].claimant == "Kherson Regional Military Administration"
    assert claims[3].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[38].claimant_type is ClaimantType.INDEPENDENT


def test_a_source_speaking_on_condition_of_anonymity_and_a_research_group_are_typed() -> None:
    claims = claims_of(
        "A separate review by the Baltic Imagery Project, a research group in Riga, put the "
        "number of aircraft destroyed at 17.\n\n"
        "A Western official, speaking to reporters on Tuesday on condition of anonymity, said "
        "as many as 22 aircraft were hit.\n\n"
        "There the group counted seven destroyed aircraft."
    )  # fmt: skip
    assert claims[17].claimant_type is ClaimantType.INDEPENDENT
    assert claims[22].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert claims[7].claimant == "Baltic Imagery Project"  # "There the group": the group


def test_a_long_whose_clause_before_the_verb_leaves_the_source_its_subject() -> None:
    claims = claims_of(
        "Ukraine's General Staff, whose figures are higher than most Western assessments and "
        "cannot be independently verified, said on Wednesday that Russia had lost 9,137 tanks "
        "since February 2022."
    )
    assert claims[9137].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[9137].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_press_freedom_groups_unesco_and_an_acronym_spelled_out_once_are_typed() -> None:
    claims = claims_of(
        "Fifteen journalists were killed in the war last year, a Kyiv-based press-freedom "
        "group said on Tuesday.\n\n"
        "In its annual report, the Institute for Press Safety (IPS), which has monitored "
        "attacks on the media since 2014, gave few details. Injuries rose more sharply: IPS "
        "recorded 32 journalists injured in 2024.\n\n"
        "UNESCO has recorded 18 journalists killed in Ukraine since the invasion began."
    )
    assert claims[15].claimant_type is ClaimantType.INDEPENDENT
    assert (claims[32].claimant, claims[32].claimant_type) == (
        "Institute for Press Safety", ClaimantType.INDEPENDENT)
    assert claims[18].claimant_type is ClaimantType.INTERNATIONAL_ORG


def test_a_month_before_a_sources_name_still_dates_the_period() -> None:
    claims = claims_of(
        "In January 2025 Attrition Watch, a volunteer open-source group, confirmed 97 Russian "
        "artillery systems destroyed."
    )
    assert claims[97].scope.value == "period"
    assert (claims[97].as_of, claims[97].period_start) == ("2025-01", "2025-01")
    assert claims[97].claimant == "Attrition Watch"


def test_a_named_victim_among_the_dead_is_no_source() -> None:
    claims = claims_of(
        "Ukraine's Special Operations Forces said 34 officers were killed, among them the "
        "fleet's commander, Admiral Viktor Sokolov, and 105 other servicemen wounded."
    )
    assert claims[34].claimant == claims[105].claimant
    assert "Sokolov" not in claims[105].claimant


def test_a_datelined_aside_a_working_from_aside_and_an_interview_setting_leave_the_source() -> None:
    claims = claims_of(
        "MOSCOW, May 25 - Yevgeny Prigozhin, the founder of the Wagner Group, said on Wednesday "
        "that about 20,000 of his fighters had been killed in Bakhmut. In the same interview he "
        "claimed that Ukraine had lost more than 50,000 soldiers killed.\n\n"
        "Mediazona and the BBC Russian Service, working from obituaries, social media posts and "
        "graves in six cemeteries, identified at least 7,150 Wagner fighters killed."
    )
    assert claims[20_000].claimant == "Yevgeny Prigozhin"
    assert claims[20_000].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[20_000].subject.value == "russia"  # "his fighters": his own side's
    assert claims[50_000].claimant == "Yevgeny Prigozhin"
    assert claims[7_150].claimant_type is ClaimantType.INDEPENDENT


def test_a_project_named_in_title_case_speaks_and_it_is_no_body_named_after_it() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said on Monday that Ukraine had lost 500 troops.\n\n"
        "Lost Regiments, an independent project run by exiled journalists, has identified at "
        "least 1,027 Russian soldiers captured since August 6.\n\n"
        "It has also documented 41 conscripts killed in the Kursk region, deaths the Russian "
        "Defence Ministry has never acknowledged."
    )
    assert claims[1027].claimant == "Lost Regiments"
    assert claims[1027].claimant_type is ClaimantType.INDEPENDENT
    assert claims[41].claimant == "Lost Regiments"  # "It": the project, not the ministry
    assert claims[41].subject.value == "russia"


def test_a_body_that_opens_a_sentence_is_the_it_that_speaks_next() -> None:
    claims = claims_of(
        "The Kherson Open Imagery Group has watched the base since 2023. On Sunday evening "
        "it said 11 Russian aircraft had been destroyed.\n\n"
        "The Security Service of Ukraine (SBU), which says it planned the raid for a year, was "
        "the first to speak. It said 40 Russian aircraft had been hit."
    )  # fmt: skip
    assert claims[11].claimant == "Kherson Open Imagery Group"
    assert (claims[40].claimant, claims[40].claimant_type) == (
        "Security Service of Ukraine", ClaimantType.UKRAINE_OFFICIAL)


def test_a_body_whose_claim_is_the_object_of_a_verb_does_not_speak() -> None:
    claims = claims_of(
        "Ukraine's General Staff, which keeps a running tally, has folded the SBU's claim into "
        "its count. Its update on Wednesday put the number of Russian aircraft destroyed since "
        "February 2022 at 413."
    )  # fmt: skip
    assert claims[413].claimant == "General Staff of the Armed Forces of Ukraine"


def test_an_agency_goes_on_for_its_chief_and_a_noun_after_on_is_no_source() -> None:
    claims = claims_of(
        "Russia has lost roughly 150,000 soldiers killed since February 2022, the director "
        "general of Estonia's Foreign Intelligence Service said on Tuesday. Russia's defence "
        "ministry has not published its own losses since 2022.\n\n"
        "On equipment, the agency believes Russia has lost more than 3,600 tanks, figures it "
        "said rest on imagery rather than on Ukrainian claims. About 1,300 of those tanks were "
        "lost in 2024, it said."
    )  # fmt: skip
    for value in (150_000, 3_600, 1_300):
        assert claims[value].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_a_headings_what_names_no_one_and_the_bloggers_are_the_bloggers() -> None:
    claims = claims_of(
        "Pro-war Russian military bloggers competed to announce the heaviest toll. The Russian "
        "Ministry of Defense said Ukraine had lost up to 200 servicemen.\n\n"
        "What the bloggers said\n\n"
        "By Wednesday morning the figure had grown to 650 Ukrainian troops killed and wounded."
    )  # fmt: skip
    assert claims[200].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert (claims[650].claimant, claims[650].claimant_type) == (
        "Russian military bloggers", ClaimantType.INDEPENDENT)


def test_an_acronym_spelled_out_once_is_typed_with_its_country() -> None:
    claims = claims_of(
        "South Korea's National Intelligence Service (NIS) said in October that Pyongyang was "
        "sending about 12,000 soldiers.\n\n"
        "On January 13 the NIS raised its estimate to about 300 North Korean soldiers killed."
    )  # fmt: skip
    assert claims[300].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_a_countrys_ministry_of_another_thing_is_no_defence_ministry() -> None:
    for text in ("Ukraine's Ministry of Veterans Affairs", "Russia's Ministry of Emergency "
                 "Situations"):
        assert canonical_claimant(text) is None
    assert canonical_claimant("Ukraine's Ministry of Defence").name == (
        "Ministry of Defence of Ukraine")
    assert canonical_claimant("contacted Russia's Defense Ministry for comment").name == (
        "Russian Ministry of Defense")


def test_a_source_with_a_relative_clause_after_an_opening_phrase() -> None:
    text = (
        "Two years on, the Kharkiv regional prosecutor's office, which is preparing a case "
        "against the commanders it holds responsible, puts the toll at 44 dead."
    )
    claims = extract_article(Article(text=text, published=date(2024, 4, 8)),
                             create_backend("rules")).claims  # fmt: skip
    assert [c.claimant for c in claims if c.value == 44] == [
        "Kharkiv regional prosecutor's office"]


def test_a_governor_is_no_national_leader_named_before() -> None:
    text = (
        "Putin has also drafted in an estimated 10,000 North Korean troops. On Thursday a "
        "guided bomb hit an apartment block in Zaporizhzhia, killing seven people, the "
        "regional governor said."
    )
    claims = extract_article(Article(text=text, published=date(2024, 11, 8)),
                             create_backend("rules")).claims  # fmt: skip
    seven = [c for c in claims if c.value == 7]
    assert [c.claimant for c in seven] == ["regional governor"]
    assert seven[0].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_the_subject_of_a_first_verb_speaks_in_a_second_one() -> None:
    claims = claims_of(
        "Russia's Defence Ministry called the exhibition \"scrap metal staged for cameras\" and "
        "said on Monday that Ukrainian forces had lost up to 1,315 servicemen over the past day. "
        "It added that its air defences had shot down 57 Ukrainian drones."
    )
    for value in (1_315, 57):
        assert claims[value].claimant == "Russian Ministry of Defense"
        assert claims[value].claimant_type is ClaimantType.RUSSIA_OFFICIAL
        # the day it spoke, carried to what "it added"
        assert claims[value].as_of == "2025-03-10"


def test_a_source_known_by_another_name_in_an_aside() -> None:
    claims = claims_of(
        "Ukraine's military intelligence agency, known as HUR, said on Monday that drones had "
        "destroyed two Su-34 bombers at an air base in the Rostov region."
    )
    assert claims[2].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert "Intelligence" in claims[2].claimant


def test_a_citys_administration_is_that_body_not_the_city() -> None:
    claims = claims_of(
        "The governor of Donetsk region said 3 people were killed in Pokrovsk. The toll in "
        "Kryvyi Rih has risen to four dead and 14 injured, the city's military administration "
        "said in an update."
    )
    assert claims[14].claimant == "city's military administration"


def test_a_doctor_quoted_by_surname_and_age_is_the_person_named_before() -> None:
    text = (
        "Chief doctor Andrii Levchenko looked as if he had not slept.\n\n"
        "\"Our hospital received 41 people wounded in yesterday's strike,\" Levchenko, 54, told "
        "reporters.\n\n"
        "Russian Telegram channels claimed the missile had killed up to 30 Ukrainian soldiers. "
        "Levchenko dismissed the claim.\n\n"
        "Since January it has admitted more than 520 people wounded in attacks, he said."
    )
    claims = claims_of(text)
    assert claims[41].claimant == "Levchenko"
    assert claims[41].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    # a hospital that "has admitted" patients admits no claim; "he" is the doctor
    assert claims[520].claimant == "Levchenko"


def test_whose_words_a_sentence_opens_with() -> None:
    claims = claims_of("In Zelensky's words, 43,000 soldiers have died.")
    assert claims[43_000].claimant == "Volodymyr Zelensky"
    assert claims[43_000].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_sentences_capitalised_first_word_names_no_source() -> None:
    text = (
        "Britain's defence ministry makes its own guesses. It thinks 2024 was the worst year so "
        "far for Russian soldiers, with about 430,000 killed or wounded.\n\n"
        "Mediazona has found the names of more than 90,000 Russian soldiers who died. They "
        "check each name using things like family posts online.\n\n"
        "The 47th Brigade posts its tallies every day. The brigade added that its drone crews "
        "had destroyed 12 Russian tanks."
    )
    claims = claims_of(text)
    assert claims[430_000].claimant == "UK Ministry of Defence"  # "It thinks"
    assert claims[90_000].claimant == "Mediazona"
    # ("The brigade": the brigade named before)
    assert claims[12].claimant == "47th Brigade"


def test_whose_update_and_the_update_a_line_announces_name_their_sources() -> None:
    text = (
        "Dana reads Wednesday's General Staff update: Russia lost 1,040 troops over the past 24 "
        "hours, bringing Kyiv's running total to 1,007,160.\n\n"
        "Tomas compares this with the UK Ministry of Defence, whose intelligence update "
        "estimated that Russian casualties averaged about 1,180 a day across May."
    )
    claims = claims_of(text)
    general_staff = "General Staff of the Armed Forces of Ukraine"
    assert (claims[1_040].claimant, claims[1_007_160].claimant) == (general_staff,) * 2
    assert claims[1_007_160].subject is Subject.RUSSIA  # Kyiv's total, Russia's losses
    assert claims[1_180].claimant == "UK Ministry of Defence"


def test_a_source_named_before_its_relative_clause_is_the_claimant() -> None:
    claims = claims_of(
        "Western officials who briefed journalists in Brussels this spring put the number of "
        "S-300 and S-400 launchers destroyed since the invasion at 45. Two US officials who "
        "spoke on condition of anonymity said 300 Russian tanks had been lost in the offensive."
    )
    assert claims[45].claimant == "Western officials"
    assert claims[45].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    # the journalists briefed are no one counted: launchers are Russia's military losses
    assert (claims[45].subject, claims[45].population.value) == (Subject.RUSSIA, "military")
    assert claims[300].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert "anonymity" not in claims[300].claimant


def test_a_month_before_a_source_is_not_part_of_its_name() -> None:
    claims = claims_of(
        "By mid-February the researchers had documented 3,900 Russian tanks lost. In early "
        "March the Ukrainian General Staff said 10,300 Russian tanks had been destroyed."
    )
    assert claims[3_900].claimant == "researchers"
    assert claims[10_300].claimant == "General Staff of the Armed Forces of Ukraine"


def test_a_whom_aside_and_a_sources_bulletin_name_who_gives_the_figures() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said its troops had advanced. A spokesman for the Ukrainian "
        "forces in the sector, whom the channels quote mainly to mock him, said on Monday that "
        "Russian units had lost 93 men killed. The Russian Defence Ministry's bulletin on "
        "Monday credited its Zapad group with inflicting losses of up to 490 servicemen on "
        "Ukrainian forces."
    )
    assert claims[93].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[93].subject is Subject.RUSSIA
    assert claims[490].claimant == "Russian Ministry of Defense"
    assert claims[490].subject is Subject.UKRAINE


def test_a_briefing_aside_and_a_passive_verb() -> None:
    claims = claims_of(
        "Russia's Defence Ministry denied the losses. A Western official, briefing reporters "
        "on Monday on condition of anonymity, said Russia had suffered roughly 1,500 "
        "casualties in the sector since May. One more soldier has been listed as missing."
    )
    assert claims[1_500].claimant == "Western official"
    assert claims[1_500].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert "soldier" not in claims[1].claimant  # ("has been listed": no one's statement)


def test_a_feast_is_no_one_that_a_pronoun_stands_for() -> None:
    claims = claims_of(
        "The brigade's spokesman, Captain Taras Hnatiuk, said the pressure had not eased since "
        "the New Year. Russian units launched 1,800 drones at the brigade in January, he said, "
        "and its crews brought down 212 of them. Over the 24 hours to Tuesday morning, Russian "
        "forces lost 87 soldiers killed and wounded, Hnatiuk said."
    )
    assert claims[212].claimant == "Taras Hnatiuk"
    assert claims[87].scope.value == "daily"


def test_a_person_titled_before_the_name_is_who_he_stands_for() -> None:
    claims = claims_of(
        "Governor Serhiy Lysak said two repair workers were injured in Dnipropetrovsk region."
        "\n\nOn the Russian side, Kursk region's acting governor Alexander Khinshtein said a "
        "drone had killed one civilian in Lgov. Three more people were wounded, he said."
    )
    assert claims[1].claimant == "Alexander Khinshtein"
    assert claims[3].claimant == "Alexander Khinshtein"
    assert claims[3].claimant_type is ClaimantType.RUSSIA_OFFICIAL


def test_an_auxiliary_or_a_month_before_the_verb_is_no_part_of_a_name() -> None:
    claims = claims_of(
        "Russia's Defence Ministry did not respond. The ministry does report Ukrainian losses "
        "every day. On Monday it said Ukraine had lost up to 310 troops in the Kursk area.\n\n"
        "The independent outlet Mediazona, which together with the BBC's Russian Service "
        "counts Russian war dead by name, had by early March identified 2,412 dead from "
        "Chelyabinsk region."
    )
    assert claims[310].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[2_412].claimant == "Mediazona"


def test_a_business_speaks_for_no_side_and_a_volunteer_unit_for_its_army() -> None:
    claims = claims_of(
        "Ukrainian drone manufacturer Zhuravel Systems says its drones have knocked out more "
        "than 300 Russian tanks since April 2023. The firm said they had destroyed 446 "
        "artillery systems.\n\n"
        "The Litvin Regiment, a unit of Belarusian volunteers that fights as part of "
        "Ukraine's armed forces, says 142 of its members have been killed."
    )
    assert claims[300].claimant_type is ClaimantType.UNKNOWN
    assert claims[446].claimant_type is ClaimantType.UNKNOWN
    assert claims[142].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_body_introduced_in_an_aside_or_by_its_staff_is_who_it_stands_for() -> None:
    claims = claims_of(
        "Ukraine's General Staff said Russia had lost 1,200 troops.\n\n"
        "Pamiats, a project run by exiled Belarusian journalists, has a higher count. It has "
        "identified 236 Belarusian volunteers killed on the Ukrainian side.\n\n"
        "The State Emergency Service (SES) said 34 rescuers had died. According to its deputy "
        "head, its analysts have recorded 18 rescuers wounded in Kharkiv region. The SES "
        "breakdown, also as of March 31, puts Kherson region next, with 9 rescuers killed."
    )
    assert claims[236].claimant == "Pamiats"
    assert claims[18].claimant == "State Emergency Service"
    assert claims[9].claimant == "State Emergency Service"


def test_a_place_in_an_aside_names_no_source() -> None:
    claims = claims_of(
        "Oleh Savchuk said 34 rescuers have died in repeat strikes. The Kharkiv region, within "
        "reach of Russian artillery and of glide bombs released from across the border, has "
        "paid the heaviest price: 11 rescuers were killed there."
    )
    assert claims[11].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_a_participle_a_month_after_who_and_anothers_higher_estimates() -> None:
    claims = claims_of(
        "Ukraine's General Staff closed the week putting Russia's personnel losses at more than "
        "930,000, while the Russian Ministry of Defence insisted that Ukrainian forces had lost "
        "over 8,400 servicemen in seven days.\n\n"
        "The only recent official figure came from Zelensky himself, who in February said that "
        "46,000 Ukrainian soldiers had been killed. Western estimates are considerably higher."
    )
    assert claims[930_000].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[8_400].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[46_000].claimant == "Volodymyr Zelensky"
    assert claims[46_000].qualifier.value == "exact"


def test_a_days_document_is_its_issuers() -> None:
    claims = claims_of(
        "Ukraine's General Staff does not list partisan attacks separately. Its Wednesday "
        "update put Russian losses over the past day at 970 personnel.\n\n"
        "The UK Ministry of Defence said in its update that Russia had lost 3,000 tanks.\n\n"
        "The Oryx project, which lists only losses documented with photos, had by its Friday "
        "update confirmed 4,134 Russian tanks lost.\n\n"
        "Russia's Defence Ministry says little. As for the claim, the ministry's bulletin for "
        "Sunday said Ukraine had lost up to 1,430 servicemen over the past 24 hours."
    )
    assert claims[4_134].claimant == "Oryx"
    assert claims[970].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[1_430].claimant == "Russian Ministry of Defense"


def test_the_firm_is_the_business_named_before() -> None:
    claims = claims_of(
        "Ukrainian drone manufacturer Zhuravel Systems says its drones have knocked out more "
        "than 300 Russian tanks. Ukraine's General Staff said Russia had lost 1,050 troops "
        "over the past day. In a press release issued on Tuesday, the firm said units "
        "flying its drones had destroyed 446 artillery systems."
    )
    assert claims[446].claimant == "Ukrainian drone manufacturer Zhuravel Systems"
    assert claims[446].claimant_type is ClaimantType.UNKNOWN


def test_an_international_body_a_sentence_opens_on_is_the_it_that_speaks_next() -> None:
    claims = claims_of(
        "Mediazona has found the names of 90,000 Russian soldiers who died.\n\n"
        "The United Nations has a team in Ukraine that checks every report of civilians being "
        "hurt. By the end of January, it said, more than 12,600 civilians had been killed in "
        "Ukraine since the war started."
    )
    assert claims[12_600].claimant_type is ClaimantType.INTERNATIONAL_ORG
    # ("in Ukraine since the war": a place, then a time; Ukraine waged no war on them)
    assert claims[12_600].subject is Subject.UKRAINE


def test_per_a_named_source_is_its_claimant_and_per_day_is_no_source() -> None:
    claims = claims_of(
        "Russia has lost 6,523 tanks, per Ukraine's General Staff. It lost 1,200 soldiers per "
        "day in May, per the UK Defence Ministry."
    )
    assert claims[6_523].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[1_200].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_a_source_that_has_just_posted_is_named_without_its_adverbs() -> None:
    claims = claims_of(
        "Kyiv city military administration head Tymur Tkachenko said Russia had attacked the "
        "capital overnight.\n\nThe death toll in Kyiv has risen to six, with 29 people injured, "
        "Tkachenko has just posted."
    )
    assert claims[6].claimant == claims[29].claimant == "Tymur Tkachenko"


def test_a_bodys_dated_statement_speaks_for_the_body() -> None:
    claims = claims_of(
        "Russia's Defence Ministry said 24 drones were downed over the region.\n\n"
        "The ministry's Monday morning statement put the overnight tally at 105 drones across "
        "the country, 37 of them over Belgorod."
    )
    assert claims[105].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[37].claimant_type is ClaimantType.RUSSIA_OFFICIAL


def test_an_outlet_named_short_in_its_own_text_is_the_outlet() -> None:
    article = Article(text=(
        "Meridian has observed geolocated footage of at least 36 destroyed Russian armored "
        "combat vehicles in the Pokrovsk direction since March 8."
    ), published=PUBLISHED, outlet="Meridian Institute for Conflict Studies")
    (claim,) = extract_article(article, create_backend("rules")).claims
    assert claim.claimant_type is ClaimantType.INDEPENDENT  # a think tank's own count


def test_a_figure_the_outlet_works_out_from_a_sources_reports_is_the_sources() -> None:
    article = Article(text=(
        "Adding up the General Staff's daily reports, we found that Russian losses grew by "
        "35,370 over the month of May.\n\n"
        "A report published in early June by the Center for Strategic and International "
        "Studies (CSIS), a Washington think tank, put Russian casualties at an estimated "
        "950,000."
    ), published=PUBLISHED, outlet="Clearline Fact Check")
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[35_370].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[950_000].claimant == "Center for Strategic and International Studies"


def test_a_social_network_is_no_source_of_the_post_it_carries() -> None:
    claims = claims_of(
        "A post shared widely on X says 1,000,000 Russian soldiers have died in the war."
    )
    assert (claims[1_000_000].claimant, claims[1_000_000].claimant_type) == (
        "unknown", ClaimantType.UNKNOWN)


def test_according_to_which_is_the_figures_owner_and_leaves_the_loser_named() -> None:
    claims = claims_of(
        "The service did not give its own estimate of Ukraine's losses. It instead repeated "
        "Russian Defence Ministry figures, according to which Ukraine's armed forces lost more "
        "than 560,000 servicemen in 2024."
    )
    assert claims[560_000].claimant_type is ClaimantType.RUSSIA_OFFICIAL
    assert claims[560_000].subject is Subject.UKRAINE


def test_by_one_charitys_count_names_the_source() -> None:
    claims = claims_of("But they add up: by one charity's count, more than 1,500 civilians have "
                       "been killed or maimed by mines since the full-scale invasion began.")
    assert claims[1_500].claimant_type is ClaimantType.INDEPENDENT
    assert claims[1_500].categories == [Category.CASUALTIES]


def test_a_short_form_and_a_head_noun_keep_the_kind_of_the_body_they_name() -> None:
    claims = claims_of(
        "The National Union of Journalists of Ukraine keeps a memorial list. Union chairman "
        "Serhiy Tomilenko said 20 media workers were killed while working as journalists. "
        "Reporters Without Borders (RSF) published its own figures. RSF, which applies its own "
        "criteria, lists five Russian journalists killed while reporting."
    )
    assert claims[20].claimant_type is ClaimantType.INDEPENDENT
    assert claims[5].claimant_type is ClaimantType.INDEPENDENT


def test_a_surname_after_a_chairman_named_in_full_is_that_person() -> None:
    claims = claims_of(
        "The committee's chairman Ivan Petrenko said 14 volunteers had been killed. "
        "Petrenko said nine more were wounded."
    )
    assert claims[9].claimant == "Ivan Petrenko"

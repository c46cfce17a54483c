"""The rules backend reads context across sentences and noun-less breakdowns.

Each test is one pattern of real coverage, written for the test (no article text copied).
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Qualifier

PUBLISHED = date(2025, 8, 12)


def claims_of(text: str, published: date | None = PUBLISHED) -> dict[int, Claim]:
    extraction = extract_article(Article(text=text, published=published), create_backend("rules"))
    return {c.value: c for c in extraction.claims if c.value is not None}


def test_a_framing_sentence_dates_and_scopes_the_figures_after_it() -> None:
    claims = claims_of(
        '"From July 12 to 18, units continued the operation," the Russian Defense Ministry '
        "said.\n\nThe enemy lost up to 1,540 servicemen and four tanks, the ministry said."
    )
    assert claims[1540].scope.value == "period"
    assert (claims[1540].as_of, claims[1540].period_start) == ("2025-07-18", "2025-07-12")
    assert claims[4].as_of == "2025-07-18"


def test_during_the_month_is_the_month_last_named() -> None:
    claims = claims_of(
        "Civilian casualties in July were the highest this year, the UN Human Rights "
        "Monitoring Mission said on Tuesday.\n\nThe mission verified that 286 civilians were "
        "killed and 1,388 injured across Ukraine during the month."
    )
    for value in (286, 1388):
        assert (claims[value].as_of, claims[value].period_start) == ("2025-07", "2025-07")
        assert claims[value].scope.value == "period"


def test_figures_before_their_source_take_the_source_named_next() -> None:
    claims = claims_of(
        "Russia lost 1,100 troops over the past day. The figures were published by Ukraine's "
        "General Staff on Tuesday."
    )
    assert claims[1100].claimant == "General Staff of the Armed Forces of Ukraine"


def test_an_unsigned_increment_list_is_the_general_staffs() -> None:
    claims = claims_of("The total combat losses of the enemy were approximately:\n"
                       "personnel ‒ about 161520 (+980) persons,\ntanks ‒ 3492 (+8).")  # fmt: skip
    assert {c.claimant_type.value for c in claims.values()} == {"ukraine_official"}


def test_the_update_refers_to_whoever_issued_it() -> None:
    claims = claims_of(
        "In its update on Thursday, the General Staff said the enemy lost one warship. "
        "The Russian Ministry of Defence said two vessels had been damaged.\n\n"
        "The update says Russia also lost 620 soldiers over the same 24 hours."
    )
    assert claims[620].claimant_type.value == "ukraine_official"


def test_a_list_header_in_the_perfect_makes_its_items_totals() -> None:
    claims = claims_of(
        "This number includes 820 casualties that Russian forces suffered over the past day, "
        "the General Staff said.\n\nAccording to the report, Russia has also lost:\n\n"
        "• 11,609 tanks\n• 23,954 armored fighting vehicles"
    )
    assert claims[820].scope.value == "daily"
    assert claims[11609].scope.value == "cumulative"
    assert claims[23954].scope.value == "cumulative"


def test_breakdowns_without_their_noun() -> None:
    claims = claims_of(
        "Of those killed in July, 21 were children and 74 were women, the mission said. "
        "A strike hit the town, killing four people and wounding 16, the governor said. "
        "Russian forces have suffered over 350,000 casualties, 9,800 of them in the "
        "Pokrovsk direction alone, the commander said."
    )
    assert (claims[21].categories[0].value, claims[21].subgroup) == ("killed", "children")
    assert claims[74].subgroup == "women"
    assert claims[16].categories[0].value == "wounded"
    assert claims[16].population.value == "civilian"
    assert claims[9800].categories[0].value == "casualties"


def test_a_strikes_agent_is_not_the_civilian_victim() -> None:
    claims = claims_of(
        "At least 12 people were killed and 43 wounded when Russian guided bombs struck a "
        "store in Kharkiv on Saturday, regional governor Oleh Syniehubov said."
    )
    assert (claims[12].subject.value, claims[43].subject.value) == ("ukraine", "ukraine")
    assert claims[43].population.value == "civilian"
    assert claims[12].claimant_type.value == "ukraine_official"


def test_launched_drones_are_not_losses_but_those_shot_down_are() -> None:
    claims = claims_of(
        "Ukraine's air force said Russia had launched 112 drones at Ukraine overnight, of "
        "which 80 drones were shot down."
    )
    assert 112 not in claims
    assert claims[80].categories[0].value == "uav"


def test_other_figures_modifiers_do_not_decide_the_side() -> None:
    claims = claims_of(
        "Ukrainian units downed 899 Russian drones and destroyed 47 artillery systems, "
        "according to the General Staff."
    )
    assert claims[47].subject.value == "russia"


def test_a_weekday_after_a_speech_verb_dates_the_statement() -> None:
    claims = claims_of(
        "WASHINGTON (AP) — Russian military casualties are approaching 300,000, U.S. officials "
        "said Friday.",
        published=date(2023, 8, 19),
    )
    assert claims[300000].as_of == "2023-08-18"
    assert claims[300000].qualifier.value == "approximately"


def test_on_a_list_of_the_named_dead_names_are_deaths_and_their_group_a_subgroup() -> None:
    claims = claims_of(
        "Mediazona said it had confirmed the names of 82,217 Russian soldiers killed in the "
        "war. Since the previous update, the list has grown by 2,416 names. Prisoners "
        "recruited from penal colonies make up the second-largest group: 14 590 names. "
        "Another 8 830 names belong to career contract soldiers."
    )
    for value in (2_416, 14_590, 8_830):
        assert claims[value].categories == [Category.KILLED], value
    assert claims[2_416].subgroup is None
    assert claims[14_590].subgroup == "prisoners recruited from penal colonies"
    assert claims[8_830].subgroup == "career contract soldiers"


def test_names_without_a_count_of_the_dead_before_are_not_deaths() -> None:
    claims = claims_of(
        "The ministry said 420 soldiers were wounded. The petition has gathered 3,000 names."
    )
    assert 3_000 not in claims


def test_ages_listed_after_aged_are_not_counts() -> None:
    claims = claims_of(
        "In the village, two men aged 48 and 63 were killed, and women aged 45, 52 and 71 "
        "were injured, the governor said."
    )
    assert not {63, 52, 71} & set(claims)
    claims = claims_of(
        "Ukraine brought home 84 prisoners of war on Friday. Among them were 31 servicemen who "
        "are seriously wounded, as well as 12 defenders younger than 25 and three older than 60."
    )
    assert not {25, 60} & set(claims)


def test_what_a_ship_can_carry_is_no_loss() -> None:
    claims = claims_of(
        "Ukraine's navy said its sea drones sank a large landing ship off Crimea overnight.\n\n"
        "The ship can carry up to 10 tanks and had been damaged once before, in a strike on "
        "Sevastopol."
    )
    assert 10 not in claims


def test_a_bare_rate_a_day_on_average_counts_what_was_just_counted() -> None:
    claims = extract_article(Article(text=(
        '"Since the beginning of July, the enemy has lost more than 14,000 people in our zone. '
        'In recent weeks the figure is stable: between 900 and 1,200 a day on average," the '
        "spokesman said."), published=PUBLISHED), create_backend("rules")).claims
    rate = next(c for c in claims if c.low == 900)
    assert (rate.high, rate.scope.value, rate.categories) == (
        1_200, "daily_average", [Category.CASUALTIES])


def test_a_speakers_caveat_qualifies_the_figures_before_it_in_the_paragraph_only() -> None:
    claims = claims_of(
        '"Since the start of July, the brigade has killed 612 Russian soldiers," the commander '
        'said. "Those are the ones we can confirm on video. The real number is higher, because '
        'we cannot see everything."\n\n'
        "Near Hrabove, he said, his men had killed 147 Russian soldiers this month."
    )
    assert claims[612].qualifier is Qualifier.AT_LEAST
    assert claims[147].qualifier is Qualifier.EXACT


def test_a_caveat_after_a_paragraphs_figures_qualifies_those_figures_only() -> None:
    claims = claims_of(
        "Monitors verified that 230 civilians were killed in May, the mission said.\n\n"
        "Since the invasion began, the mission has recorded 12,400 civilians killed. It "
        "cautioned that the actual numbers are likely considerably higher."
    )
    assert claims[12_400].qualifier is Qualifier.AT_LEAST
    assert claims[230].qualifier is Qualifier.EXACT


def test_a_caveat_about_all_of_a_sources_figures_qualifies_every_one() -> None:
    for caveat in ("It says all of its figures are likely considerably higher.",
                   "Its founders stress that the count is a minimum."):
        claims = claims_of(
            "Monitors verified that 230 civilians were killed in May, the mission said.\n\n"
            f"Since the invasion began, the mission has recorded 12,400 civilians killed. {caveat}"
        )
        assert claims[230].qualifier is Qualifier.AT_LEAST, caveat
        assert claims[12_400].qualifier is Qualifier.AT_LEAST, caveat


def test_a_sentence_that_compares_the_figure_before_gives_an_earlier_figure_of_its_count() -> None:
    claims = claims_of(
        "Russia lost 32,612 soldiers killed or wounded in July, the General Staff's data show. "
        "That compares with 33,630 in June and 48,670 in December 2024."
    )
    june = claims[33_630]
    assert june.categories == [Category.CASUALTIES]
    assert (june.as_of, june.claimant) == ("2025-06", claims[32_612].claimant)


def test_a_list_told_of_the_same_day_goes_on_with_the_report_before_it() -> None:
    claims = claims_of(
        "The General Staff says Russia lost 1,340 personnel over the past 24 hours. In the same "
        "day, seven tanks, thirty armoured combat vehicles and 43 drones.\n\n"
        "In the same week, the brigade received 12 tanks from its partners."
    )
    assert {v: claims[v].categories[0].value for v in (7, 30, 43)} == {
        7: "tanks", 30: "armored_combat_vehicles", 43: "uav"}
    assert claims[43].claimant == "General Staff of the Armed Forces of Ukraine"
    assert claims[43].scope.value == "daily"
    assert 12 not in claims  # tanks received, in a paragraph of its own: no loss


def test_a_part_of_an_earlier_toll_keeps_its_scope_and_a_sources_own_units_speak_not() -> None:
    claims = claims_of(
        "According to the emergency service, mines have killed 381 civilians since the "
        "full-scale invasion began, as of March 31. The service counts only incidents that "
        "its own units or the police have confirmed.\n\n"
        "Children make up a painful share. Among the dead were 17 children, the service said."
    )
    assert claims[17].scope.value == "cumulative"
    assert claims[17].as_of == "2025-03-31"
    assert claims[17].claimant == claims[381].claimant


def test_a_place_ranked_by_its_toll_singles_out_a_part_of_the_total() -> None:
    claims = claims_of(
        "According to the emergency service, mines have killed 381 civilians since the "
        "full-scale invasion began, as of March 31.\n\n"
        "The service's breakdown, also as of March 31, puts Kharkiv region first, with 142 "
        "civilians killed. Kherson region follows with 97 dead and 211 wounded."
    )
    assert claims[142].subgroup == "Kharkiv region"
    assert claims[142].claimant == claims[381].claimant  # "puts X first" names no source
    assert (claims[97].subgroup, claims[211].subgroup) == ("Kherson region", "Kherson region")
    assert claims[97].scope.value == claims[211].scope.value == "cumulative"


def test_of_the_n_names_the_whole_its_parts_belong_to_however_many_figures_came_since() -> None:
    claims = claims_of(
        "The group said it had confirmed 3,406 Russian artillery systems destroyed since "
        "February 2022. It counts 3,712 tanks over the same period.\n\n"
        "Of the 3,406 guns, 1,174 were self-propelled howitzers and 1,489 were towed pieces."
    )
    for value, kind in ((1174, "self-propelled howitzers"), (1489, "towed pieces")):
        assert claims[value].categories == [Category.ARTILLERY_SYSTEMS]
        assert claims[value].subgroup == kind


def test_saying_anothers_toll_is_higher_makes_no_count_a_lower_bound() -> None:
    article = Article(text=(
        "American and European officials said Russia had suffered 189,500 to 223,000 "
        "casualties.\n\n"
        "American and European officials, speaking privately, said they believed the Ukrainian "
        "toll was considerably higher than the one the president gave."
    ), published=date(2024, 2, 27))  # fmt: skip
    claims = extract_article(article, create_backend("rules")).claims
    assert claims[0].low == 189_500 and claims[0].qualifier is Qualifier.EXACT

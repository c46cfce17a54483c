"""Prisoner exchanges: the men each side gets back are its own captured, returned on the
day of the exchange; "returned" counts nothing in an article that is not about prisoners.
Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.backends.rules.exchanges import EXCHANGE_TOPIC, about_exchanges
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Scope, Subject


def claims_of(text: str) -> list[Claim]:
    article = Article(text=text, published=date(2024, 7, 17))
    return list(extract_article(article, create_backend("rules")).claims)


def test_the_men_returned_in_an_exchange_are_each_sides_captured() -> None:
    claims = {
        (c.subject, c.value): c
        for c in claims_of(
            "Ukraine and Russia carried out a prisoner exchange on Wednesday.\n\n"
            '"We have brought home 95 defenders," President Volodymyr Zelensky said. Among '
            "them were 22 National Guardsmen and nine border guards, many of whom had been "
            "captured in Mariupol in 2022.\n\n"
            "Russia's Defense Ministry said 95 Russian servicemen had been returned.\n\n"
            "The previous exchange, on June 25, saw 90 Ukrainians returned home in exchange "
            "for 90 Russians, the Coordination Headquarters said."
        )
    }
    for key in ((Subject.UKRAINE, 95), (Subject.RUSSIA, 95), (Subject.UKRAINE, 22),
                (Subject.UKRAINE, 9), (Subject.UKRAINE, 90), (Subject.RUSSIA, 90)):  # fmt: skip
        claim = claims[key]
        assert claim.categories == [Category.CAPTURED], key
        assert claim.scope is Scope.DAILY, key
        assert claim.subgroup is not None, key
    assert claims[Subject.UKRAINE, 95].as_of == "2024-07-17"
    assert claims[Subject.UKRAINE, 22].as_of == "2024-07-17"  # not the aside's 2022
    assert claims[Subject.UKRAINE, 90].as_of == "2024-06-25"
    assert claims[Subject.RUSSIA, 90].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_returned_counts_nothing_outside_an_article_on_prisoners() -> None:
    assert claims_of("Some 1,200 soldiers returned to the front after leave.") == []


def test_an_article_about_exchanges_is_found_as_the_ignorecase_pattern_finds_it() -> None:
    for text in ("Kyiv said 90 POWs came home.", "a SWAP of the dead", "In CAPTIVITY since May",
                 "the exchanged men", "prisonerss", "powers and exchangers", "Swapped\u0130",
                 "\u0130 prisoner", "K\u212a swaps", ""):  # fmt: skip
        assert about_exchanges(text) == (EXCHANGE_TOPIC.search(text) is not None), text


def test_the_men_returned_so_far_are_a_running_total() -> None:
    claims = {c.value: c for c in claims_of(
        "Ukraine and Russia swapped 84 prisoners each on Wednesday. It was the 58th exchange "
        "since the start of the war, according to the Coordination Headquarters, which said "
        "4,552 Ukrainians had now been returned home."
    )}  # fmt: skip
    assert claims[4_552].categories == [Category.CAPTURED]
    assert claims[4_552].scope is Scope.CUMULATIVE
    assert claims[4_552].subject is Subject.UKRAINE


def test_prisoners_still_held_and_prisoners_killed() -> None:
    claims = {
        c.value: c
        for c in claims_of(
            "The Coordination Headquarters said more than 8,000 Ukrainian servicemembers are "
            "still held in Russia. It has confirmed the deaths of at least 206 Ukrainian "
            "prisoners in Russian custody. Prosecutors say 250 Ukrainian prisoners have been "
            "executed since the start of the invasion, and a veterans' group says about 900 "
            "fighters of the Azov brigade are still held."
        )
    }
    assert claims[8_000].categories == [Category.CAPTURED]
    assert claims[900].categories == [Category.CAPTURED]
    for dead in (206, 250):
        assert claims[dead].categories == [Category.KILLED]
        assert claims[dead].subgroup == "prisoners of war"
        assert claims[dead].subject is Subject.UKRAINE


def test_the_bodies_a_side_gets_back_are_its_dead_repatriated() -> None:
    claims = {c.value: c for c in extract_article(Article(text=(
        "Ukraine has received the bodies of 909 fallen defenders, the Coordination "
        "Headquarters for the Treatment of Prisoners of War said on Thursday. It said Ukraine "
        "has brought home the bodies of more than 7,800 fallen soldiers since the start of the "
        "full-scale war.\n\n"
        "Rescuers found the bodies of 12 people under the rubble, police said."
    ), published=date(2025, 5, 8)), create_backend("rules")).claims}
    for value in (909, 7_800):
        assert claims[value].categories == [Category.KILLED], value
        assert (claims[value].population, claims[value].subject) == (
            Population.MILITARY, Subject.UKRAINE), value
        assert claims[value].subgroup == "repatriated bodies", value
    assert claims[7_800].scope is Scope.CUMULATIVE
    assert claims[12].subgroup != "repatriated bodies"  # (found, not handed back)


def test_captivity_counts_of_an_ombudsmans_report_keep_their_fates_and_source() -> None:
    claims = {c.value: c for c in claims_of(
        "Ukraine's parliamentary commissioner for human rights presented his annual report "
        "on Monday.\n\n"
        "The Coordination Headquarters said it has confirmed 4,870 Ukrainian service members "
        "as currently held by Russia, about 150 of them women. Russia may be holding as many "
        "as 14,000 Ukrainian civilians, the commissioner said.\n\n"
        "At least 160 Ukrainian prisoners of war have died in Russian captivity since 2022, "
        "the commissioner said.\n\n"
        "The headquarters said the register of persons missing under special circumstances "
        "now holds the names of more than 60,000 Ukrainian soldiers."
    )}  # fmt: skip
    assert {v: claims[v].categories[0] for v in (4_870, 150, 14_000, 160, 60_000)} == {
        4_870: Category.CAPTURED, 150: Category.CAPTURED, 14_000: Category.CAPTURED,
        160: Category.KILLED, 60_000: Category.MISSING}  # fmt: skip
    # women among soldiers held are soldiers; the civilians held are civilians
    assert claims[150].population is Population.MILITARY
    assert claims[14_000].population is Population.CIVILIAN
    assert claims[160].subgroup == "prisoners of war"
    # "the commissioner" is the office named at the start, a Ukrainian official
    assert claims[160].claimant == "Ukrainian Parliament Commissioner for Human Rights"
    assert claims[14_000].claimant_type is ClaimantType.UKRAINE_OFFICIAL


def test_civilians_brought_home_from_captivity_are_the_captors_enemys_and_no_days_toll() -> None:
    claims = {c.value: c for c in claims_of(
        "The report says 3,640 Ukrainians have been brought home from Russian captivity since "
        "2022, among them 151 civilians.\n\n"
        "Russia may be holding as many as 15,000 Ukrainian civilians, the commissioner said."
    )}  # fmt: skip
    assert claims[151].subject is Subject.UKRAINE
    assert claims[151].population is Population.CIVILIAN
    # a count of people held is no strike's toll of one day
    assert Scope.DAILY not in {claims[151].scope, claims[15_000].scope}


def test_bodies_a_side_receives_are_its_own_dead_not_prisoners() -> None:
    claims = {c.value: c for c in claims_of(
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the "
        "remains arrived by rail. Together with the 1,080 bodies returned on Monday, the "
        "handover brings the number received this week to 2,290, the headquarters said. The "
        "bodies of more than 8,100 fallen defenders have been returned since 2022, it said.\n\n"
        "A Russian lawmaker said Moscow had taken back 64 bodies of Russian soldiers since "
        "January."
    )}  # fmt: skip
    for value in (1_080, 8_100):
        assert (claims[value].categories, claims[value].subject) == (
            [Category.KILLED], Subject.UKRAINE)
    assert claims[8_100].subgroup == "repatriated bodies"  # dead, not prisoners returned
    assert (claims[64].categories, claims[64].subject) == ([Category.KILLED], Subject.RUSSIA)


def test_both_groups_of_a_pair_returned_and_men_who_crossed_back() -> None:
    claims = {
        (c.population, c.value): c
        for c in claims_of(
            "More than 90 Ukrainian servicemen crossed back into Ukraine on Wednesday in a "
            "prisoner exchange, the headquarters said. With the swap, 3,810 servicemen and 205 "
            "civilians have been brought home since 2022. The previous exchange returned 64 "
            "soldiers and 11 civilians."
        )
    }
    for key in ((Population.MILITARY, 90), (Population.MILITARY, 3_810),
                (Population.CIVILIAN, 205), (Population.MILITARY, 64),
                (Population.CIVILIAN, 11)):  # fmt: skip
        assert claims[key].categories == [Category.CAPTURED], key
        assert claims[key].subject is Subject.UKRAINE
    assert claims[(Population.MILITARY, 90)].scope is Scope.DAILY


def test_the_side_that_receives_the_dead_loses_them_whoever_says_what_they_were() -> None:
    claims = {c.value: c for c in claims_of(
        "Ukraine and Russia carried out a prisoner exchange on Wednesday, bringing home more "
        "than 150 Ukrainian servicemen, a day after Kyiv took back the bodies of 1,000 people "
        "that Moscow says were soldiers killed in the war.\n\n"
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 152 "
        "service members and nine civilians had crossed the border from Belarus.\n\n"
        "In a statement, the headquarters said Ukraine had received 900 bodies which, according "
        "to the Russian side, belong to Ukrainian servicemen. Russia received the remains of 31 "
        "of its own servicemen, it said."
    )}  # fmt: skip
    for value in (1_000, 900, 31):
        assert claims[value].categories == [Category.KILLED], value
        assert claims[value].population is Population.MILITARY, value  # soldiers handed back
        # (the headquarters counts; the other side only says whose the bodies are)
        assert claims[value].claimant_type is not ClaimantType.RUSSIA_OFFICIAL, value
    assert claims[900].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[1_000].subject is claims[900].subject is Subject.UKRAINE
    assert claims[31].subject is Subject.RUSSIA  # "its own": the receiver's, not the source's
    assert claims[150].scope is Scope.DAILY  # "a day after" is no rate
    for value in (152, 9):  # "crossed the border" in an exchange: men returned that day
        assert claims[value].categories == [Category.CAPTURED], value
        assert claims[value].scope is Scope.DAILY, value


def test_men_freed_from_one_sides_captivity_are_the_other_sides() -> None:
    (claim,) = claims_of(
        "With Wednesday's exchange, the number of Ukrainian service members freed from "
        "Russian captivity since February 2022 rose to 5,887, the headquarters said."
    )
    assert (claim.subject, claim.categories) == (Subject.UKRAINE, [Category.CAPTURED])

"""Weapons launched and the part of them downed: the number launched is no loss, the part
downed is the launcher's. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.backends.rules.salvos import salvo_in
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Scope, Subject


def claims_of(text: str) -> list[Claim]:
    article = Article(text=text, published=date(2025, 3, 7))
    return list(extract_article(article, create_backend("rules")).claims)


def test_the_part_downed_counts_what_was_launched() -> None:
    for text in (
        "Russia launched 188 drones overnight, of which 76 were shot down, the air force said.",
        "Russia launched 188 drones overnight. Air defenses shot down 76 of them, the air "
        "force said.",
        "Russia attacked with 188 Shahed drones overnight; 76 were shot down, the air force "
        "said.",
    ):
        claims = claims_of(text)
        assert [(c.value, c.categories, c.subject) for c in claims] == [
            (76, [Category.UAV], Subject.RUSSIA)
        ], text
        assert claims[0].scope is Scope.DAILY


def test_the_part_takes_the_kind_it_can_be_a_part_of() -> None:
    salvo = salvo_in("Russia launched 40 cruise missiles and 188 drones at Ukraine.", 3)
    assert salvo is not None
    assert salvo.weapons == ((40, Category.CRUISE_MISSILES), (188, Category.UAV))
    claims = claims_of(
        "Russia launched 40 cruise missiles and 188 drones at Ukraine overnight. Air defences "
        "shot down 150 of them, the air force said."
    )
    assert [(c.value, c.categories) for c in claims] == [(150, [Category.UAV])]
    claims = claims_of(
        "Russia launched 40 cruise missiles and 188 drones at Ukraine overnight. Air defences "
        "shot down 30 of them, the air force said."
    )
    assert [(c.value, c.categories) for c in claims] == [(30, [Category.CRUISE_MISSILES])]


def test_a_launch_long_before_or_on_the_ground_leaves_numbers_alone() -> None:
    assert salvo_in("Russia launched 12 tanks into the assault.", 0) is None
    claims = claims_of(
        "Russia launched 188 drones overnight. The air force said. Officials met. "
        "Of them, 76 were shot down."
    )
    assert claims == []  # too far from the launch to be its part


def test_the_missiles_of_a_salvo_are_its_cruise_missiles() -> None:
    claims = claims_of(
        "Russia launched 100 drones and five Kh-101 cruise missiles overnight. Air defences "
        "shot down 88 of the drones and three of the missiles, the air force said."
    )
    by_value = {c.value: c for c in claims}
    assert by_value[88].categories == [Category.UAV]
    assert by_value[3].categories == [Category.CRUISE_MISSILES]
    assert by_value[3].subject is Subject.RUSSIA


def test_weapons_that_got_through_are_no_loss() -> None:
    claims = claims_of(
        "Ukraine's air force said it had shot down 73 Russian drones overnight, while 19 drones "
        "hit targets in five regions and three missiles were not intercepted. Two Russian "
        "tanks were hit and destroyed near Pokrovsk."
    )
    values = {c.value: c for c in claims}
    assert values[73].categories == [Category.UAV]
    assert not {19, 3} & set(values)
    assert values[2].categories == [Category.TANKS]


def test_a_launch_told_of_the_drones_before_is_not_the_verb_of_the_missile_after() -> None:
    claims = {c.value: c for c in claims_of(
        "The air force said it had shot down 41 of the 45 attack drones that Russia launched "
        "overnight, as well as one Kh-59 cruise missile fired at the Dnipropetrovsk region."
    )}  # fmt: skip
    assert claims[1].categories == [Category.CRUISE_MISSILES]
    assert 45 not in claims
    claims = {c.value: c for c in claims_of(
        "Russia launched 45 attack drones overnight, as well as three Kh-59 cruise missiles."
    )}  # fmt: skip
    assert 3 not in claims


def test_missiles_of_any_kind_count_where_they_are_downed() -> None:
    text = (
        "Russia fired 40 missiles of various types overnight, of which 31 were shot down, the "
        "air force said. Air defences also downed two of the nine Iskander-M missiles and "
        "one of the four Kinzhals."
    )
    assert [(c.value, c.categories) for c in claims_of(text)] == [
        (31, [Category.CRUISE_MISSILES]),
        (2, [Category.CRUISE_MISSILES]),
        (1, [Category.CRUISE_MISSILES]),
    ]


def test_missiles_that_struck_are_no_loss() -> None:
    for text in (
        "Two ballistic missiles hit the centre of Sumy, killing 35 people, officials said.",
        "The air force said the two missiles had been launched from Kursk region and were "
        "not intercepted.",
        "The ministry said debris from one missile fell on the plant.",
        "The air force said Russia launched 431 drones and 40 missiles overnight, including 32 "
        "Kh-101 cruise missiles and eight Iskander-M ballistic missiles.",
    ):
        assert all(
            Category.CRUISE_MISSILES not in c.categories for c in claims_of(text)
        ), text


def test_a_list_line_of_launched_and_downed_counts_the_downed() -> None:
    text = (
        "The air force gave its breakdown for the month:\n\n"
        "- Kh-101 air-launched cruise missiles: 96 launched, 88 shot down\n"
        "- Shahed drones: 1,200 launched, 1,100 shot down\n"
    )
    assert [(c.value, c.categories) for c in claims_of(text)] == [
        (88, [Category.CRUISE_MISSILES]),
        (1_100, [Category.UAV]),
    ]


def test_the_drones_downed_after_russia_launched_them_are_russias() -> None:
    for text in (
        "Overnight, Russia launched 341 drones at Ukraine, and air defences shot down 322 of the "
        "drones, the air force said.",
        "Russia launched 341 drones and 12 missiles at Ukraine, according to the Ukrainian air "
        "force, which said it had shot down 322 of the drones.",
    ):
        downed = [c for c in claims_of(text) if c.value == 322]
        assert len(downed) == 1
        assert downed[0].subject is Subject.RUSSIA
        assert downed[0].categories == [Category.UAV]
        assert 341 not in {c.value for c in claims_of(text)}  # launched, not lost


def test_two_parts_downed_in_one_clause_are_both_downed() -> None:
    claims = claims_of(
        "Russia fired 70 cruise missiles and 30 drones overnight. The air force said 61 of the "
        "missiles and 24 of the drones were shot down."
    )
    downed = {c.value: c.categories for c in claims}
    assert downed == {61: [Category.CRUISE_MISSILES], 24: [Category.UAV]}


def test_the_part_of_which_were_shot_down() -> None:
    claims = {c.value: c for c in claims_of(
        "The Defence Ministry said Ukraine had fired 10 cruise missiles, seven of which were "
        "shot down."
    )}
    assert claims[7].categories == [Category.CRUISE_MISSILES]
    assert 10 not in claims  # (fired, not downed)

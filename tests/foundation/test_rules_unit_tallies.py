"""A unit's own tally of the enemy's losses counts its sector, a part of the side's losses:
a unit that opens a sentence, "its soldiers" after the unit a sentence names, and the
figures of a person said to command a unit. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim

PUBLISHED = date(2025, 5, 26)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_unit_opening_a_sentence_covers_its_paragraphs_figures() -> None:
    claims = claims_of(
        "The Sumy border detachment accounted for the largest share of enemy losses. Its "
        "personnel killed 52 occupiers and wounded 78 over the week.\n\n"
        "Over the same week the General Staff put Russian losses at 8,340 troops."
    )
    assert claims[52].subgroup == claims[78].subgroup == "Sumy border detachment"
    assert claims[8_340].subgroup is None


def test_soldiers_of_a_unit_opening_a_sentence_are_that_units() -> None:
    claims = claims_of(
        "Soldiers of the Kharkiv border detachment killed 35 Russian servicemen and wounded "
        "53 over the week, the Service said."
    )
    assert claims[35].subgroup == claims[53].subgroup == "Kharkiv border detachment"


def test_a_speaker_or_a_pronoun_before_a_unit_is_not_part_of_its_name() -> None:
    claims = claims_of(
        "He added that his brigade had destroyed 11 tanks in November.\n\n"
        "Ukraine's Operational Command South says its forces killed 43 Russian soldiers."
    )
    assert claims[11].subgroup == "his brigade"
    assert claims[43].subgroup == "Ukraine's Operational Command South"


def test_its_soldiers_are_those_of_the_unit_the_sentence_named() -> None:
    claims = claims_of(
        "The press service of the mechanized brigade that holds the defense of Avdiivka "
        "reported on Sunday that since the beginning of May its soldiers had eliminated 1,264 "
        "occupiers.\n\n"
        "Ukraine's air force said its air defence units destroyed 41 drones overnight."
    )
    assert claims[1_264].subgroup == "mechanized brigade"
    assert claims[1_264].claimant == "press service of the mechanized brigade"
    assert claims[41].subgroup is None


def test_the_figures_of_a_person_said_to_command_a_unit_are_that_units() -> None:
    claims = claims_of(
        "Major Oleh Kravets, 36, commands the drone battalion of a mechanized brigade near "
        "Kostiantynivka.\n\n"
        "Kravets: In May our crews confirmed 412 Russian soldiers killed. My battalion lost "
        "three men."
    )
    assert claims[412].subgroup == claims[3].subgroup == "drone battalion"


def test_equipment_burned_is_equipment_lost() -> None:
    claims = claims_of(
        '"They came at us with a full battalion. By noon we had burned 17 armoured vehicles," '
        "the commander said."
    )
    assert claims[17].categories == [Category.ARMORED_COMBAT_VEHICLES]

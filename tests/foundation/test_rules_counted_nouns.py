"""Nouns the rules backend reads as what a figure counts: the Russian ministry's "units of
special military automotive equipment" and "engineering equipment", "launchers of" a
rocket system, and bodies recovered. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Population

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

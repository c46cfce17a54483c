"""How large one day's or one month's loss can be: a figure far above it is a running total.

"On Tuesday the General Staff put Russian tank losses at 5,664" carries a day and no cue
of a total; no day of the war came near 5,664 tanks. "In December, Russia had lost some
315,000 troops" dates a total, not a month's loss. The ceilings are about three times the
largest one-day change, and twice the largest one-month change, of each category in the
General Staff of Ukraine's daily series (2022-03-15 to 2026-08; MIT, Petro Ivaniuk's
dataset, shipped in ``extractor/ledger/data``). Largest day: personnel 2,710, tanks 55,
armoured vehicles 120, artillery 122, MLRS 10, air defence 13, aircraft 41, helicopters 13,
drones 2,719, cruise missiles 112, ships 2, vehicles 626, special equipment 99. Largest
month: personnel 49,150, tanks 520, armoured vehicles 947, artillery 2,053, MLRS 82, air
defence 71, aircraft 106, helicopters 102, drones 60,849, cruise missiles 224, ships 5,
vehicles 13,930, special equipment 336.
"""

from __future__ import annotations

from schemas import PEOPLE_CATEGORIES, Category, Claim, Scope

DAILY_CEILING: dict[Category, int] = {
    **dict.fromkeys(PEOPLE_CATEGORIES, 8_000),
    Category.TANKS: 150, Category.ARMORED_COMBAT_VEHICLES: 350,
    Category.ARTILLERY_SYSTEMS: 350, Category.MLRS: 30, Category.AIR_DEFENSE_SYSTEMS: 40,
    Category.AIRCRAFT: 120, Category.HELICOPTERS: 40, Category.UAV: 8_000,
    Category.CRUISE_MISSILES: 300, Category.WARSHIPS_BOATS: 6, Category.SUBMARINES: 3,
    Category.VEHICLES_AND_FUEL_TANKS: 1_800, Category.SPECIAL_EQUIPMENT: 300,
}  # fmt: skip


MONTHLY_CEILING: dict[Category, int] = {
    **dict.fromkeys(PEOPLE_CATEGORIES, 100_000),
    Category.TANKS: 1_000, Category.ARMORED_COMBAT_VEHICLES: 2_000,
    Category.ARTILLERY_SYSTEMS: 4_000, Category.MLRS: 200, Category.AIR_DEFENSE_SYSTEMS: 150,
    Category.AIRCRAFT: 250, Category.HELICOPTERS: 250, Category.UAV: 120_000,
    Category.CRUISE_MISSILES: 500, Category.WARSHIPS_BOATS: 12, Category.SUBMARINES: 3,
    Category.VEHICLES_AND_FUEL_TANKS: 28_000, Category.SPECIAL_EQUIPMENT: 700,
}  # fmt: skip


def beyond_one_day(categories: list[Category], value: int | None, low: int | None) -> bool:
    """Is the figure larger than any one day's loss of what it counts?"""
    return _beyond(DAILY_CEILING, categories, value, low)


def beyond_one_month(categories: list[Category], value: int | None, low: int | None) -> bool:
    """Is the figure larger than any one month's loss of what it counts?"""
    return _beyond(MONTHLY_CEILING, categories, value, low)


def _beyond(ceilings: dict[Category, int], categories: list[Category], value: int | None,
            low: int | None) -> bool:  # fmt: skip
    smallest = value if value is not None else low
    if smallest is None:
        return False
    return smallest > sum(ceilings[category] for category in categories)


def listed_with_totals(claims: list[Claim], totals: int) -> list[Claim]:
    """The claims of a sentence with a day's scope carried to it (it names no day), where
    ``totals`` of them were too large for one day: "9,421 tanks, ..., 28 ships and boats,
    and one submarine" is one list of totals, its small items too."""
    if not totals or totals == len(claims):
        return claims
    return [claim.model_copy(update={"scope": Scope.CUMULATIVE}) if (
        claim.scope is Scope.DAILY and not claim.categories[0].is_people) else claim
        for claim in claims]  # fmt: skip

"""How large one day's loss can be: a figure far above it is a running total.

"On Tuesday the General Staff put Russian tank losses at 5,664" carries a day and no cue
of a total; no day of the war came near 5,664 tanks. The ceilings are about three times the
largest one-day change of each category in the General Staff of Ukraine's daily series
(2022-03-15 to 2026-08; MIT, Petro Ivaniuk's dataset, shipped in ``extractor/ledger/data``):
personnel 2,710, tanks 55, armoured vehicles 120, artillery 122, MLRS 10, air defence 13,
aircraft 41, helicopters 13, drones 2,719, cruise missiles 112, ships 2, vehicles 626,
special equipment 99 in one day.
"""

from __future__ import annotations

from schemas import Category

_PEOPLE = 8_000
DAILY_CEILING: dict[Category, int] = {
    Category.CASUALTIES: _PEOPLE, Category.KILLED: _PEOPLE, Category.WOUNDED: _PEOPLE,
    Category.CAPTURED: _PEOPLE, Category.MISSING: _PEOPLE,
    Category.TANKS: 150, Category.ARMORED_COMBAT_VEHICLES: 350,
    Category.ARTILLERY_SYSTEMS: 350, Category.MLRS: 30, Category.AIR_DEFENSE_SYSTEMS: 40,
    Category.AIRCRAFT: 120, Category.HELICOPTERS: 40, Category.UAV: 8_000,
    Category.CRUISE_MISSILES: 300, Category.WARSHIPS_BOATS: 6, Category.SUBMARINES: 3,
    Category.VEHICLES_AND_FUEL_TANKS: 1_800, Category.SPECIAL_EQUIPMENT: 300,
}  # fmt: skip


def beyond_one_day(categories: list[Category], value: int | None, low: int | None) -> bool:
    """Is the figure larger than any one day's loss of what it counts?"""
    smallest = value if value is not None else low
    if smallest is None:
        return False
    return smallest > sum(DAILY_CEILING.get(category, _PEOPLE) for category in categories)

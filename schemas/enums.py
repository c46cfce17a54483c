"""The closed vocabularies of the claim contract (shared/spec/claims.md).

Every other module imports these; none restates the values.
"""

from __future__ import annotations

from enum import StrEnum


class Subject(StrEnum):
    """Whose losses a number counts; ``other`` also for both sides together."""

    RUSSIA = "russia"
    UKRAINE = "ukraine"
    OTHER = "other"


class Population(StrEnum):
    MILITARY = "military"
    CIVILIAN = "civilian"


class Category(StrEnum):
    """What is counted. People first, then the General Staff's equipment list."""

    KILLED = "killed"
    WOUNDED = "wounded"
    CASUALTIES = "casualties"
    CAPTURED = "captured"
    MISSING = "missing"
    TANKS = "tanks"
    ARMORED_COMBAT_VEHICLES = "armored_combat_vehicles"
    ARTILLERY_SYSTEMS = "artillery_systems"
    MLRS = "mlrs"
    AIR_DEFENSE_SYSTEMS = "air_defense_systems"
    AIRCRAFT = "aircraft"
    HELICOPTERS = "helicopters"
    UAV = "uav"
    CRUISE_MISSILES = "cruise_missiles"
    WARSHIPS_BOATS = "warships_boats"
    SUBMARINES = "submarines"
    VEHICLES_AND_FUEL_TANKS = "vehicles_and_fuel_tanks"
    SPECIAL_EQUIPMENT = "special_equipment"

    @property
    def is_people(self) -> bool:
        return self in PEOPLE_CATEGORIES


PEOPLE_CATEGORIES: frozenset[Category] = frozenset(
    {Category.KILLED, Category.WOUNDED, Category.CASUALTIES, Category.CAPTURED, Category.MISSING}
)
EQUIPMENT_CATEGORIES: frozenset[Category] = frozenset(set(Category) - PEOPLE_CATEGORIES)


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"


class Scope(StrEnum):
    DAILY = "daily"
    DAILY_AVERAGE = "daily_average"
    CUMULATIVE = "cumulative"
    PERIOD = "period"
    UNSPECIFIED = "unspecified"


class ClaimantType(StrEnum):
    UKRAINE_OFFICIAL = "ukraine_official"
    RUSSIA_OFFICIAL = "russia_official"
    FOREIGN_OFFICIAL = "foreign_official"
    INDEPENDENT = "independent"
    INTERNATIONAL_ORG = "international_org"
    UNKNOWN = "unknown"


class Alignment(StrEnum):
    """How grounding located a claim's evidence in the article text."""

    EXACT = "exact"  # verbatim substring
    FUZZY = "fuzzy"  # near-verbatim (whitespace, quotes, small edits); offsets point at the text
    NONE = "none"  # not found: the claim is rejected


class RejectionReason(StrEnum):
    """Why a candidate claim did not make it into an extraction's claims."""

    EVIDENCE_NOT_FOUND = "evidence_not_found"
    NUMBER_NOT_IN_EVIDENCE = "number_not_in_evidence"
    DUPLICATE = "duplicate"
    INVALID = "invalid"

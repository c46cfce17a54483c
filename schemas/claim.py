"""The claim: one definite loss figure that an article attributes to someone.

``ClaimDraft`` is what a backend proposes (an LLM is asked for exactly this shape:
verbatim evidence, no offsets). ``Claim`` adds what grounding computes: the evidence's
character offsets in the article text and how it was aligned.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.dates import PartialDate, partial_date_precedes
from schemas.enums import Alignment, Category, ClaimantType, Population, Qualifier, Scope, Subject

NonNegativeInt = Annotated[int, Field(ge=0)]

MatchKey = tuple[Subject, Population, tuple[Category, ...], int | None, int | None, int | None]


class ClaimDraft(BaseModel):
    """A claim as extracted, before its evidence is located in the text."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    subject: Subject = Field(
        description="Whose losses the number counts; 'other' also for both sides counted together."
    )
    population: Population = Field(default=Population.MILITARY, description="Military or civilian.")
    subgroup: str | None = Field(
        default=None,
        description=(
            "A part of the subject's losses the article singles out: a unit or force, people "
            "('children'), a place or sector, or a fate ('captured'); "
            "null for the subject as a whole."
        ),
    )
    categories: list[Category] = Field(
        min_length=1,
        description=(
            "What is counted, sorted; more than one only when the article gives one combined "
            "number for several categories."
        ),
    )
    value: NonNegativeInt | None = Field(
        default=None, description="The number, for a point figure."
    )
    low: NonNegativeInt | None = Field(default=None, description="Lower bound, for a range.")
    high: NonNegativeInt | None = Field(default=None, description="Upper bound, for a range.")
    qualifier: Qualifier = Field(
        default=Qualifier.EXACT,
        description="about/around/nearly -> approximately; at least -> at_least; "
        "more than/over -> more_than; up to/as many as -> at_most.",
    )
    scope: Scope = Field(
        description="daily = one day; daily_average = a rate per day over a longer period; "
        "cumulative = since the start of the war; period = another stated interval; "
        "unspecified = not said."
    )
    as_of: PartialDate | None = Field(
        default=None, description="The date the figure refers to (end of its period), or null."
    )
    period_start: PartialDate | None = Field(
        default=None, description="Only for scope 'period': when the period began, if stated."
    )
    claimant: str = Field(min_length=1, description="Who asserts the number, in canonical form.")
    claimant_type: ClaimantType
    evidence: str = Field(
        min_length=1,
        description="A verbatim quote from the article text: the clause that carries the number.",
    )

    @field_validator("categories")
    @classmethod
    def _sorted_unique_categories(cls, categories: list[Category]) -> list[Category]:
        return sorted(set(categories), key=lambda c: c.value)

    @field_validator("claimant", "evidence")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("must not be blank")
        return text

    @field_validator("subgroup")
    @classmethod
    def _blank_subgroup_is_none(cls, subgroup: str | None) -> str | None:
        return subgroup.strip() or None if subgroup is not None else None

    @model_validator(mode="after")
    def _check_number_and_dates(self) -> Self:
        has_range = self.low is not None or self.high is not None
        if self.value is not None and has_range:
            raise ValueError(
                "give either value (a point figure) or low and high (a range), not both"
            )
        if self.value is None and not has_range:
            raise ValueError("a claim needs a number: value, or low and high")
        if has_range:
            if self.low is None or self.high is None:
                raise ValueError("a range needs both low and high")
            if self.low > self.high:
                raise ValueError(f"range low {self.low} is greater than high {self.high}")
        if self.period_start is not None:
            if self.scope is not Scope.PERIOD:
                raise ValueError("period_start is only allowed with scope 'period'")
            if self.as_of is not None and not partial_date_precedes(self.period_start, self.as_of):
                raise ValueError(f"period_start {self.period_start} is after as_of {self.as_of}")
        return self

    def match_key(self) -> MatchKey:
        """The scoring key of the contract: subject, population, categories and the number."""
        return (
            self.subject,
            self.population,
            tuple(self.categories),
            self.value,
            self.low,
            self.high,
        )

    def number_label(self) -> str:
        """The number as a person reads it: ``960`` or ``124,500-131,000``."""
        if self.value is not None:
            return f"{self.value:,}"
        return f"{self.low:,}-{self.high:,}"


class Claim(ClaimDraft):
    """A claim whose evidence has been located in the article text."""

    start: NonNegativeInt | None = Field(
        default=None, description="Offset of evidence in the article text; set by grounding."
    )
    end: NonNegativeInt | None = Field(
        default=None, description="End offset (exclusive) of evidence; set by grounding."
    )
    alignment: Alignment | None = Field(
        default=None, description="How grounding matched the evidence; null before grounding."
    )

    @model_validator(mode="after")
    def _check_offsets(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end go together")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self

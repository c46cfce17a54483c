"""Worked few-shot examples for prompt versions that show some (claims/v2 onwards).

The texts are invented for this project; they are not taken from any article. The
expected answers are built from the ``schemas`` models, so a change to the contract
breaks them here (loudly) instead of teaching a model a stale vocabulary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from schemas import (
    Category,
    ClaimantType,
    ClaimDraft,
    ClaimsResponse,
    Population,
    Qualifier,
    Scope,
    Subject,
)


@dataclass(frozen=True)
class FewShotExample:
    """A short invented text, what a careful reader extracts, and what it leaves out."""

    published: str | None
    text: str
    answer: ClaimsResponse
    not_claims: str  # why the other numbers in the text are not claims
    # Serialised once: every prompt render prints it, and batch jobs render thousands.
    _answer_json: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        dumped = json.dumps(self.answer.model_dump(mode="json", exclude_defaults=True))
        object.__setattr__(self, "_answer_json", dumped)

    def answer_json(self) -> str:
        return self._answer_json

    def as_dict(self) -> dict[str, Any]:
        return {
            "published": self.published,
            "text": self.text,
            "answer": self.answer.model_dump(mode="json"),
            "not_claims": self.not_claims,
        }


_GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"


@cache
def few_shot_examples() -> tuple[FewShotExample, ...]:
    daily = FewShotExample(
        published="2024-03-05",
        text=(
            "Ukraine's General Staff said on Tuesday that Russian forces had lost 1,150 "
            "personnel over the past day, bringing the total since the invasion to 512,300. "
            "The update also listed twenty-two artillery systems and a combined 35 armored "
            "combat vehicles and fuel tanks destroyed over the same day. A 41-year-old "
            "commander told reporters the fighting had intensified 3 times since January."
        ),
        answer=ClaimsResponse(
            claims=[
                ClaimDraft(
                    subject=Subject.RUSSIA,
                    categories=[Category.CASUALTIES],
                    value=1150,
                    scope=Scope.DAILY,
                    as_of="2024-03-05",
                    claimant=_GENERAL_STAFF,
                    claimant_type=ClaimantType.UKRAINE_OFFICIAL,
                    evidence="Russian forces had lost 1,150 personnel over the past day",
                ),
                ClaimDraft(
                    subject=Subject.RUSSIA,
                    categories=[Category.CASUALTIES],
                    value=512300,
                    scope=Scope.CUMULATIVE,
                    as_of="2024-03-05",
                    claimant=_GENERAL_STAFF,
                    claimant_type=ClaimantType.UKRAINE_OFFICIAL,
                    evidence="bringing the total since the invasion to 512,300",
                ),
                ClaimDraft(
                    subject=Subject.RUSSIA,
                    categories=[Category.ARTILLERY_SYSTEMS],
                    value=22,
                    scope=Scope.DAILY,
                    as_of="2024-03-05",
                    claimant=_GENERAL_STAFF,
                    claimant_type=ClaimantType.UKRAINE_OFFICIAL,
                    evidence="twenty-two artillery systems",
                ),
                ClaimDraft(
                    subject=Subject.RUSSIA,
                    categories=[Category.ARMORED_COMBAT_VEHICLES, Category.VEHICLES_AND_FUEL_TANKS],
                    value=35,
                    scope=Scope.DAILY,
                    as_of="2024-03-05",
                    claimant=_GENERAL_STAFF,
                    claimant_type=ClaimantType.UKRAINE_OFFICIAL,
                    evidence="a combined 35 armored combat vehicles and fuel tanks",
                ),
            ]
        ),
        not_claims="41 is an age; '3 times' counts events, not losses.",
    )
    estimate = FewShotExample(
        published="2023-06-10",
        text=(
            "Unnamed Western intelligence officials estimated in May that between 45,000 and "
            "50,000 Russian soldiers had been killed since the start of the war. Tens of "
            "thousands more had been mobilized from the regions, they said, and about 200 "
            "pieces of equipment had been lost."
        ),
        answer=ClaimsResponse(
            claims=[
                ClaimDraft(
                    subject=Subject.RUSSIA,
                    categories=[Category.KILLED],
                    low=45000,
                    high=50000,
                    scope=Scope.CUMULATIVE,
                    as_of="2023-05",
                    claimant="Western intelligence officials",
                    claimant_type=ClaimantType.FOREIGN_OFFICIAL,
                    evidence="between 45,000 and 50,000 Russian soldiers had been killed since "
                    "the start of the war",
                )
            ]
        ),
        not_claims=(
            "'Tens of thousands' is vague and counts people mobilized; 'pieces of equipment' "
            "is equipment of no stated kind."
        ),
    )
    civilians = FewShotExample(
        published=None,
        text=(
            "The UN Human Rights Monitoring Mission in Ukraine said it had verified that at "
            "least 560 children were among the civilians killed, adding that the actual "
            "number was likely higher."
        ),
        answer=ClaimsResponse(
            claims=[
                ClaimDraft(
                    subject=Subject.UKRAINE,
                    population=Population.CIVILIAN,
                    subgroup="children",
                    categories=[Category.KILLED],
                    value=560,
                    qualifier=Qualifier.AT_LEAST,
                    scope=Scope.UNSPECIFIED,
                    claimant="UN Human Rights Monitoring Mission in Ukraine",
                    claimant_type=ClaimantType.INTERNATIONAL_ORG,
                    evidence="at least 560 children were among the civilians killed",
                )
            ]
        ),
        not_claims="No date is given and the publication date is unknown, so as_of is null.",
    )
    return (daily, estimate, civilians)

"""Hand labels: the gold file that sits beside each article of an eval dataset."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from schemas.claim import Claim


class GoldFile(BaseModel):
    """``NAME.gold.json``: the claims a careful reader finds in ``NAME.txt``."""

    model_config = ConfigDict(extra="forbid")

    published: date | None = None
    claims: list[Claim] = Field(default_factory=list)
    notes: str | None = None

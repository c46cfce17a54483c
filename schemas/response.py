"""What an LLM is asked to fill: the claims it finds, as drafts with verbatim evidence.

Offsets are deliberately absent: a model quotes, grounding locates (see extractor.grounding).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from schemas.claim import ClaimDraft


class ClaimsResponse(BaseModel):
    """Every loss claim found in the article text given to the model."""

    model_config = ConfigDict(extra="forbid")

    claims: list[ClaimDraft] = Field(
        default_factory=list,
        description=(
            "One entry per distinct loss figure in the article text; an empty list when "
            "the text has none. Each evidence is copied verbatim from the text."
        ),
    )

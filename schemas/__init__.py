"""Pydantic models of the claim contract: the single source of truth for field names and enums."""

from schemas.article import Article, ArticleMeta, content_id
from schemas.claim import Claim, ClaimDraft, MatchKey
from schemas.dates import PartialDate, check_partial_date, partial_date_precedes
from schemas.enums import (
    EQUIPMENT_CATEGORIES,
    PEOPLE_CATEGORIES,
    Alignment,
    Category,
    ClaimantType,
    Population,
    Qualifier,
    RejectionReason,
    Scope,
    Subject,
)
from schemas.extraction import (
    SCHEMA_VERSION,
    Extraction,
    PromptRef,
    Provenance,
    RejectedClaim,
    TokenUsage,
)
from schemas.gold import GoldFile
from schemas.response import ClaimsResponse

__all__ = [
    "EQUIPMENT_CATEGORIES",
    "PEOPLE_CATEGORIES",
    "SCHEMA_VERSION",
    "Alignment",
    "Article",
    "ArticleMeta",
    "Category",
    "Claim",
    "ClaimDraft",
    "ClaimantType",
    "ClaimsResponse",
    "Extraction",
    "GoldFile",
    "MatchKey",
    "PartialDate",
    "Population",
    "PromptRef",
    "Provenance",
    "Qualifier",
    "RejectedClaim",
    "RejectionReason",
    "Scope",
    "Subject",
    "TokenUsage",
    "check_partial_date",
    "content_id",
    "partial_date_precedes",
]

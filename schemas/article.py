"""An article: its text plus the metadata the contract names."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

_UNKNOWN = {"", "unknown", "none", "null", "n/a"}


def content_id(text: str) -> str:
    """A stable id from the article text alone: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class ArticleMeta(BaseModel):
    """The metadata of an article, without its text (what an Extraction carries along)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    outlet: str | None = None
    published: date | None = Field(
        default=None,
        description="Publication date; null when unknown (relative dates then stay null).",
    )
    url: str | None = None
    source: str | None = Field(
        default=None, description="Where it was loaded from: a path, or path#record for feeds."
    )

    @field_validator("title", "outlet", "url", "source", mode="before")
    @classmethod
    def _unknown_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in _UNKNOWN:
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, value: Any) -> Any:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            text = value.strip()
            if text.lower() in _UNKNOWN:
                return None
            # Accept full timestamps ("2024-01-23T10:00:00Z"): the date is what matters.
            return text[:10] if len(text) > 10 and text[10] in "T " else text
        return value


class Article(ArticleMeta):
    """An article to extract claims from. Offsets of claims count into ``text``."""

    text: str = Field(min_length=1)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return content_id(self.text)

    def meta(self) -> ArticleMeta:
        return ArticleMeta.model_validate(self.model_dump(exclude={"text", "id"}))

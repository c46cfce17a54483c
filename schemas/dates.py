"""Partial ISO dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as the contract allows."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Annotated

from pydantic import AfterValidator, Field

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# Kept: an article's claims share a few dates, each checked once per claim and field.
@lru_cache(maxsize=1024)
def check_partial_date(value: str) -> str:
    """Return ``value`` if it is a real calendar date at year, month or day precision."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date: {exc}") from None
    return value


def partial_date_precedes(earlier: str, later: str) -> bool:
    """True when ``earlier`` can come no later than ``later`` at their shared precision.

    "2022-09" and "2022-09-21" are compatible both ways (one is a prefix of the other).
    """
    width = min(len(earlier), len(later))
    return earlier[:width] <= later[:width]


def partial_dates_agree(first: str, second: str) -> bool:
    """ "2022-09" and "2022-09-21" agree: one is the other at a coarser precision."""
    return first.startswith(second) or second.startswith(first)


PartialDate = Annotated[
    str,
    AfterValidator(check_partial_date),
    Field(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD, at the precision the article allows",
    ),
]

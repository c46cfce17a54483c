"""A reference ledger: one cumulative figure per date and category, plus revision entries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from extractor.errors import ExtractorError
from schemas import Category

ONE_DAY = timedelta(days=1)


class LedgerError(ExtractorError):
    """A ledger file cannot be read: the message names the file, the line and the problem."""


@dataclass(frozen=True, slots=True)
class Correction:
    """Part of a day's change that the ledger's maintainer marks as a revision of earlier
    totals (negative: the totals were lowered), not as new losses."""

    day: date
    category: Category
    change: int
    # The date the corrections file gives, when it is one day before the row the entry
    # actually changes (see ``align_corrections``).
    listed: date | None = None

    def where(self) -> str:
        listed = f", listed under {self.listed}" if self.listed else ""
        return f"correction {self.change:+,} on {self.day}{listed}"


@dataclass
class Ledger:
    """Cumulative figures by category and date, as loaded from a ledger CSV."""

    source: str
    series: dict[Category, dict[date, int]]
    corrections: list[Correction] = field(default_factory=list)
    # Categories whose values on some dates are sums of columns the source kept apart.
    derived: dict[Category, dict[date, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dates: list[date] = sorted({d for values in self.series.values() for d in values})
        self._corrections: dict[tuple[date, Category], int] = {}
        for entry in self.corrections:
            key = (entry.day, entry.category)
            self._corrections[key] = self._corrections.get(key, 0) + entry.change

    @property
    def first(self) -> date | None:
        return self.dates[0] if self.dates else None

    @property
    def last(self) -> date | None:
        return self.dates[-1] if self.dates else None

    @property
    def categories(self) -> list[Category]:
        return [c for c in Category if c in self.series]

    def covers(self, day: date) -> bool:
        return self.first is not None and self.last is not None and self.first <= day <= self.last

    def value(self, category: Category, day: date) -> int | None:
        return self.series.get(category, {}).get(day)

    def total(self, categories: Iterable[Category], day: date) -> int | None:
        """Sum of the categories' values on ``day``; None if any of them has no value."""
        values = [self.value(c, day) for c in categories]
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    def change(self, categories: Iterable[Category], day: date) -> int | None:
        """The day's change of the summed categories against the day before."""
        categories = list(categories)
        today, yesterday = self.total(categories, day), self.total(categories, day - ONE_DAY)
        return None if today is None or yesterday is None else today - yesterday

    def correction(self, categories: Iterable[Category], day: date) -> int:
        """The summed revision entries of the categories dated ``day`` (0 when none)."""
        return sum(self._corrections.get((day, c), 0) for c in categories)

    def corrections_on(self, category: Category, day: date) -> list[Correction]:
        return [c for c in self.corrections if c.category is category and c.day == day]

    def first_date_of(self, category: Category) -> date | None:
        values = self.series.get(category)
        return min(values) if values else None

"""What a running job shows: done / failed / cached, rate, ETA, tokens and cost so far.

The runner reports to a ``JobProgress``; ``RichProgress`` draws a bar on a terminal,
``QuietProgress`` only keeps the counts (for tests, pipes and logs).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from extractor.evals.prices import Price, cost_usd
from schemas import TokenUsage


@dataclass
class Tally:
    """Counts so far in this run (the articles skipped as done are not among them)."""

    total: int = 0
    done: int = 0
    failed: int = 0
    cached: int = 0
    claims: int = 0
    usage: TokenUsage = field(default_factory=TokenUsage)
    cost: float | None = 0.0  # None once a model without a price has spent tokens
    started: float = field(default_factory=time.perf_counter)

    @property
    def finished(self) -> int:
        return self.done + self.failed

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.finished / elapsed if elapsed > 0 else 0.0

    def add_usage(self, usage: TokenUsage | None, model: str | None, prices: dict[str, Price],
                  discount: float = 1.0) -> None:  # fmt: skip
        if usage is None:
            return
        self.usage = self.usage + usage
        cost = cost_usd(usage, model, prices)
        if cost is None or self.cost is None:
            self.cost = None
        else:
            self.cost += cost * discount


class JobProgress:
    """Receives the runner's counts; the base class shows nothing."""

    def __init__(self) -> None:
        self.tally = Tally()

    def start(self, total: int) -> None:
        self.tally.total = total
        self.tally.started = time.perf_counter()

    def update(self) -> None:
        """Called after each article is stored."""

    def stop(self) -> None:
        """Called once at the end, even after Ctrl-C."""


QuietProgress = JobProgress


def describe_counts(tally: Tally) -> str:
    cost = "n/a" if tally.cost is None else f"${tally.cost:.4f}"
    return (
        f"[green]{tally.done} done[/] ([cyan]{tally.cached} cached[/]) "
        f"[red]{tally.failed} failed[/] · {tally.rate():.1f}/s · "
        f"{tally.usage.total_tokens:,} tokens · {cost}"
    )


class RichProgress(JobProgress):
    """A live bar on stderr, redrawn a few times a second rather than per article."""

    def __init__(self, console: Console) -> None:
        super().__init__()
        self._progress = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
            refresh_per_second=4,
        )
        self._task = self._progress.add_task("batch", total=None, counts="")
        self._last_draw = 0.0

    def start(self, total: int) -> None:
        super().start(total)
        self._progress.update(
            self._task, total=total, completed=0, counts=describe_counts(self.tally)
        )
        self._progress.start()

    def update(self) -> None:
        now = time.perf_counter()
        # Formatting the counts costs more than storing a cached article: do it at most
        # every 0.1 s; rich redraws on its own timer.
        if now - self._last_draw < 0.1 and self.tally.finished < self.tally.total:
            return
        self._last_draw = now
        self._progress.update(
            self._task, completed=self.tally.finished, counts=describe_counts(self.tally)
        )

    def stop(self) -> None:
        self._progress.update(
            self._task, completed=self.tally.finished, counts=describe_counts(self.tally)
        )
        self._progress.stop()

"""Article files for the batch tests (short daily reports the rules backend understands)
and fake backends."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from extractor.backends.base import BackendOutput
from extractor.errors import BackendError
from schemas import Article, Claim


def report_text(number: int) -> str:
    day = date(2024, 3, 1) + timedelta(days=number % 300)
    return (
        f"Russia lost {500 + number:,} troops over the past 24 hours, the General Staff of "
        f"the Armed Forces of Ukraine said on {day:%B} {day.day}. It also lost "
        f"{number % 9 + 2} tanks. (report {number})"
    )


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        day = date(2024, 3, 1) + timedelta(days=number % 300 + 1)
        path = folder / f"report-{number:05d}.txt"
        path.write_text(
            f"title: Daily losses {number}\noutlet: Test Wire\npublished: {day}\n---\n"
            + report_text(number)
            + "\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


_FIGURE = re.compile(r"Russia lost (\d[\d,]*) troops over the past 24 hours")


def figure_claims(article: Article) -> list[Claim]:
    """What the loopback server and the fakes answer: one claim per figure sentence."""
    return [
        Claim(subject="russia", categories=["casualties"],
              value=int(m.group(1).replace(",", "")), scope="daily",
              claimant="General Staff of the Armed Forces of Ukraine",
              claimant_type="ukraine_official", evidence=m.group(0))
        for m in _FIGURE.finditer(article.text)
    ]  # fmt: skip


class FakeBackend:
    """A sync backend: raises on articles that contain a trigger word, counts its calls."""

    name = "fake"

    def __init__(self, fail_on: tuple[str, ...] = ("EXPLODE",)) -> None:
        self.fail_on = fail_on
        self.calls: list[str] = []

    def extract(self, article: Article) -> BackendOutput:
        self.calls.append(article.source or article.id)
        if any(word in article.text for word in self.fail_on):
            if "CRASH" in article.text:
                raise RuntimeError("a bug in the backend")
            raise BackendError("the fake endpoint refused this article")
        return BackendOutput(claims=figure_claims(article))

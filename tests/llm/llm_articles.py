"""Articles written for these tests (invented; not taken from any real article)."""

from __future__ import annotations

from schemas import Article

GENSTAFF = "General Staff of the Armed Forces of Ukraine"

DAILY_TEXT = (
    "Kyiv's military said on Wednesday that Russia had lost 1,020 soldiers over the "
    "previous 24 hours. The General Staff also reported 9 tanks destroyed in the same "
    "period.\n\nThe figures could not be independently verified."
)


def daily_article() -> Article:
    return Article(
        text=DAILY_TEXT, title="Test daily update", outlet="Test Wire", published="2024-02-14"
    )


# Four paragraphs; with chunk_chars=300 and chunk_overlap=120 the figure sentences near
# the cuts fall into two chunks, so the chunk merge has duplicates to remove.
LONG_TEXT = (
    "The General Staff of Ukraine's armed forces published its morning report on Friday. "
    "Officials gave no further detail on where the fighting had been heaviest. "
    "It said Russia lost 870 troops in a day.\n\n"
    "Analysts noted that the pace of fighting had changed little over the week, and that "
    "the weather remained cold. The report also listed 14 artillery systems.\n\n"
    "Western officials have not confirmed the figures. A spokesperson repeated that the "
    "totals are compiled from front-line reports. Since the invasion, Russia has lost "
    "402,500 troops.\n\n"
    "Independent verification of any of these numbers remains difficult for reporters "
    "working near the front, who depend on official statements."
)


def long_article() -> Article:
    return Article(text=LONG_TEXT, title="Test long report", published="2024-03-01")

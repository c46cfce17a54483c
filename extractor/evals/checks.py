"""How many cross-check errors a run's claims raise (``extractor.checks.run_checks``).

An error is a failed finding of severity ``error``: figures that cannot all be right
(within an article, across the run's articles, or against the ledger). The count is null,
with a note saying why, when the checks cannot run: a number the harness did not compute
is never shown as zero.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from extractor import __version__
from extractor.checks import Severity, Status, run_checks
from extractor.ledger import Ledger, LedgerError, default_ledger
from schemas import Article, Claim, Extraction, Provenance

GOLD_BACKEND = "gold"


def load_check_ledger() -> tuple[Ledger | None, str | None]:
    """The shipped ledger, or None and the reason it could not be loaded."""
    try:
        return default_ledger(), None
    except (LedgerError, OSError) as exc:
        return None, f"ledger checks skipped: {exc}"


def count_check_errors(
    extractions: list[Extraction], ledger: Ledger | None = None, use_ledger: bool = True
) -> tuple[int | None, str | None, dict[str, int]]:
    """(errors over all claims, note, errors per article id) from the project's cross-checks.

    Per article, a finding counts once for every article whose claims it names.
    """
    note = None
    if use_ledger and ledger is None:
        ledger, note = load_check_ledger()
    findings = run_checks(extractions, ledger)
    errors = [f for f in findings if f.status is Status.FAILED and f.severity is Severity.ERROR]
    per_article: Counter[str] = Counter({e.article_id: 0 for e in extractions})
    for finding in errors:
        for article_id in {ref.article_id for ref in finding.claims}:
            per_article[article_id] += 1
    return len(errors), note, dict(per_article)


def gold_extractions(items: list[tuple[Article, list[Claim]]]) -> list[Extraction]:
    """The gold claims dressed as extractions, so the checks can run on them too."""
    started = datetime.now(UTC)
    return [
        Extraction(
            article_id=article.id,
            article=article.meta(),
            claims=claims,
            provenance=Provenance(
                backend=GOLD_BACKEND, extractor_version=__version__, started_at=started
            ),
        )
        for article, claims in items
    ]


def count_gold_check_errors(items: list[tuple[Article, list[Claim]]]) -> int:
    """Errors the hand labels raise themselves: the baseline a run's count compares with
    (real articles contradict each other and the ledger, and gold keeps those figures)."""
    total, _, _ = count_check_errors(gold_extractions(items))
    return total or 0

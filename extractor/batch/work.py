"""One article's work, the same for every way the runner runs: ask the backend, then
ground, check and make it an outcome. Also the process-pool side of the rules path."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from extractor.backends.base import Backend, BackendOutput
from extractor.batch.job import ArticleFailed, Outcome, failure_from_error, finish_article
from extractor.ledger import Ledger
from schemas import Article

# -- one article, the async way ------------------------------------------------------------


@dataclass
class Fetched:
    """A backend's answer for an article, waiting to be grounded, checked and stored."""

    article: Article
    started_at: datetime
    extract_ms: float
    output: BackendOutput | None = None
    failure: ArticleFailed | None = None


async def fetch_async(backend: Any, article: Article) -> Fetched:
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    try:
        output = await backend.aextract(article)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # one article's failure is recorded; the job goes on
        failure = failure_from_error(error, article.source or article.id, article)
        return Fetched(article, started_at, 0.0, failure=failure)
    return Fetched(article, started_at, (time.perf_counter() - start) * 1000, output)


def finish_fetched(fetched: Fetched, backend_name: str, ledger: Ledger | None) -> Outcome:
    if fetched.failure is not None:
        return fetched.failure
    assert fetched.output is not None
    article = fetched.article
    try:
        return finish_article(article, backend_name, fetched.output, fetched.started_at,
                              fetched.extract_ms, ledger)  # fmt: skip
    except Exception as error:  # a bug in grounding or a check: recorded, never fatal
        return failure_from_error(error, article.source or article.id, article)


def extract_sync(backend: Backend, article: Article, ledger: Ledger | None) -> Outcome:
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    try:
        output = backend.extract(article)
    except Exception as error:  # one article's failure is recorded; the job goes on
        failure = failure_from_error(error, article.source or article.id, article)
        return finish_fetched(Fetched(article, started_at, 0.0, failure=failure), "", ledger)
    fetched = Fetched(article, started_at, (time.perf_counter() - start) * 1000, output)
    return finish_fetched(fetched, backend.name, ledger)


# -- process pool workers (module level: they are pickled by reference) ----------------------

_worker_backend: Backend | None = None
_worker_ledger: Ledger | None = None


def init_worker(make_backend: Callable[[], Backend], ledger: Ledger | None) -> None:
    global _worker_backend, _worker_ledger
    # Ctrl-C and SIGTERM are the parent's to handle; a forked worker must not inherit the
    # parent's event-loop signal wake-up either.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    _worker_backend = make_backend()
    _worker_ledger = ledger


def work_chunk(articles: list[Article]) -> list[Outcome]:
    assert _worker_backend is not None
    return [extract_sync(_worker_backend, article, _worker_ledger) for article in articles]


def chunks_of(articles: list[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(articles), size):
        yield articles[start : start + size]

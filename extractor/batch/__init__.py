"""Batch extraction jobs: many articles, concurrent and rate-limited, resumable, in SQLite.

    store = BatchStore(Path("results.sqlite"))
    summary = BatchRunner(store, backend, BatchOptions(concurrency=32)).run(iter_articles(paths))

See runner.py for how work is chosen and run, store.py for the database, limits.py for
the rate limiter, batch_api.py for the OpenAI Batch API flow and export.py for exports.
"""

from extractor.batch.job import ArticleDone, ArticleFailed, JobKey, job_key_for
from extractor.batch.limits import RateLimiter
from extractor.batch.runner import BatchOptions, BatchRunner, BatchSummary
from extractor.batch.store import BatchStore, RunTotals

__all__ = [
    "ArticleDone",
    "ArticleFailed",
    "BatchOptions",
    "BatchRunner",
    "BatchStore",
    "BatchSummary",
    "JobKey",
    "RateLimiter",
    "RunTotals",
    "job_key_for",
]

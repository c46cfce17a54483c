"""The batch runner: skip what is done, extract the rest concurrently, store each article.

- Work: every loaded article whose content hash has no extraction (and no recorded
  failure) under the job key; with ``retry_failed``, only the recorded failures.
- Async backends (LLM): ``concurrency`` articles in flight on one event loop, each HTTP
  request let through the rate limiter (see limits.py).
- Sync backends (rules): chunks of articles in a process pool, so every core extracts;
  the parent only stores.
- Each article is stored in one transaction as soon as it is finished, so a killed job
  loses at most the articles in flight; Ctrl-C stops cleanly and the run is marked
  ``interrupted``. Running the same command again finishes the job.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from extractor.backends.base import Backend
from extractor.batch.job import (
    ArticleDone,
    ArticleFailed,
    JobKey,
    Outcome,
    failure_from_error,
    finish_article,
    job_key_for,
)
from extractor.batch.progress import JobProgress
from extractor.batch.store import BatchStore, RunTotals
from extractor.checks.across import check_across
from extractor.errors import InputError
from extractor.evals.prices import Price
from extractor.ledger import Ledger
from schemas import Article

CHUNK_SIZE = 16  # articles per process-pool task: amortizes pickling, keeps Ctrl-C prompt


@dataclass
class BatchOptions:
    concurrency: int = 8
    processes: int = 2  # for sync backends; 0 runs them in this process
    retry_failed: bool = False
    ledger: Ledger | None = None
    check_across: bool = True
    settings: dict[str, Any] = field(default_factory=dict)  # recorded in the run's row
    prices: dict[str, Price] = field(default_factory=dict)


@dataclass
class Plan:
    """What this run will do, decided before anything is extracted."""

    todo: list[Article]
    bad_inputs: list[InputError]
    skipped_done: int
    skipped_failed: int


@dataclass
class BatchSummary:
    run_id: int
    job: JobKey
    totals: RunTotals
    failures_by_kind: dict[str, int]  # this run's failures
    interrupted: bool
    remaining: int  # articles still to do after an interruption
    failure_examples: list[ArticleFailed]
    job_failures: dict[str, int] = field(default_factory=dict)  # all recorded for the job
    seconds: float = 0.0  # wall time of this run


def plan_work(
    items: Iterable[Article | InputError], store: BatchStore, job: JobKey, retry_failed: bool
) -> Plan:
    done = store.done_articles(job.key)
    failed = store.failed_items(job.key)
    seen: set[str] = set()
    plan = Plan([], [], 0, 0)
    for item in items:
        if isinstance(item, InputError):
            recorded = f"input:{item.source}" in failed
            if recorded and not retry_failed:
                plan.skipped_failed += 1
            elif recorded or not retry_failed:
                plan.bad_inputs.append(item)
            continue
        if item.id in seen:
            continue  # the same text twice (a copied file): one article
        seen.add(item.id)
        was_failed = item.id in failed or f"input:{item.source}" in failed
        if item.id in done:
            plan.skipped_done += 1
        elif retry_failed == was_failed:
            plan.todo.append(item)
        elif was_failed:
            plan.skipped_failed += 1
    return plan


class _Recorder:
    """Stores outcomes as they arrive and keeps this run's counts."""

    def __init__(
        self, store: BatchStore, run_id: int, job: JobKey, progress: JobProgress,
        prices: dict[str, Price],
    ) -> None:  # fmt: skip
        self.store, self.run_id, self.job = store, run_id, job
        self.progress, self.prices = progress, prices
        self.by_kind: dict[str, int] = {}
        self.examples: list[ArticleFailed] = []

    def record(self, outcome: Outcome) -> None:
        tally = self.progress.tally
        if isinstance(outcome, ArticleDone):
            self.store.save_done(self.run_id, self.job, outcome)
            provenance = outcome.extraction.provenance
            tally.done += 1
            tally.cached += provenance.cached
            tally.claims += len(outcome.extraction.claims)
            if not provenance.cached:
                tally.add_usage(provenance.usage, provenance.model, self.prices)
        else:
            self.store.save_failure(self.run_id, self.job, outcome)
            tally.failed += 1
            tally.add_usage(outcome.usage, self.job.model, self.prices)
            self.by_kind[outcome.kind] = self.by_kind.get(outcome.kind, 0) + 1
            if len(self.examples) < 5:
                self.examples.append(outcome)
        self.progress.update()


# -- one article, the async way ------------------------------------------------------------


async def _extract_async(backend: Any, article: Article, ledger: Ledger | None) -> Outcome:
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    try:
        output = await backend.aextract(article)
        extract_ms = (time.perf_counter() - start) * 1000
        return finish_article(article, backend.name, output, started_at, extract_ms, ledger)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # one article's failure is recorded; the job goes on
        return failure_from_error(error, article.source or article.id, article)


def _extract_sync(backend: Backend, article: Article, ledger: Ledger | None) -> Outcome:
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    try:
        output = backend.extract(article)
        extract_ms = (time.perf_counter() - start) * 1000
        return finish_article(article, backend.name, output, started_at, extract_ms, ledger)
    except Exception as error:
        return failure_from_error(error, article.source or article.id, article)


# -- process pool workers (module level: they are pickled by reference) ----------------------

_worker_backend: Backend | None = None
_worker_ledger: Ledger | None = None


def _init_worker(make_backend: Callable[[], Backend], ledger: Ledger | None) -> None:
    global _worker_backend, _worker_ledger
    # Ctrl-C and SIGTERM are the parent's to handle; a forked worker must not inherit the
    # parent's event-loop signal wake-up either.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    _worker_backend = make_backend()
    _worker_ledger = ledger


def _work_chunk(articles: list[Article]) -> list[Outcome]:
    assert _worker_backend is not None
    return [_extract_sync(_worker_backend, article, _worker_ledger) for article in articles]


def _chunks(articles: list[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(articles), size):
        yield articles[start : start + size]


# -- the job ---------------------------------------------------------------------------------


class BatchRunner:
    def __init__(
        self,
        store: BatchStore,
        backend: Backend,
        options: BatchOptions,
        progress: JobProgress | None = None,
        make_backend: Callable[[], Backend] | None = None,
    ) -> None:
        self.store = store
        self.backend = backend
        self.options = options
        self.progress = progress or JobProgress()
        self.make_backend = make_backend  # picklable; needed for the process pool
        self.job = job_key_for(backend)
        self._stop = asyncio.Event()
        self._interrupts = 0

    def run(self, items: Iterable[Article | InputError], via: str = "direct") -> BatchSummary:
        return asyncio.run(self.arun(items, via))

    async def arun(self, items: Iterable[Article | InputError], via: str = "direct") -> BatchSummary:
        plan = plan_work(items, self.store, self.job, self.options.retry_failed)
        run_id = self.store.start_run(self.job, via, self.options.settings)
        recorder = _Recorder(self.store, run_id, self.job, self.progress, self.options.prices)
        self.progress.start(len(plan.todo) + len(plan.bad_inputs))
        self._install_interrupt_handlers()
        try:
            for error in plan.bad_inputs:
                recorder.record(failure_from_error(error, error.source))
            if plan.todo:
                if hasattr(self.backend, "aextract"):
                    await self._run_async(plan.todo, recorder)
                elif self.options.processes > 0 and self.make_backend is not None:
                    await self._run_pool(plan.todo, recorder)
                else:
                    await self._run_inline(plan.todo, recorder)
            interrupted = self._stop.is_set()
            if not interrupted and self.options.check_across:
                found = check_across(self.store.job_claims(self.job.key))
                self.store.replace_across_findings(self.job.key, found)
        finally:
            self._remove_interrupt_handlers()
            self.progress.stop()
        tally = self.progress.tally
        totals = RunTotals(
            articles=len(plan.todo) + len(plan.bad_inputs) + plan.skipped_done
            + plan.skipped_failed,
            skipped=plan.skipped_done + plan.skipped_failed, done=tally.done, cached=tally.cached,
            failed=tally.failed, claims=tally.claims, prompt_tokens=tally.usage.prompt_tokens,
            completion_tokens=tally.usage.completion_tokens, requests=tally.usage.requests,
            cost_usd=tally.cost,
        )  # fmt: skip
        self.store.finish_run(run_id, "interrupted" if interrupted else "finished", totals)
        return BatchSummary(
            run_id=run_id,
            job=self.job,
            totals=totals,
            failures_by_kind=dict(sorted(recorder.by_kind.items())),
            interrupted=interrupted,
            remaining=len(plan.todo) + len(plan.bad_inputs) - tally.finished,
            failure_examples=recorder.examples,
            job_failures=self.store.failure_counts(self.job.key),
            seconds=time.perf_counter() - tally.started,
        )

    # -- Ctrl-C ----------------------------------------------------------------------------

    def _install_interrupt_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self._interrupt)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not the main thread, or a platform without signal handlers

    def _remove_interrupt_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.remove_signal_handler(signum)
            except (NotImplementedError, RuntimeError, ValueError):
                pass

    def _interrupt(self) -> None:
        """First Ctrl-C: stop starting articles and cancel those in flight (their results
        were never committed, so a rerun does them again). A second one kills at once."""
        self._interrupts += 1
        if self._interrupts > 1:
            raise KeyboardInterrupt
        self._stop.set()
        for task in getattr(self, "_tasks", []):
            task.cancel()

    # -- the three ways of running articles --------------------------------------------------

    async def _gather_workers(self, workers: list[Any]) -> None:
        self._tasks = [asyncio.ensure_future(worker) for worker in workers]
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(
                result, asyncio.CancelledError
            ):
                raise result

    async def _run_async(self, todo: list[Article], recorder: _Recorder) -> None:
        queue = iter(todo)  # shared by the workers: next() never awaits, so no races
        ledger = self.options.ledger

        async def worker() -> None:
            for article in queue:
                if self._stop.is_set():
                    return
                recorder.record(await _extract_async(self.backend, article, ledger))

        count = max(1, min(self.options.concurrency, len(todo)))
        await self._gather_workers([worker() for _ in range(count)])

    async def _run_inline(self, todo: list[Article], recorder: _Recorder) -> None:
        for article in todo:
            if self._stop.is_set():
                return
            recorder.record(_extract_sync(self.backend, article, self.options.ledger))
            await asyncio.sleep(0)  # let a Ctrl-C handler run

    async def _run_pool(self, todo: list[Article], recorder: _Recorder) -> None:
        loop = asyncio.get_running_loop()
        chunks = _chunks(todo, CHUNK_SIZE)
        pool = ProcessPoolExecutor(
            max_workers=self.options.processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(self.make_backend, self.options.ledger),
        )

        async def feeder() -> None:
            for chunk in chunks:
                if self._stop.is_set():
                    return
                for outcome in await loop.run_in_executor(pool, _work_chunk, chunk):
                    recorder.record(outcome)

        try:
            # Two chunks per process in flight: a process never waits for the parent.
            await self._gather_workers([feeder() for _ in range(2 * self.options.processes)])
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

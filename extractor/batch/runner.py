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
import contextlib
import gc
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from extractor.backends.base import Backend
from extractor.batch.job import (
    ArticleDone,
    ArticleFailed,
    JobKey,
    Outcome,
    failure_from_error,
    job_key_for,
)
from extractor.batch.progress import JobProgress
from extractor.batch.store import BatchStore, RunTotals
from extractor.batch.work import (
    Fetched,
    chunks_of,
    extract_sync,
    fetch_async,
    finish_fetched,
    init_worker,
    work_chunk,
)
from extractor.checks.across import check_across
from extractor.errors import InputError
from extractor.evals.prices import Price
from extractor.ledger import Ledger
from schemas import Article

CHUNK_SIZE = 16  # articles per process-pool task: amortizes pickling, keeps Ctrl-C prompt
_START_STAGGER_SECONDS = 0.003  # between the first requests of consecutive workers


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
            if not self.store.save_done(self.run_id, self.job, outcome):
                tally.total -= 1  # another run stored it meanwhile: not this run's work
                self.progress.update()
                return
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

    async def arun(
        self, items: Iterable[Article | InputError], via: str = "direct"
    ) -> BatchSummary:
        plan = plan_work(items, self.store, self.job, self.options.retry_failed)
        # The loaded articles, ledger and modules live for the whole run: moved out of the
        # garbage collector's sight, its full collections no longer stall the event loop
        # for tens of milliseconds (every request in flight would wait them out).
        # Fewer, larger young collections: each one is a pause every request waits out.
        gc.freeze()
        thresholds = gc.get_threshold()
        gc.set_threshold(5000, 20, 20)
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
        except Exception:
            # What was stored stays stored; the run says it did not finish.
            with contextlib.suppress(Exception):
                self.store.finish_run(run_id, "failed", self._totals(plan))
            raise
        finally:
            self._remove_interrupt_handlers()
            self.progress.stop()
            closer = getattr(self.backend, "aclose", None)
            if closer is not None:
                await closer()  # connection pools belong to this event loop
            gc.set_threshold(*thresholds)
            gc.unfreeze()
        tally = self.progress.tally
        totals = self._totals(plan)
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

    def _totals(self, plan: Plan) -> RunTotals:
        tally = self.progress.tally
        return RunTotals(
            articles=len(plan.todo) + len(plan.bad_inputs) + plan.skipped_done
            + plan.skipped_failed,
            skipped=plan.skipped_done + plan.skipped_failed, done=tally.done, cached=tally.cached,
            failed=tally.failed, claims=tally.claims, prompt_tokens=tally.usage.prompt_tokens,
            completion_tokens=tally.usage.completion_tokens, requests=tally.usage.requests,
            cost_usd=tally.cost,
        )  # fmt: skip

    # -- Ctrl-C ----------------------------------------------------------------------------

    def _install_interrupt_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            # Not possible outside the main thread or on some platforms: Ctrl-C then
            # simply raises KeyboardInterrupt, and every stored article stays stored.
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._interrupt)

    def _remove_interrupt_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(signum)

    def _interrupt(self) -> None:
        """First Ctrl-C: stop starting articles and cancel those in flight (their results
        were never committed, so a rerun does them again). A second one kills at once."""
        self._interrupts += 1
        if self._interrupts > 1:
            raise KeyboardInterrupt
        self._interrupt_workers()

    def _interrupt_workers(self) -> None:
        self._stop.set()
        for task in getattr(self, "_tasks", []):
            task.cancel()

    # -- the three ways of running articles --------------------------------------------------

    async def _gather_workers(self, workers: list[Any]) -> None:
        self._tasks = [asyncio.ensure_future(worker) for worker in workers]
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                raise result

    async def _run_async(self, todo: list[Article], recorder: _Recorder) -> None:
        """Workers only talk to the endpoint; one finisher grounds, checks and stores.

        A worker starts its next request as soon as a reply is in, instead of after the
        article is stored: the storing overlaps the next request's wait, so replies that
        arrive together do not queue behind each other's database commits.
        """
        articles = iter(todo)  # shared by the workers: next() never awaits, so no races
        count = max(1, min(self.options.concurrency, len(todo)))
        # Unbounded: a worker never waits for the finisher (at most `count` replies are
        # ever waiting, since each worker has one request in flight).
        finished: asyncio.Queue[Fetched | None] = asyncio.Queue()

        async def worker(slot: int) -> None:
            # Staggered starts: replies then arrive spread out instead of in one burst
            # that would queue behind itself (a fixed-latency endpoint keeps bursts alive).
            await asyncio.sleep(slot * _START_STAGGER_SECONDS)
            for article in articles:
                if self._stop.is_set():
                    return
                finished.put_nowait(await fetch_async(self.backend, article))

        async def finisher() -> None:
            try:
                while (fetched := await finished.get()) is not None:
                    outcome = finish_fetched(fetched, self.backend.name, self.options.ledger)
                    recorder.record(outcome)
                    # A queue with items returns at once: yield anyway, so replies that came
                    # in meanwhile are read and their next requests sent before the next store.
                    await asyncio.sleep(0)
            except BaseException:
                self._interrupt_workers()  # storing failed (a full disk?): stop fetching
                raise

        store_task = asyncio.ensure_future(finisher())
        try:
            await self._gather_workers([worker(slot) for slot in range(count)])
            finished.put_nowait(None)  # after everything fetched: the finisher drains, ends
            await store_task
        finally:
            store_task.cancel()

    async def _run_inline(self, todo: list[Article], recorder: _Recorder) -> None:
        for article in todo:
            if self._stop.is_set():
                return
            recorder.record(extract_sync(self.backend, article, self.options.ledger))
            await asyncio.sleep(0)  # let a Ctrl-C handler run

    async def _run_pool(self, todo: list[Article], recorder: _Recorder) -> None:
        loop = asyncio.get_running_loop()
        chunks = chunks_of(todo, CHUNK_SIZE)
        pool = ProcessPoolExecutor(
            max_workers=self.options.processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=init_worker,
            initargs=(self.make_backend, self.options.ledger),
        )

        async def feeder() -> None:
            for chunk in chunks:
                if self._stop.is_set():
                    return
                for outcome in await loop.run_in_executor(pool, work_chunk, chunk):
                    recorder.record(outcome)

        try:
            # Two chunks per process in flight: a process never waits for the parent.
            await self._gather_workers([feeder() for _ in range(2 * self.options.processes)])
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

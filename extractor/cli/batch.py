"""``extractor batch``: extract many articles into a SQLite results database, resumably.

extractor batch INPUT... --db results.sqlite [--backend B] [--concurrency N] ...
extractor batch status --db results.sqlite      (Batch API submissions)
extractor batch collect --db results.sqlite     (import finished Batch API results)
"""

from __future__ import annotations

import os
import shlex
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from extractor.articles import iter_articles
from extractor.backends import DEFAULT_BACKEND, backend_names
from extractor.batch.api_commands import api_collect, api_status, api_submit
from extractor.batch.engines import backend_factory, build_backend
from extractor.batch.limits import RateLimiter
from extractor.batch.progress import JobProgress, RichProgress
from extractor.batch.runner import BatchOptions, BatchRunner, BatchSummary
from extractor.batch.store import BatchStore
from extractor.cli.backend_options import (
    CacheDir,
    MaxRetries,
    NoCache,
    Options,
    backend_settings,
)
from extractor.errors import UsageError
from extractor.evals.prices import load_prices
from extractor.ledger import default_ledger, ledger_from_option

SUBCOMMANDS = ("status", "collect")


class Via(StrEnum):
    DIRECT = "direct"
    BATCH_API = "batch-api"


def _console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def batch_command(
    inputs: list[str] = typer.Argument(
        ...,
        help="Article files, folders, globs or JSONL feeds (as `extractor extract` takes); "
        "or `status` / `collect` for Batch API submissions.",
        show_default=False,
    ),
    db: Path = typer.Option(..., "--db", help="The SQLite results database (created if new)."),
    backend: str = typer.Option(
        DEFAULT_BACKEND, "--backend", "-b", help=f"Backend: {', '.join(backend_names())}."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name (LLM backends)."),
    prompt: str | None = typer.Option(
        None, "--prompt", "-p", help="Prompt template, e.g. claims/v2 (LLM backends)."
    ),
    concurrency: int = typer.Option(
        8, "--concurrency", "-c", min=1, help="Articles in flight at once (LLM backends)."
    ),
    rpm: int | None = typer.Option(
        None, "--rpm", min=1, help="Most requests per minute (any 60-second window)."
    ),
    tpm: int | None = typer.Option(
        None, "--tpm", min=1, help="Most tokens per minute (estimated, then corrected)."
    ),
    processes: int = typer.Option(
        os.cpu_count() or 1,
        "--processes",
        min=0,
        help="Worker processes for offline backends (rules); 0 runs in this process.",
    ),
    retry_failed: bool = typer.Option(
        False, "--retry-failed", help="Retry only the articles and inputs that failed before."
    ),
    via: Via = typer.Option(
        Via.DIRECT,
        "--via",
        help="direct (requests now) or batch-api (OpenAI Batch API: submit now, "
        "`batch collect` later, at lower cost).",
    ),
    max_retries: MaxRetries = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    option: Options = None,
    ledger_file: Path | None = typer.Option(
        None, "--ledger", help="Ledger CSV for the checks (default: the shipped series)."
    ),
    no_ledger: bool = typer.Option(False, "--no-ledger", help="Skip checks against a ledger."),
    wait: bool = typer.Option(
        False, "--wait", help="collect: poll until every submitted batch has finished."
    ),
    poll_seconds: float = typer.Option(
        60.0, "--poll-seconds", min=0.0, help="collect --wait: seconds between polls."
    ),
) -> int:
    """Extract claims from many articles into a SQLite database; rerun to resume.

    Articles already done for the same backend, model, prompt and schema are skipped (by
    content hash). Each article is committed on its own: kill the job at any time and run
    the same command again. Exit code 0 when every article of this run was stored, 1 when
    some failed (recorded; see --retry-failed), 2 on usage errors, 130 when interrupted.
    """
    console = _console()
    settings = backend_settings(
        model=model, prompt=prompt, max_retries=max_retries, no_cache=no_cache,
        cache_dir=cache_dir, option=option,
    )  # fmt: skip
    if inputs[0] in SUBCOMMANDS and not Path(inputs[0]).exists():
        extra = inputs[1:]
        if extra:
            raise UsageError(f"`batch {inputs[0]}` takes no inputs, got {' '.join(extra)}")
        if inputs[0] == "status":
            return api_status(db, console)
        ledger = None if no_ledger else ledger_from_option(ledger_file)
        return api_collect(db, console, ledger, wait=wait, poll_seconds=poll_seconds)
    if via is Via.BATCH_API and backend != "openai":
        raise UsageError("--via batch-api needs --backend openai")
    ledger = None if no_ledger else (ledger_from_option(ledger_file) if ledger_file
                                     else default_ledger())  # fmt: skip
    limiter = RateLimiter(rpm, tpm)
    engine = build_backend(backend, settings, limiter, concurrency)
    store = BatchStore(db)
    recorded = {
        "inputs": inputs, "backend": backend, "model": model, "prompt": prompt,
        "concurrency": concurrency, "rpm": rpm, "tpm": tpm, "processes": processes,
        "retry_failed": retry_failed, "options": dict(settings.options),
        "max_retries": max_retries,
        "ledger": "none" if no_ledger else str(ledger_file or "default"),
    }  # fmt: skip
    options = BatchOptions(
        concurrency=concurrency,
        processes=processes,
        retry_failed=retry_failed,
        ledger=ledger,
        settings=recorded,
        prices=load_prices(),
    )
    try:
        if via is Via.BATCH_API:
            return api_submit(store, engine, inputs, options, console)
        progress = RichProgress(console) if console.is_terminal else JobProgress()
        runner = BatchRunner(store, engine, options, progress, backend_factory(backend, settings))
        summary = runner.run(iter_articles(inputs))
    finally:
        store.close()
    flags: dict[str, object] = {
        "--backend": backend if backend != DEFAULT_BACKEND else None, "--model": model,
        "--prompt": prompt, "--concurrency": concurrency if concurrency != 8 else None,
        "--rpm": rpm, "--tpm": tpm, "--max-retries": max_retries, "--no-cache": no_cache,
        "--cache-dir": cache_dir, "--option": option, "--ledger": ledger_file,
        "--no-ledger": no_ledger,
    }  # fmt: skip
    print_summary(summary, console, limiter, command=rerun_command(inputs, db, flags))
    if summary.interrupted:
        return 130
    return 1 if summary.totals.failed else 0


def rerun_command(inputs: list[str], db: Path, flags: dict[str, object]) -> str:
    """The command that resumes this job: the same inputs, database and settings."""
    parts = ["extractor", "batch", *map(shlex.quote, inputs), "--db", shlex.quote(str(db))]
    for flag, value in flags.items():
        if value is True:
            parts.append(flag)
        elif isinstance(value, list):
            parts.extend(f"{flag} {shlex.quote(str(item))}" for item in value)
        elif value not in (None, False):
            parts.append(f"{flag} {shlex.quote(str(value))}")
    return " ".join(parts)


def print_summary(
    summary: BatchSummary, console: Console, limiter: RateLimiter | None, command: str
) -> None:
    totals = summary.totals
    seconds = summary.seconds
    rate = (totals.done + totals.failed) / seconds if seconds > 0 else 0.0
    cost = "n/a (no price for this model)" if totals.cost_usd is None else f"${totals.cost_usd:.4f}"
    console.print(
        f"job {escape(summary.job.label())} [dim](key {summary.job.key}, run {summary.run_id})"
        f"[/dim]: {totals.articles} articles: {totals.done} done ({totals.cached} cached), "
        f"{totals.failed} failed, {totals.skipped} skipped (done or failed before)"
        f" in {seconds:.1f} s ({rate:.1f} articles/s)"
    )
    console.print(
        f"claims: {totals.claims} · requests: {totals.requests} · tokens: "
        f"{totals.prompt_tokens + totals.completion_tokens:,} · cost: {cost}"
    )
    if limiter is not None and limiter.waited_seconds:
        console.print(f"rate limits held requests back for {limiter.waited_seconds:.1f} s in all")
    if summary.failures_by_kind:
        kinds = ", ".join(f"{kind} {count}" for kind, count in summary.failures_by_kind.items())
        console.print(f"[red]failures by kind:[/] {kinds}")
        for failed in summary.failure_examples:
            console.print(f"  {escape(failed.source)}: {escape(failed.message)}", markup=True)
    if summary.interrupted:
        console.print(
            f"[yellow]interrupted[/]: {summary.remaining} articles left; everything finished so "
            f"far is stored. Resume with: {escape(command)}"
        )
    elif summary.job_failures:
        total = sum(summary.job_failures.values())
        console.print(
            f"{total} failures recorded for this job; retry only them with: "
            f"{escape(command)} --retry-failed"
        )

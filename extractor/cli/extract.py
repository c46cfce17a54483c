"""``extractor extract``: claims from one or more articles, printed or written to a file."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from extractor.articles import iter_articles
from extractor.backends import DEFAULT_BACKEND, backend_names, create_backend
from extractor.cli.backend_options import CacheDir, MaxRetries, NoCache, Options, backend_settings
from extractor.cli.check import check_extractions
from extractor.errors import BackendError, InputError
from extractor.pipeline import extract_article
from extractor.render import ExtractionWriter, OutputFormat
from schemas import Extraction

_SUFFIX_FORMATS = {
    ".json": OutputFormat.JSON,
    ".jsonl": OutputFormat.JSONL,
    ".csv": OutputFormat.CSV,
}


def choose_format(
    requested: OutputFormat | None, out: Path | None, stdout_is_terminal: bool
) -> OutputFormat:
    """--format if given; else from --out's suffix; else a table on a terminal, JSON elsewhere."""
    if requested is not None:
        return requested
    if out is not None:
        return _SUFFIX_FORMATS.get(out.suffix.lower(), OutputFormat.JSON)
    return OutputFormat.TABLE if stdout_is_terminal else OutputFormat.JSON


@contextmanager
def open_output(out: Path | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside ``out`` renamed into place when done.

    The rename happens even after Ctrl-C or a failure, so what was extracted is kept;
    a reader never sees a half-written file under the final name.
    """
    if out is None:
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent, text=True)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        try:
            yield stream
        finally:
            stream.flush()
            os.replace(temp_name, out)


def extract_command(
    paths: list[Path] = typer.Argument(
        ...,
        help="Article files or folders: .txt/.md (optional 'key: value' header ended by ---), "
        ".json/.jsonl records with a 'text' field, or .html pages.",
        show_default=False,
    ),
    backend: str = typer.Option(
        DEFAULT_BACKEND,
        "--backend",
        "-b",
        help=f"Extraction backend: {', '.join(backend_names())}. 'rules' runs offline.",
    ),
    output_format: OutputFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="table (default on a terminal), json (a list of extractions), jsonl (one per line) "
        "or csv (one claim per row). Without it, --out's suffix decides.",
        show_default=False,
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Write results to this file instead of standard output."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name (LLM backends)."),
    prompt: str | None = typer.Option(
        None,
        "--prompt",
        "-p",
        help="Prompt template, e.g. claims/v2 (LLM backends; default: newest).",
    ),
    max_retries: MaxRetries = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    option: Options = None,
    check: bool = typer.Option(
        False,
        "--check",
        help="Cross-check the extracted figures (as `extractor check` does, against the shipped "
        "ledger); findings and a summary go to stderr, and an error makes the exit code 1.",
    ),
) -> int:
    """Extract loss claims from articles and print them with their grounded evidence.

    Exit code 0 when every input was extracted, 1 when any input failed (the others are
    still extracted), 2 on usage errors.
    """
    settings = backend_settings(
        model=model, prompt=prompt, max_retries=max_retries, no_cache=no_cache,
        cache_dir=cache_dir, option=option,
    )  # fmt: skip
    engine = create_backend(backend, settings)
    fmt = choose_format(output_format, out, sys.stdout.isatty())
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    failures = 0
    checked: list[Extraction] = []  # kept only with --check
    show_progress = errors.is_terminal and (out is not None or not sys.stdout.isatty())
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    )
    # A disabled rich Progress still writes a blank line on exit: only build it to show it.
    with open_output(out) as stream, progress if show_progress else nullcontext():
        task = progress.add_task("extracting", total=None)
        writer = ExtractionWriter(fmt, stream)
        try:
            for item in iter_articles(paths):
                if isinstance(item, InputError):
                    failures += 1
                    errors.print(f"error: {item}", markup=False)
                    continue
                try:
                    extraction = extract_article(item, engine)
                except BackendError as error:
                    failures += 1
                    errors.print(f"error: {item.source or item.id}: {error}", markup=False)
                    continue
                writer.write(extraction)
                if check:
                    checked.append(extraction)
                progress.advance(task)
        finally:
            writer.close()
    if check and check_extractions(checked, errors):
        failures += 1
    return 1 if failures else 0

"""``extractor check``: cross-check saved extraction results, within and across articles and
against a reference ledger."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from pydantic import TypeAdapter, ValidationError
from rich.console import Console

from extractor.checks import FailOn, Finding, Status, run_checks, should_fail, summarize
from extractor.checks.report import FindingFormat, claim_labels, print_summary, write_findings
from extractor.errors import InputError
from extractor.ledger import Ledger, default_ledger, ledger_from_option
from schemas import Extraction

_EXTRACTIONS = TypeAdapter(list[Extraction])


class Show(StrEnum):
    PROBLEMS = "problems"  # failed findings, and passes with a note (a value under revision)
    UNCHECKED = "unchecked"  # also what the checks could not decide
    ALL = "all"  # also every pass


def select_findings(findings: list[Finding], show: Show) -> list[Finding]:
    if show is Show.ALL:
        return findings
    wanted = [f for f in findings if f.reportable]
    if show is Show.PROBLEMS:
        wanted = [f for f in wanted if f.status is not Status.UNCHECKED]
    return wanted


def _validation_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"not extraction output: {where + ': ' if where else ''}{first['msg']}{more}"


def parse_results(text: str, source: str) -> list[Extraction]:
    """Extractions from what ``extractor extract --format json|jsonl`` wrote."""
    stripped = text.strip()
    if not stripped:
        return []
    if stripped[0] not in "[{":
        raise InputError(
            source, "is not JSON; give the .json or .jsonl file `extractor extract` wrote"
        )
    try:
        if stripped.startswith("["):
            return _EXTRACTIONS.validate_json(stripped)
        try:
            return [Extraction.model_validate_json(stripped)]  # a single extraction object
        except ValidationError as whole:
            if "\n" not in stripped:
                raise whole from None
        extractions = []
        for number, line in enumerate(stripped.splitlines(), start=1):
            if line.strip():
                try:
                    extractions.append(Extraction.model_validate_json(line))
                except ValidationError as error:
                    raise InputError(
                        f"{source}, line {number}", _validation_problem(error)
                    ) from None
        return extractions
    except ValidationError as error:
        raise InputError(source, _validation_problem(error)) from None


def load_results(path: Path) -> list[Extraction]:
    if str(path) == "-":
        return parse_results(sys.stdin.read(), "<stdin>")
    if path.is_dir():
        raise InputError(str(path), "is a folder; give the .json or .jsonl file `extract` wrote")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot read it ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8 text; give extraction JSON or JSONL") from None
    return parse_results(text, str(path))


def check_extractions(
    extractions: list[Extraction], console: Console, ledger: Ledger | None = None
) -> bool:
    """For ``extract --check``: check against ``ledger`` (default: the shipped series), print
    the findings and the summary on ``console``; True when a finding is an error."""
    findings = run_checks(extractions, ledger or default_ledger())
    shown = select_findings(findings, Show.PROBLEMS)
    write_findings(shown, FindingFormat.TABLE, console.file, claim_labels(extractions))
    print_summary(summarize(findings, extractions), console)
    return should_fail(findings, FailOn.ERROR)


def check_command(
    results: list[Path] = typer.Argument(
        ...,
        help="Extraction results: the .json or .jsonl files `extractor extract` wrote "
        "('-' reads standard input).",
        show_default=False,
    ),
    ledger_file: Path | None = typer.Option(
        None,
        "--ledger",
        "-l",
        help="Reference ledger CSV (date + one column per category code). "
        "Default: the shipped General Staff series.",
    ),
    no_ledger: bool = typer.Option(False, "--no-ledger", help="Skip the checks against a ledger."),
    output_format: FindingFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="table (default on a terminal), json or jsonl. The summary goes to stderr for "
        "json/jsonl.",
        show_default=False,
    ),
    fail_on: FailOn = typer.Option(
        FailOn.ERROR,
        "--fail-on",
        help="Exit with 1 when a finding is this severe: error, warning or never.",
    ),
    show: Show = typer.Option(
        Show.PROBLEMS,
        "--show",
        help="Which findings to list: problems (failures, and values under revision), "
        "unchecked (also what could not be checked) or all (also every pass). The summary "
        "counts them all.",
    ),
) -> int:
    """Cross-check extracted figures within each article, across articles, and with a ledger.

    Exit code 1 when a finding reaches --fail-on (or a results file cannot be read),
    2 on usage errors, else 0.
    """
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    ledger = None if no_ledger else ledger_from_option(ledger_file)  # a bad ledger fails first
    extractions: list[Extraction] = []
    unreadable = 0
    for path in results:
        try:
            extractions.extend(load_results(path))
        except InputError as error:
            unreadable += 1
            errors.print(f"error: {error}", markup=False)
    if unreadable == len(results):
        return 1  # nothing to check
    findings = run_checks(extractions, ledger)
    shown = select_findings(findings, show)
    fmt = output_format or (FindingFormat.TABLE if sys.stdout.isatty() else FindingFormat.JSON)
    write_findings(shown, fmt, sys.stdout, claim_labels(extractions))
    summary_console = (
        Console(file=sys.stdout, highlight=False, soft_wrap=True)
        if fmt is FindingFormat.TABLE
        else errors
    )
    print_summary(summarize(findings, extractions), summary_console)
    return 1 if unreadable or should_fail(findings, fail_on) else 0


__all__ = ["check_command", "check_extractions", "load_results", "parse_results"]

"""The ``extractor`` command line. Errors are caught here, once, and shown as one line."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from extractor.cli import check, extract, ledger, schema
from extractor.errors import ExtractorError, UsageError

app = typer.Typer(
    name="extractor",
    help="Extract war-loss claims (who says how many of what, and when) from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("extract")(extract.extract_command)
app.command("schema")(schema.schema_command)
from extractor.cli import cache as cache_cli, prompts as prompts_cli  # noqa: E402, I001

app.add_typer(prompts_cli.app, name="prompts")
app.add_typer(cache_cli.app, name="cache")
from extractor.cli.eval import eval_app  # noqa: E402 - registered beside the others

app.add_typer(eval_app, name="eval")
app.command("check")(check.check_command)
app.add_typer(ledger.app, name="ledger")
from extractor.cli import batch as batch_cli, export as export_cli  # noqa: E402, I001

app.command("batch")(batch_cli.batch_command)
app.command("export")(export_cli.export_command)

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return (and, as a console script, exit with) its exit code.

    0: success; 1: some input or article failed; 2: usage error.
    """
    try:
        result = app(args=argv, prog_name="extractor", standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        _stderr.print("aborted")
        return 130
    except typer.TyperException as error:  # bad options and arguments: click's usage errors
        show = getattr(error, "show", None)
        if show is not None:
            show()
        else:
            _stderr.print(f"error: {error}", markup=False)
        return int(getattr(error, "exit_code", 2))
    except UsageError as error:
        _stderr.print(f"error: {error}", markup=False)
        return 2
    except ExtractorError as error:
        _stderr.print(f"error: {error}", markup=False)
        return 1
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())

"""``extractor cache stats|clear``: the LLM response cache on disk."""

from __future__ import annotations

from pathlib import Path

import typer

from extractor.backends.llm.cache import ResponseCache, default_cache_dir

app = typer.Typer(
    help="Inspect or empty the LLM response cache.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_CACHE_DIR_HELP = (
    "The cache location (default: $EXTRACTOR_CACHE_DIR or ~/.cache/claims-extractor/llm)."
)


@app.command("stats")
def stats_command(
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=_CACHE_DIR_HELP),
) -> None:
    """Where the cache is, how many responses it holds and how much disk it uses."""
    directory = cache_dir or default_cache_dir()
    if not directory.exists():
        typer.echo(f"directory: {directory}\nentries: 0 (no cache yet)")
        return
    cache = ResponseCache(directory)
    try:
        stats = cache.stats()
    finally:
        cache.close()
    typer.echo(
        f"directory: {stats.directory}\nentries: {stats.entries}\n"
        f"size: {stats.size_bytes / 1024:.1f} KiB"
    )


@app.command("clear")
def clear_command(
    cache_dir: Path | None = typer.Option(None, "--cache-dir", help=_CACHE_DIR_HELP),
) -> None:
    """Remove every cached response (the next extraction asks the model again)."""
    directory = cache_dir or default_cache_dir()
    if not directory.exists():
        typer.echo(f"nothing to clear: no cache at {directory}")
        return
    cache = ResponseCache(directory)
    try:
        removed = cache.clear()
    finally:
        cache.close()
    typer.echo(f"removed {removed} cached response{'s' if removed != 1 else ''} from {directory}")

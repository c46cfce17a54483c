"""The backend settings every command that builds a backend takes (extract, eval, batch)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.backends import BackendSettings
from extractor.errors import UsageError

MaxRetries = Annotated[
    int | None,
    typer.Option(
        "--max-retries", min=0, help="Re-asks after a reply fails validation (LLM backends)."
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Do not read or write the response cache.")
]
CacheDir = Annotated[
    Path | None, typer.Option("--cache-dir", help="Where the response cache lives (LLM backends).")
]
Options = Annotated[
    list[str] | None,
    typer.Option(
        "--option", help="Backend-specific setting as KEY=VALUE; repeatable.", show_default=False
    ),
]


def parse_options(pairs: list[str] | None) -> dict[str, str]:
    """``["mode=json", "temperature=0"]`` -> ``{"mode": "json", "temperature": "0"}``."""
    options: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--option takes KEY=VALUE, got {pair!r}")
        options[key.strip()] = value.strip()
    return options


def backend_settings(
    *,
    max_retries: int | None,
    no_cache: bool,
    cache_dir: Path | None,
    option: list[str] | None,
    model: str | None = None,
    prompt: str | None = None,
) -> BackendSettings:
    """The BackendSettings the shared options describe."""
    return BackendSettings(
        model=model,
        prompt=prompt,
        max_retries=max_retries,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        options=parse_options(option),
    )

"""``extractor prompts list|show|render``: the prompt templates, and exactly what is sent."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from extractor.articles import load_file
from extractor.backends.llm.chunking import DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP_CHARS, split_text
from extractor.errors import UsageError
from prompts import ChunkPosition, get_prompt, list_prompts, render_prompt

app = typer.Typer(
    help="List, show and render the LLM prompt templates.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.command("list")
def list_command() -> None:
    """Every prompt template with its hash and description; * marks the default."""
    templates = list_prompts()
    default = get_prompt().name
    table = Table(box=None, pad_edge=False)
    for column in ("prompt", "sha256", "description"):
        table.add_column(column, overflow="fold")
    for template in templates:
        mark = " *" if template.name == default else ""
        table.add_row(f"{template.name}{mark}", template.sha256[:12], template.description)
    Console(soft_wrap=False, highlight=False).print(table)


@app.command("show")
def show_command(
    name: str | None = typer.Argument(None, help="e.g. claims/v1; default: the newest."),
) -> None:
    """A template's metadata and source, as stored."""
    template = get_prompt(name)
    typer.echo(f"name: {template.name}\nsha256: {template.sha256}")
    typer.echo(f"description: {template.description}\nchanges: {template.changes}")
    typer.echo(f"file: {template.path}\n")
    typer.echo(template.path.read_text(encoding="utf-8"), nl=False)


@app.command("render")
def render_command(
    article: Path = typer.Argument(..., help="An article file (.txt with optional header, ...)."),
    prompt: str | None = typer.Option(None, "--prompt", "-p", help="Default: the newest."),
    index: int = typer.Option(1, "--index", min=1, help="Which article of a multi-record file."),
    chunk_chars: int = typer.Option(
        DEFAULT_CHUNK_CHARS, "--chunk-chars", min=200, help="As --option chunk_chars of extract."
    ),
    chunk_overlap: int = typer.Option(DEFAULT_OVERLAP_CHARS, "--chunk-overlap", min=0),
    as_json: bool = typer.Option(False, "--json", help="The messages as JSON, as sent."),
) -> None:
    """Exactly the messages the openai backend would send for ARTICLE (one set per chunk)."""
    articles = load_file(article)
    if index > len(articles):
        raise UsageError(f"{article} holds {len(articles)} article(s); --index {index} is past it")
    chosen = articles[index - 1]
    template = get_prompt(prompt)
    chunks = split_text(chosen.text, chunk_chars, chunk_overlap)
    rendered = []
    for number, chunk in enumerate(chunks, start=1):
        position = ChunkPosition(number, len(chunks)) if len(chunks) > 1 else None
        rendered.append(render_prompt(template, chosen, chunk.text, position))
    if as_json:
        payload = [{"prompt": r.ref.model_dump(), "messages": r.messages()} for r in rendered]
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for number, result in enumerate(rendered, start=1):
        if len(rendered) > 1:
            typer.echo(f"##### chunk {number} of {len(rendered)}")
        typer.echo(result.as_text())

"""``extractor schema``: export the JSON Schema of the contract's models."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer
from pydantic import BaseModel

from schemas import Article, Claim, ClaimDraft, Extraction, GoldFile


class SchemaModel(StrEnum):
    CLAIM = "claim"
    CLAIM_DRAFT = "claim-draft"
    ARTICLE = "article"
    EXTRACTION = "extraction"
    GOLD = "gold"


_MODELS: dict[SchemaModel, type[BaseModel]] = {
    SchemaModel.CLAIM: Claim,
    SchemaModel.CLAIM_DRAFT: ClaimDraft,
    SchemaModel.ARTICLE: Article,
    SchemaModel.EXTRACTION: Extraction,
    SchemaModel.GOLD: GoldFile,
}


def schema_command(
    model: SchemaModel = typer.Argument(
        SchemaModel.EXTRACTION, help="Which model: claim, claim-draft, article, extraction or gold."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Write to this file instead of stdout."
    ),
) -> None:
    """Print the JSON Schema of a model of the claim contract."""
    text = json.dumps(_MODELS[model].model_json_schema(mode="serialization"), indent=2) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")

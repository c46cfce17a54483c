"""The offline ``rules`` backend: deterministic, no network, no model download."""

from __future__ import annotations

from extractor.backends.base import BackendOutput, BackendSettings
from extractor.backends.rules.engine import extract_claims
from extractor.errors import UsageError
from schemas import Article


class RulesBackend:
    """Finds loss claims with linguistic rules: number-noun phrases, attribution, dates."""

    name = "rules"

    def __init__(self, settings: BackendSettings | None = None) -> None:
        settings = settings or BackendSettings()
        unusable = [
            flag
            for flag, value in (("--model", settings.model), ("--prompt", settings.prompt),
                                ("--max-retries", settings.max_retries))
            if value is not None
        ]  # fmt: skip
        if unusable or settings.options:
            given = ", ".join(unusable + [f"--option {k}" for k in settings.options])
            raise UsageError(f"the rules backend takes no {given}; those are for LLM backends")

    def extract(self, article: Article) -> BackendOutput:
        return BackendOutput(claims=extract_claims(article))


__all__ = ["RulesBackend"]

"""The editable price table (``prices.toml``) and the cost of a run's token usage."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from extractor.errors import UsageError
from schemas import TokenUsage

DEFAULT_PRICES = Path(__file__).with_name("prices.toml")
_PER_TOKENS = 1_000_000


@dataclass(frozen=True)
class Price:
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens


def load_prices(path: Path = DEFAULT_PRICES) -> dict[str, Price]:
    """Model name -> price, from a TOML file with ``[models."NAME"] input = .. output = ..``."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the price table ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: the price table is not valid TOML ({exc})") from None
    prices: dict[str, Price] = {}
    for model, entry in data.get("models", {}).items():
        try:
            prices[model] = Price(float(entry["input"]), float(entry["output"]))
        except (KeyError, TypeError, ValueError):
            raise UsageError(
                f'{path}: [models."{model}"] needs numeric "input" and "output" (USD per 1M tokens)'
            ) from None
    return prices


def price_for(model: str | None, prices: dict[str, Price]) -> Price | None:
    """The model's own entry, else the longest entry its name starts with, else None."""
    if model is None:
        return None
    if model in prices:
        return prices[model]
    prefixes = [name for name in prices if model.startswith(name)]
    return prices[max(prefixes, key=len)] if prefixes else None


def cost_usd(usage: TokenUsage, model: str | None, prices: dict[str, Price]) -> float | None:
    """What ``usage`` costs; 0 when no tokens were spent, None when the model has no price."""
    if usage.prompt_tokens == 0 and usage.completion_tokens == 0:
        return 0.0
    price = price_for(model, prices)
    if price is None:
        return None
    return (
        usage.prompt_tokens * price.input + usage.completion_tokens * price.output
    ) / _PER_TOKENS

"""The LLM backend's settings: BackendSettings plus ``--option KEY=VALUE``, checked once."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import instructor

from extractor.backends.base import BackendSettings
from extractor.backends.llm.cache import default_cache_dir
from extractor.backends.llm.chunking import DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP_CHARS
from extractor.backends.llm.transport import RetryPolicy
from extractor.errors import UsageError
from prompts import PromptTemplate, get_prompt

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_MAX_RETRIES = 2
DEFAULT_TOKEN_BUDGET = 200_000

# What a server must support differs: tools (function calling) is the most widely
# supported; json_schema is OpenAI's structured outputs; json asks for a JSON object.
MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}

OPTION_HELP: dict[str, str] = {
    "mode": f"structured-output mode: {', '.join(MODES)} (default tools)",
    "temperature": "sampling temperature (default 0; 'none' to leave it out)",
    "max_tokens": "cap on output tokens per request (default: the server's)",
    "chunk_chars": f"longest piece of an article sent at once (default {DEFAULT_CHUNK_CHARS})",
    "chunk_overlap": f"characters shared by neighbouring pieces (default {DEFAULT_OVERLAP_CHARS})",
    "token_budget": f"tokens one article may spend, re-asks included (default "
    f"{DEFAULT_TOKEN_BUDGET}; 0 = no limit)",
    "timeout": "seconds to wait for one reply (default 120)",
    "transport_retries": "attempts per request on 429/5xx/timeouts (default 5)",
    "retry_max_seconds": "total time spent retrying one request (default 180)",
    "provider": "openai or azure (default: azure when AZURE_OPENAI_ENDPOINT is set)",
    "base_url": "OpenAI-compatible endpoint, overrides OPENAI_BASE_URL",
    "azure_endpoint": "overrides AZURE_OPENAI_ENDPOINT",
    "api_version": "overrides OPENAI_API_VERSION (Azure)",
    "deployment": "Azure deployment name (default: --model)",
}

_T = TypeVar("_T")


@dataclass(frozen=True)
class LLMConfig:
    model: str
    prompt: PromptTemplate
    mode: instructor.Mode
    max_retries: int
    temperature: float | None
    max_tokens: int | None
    chunk_chars: int
    chunk_overlap: int
    token_budget: int | None
    timeout: float
    retry_policy: RetryPolicy
    use_cache: bool
    cache_dir: Path

    def generation_params(self) -> dict[str, Any]:
        """What goes into each request besides messages (and into the cache key)."""
        params: dict[str, Any] = {"model": self.model}
        if self.temperature is not None:
            params["temperature"] = self.temperature
        if self.max_tokens is not None:
            params["max_tokens"] = self.max_tokens
        return params


def _number(options: Mapping[str, str], key: str, kind: Callable[[str], _T], default: _T) -> _T:
    raw = options.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise UsageError(f"--option {key}={raw!r} is not a valid number") from None
    if isinstance(value, int | float) and value < 0:
        raise UsageError(f"--option {key} must not be negative, got {raw}")
    return value


def config_from_settings(
    settings: BackendSettings, env: Mapping[str, str] | None = None
) -> LLMConfig:
    env = os.environ if env is None else env
    options = settings.options
    unknown = sorted(set(options) - set(OPTION_HELP))
    if unknown:
        known = ", ".join(sorted(OPTION_HELP))
        raise UsageError(
            f"unknown --option {', '.join(unknown)} for backend openai; known: {known}"
        )
    mode_name = options.get("mode", "tools")
    if mode_name not in MODES:
        raise UsageError(f"--option mode must be one of {', '.join(MODES)}, got {mode_name!r}")
    chunk_chars = _number(options, "chunk_chars", int, DEFAULT_CHUNK_CHARS)
    if chunk_chars < 200:
        raise UsageError("--option chunk_chars must be at least 200")
    budget = _number(options, "token_budget", int, DEFAULT_TOKEN_BUDGET)
    timeout = _number(options, "timeout", float, 120.0)
    if timeout == 0:
        raise UsageError("--option timeout must be more than 0 seconds")
    model = options.get("deployment") or settings.model or env.get("OPENAI_MODEL") or DEFAULT_MODEL
    max_tokens = _number(options, "max_tokens", int, 0)
    return LLMConfig(
        model=model,
        prompt=get_prompt(settings.prompt),
        mode=MODES[mode_name],
        max_retries=DEFAULT_MAX_RETRIES if settings.max_retries is None else settings.max_retries,
        # "none" leaves temperature out: some reasoning models reject the parameter.
        temperature=None
        if options.get("temperature", "").lower() == "none"
        else _number(options, "temperature", float, 0.0),
        max_tokens=max_tokens or None,
        chunk_chars=chunk_chars,
        chunk_overlap=_number(options, "chunk_overlap", int, DEFAULT_OVERLAP_CHARS),
        token_budget=budget or None,
        timeout=timeout,
        retry_policy=RetryPolicy(
            max_attempts=max(_number(options, "transport_retries", int, 5), 1),
            max_total_seconds=_number(options, "retry_max_seconds", float, 180.0),
        ),
        use_cache=settings.use_cache,
        cache_dir=settings.cache_dir or default_cache_dir(env),
    )

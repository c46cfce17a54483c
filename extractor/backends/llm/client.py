"""OpenAI-compatible clients from the environment: OpenAI, local servers, proxies, Azure.

- OpenAI: ``OPENAI_API_KEY`` (and optionally ``OPENAI_BASE_URL``).
- Ollama / vLLM / LM Studio / a proxy: ``OPENAI_BASE_URL=http://localhost:11434/v1``; a key
  is optional there (a placeholder is sent when none is set).
- Azure OpenAI: ``AZURE_OPENAI_ENDPOINT``, ``AZURE_OPENAI_API_KEY``, ``OPENAI_API_VERSION``;
  ``--model`` (or ``--option deployment=NAME``) names the deployment.

``--option base_url=...``, ``--option api_version=...`` and ``--option provider=azure``
override the environment. The openai client's own retries are off: see transport.py.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx2
import openai

from extractor.errors import UsageError

Provider = Literal["openai", "azure"]

# Sent to servers that need no key (Ollama, vLLM): the openai client insists on one.
LOCAL_PLACEHOLDER_KEY = "not-needed"


@dataclass(frozen=True)
class Endpoint:
    """Where requests go and how they authenticate. ``repr`` never shows the key."""

    provider: Provider
    api_key: str
    base_url: str | None = None
    azure_endpoint: str | None = None
    api_version: str | None = None
    timeout: float = 120.0

    def __repr__(self) -> str:
        return f"Endpoint(provider={self.provider!r}, where={self.where!r})"

    @property
    def where(self) -> str:
        """A human name for the endpoint, for error messages."""
        if self.provider == "azure":
            return self.azure_endpoint or "the Azure endpoint"
        return self.base_url or "api.openai.com"


def resolve_endpoint(
    options: Mapping[str, str], env: Mapping[str, str] | None = None, timeout: float = 120.0
) -> Endpoint:
    """Read the endpoint from ``--option`` values first, then the environment."""
    env = os.environ if env is None else env
    provider = options.get("provider") or (
        "azure" if env.get("AZURE_OPENAI_ENDPOINT") else "openai"
    )
    if provider not in ("openai", "azure"):
        raise UsageError(f"--option provider must be openai or azure, got {provider!r}")
    if provider == "azure":
        endpoint = options.get("azure_endpoint") or env.get("AZURE_OPENAI_ENDPOINT")
        key = env.get("AZURE_OPENAI_API_KEY") or env.get("OPENAI_API_KEY")
        version = options.get("api_version") or env.get("OPENAI_API_VERSION")
        missing = [
            name
            for name, value in (
                ("AZURE_OPENAI_ENDPOINT", endpoint),
                ("AZURE_OPENAI_API_KEY", key),
                ("OPENAI_API_VERSION", version),
            )
            if not value
        ]
        if missing:
            raise UsageError(f"Azure OpenAI needs {', '.join(missing)} set in the environment")
        return Endpoint(
            "azure", api_key=key or "", azure_endpoint=endpoint, api_version=version,
            timeout=timeout,
        )  # fmt: skip
    base_url = options.get("base_url") or env.get("OPENAI_BASE_URL") or None
    key = env.get("OPENAI_API_KEY")
    if not key:
        if base_url is None:
            raise UsageError(
                "no API key: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server "
                "(Ollama, vLLM), or AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY for Azure"
            )
        key = LOCAL_PLACEHOLDER_KEY
    return Endpoint("openai", api_key=key, base_url=base_url, timeout=timeout)


def sync_client(endpoint: Endpoint, http_client: httpx2.Client | None = None) -> openai.OpenAI:
    common: dict[str, Any] = {"api_key": endpoint.api_key, "max_retries": 0,
                              "timeout": endpoint.timeout, "http_client": http_client}  # fmt: skip
    if endpoint.provider == "azure":
        return openai.AzureOpenAI(
            azure_endpoint=endpoint.azure_endpoint or "", api_version=endpoint.api_version,
            **common,
        )  # fmt: skip
    return openai.OpenAI(base_url=endpoint.base_url, **common)


def async_client(
    endpoint: Endpoint, http_client: httpx2.AsyncClient | None = None
) -> openai.AsyncOpenAI:
    common: dict[str, Any] = {"api_key": endpoint.api_key, "max_retries": 0,
                              "timeout": endpoint.timeout, "http_client": http_client}  # fmt: skip
    if endpoint.provider == "azure":
        return openai.AsyncAzureOpenAI(
            azure_endpoint=endpoint.azure_endpoint or "", api_version=endpoint.api_version,
            **common,
        )  # fmt: skip
    return openai.AsyncOpenAI(base_url=endpoint.base_url, **common)

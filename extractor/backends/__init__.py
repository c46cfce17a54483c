"""Backends by name. Adding a backend is one new module plus one line in ``_REGISTRY``."""

from __future__ import annotations

from importlib import import_module

from extractor.backends.base import AsyncBackend, Backend, BackendOutput, BackendSettings
from extractor.errors import UsageError

# name -> "module:factory"; imported lazily so the offline path never loads network clients.
_REGISTRY: dict[str, str] = {
    "rules": "extractor.backends.rules:RulesBackend",
    "openai": "extractor.backends.llm:OpenAIBackend",
}

DEFAULT_BACKEND = "rules"


def backend_names() -> list[str]:
    return sorted(_REGISTRY)


def create_backend(name: str, settings: BackendSettings | None = None) -> Backend:
    """Build the backend called ``name``; its factory takes a BackendSettings."""
    try:
        target = _REGISTRY[name]
    except KeyError:
        known = ", ".join(backend_names())
        raise UsageError(f"unknown backend {name!r}; choose one of: {known}") from None
    module_name, _, factory_name = target.partition(":")
    factory = getattr(import_module(module_name), factory_name)
    return factory(settings or BackendSettings())


__all__ = [
    "DEFAULT_BACKEND",
    "AsyncBackend",
    "Backend",
    "BackendOutput",
    "BackendSettings",
    "backend_names",
    "create_backend",
]

"""The response cache: validated LLM results on disk, as JSON text only.

diskcache pickles anything that is not a str/bytes/number, and unpickles whatever it
finds in its database: anyone who can write to the cache directory could then run code
(CVE-2025-69872). ``JsonTextDisk`` accepts only ``str`` keys and values (we store JSON
text) and refuses to unpickle anything it reads. The directory is created owner-only.

The key is a SHA-256 over everything that decides the answer: the article text, the
rendered prompt, the JSON schema of the response model, the model name and the
generation parameters. Changing any of them misses.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import diskcache
from diskcache.core import MODE_PICKLE

from extractor.errors import UsageError

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
KEY_VERSION = "llm-cache-v2"  # bump to invalidate every entry after a format change


class UnsafeCacheEntry(Exception):
    """A cache row that would need unpickling: never loaded, treated as a miss."""


class JsonTextDisk(diskcache.Disk):
    """A diskcache Disk that stores and loads ``str`` only and never unpickles."""

    def put(self, key: Any) -> tuple[Any, bool]:
        if type(key) is not str:
            raise TypeError("cache keys must be str")
        return super().put(key)

    def get(self, key: Any, raw: bool) -> Any:
        if not raw:
            raise UnsafeCacheEntry("pickled key in cache database")
        return super().get(key, raw)

    def store(self, value: Any, read: bool, key: Any = diskcache.core.UNKNOWN) -> Any:
        if read or type(value) is not str:
            raise TypeError("cache values must be str (JSON text)")
        return super().store(value, read, key=key)

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == MODE_PICKLE:
            raise UnsafeCacheEntry("pickled value in cache database")
        return super().fetch(mode, filename, value, read)


def default_cache_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV]).expanduser()
    base = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache").expanduser()
    return base / "claims-extractor" / "llm"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) so that only the owner can read or enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkdir's mode is filtered by the umask, and an existing directory keeps its mode.
    if stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)


def schema_digest(response_schema: dict[str, Any]) -> str:
    """A stable digest of a JSON schema: a backend computes it once, not per request."""
    encoded = json.dumps(response_schema, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def cache_key(
    text: str,
    messages: list[dict[str, str]],
    response_schema: dict[str, Any] | str,
    model: str,
    params: Mapping[str, Any],
) -> str:
    """The key of one request; ``response_schema`` may be given as its ``schema_digest``."""
    if not isinstance(response_schema, str):
        response_schema = schema_digest(response_schema)
    payload = {
        "version": KEY_VERSION,
        "text": text,
        "messages": messages,
        "schema": response_schema,
        "model": model,
        "params": dict(params),
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheStats:
    directory: Path
    entries: int
    size_bytes: int


class ResponseCache:
    """JSON documents by key. Thread-safe (diskcache opens a connection per thread)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        try:
            make_private_dir(directory)
            self._cache = diskcache.Cache(str(directory), disk=JsonTextDisk)
        except OSError as error:
            raise UsageError(
                f"cannot use cache directory {directory}: {error.strerror or error}; "
                "choose another with --cache-dir or turn it off with --no-cache"
            ) from None

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            raw = self._cache.get(key, default=None, retry=True)
        except (UnsafeCacheEntry, OSError):
            return None
        if not isinstance(raw, str):
            return None
        try:
            document = json.loads(raw)
        except json.JSONDecodeError:
            return None
        return document if isinstance(document, dict) else None

    def put(self, key: str, document: Mapping[str, Any]) -> None:
        self._cache.set(key, json.dumps(document, ensure_ascii=False), retry=True)

    def stats(self) -> CacheStats:
        return CacheStats(self.directory, len(self._cache), self._cache.volume())

    def clear(self) -> int:
        return self._cache.clear(retry=True)

    def close(self) -> None:
        self._cache.close()

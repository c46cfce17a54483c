"""Helpers for the article-loading tests: small files written into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FileWriter = Callable[[str, str | bytes], Path]


@pytest.fixture
def write(tmp_path: Path) -> FileWriter:
    """Write ``content`` to ``tmp_path/name`` (folders created) and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write

"""Project-wide test setup: tests marked ``shared`` need ../shared beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs {SHARED} beside the checkout")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)

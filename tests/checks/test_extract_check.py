"""`extractor extract --check`: findings on stderr, stdout stays valid output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.backends.base import BackendOutput
from extractor.cli import extract as extract_cli
from extractor.cli import main
from schemas import Article

TEXT = (
    "Russia lost 960 troops in the past day, the General Staff said, "
    "bringing the total to 377,823.\n"
)


class FixedBackend:
    """Returns the same two claims for any article (the checks, not extraction, are tested)."""

    name = "fixed"

    def __init__(self, make_claim: Any) -> None:
        self.make_claim = make_claim

    def extract(self, article: Article) -> BackendOutput:
        gs = {"as_of": "2024-01-23"}
        return BackendOutput(
            claims=[
                self.make_claim(value=960, scope="daily", evidence="Russia lost 960 troops", **gs),
                self.make_claim(value=377823, evidence="bringing the total to 377,823", **gs),
            ]
        )


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "update.txt"
    path.write_text(f"title: Russia lost 960 troops\npublished: 2024-01-23\n---\n{TEXT}")
    return path


def test_extract_check_reports_ledger_errors_on_stderr(
    article: Path,
    make_claim: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(extract_cli, "create_backend", lambda *_: FixedBackend(make_claim))
    assert main(["extract", str(article), "--format", "json", "--check"]) == 1
    out, err = capsys.readouterr()
    (extraction,) = json.loads(out)  # stdout is still the extraction output, nothing else
    assert len(extraction["claims"]) == 2
    assert "ledger.cumulative" in err and "377,820" in err and "377,823" in err
    assert "2 claims: 2 checked (1 passed, 1 failed)" in err


def test_extract_without_check_does_not_check(
    article: Path,
    make_claim: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(extract_cli, "create_backend", lambda *_: FixedBackend(make_claim))
    assert main(["extract", str(article), "--format", "json"]) == 0
    assert "ledger" not in capsys.readouterr().err

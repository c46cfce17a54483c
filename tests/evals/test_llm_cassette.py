"""``extractor eval --backend openai`` end to end, its HTTP exchange replayed from a cassette.

The cassette belongs to the LLM backend's tests (tests/llm/cassettes/clean.yaml): one
recorded chat completion for a short invented article. The eval dataset here holds that
same article with hand-made gold, so the real openai backend, grounding, scoring, token
and cost accounting and the response cache all run. Nothing goes over the network
(record mode "none": an unmatched request fails the test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

vcr = pytest.importorskip("vcr")

from extractor.cli import main  # noqa: E402

CASSETTE = Path(__file__).resolve().parents[1] / "llm" / "cassettes" / "clean.yaml"
# The article the cassette was recorded for (tests/llm/llm_articles.py), byte for byte.
DAILY_TEXT = (
    "Kyiv's military said on Wednesday that Russia had lost 1,020 soldiers over the "
    "previous 24 hours. The General Staff also reported 9 tanks destroyed in the same "
    "period.\n\nThe figures could not be independently verified."
)
GENSTAFF = "General Staff of the Armed Forces of Ukraine"


def _gold() -> dict:
    base = {
        "subject": "russia",
        "scope": "daily",
        "as_of": "2024-02-14",
        "claimant": GENSTAFF,
        "claimant_type": "ukraine_official",
    }
    return {
        "published": "2024-02-14",
        "claims": [
            {
                **base,
                "categories": ["casualties"],
                "value": 1020,
                "evidence": "Russia had lost 1,020 soldiers over the previous 24 hours",
            },
            {**base, "categories": ["tanks"], "value": 9, "evidence": "9 tanks destroyed"},
        ],
    }


@pytest.fixture
def daily_dataset(tmp_path: Path) -> Path:
    if not CASSETTE.exists():
        pytest.skip(f"the LLM backend's cassette {CASSETTE.name} is not in this checkout")
    root = tmp_path / "articles" / "dev"
    root.mkdir(parents=True)
    header = "title: Test daily update\noutlet: Test Wire\npublished: 2024-02-14\n---\n"
    (root / "daily.txt").write_text(header + DAILY_TEXT, encoding="utf-8")
    (root / "daily.gold.json").write_text(json.dumps(_gold()), encoding="utf-8")
    return root.parent


def test_eval_scores_the_openai_backend_from_a_cassette_and_reruns_from_the_cache(
    daily_dataset, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    prices = tmp_path / "prices.toml"
    prices.write_text('[models."gpt-4o-mini"]\ninput = 1.0\noutput = 2.0\n', encoding="utf-8")
    args = [
        "eval",
        str(daily_dataset),
        "--backend",
        "openai",
        "--model",
        "gpt-4o-mini",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--prices",
        str(prices),
        "--json",
        "--no-save",
    ]
    recorder = vcr.VCR(record_mode="none", match_on=("method", "scheme", "host", "path"))
    with recorder.use_cassette(str(CASSETTE)) as cassette:
        assert main(args) == 0
        assert cassette.play_count == 1
    (run,) = json.loads(capsys.readouterr().out)["runs"]
    assert run["backend"] == "openai" and run["model"] == "gpt-4o-mini"
    assert run["metrics"]["f1"] == 1.0 and run["metrics"]["grounding_rate"] == 1.0
    assert run["provenance"]["prompts"], "the prompt that ran is recorded with its hash"
    assert run["usage"]["total_tokens"] > 0
    expected = (run["usage"]["prompt_tokens"] * 1.0 + run["usage"]["completion_tokens"] * 2.0) / 1e6
    assert run["cost_usd"] == pytest.approx(expected)
    assert run["provenance"]["live_articles"] == 1

    # The rerun is answered by the response cache: no request, no cost.
    with recorder.use_cassette(str(CASSETTE), allow_playback_repeats=False) as cassette:
        assert main(args) == 0
        assert cassette.play_count == 0
    (rerun,) = json.loads(capsys.readouterr().out)["runs"]
    assert rerun["provenance"]["cached_articles"] == 1
    assert rerun["cost_usd"] == 0.0
    assert rerun["cost_usd_uncached"] is None  # a cache hit does not say what it once cost
    assert rerun["metrics"]["f1"] == 1.0

"""Running a backend over a dataset: scoring, failures, tokens, cost and provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor.evals.runner as runner
from extractor.backends.base import BackendSettings
from extractor.errors import UsageError
from extractor.evals.dataset import load_dataset
from extractor.evals.prices import Price, cost_usd, load_prices, price_for
from extractor.evals.record import RunOrigin
from extractor.evals.runner import RunSpec, plan_runs, run_one
from schemas import TokenUsage

PRICES = {"tiny-model": Price(input=1.0, output=2.0)}


def gold_of(dataset, name):
    return next(item.gold for item in dataset.items if item.name == name)


def strip_offsets(claims):
    return [c.model_copy(update={"start": None, "end": None}) for c in claims]


def test_a_perfect_backend_scores_one_in_every_subset(small_dataset, fake_backend):
    dataset = load_dataset(small_dataset)
    answers = {
        "alpha": strip_offsets(gold_of(dataset, "dev/alpha")),
        "beta": strip_offsets(gold_of(dataset, "test/beta")),
    }
    run = run_one(
        RunSpec("fake"), fake_backend(answers), dataset, origin=RunOrigin.TEST_DOUBLE, prices=PRICES
    )
    assert run.metrics["f1"] == 1.0 and run.metrics["strict_f1"] == 1.0
    assert run.metrics["grounding_rate"] == 1.0  # the pipeline grounded the evidence
    assert set(run.subsets) == {"dev", "test"}
    assert run.subsets["dev"]["counts"]["gold"] == 2
    assert run.subsets["test"]["counts"]["gold"] == 1
    assert run.by_category["tanks"]["counts"]["matched_gold"] == 1
    assert run.by_claimant_type["russia_official"]["f1"] == 1.0
    assert run.provenance.origin is RunOrigin.TEST_DOUBLE and run.is_test_double
    assert run.provenance.implementation.endswith(":FakeBackend")


def test_a_failing_article_is_recorded_and_the_run_goes_on(small_dataset, fake_backend):
    dataset = load_dataset(small_dataset)
    answers = {"beta": strip_offsets(gold_of(dataset, "test/beta"))}
    backend = fake_backend(answers, fail_on=frozenset({"alpha"}))
    run = run_one(RunSpec("fake"), backend, dataset, origin=RunOrigin.TEST_DOUBLE, prices=PRICES)
    alpha, beta = run.per_article
    assert alpha.error is not None and "told to fail on alpha" in alpha.error
    assert alpha.predicted == [] and alpha.metrics["recall"] == 0.0
    assert beta.error is None and beta.metrics["f1"] == 1.0
    assert run.provenance.failed_articles == 1
    assert run.metrics["counts"]["gold"] == 3 and run.metrics["counts"]["matched_gold"] == 1


def test_tokens_and_cost_count_live_calls_and_price_cached_ones_separately(
    small_dataset, fake_backend
):
    dataset = load_dataset(small_dataset)
    usage = TokenUsage(prompt_tokens=1_000, completion_tokens=500, total_tokens=1_500, requests=1)
    live = fake_backend({}, model="tiny-model", usage=usage)
    run = run_one(
        RunSpec("fake", "tiny-model"), live, dataset, origin=RunOrigin.TEST_DOUBLE, prices=PRICES
    )
    assert run.usage.total_tokens == 3_000 and run.usage.requests == 2
    per_article = (1_000 * 1.0 + 500 * 2.0) / 1_000_000
    assert run.cost_usd == pytest.approx(2 * per_article)
    assert run.cost_usd_uncached == pytest.approx(2 * per_article)
    assert run.provenance.models == ["tiny-model"]
    assert run.provenance.prompts[0].version == "v9"

    cached = fake_backend({}, model="tiny-model", usage=usage, cached=True)
    rerun = run_one(
        RunSpec("fake", "tiny-model"), cached, dataset, origin=RunOrigin.TEST_DOUBLE, prices=PRICES
    )
    assert rerun.cost_usd == 0.0
    assert rerun.cost_usd_uncached == pytest.approx(2 * per_article)
    assert (rerun.provenance.live_articles, rerun.provenance.cached_articles) == (0, 2)


def test_a_model_without_a_price_has_no_cost_but_keeps_its_tokens(small_dataset, fake_backend):
    usage = TokenUsage(prompt_tokens=10, completion_tokens=5, total_tokens=15, requests=1)
    backend = fake_backend({}, model="unpriced", usage=usage)
    run = run_one(
        RunSpec("fake"),
        backend,
        load_dataset(small_dataset),
        origin=RunOrigin.TEST_DOUBLE,
        prices=PRICES,
    )
    assert run.cost_usd is None and run.usage.total_tokens == 30


def test_latency_is_summarised(small_dataset, fake_backend):
    run = run_one(
        RunSpec("fake"),
        fake_backend({}),
        load_dataset(small_dataset),
        origin=RunOrigin.TEST_DOUBLE,
        prices=PRICES,
        jobs=2,
    )
    latency = run.latency_ms
    assert latency["p50"] is not None and latency["max"] >= latency["p50"] >= 0
    assert latency["wall"] >= 0
    assert all(a.latency_ms is not None for a in run.per_article)


def test_price_lookup_uses_the_longest_prefix():
    prices = {"gpt-4o": Price(2.5, 10.0), "gpt-4o-mini": Price(0.15, 0.6)}
    assert price_for("gpt-4o-mini-2024-07-18", prices) == Price(0.15, 0.6)
    assert price_for("gpt-4o-2024-08-06", prices) == Price(2.5, 10.0)
    assert price_for("claude", prices) is None
    assert cost_usd(TokenUsage(), None, prices) == 0.0


def test_the_shipped_price_table_loads_and_a_broken_one_is_a_usage_error(tmp_path: Path):
    assert load_prices()  # the shipped table parses and is not empty
    broken = tmp_path / "prices.toml"
    broken.write_text('[models."x"]\ninput = "cheap"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="numeric"):
        load_prices(broken)


class _Registry:
    """Stands in for create_backend: 'offline' refuses every model setting, like rules."""

    def __init__(self, fake_backend):
        self.fake_backend = fake_backend
        self.built: list[tuple[str, BackendSettings]] = []

    def __call__(self, name: str, settings: BackendSettings):
        model_settings = settings.model or settings.prompt or settings.options
        if name == "offline" and (model_settings or settings.max_retries is not None):
            raise UsageError("the offline backend takes no model settings")
        if settings.prompt == "claims/v404":
            raise UsageError("no prompt claims/v404")
        self.built.append((name, settings))
        return self.fake_backend({}, name=name)


def test_plan_runs_crosses_models_and_prompts_and_runs_rules_like_backends_once(
    monkeypatch, fake_backend
):
    registry = _Registry(fake_backend)
    monkeypatch.setattr(runner, "create_backend", registry)
    base = BackendSettings(max_retries=1, options={"mode": "json"})
    planned = plan_runs(["offline", "llm"], ["m1", "m2"], ["claims/v1", "claims/v2"], base)
    specs = [p.spec for p in planned]
    assert specs[0] == RunSpec("offline")
    assert specs[1:] == [
        RunSpec("llm", "m1", "claims/v1"),
        RunSpec("llm", "m1", "claims/v2"),
        RunSpec("llm", "m2", "claims/v1"),
        RunSpec("llm", "m2", "claims/v2"),
    ]
    llm_settings = [s for name, s in registry.built if name == "llm" and s.model == "m2"]
    assert llm_settings[-1].max_retries == 1 and llm_settings[-1].options == {"mode": "json"}


def test_a_prompt_a_backend_rejects_is_an_error_not_silently_dropped(monkeypatch, fake_backend):
    monkeypatch.setattr(runner, "create_backend", _Registry(fake_backend))
    with pytest.raises(UsageError, match="claims/v404"):
        plan_runs(["llm"], [], ["claims/v404"], BackendSettings())


def test_cross_check_errors_are_counted_per_run_and_article(small_dataset, fake_backend, claim):
    dataset = load_dataset(small_dataset)
    daily = claim(value=500, scope="daily", evidence="Russia lost 500 soldiers over the past day")
    # A cumulative total smaller than the same day's figure: the figures cannot both be right.
    too_small_total = claim(value=12, scope="cumulative", evidence="counted 12 tanks destroyed")

    def run_with(claims):
        backend = fake_backend({"alpha": claims})
        return run_one(
            RunSpec("fake"), backend, dataset, origin=RunOrigin.TEST_DOUBLE, prices=PRICES
        )

    clean, contradictory = run_with([daily]), run_with([daily, too_small_total])
    assert clean.check_errors is not None and contradictory.check_errors is not None
    assert contradictory.check_errors > clean.check_errors
    alpha_clean, alpha_bad = clean.per_article[0], contradictory.per_article[0]
    assert alpha_bad.check_errors > alpha_clean.check_errors
    assert contradictory.per_article[1].check_errors == clean.per_article[1].check_errors


def test_model_settings_with_no_backend_that_takes_them_are_a_usage_error(
    monkeypatch, fake_backend
):
    monkeypatch.setattr(runner, "create_backend", _Registry(fake_backend))
    with pytest.raises(UsageError, match="for LLM backends"):
        plan_runs(["offline"], ["m1"], [], BackendSettings())

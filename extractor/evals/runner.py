"""Running backends over a dataset and turning their extractions into scored runs.

Every combination of backend x model x prompt is one run. Backends are built through
``extractor.backends.create_backend`` (so the response cache applies and a rerun costs
nothing) and called through ``extractor.pipeline.extract_article``, exactly as
``extractor extract`` does. A backend failing on one article is recorded on that article
and the run goes on.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from extractor import __version__
from extractor.backends import Backend, BackendSettings, create_backend
from extractor.errors import UsageError
from extractor.evals.checks import count_check_errors
from extractor.evals.dataset import Dataset, DatasetItem
from extractor.evals.prices import Price, cost_usd
from extractor.evals.record import ArticleResult, RunOrigin, RunProvenance, RunResult
from extractor.evals.scoring import ArticleScore, Tally, score_article, sum_scores
from extractor.pipeline import extract_article
from schemas import Extraction, PromptRef, TokenUsage


@dataclass(frozen=True)
class RunSpec:
    backend: str
    model: str | None = None
    prompt: str | None = None


@dataclass(frozen=True)
class PlannedRun:
    spec: RunSpec
    backend: Backend


def plan_runs(
    backends: list[str], models: list[str], prompts: list[str], base: BackendSettings
) -> list[PlannedRun]:
    """Build one backend per backend x model x prompt, before anything is spent.

    Models, prompts, ``max_retries`` and ``options`` are model settings: they apply to the
    backends that take a model. A backend that refuses a model (the offline ``rules``
    backend) runs once, without any of them. Any other refusal (an unknown prompt, a
    missing API key) is raised, never silently dropped.
    """
    has_model_settings = bool(models or prompts or base.max_retries is not None or base.options)
    names = list(dict.fromkeys(backends))
    without_model = {n for n in names if has_model_settings and not _takes_a_model(n)}
    if names and without_model == set(names):
        raise UsageError(
            f"{', '.join(names)} take(s) no --model, --prompt, --max-retries or --option; "
            "those are for LLM backends (add e.g. --backend openai)"
        )
    planned: list[PlannedRun] = []
    for name in names:
        if name in without_model:
            plain = BackendSettings(use_cache=base.use_cache, cache_dir=base.cache_dir)
            planned.append(PlannedRun(RunSpec(name), create_backend(name, plain)))
            continue
        for model in models or [None]:
            for prompt in prompts or [None]:
                spec = RunSpec(name, model, prompt)
                settings = replace(base, model=model, prompt=prompt)
                planned.append(PlannedRun(spec, create_backend(name, settings)))
    return planned


def _takes_a_model(name: str) -> bool:
    """Does backend ``name`` accept a model? It does unless it refuses one but builds without."""
    try:
        create_backend(name, BackendSettings(model="any-model", use_cache=False))
    except UsageError:
        try:
            create_backend(name, BackendSettings(use_cache=False))
        except UsageError:
            return True  # it fails either way: the real build reports why
        return False
    return True


@dataclass(frozen=True)
class ArticleOutcome:
    item: DatasetItem
    extraction: Extraction | None
    error: str | None
    error_usage: TokenUsage | None = None  # tokens a failed call still spent

    @property
    def usage(self) -> TokenUsage | None:
        return self.extraction.provenance.usage if self.extraction else self.error_usage

    @property
    def cached(self) -> bool:
        return self.extraction is not None and self.extraction.provenance.cached


OnArticle = Callable[[RunSpec, ArticleOutcome], None]


def _extract_one(item: DatasetItem, backend: Backend) -> ArticleOutcome:
    try:
        return ArticleOutcome(item, extract_article(item.article, backend), None)
    except Exception as exc:  # one failing article must not end the run
        usage = getattr(exc, "usage", None)  # LLM errors carry what the attempts spent
        spent = usage if isinstance(usage, TokenUsage) else None
        return ArticleOutcome(item, None, f"{type(exc).__name__}: {exc}", spent)


def extract_dataset(
    backend: Backend,
    dataset: Dataset,
    jobs: int = 1,
    on_article: Callable[[ArticleOutcome], None] | None = None,
) -> list[ArticleOutcome]:
    """Every item through the backend, in dataset order; ``jobs`` articles at a time."""
    outcomes: list[ArticleOutcome] = []
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for outcome in pool.map(lambda item: _extract_one(item, backend), dataset.items):
            outcomes.append(outcome)
            if on_article is not None:
                on_article(outcome)
    return outcomes


def _latency_summary(latencies: list[float]) -> dict[str, float | None]:
    if not latencies:
        return {"total": 0.0, "mean": None, "p50": None, "p95": None, "max": None}
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "total": round(sum(ordered), 3),
        "mean": round(statistics.fmean(ordered), 3),
        "p50": round(statistics.median(ordered), 3),
        "p95": round(p95, 3),
        "max": round(ordered[-1], 3),
    }


def _sum_usage(usages: list[TokenUsage]) -> TokenUsage:
    total = TokenUsage()
    for usage in usages:
        total = total + usage
    return total


def _cost(
    outcomes: list[ArticleOutcome], model: str | None, prices: dict[str, Price], live_only: bool
) -> float | None:
    """USD for the outcomes' tokens; None when a model has no price, or (``live_only``
    False) when a cached answer does not say what its original call spent."""
    total = 0.0
    for outcome in outcomes:
        usage = outcome.usage
        if live_only and outcome.cached:
            continue
        if usage is None or usage.total_tokens == 0:
            if outcome.cached:
                return None
            continue
        used_model = outcome.extraction.provenance.model if outcome.extraction else None
        cost = cost_usd(usage, used_model or model, prices)
        if cost is None:
            return None
        total += cost
    return round(total, 6)


def score_run(
    spec: RunSpec,
    backend: Backend,
    outcomes: list[ArticleOutcome],
    origin: RunOrigin,
    prices: dict[str, Price],
) -> RunResult:
    """Score each article's extraction against its gold and sum everything up."""
    articles: list[ArticleResult] = []
    scores: list[ArticleScore] = []
    by_subset: dict[str, Tally] = {}
    extractions = [o.extraction for o in outcomes if o.extraction is not None]
    check_total, check_note, per_article_checks = count_check_errors(extractions)
    for outcome in outcomes:
        item, extraction = outcome.item, outcome.extraction
        predicted = extraction.claims if extraction is not None else []
        score = score_article(item.article.text, item.gold, predicted)
        scores.append(score)
        by_subset.setdefault(item.subset, Tally()).add(score.total)
        provenance = extraction.provenance if extraction is not None else None
        articles.append(
            ArticleResult(
                name=item.name,
                subset=item.subset,
                article_id=item.article.id,
                error=outcome.error,
                gold=item.gold,
                predicted=predicted,
                matches=[(pair.gold, pair.predicted) for pair in score.matching.pairs],
                metrics=score.total.metrics(),
                latency_ms=provenance.timings_ms.get("total") if provenance else None,
                usage=outcome.usage,
                cached=provenance.cached if provenance else None,
                check_errors=per_article_checks.get(item.article.id) if extraction else None,
            )
        )
    totals = sum_scores(scores)
    provenances = [e.provenance for e in extractions]
    prompts: dict[tuple[str, str, str], PromptRef] = {}
    for p in provenances:
        if p.prompt is not None:
            prompts[(p.prompt.name, p.prompt.version, p.prompt.sha256)] = p.prompt
    models = sorted({p.model for p in provenances if p.model})
    return RunResult(
        backend=spec.backend,
        model=spec.model or (models[0] if len(models) == 1 else None),
        prompt=spec.prompt or (next(iter(prompts.values())).name if len(prompts) == 1 else None),
        provenance=RunProvenance(
            origin=origin,
            implementation=f"{type(backend).__module__}:{type(backend).__qualname__}",
            models=models,
            prompts=list(prompts.values()),
            extractor_version=__version__,
            live_articles=sum(not p.cached for p in provenances),
            cached_articles=sum(p.cached for p in provenances),
            failed_articles=sum(o.error is not None for o in outcomes),
        ),
        metrics=totals.total.metrics(),
        subsets={name: tally.metrics() for name, tally in sorted(by_subset.items())},
        by_category={k: v.metrics() for k, v in sorted(totals.by_category.items())},
        by_claimant_type={k: v.metrics() for k, v in sorted(totals.by_claimant_type.items())},
        per_article=articles,
        usage=_sum_usage([o.usage for o in outcomes if o.usage is not None]),
        cost_usd=_cost(outcomes, spec.model, prices, live_only=True),
        cost_usd_uncached=_cost(outcomes, spec.model, prices, live_only=False),
        latency_ms=_latency_summary(
            [p.timings_ms["total"] for p in provenances if "total" in p.timings_ms]
        ),
        check_errors=check_total,
        check_note=check_note,
    )


def run_one(
    spec: RunSpec,
    backend: Backend,
    dataset: Dataset,
    *,
    origin: RunOrigin,
    prices: dict[str, Price],
    jobs: int = 1,
    on_article: OnArticle | None = None,
) -> RunResult:
    """Extract and score one backend x model x prompt over the dataset.

    ``origin`` says where the extractions come from: ``RunOrigin.BACKEND`` only for a
    backend built by ``create_backend``; tests feeding fakes or cassettes pass TEST_DOUBLE.
    """
    callback = (lambda outcome: on_article(spec, outcome)) if on_article else None
    started = time.perf_counter()
    outcomes = extract_dataset(backend, dataset, jobs, callback)
    result = score_run(spec, backend, outcomes, origin, prices)
    result.latency_ms["wall"] = round((time.perf_counter() - started) * 1000, 3)
    return result

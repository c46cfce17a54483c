"""Saved runs: ``evals/runs/<timestamp>-<label>.json``, loading them back, and diffing two.

The diff is the regression view: metric deltas per run, and per article the claims a
change gained and lost (each marked as matching gold or spurious).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.errors import InputError
from extractor.evals.checks import count_gold_check_errors
from extractor.evals.dataset import Dataset
from extractor.evals.record import ArticleResult, DatasetInfo, RunFile, RunResult
from extractor.evals.scoring import FIELDS, field_agreement
from schemas import Claim

DEFAULT_RUNS_DIR = Path("evals/runs")
HEADLINE = ("precision", "recall", "f1", "strict_f1", "grounding_rate")


def dataset_info(dataset: Dataset) -> DatasetInfo:
    digest = hashlib.sha256()
    for item in dataset.items:
        digest.update(item.name.encode() + b"\0" + item.article.text.encode() + b"\0")
        for claim in item.gold:
            digest.update(claim.model_dump_json().encode())
    return DatasetInfo(
        root=dataset.root.as_posix(),
        subsets=dataset.subsets,
        articles=len(dataset.items),
        gold_claims=sum(len(item.gold) for item in dataset.items),
        fingerprint=digest.hexdigest(),
        gold_check_errors=count_gold_check_errors([(i.article, i.gold) for i in dataset.items]),
    )


def make_run_file(label: str, dataset: Dataset, runs: list[RunResult]) -> RunFile:
    return RunFile(
        label=label, created_at=datetime.now(UTC), dataset=dataset_info(dataset), runs=runs
    )


def merge_run_files(files: list[RunFile]) -> tuple[RunFile, list[str]]:
    """Several saved runs as one, to report side by side; notes say what does not line up."""
    first = files[0]
    notes = [
        f"{other.label} ({other.created_at:%Y-%m-%d %H:%M}) was scored on another version of "
        "the dataset: its numbers are not directly comparable"
        for other in files[1:]
        if other.dataset.fingerprint != first.dataset.fingerprint
    ]
    merged = RunFile(
        label=" vs ".join(dict.fromkeys(f.label for f in files)),
        created_at=max(f.created_at for f in files),
        dataset=first.dataset,
        runs=[run for f in files for run in f.runs],
    )
    return merged, notes


def slug(label: str) -> str:
    """A label safe in a file name: "openai gpt-4o/v2" -> "openai-gpt-4o-v2"."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-.") or "run"


def save_run(run_file: RunFile, runs_dir: Path = DEFAULT_RUNS_DIR) -> Path:
    """Write the run as ``<runs_dir>/<UTC timestamp>-<label>.json``; return the path."""
    runs_dir.mkdir(parents=True, exist_ok=True)
    stamp = run_file.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = runs_dir / f"{stamp}-{slug(run_file.label)}.json"
    counter = 2
    while path.exists():  # two runs in the same second keep both files
        path = runs_dir / f"{stamp}-{slug(run_file.label)}-{counter}.json"
        counter += 1
    path.write_text(run_file.model_dump_json(indent=1) + "\n", encoding="utf-8")
    return path


def load_run(path: Path) -> RunFile:
    try:
        return RunFile.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the run file ({exc.strerror or exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise InputError(str(path), f"not a saved eval run ({first['msg']} at {where})") from None


# A predicted claim is "the same" in two runs when its key and every field read from the
# article agree; with the same key but other fields it is an edit, shown field by field.
DIFF_FIELDS = ("scope", "qualifier", "claimant_type", "as_of", "period_start", "subgroup",
               "claimant")  # fmt: skip


def diff_identity(claim: Claim) -> tuple[object, ...]:
    return (*claim.match_key(), *(getattr(claim, name) for name in DIFF_FIELDS))


@dataclass
class ClaimChange:
    claim: Claim
    matches_gold: bool  # in the run where it appears
    gold: Claim | None = None  # its gold partner in that run

    def agrees_with_gold(self, name: str) -> bool | None:
        """Is field ``name`` right by the scoring rules? None: no gold partner or not scored."""
        if self.gold is None or name not in FIELDS:
            return None
        return field_agreement(self.gold, self.claim)[name]


@dataclass
class ClaimEdit:
    """A claim with the same key in both runs whose fields changed."""

    before: ClaimChange
    after: ClaimChange

    def fields(self) -> dict[str, tuple[object, object]]:
        old, new = self.before.claim, self.after.claim
        return {
            name: (getattr(old, name), getattr(new, name))
            for name in DIFF_FIELDS
            if getattr(old, name) != getattr(new, name)
        }


@dataclass
class ArticleDiff:
    name: str
    f1_before: float | None
    f1_after: float | None
    gained: list[ClaimChange] = field(default_factory=list)
    lost: list[ClaimChange] = field(default_factory=list)
    edited: list[ClaimEdit] = field(default_factory=list)
    error_before: str | None = None
    error_after: str | None = None

    @property
    def has_changes(self) -> bool:
        changed_claims = self.gained or self.lost or self.edited
        return bool(changed_claims) or self.error_before != self.error_after


@dataclass
class RunDiff:
    before: RunResult
    after: RunResult
    metric_deltas: dict[str, tuple[float | None, float | None]]
    articles: list[ArticleDiff]
    only_before: list[str]  # articles in one run only (the dataset changed)
    only_after: list[str]


def _headline(metrics: dict[str, Any]) -> dict[str, float | None]:
    values = {name: metrics.get(name) for name in HEADLINE}
    values.update({f"field_accuracy.{k}": v for k, v in metrics.get("field_accuracy", {}).items()})
    return values


def _claims_with_status(article: ArticleResult) -> list[tuple[tuple[object, ...], ClaimChange]]:
    partner = {p: article.gold[g] for g, p in article.matches}
    return [
        (diff_identity(claim), ClaimChange(claim, index in partner, partner.get(index)))
        for index, claim in enumerate(article.predicted)
    ]


def _pair_edits(
    gained: list[ClaimChange], lost: list[ClaimChange]
) -> tuple[list[ClaimChange], list[ClaimChange], list[ClaimEdit]]:
    """Gained and lost claims with equal keys become edits (one-to-one, in order)."""
    edits: list[ClaimEdit] = []
    still_lost = list(lost)
    still_gained: list[ClaimChange] = []
    for new in gained:
        old = next((c for c in still_lost if c.claim.match_key() == new.claim.match_key()), None)
        if old is None:
            still_gained.append(new)
        else:
            still_lost.remove(old)
            edits.append(ClaimEdit(old, new))
    return still_gained, still_lost, edits


def diff_articles(before: ArticleResult, after: ArticleResult) -> ArticleDiff:
    """Predicted claims in ``after`` only (gained), in ``before`` only (lost), and with the
    same key but other fields (edited)."""
    old = _claims_with_status(before)
    new = _claims_with_status(after)
    remaining = Counter(identity for identity, _ in old)
    gained = []
    for identity, change in new:
        if remaining[identity] > 0:
            remaining[identity] -= 1
        else:
            gained.append(change)
    remaining = Counter(identity for identity, _ in new)
    lost = []
    for identity, change in old:
        if remaining[identity] > 0:
            remaining[identity] -= 1
        else:
            lost.append(change)
    gained, lost, edited = _pair_edits(gained, lost)
    return ArticleDiff(
        name=after.name,
        f1_before=before.metrics.get("f1"),
        f1_after=after.metrics.get("f1"),
        gained=gained,
        lost=lost,
        edited=edited,
        error_before=before.error,
        error_after=after.error,
    )


def diff_runs(before: RunResult, after: RunResult) -> RunDiff:
    old = _headline(before.metrics)
    new = _headline(after.metrics)
    deltas = {name: (old.get(name), new.get(name)) for name in dict.fromkeys([*old, *new])}
    old_articles = {a.name: a for a in before.per_article}
    new_articles = {a.name: a for a in after.per_article}
    articles = [
        diff_articles(old_articles[name], article)
        for name, article in new_articles.items()
        if name in old_articles
    ]
    return RunDiff(
        before=before,
        after=after,
        metric_deltas=deltas,
        articles=articles,
        only_before=sorted(set(old_articles) - set(new_articles)),
        only_after=sorted(set(new_articles) - set(old_articles)),
    )


def pair_runs(
    before: RunFile, after: RunFile
) -> tuple[list[tuple[RunResult, RunResult]], list[str]]:
    """Runs to compare: equal backend/model/prompt; a single run on each side pairs anyway.

    Returns the pairs and a note for each run left without a partner.
    """
    if len(before.runs) == 1 and len(after.runs) == 1:
        return [(before.runs[0], after.runs[0])], []
    by_key = {run.key: run for run in before.runs}
    pairs = [(by_key[run.key], run) for run in after.runs if run.key in by_key]
    paired = {run.key for _, run in pairs}
    notes = [f"only in A: {run.title}" for run in before.runs if run.key not in paired]
    notes += [f"only in B: {run.title}" for run in after.runs if run.key not in paired]
    return pairs, notes


def diff_to_json(diff: RunDiff) -> dict[str, Any]:
    def claim_json(change: ClaimChange) -> dict[str, Any]:
        return {"claim": change.claim.model_dump(mode="json"), "matches_gold": change.matches_gold}

    return {
        "before": {
            "backend": diff.before.backend,
            "model": diff.before.model,
            "prompt": diff.before.prompt,
        },
        "after": {
            "backend": diff.after.backend,
            "model": diff.after.model,
            "prompt": diff.after.prompt,
        },
        "metrics": {
            name: {
                "before": a,
                "after": b,
                "delta": None if a is None or b is None else round(b - a, 4),
            }
            for name, (a, b) in diff.metric_deltas.items()
        },
        "articles": [
            {
                "name": article.name,
                "f1_before": article.f1_before,
                "f1_after": article.f1_after,
                "gained": [claim_json(c) for c in article.gained],
                "lost": [claim_json(c) for c in article.lost],
                "edited": [
                    {
                        "before": claim_json(edit.before),
                        "after": claim_json(edit.after),
                        "fields": {
                            k: {
                                "before": _plain(a),
                                "after": _plain(b),
                                "right_after": edit.after.agrees_with_gold(k),
                            }
                            for k, (a, b) in edit.fields().items()
                        },
                    }
                    for edit in article.edited
                ],
                "error_before": article.error_before,
                "error_after": article.error_after,
            }
            for article in diff.articles
            if article.has_changes
        ],
        "only_before": diff.only_before,
        "only_after": diff.only_after,
    }


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def write_json(data: Any) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False)

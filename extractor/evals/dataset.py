"""An eval dataset: a folder of ``NAME.txt`` articles, each with ``NAME.gold.json`` beside it.

Subfolders of the dataset folder are its subsets (``evals/articles/dev``,
``evals/articles/test``); articles directly in the folder form a subset named after the
folder. ``load_dataset`` returns the items that can be scored together with every
problem found; ``validate_dataset`` is the same walk, reporting problems only.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from extractor.articles import load_file
from extractor.errors import InputError, UsageError
from extractor.pipeline import claim_identity
from schemas import Article, Claim, GoldFile

GOLD_SUFFIX = ".gold.json"
ARTICLE_SUFFIX = ".txt"


class ProblemKind(StrEnum):
    ARTICLE_UNREADABLE = "article_unreadable"
    GOLD_INVALID = "gold_invalid"  # not JSON, or does not parse under schemas.GoldFile
    EVIDENCE_NOT_FOUND = "evidence_not_found"
    DUPLICATE_CLAIM = "duplicate_claim"
    PUBLISHED_MISMATCH = "published_mismatch"
    ORPHAN_ARTICLE = "orphan_article"  # a .txt without a gold file
    ORPHAN_GOLD = "orphan_gold"  # a gold file without its .txt
    EMPTY_DATASET = "empty_dataset"


# Problems that make an item impossible to score: ``eval run`` drops such items loudly.
BLOCKING_KINDS = frozenset(
    {ProblemKind.ARTICLE_UNREADABLE, ProblemKind.GOLD_INVALID, ProblemKind.EVIDENCE_NOT_FOUND}
)


@dataclass(frozen=True)
class DatasetProblem:
    kind: ProblemKind
    path: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.kind.value}: {self.detail}"


@dataclass(frozen=True)
class DatasetItem:
    """One labelled article: the text, its gold claims (with offsets) and its subset."""

    name: str  # path relative to the dataset folder, without ".txt": "dev/genstaff-0123"
    subset: str
    article: Article
    gold: list[Claim]
    notes: str | None = None


@dataclass
class Dataset:
    root: Path
    items: list[DatasetItem] = field(default_factory=list)
    problems: list[DatasetProblem] = field(default_factory=list)

    @property
    def subsets(self) -> list[str]:
        return sorted({item.subset for item in self.items})

    def blocking_problems(self) -> list[DatasetProblem]:
        return [p for p in self.problems if p.kind in BLOCKING_KINDS]


def subset_of(root: Path, article_path: Path) -> str:
    """The first folder below ``root``, or the root's own name for top-level articles."""
    relative = article_path.relative_to(root)
    return relative.parts[0] if len(relative.parts) > 1 else root.resolve().name


def locate_gold_claims(text: str, claims: list[Claim]) -> tuple[list[Claim], list[str]]:
    """Gold claims with ``start``/``end`` set, and a message for each evidence not in the text.

    Offsets given in the gold file are kept when they point at the evidence; otherwise the
    first occurrence of the evidence is used (the contract lets gold omit offsets).
    """
    located: list[Claim] = []
    missing: list[str] = []
    for index, claim in enumerate(claims):
        if claim.start is not None and text[claim.start : claim.end] == claim.evidence:
            located.append(claim)
            continue
        position = text.find(claim.evidence)
        if position < 0:
            missing.append(
                f"claim {index + 1} ({claim.number_label()}): evidence {claim.evidence!r}"
            )
            continue
        located.append(
            claim.model_copy(update={"start": position, "end": position + len(claim.evidence)})
        )
    return located, missing


def duplicate_claims(claims: list[Claim]) -> list[str]:
    """A message for each claim that repeats an earlier one (same identity as the pipeline's)."""
    counts = Counter(claim_identity(claim) for claim in claims)
    messages = []
    for identity, count in counts.items():
        if count > 1:
            example = next(c for c in claims if claim_identity(c) == identity)
            messages.append(
                f"{count} claims share match key, subgroup, scope, as_of and claimant "
                f"({example.number_label()} {'+'.join(example.categories)}, "
                f"{example.claimant}); a repeated figure is one claim"
            )
    return messages


def _read_gold(path: Path) -> GoldFile:
    raw = path.read_text(encoding="utf-8")
    return GoldFile.model_validate(json.loads(raw))


def _describe_gold_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"does not match the gold schema at {where}: {first['msg']}{more}"
    return f"cannot be read: {exc}"


def _load_item(
    root: Path, txt: Path, gold_path: Path
) -> tuple[DatasetItem | None, list[DatasetProblem]]:
    shown = txt.relative_to(root).as_posix()
    problems: list[DatasetProblem] = []
    try:
        articles = load_file(txt)
    except InputError as exc:
        return None, [DatasetProblem(ProblemKind.ARTICLE_UNREADABLE, shown, exc.problem)]
    if len(articles) != 1:
        detail = f"holds {len(articles)} articles; a dataset article is one .txt file"
        return None, [DatasetProblem(ProblemKind.ARTICLE_UNREADABLE, shown, detail)]
    article = articles[0]
    gold_shown = gold_path.relative_to(root).as_posix()
    try:
        gold = _read_gold(gold_path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        return None, [
            DatasetProblem(ProblemKind.GOLD_INVALID, gold_shown, _describe_gold_error(exc))
        ]
    claims, missing = locate_gold_claims(article.text, gold.claims)
    problems += [
        DatasetProblem(ProblemKind.EVIDENCE_NOT_FOUND, gold_shown, f"{message} is not in {shown}")
        for message in missing
    ]
    problems += [
        DatasetProblem(ProblemKind.DUPLICATE_CLAIM, gold_shown, message)
        for message in duplicate_claims(gold.claims)
    ]
    if gold.published != article.published:
        problems.append(
            DatasetProblem(
                ProblemKind.PUBLISHED_MISMATCH,
                gold_shown,
                f"gold says published {gold.published or 'unknown'}, the article header says "
                f"{article.published or 'unknown'}; relative dates resolve against the header",
            )
        )
    if missing:
        return None, problems
    name = shown.removesuffix(ARTICLE_SUFFIX)
    item = DatasetItem(name, subset_of(root, txt), article, claims, gold.notes)
    return item, problems


def _visible_files(root: Path, suffix: str) -> list[Path]:
    """Files ending in ``suffix`` under ``root``, skipping hidden files and folders."""
    return sorted(
        path
        for path in root.rglob(f"*{suffix}")
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(root).parts)
    )


def _stem(gold_path: Path) -> str:
    return gold_path.name.removesuffix(GOLD_SUFFIX)


def load_dataset(root: Path, subsets: list[str] | None = None) -> Dataset:
    """Every article with its gold under ``root``, optionally only the named subsets.

    Raises UsageError when ``root`` is not a folder or a requested subset does not exist.
    Items that cannot be scored are left out and their problems recorded.
    """
    if not root.is_dir():
        raise UsageError(f"{root}: not a folder; give the dataset folder (e.g. evals/articles)")
    dataset = Dataset(root)
    texts = _visible_files(root, ARTICLE_SUFFIX)
    golds = _visible_files(root, GOLD_SUFFIX)
    if subsets:
        known = {subset_of(root, path) for path in [*texts, *golds]}
        unknown = sorted(set(subsets) - known)
        if unknown:
            raise UsageError(
                f"no subset {', '.join(unknown)} in {root}; "
                f"it has: {', '.join(sorted(known)) or 'none'}"
            )
        texts = [p for p in texts if subset_of(root, p) in subsets]
        golds = [p for p in golds if subset_of(root, p) in subsets]
    text_stems = {p.with_suffix("") for p in texts}
    for gold_path in golds:
        if gold_path.with_name(gold_path.name.removesuffix(GOLD_SUFFIX)) not in text_stems:
            dataset.problems.append(
                DatasetProblem(
                    ProblemKind.ORPHAN_GOLD,
                    gold_path.relative_to(root).as_posix(),
                    f"no article {_stem(gold_path)}{ARTICLE_SUFFIX} beside it",
                )
            )
    for txt in texts:
        gold_path = txt.with_name(txt.stem + GOLD_SUFFIX)
        if not gold_path.exists():
            dataset.problems.append(
                DatasetProblem(
                    ProblemKind.ORPHAN_ARTICLE,
                    txt.relative_to(root).as_posix(),
                    f"no gold file {gold_path.name} beside it",
                )
            )
            continue
        item, problems = _load_item(root, txt, gold_path)
        dataset.problems += problems
        if item is not None:
            dataset.items.append(item)
    return dataset


def validate_dataset(root: Path) -> Dataset:
    """Load ``root`` for its problems; an empty ``problems`` list means the dataset is clean."""
    dataset = load_dataset(root)
    if not dataset.items and not dataset.problems:
        dataset.problems.append(
            DatasetProblem(ProblemKind.EMPTY_DATASET, ".", f"no {ARTICLE_SUFFIX} articles found")
        )
    return dataset

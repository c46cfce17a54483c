"""The eval harness: score backends x models x prompts against a hand-labelled dataset.

``dataset`` loads and validates a dataset folder, ``scoring`` applies the contract's
scoring rules, ``runner`` runs backends over the dataset, ``runs`` saves, loads and diffs
runs, and ``reports`` renders them (terminal, Markdown, HTML).
"""

from extractor.evals.dataset import Dataset, DatasetItem, load_dataset, validate_dataset
from extractor.evals.record import RunFile, RunOrigin, RunResult
from extractor.evals.runner import RunSpec, plan_runs, run_one
from extractor.evals.scoring import match_claims, score_article

__all__ = [
    "Dataset",
    "DatasetItem",
    "RunFile",
    "RunOrigin",
    "RunResult",
    "RunSpec",
    "load_dataset",
    "match_claims",
    "plan_runs",
    "run_one",
    "score_article",
    "validate_dataset",
]

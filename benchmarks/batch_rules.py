"""The offline rules backend through the batch runner: articles/s on 1 and 2 processes.

    PYTHONPATH=. .venv/bin/python benchmarks/batch_rules.py [--articles 10000] [--processes 1 2]

Articles are the repository's own eval and sample articles, repeated with a numbered
closing line so every one is new work (its own content hash). Each run extracts, grounds,
checks (ledger included) and stores into a fresh SQLite database; the parent process
stores while the pool's processes extract.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.articles import load_articles  # noqa: E402
from extractor.backends import BackendSettings, create_backend  # noqa: E402
from extractor.batch import BatchOptions, BatchRunner, BatchStore  # noqa: E402
from extractor.batch.engines import backend_factory  # noqa: E402
from extractor.ledger import default_ledger  # noqa: E402
from schemas import Article  # noqa: E402


def make_articles(count: int) -> list[Article]:
    base = load_articles([ROOT / "evals" / "articles", ROOT / "evals" / "samples"])
    articles = []
    for number in range(count):
        model = base[number % len(base)]
        text = f"{model.text.rstrip()}\n\n(Copy {number} for the benchmark.)\n"
        articles.append(model.model_copy(update={"text": text, "source": f"bench/{number}"}))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    articles = make_articles(args.articles)
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"{len(articles)} articles (mean {chars:.0f} characters), rules backend, checks on")
    print(f"{'processes':>9} {'articles/s':>10} {'seconds':>8} {'claims':>8}")
    with tempfile.TemporaryDirectory() as temp:
        for processes in args.processes:
            store = BatchStore(Path(temp) / f"p{processes}.sqlite")
            options = BatchOptions(processes=processes, ledger=default_ledger())
            runner = BatchRunner(
                store, create_backend("rules"), options,
                make_backend=backend_factory("rules", BackendSettings()),
            )  # fmt: skip
            started = time.perf_counter()
            summary = runner.run(articles)
            seconds = time.perf_counter() - started
            store.close()
            done = summary.totals.done
            print(f"{processes:>9} {done / seconds:>10.1f} {seconds:>8.1f} "
                  f"{summary.totals.claims:>8}")  # fmt: skip


if __name__ == "__main__":
    main()

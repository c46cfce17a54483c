"""Speed of the offline rules backend: articles/s on one core, peak memory, and scaling.

Builds ~3 KB articles from the labelled set (evals/articles), extracts them through the
whole pipeline (backend + grounding) on one process, and prints articles/s and peak
memory. Then times single articles of ~10 KB, ~100 KB and ~1 MB to show the time per KB
stays flat (linear time in the article length).

    python benchmarks/rules_speed.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date
from pathlib import Path

from extractor.articles import load_file
from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article

DATASET = Path(__file__).resolve().parents[1] / "evals" / "articles"


def corpus() -> list[str]:
    texts = [load_file(p)[0].text for p in sorted(DATASET.glob("*/*.txt"))]
    if not texts:
        raise SystemExit(f"no articles under {DATASET}")
    return texts


def articles_of_size(texts: list[str], size: int, count: int) -> list[Article]:
    """``count`` articles of about ``size`` characters, cut from the labelled texts."""
    joined = "\n\n".join(texts)
    made = []
    for i in range(count):
        start = (i * 997) % max(1, len(joined) - size)
        chunk = joined[start : start + size]
        chunk = chunk[chunk.find("\n") + 1 :] or chunk  # start at a paragraph
        # A distinct tail keeps every article's content id different.
        made.append(Article(text=f"{chunk}\n\nRef {i}.", published=date(2024, 6, 1)))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="~3 KB articles to time")
    args = parser.parse_args()
    backend = create_backend("rules")
    texts = corpus()

    batch = articles_of_size(texts, 3_000, args.articles)
    extract_article(batch[0], backend)  # warm up regex compilation
    started = time.perf_counter()
    claims = sum(len(extract_article(a, backend).claims) for a in batch)
    elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(batch)} articles of ~3 KB on one core: {len(batch) / elapsed:,.0f} articles/s "
          f"({elapsed * 1000 / len(batch):.2f} ms each, {claims:,} claims); "
          f"peak memory {peak_mib:.0f} MiB")  # fmt: skip

    print(f"{'size':>8} {'seconds':>9} {'ms per KB':>10} {'claims':>7}")
    for size in (10_000, 100_000, 1_000_000):
        article = Article(text="\n\n".join(texts * (size // sum(map(len, texts)) + 1))[:size],
                          published=date(2024, 6, 1))  # fmt: skip
        started = time.perf_counter()
        extraction = extract_article(article, backend)
        elapsed = time.perf_counter() - started
        print(f"{size // 1000:>6} KB {elapsed:>9.3f} {elapsed * 1000 / (size / 1000):>10.3f} "
              f"{len(extraction.claims):>7}")  # fmt: skip


if __name__ == "__main__":
    main()

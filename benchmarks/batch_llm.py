"""Batch runner throughput against a loopback OpenAI-compatible server (no network).

    PYTHONPATH=. .venv/bin/python benchmarks/batch_llm.py [--articles 1000] [--latency 0.1]
        [--concurrency 1 8 32 64]

For each concurrency: 1,000 synthetic articles through ``BatchRunner`` (openai backend,
response cache off, checks on, a fresh SQLite database), printing achieved articles/s,
the ideal (concurrency / latency), their ratio, and the client's overhead per article:
CPU milliseconds this process spent per article, and wall milliseconds per article per
slot beyond the server's latency. Then a fully cached rerun (cache warmed by one run,
then the same articles into a fresh database): articles/s and the server's request count.
The server runs in its own process (see loopback_server.py) and stops by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.backends import BackendSettings  # noqa: E402
from extractor.batch import BatchOptions, BatchRunner, BatchStore, RateLimiter  # noqa: E402
from extractor.batch.engines import build_backend  # noqa: E402
from extractor.evals.prices import load_prices  # noqa: E402
from extractor.ledger import default_ledger  # noqa: E402
from schemas import Article  # noqa: E402


def make_articles(count: int) -> list[Article]:
    """Short daily-report articles, each with different figures (so each is its own work)."""
    articles = []
    for number in range(count):
        day = date(2023, 1, 1) + timedelta(days=number % 900)
        troops = 400 + (number * 37) % 900
        text = (
            f"Russia lost {troops:,} troops over the past 24 hours, the General Staff of the "
            f"Armed Forces of Ukraine said on {day:%B} {day.day}. The report also listed "
            f"{number % 17 + 3} tanks and {number % 23 + 5} artillery systems destroyed. "
            f"Fighting continued along the front line (bulletin {number})."
        )
        articles.append(Article(text=text, published=day + timedelta(days=1),
                                source=f"bench/{number:05d}.txt"))  # fmt: skip
    return articles


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("loopback_server.py")),
         "--latency", str(latency), "--max-seconds", "1200"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    line = server.stdout.readline().split()
    return server, f"http://127.0.0.1:{line[1]}/v1"


def server_requests(base_url: str) -> int:
    with urllib.request.urlopen(f"{base_url}/stats", timeout=10) as reply:
        return int(json.load(reply)["requests"])


def run_once(
    articles: list[Article], concurrency: int, base_url: str, db: Path, cache_dir: Path | None
) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of this process, articles done, failures)."""
    settings = BackendSettings(
        model="gpt-4o-mini",
        use_cache=cache_dir is not None,
        cache_dir=cache_dir,
        options={"base_url": base_url},
    )
    backend = build_backend("openai", settings, RateLimiter(), concurrency)
    store = BatchStore(db)
    options = BatchOptions(concurrency=concurrency, ledger=default_ledger(), prices=load_prices())
    runner = BatchRunner(store, backend, options)
    wall, cpu = time.perf_counter(), time.process_time()
    summary = runner.run(articles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    store.close()
    return wall, cpu, summary.totals.done, summary.totals.failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 64])
    args = parser.parse_args()
    articles = make_articles(args.articles)
    server, base_url = start_server(args.latency)
    try:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            print(f"{args.articles} articles, server latency {args.latency * 1000:.0f} ms, "
                  "cache off, checks on")  # fmt: skip
            print(
                f"{'concurrency':>11} {'articles/s':>10} {'ideal':>8} {'ratio':>6} "
                f"{'client CPU ms/article':>22} {'overhead ms/article/slot':>25} {'failed':>6}"
            )
            for concurrency in args.concurrency:
                wall, cpu, done, failed = run_once(
                    articles, concurrency, base_url, folder / f"c{concurrency}.sqlite", None
                )
                rate = done / wall
                ideal = concurrency / args.latency
                slot_ms = wall * concurrency / max(done, 1) * 1000 - args.latency * 1000
                cpu_ms = cpu / max(done, 1) * 1000
                print(
                    f"{concurrency:>11} {rate:>10.1f} {ideal:>8.1f} {rate / ideal:>6.2f} "
                    f"{cpu_ms:>22.2f} {slot_ms:>25.2f} {failed:>6}"
                )
            cache = folder / "cache"
            top = max(args.concurrency)
            run_once(articles, top, base_url, folder / "warm.sqlite", cache)
            before = server_requests(base_url)
            wall, cpu, done, failed = run_once(
                articles, top, base_url, folder / "cached.sqlite", cache
            )
            after = server_requests(base_url)
            print(f"cached rerun (fresh database, warm response cache): {done / wall:.0f} "
                  f"articles/s, {cpu / max(done, 1) * 1000:.2f} ms CPU/article, "
                  f"{after - before} server requests, {failed} failed")  # fmt: skip
            wall, cpu, done, failed = run_once(
                articles, top, base_url, folder / "cached.sqlite", cache
            )
            extra = server_requests(base_url) - after
            print(
                f"rerun into the same database: {len(articles)} articles skipped as done "
                f"in {wall * 1000:.0f} ms, {extra} server requests"
            )
    finally:
        with contextlib.suppress(OSError):  # it also stops by itself
            stop = urllib.request.Request(f"{base_url}/shutdown", method="POST")
            urllib.request.urlopen(stop, timeout=5).close()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

"""Run ``extractor`` with an extra backend, ``slow``: the batch tests kill this process.

    python slow_cli.py batch FOLDER --db DB --backend slow --concurrency 4

The ``slow`` backend is async (the LLM path of the runner) and answers after 10 ms with
one claim per figure sentence, so a job of a few hundred articles runs long enough to be
interrupted at a random point.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from batch_helpers import figure_claims  # noqa: E402

from extractor.backends import _REGISTRY, BackendSettings  # noqa: E402
from extractor.backends.base import BackendOutput  # noqa: E402
from extractor.cli import main  # noqa: E402
from schemas import Article  # noqa: E402


class SlowBackend:
    name = "slow"

    def __init__(self, settings: BackendSettings | None = None) -> None:
        self.settings = settings

    def extract(self, article: Article) -> BackendOutput:
        return BackendOutput(claims=figure_claims(article), model="slow-1")

    async def aextract(self, article: Article) -> BackendOutput:
        await asyncio.sleep(0.01)
        return self.extract(article)


_REGISTRY["slow"] = "slow_cli:SlowBackend"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

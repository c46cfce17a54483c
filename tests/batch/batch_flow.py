"""The Batch API flow the cassette records and the test replays: submit, status, collect x2.

Four articles: 0 gets a valid reply; 1 an invalid one first (re-asked, then valid); 2 a
server error first (re-submitted, then valid); 3 invalid twice (--max-retries 1: failed).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from batch_helpers import write_articles
from rich.console import Console

from extractor.backends import BackendSettings
from extractor.backends.llm import OpenAIBackend
from extractor.batch.api_commands import api_collect, api_status, api_submit
from extractor.batch.llm_requests import LeanLLMBackend
from extractor.batch.runner import BatchOptions
from extractor.batch.store import BatchStore

ENV = {"OPENAI_API_KEY": "sk-test"}
SETTINGS: dict[str, Any] = {"backend": "openai", "model": "gpt-4o-mini", "prompt": None,
                            "max_retries": 1, "options": {}}  # fmt: skip


def answer(article: int, attempt: int) -> str:
    if article == 1 and attempt == 1:
        return "invalid"
    if article == 2 and attempt == 1:
        return "error"
    return "invalid" if article == 3 else "valid"


def make_articles(folder: Path) -> Path:
    write_articles(folder, 4)
    return folder


def run_flow(folder: Path, db: Path, client: Any) -> list[str]:
    """The four commands; returns what each printed."""
    printed = []

    def console() -> Console:
        return Console(file=io.StringIO(), width=200, highlight=False, soft_wrap=True)

    backend = LeanLLMBackend(
        OpenAIBackend(BackendSettings(model="gpt-4o-mini", max_retries=1, use_cache=False), env=ENV)
    )
    store = BatchStore(db)
    out = console()
    try:
        code = api_submit(store, backend, [str(folder)], BatchOptions(settings=SETTINGS), out,
                          client=client)  # fmt: skip
    finally:
        store.close()
    printed.append(f"[{code}] " + out.file.getvalue())  # type: ignore[attr-defined]
    out = console()
    code = api_status(db, out, client=client)
    printed.append(f"[{code}] " + out.file.getvalue())  # type: ignore[attr-defined]
    for _ in range(2):
        out = console()
        code = api_collect(db, out, None, client=client)
        printed.append(f"[{code}] " + out.file.getvalue())  # type: ignore[attr-defined]
    return printed

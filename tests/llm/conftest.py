"""Fixtures for the LLM backend tests: cassette replay (record mode none), a dummy key."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
# The helper modules beside the tests (llm_*.py), and the checkout itself when the
# project is not installed into the environment.
for folder in (HERE, HERE.parents[1]):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from llm_cassettes import make_vcr  # noqa: E402

from extractor.backends import BackendSettings  # noqa: E402
from extractor.backends.llm import OpenAIBackend  # noqa: E402
from extractor.backends.llm.transport import RetryPolicy  # noqa: E402

TEST_ENV = {"OPENAI_API_KEY": "sk-test"}


class SleepRecorder:
    """Stands in for time.sleep / asyncio.sleep: records the waits, waits for nothing."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def replay() -> Callable[[str], Any]:
    """``with replay("clean") as cassette:``; an unmatched request raises, never goes out."""
    recorder = make_vcr("none")
    return lambda name: recorder.use_cassette(f"{name}.yaml")


@pytest.fixture
def make_backend(tmp_path: Path, sleeps: SleepRecorder) -> Iterator[Callable[..., OpenAIBackend]]:
    def build(
        options: dict[str, str] | None = None,
        *,
        use_cache: bool = False,
        cache_dir: Path | None = None,
        max_retries: int = 2,
        prompt: str | None = None,
        max_attempts: int = 3,
        **kwargs: Any,
    ) -> OpenAIBackend:
        settings = BackendSettings(
            model="gpt-4o-mini",
            prompt=prompt,
            max_retries=max_retries,
            use_cache=use_cache,
            cache_dir=cache_dir or tmp_path / "cache",
            options=options or {},
        )
        policy = RetryPolicy(
            max_attempts=max_attempts,
            initial_wait=0.01,
            max_wait=0.02,
            jitter=0.0,
            sleep=sleeps,
            async_sleep=sleeps.asleep,
        )
        return OpenAIBackend(settings, env=TEST_ENV, retry_policy=policy, **kwargs)

    yield build

"""Cache hits and misses, chunked long articles, the async path, and cassette hygiene."""

from __future__ import annotations

import asyncio
import json
import shutil
import stat
from pathlib import Path

import pytest
import yaml
from llm_articles import LONG_TEXT, daily_article, long_article
from llm_cassettes import CASSETTES

import prompts
from extractor.pipeline import extract_article
from schemas import Article, RejectionReason


def test_second_identical_call_is_served_from_cache_without_http(make_backend, replay, tmp_path):
    backend = make_backend(use_cache=True, cache_dir=tmp_path / "c")
    with replay("clean") as cassette:
        first = backend.extract(daily_article())
        second = backend.extract(daily_article())
    assert cassette.play_count == 1  # the second call made no request
    assert first.cached is False and second.cached is True
    assert second.claims == first.claims
    assert second.usage is not None and second.usage.requests == 0
    # A fresh backend object (a new process) finds the same entry on disk.
    with replay("clean") as cassette:
        third = make_backend(use_cache=True, cache_dir=tmp_path / "c").extract(daily_article())
    assert cassette.play_count == 0 and third.cached is True


def test_cache_directory_is_owner_only(make_backend, tmp_path):
    make_backend(use_cache=True, cache_dir=tmp_path / "deep" / "cache")
    mode = stat.S_IMODE((tmp_path / "deep" / "cache").stat().st_mode)
    assert mode == 0o700


def test_no_cache_asks_every_time(make_backend, replay, tmp_path):
    backend = make_backend(use_cache=False, cache_dir=tmp_path / "c")
    with replay("clean_twice") as cassette:
        backend.extract(daily_article())
        backend.extract(daily_article())
    assert cassette.play_count == 2
    assert not (tmp_path / "c").exists()


def test_changed_prompt_template_misses_the_cache(make_backend, replay, tmp_path, monkeypatch):
    templates = tmp_path / "prompts"
    shutil.copytree(prompts.PROMPTS_DIR / "claims", templates / "claims")
    monkeypatch.setattr(prompts, "PROMPTS_DIR", templates)
    cache_dir = tmp_path / "c"
    with replay("clean_twice") as cassette:
        before = make_backend(use_cache=True, cache_dir=cache_dir).extract(daily_article())
        again = make_backend(use_cache=True, cache_dir=cache_dir).extract(daily_article())
        assert cassette.play_count == 1 and again.cached
        v1 = templates / "claims" / "v1.j2"
        v1.write_text(v1.read_text().replace("each\nonce", "each exactly\nonce"))
        after = make_backend(use_cache=True, cache_dir=cache_dir).extract(daily_article())
    assert cassette.play_count == 2
    assert after.cached is False
    assert before.prompt is not None and after.prompt is not None
    assert before.prompt.name == after.prompt.name == "claims/v2"  # v2 extends the edited v1
    assert before.prompt.sha256 != after.prompt.sha256


def test_long_article_is_chunked_and_overlap_duplicates_merged(make_backend, replay):
    article = long_article()
    backend = make_backend({"chunk_chars": "300", "chunk_overlap": "120"})
    with replay("chunked") as cassette:
        output = backend.extract(article)
        assert cassette.play_count >= 3  # one request per chunk
        requests = cassette.play_count
    figures = sorted(c.value for c in output.claims if c.value is not None)
    assert figures == [14, 870, 402500]  # each once, although overlaps showed some twice
    assert output.usage is not None and output.usage.requests == requests
    with replay("chunked"):
        extraction = extract_article(article, make_backend({"chunk_chars": "300",
                                                            "chunk_overlap": "120"}))  # fmt: skip
    assert not [r for r in extraction.rejected if r.reason is RejectionReason.DUPLICATE]
    for claim in extraction.claims:  # grounded against the whole text, not the chunk
        assert claim.start is not None
        assert LONG_TEXT[claim.start : claim.end] == claim.evidence
    assert sorted(c.value for c in extraction.claims) == [14, 870, 402500]


def test_chunked_cassette_really_repeats_figures_across_chunks():
    # Guards the test above: without overlap duplicates it would prove nothing.
    recorded = yaml.safe_load((CASSETTES / "chunked.yaml").read_text())["interactions"]
    values = []
    for interaction in recorded:
        reply = json.loads(interaction["response"]["body"]["string"])
        arguments = reply["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
        values += [claim["value"] for claim in json.loads(arguments)["claims"]]
    assert len(values) > len(set(values)) == 3


def test_async_extraction_matches_sync(make_backend, replay):
    backend = make_backend()
    with replay("clean") as cassette:
        output = asyncio.run(backend.aextract(daily_article()))
    assert cassette.play_count == 1
    assert sorted(c.value for c in output.claims) == [9, 1020]
    assert output.usage is not None and output.usage.prompt_tokens == 950


def test_one_backend_serves_concurrent_tasks(make_backend, replay):
    base = daily_article().text
    articles = [
        Article(text=base.replace("1,020", f"1,0{n}0"), published="2024-02-14") for n in (3, 4, 5)
    ]
    backend = make_backend()

    async def run_all():
        return await asyncio.gather(*(backend.aextract(a) for a in articles))

    with replay("concurrent") as cassette:
        outputs = asyncio.run(run_all())
    assert cassette.play_count == 3
    # Each task got its own article's answer and its own usage, not a neighbour's.
    assert [[c.value for c in o.claims] for o in outputs] == [[1030], [1040], [1050]]
    assert all(o.usage is not None and o.usage.requests == 1 for o in outputs)
    assert [o.usage.completion_tokens for o in outputs if o.usage] == [60, 60, 60]


def test_async_rate_limit_uses_the_async_sleep(make_backend, replay, sleeps):
    with replay("rate_limit") as cassette:
        output = asyncio.run(make_backend().aextract(daily_article()))
    assert cassette.play_count == 2 and sleeps.waits == [7.0]
    assert len(output.claims) == 2


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_contains_credentials(path: Path):
    text = path.read_text().lower()
    for secret in ("authorization", "api-key", "bearer", "sk-test", "openai-organization"):
        assert secret not in text, f"{path.name} contains {secret!r}"


def test_every_cassette_is_used_by_some_test():
    here = Path(__file__).resolve().parent
    sources = "".join(p.read_text() for p in here.glob("test_*.py"))
    unused = [p.stem for p in CASSETTES.glob("*.yaml") if f'"{p.stem}"' not in sources]
    assert not unused

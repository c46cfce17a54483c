"""The OpenAI Batch API flow, replayed from a cassette in the API's wire format.

The cassette (record_batch_cassettes.py) holds the real requests the openai client sent:
file upload, batch create, batch retrieve, result file download. Replay never goes out.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import openai
import pytest
import yaml
from batch_flow import ENV, make_articles, run_flow

from extractor.batch.batch_api import PlannedRequest, split_files
from extractor.batch.llm_requests import PreparedRequests

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "llm"))

from llm_cassettes import make_vcr  # noqa: E402

CASSETTE = HERE / "cassettes" / "batch_api_flow.yaml"


@pytest.fixture
def replayed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    recorder = make_vcr("none")
    recorder.cassette_library_dir = str(CASSETTE.parent)
    folder = make_articles(tmp_path / "articles")
    db = tmp_path / "results.sqlite"
    with recorder.use_cassette(CASSETTE.name) as cassette:
        printed = run_flow(folder, db, openai.OpenAI(max_retries=0))
        assert cassette.all_played
    return db, printed


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_submit_status_and_collect_store_valid_articles_and_record_the_rest(
    replayed: tuple[Path, list[str]],
) -> None:
    db, printed = replayed
    submit, status, first, second = printed
    assert submit.startswith("[0]") and "4 articles as 4 requests in 1 batch(es)" in submit
    assert "batch_test1" in status and "in_progress" in status
    assert "stored 1 articles" in first and "re-submitted 3 requests" in first
    assert second.startswith("[1]") and "stored 2 articles" in second
    assert "1 articles failed" in second

    claims = query(db, "SELECT value, evidence, start, alignment FROM claims ORDER BY value")
    assert [c[0] for c in claims] == [500, 501, 502]  # reports 0, 1 and 2, grounded
    assert all(c[1].startswith("Russia lost") and c[2] == 0 and c[3] == "exact" for c in claims)
    failures = query(db, "SELECT kind, source, attempts FROM failures")
    assert [(k, Path(s).name, a) for k, s, a in failures] == [
        ("invalid_response", "report-00003.txt", 2)
    ]
    states = dict(query(db, "SELECT custom_id, state FROM api_requests"))
    assert sorted(states.values()) == sorted(
        ["done", "reasked", "done", "retried", "done", "reasked", "failed"]
    )
    batches = query(db, "SELECT batch_id, status, collected_at IS NOT NULL FROM api_batches")
    assert batches == [("batch_test1", "completed", 1), ("batch_test2", "completed", 1)]


def test_usage_counts_every_attempt_and_the_provenance_names_model_and_prompt(
    replayed: tuple[Path, list[str]],
) -> None:
    db, _ = replayed
    rows = query(db, "SELECT e.requests, e.prompt_tokens, e.extraction FROM extractions e "
                     "JOIN claims c USING (article_id, job_key) ORDER BY c.value")  # fmt: skip
    assert [r[0] for r in rows] == [1, 2, 2]  # the re-asked and the retried took two
    assert rows[1][1] == 701 + 701  # report 1's prompt tokens, both attempts
    provenance = json.loads(rows[0][2])["provenance"]
    assert provenance["model"] == "gpt-4o-mini" and provenance["prompt"]["name"] == "claims/v2"


def test_the_recorded_uploads_carry_one_request_per_article_chunk(
    replayed: tuple[Path, list[str]],
) -> None:
    db, _ = replayed
    interactions = yaml.safe_load(CASSETTE.read_text())["interactions"]
    uploads = [
        i["request"]["body"]
        for i in interactions
        if i["request"]["uri"].endswith("/v1/files") and i["request"]["method"] == "POST"
    ]
    lines = [json.loads(line) for body in uploads for line in body.splitlines()
             if line.startswith('{"custom_id"')]  # fmt: skip
    assert sorted(line["custom_id"] for line in lines) == sorted(
        custom for (custom,) in query(db, "SELECT custom_id FROM api_requests")
    )
    first = lines[0]
    assert first["method"] == "POST" and first["url"] == "/v1/chat/completions"
    assert first["body"]["tools"][0]["function"]["name"] == "ClaimsResponse"
    reask = next(line for line in lines if line["custom_id"].endswith(":2")
                 and any(m["role"] == "tool" for m in line["body"]["messages"]))  # fmt: skip
    assert "Validation Error" in reask["body"]["messages"][-1]["content"]


def _request(number: int, size: int) -> PlannedRequest:
    return PlannedRequest(f"a{number}:0:1", f"a{number}", 0, 1, 0, 10, 1, {"x": "y" * size})


def test_files_are_split_at_the_request_and_byte_limits() -> None:
    requests = [_request(n, 100) for n in range(10)]
    by_count = list(split_files(requests, max_requests=4, max_bytes=10_000))
    assert [len(group) for group in by_count] == [4, 4, 2]
    line_size = len(requests[0].line())
    by_bytes = list(split_files(requests, max_requests=50_000, max_bytes=3 * line_size))
    assert [len(group) for group in by_bytes] == [3, 3, 3, 1]
    assert all(sum(len(line) for _, line in g) <= 3 * line_size for g in by_bytes)
    with pytest.raises(ValueError):
        list(split_files([_request(0, 1000)], max_bytes=100))


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json"])
def test_prepared_bodies_are_what_instructor_builds(mode: str) -> None:
    from instructor.processing.response import handle_response_model

    from extractor.backends import BackendSettings
    from extractor.backends.llm import OpenAIBackend
    from prompts import render_prompt
    from schemas import Article, ClaimsResponse

    backend = OpenAIBackend(BackendSettings(options={"mode": mode}, use_cache=False), env=ENV)
    prepared = PreparedRequests(backend)
    article = Article(text="Russia lost 900 troops over the past 24 hours.")
    prompt = render_prompt(backend.config.prompt, article, article.text)
    _, expected = handle_response_model(
        ClaimsResponse, mode=backend.config.mode, messages=prompt.messages(),
        **backend.config.generation_params(),
    )  # fmt: skip
    assert prepared.body(prompt) == expected

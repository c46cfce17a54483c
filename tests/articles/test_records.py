"""JSON objects, JSON lists and JSONL feeds of article records."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import iter_articles, load_file
from extractor.errors import InputError
from schemas import Article

FileWriter = Callable[[str, str | bytes], Path]  # the `write` fixture


def record(text: str, **meta: object) -> dict[str, object]:
    return {"text": text, **meta}


def test_json_object_is_one_article_with_source_the_path(write: FileWriter) -> None:
    text = "  The ministry reported 8 helicopters lost.\n"
    path = write(
        "one.json",
        json.dumps(record(text, title="Helicopters", outlet="Example Wire", url="https://e/x")),
    )
    [article] = load_file(path)
    assert article.text == text  # kept exactly, leading spaces included
    assert (article.title, article.outlet, article.url) == (
        "Helicopters",
        "Example Wire",
        "https://e/x",
    )
    assert article.source == str(path)


@pytest.mark.parametrize("alias", ["published", "date", "published_at", "Date"])
def test_published_and_its_aliases(write: FileWriter, alias: str) -> None:
    path = write("dated.json", json.dumps(record("Body with 3 tanks.", **{alias: "2024-02-29"})))
    assert load_file(path)[0].published == date(2024, 2, 29)


def test_published_beats_date_alias(write: FileWriter) -> None:
    path = write("both.json", json.dumps(record("B.", date="2001-01-01", published="2024-04-04")))
    assert load_file(path)[0].published == date(2024, 4, 4)


def test_json_list_sources_are_numbered_from_one(write: FileWriter) -> None:
    items = [record("First text, 1 tank."), record("Second text, 2 tanks.", title="Two")]
    path = write("list.json", json.dumps(items))
    articles = load_file(path)
    assert [a.text for a in articles] == ["First text, 1 tank.", "Second text, 2 tanks."]
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2"]
    assert articles[1].title == "Two"


def test_bad_record_in_a_list_yields_one_error_and_others_load(write: FileWriter) -> None:
    items = [record("Good one."), {"title": "no text"}, record("Good three.")]
    path = write("mixed.json", json.dumps(items))
    results = list(iter_articles([path]))
    assert [type(r) for r in results] == [Article, InputError, Article]
    assert results[1].source == f"{path}#2"
    with pytest.raises(InputError, match="#2"):
        load_file(path)


def test_record_without_text_lists_its_fields(write: FileWriter) -> None:
    path = write("notext.json", json.dumps({"title": "T", "body": "the text is here"}))
    with pytest.raises(InputError, match=r"no 'text' field \(its fields: body, title\)"):
        load_file(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": 42}', "'text' must be a string"),
        ('{"text": "   "}', "empty"),
        ("[]", "list is empty"),
        ('"just a string"', "found a string"),
        ('["a string in a list"]', "found a string"),
        ('{"text": "T", "published": 20240123}', "not a date string"),
        ('{"text": "T", "published": "Jan 23"}', "'Jan 23'"),
        ("", "empty"),
    ],
)
def test_bad_json_records(write: FileWriter, content: str, message: str) -> None:
    path = write("bad.json", content)
    with pytest.raises(InputError, match=message):
        load_file(path)


def test_invalid_json_gives_line_and_column(write: FileWriter) -> None:
    path = write("broken.json", '{\n  "text": "x",\n  "title": oops\n}\n')
    with pytest.raises(InputError, match=r"not valid JSON: .*\(line 3, column 12\)"):
        load_file(path)


def test_jsonl_feed_one_record_per_line_blank_lines_skipped(write: FileWriter) -> None:
    lines = [json.dumps(record("Line one, 4 tanks.")), "", json.dumps(record("Line three."))]
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    articles = load_file(path)
    assert [a.text for a in articles] == ["Line one, 4 tanks.", "Line three."]
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#3"]


def test_jsonl_bad_line_among_good_ones(write: FileWriter) -> None:
    lines = [
        json.dumps(record("Good first.")),
        '{"text": "unterminated',
        json.dumps({"title": "no text"}),
        json.dumps(record("Good last.")),
    ]
    path = write("feed.ndjson", "\n".join(lines))
    results = list(iter_articles([path]))
    assert [type(r) for r in results] == [Article, InputError, InputError, Article]
    assert "line 2 is not valid JSON" in str(results[1])
    assert results[1].source == f"{path}#2"
    assert "no 'text' field" in str(results[2])
    assert results[3].text == "Good last."


def test_jsonl_undecodable_line_is_only_that_line(write: FileWriter) -> None:
    good = json.dumps(record("Fine.")).encode()
    path = write("latin.jsonl", good + b"\n" + b'{"text": "caf\xe9"}\n' + good + b"\n")
    results = list(iter_articles([path]))
    assert [type(r) for r in results] == [Article, InputError, Article]
    assert "line 2 is not UTF-8" in str(results[1])


def test_empty_jsonl_is_an_error(write: FileWriter) -> None:
    path = write("empty.jsonl", "\n  \n")
    with pytest.raises(InputError, match="no JSON lines"):
        load_file(path)


def test_binary_jsonl_is_one_error(write: FileWriter) -> None:
    path = write("blob.jsonl", b"\x00\x01\x02\n" * 50)
    results = list(iter_articles([path]))
    assert len(results) == 1
    assert "binary" in str(results[0])


def test_same_text_in_json_and_txt_has_same_id(write: FileWriter) -> None:
    text = "Identical body, 6 drones.\n"
    from_json = load_file(write("a.json", json.dumps(record(text, title="X"))))[0]
    from_txt = load_file(write("b.txt", text))[0]
    assert from_json.id == from_txt.id

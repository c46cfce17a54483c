"""The .txt/.md format: optional `key: value` header ended by `---`, text kept exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import load_file, parse_article_text
from extractor.errors import InputError

BODY = (
    "\nThe ministry said on Monday that 42 tanks were destroyed.\n\n"
    "  An indented second paragraph reports 1,204 tanks in total.  \n"
)
HEADER = (
    "title: Ministry reports tank losses\n"
    "outlet: Example Wire\n"
    "published: 2024-03-05\n"
    "url: https://wire.example.org/a/1\n"
    "---\n"
)


FileWriter = Callable[[str, str | bytes], Path]  # the `write` fixture


def test_header_sets_metadata_and_text_is_everything_after_separator() -> None:
    article = parse_article_text(HEADER + BODY, "a.txt")
    assert article.title == "Ministry reports tank losses"
    assert article.outlet == "Example Wire"
    assert article.published == date(2024, 3, 5)
    assert article.url == "https://wire.example.org/a/1"
    assert article.source == "a.txt"
    assert article.text == BODY


def test_offsets_in_the_file_body_are_offsets_in_the_text(write: FileWriter) -> None:
    path = write("offsets.txt", HEADER + BODY)
    article = load_file(path)[0]
    body = path.read_text(encoding="utf-8").split("---\n", 1)[1]
    for phrase in ("42 tanks", "1,204 tanks in total", "An indented", "\n\n  An"):
        assert article.text.index(phrase) == body.index(phrase)
        start = article.text.index(phrase)
        assert article.text[start : start + len(phrase)] == phrase


def test_file_without_header_is_all_text() -> None:
    raw = "Officials said 17 artillery systems were lost.\nNo header here.\n"
    article = parse_article_text(raw, "plain.txt")
    assert article.text == raw
    assert (article.title, article.outlet, article.published, article.url) == (None,) * 4


def test_header_like_lines_without_separator_are_plain_text() -> None:
    raw = "title: Looks like a header\npublished: 2024-01-01\nBut no separator line follows.\n"
    article = parse_article_text(raw, "x.txt")
    assert article.text == raw
    assert article.title is None


def test_prose_before_separator_means_no_header() -> None:
    raw = "Kyiv said: 42 tanks were lost.\n---\nA later section.\n"
    article = parse_article_text(raw, "x.txt")
    assert article.text == raw


def test_published_unknown_and_empty_values_are_none() -> None:
    raw = "title: T\noutlet: unknown\npublished: unknown\nurl:\n---\nText with 5 tanks.\n"
    article = parse_article_text(raw, "x.txt")
    assert article.published is None
    assert article.outlet is None
    assert article.url is None
    assert article.title == "T"


def test_unknown_keys_are_ignored_and_aliases_accepted() -> None:
    raw = "Author: Someone\nDate: 2023-11-02\nsection-name: World\n---\nBody with 3 tanks.\n"
    article = parse_article_text(raw, "x.txt")
    assert article.published == date(2023, 11, 2)
    assert article.text == "Body with 3 tanks.\n"


def test_explicit_published_wins_over_date_alias() -> None:
    raw = "date: 2020-01-01\npublished: 2024-02-02\n---\nBody.\n"
    assert parse_article_text(raw, "x.txt").published == date(2024, 2, 2)


def test_header_value_may_contain_colons_and_quotes() -> None:
    raw = 'title: "Front line: day 700"\nurl: https://e.example/x?a=1\n---\nBody.\n'
    article = parse_article_text(raw, "x.txt")
    assert article.title == "Front line: day 700"
    assert article.url == "https://e.example/x?a=1"


def test_markdown_front_matter(write: FileWriter) -> None:
    path = write("note.md", "---\ntitle: Weekly summary\npublished: 2024-05-06\n---\n# Heading\n")
    article = load_file(path)[0]
    assert article.title == "Weekly summary"
    assert article.published == date(2024, 5, 6)
    assert article.text == "# Heading\n"


def test_leading_separator_without_front_matter_is_an_empty_header() -> None:
    article = parse_article_text("---\nJust prose, 12 drones.\n", "x.md")
    assert article.text == "Just prose, 12 drones.\n"


@pytest.mark.parametrize("bad", ["23/01/2024", "2024-13-01", "yesterday"])
def test_bad_published_date_names_file_and_value(bad: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_article_text(f"published: {bad}\n---\nBody.\n", "dated.txt")
    assert caught.value.source == "dated.txt"
    assert bad in str(caught.value)
    assert str(caught.value).startswith("dated.txt: ")


def test_timestamp_published_keeps_the_date() -> None:
    raw = "published: 2024-01-23T10:00:00Z\n---\nBody.\n"
    assert parse_article_text(raw, "x.txt").published == date(2024, 1, 23)


def test_header_without_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text after the header"):
        parse_article_text("title: Only a header\n---\n  \n", "x.txt")


def test_windows_newlines_and_bom_are_normalised(write: FileWriter) -> None:
    unix = HEADER + BODY
    path = write("crlf.txt", b"\xef\xbb\xbf" + unix.replace("\n", "\r\n").encode("utf-8"))
    article = load_file(path)[0]
    assert article.text == BODY
    assert article.title == "Ministry reports tank losses"


def test_same_text_gives_same_id_whatever_the_metadata() -> None:
    first = parse_article_text("title: One\n---\nShared body, 9 tanks.\n", "a.txt")
    second = parse_article_text("Shared body, 9 tanks.\n", "b.txt")
    third = parse_article_text("Another body, 9 tanks.\n", "c.txt")
    assert first.id == second.id
    assert first.id != third.id

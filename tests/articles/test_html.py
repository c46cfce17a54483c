"""Saved web pages: main text and metadata via trafilatura."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import load_file, parse_html
from extractor.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"


FileWriter = Callable[[str, str | bytes], Path]  # the `write` fixture


def test_page_text_excludes_navigation_and_footer() -> None:
    [article] = load_file(FIXTURES / "wire-report.html")
    assert "42 tanks and 17 artillery systems" in article.text
    assert "1,204 tanks" in article.text
    for boilerplate in ("Subscribe now", "Cookie settings", "<p>", "Sport"):
        assert boilerplate not in article.text


def test_page_metadata() -> None:
    [article] = load_file(FIXTURES / "wire-report.html")
    assert article.title == "Defence ministry reports 42 tanks lost"
    assert article.outlet == "Example Wire"
    assert article.published == date(2024, 3, 5)
    assert article.url == "https://wire.example.org/world/2024/03/05/tanks-lost"
    assert article.source == str(FIXTURES / "wire-report.html")


def test_headline_is_metadata_not_text() -> None:
    [article] = load_file(FIXTURES / "wire-report.html")
    assert not article.text.startswith("Defence ministry reports")
    assert article.text.startswith("The defence ministry")


def test_page_without_article_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text found"):
        load_file(FIXTURES / "empty-page.html")


def test_declared_charset_is_honoured(write: FileWriter) -> None:
    paragraph = "Le ministère a déclaré que 31 chars avaient été détruits au cours de la journée."
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Rapport</title></head><body>'
        f"<article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    [article] = load_file(write("latin.htm", page.encode("latin-1")))
    assert "ministère a déclaré" in article.text


def test_html_string_can_be_parsed_directly() -> None:
    page = (FIXTURES / "wire-report.html").read_text(encoding="utf-8")
    article = parse_html(page, "inline")
    assert article.source == "inline"
    assert "17 artillery systems" in article.text

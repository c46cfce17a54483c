"""Every way a file can fail to load gives an InputError naming it, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.articles import SUPPORTED_SUFFIXES, iter_articles, load_file
from extractor.errors import InputError

FileWriter = Callable[[str, str | bytes], Path]  # the `write` fixture


def assert_input_error(path: Path, fragment: str) -> InputError:
    with pytest.raises(InputError) as caught:
        load_file(path)
    error = caught.value
    assert error.source == str(path)
    assert fragment in error.problem
    assert "\n" not in str(error)
    return error


def test_missing_file(tmp_path: Path) -> None:
    assert_input_error(tmp_path / "absent.txt", "no such file")


def test_directory_given_to_load_file(tmp_path: Path) -> None:
    assert_input_error(tmp_path, "is a directory")


@pytest.mark.parametrize("content", ["", "   \n\t\n", "title: T\n---\n"])
def test_empty_or_whitespace_only(write: FileWriter, content: str) -> None:
    error = assert_input_error(write("blank.txt", content), "")
    assert "empty" in error.problem or "no article text" in error.problem


def test_binary_content(write: FileWriter) -> None:
    assert_input_error(write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary")


def test_undecodable_latin1_bytes(write: FileWriter) -> None:
    error = assert_input_error(write("latin.txt", "Kyiv a déclaré".encode("latin-1")), "UTF-8")
    assert "0xe9" in error.problem


def test_unsupported_suffix_lists_supported_ones(write: FileWriter) -> None:
    error = assert_input_error(write("report.pdf", "not really a pdf"), "'.pdf'")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in error.problem


def test_file_without_suffix(write: FileWriter) -> None:
    assert_input_error(write("README", "some text"), "without a suffix")


def test_gold_file_given_directly_points_to_its_article(write: FileWriter) -> None:
    assert_input_error(write("case.gold.json", '{"claims": []}'), "case.txt")


def test_uppercase_suffix_is_supported(write: FileWriter) -> None:
    assert load_file(write("LOUD.TXT", "Body, 2 tanks."))[0].text == "Body, 2 tanks."


def test_iter_articles_yields_errors_and_keeps_going(write: FileWriter, tmp_path: Path) -> None:
    good = write("good.txt", "Fine text, 3 tanks.")
    bad = write("bad.txt", b"\xff\xfe broken")
    results = list(iter_articles([tmp_path / "missing.txt", bad, good]))
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Article"]
    assert results[0].source == str(tmp_path / "missing.txt")
    assert results[2].source == str(good)

"""Folders (recursive, sorted, skipping labels and hidden files), globs, and laziness."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from extractor.articles import iter_articles, load_articles
from extractor.errors import InputError
from schemas import Article

FileWriter = Callable[[str, str | bytes], Path]  # the `write` fixture


def sources(results: list[Article | InputError]) -> list[str]:
    return [r.source or "" for r in results]


def build_dataset(write: FileWriter) -> None:
    write("data/b.txt", "B text, 2 tanks.")
    write("data/b.gold.json", '{"claims": []}')
    write("data/a.md", "A text, 1 tank.")
    write("data/sub/c.json", json.dumps([{"text": "C1."}, {"text": "C2."}]))
    write("data/a-z/d.jsonl", json.dumps({"text": "D."}) + "\n")
    write("data/.hidden.txt", "hidden")
    write("data/.cache/e.txt", "hidden folder")
    write("data/notes.csv", "col\n1\n")


def test_folder_is_recursive_sorted_and_skips_labels_hidden_and_unsupported(
    write: FileWriter, tmp_path: Path
) -> None:
    build_dataset(write)
    data = tmp_path / "data"
    results = list(iter_articles([data]))
    assert all(isinstance(r, Article) for r in results)
    assert sources(results) == [
        str(data / "a-z" / "d.jsonl") + "#1",
        str(data / "a.md"),
        str(data / "b.txt"),
        str(data / "sub" / "c.json") + "#1",
        str(data / "sub" / "c.json") + "#2",
    ]


def test_folder_without_articles_is_one_error(write: FileWriter, tmp_path: Path) -> None:
    write("labels/x.gold.json", "{}")
    write("labels/.y.txt", "hidden")
    [error] = list(iter_articles([tmp_path / "labels"]))
    assert isinstance(error, InputError)
    assert error.source == str(tmp_path / "labels")
    assert "no article files" in error.problem


def test_glob_pattern_is_expanded_and_skips_gold_files(write: FileWriter, tmp_path: Path) -> None:
    build_dataset(write)
    results = list(iter_articles([str(tmp_path / "data" / "*.*")]))
    assert sources(results) == [str(tmp_path / "data" / "a.md"), str(tmp_path / "data" / "b.txt")]


def test_recursive_glob(write: FileWriter, tmp_path: Path) -> None:
    build_dataset(write)
    results = list(iter_articles([str(tmp_path / "data" / "**" / "*.json*")]))
    assert sources(results) == [
        str(tmp_path / "data" / "a-z" / "d.jsonl") + "#1",
        str(tmp_path / "data" / "sub" / "c.json") + "#1",
        str(tmp_path / "data" / "sub" / "c.json") + "#2",
    ]


def test_glob_without_matches_is_one_error(tmp_path: Path) -> None:
    pattern = str(tmp_path / "nothing-*.txt")
    [error] = list(iter_articles([pattern]))
    assert isinstance(error, InputError)
    assert error.source == pattern
    assert "no article files match" in error.problem


def test_existing_name_with_glob_characters_is_a_file(write: FileWriter) -> None:
    path = write("odd[1].txt", "Bracketed name, 5 tanks.")
    [article] = list(iter_articles([str(path)]))
    assert isinstance(article, Article)
    assert article.source == str(path)


def test_iter_articles_is_lazy(write: FileWriter, tmp_path: Path) -> None:
    write("lazy/a.txt", "First.")
    write("lazy/z/placeholder.txt", "Placeholder.")
    stream = iter_articles(p for p in [tmp_path / "lazy"])
    first = next(stream)
    assert isinstance(first, Article) and first.text == "First."
    # Files added to a folder not walked yet still appear: nothing was listed up front.
    write("lazy/z/late.txt", "Late.")
    rest = [r.text for r in stream if isinstance(r, Article)]
    assert rest == ["Late.", "Placeholder."]


def test_symlink_loop_does_not_recurse_forever(write: FileWriter, tmp_path: Path) -> None:
    write("loop/a.txt", "Only file.")
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")
    results = list(iter_articles([tmp_path / "loop"]))
    assert [r.text for r in results if isinstance(r, Article)] == ["Only file."]


def test_load_articles_raises_first_error(write: FileWriter, tmp_path: Path) -> None:
    write("mix/a.txt", "Good.")
    write("mix/b.txt", "")
    try:
        load_articles([tmp_path / "mix"])
    except InputError as error:
        assert error.source == str(tmp_path / "mix" / "b.txt")
    else:
        raise AssertionError("an empty article should raise")
    assert [a.text for a in load_articles([tmp_path / "mix" / "a.txt"])] == ["Good."]


def test_folder_walk_skips_the_folders_own_readme(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About this dataset\n\nIt has 42 articles.\n")
    (tmp_path / "a.txt").write_text("Russia lost 960 troops in a day, Kyiv said.\n")
    sources = [item.source for item in iter_articles([tmp_path])]
    assert sources == [str(tmp_path / "a.txt")]

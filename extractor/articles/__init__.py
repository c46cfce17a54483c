"""Load articles from files, folders and glob patterns.

Formats, by suffix:

- ``.txt``, ``.text``, ``.md``, ``.markdown``: an optional ``key: value`` header ended by a
  ``---`` line, then the text (see ``extractor.articles.text``);
- ``.json``: one object or a list of objects with ``text`` and metadata fields;
- ``.jsonl``, ``.ndjson``: one such object per line;
- ``.html``, ``.htm``: a saved page; main text and metadata found by trafilatura.

``iter_articles`` is what the CLI uses: it yields an InputError in place of anything that
cannot be loaded, so one bad file never stops the others. ``load_file`` and
``load_articles`` raise the first InputError instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.articles.common import check_is_file
from extractor.articles.discovery import (
    expand_glob,
    is_gold_file,
    looks_like_glob,
    walk_folder,
)
from extractor.articles.html_page import HTML_SUFFIXES, load_html_file, parse_html
from extractor.articles.records import (
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    iter_json_file,
    iter_jsonl_file,
    record_to_article,
)
from extractor.articles.text import TEXT_SUFFIXES, load_text_file, parse_article_text
from extractor.errors import InputError
from schemas import Article

SUPPORTED_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES

__all__ = [
    "SUPPORTED_SUFFIXES",
    "iter_articles",
    "iter_file",
    "load_articles",
    "load_file",
    "parse_article_text",
    "parse_html",
    "record_to_article",
]


def iter_file(path: Path, source: str | None = None) -> Iterator[Article | InputError]:
    """The articles in one file, by its suffix.

    Raises InputError for a problem with the whole file (missing, binary, unsupported...);
    yields one for a bad record in a JSON list or feed, so the other records still load.
    ``source`` defaults to the path as given.
    """
    source = str(path) if source is None else source
    if is_gold_file(path):
        stem = path.name[: -len(".gold.json")]
        raise InputError(
            source, f"is a gold label file, not an article; load {stem}.txt or its folder"
        )
    check_is_file(path, source)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield load_text_file(path, source)
    elif suffix in JSON_SUFFIXES:
        yield from iter_json_file(path, source)
    elif suffix in JSONL_SUFFIXES:
        yield from iter_jsonl_file(path, source)
    elif suffix in HTML_SUFFIXES:
        yield load_html_file(path, source)
    else:
        kind = f"'{suffix}'" if suffix else "a file without a suffix"
        raise InputError(
            source, f"unsupported file type {kind}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )


def load_file(path: Path | str) -> list[Article]:
    """Every article in one file; raises the first InputError (a bad record included)."""
    articles: list[Article] = []
    for item in iter_file(Path(path), str(path)):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def load_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Every article under ``paths`` (as ``iter_articles``); raises the first InputError."""
    articles: list[Article] = []
    for item in iter_articles(paths):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Articles from files, folders (recursive, sorted) and glob patterns, lazily.

    Folders skip hidden entries, unsupported files and ``*.gold.json`` labels. A pattern
    with ``*``, ``?`` or ``[`` that is not an existing path is expanded here (for shells
    that pass it on unmatched). Anything that cannot be loaded is yielded as an InputError.
    """
    for given in paths:
        yield from _iter_path(Path(given), str(given))


def _iter_path(path: Path, source: str) -> Iterator[Article | InputError]:
    if path.is_dir():
        yield from _iter_folder(path, source)
    elif not path.exists() and looks_like_glob(source):
        yield from _iter_glob(source)
    else:
        yield from _load_safely(path, source)


def _iter_folder(folder: Path, source: str) -> Iterator[Article | InputError]:
    found = False
    for file in walk_folder(folder, SUPPORTED_SUFFIXES):
        found = True
        yield from _load_safely(file, str(file))
    if not found:
        yield InputError(source, f"no article files in this folder ({_supported_list()})")


def _iter_glob(pattern: str) -> Iterator[Article | InputError]:
    found = False
    for match in expand_glob(pattern):
        if match.is_dir():
            files: Iterable[Path] = walk_folder(match, SUPPORTED_SUFFIXES)
        elif match.suffix.lower() in SUPPORTED_SUFFIXES and not is_gold_file(match):
            files = [match]
        else:
            continue
        for file in files:
            found = True
            yield from _load_safely(file, str(file))
    if not found:
        yield InputError(pattern, f"no article files match this pattern ({_supported_list()})")


def _load_safely(path: Path, source: str) -> Iterator[Article | InputError]:
    try:
        yield from iter_file(path, source)
    except InputError as error:
        yield error
    except Exception as error:  # a parser failing on one odd file must not end the run
        yield InputError(source, f"could not be read ({type(error).__name__}: {error})")


def _supported_list() -> str:
    return "looked for " + ", ".join(SUPPORTED_SUFFIXES)

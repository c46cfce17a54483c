"""Which files a path stands for: a file, a folder walked recursively, or a glob pattern."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

# Eval datasets keep hand labels as NAME.gold.json beside NAME.txt: labels, not articles.
GOLD_SUFFIX = ".gold.json"
_GLOB_CHARACTERS = frozenset("*?[")


# A folder's own documentation is not an article, even though .md is a supported format.
_FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice"})


def is_gold_file(path: Path) -> bool:
    return path.name.lower().endswith(GOLD_SUFFIX)


def is_folder_doc(path: Path) -> bool:
    return path.stem.lower() in _FOLDER_DOCS


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def looks_like_glob(text: str) -> bool:
    return any(character in _GLOB_CHARACTERS for character in text)


def expand_glob(pattern: str) -> list[Path]:
    """Paths matching ``pattern``, sorted. ``**`` spans folders; as in the shell, ``*``
    does not match names that start with a dot."""
    return [Path(match) for match in sorted(glob.glob(pattern, recursive=True))]


def walk_folder(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """Supported files under ``folder``, depth first, sorted by name at every level.

    Hidden files and folders, gold label files and README/LICENSE files are skipped.
    Symlinked folders are followed once each, so a link back up the tree cannot loop
    forever. Lazy: a big folder streams instead of being listed first.
    """
    yield from _walk(folder, suffixes, visited=set())


def _walk(folder: Path, suffixes: tuple[str, ...], visited: set[str]) -> Iterator[Path]:
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        # An unreadable subfolder holds nothing we can load; the caller reports an empty
        # top-level folder, and a permission problem on one subfolder should not stop the rest.
        return
    for entry in entries:
        if is_hidden(entry.name):
            continue
        path = folder / entry.name
        if entry.is_dir():
            yield from _walk(path, suffixes, visited)
        elif path.suffix.lower() in suffixes and not (is_gold_file(path) or is_folder_doc(path)):
            yield path

"""Shared steps of every loader: read bytes safely, decode them, build a validated Article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.errors import InputError
from schemas import Article

# Binary files are recognised by a NUL byte; text in UTF-8 never contains one.
_NUL = b"\x00"
_BOM = "\ufeff"


def check_is_file(path: Path, source: str) -> None:
    """An InputError unless ``path`` is an existing file."""
    if not path.exists():
        raise InputError(source, "no such file or directory")
    if path.is_dir():
        raise InputError(source, "is a directory; pass the folder to iter_articles to load it")


def read_bytes(path: Path, source: str) -> bytes:
    """The file's bytes, or an InputError saying why it cannot be read."""
    check_is_file(path, source)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read the file: {exc.strerror or exc}") from None


def reject_binary(data: bytes, source: str) -> None:
    """An InputError for content with NUL bytes (an image, PDF, archive...), not text."""
    if _NUL in data:
        raise InputError(source, "looks like a binary file (it contains NUL bytes), not text")


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text with newlines normalised to ``\\n``.

    Newlines are normalised the way Python's text mode reads files, so offsets are the
    same whether the file was saved with Windows or Unix line endings. A leading byte
    order mark is dropped: it is not part of the text. Nothing else is changed.
    """
    reject_binary(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            source,
            f"is not UTF-8 text (byte 0x{bad} at position {exc.start}); re-save it as UTF-8",
        ) from None
    text = text.removeprefix(_BOM)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_article(text: str, source: str, meta: dict[str, Any]) -> Article:
    """A validated Article, or an InputError naming the field and value that are wrong.

    ``meta`` holds the contract's metadata fields (title, outlet, published, url); None or
    missing means unknown.
    """
    if not text.strip():
        raise InputError(source, "the article text is empty")
    published = meta.get("published")
    if published is not None and not isinstance(published, str):
        # pydantic would read a bare number as a Unix timestamp: refuse it instead.
        raise InputError(source, f"'published' is not a date string (YYYY-MM-DD): {published!r}")
    try:
        return Article(text=text, source=source, **meta)
    except ValidationError as exc:
        raise InputError(source, describe_validation_error(exc)) from None


def describe_validation_error(exc: ValidationError) -> str:
    """One line for the first problem pydantic found, in the words of the file's fields."""
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error["loc"]) or "record"
    value = error.get("input")
    if field == "published":
        return f"'published' is not a date (expected YYYY-MM-DD or 'unknown'): {value!r}"
    return f"'{field}' is invalid ({error['msg']}): {value!r}"


# The contract's metadata fields and the other names feeds and headers use for them.
# The first name present wins, so an explicit "published" beats a "date" beside it.
METADATA_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "sitename", "site_name", "publisher"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate"),
    "url": ("url", "link"),
}


def pick_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    """The contract's metadata from ``fields`` (keys lower-case), ignoring unknown keys."""
    meta: dict[str, Any] = {}
    for name, aliases in METADATA_ALIASES.items():
        for alias in aliases:
            if fields.get(alias) is not None:
                meta[name] = fields[alias]
                break
    return meta

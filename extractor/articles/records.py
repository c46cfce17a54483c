"""Articles as JSON records: a ``.json`` object or list, or a ``.jsonl`` feed of one per line.

A record is an object with ``text`` and optional metadata (``title``, ``outlet``,
``published`` — or ``date``/``published_at`` —, ``url``); other fields are ignored.
``text`` is used exactly as given (no newline normalisation): the producer of the record
chose it, and offsets count into it. Each record's source is ``path#N``: its 1-based
position in a list, or its line number in a feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extractor.articles.common import (
    check_is_file,
    decode_text,
    make_article,
    pick_metadata,
    read_bytes,
    reject_binary,
)
from extractor.errors import InputError
from schemas import Article

JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# A feed is checked for binary content in its first block only, so big feeds still stream.
_SNIFF_BYTES = 8192
_JSON_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "null",
}


def _json_type(value: Any) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def record_to_article(record: Any, source: str) -> Article:
    """An Article from one decoded JSON record, or an InputError saying what is missing."""
    if not isinstance(record, dict):
        raise InputError(
            source, f"expected an object with a 'text' field, found {_json_type(record)}"
        )
    fields = {str(key).lower(): value for key, value in record.items()}
    text = fields.get("text")
    if text is None:
        present = ", ".join(sorted(str(key) for key in record)) or "none"
        raise InputError(source, f"the record has no 'text' field (its fields: {present})")
    if not isinstance(text, str):
        raise InputError(source, f"'text' must be a string, found {_json_type(text)}")
    return make_article(text, source, pick_metadata(fields))


def iter_json_file(path: Path, source: str) -> Iterator[Article | InputError]:
    """The records of a ``.json`` file: one object, or a list of objects.

    Raises InputError for a problem with the whole file; yields one for a bad record in a
    list, so the other records still load.
    """
    raw = decode_text(read_bytes(path, source), source)
    if not raw.strip():
        raise InputError(source, "the file is empty")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    if isinstance(value, list):
        if not value:
            raise InputError(source, "the JSON list is empty: there are no articles in it")
        for number, record in enumerate(value, start=1):
            yield _load_record(record, f"{source}#{number}")
    elif isinstance(value, dict):
        yield record_to_article(value, source)
    else:
        raise InputError(
            source, f"expected a JSON object or a list of objects, found {_json_type(value)}"
        )


def iter_jsonl_file(path: Path, source: str) -> Iterator[Article | InputError]:
    """The records of a ``.jsonl`` feed, read line by line; blank lines are skipped.

    A bad line yields one InputError (source ``path#LINE``) and the other lines still load.
    """
    _reject_binary_feed(path, source)
    found_any = False
    try:
        with path.open("rb") as stream:
            for number, line in enumerate(stream, start=1):
                if number == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if not line.strip():
                    continue
                found_any = True
                yield _load_line(line, number, f"{source}#{number}")
    except OSError as exc:
        raise InputError(source, f"cannot read the file: {exc.strerror or exc}") from None
    if not found_any:
        raise InputError(source, "the file is empty: there are no JSON lines in it")


def _reject_binary_feed(path: Path, source: str) -> None:
    """Fail early, for the whole feed, if it is missing, a folder or binary."""
    check_is_file(path, source)
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(source, f"cannot read the file: {exc.strerror or exc}") from None
    reject_binary(head, source)


def _load_line(line: bytes, number: int, source: str) -> Article | InputError:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = line[exc.start : exc.start + 1].hex()
        return InputError(source, f"line {number} is not UTF-8 text (byte 0x{bad})")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(
            source, f"line {number} is not valid JSON: {exc.msg} (column {exc.colno})"
        )
    return _load_record(record, source)


def _load_record(record: Any, source: str) -> Article | InputError:
    try:
        return record_to_article(record, source)
    except InputError as error:
        return error

"""Plain-text and Markdown articles: an optional ``key: value`` header ended by ``---``.

The contract's layout::

    title: Example headline
    outlet: Example Wire
    published: 2024-01-23
    url: unknown
    ---
    The article text; claim offsets count from its first character.

Markdown front matter (a ``---`` line, then the same ``key: value`` lines, then ``---``)
is read the same way. Everything after the closing ``---`` line is kept exactly as it is,
leading and trailing whitespace included, so offsets into the file body are offsets into
``Article.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extractor.articles.common import decode_text, make_article, pick_metadata, read_bytes
from extractor.errors import InputError
from schemas import Article

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")

# Keys are short identifiers ("title", "published_at"); prose such as "Kyiv said: ..." has
# a space before its colon and so never passes for a header line.
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]{0,39})[ \t]*:(.*)$")
_SEPARATOR = "---"
_QUOTES = ('"', "'")


@dataclass(frozen=True)
class SplitArticle:
    """A file split at its header: the raw header fields and the text after ``---``."""

    fields: dict[str, str]
    body: str


def split_header(raw: str) -> SplitArticle:
    """Split ``raw`` into header fields and body; without a valid header all of it is body.

    A header is a run of ``key: value`` lines (blank lines allowed) ended by a ``---`` line.
    If any line before the ``---`` is not ``key: value``, or no ``---`` follows, the file
    has no header. A file whose first line is ``---`` is tried as front matter first; if
    that fails, the first line is an empty header and the text starts after it.
    """
    starts_with_separator = _line_at(raw, 0)[0].strip() == _SEPARATOR
    start = _line_at(raw, 0)[1] if starts_with_separator else 0
    parsed = _parse_header_lines(raw, start)
    if parsed is not None:
        return parsed
    if starts_with_separator:
        return SplitArticle(fields={}, body=raw[start:])
    return SplitArticle(fields={}, body=raw)


def _line_at(raw: str, pos: int) -> tuple[str, int]:
    """The line starting at ``pos`` (without its newline) and where the next line starts."""
    end = raw.find("\n", pos)
    if end == -1:
        return raw[pos:], len(raw)
    return raw[pos:end], end + 1


def _parse_header_lines(raw: str, pos: int) -> SplitArticle | None:
    fields: dict[str, str] = {}
    while pos < len(raw):
        line, next_pos = _line_at(raw, pos)
        if line.strip() == _SEPARATOR:
            return SplitArticle(fields=fields, body=raw[next_pos:])
        if line.strip():
            match = _HEADER_LINE.match(line.strip())
            if match is None:
                return None
            key = match.group(1).lower().replace("-", "_")
            fields[key] = _unquote(match.group(2).strip())
        pos = next_pos
    return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        return value[1:-1]
    return value


def parse_article_text(raw: str, source: str) -> Article:
    """An Article from the text of a ``.txt``/``.md`` file (see the module docstring).

    Raises InputError naming ``source`` when the text is empty or a header value is bad
    (for example ``published: 23/01/2024``).
    """
    split = split_header(raw)
    if split.fields and not split.body.strip():
        raise InputError(source, "there is no article text after the header's '---' line")
    return make_article(split.body, source, pick_metadata(dict(split.fields)))


def load_text_file(path: Path, source: str) -> Article:
    """A ``.txt``/``.md`` file as one Article."""
    return parse_article_text(decode_text(read_bytes(path, source), source), source)

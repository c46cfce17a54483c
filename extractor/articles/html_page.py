"""Saved web pages: the main text and metadata, found by trafilatura (not by tag stripping).

trafilatura drops navigation, footers and comments, and reads the title, publication date,
canonical URL and site name from the page's markup. Its text has one paragraph per line.
When the text begins with the headline (pages repeat their <h1>), that line is dropped:
the contract keeps the title as metadata, not as text to extract claims from.
"""

from __future__ import annotations

import logging
from pathlib import Path

from extractor.articles.common import make_article, read_bytes, reject_binary
from extractor.errors import InputError
from schemas import Article

HTML_SUFFIXES = (".html", ".htm")

# On a page with no article, trafilatura falls back to whatever text is left, such as a
# navigation link ("Home"). Fewer words than this is taken to mean: no article here.
MIN_ARTICLE_WORDS = 5


def parse_html(page: bytes | str, source: str) -> Article:
    """An Article from the HTML of a page; InputError when no article text is found.

    Bytes are passed on undecoded so trafilatura can honour the page's declared charset.
    """
    # Imported here: trafilatura takes ~0.1 s to import, and most runs load no HTML.
    import trafilatura

    # It logs "discarding data" and similar warnings for ordinary pages; the loader
    # reports what matters itself, as an InputError.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if isinstance(page, bytes):
        reject_binary(page, source)
    try:
        document = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # a third-party parser: any failure of it means bad input
        raise InputError(source, f"could not parse the HTML page: {exc}") from None
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(source, "no article text found in the HTML page")
    title = _clean(getattr(document, "title", None))
    text = _drop_leading_title(text, title)
    outlet = _clean(getattr(document, "sitename", None)) or _clean(
        getattr(document, "hostname", None)
    )
    meta = {
        "title": title,
        "outlet": outlet,
        "published": _clean(getattr(document, "date", None)),
        "url": _clean(getattr(document, "url", None)),
    }
    return make_article(text, source, meta)


def load_html_file(path: Path, source: str) -> Article:
    """A saved ``.html``/``.htm`` page as one Article."""
    return parse_html(read_bytes(path, source), source)


def _clean(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


def _drop_leading_title(text: str, title: str | None) -> str:
    if title is None:
        return text
    first, newline, rest = text.partition("\n")
    if newline and first.strip() == title and rest.strip():
        return rest
    return text

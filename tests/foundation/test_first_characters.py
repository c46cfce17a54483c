"""A pattern compiled with its first characters finds what re's own compile finds."""

from __future__ import annotations

import random
import re

import pytest

from extractor.first_characters import _first_members, compiled
from tests.foundation.test_prefilter import all_patterns, texts


def _matches(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.regs, m.lastgroup) for m in pattern.finditer(text)]


def test_every_pattern_finds_the_same_matches() -> None:
    patterns = [p for p in all_patterns() if isinstance(p.pattern, str)]
    sets = 0
    for pattern in patterns:
        quick = compiled(pattern.pattern, pattern.flags)
        assert (quick.pattern, quick.flags) == (pattern.pattern, pattern.flags)
        sets += _first_members(re._parser.parse(pattern.pattern, pattern.flags),  # type: ignore[attr-defined]
                               pattern.flags | re.UNICODE) is not None  # fmt: skip
        for text in texts()[::3]:
            assert _matches(quick, text) == _matches(pattern, text), pattern.pattern
    assert sets > 20  # most patterns open with \b or an alternation


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\b(?:in|over)\s+the\s+past\b", re.I | re.A), (r"(?:a|b)?c|\d+x", 0),
     (r"(?<!\w)(?=k)kelvin|(?:q|)z", re.I), (r"(?:\s*,)?\s+and\b", re.A),
     (r"[A-F]{2}|(?i:g)h", re.A), (r"\b(?:[a-z]+){0,2}y", 0), (r"(?>ab|a)c|ſ", re.I),
     (r"x?(?:(?P<g>ab)|(?P<h>c+d)|\bq)(?:y|(?:z)+k)?", re.I | re.A),
     (r"^(?:\s*(?:a|b)\s+){0,3}(?:(?P<k>kq)|(?P<z>z(?=a)))", re.A),
     (r"(?<=(?:a|b))(?:(?:c)|d+)|(?!a)(?:(?:x)|(?:y)*z)", 0)],
)  # fmt: skip
def test_made_up_patterns_find_the_same_matches(pattern: str, flags: int) -> None:
    plain, quick = re.compile(pattern, flags), compiled(pattern, flags)
    rng = random.Random(5)
    alphabet = "abcdefghkqxyzABCGKQZ ,\u212a\u017f9-"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        text = text.replace("p", " past ")
        assert _matches(quick, text) == _matches(plain, text), (pattern, text)
        assert [m.span() for m in quick.finditer(text, 2)] == [
            m.span() for m in plain.finditer(text, 2)
        ]
        for start in range(len(text)):  # anchored: the alternations' lookaheads at work
            found, want = quick.match(text, start), plain.match(text, start)
            assert (found and found.regs) == (want and want.regs), (pattern, text, start)


def test_a_set_is_made_only_when_it_is_known() -> None:
    def members(pattern: str, flags: int = 0) -> object:
        return _first_members(re._parser.parse(pattern, flags), flags | re.UNICODE)  # type: ignore[attr-defined]

    assert members(r"\b(?:in|over)\s") is not None
    assert members(r"\b(?:in|over)\s", re.I) is None  # "k" and the Kelvin sign...
    assert members(r"\b(?:in|over)\s", re.I | re.A) is not None
    assert members(r"a?") is None  # matches the empty string
    assert members(r".x|y") is None
    assert members(r"abc") is None  # re's own literal prefix

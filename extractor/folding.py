"""Case folding that agrees with re's IGNORECASE, for quick literal tests.

``fold(text)`` lower-cases ``text`` so that a character re matches to an ASCII letter
with IGNORECASE folds to that letter, and keeps the text's length and word boundaries:
a search for lower-case ASCII words in the folded text finds them where an IGNORECASE
search of the text would (tests/foundation/test_prefilter.py checks every code point).
"""

from __future__ import annotations

# Characters that IGNORECASE matches to an ASCII letter although str.lower() does not map
# them to it ("İ".lower() is two characters).
_CASE_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    if not text.isascii():
        text = text.translate(_CASE_EQUIVALENTS)
    return text.lower()

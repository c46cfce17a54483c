"""Case folding that agrees with re's IGNORECASE, for quick literal tests and searches.

``fold(text)`` lower-cases ``text`` so that a character re matches to an ASCII letter
with IGNORECASE folds to that letter, and keeps the text's length and word boundaries:
a search for lower-case ASCII words in the folded text finds them where an IGNORECASE
search of the text would (tests/foundation/test_prefilter.py checks every code point).

``folded_twin(pattern)`` is an IGNORECASE pattern made case-sensitive, to search in the
folded text instead: the same matches at the same offsets, found several times faster
(re skips a case-sensitive alternative at its first letter, but enters every IGNORECASE
one).
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's opcodes (Python's own re internals)
from re import _parser as sre_parse
from typing import Any

# Characters that IGNORECASE matches to an ASCII letter although str.lower() does not map
# them to it ("İ".lower() is two characters).
_CASE_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    if not text.isascii():
        text = text.translate(_CASE_EQUIVALENTS)
    return text.lower()


# Pattern syntax copied as written: an escape (\S is not \s) and a group's name.
_VERBATIM = re.compile(r"\\(?:N\{[^}]*\}|.)|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (IGNORECASE) as a case-sensitive pattern over ``fold(text)``, or None
    when it cannot be one (a case-sensitive part, a back-reference, a cased letter other
    than ASCII).

    The twin is the pattern with its ASCII letters lower-cased, accepted only if re parses
    it into the same items but for those letters: then each item matches a character of
    the text exactly when it matches its fold (ASCII letters by ``fold``'s contract; every
    other character, \\w, \\s, \\d and \\b are unchanged by folding).
    """
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern
    pieces, end = [], 0
    for verbatim in _VERBATIM.finditer(source):
        pieces += [source[end : verbatim.start()].lower(), verbatim.group(0)]
        end = verbatim.end()
    flags = pattern.flags & ~re.IGNORECASE
    try:
        twin = re.compile("".join(pieces) + source[end:].lower(), flags)
        same = _same_but_case(
            list(sre_parse.parse(source, pattern.flags)), list(sre_parse.parse(twin.pattern, flags))
        )
    except (re.error, _Differs):
        return None
    return twin if same else None


class _Differs(Exception):
    pass


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char.upper()


def _folds_to(original: int, twin: int) -> bool:
    """Does a literal of the IGNORECASE pattern match what its twin matches in the fold?"""
    if 0x41 <= original <= 0x5A:  # A-Z
        return twin == original + 0x20
    return twin == original and (original < 0x80 or not _cased(original))


def _same_range(original: tuple[int, int], twin: tuple[int, int]) -> bool:
    low, high = original
    if 0x41 <= low <= high <= 0x5A:
        return twin == (low + 0x20, high + 0x20)
    # a-z, or characters without case (in any other range IGNORECASE adds variants)
    return twin == original and (
        0x61 <= low <= high <= 0x7A or not any(map(_cased, range(low, high + 1)))
    )


def _same_but_case(original: list[tuple[Any, Any]], twin: list[tuple[Any, Any]]) -> bool:
    if len(original) != len(twin):
        return False
    for (op, av), (twin_op, twin_av) in zip(original, twin, strict=True):
        if op is not twin_op:
            return False
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _folds_to(av, twin_av):
                return False
        elif op is sre.RANGE:
            if not _same_range(av, twin_av):
                return False
        elif op is sre.IN:
            if not _same_but_case(av, twin_av):
                return False
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if add_flags or del_flags or group != twin_av[0]:
                return False  # an inline flag may make a part case-sensitive
            if not _same_but_case(list(body), list(twin_av[3])):
                return False
        elif op is sre.BRANCH:
            branches, twins = av[1], twin_av[1]
            if len(branches) != len(twins) or not all(
                _same_but_case(list(b), list(t)) for b, t in zip(branches, twins, strict=True)
            ):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[:2] != twin_av[:2] or not _same_but_case(list(av[2]), list(twin_av[2])):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if av[0] != twin_av[0] or not _same_but_case(list(av[1]), list(twin_av[1])):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _same_but_case(list(av), list(twin_av)):
                return False
        elif op in (sre.AT, sre.ANY, sre.CATEGORY, sre.NEGATE):
            if av != twin_av:
                return False
        else:  # back-references, conditionals: IGNORECASE compares them differently
            raise _Differs(op)
    return True

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
import sys
from collections.abc import Iterator
from itertools import chain
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from extractor.first_characters import compiled

# Characters that IGNORECASE matches to an ASCII letter although str.lower() does not map
# them to it ("İ".lower() is two characters).
_CASE_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    # (translate reads every character through the table: some ten times slower than the
    # tests for the three characters it maps, which few texts hold)
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
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
    return compiled(twin.pattern, flags) if same else None


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


# ASCII text: re's ASCII mode tests \w, \b, \d and case by table, far quicker than by the
# Unicode database, and it reads ASCII text as Unicode mode does but for \s, which there
# also matches the separators \x1c-\x1f: a twin adds them back wherever \s stands.
_SEPARATORS = (sre.RANGE, (0x1C, 0x1F))


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` in ASCII mode: in a text of ASCII characters (``str.isascii()``), the
    same matches with the same groups, found quicker; None when it cannot be (a cased
    character beyond ASCII, which Unicode mode may match to an ASCII letter: K to "K").
    """
    flags = (pattern.flags & ~re.UNICODE) | re.ASCII
    try:
        tree = sre_parse.parse(pattern.pattern, flags)
        _to_ascii(tree.data)
        _hoist_boundaries(tree.data)
        _by_first_character(tree.data, bool(flags & re.IGNORECASE))
        return compiled(tree, flags)
    except (re.error, ValueError, _Differs):
        return None


def _to_ascii(items: list[tuple[Any, Any]]) -> None:
    """Make each \\s of a parsed sequence match \\x1c-\\x1f too; raise _Differs when ASCII
    mode would read an ASCII text otherwise than Unicode mode does."""
    for position, (op, av) in enumerate(items):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            _check_uncased(av, av)
        elif op is sre.IN:
            items[position] = (op, _ascii_set(av))
        elif op is sre.SUBPATTERN:
            _to_ascii(av[3].data)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _to_ascii(branch.data)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _to_ascii(av[2].data)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _to_ascii(av[1].data)
        elif op is sre.ATOMIC_GROUP:
            _to_ascii(av.data)
        elif op is sre.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _to_ascii(branch.data)
        elif op not in (sre.AT, sre.ANY, sre.GROUPREF, sre.GROUPREF_IGNORE):
            raise _Differs(op)


def _hoist_boundaries(items: list[tuple[Any, Any]]) -> None:
    """Take a \\b that opens consecutive options of an alternation out of them:
    "\\bsince\\s+then|\\bin\\s+total" as "\\b(?:since\\s+then|in\\s+total)". re enters
    every option that opens with \\b to test it; out of them, the options are grouped by
    their first letter (``_by_first_character``) and most are passed over at once.

    The matches are the same: a \\b (or another test of the place) before each option of a
    run, tried in turn, is that test once before the run's options, tried in turn.
    """
    for op, av in items:
        if op is sre.SUBPATTERN:
            _hoist_boundaries(av[3].data)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _hoist_boundaries(branch.data)
            av[1][:] = _hoisted(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _hoist_boundaries(av[2].data)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _hoist_boundaries(av[1].data)
        elif op is sre.ATOMIC_GROUP:
            _hoist_boundaries(av.data)


def _hoisted(branches: list[Any]) -> list[Any]:
    hoisted: list[Any] = []
    run: list[Any] = []  # consecutive options that open with the same test of their place
    for branch in [*branches, None]:
        first = branch.data[0] if branch is not None and branch.data else None
        if run and first == run[0].data[0]:
            run.append(branch)
            continue
        if len(run) > 1:
            rests = [sre_parse.SubPattern(option.state, option.data[1:]) for option in run]
            hoisted.append(sre_parse.SubPattern(run[0].state, [run[0].data[0],
                                                               (sre.BRANCH, (None, rests))]))
        else:
            hoisted += run
        run = [branch] if first is not None and first[0] is sre.AT else []
        if branch is not None and not run:
            hoisted.append(branch)
    return hoisted


def _by_first_character(items: list[tuple[Any, Any]], ignorecase: bool) -> None:
    """Group each alternation's options by their first character, as a trie: "said|says|
    reported" as "sa(?:id|ys)|reported". re tries every option at each place (an
    IGNORECASE one in full), but a group whose character is not there only once.

    The matches are the same: options whose first characters differ never both match at
    one place, and those of a group keep their order; an option that does not open with
    an ASCII character keeps its place among all the others.
    """
    for op, av in items:
        if op is sre.SUBPATTERN:
            _by_first_character(av[3].data, _ignoring_case(av, ignorecase))
        elif op is sre.BRANCH:
            for branch in av[1]:
                _by_first_character(branch.data, ignorecase)
            av[1][:] = _grouped(av[1], ignorecase)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _by_first_character(av[2].data, ignorecase)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _by_first_character(av[1].data, ignorecase)
        elif op is sre.ATOMIC_GROUP:
            _by_first_character(av.data, ignorecase)


def _ignoring_case(av: Any, ignorecase: bool) -> bool:
    """IGNORECASE inside a group: (?i:...) sets it, (?-i:...) clears it."""
    _, add, remove, _ = av
    return (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE


def _grouped(branches: list[Any], ignorecase: bool) -> list[Any]:
    grouped: list[Any] = []
    run: dict[str, list[Any]] = {}  # options by first character, since the last other one
    for branch in [*branches, None]:
        first = branch.data[0] if branch is not None and branch.data else None
        if first is not None and first[0] is sre.LITERAL and first[1] < 0x80:
            key = chr(first[1]).lower() if ignorecase else chr(first[1])
            run.setdefault(key, []).append(branch)
            continue
        for options in run.values():
            if len(options) == 1:
                grouped.append(options[0])
                continue
            # The options' rests grouped in turn: a trie's next level ("s(?:a(?:id|ys))").
            rests = _grouped([sre_parse.SubPattern(o.state, o.data[1:]) for o in options],
                             ignorecase)  # fmt: skip
            then = rests[0].data if len(rests) == 1 else [(sre.BRANCH, (None, rests))]
            grouped.append(sre_parse.SubPattern(options[0].state, [options[0].data[0], *then]))
        run = {}
        if branch is not None:
            grouped.append(branch)
    return grouped


def _ascii_set(members: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    for op, av in members:
        if op is sre.LITERAL:
            _check_uncased(av, av)
        elif op is sre.RANGE:
            _check_uncased(*av)
        elif op is sre.CATEGORY and av is sre.CATEGORY_NOT_SPACE:
            if len(members) > 1:
                raise _Differs(op)  # [\S...]: not both a negation and a union
            return [(sre.NEGATE, None), (sre.CATEGORY, sre.CATEGORY_SPACE), _SEPARATORS]
        elif op not in (sre.NEGATE, sre.CATEGORY):
            raise _Differs(op)
    if (sre.CATEGORY, sre.CATEGORY_SPACE) in members:
        return [*members, _SEPARATORS]
    return members


def _check_uncased(low: int, high: int) -> None:
    """Raise _Differs if a character of low..high beyond ASCII has case."""
    if high >= 0x80 and any(map(_cased, range(max(low, 0x80), high + 1))):
        raise _Differs(low)


# re's own default end of a search (``endpos``): the text's end. A wrapper's methods take
# ``pos`` and ``endpos`` as re's do, and pass them on as they are: a call with "*span" costs
# a tuple and a slower call, for every search of every sentence.
TEXT_END = sys.maxsize


class _AsciiAware:
    """A pattern that searches a text of ASCII characters with its ``ascii_twin``."""

    __slots__ = ("_ascii", "_pattern", "flags", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._ascii = ascii_twin(pattern) or pattern
        # A pattern's own attributes, as plain ones: a __getattr__ would slow every lookup.
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def __repr__(self) -> str:
        return f"ascii_aware({self._pattern!r})"

    def search(self, string: str, pos: int = 0, endpos: int = TEXT_END) -> re.Match[str] | None:
        return (self._ascii if string.isascii() else self._pattern).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = TEXT_END) -> re.Match[str] | None:
        return (self._ascii if string.isascii() else self._pattern).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = TEXT_END) -> re.Match[str] | None:
        return (self._ascii if string.isascii() else self._pattern).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = TEXT_END
    ) -> Iterator[re.Match[str]]:
        return (self._ascii if string.isascii() else self._pattern).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = TEXT_END) -> list[Any]:
        return (self._ascii if string.isascii() else self._pattern).findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self._ascii if string.isascii() else self._pattern).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return (self._ascii if string.isascii() else self._pattern).split(string, maxsplit)


def ascii_aware(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, searching a text of ASCII characters with its ``ascii_twin``: for a
    pattern slow enough to be worth a test of the text first."""
    return _AsciiAware(pattern)  # type: ignore[return-value]  # has Pattern's interface


def finditer_past_start(
    pattern: re.Pattern[str], past_start: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, quicker: ``past_start`` is ``pattern`` without its options
    that open on "^" (for a pattern that matches no empty string).

    An option that opens on "^" leaves re no first character to skip to, and the pattern
    is tried at every character; past the text's start, where "^" cannot match, the pattern
    without it finds the same matches.
    """
    if past_start is None:
        return pattern.finditer(text)
    first = pattern.match(text)  # at the start, with every option
    rest = past_start.finditer(text, first.end() if first else 1)
    return chain((first,), rest) if first else rest

"""Compile a pattern with the set of characters its matches can start with.

re's ``search`` (and ``finditer``, ``findall``, ``sub``) tries the pattern at every
position of the text, entering its code at each one, unless the pattern opens with a
literal or a character class: then it skips in one quick loop to the next position that
holds such a character. A pattern that opens with ``\\b``, an alternation of words, or an
optional part ("\\b(?:in|over)\\s+the\\s+past") gets no such set from re, although it
has one: ``compiled`` computes it and puts it where re's own would go.

Only where each position starts is changed: a position whose character no match can
start with is one where the pattern fails anyway, so the matches are the same, and their
groups (the pattern's code is re's own). A pattern whose first characters are unknown
(".", "[^...]", a letter whose case folds beyond ASCII) is compiled as re does.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]  # re's own internals
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_Member = tuple[Any, Any]  # a member of a character set: (LITERAL, code), (RANGE, ...) ...


class _Unknown(Exception):
    """The first characters of a part cannot be listed."""


def compiled(tree: sre_parse.SubPattern | str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of a pattern (or its parsed tree, which is changed: the pattern is
    then None), with the characters its matches start with if re finds none of its own,
    and its alternations guarded by theirs."""
    source = tree if isinstance(tree, str) else None
    parsed = sre_parse.parse(tree, flags) if isinstance(tree, str) else tree
    flags = parsed.state.flags | flags
    if flags & re.LOCALE:  # re's own compile
        return sre_compile.compile(parsed, flags)  # type: ignore[no-any-return]
    _guard_branches(parsed.data, flags)
    members = _first_members(parsed, flags)
    code = _code(parsed, flags, members) if members else sre_compile._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(  # type: ignore[no-any-return]
        source, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )


def _guard_branches(items: list[tuple[Any, Any]], flags: int) -> None:
    """Put a lookahead for its first characters before each alternation whose options re
    cannot pass over by their first character (only an option that opens with a literal
    or a set is passed over at once; one that opens with a group, a repeat or \\b is
    entered). A character no option starts with then fails them all in one test.

    The lookahead only tests what every match of the alternation needs: the matches, and
    the order in which re tries them, are the same.
    """
    position = 0
    while position < len(items):
        op, av = items[position]
        if op is sre.SUBPATTERN:
            _guard_branches(av[3].data, (flags | av[1]) & ~av[2])
        elif op is sre.ATOMIC_GROUP:
            _guard_branches(av.data, flags)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _guard_branches(av[2].data, flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == 1:  # not in a lookbehind
            _guard_branches(av[1].data, flags)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _guard_branches(branch.data, flags)
            members: set[_Member] = set()
            try:
                quick = all(b.data and b.data[0][0] in (sre.LITERAL, sre.IN) for b in av[1])
                if not quick and not _firsts([(op, av)], flags, members):
                    first = sre_parse.SubPattern(sre_parse.State(), [(sre.IN, sorted(members))])
                    items.insert(position, (sre.ASSERT, (1, first)))
                    position += 1
            except _Unknown:
                pass
        position += 1


def _first_members(parsed: sre_parse.SubPattern, flags: int) -> list[_Member] | None:
    """The set of first characters, when re would have none and one can be listed."""
    if not parsed.data or parsed.getwidth()[0] == 0:
        return None
    op, av = parsed.data[0]
    if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return None  # re tries such a pattern at its start only
    prefix, _, _ = sre_compile._get_literal_prefix(parsed, flags)
    if prefix or sre_compile._get_charset_prefix(parsed, flags):
        return None  # re has its own
    members: set[_Member] = set()
    try:
        if _firsts(parsed.data, flags, members):
            return None  # may match the empty string
    except _Unknown:
        return None
    return sorted(members)


def _firsts(items: list[tuple[Any, Any]], flags: int, members: set[_Member]) -> bool:
    """Add the characters that a match of ``items`` may start with; True if ``items`` may
    match the empty string (then what follows them may start it too)."""
    for op, av in items:
        if op is sre.LITERAL:
            members.update(_cases(av, flags))
            return False
        if op is sre.IN:
            for member_op, member in av:
                if member_op is sre.LITERAL:
                    members.update(_cases(member, flags))
                elif member_op is sre.RANGE and not flags & re.IGNORECASE:
                    members.add((sre.RANGE, member))
                elif member_op is sre.RANGE and member[1] - member[0] < 64:
                    for code in range(member[0], member[1] + 1):
                        members.update(_cases(code, flags))
                elif member_op is sre.CATEGORY:  # \w, \d, \s: the same under IGNORECASE
                    members.add((sre.CATEGORY, member))
                else:
                    raise _Unknown(member_op)  # a negated set
            return False
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing
        if op is sre.SUBPATTERN:
            _, add, remove, body = av
            if not _firsts(body.data, (flags | add) & ~remove, members):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _firsts(av.data, flags, members):
                return False
        elif op is sre.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= _firsts(branch.data, flags, members)
            if not empty:
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _, body = av
            if not _firsts(body.data, flags, members) and least > 0:
                return False
        else:
            raise _Unknown(op)  # any character, a back-reference, ...
    return True


def _cases(code: int, flags: int) -> list[_Member]:
    """A literal as the characters it matches: under IGNORECASE, an ASCII letter's two
    cases (only in ASCII mode: in Unicode mode "k" matches the Kelvin sign too)."""
    iscased = sre_compile._get_iscased(flags)  # re's own test, None without IGNORECASE
    if iscased is None or not iscased(code):
        return [(sre.LITERAL, code)]
    char = chr(code)
    if code < 0x80 and flags & re.ASCII:
        return [(sre.LITERAL, ord(char.lower())), (sre.LITERAL, ord(char.upper()))]
    raise _Unknown(code)


def _code(parsed: sre_parse.SubPattern, flags: int, members: list[_Member]) -> list[int]:
    """re's code for ``parsed`` (as ``sre_compile._code``), its info block holding the set."""
    low, high = parsed.getwidth()
    code: list[int] = [sre.INFO, 0, sre.SRE_INFO_CHARSET, min(low, sre_compile.MAXCODE),
                       min(high, sre_compile.MAXCODE)]  # fmt: skip
    charset, _ = sre_compile._optimize_charset(members)
    sre_compile._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    sre_compile._compile(code, parsed.data, flags)
    code.append(sre.SUCCESS)
    return code

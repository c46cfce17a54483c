"""What every match of a regex must contain, read off re's own syntax tree.

``requirement`` gives the literals a match must hold ("according" and "to"; one of "said",
"says", ...) and ``endings`` what an end-anchored match must end with ("least" for
"at\\s+least\\s*$"). Both are necessary conditions only, compared case-folded (``fold``):
a text that fails them cannot match, a text that passes may or may not. Whatever syntax
this reader does not follow adds no condition, so it can miss a shortcut but never skip
a match. The prefilters built on them (``prefilter``) stay exact as patterns change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from extractor.folding import fold

_MAX_SPELLINGS = 32  # a literal run with more spellings ("defen[cs]e": 2) stops growing
_MAX_PARTS = 4  # literals kept per sequence: the most selective ones
_ENDING_LENGTH = 10  # an ending this long is selective enough
_MAX_ENDINGS = 64
# Words in nearly every sentence: a poor choice of literal when the pattern has another.
COMMON_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "with",
})  # fmt: skip
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GROUP_OR_REPEAT = (sre.SUBPATTERN, *_REPEATS)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

Items = list[tuple[Any, Any]]  # a parsed sequence: (opcode, argument) pairs


@dataclass(frozen=True, slots=True)
class Leaf:
    """Holds when the text contains one of these strings."""

    folded: tuple[str, ...] = ()  # looked for in the folded text (IGNORECASE literals)
    exact: tuple[str, ...] = ()  # looked for as written (case-sensitive literals)


@dataclass(frozen=True, slots=True)
class Digit:
    """Holds when the text contains a decimal digit (what \\d matches)."""


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Node, ...]  # most selective first


@dataclass(frozen=True, slots=True)
class AnyOf:
    options: tuple[Node, ...]


Node = Leaf | Digit | AllOf | AnyOf


def _parse(pattern: re.Pattern[str]) -> Items | None:
    try:
        return list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # syntax this reader does not know: no condition, never a wrong one
        return None


def requirement(pattern: re.Pattern[str]) -> Node | None:
    """What every match of ``pattern`` contains; None: nothing known."""
    items = _parse(pattern)
    return None if items is None else _sequence(items, bool(pattern.flags & re.IGNORECASE))


def key_leaf(node: Node | None) -> Leaf | None:
    """One leaf that holds whenever ``node`` does (the most selective one)."""
    if node is None or isinstance(node, Leaf):
        return node
    if isinstance(node, Digit):
        return None
    if isinstance(node, AllOf):
        keys = [k for k in map(key_leaf, node.parts) if k is not None]
        return max(keys, key=_score) if keys else None
    options = [k for k in map(key_leaf, node.options) if k is not None]
    return _merge(options) if len(options) == len(node.options) else None


def without(node: Node | None, key: Leaf | None) -> Node | None:
    """What ``node`` needs besides ``key`` (None: nothing)."""
    if node == key:
        return None
    if isinstance(node, AllOf) and key in node.parts:
        parts = tuple(p for p in node.parts if p != key)
        return parts[0] if len(parts) == 1 else AllOf(parts)
    return node


def endings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, one of which ends the ``compact`` form of every text that ``pattern``
    matches; None unless every match ends at the end of the text ($)."""
    items = _parse(pattern)
    if items is None or pattern.flags & re.MULTILINE or not _anchored_at_end(items):
        return None
    found = _back(items, len(items) - 1, bool(pattern.flags & re.IGNORECASE), "", _stop)
    if not found:
        return None
    # An ending that ends with another one adds nothing: the text ends with that one too.
    return tuple(sorted(e for e in found if not any(f != e and e.endswith(f) for f in found)))


def max_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` holds; None: no bound."""
    try:
        width = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # syntax this reader does not know: no bound
        return None
    return width if width < sre.MAXREPEAT else None


def nonblank_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters but white space a match of ``pattern`` holds; None: no bound."""
    items = _parse(pattern)
    return None if items is None else _width(items)


def _width(items: Items) -> int | None:
    total = 0
    for op, av in items:
        if op in _ZERO_WIDTH or _is_blank(op, av):
            continue
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            width: int | None = 1
        elif op is sre.SUBPATTERN:
            width = _width(list(av[3]))
        elif op is sre.BRANCH:
            widths = [_width(list(branch)) for branch in av[1]]
            width = None if None in widths else max(widths)  # type: ignore[type-var]
        elif op in _REPEATS and av[1] != sre.MAXREPEAT:
            body = _width(list(av[2]))
            width = None if body is None else body * av[1]
        else:
            return None
        if width is None:
            return None
        total += width
    return total


def literal_tail(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The part of ``pattern`` from its first top-level literal character on, compiled;
    None unless the pattern opens with a group or a repeat.

    Every match of the pattern holds a match of its tail, so a text the tail is not found
    in has no match. re tries a pattern that opens with a group at every word (a title of
    up to four words before ", Ivan Fedorov, said"), but skips to a tail's literal at once.
    """
    items = _parse(pattern)
    if not items or items[0][0] not in _GROUP_OR_REPEAT or _refers_back(items):
        return None
    first = next((i for i, (op, _) in enumerate(items) if op is sre.LITERAL), None)
    if first is None:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)  # for its state: flags, groups
    tail = sre_parse.SubPattern(parsed.state, items[first:])
    return re._compiler.compile(tail, pattern.flags)  # type: ignore[attr-defined,no-any-return]


def _refers_back(items: Items) -> bool:
    """Does the sequence hold a back-reference (which a tail cut off from its group breaks)?"""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if op is sre.SUBPATTERN:
            nested = [list(av[3])]
        elif op is sre.BRANCH:
            nested = [list(branch) for branch in av[1]]
        elif op in _REPEATS:
            nested = [list(av[2])]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            nested = [list(av[1])]
        elif op is sre.ATOMIC_GROUP:
            nested = [list(av)]
        else:
            nested = []
        if any(_refers_back(sequence) for sequence in nested):
            return True
    return False


# Requirements: a sequence needs all of its parts, a branch one of its options.


def _spellings(op: Any, av: Any, ignorecase: bool) -> frozenset[str] | None:
    """Every string one item matches (folded under IGNORECASE), when they are few."""
    if op is sre.LITERAL:
        char = _char(av, ignorecase)
        return None if char is None else frozenset({char})
    if op is sre.IN:
        chars = [_char(code, ignorecase) if kind is sre.LITERAL else None for kind, code in av]
        return None if None in chars else frozenset(chars)  # type: ignore[arg-type]
    if op is sre.SUBPATTERN and _flags(av, ignorecase) == ignorecase:
        return _finite(list(av[3]), ignorecase)
    if op is sre.BRANCH:
        options = [_finite(list(branch), ignorecase) for branch in av[1]]
        if any(o is None for o in options):
            return None
        union = frozenset().union(*options)  # type: ignore[arg-type]
        return union if len(union) <= _MAX_SPELLINGS else None
    return None


def _char(code: int, ignorecase: bool) -> str | None:
    """A literal character as ``fold`` leaves it in the text; None under IGNORECASE when
    re would match other characters than its fold (a cased letter beyond ASCII)."""
    char = chr(code)
    if not ignorecase or char.lower() == char == char.upper():  # case plays no part
        return char
    return char.lower() if code < 128 else None


def _finite(items: Items, ignorecase: bool) -> frozenset[str] | None:
    strings = frozenset({""})
    for op, av in items:
        spellings = _spellings(op, av, ignorecase)
        if spellings is None or len(strings) * len(spellings) > _MAX_SPELLINGS:
            return None
        strings = frozenset(s + t for s in strings for t in spellings)
    return strings


def _flags(av: Any, ignorecase: bool) -> bool:
    """IGNORECASE inside a group: (?i:...) sets it, (?-i:...) clears it."""
    _, add, remove, _ = av
    return (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE


def _sequence(items: Items, ignorecase: bool) -> Node | None:
    parts: list[Node] = []
    run = frozenset({""})  # spellings of the literal run being read
    for op, av in items:
        spellings = _spellings(op, av, ignorecase)
        if spellings is not None and len(run) * len(spellings) <= _MAX_SPELLINGS:
            run = frozenset(s + t for s in run for t in spellings)
            continue
        if "" not in run:
            parts.append(_leaf(run, ignorecase))
        run = spellings if spellings is not None else frozenset({""})
        node = _item(op, av, ignorecase) if spellings is None else None
        if node is not None:
            parts.append(node)
    if "" not in run:
        parts.append(_leaf(run, ignorecase))
    nested = [p for part in parts for p in (part.parts if isinstance(part, AllOf) else [part])]
    flat = list(dict.fromkeys(nested))  # one digit test is enough, however many \d
    if not flat:
        return None
    flat.sort(key=_score, reverse=True)
    return flat[0] if len(flat) == 1 else AllOf(tuple(flat[:_MAX_PARTS]))


def _item(op: Any, av: Any, ignorecase: bool) -> Node | None:
    """What a match of one item that is not a literal must contain."""
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), _flags(av, ignorecase))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), ignorecase)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body), ignorecase) if low >= 1 else None
    if op is sre.BRANCH:
        return _either([_sequence(list(branch), ignorecase) for branch in av[1]])
    if op is sre.IN and all(_is_digit(kind, value) for kind, value in av):
        return Digit()
    return None  # zero-width assertions, other classes, back-references: no literal


def _is_digit(kind: Any, value: Any) -> bool:
    """Does this member of a character class match decimal digits only?"""
    if kind is sre.CATEGORY:
        return value is sre.CATEGORY_DIGIT
    if kind is sre.LITERAL:
        return chr(value).isdecimal()
    if kind is sre.RANGE:
        low, high = value
        return high - low < 10 and all(chr(c).isdecimal() for c in range(low, high + 1))
    return False


def _either(options: list[Node | None]) -> Node | None:
    known = [o for o in options if o is not None]
    if len(known) < len(options):
        return None
    flat = [p for o in known for p in (o.options if isinstance(o, AnyOf) else [o])]
    leaves = [o for o in flat if isinstance(o, Leaf)]
    strings = _merge(leaves)
    # An option that needs one of these strings anyway adds nothing ("put the figure").
    rest = [
        o for o in flat
        if not isinstance(o, Leaf) and not (isinstance(o, AllOf) and _implies(o, strings))
    ]  # fmt: skip
    if not rest:
        return strings
    return AnyOf((strings, *rest) if leaves else tuple(rest))


def _implies(node: AllOf, strings: Leaf) -> bool:
    """Does ``node`` holding make one of ``strings`` present?"""
    return any(
        isinstance(p, Leaf)
        and all(any(s in t for s in strings.folded) for t in p.folded)
        and all(any(s in t for s in strings.exact) for t in p.exact)
        for p in node.parts
    )


def _leaf(strings: frozenset[str], ignorecase: bool) -> Leaf:
    return Leaf(folded=_minimal(strings)) if ignorecase else Leaf(exact=_minimal(strings))


def _merge(leaves: Iterable[Leaf]) -> Leaf:
    leaves = list(leaves)
    return Leaf(
        _minimal({s for leaf in leaves for s in leaf.folded}),
        _minimal({s for leaf in leaves for s in leaf.exact}),
    )


def _minimal(strings: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The strings, less those containing another one (found whenever they are)."""
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


def _score(node: Node) -> tuple[int, int]:
    """Longer literals are rarer in text; fewer of them are quicker to test."""
    if isinstance(node, Leaf):
        strings = node.folded + node.exact
        if all(s.lower().strip() in COMMON_WORDS for s in strings):
            return (0, -len(strings))
        return (min(8, *(len(s) for s in strings)), -len(strings))
    if isinstance(node, Digit):
        return (1, 0)  # rarer than most letters, but most sentences of loss reports hold one
    if isinstance(node, AllOf):
        return max(_score(p) for p in node.parts)
    return min(_score(o) for o in node.options)


# Endings: walk an end-anchored pattern backwards from its $ through literals, until the
# ending is long enough or an item is not a literal. White space is left out of endings
# (``compact``): "at\s+least" ends with "atleast", however many spaces the text has.

Continuation = Callable[[str], frozenset[str] | None]


def compact(text: str) -> str:
    """``text`` without its white space (what \\s matches), folded."""
    return fold("".join(text.split()))


def _anchored_at_end(items: Items) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if op is sre.AT:
        return av in (sre.AT_END, sre.AT_END_STRING)
    if op is sre.SUBPATTERN:
        return _anchored_at_end(list(av[3]))
    if op is sre.BRANCH:
        return all(_anchored_at_end(list(branch)) for branch in av[1])
    return False


def _back(items: Items, i: int, ignorecase: bool, ending: str,
          then: Continuation) -> frozenset[str] | None:  # fmt: skip
    """The endings of a match whose part after ``items[i]`` ends with ``ending``;
    ``then`` continues before ``items[0]``."""
    if len(ending) >= _ENDING_LENGTH:
        return frozenset({ending})
    if i < 0:
        return then(ending)

    def step(ending: str) -> frozenset[str] | None:
        return _back(items, i - 1, ignorecase, ending, then)

    op, av = items[i]
    if op in _ZERO_WIDTH or _is_blank(op, av):
        return step(ending)
    spellings = _spellings(op, av, ignorecase)
    if spellings is not None and not any("\u03a3" in s for s in spellings):  # Σ folds by context
        return _union(step(compact(s) + ending) for s in spellings)
    if op is sre.SUBPATTERN:
        body = list(av[3])
        return _back(body, len(body) - 1, _flags(av, ignorecase), ending, step)
    if op is sre.BRANCH:
        return _union(_back(list(b), len(b) - 1, ignorecase, ending, step) for b in av[1])
    if op in _REPEATS:
        low, high, body = av[0], av[1], list(av[2])
        # The match ends inside the body's last pass; before that pass, only if it is one.
        passes = _back(body, len(body) - 1, ignorecase, ending, step if high == 1 else _stop)
        return passes if low else _union([passes, step(ending)])
    return _stop(ending)


def _is_blank(op: Any, av: Any) -> bool:
    """Does the item match white space only (or nothing)?"""
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(
            (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
            or (kind is sre.LITERAL and chr(value).isspace())
            for kind, value in av
        )
    if op in _REPEATS:
        return all(_is_blank(o, a) for o, a in av[2])
    return False


def _stop(ending: str) -> frozenset[str] | None:
    return frozenset({ending}) if ending else None


def _union(results: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    found: set[str] = set()
    for result in results:
        if result is None:
            return None
        found |= result
    while len(found) > _MAX_ENDINGS and max(map(len, found)) > 1:
        # Too many to test: their last few characters are a necessary ending too.
        found = {e[-(max(map(len, found)) - 1) :] for e in found}
    return frozenset(found)

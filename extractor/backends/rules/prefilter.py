"""Prefilters: skip the regex searches that cannot match.

Most rules regexes run on every sentence but match in few. A ``Prefilter`` holds what
every match of its pattern must contain and end with (``regex_literals``); a text that
lacks it is answered "no match" without a search. Derived from the pattern itself, a
prefilter stays exact when the pattern, or the table it is built from, changes.

One scan per sentence (``literal_scan``) finds which of all the prefilters' literals it
holds, so each prefilter test on that sentence costs a few bit operations.
``PrefilterIndex`` picks the patterns of a table that may match; ``guarded`` wraps a
module-level pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from extractor.backends.rules.literal_scan import (
    DIGIT_BIT,
    REGISTRY,
    SCANS,
    is_scanned,
    scan_text,
)
from extractor.backends.rules.regex_literals import (
    AllOf,
    AnyOf,
    Digit,
    Leaf,
    Node,
    compact,
    endings,
    fold,
    key_leaf,
    requirement,
    without,
)
from extractor.folding import TEXT_END, ascii_twin, folded_twin  # noqa: F401 (generated code)

Test = Callable[[str, str, int], bool]  # (text, folded, present literals) -> may it match?


class Prefilter:
    """Necessary conditions for ``pattern`` to match a text."""

    __slots__ = ("endings", "key", "longest", "node", "rest", "test")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        node = self.node = requirement(pattern)
        self.test = _compile(node) if node is not None else None
        # Literals of which every match holds one, all seen by the scan (for an index).
        leaf = key_leaf(node)
        # (once each: "[Pp]er" is "per" twice, and its bit is summed into a mask once)
        key = list(dict.fromkeys([*leaf.folded, *(s.lower() for s in leaf.exact)])) if leaf else []
        self.key = tuple(key) if key and all(map(is_scanned, key)) else None
        # What to test once the scan found a key literal (it sees only the folded form).
        self.rest = without(node, leaf) if self.key and leaf and not leaf.exact else node
        self.endings = endings(pattern)
        self.longest = max(map(len, self.endings)) if self.endings else 0

    def admits(self, text: str) -> bool:
        """False only when the pattern cannot match ``text`` (scanned if need be)."""
        if self.endings and not self.ends_well(text):
            return False
        return self.test is None or self.test(text, *scan_text(text))

    def ends_well(self, text: str) -> bool:
        """Does ``text`` end as a match must (its last characters but white space)?"""
        window = text[-2 * self.longest :]
        tail = compact(window)
        if len(tail) < self.longest and len(window) < len(text):  # much white space
            tail = compact(text)
        return tail.endswith(self.endings)  # type: ignore[arg-type]


class PrefilterIndex:
    """Which of several patterns may match a text, or any slice of it (by their literals
    alone, not their endings): a few bit operations per pattern."""

    __slots__ = ("_last", "_prefilters", "_test")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._prefilters = [Prefilter(p) for p in patterns]
        self._test = _index_test(self._prefilters)
        # The last text and its answer: a sentence is asked about once per figure or phrase
        # in it. One tuple, replaced whole, so that threads can share it.
        self._last: tuple[str | None, tuple[int, ...]] = (None, ())

    def admitted(self, text: str) -> tuple[int, ...]:
        """Indices (ascending) of the patterns that may match ``text`` or a slice of it."""
        last, answer = self._last
        if last is text:
            return answer
        answer = self._test(text, *(SCANS.get(text) or scan_text(text)))
        self._last = (text, answer)
        return answer


def ending_test(patterns: Sequence[re.Pattern[str]]) -> Callable[[str], bool]:
    """One test for patterns searched in turn at the end of the same text (the text before a
    number): False only when it ends as no match of any of them must, so that each one's
    search would answer "no match" at once (from the same ``_tail_of`` tail)."""
    prefilters = [Prefilter(getattr(p, "_pattern", p)) for p in patterns]
    if not all(prefilter.endings for prefilter in prefilters):
        return lambda text: True
    endings = tuple(ending for prefilter in prefilters for ending in prefilter.endings or ())
    longest = max(prefilter.longest for prefilter in prefilters)

    def may_end(text: str) -> bool:
        tail = _TAILS.get(text)
        if tail is None or (len(tail[0]) < longest and not tail[1]):
            tail = _tail_of(text, longest)
        return tail[0].endswith(endings)

    return may_end


def _index_test(prefilters: list[Prefilter]) -> Callable[[str, str, int], tuple[int, ...]]:
    """One generated function that tests each pattern in turn (as ``_compile`` does one):
    a keyed pattern needs one of its key's literals, then what else it needs (``rest``);
    the others are tested in full. A text without a key literal (most) is spared the
    tests of the keyed patterns."""
    tables: list[dict[int, tuple[str, ...]]] = []
    keyed, unkeyed, keys = [], [], 0
    for i, prefilter in enumerate(prefilters):
        if prefilter.key:
            mask = sum(REGISTRY.bit(literal) for literal in prefilter.key)
            keys |= mask
            rest = prefilter.rest
            test = f"present & {mask}" + (f" and {_source(rest, tables)}" if rest else "")
        else:
            test = _source(prefilter.node, tables) if prefilter.node is not None else "True"
            unkeyed.append(f"        if {test}: found.append({i})\n")
        keyed.append(f"            if {test}: found.append({i})\n")
    # A spelled word list that several patterns share (the attribution verbs, the months)
    # is looked for once, when one of them first needs it.
    spelled = sorted(set(re.findall(r"_spelled\([^)]*\)", "".join(keyed))))
    for j, term in enumerate(spelled):
        cached = f"(_s{j} if _s{j} is not None else (_s{j} := {term}))"
        keyed = [line.replace(term, cached) for line in keyed]
        unkeyed = [line.replace(term, cached) for line in unkeyed]
    source = (
        "def make(_tables):\n"
        + "".join(f"    _spellings{i} = _tables[{i}]\n" for i in range(len(tables)))
        + "    def admitted(text, folded, present):\n"
        + "        found = []\n"
        + "".join(f"        _s{j} = None\n" for j in range(len(spelled)))
        + f"        if present & {keys}:\n"
        + "".join(keyed)
        + "            return tuple(found)\n"
        + "".join(unkeyed)
        + "        return tuple(found)\n"
        + "    return admitted\n"
    )
    namespace: dict[str, Any] = {}
    exec(source, globals(), namespace)
    return namespace["make"](tables)  # type: ignore[no-any-return]


class Guarded:
    """A compiled pattern that answers "no match" at once when ``rules_out`` a text;
    anything else is the pattern's own.

    ``search`` of an IGNORECASE pattern runs its ``folded_twin`` over the folded text
    first, which is far quicker to find nothing; a match it finds is then read by the
    pattern itself at that offset, so the Match (its groups' text) is the pattern's own.
    """

    __slots__ = ("_literals", "_pattern", "findall", "finditer", "flags", "fullmatch", "match",
                 "pattern", "rules_out", "search", "split", "sub")  # fmt: skip

    def __init__(self, pattern: re.Pattern[str], any_text: bool) -> None:
        self._pattern = pattern
        # A pattern's own attributes, as plain ones: a __getattr__ would slow every lookup.
        self.pattern, self.flags = pattern.pattern, pattern.flags
        prefilter = Prefilter(pattern)
        functions = _guard_functions(
            (pattern, ascii_twin(pattern) or pattern), folded_twin(pattern), prefilter, any_text
        )
        (self.rules_out, self.search, self.match, self.fullmatch, self.finditer, self.findall,
         self.sub, self.split) = functions  # fmt: skip
        self._literals = prefilter.test

    def absent_from(self, text: str) -> bool:
        """No match in ``text``, nor in any slice of it: ``text`` (a sentence, scanned once)
        lacks literals that every match holds, and so does every slice of it."""
        return self._literals is not None and not self._literals(
            text, *(SCANS.get(text) or scan_text(text))  # (a scan kept: no call to scan_text)
        )

    def __repr__(self) -> str:
        return f"guarded({self._pattern!r})"


# The texts last tested for their ending (the text before each number of a sentence, each
# tested by one pattern after another), each with its compact tail (a suffix of
# ``compact(text)``, at least as long as the longest ending it was tested for) and whether
# that is all of it. Oldest first; threads may share it (the cache only needs to stay small).
_TAILS: dict[str, tuple[str, bool]] = {}
_TAILS_KEPT = 64
# Every pattern's endings are this long or shorter: a tail this long serves them all.
_TAIL_WIDTH = 24


def _tail_of(text: str, longest: int) -> tuple[str, bool]:
    """``text``'s compact tail (at least ``longest`` long, unless it is all of the text) and
    whether it is all of it; kept for the next pattern tested on the same text."""
    window = text[-max(_TAIL_WIDTH, 2 * longest) :]
    tail, whole = "".join(window.split()), len(window) == len(text)
    if len(tail) < longest and not whole:  # much white space
        tail, whole = "".join(text.split()), True
    if len(_TAILS) >= _TAILS_KEPT:
        try:  # noqa: SIM105 (contextlib.suppress costs three calls more)
            del _TAILS[next(iter(_TAILS))]
        except (KeyError, RuntimeError, StopIteration):
            pass
    found = _TAILS[text] = (fold(tail), whole)
    return found


def _guard_functions(
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    twin: re.Pattern[str] | None,
    prefilter: Prefilter,
    any_text: bool,
) -> tuple[Callable[..., Any], ...]:
    """``rules_out`` (the test that a pattern cannot match a string), ``search``, and the
    pattern's other methods (``_METHODS``), made for this pattern as one function each: they
    run before every search, and each runs the test inline rather than call it.

    The ending is tested on any string (the text before a number is tested by one pattern
    after another: its compact tail is kept); the literals on a string scanned already
    (the sentence at hand), or on any with ``any_text`` (a pattern slow enough to be worth
    a scan, or searched in the next sentence too). Like ``_compile``, the code is generated,
    with only the tests the pattern has, and the literal test inline. ``patterns``: the
    pattern and its twin for ASCII text (``ascii_twin``), which searches an ASCII text.
    """
    tables: list[dict[int, tuple[str, ...]]] = []
    test = _source(prefilter.node, tables) if prefilter.node is not None else None
    # The folded text to search the twin in: the scan's, made at need.
    folded = "folded" if any_text and test else "scan[0] if scan else fold(text)"
    if twin is not None and test is None:
        folded = "scan[0] if (scan := SCANS.get(text)) else fold(text)"

    def checks(no: str, spanned: bool = False) -> str:
        lines = []
        if prefilter.endings:
            ending = [
                "tail = _TAILS.get(text)",
                "if tail is None or (len(tail[0]) < _longest and not tail[1]):",
                "    tail = _tail_of(text, _longest)",
                f"if not tail[0].endswith(_endings): return {no}",
            ]
            # (a search that ends before the text's end ends where the text's tail is not)
            if spanned:
                ending = ["if endpos == TEXT_END:", *(f"    {line}" for line in ending)]
            lines += ending
        if test and any_text:
            lines += ["folded, present = SCANS.get(text) or scan_text(text)",
                      f"if not {test}: return {no}"]  # fmt: skip
        elif test:
            lines += ["scan = SCANS.get(text)", "if scan is not None:",
                      "    folded, present = scan", f"    if not {test}: return {no}"]  # fmt: skip
        return "".join(f"        {line}\n" for line in lines)

    if twin is None:
        found = (
            "        if text.isascii(): return _ascii.search(text, pos, endpos)\n"
            "        return _pattern.search(text, pos, endpos)\n"
        )
    else:
        # No match starts before the twin's: searched from there, the pattern's is its first.
        found = (
            "        if text.isascii():\n"
            f"            found = _twin_ascii.search({folded}, pos, endpos)\n"
            "            return found and _ascii.search(text, found.start(), endpos)\n"
            f"        found = _twin.search({folded}, pos, endpos)\n"
            "        return found and _pattern.search(text, found.start(), endpos)\n"
        )
    # (each ruled out as ``rules_out`` does: by the whole text, whatever the span; ``pos``
    # and ``endpos`` passed on as they are, see folding.TEXT_END)
    methods = "".join(
        f"    def {name}({params}):\n{checks(none)}"
        f"        return (_ascii if text.isascii() else _pattern).{name}({arguments})\n"
        for name, (params, arguments, none) in _METHODS.items()
    )
    source = (
        "def make(_pattern, _ascii, _twin, _twin_ascii, _endings, _longest, _tables):\n"
        + "".join(f"    _spellings{i} = _tables[{i}]\n" for i in range(len(tables)))
        + f"    def rules_out(text):\n{checks('True')}        return False\n"
        + f"    def search(text, pos=0, endpos=TEXT_END):\n{checks('None', spanned=True)}{found}"
        + methods
        + f"    return rules_out, search, {', '.join(_METHODS)}\n"
    )
    namespace: dict[str, Any] = {}
    exec(source, globals(), namespace)
    twin_ascii = twin and (ascii_twin(twin) or twin)
    made = namespace["make"](
        *patterns, twin, twin_ascii, prefilter.endings, prefilter.longest, tables
    )
    return made  # type: ignore[no-any-return]


# A guarded pattern's methods but ``search``: (parameters, the pattern's arguments, what is
# returned when the text is ruled out), in the order ``_guard_functions`` returns them.
_METHODS = {
    "match": ("text, pos=0, endpos=TEXT_END", "text, pos, endpos", "None"),
    "fullmatch": ("text, pos=0, endpos=TEXT_END", "text, pos, endpos", "None"),
    "finditer": ("text, pos=0, endpos=TEXT_END", "text, pos, endpos", "iter(())"),
    "findall": ("text, pos=0, endpos=TEXT_END", "text, pos, endpos", "[]"),
    "sub": ("repl, text, count=0", "repl, text, count", "text"),
    "split": ("text, maxsplit=0", "text, maxsplit", "[text]"),
}


def guarded(
    pattern: str | re.Pattern[str], flags: int = 0, *, any_text: bool = False
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind its prefilter: for a module-level pattern that
    is searched in every sentence (or in slices of one), and mostly finds nothing."""
    compiled = re.compile(pattern, flags)
    return Guarded(compiled, any_text)  # type: ignore[return-value]  # has Pattern's interface


def _compile(node: Node) -> Test:
    """``node`` as one Python expression over the text, its fold and its present literals.

    Like ``collections.namedtuple``, the code is generated (from the pattern's literals, as
    ``repr`` constants): a test runs per pattern and sentence, and one expression runs
    several times faster than a tree of closures.
    """
    tables: list[dict[int, tuple[str, ...]]] = []
    source = f"lambda text, folded, present: bool({_source(node, tables)})"
    names = {f"_spellings{i}": table for i, table in enumerate(tables)}
    return eval(source, {**globals(), **names})  # type: ignore[no-any-return]


# Case-sensitive literals one leaf may hold ("said", "says", ...): above this many, the
# scan's bits pick the few to look for, rather than a test of each in turn.
_FEW_SPELLINGS = 3


def _source(node: Node, tables: list[dict[int, tuple[str, ...]]]) -> str:
    if isinstance(node, Digit):
        return f"present & {DIGIT_BIT}"
    if isinstance(node, AllOf):
        return "(" + " and ".join(_source(p, tables) for p in node.parts) + ")"
    if isinstance(node, AnyOf):
        masked = [o for o in node.options if _mask(o)]
        terms = [_source(o, tables) for o in node.options if not _mask(o)]
        if masked:
            terms.insert(0, f"present & {sum(map(_mask, masked))}")
        return "(" + " or ".join(terms) + ")"
    scanned = sum(REGISTRY.bit(s) for s in node.folded if is_scanned(s))
    terms = [f"present & {scanned}"] if scanned else []
    terms += [f"{s!r} in folded" for s in node.folded if not is_scanned(s)]
    # A case-sensitive literal the scan looks for is in the text only if its fold is.
    spellings: dict[int, tuple[str, ...]] = {}
    for s in node.exact:
        if is_scanned(s.lower()):
            bit = REGISTRY.bit(s.lower())
            spellings[bit] = (*spellings.get(bit, ()), s)
        else:
            terms.append(f"{s!r} in text")
    if sum(map(len, spellings.values())) > _FEW_SPELLINGS:
        if spellings not in tables:  # one table, one term, for patterns that share a word list
            tables.append(spellings)
        table = tables.index(spellings)
        terms.append(f"_spelled(present & {sum(spellings)}, text, _spellings{table})")
    else:
        terms += [f"(present & {b} and {s!r} in text)" for b, ss in spellings.items() for s in ss]
    return "(" + " or ".join(terms) + ")"


def _spelled(found: int, text: str, spellings: dict[int, tuple[str, ...]]) -> bool:
    """Is a case-sensitive literal of ``spellings`` whose fold the scan ``found`` in ``text``?"""
    while found:
        bit = found & -found
        for spelling in spellings[bit]:
            if spelling in text:
                return True
        found ^= bit
    return False


def _mask(node: Node) -> int:
    """The bits of a leaf that the scan alone decides (0: it does not)."""
    if isinstance(node, Leaf) and not node.exact and all(map(is_scanned, node.folded)):
        return sum(REGISTRY.bit(s) for s in node.folded)
    return 0

"""Prefilters: skip the regex searches that cannot match.

Most rules regexes run on every sentence but match in few. A ``Prefilter`` holds what
every match of its pattern must contain and end with (``regex_literals``); a text that
lacks it is answered "no match" without a search. Derived from the pattern itself, a
prefilter stays exact when the pattern, or the table it is built from, changes.

One scan per sentence finds which of all the prefilters' literals it holds, so each
prefilter test on that sentence costs a few bit operations. ``PrefilterIndex`` picks the
patterns of a table that may match; ``guarded`` wraps a module-level pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

from extractor.backends.rules.regex_literals import (
    COMMON_WORDS,
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
from extractor.folding import ascii_twin, folded_twin

_SCANS_KEPT = 32  # the sentence every step of the engine tests in turn, and its phrases
_HAS_DIGIT = re.compile(r"\d")
# The scan's first bit: the text holds a digit (what \d matches; its fold holds the same).
_DIGIT_BIT = 1
_WORDS_KEPT = 50_000  # tokens whose literals are known (a vocabulary: it stops growing)

Test = Callable[[str, str, int], bool]  # (text, folded, present literals) -> may it match?


class _Scanner(NamedTuple):
    trie: re.Pattern[str]  # at every position, the longest literal starting there
    closure: dict[str, int]  # literal -> its bit and those of the literals it starts with
    spanning: list[tuple[str, int]]  # the literals that hold white space, and their bits


class _Registry:
    """The literals of every prefilter, by bit; one scan of a text finds them all.

    Only literals worth scanning for (``_scanned``): a short or common one is in most
    sentences, and costs the scan more than a test of its own.
    """

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}
        # Built on first use, as one value (threads may scan at the same time).
        self._scanner: _Scanner | None = None
        self._words: dict[str, int] = {}  # token -> the bits of the literals inside it

    def bit(self, literal: str) -> int:
        """The bit of a folded literal, registered on first use."""
        if literal not in self.bits:
            self.bits[literal] = _DIGIT_BIT << (len(self.bits) + 1)
            self._scanner = None
            self._words = {}
            _SCANS.clear()
        return self.bits[literal]

    def present(self, folded: str) -> int:
        """The bits of the registered literals that ``folded`` contains.

        A literal without white space is inside one token of the text (what ``split``
        parts): each token's literals are scanned for once and kept (the words of news
        recur, far more than sentences), and only the few literals that hold white space
        are looked for in the text itself. A token's digit sets the first bit.
        """
        if not self.bits:
            return _DIGIT_BIT if _HAS_DIGIT.search(folded) else 0
        scanner = self._scanner or self._build()
        words = self._words
        found = 0
        for word in set(folded.split()):
            bits = words.get(word)
            if bits is None:
                bits = _literals_in(word, scanner)
                if len(words) < _WORDS_KEPT:
                    words[word] = bits
            if bits:  # (most words hold none: "|" would copy the long integer for nothing)
                found |= bits
        for literal, bit in scanner.spanning:
            if literal in folded:
                found |= bit
        return found

    def _build(self) -> _Scanner:
        closure = {
            literal: sum(bit for other, bit in self.bits.items() if literal.startswith(other))
            for literal in self.bits
        }
        spanning = [(lit, bit) for lit, bit in self.bits.items() if lit.split() != [lit]]
        self._scanner = _Scanner(
            re.compile(f"(?=({_trie(list(self.bits))}))"), closure, spanning
        )
        return self._scanner


def _literals_in(text: str, scanner: _Scanner) -> int:
    """The bits of the literals in ``text``: a lookahead tries every position; there the
    trie finds the longest literal, and the closure adds the literals that start it."""
    found = _DIGIT_BIT if _HAS_DIGIT.search(text) else 0
    for literal in set(scanner.trie.findall(text)):
        found |= scanner.closure[literal]
    return found


_REGISTRY = _Registry()
_SCANS: dict[str, tuple[str, int]] = {}  # text -> (folded, present literals), oldest first


def _scan(text: str) -> tuple[str, int]:
    """``text`` folded, and the bits of the registered literals it holds."""
    found = _SCANS.get(text)
    if found is None:
        if len(_SCANS) >= _SCANS_KEPT:
            # Another thread may evict at the same time: the cache only needs to stay small.
            try:  # noqa: SIM105 (contextlib.suppress costs three calls more per sentence)
                del _SCANS[next(iter(_SCANS))]
            except (KeyError, RuntimeError, StopIteration):
                pass
        folded = fold(text)
        found = _SCANS[text] = (folded, _REGISTRY.present(folded))
    return found


def has_digit(text: str) -> bool:
    """Does ``text`` hold a digit (what \\d matches)? Its scan knows: a sentence scanned
    already (most are, by the time this is asked) needs no search of its own."""
    return bool((_SCANS.get(text) or _scan(text))[1] & _DIGIT_BIT)


def _scanned(literal: str) -> bool:
    """Is a folded literal found by the scan, rather than tested on its own?"""
    return literal.isascii() and len(literal) >= 3 and literal not in COMMON_WORDS


def _trie(literals: list[str]) -> str:
    """A regex matching each literal, longest first where one extends another."""
    tree: dict[str, Any] = {}
    for literal in literals:
        node = tree
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


class Prefilter:
    """Necessary conditions for ``pattern`` to match a text."""

    __slots__ = ("endings", "key", "longest", "node", "rest", "test")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        node = self.node = requirement(pattern)
        self.test = _compile(node) if node is not None else None
        # Literals of which every match holds one, all seen by the scan (for an index).
        leaf = key_leaf(node)
        key = [*leaf.folded, *(s.lower() for s in leaf.exact)] if leaf else []
        self.key = tuple(key) if key and all(map(_scanned, key)) else None
        # What to test once the scan found a key literal (it sees only the folded form).
        self.rest = without(node, leaf) if self.key and leaf and not leaf.exact else node
        self.endings = endings(pattern)
        self.longest = max(map(len, self.endings)) if self.endings else 0

    def admits(self, text: str) -> bool:
        """False only when the pattern cannot match ``text`` (scanned if need be)."""
        if self.endings and not self.ends_well(text):
            return False
        return self.test is None or self.test(text, *_scan(text))

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
        answer = self._test(text, *(_SCANS.get(text) or _scan(text)))
        self._last = (text, answer)
        return answer


def _index_test(prefilters: list[Prefilter]) -> Callable[[str, str, int], tuple[int, ...]]:
    """One generated function that tests each pattern in turn (as ``_compile`` does one):
    a keyed pattern needs one of its key's literals, then what else it needs (``rest``);
    the others are tested in full. A text without a key literal (most) is spared the
    tests of the keyed patterns."""
    tables: list[dict[int, tuple[str, ...]]] = []
    keyed, unkeyed, keys = [], [], 0
    for i, prefilter in enumerate(prefilters):
        if prefilter.key:
            mask = sum(_REGISTRY.bit(literal) for literal in prefilter.key)
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

    __slots__ = ("_ascii", "_literals", "_pattern", "_twin", "flags", "pattern", "rules_out",
                 "search")  # fmt: skip

    def __init__(self, pattern: re.Pattern[str], any_text: bool) -> None:
        self._pattern = pattern
        # A pattern's own attributes, as plain ones: a __getattr__ would slow every lookup.
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self._ascii = ascii_twin(pattern) or pattern  # for an ASCII text: the same, quicker
        self._twin = folded_twin(pattern)
        prefilter = Prefilter(pattern)
        self.rules_out, self.search = _guard_functions(
            (pattern, self._ascii), self._twin, prefilter, any_text
        )
        self._literals = prefilter.test

    def absent_from(self, text: str) -> bool:
        """No match in ``text``, nor in any slice of it: ``text`` (a sentence, scanned once)
        lacks literals that every match holds, and so does every slice of it."""
        return self._literals is not None and not self._literals(
            text, *(_SCANS.get(text) or _scan(text))  # (a scan kept: no call to _scan)
        )

    def __repr__(self) -> str:
        return f"guarded({self._pattern!r})"

    def _for(self, string: str) -> re.Pattern[str]:
        return self._ascii if string.isascii() else self._pattern

    def match(self, string: str, *span: int) -> re.Match[str] | None:
        return None if self.rules_out(string) else self._for(string).match(string, *span)

    def fullmatch(self, string: str, *span: int) -> re.Match[str] | None:
        return None if self.rules_out(string) else self._for(string).fullmatch(string, *span)

    def finditer(self, string: str, *span: int) -> Iterator[re.Match[str]]:
        return iter(()) if self.rules_out(string) else self._for(string).finditer(string, *span)

    def findall(self, string: str, *span: int) -> list[Any]:
        return [] if self.rules_out(string) else self._for(string).findall(string, *span)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self.rules_out(string) else self._for(string).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self.rules_out(string) else self._for(string).split(string, maxsplit)


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
) -> tuple[Callable[[str], bool], Callable[..., re.Match[str] | None]]:
    """``rules_out`` (the test that a pattern cannot match a string) and ``search``, made
    for this pattern as one function each: they run before every search.

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
        folded = "scan[0] if (scan := _SCANS.get(text)) else fold(text)"

    def checks(no: str) -> str:
        lines = []
        if prefilter.endings:
            lines += [
                "tail = _TAILS.get(text)",
                "if tail is None or (len(tail[0]) < _longest and not tail[1]):",
                "    tail = _tail_of(text, _longest)",
                f"if not tail[0].endswith(_endings): return {no}",
            ]
        if test and any_text:
            lines += ["folded, present = _SCANS.get(text) or _scan(text)",
                      f"if not {test}: return {no}"]  # fmt: skip
        elif test:
            lines += ["scan = _SCANS.get(text)", "if scan is not None:",
                      "    folded, present = scan", f"    if not {test}: return {no}"]  # fmt: skip
        return "".join(f"        {line}\n" for line in lines)

    if twin is None:
        found = (
            "        if text.isascii(): return _ascii.search(text, *span)\n"
            "        return _pattern.search(text, *span)\n"
        )
    else:
        # No match starts before the twin's: searched from there, the pattern's is its first.
        found = (
            "        if text.isascii():\n"
            f"            found = _twin_ascii.search({folded}, *span)\n"
            "            return found and _ascii.search(text, found.start(), *span[1:])\n"
            f"        found = _twin.search({folded}, *span)\n"
            "        return found and _pattern.search(text, found.start(), *span[1:])\n"
        )
    source = (
        "def make(_pattern, _ascii, _twin, _twin_ascii, _endings, _longest, _tables):\n"
        + "".join(f"    _spellings{i} = _tables[{i}]\n" for i in range(len(tables)))
        + f"    def rules_out(text):\n{checks('True')}        return False\n"
        + f"    def search(text, *span):\n{checks('None')}{found}"
        + "    return rules_out, search\n"
    )
    namespace: dict[str, Any] = {}
    exec(source, globals(), namespace)
    twin_ascii = twin and (ascii_twin(twin) or twin)
    made = namespace["make"](
        *patterns, twin, twin_ascii, prefilter.endings, prefilter.longest, tables
    )
    return made  # type: ignore[no-any-return]


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
        return f"present & {_DIGIT_BIT}"
    if isinstance(node, AllOf):
        return "(" + " and ".join(_source(p, tables) for p in node.parts) + ")"
    if isinstance(node, AnyOf):
        masked = [o for o in node.options if _mask(o)]
        terms = [_source(o, tables) for o in node.options if not _mask(o)]
        if masked:
            terms.insert(0, f"present & {sum(map(_mask, masked))}")
        return "(" + " or ".join(terms) + ")"
    scanned = sum(_REGISTRY.bit(s) for s in node.folded if _scanned(s))
    terms = [f"present & {scanned}"] if scanned else []
    terms += [f"{s!r} in folded" for s in node.folded if not _scanned(s)]
    # A case-sensitive literal the scan looks for is in the text only if its fold is.
    spellings: dict[int, tuple[str, ...]] = {}
    for s in node.exact:
        if _scanned(s.lower()):
            bit = _REGISTRY.bit(s.lower())
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
    if isinstance(node, Leaf) and not node.exact and all(map(_scanned, node.folded)):
        return sum(_REGISTRY.bit(s) for s in node.folded)
    return 0

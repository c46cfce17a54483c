"""The literal scan: which of the literals that prefilters need a text holds, in one pass.

Each literal a prefilter registers gets a bit; one scan of a text (folded) gives the bits
of all the registered literals it holds, so that every prefilter test on that text costs
a few bit operations. The texts last scanned are kept: each step of the engine asks about
the same sentence.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from extractor.backends.rules.regex_literals import COMMON_WORDS
from extractor.folding import fold

_SCANS_KEPT = 32  # the sentence every step of the engine tests in turn, and its phrases
_HAS_DIGIT = re.compile(r"\d")
# The scan's first bit: the text holds a digit (what \d matches; its fold holds the same).
DIGIT_BIT = 1
_WORDS_KEPT = 50_000  # tokens whose literals are known (a vocabulary: it stops growing)


class _Scanner(NamedTuple):
    trie: re.Pattern[str]  # at every position, the longest literal starting there
    closure: dict[str, int]  # literal -> its bit and those of the literals it starts with
    spanning: list[tuple[str, int]]  # the literals that hold white space, and their bits


class _Registry:
    """The literals of every prefilter, by bit; one scan of a text finds them all.

    Only literals worth scanning for (``is_scanned``): a short or common one is in most
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
            self.bits[literal] = DIGIT_BIT << (len(self.bits) + 1)
            self._scanner = None
            self._words = {}
            SCANS.clear()
        return self.bits[literal]

    def present(self, folded: str) -> int:
        """The bits of the registered literals that ``folded`` contains.

        A literal without white space is inside one token of the text (what ``split``
        parts): each token's literals are scanned for once and kept (the words of news
        recur, far more than sentences), and only the few literals that hold white space
        are looked for in the text itself. A token's digit sets the first bit.
        """
        if not self.bits:
            return DIGIT_BIT if _HAS_DIGIT.search(folded) else 0
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
            re.compile(f"(?=({literal_trie(list(self.bits))}))"), closure, spanning
        )
        return self._scanner


def _literals_in(text: str, scanner: _Scanner) -> int:
    """The bits of the literals in ``text``: a lookahead tries every position; there the
    trie finds the longest literal, and the closure adds the literals that start it."""
    found = DIGIT_BIT if _HAS_DIGIT.search(text) else 0
    for literal in set(scanner.trie.findall(text)):
        found |= scanner.closure[literal]
    return found


REGISTRY = _Registry()
SCANS: dict[str, tuple[str, int]] = {}  # text -> (folded, present literals), oldest first


def scan_text(text: str) -> tuple[str, int]:
    """``text`` folded, and the bits of the registered literals it holds."""
    found = SCANS.get(text)
    if found is None:
        if len(SCANS) >= _SCANS_KEPT:
            # Another thread may evict at the same time: the cache only needs to stay small.
            try:  # noqa: SIM105 (contextlib.suppress costs three calls more per sentence)
                del SCANS[next(iter(SCANS))]
            except (KeyError, RuntimeError, StopIteration):
                pass
        folded = fold(text)
        found = SCANS[text] = (folded, REGISTRY.present(folded))
    return found


def has_digit(text: str) -> bool:
    """Does ``text`` hold a digit (what \\d matches)? Its scan knows: a sentence scanned
    already (most are, by the time this is asked) needs no search of its own."""
    return bool((SCANS.get(text) or scan_text(text))[1] & DIGIT_BIT)


def is_scanned(literal: str) -> bool:
    """Is a folded literal found by the scan, rather than tested on its own?"""
    return literal.isascii() and len(literal) >= 3 and literal not in COMMON_WORDS


def literal_trie(literals: list[str]) -> str:
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

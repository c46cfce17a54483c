"""The rules backend's prefilters never skip a match.

Every prefilter is derived from its pattern, so these tests run all of the backend's
patterns (whatever entries the tables hold today) over the labelled articles, variants of
them and phrases built from the patterns' own words, and check that wherever a pattern
matches, its prefilter lets the search run.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from functools import cache
from pathlib import Path

import pytest

import extractor.backends.rules as rules
from extractor.articles import load_file
from extractor.backends.rules import attributions, claimants, dates
from extractor.backends.rules.literal_scan import DIGIT_BIT, REGISTRY
from extractor.backends.rules.prefilter import (
    Guarded,
    Prefilter,
    PrefilterIndex,
    ending_test,
    guarded,
)
from extractor.backends.rules.regex_literals import compact, endings, literal_tail
from extractor.backends.rules.sentences import split_sentences
from extractor.folding import _AsciiAware, ascii_twin, fold, folded_twin

ARTICLES = Path(__file__).resolve().parents[2] / "evals" / "articles"


def _patterns_in(value: object, found: dict[tuple[str, int], re.Pattern[str]]) -> None:
    if isinstance(value, Guarded | _AsciiAware):
        value = value._pattern
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        found[(value.pattern, value.flags)] = value
    elif isinstance(value, list | tuple):
        for item in value:
            _patterns_in(item, found)


@cache
def all_patterns() -> list[re.Pattern[str]]:
    """Every module-level pattern of the rules backend, and the gazetteer's entries."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(rules.__path__):
        for value in vars(importlib.import_module(f"{rules.__name__}.{module.name}")).values():
            _patterns_in(value, found)
    _patterns_in([re.compile(p) for p in claimants._ENTRY_PATTERNS], found)
    return list(found.values())


@cache
def texts() -> list[str]:
    """Sentences of the labelled articles, case variants, pairs, and phrases made of the
    patterns' own words (so that rare patterns match too)."""
    sentences = [
        s.text for path in sorted(ARTICLES.glob("*/*.txt"))
        for article in load_file(path) for s in split_sentences(article.text)
    ]  # fmt: skip
    rng = random.Random(7)
    words = sorted({w for p in all_patterns() for w in re.findall(r"[A-Za-z']{2,}", p.pattern)})
    made = [
        " ".join(rng.choice(words) for _ in range(rng.randrange(1, 6)))
        + rng.choice(["", " ", ":", " 5", " -", "  "])
        for _ in range(2000)
    ]
    names = [f"the {name} said" for name, *_ in claimants._GAZETTEER]
    variants = [t.upper() for t in sentences[::5]] + [t.lower() for t in sentences[1::5]]
    pairs = [a + " " + b for a, b in zip(sentences[::7], sentences[1::7], strict=False)]
    return sentences + made + names + variants + pairs


def test_fold_agrees_with_ignorecase_on_ascii_letters() -> None:
    letters, word, space = re.compile("[a-z]", re.I), re.compile(r"\w"), re.compile(r"\s")
    for code in range(0x110000):
        char = chr(code)
        folded = fold(char)
        assert len(folded) == 1, hex(code)  # offsets carry over to the folded text
        if letters.match(char):
            assert re.fullmatch(folded, char, re.IGNORECASE) and folded.isascii(), hex(code)
        # \w, \s (and so \b) read the folded text as they read the text
        assert bool(word.match(char)) == bool(word.match(folded)), hex(code)
        assert char.isspace() == bool(space.match(char)) == folded.isspace(), hex(code)


def test_a_folded_twin_matches_as_its_pattern() -> None:
    """A twin searched in the folded text finds each match of its pattern, at its offsets."""
    twins = [(p, t) for p in all_patterns() if (t := folded_twin(p)) is not None]
    assert len(twins) > 20
    odd = ["KILLED İN Kyiv", "ſince the war", "\u212aILLED", "ı lost ÉTÉ Σ troops"]
    for pattern, twin in twins:
        for text in [*texts(), *odd]:
            want = [(m.span(), m.regs) for m in pattern.finditer(text)]
            assert [(m.span(), m.regs) for m in twin.finditer(fold(text))] == want, pattern


def test_an_ascii_twin_matches_as_its_pattern_in_ascii_text() -> None:
    """In ASCII text, a pattern's ASCII twin finds each of its matches, with its groups;
    the separators \\x1c-\\x1f, which \\s matches in Unicode mode only, included."""
    patterns = all_patterns() + [t for p in all_patterns() if (t := folded_twin(p))]
    rng = random.Random(3)
    ascii_texts = [t for t in texts() if t.isascii()]
    odd = [rng.choice("\x1c\x1d\x1e\x1f\t\x0b\x0c\r_KkSsIi").join(t.split(" "))
           for t in ascii_texts[::27]]  # fmt: skip
    for pattern in patterns:
        twin = ascii_twin(pattern)
        assert twin is not None, pattern.pattern
        for text in [*ascii_texts[::9], *odd, *map(fold, ascii_texts[1::27])]:
            want = [(m.regs, m.lastgroup) for m in pattern.finditer(text)]
            assert [(m.regs, m.lastgroup) for m in twin.finditer(text)] == want, pattern


@pytest.mark.parametrize(
    "pattern",
    [r"(?:said|says|say|s|reported|put|put\s+the\s+figure)\b", r"(?i:Ab|aC|a|\w+x|AD|ad)(?:e|)",
     r"(?:ab|ac)+?c|(?:b|ba|bb)*a", r"(?=ab|ac)a[bc]|(?<=x)(?:yz|y)",
     r"\ba\w|\bab|\b|x|\bput\s+the|^a|^\s*e|\Bs|\Bsa", r"(?:\bs(?P<g>aid)?|\bs\w+|z)+"],
)  # fmt: skip
def test_an_ascii_twin_keeps_the_order_of_options(pattern: str) -> None:
    compiled, rng = re.compile(pattern), random.Random(11)
    twin = ascii_twin(compiled)
    assert twin is not None
    made = ["".join(rng.choice(["a", "b", "c", "A", "C", "x", "y", "z", "e", " ", "s", "aid",
                                "ays", "put", "the", "figure"]) for _ in range(12))
            for _ in range(3000)]  # fmt: skip
    for text in made:
        assert [m.regs for m in twin.finditer(text)] == [m.regs for m in compiled.finditer(text)]


@pytest.mark.parametrize(
    "pattern, twin_text, has_twin",
    [
        (r"\s\S[^\s,]", "a\x1cb c", True),
        (r"[\S\d]", "", False),  # not both a negation and a union
        (r"(?i)\u212a", "k", False),  # the Kelvin sign matches "k" in Unicode mode
        (r"(?i:é)", "", False),
    ],
)
def test_ascii_twin_only_when_exact(pattern: str, twin_text: str, has_twin: bool) -> None:
    compiled = re.compile(pattern)
    twin = ascii_twin(compiled)
    assert (twin is not None) is has_twin
    if twin is not None:
        assert [m.span() for m in twin.finditer(twin_text)] == [
            m.span() for m in compiled.finditer(twin_text)
        ]


@pytest.mark.parametrize(
    "pattern, has_twin",
    [
        (r"\bat\s+least\b", True),
        (r"[A-Z]{2}\S", True),
        (r"[A-~]", False),  # lower-cased, the range would lose [\]^_`
        (r"(?-i:Kyiv) said", False),  # a case-sensitive part
        (r"(a)\1", False),  # a back-reference compares as IGNORECASE does
        (r"é", False),  # only ASCII letters are known to fold as re matches them
    ],
)
def test_folded_twin_only_when_exact(pattern: str, has_twin: bool) -> None:
    assert (folded_twin(re.compile(pattern, re.IGNORECASE)) is not None) is has_twin
    assert folded_twin(re.compile(pattern)) is None  # not IGNORECASE: nothing to fold


def test_every_match_is_admitted() -> None:
    for pattern in all_patterns():
        prefilter = Prefilter(pattern)
        for text in texts():
            if pattern.search(text):
                assert prefilter.admits(text), (pattern.pattern, text)


def test_every_end_anchored_match_is_admitted_on_prefixes() -> None:
    """Patterns ending in $ are searched in the text before a number: try every prefix."""
    ended = [(p, guarded(p)) for p in all_patterns() if endings(p)]
    assert ended
    for text in [*texts()[:60], "at  least \n", "more than\t\t 5", "the " + " " * 80 + "x"]:
        for end in range(len(text) + 1):
            prefix = text[:end]
            for pattern, guard in ended:
                if pattern.search(prefix):
                    assert not guard.rules_out(prefix), (pattern.pattern, prefix)  # type: ignore[attr-defined]


def test_an_ending_test_passes_every_prefix_one_of_its_patterns_matches() -> None:
    """``ending_test`` stands for the end-anchored patterns searched in turn in one text."""
    ended = [p for p in all_patterns() if endings(p)]
    may_end = ending_test(ended[::3])
    for text in [*texts()[:60], "at  least \n", "more than\t\t 5", "the " + " " * 80 + "x"]:
        for end in range(len(text) + 1):
            prefix = text[:end]
            if any(pattern.search(prefix) for pattern in ended[::3]):
                assert may_end(prefix), prefix
    assert ending_test([*ended[:2], re.compile("x")])("no ending at all")  # (one has none)


@pytest.mark.parametrize(
    "patterns",
    [
        [re.compile(p) for p in claimants._ENTRY_PATTERNS],
        [p for p, _ in attributions._ATTRIBUTION_PATTERNS],
        [p for _, p in dates._PATTERNS],
    ],
)
def test_an_index_admits_every_pattern_that_matches(patterns: list[re.Pattern[str]]) -> None:
    index = PrefilterIndex(patterns)
    for text in texts():
        admitted = index.admitted(text)
        assert all(i in admitted for i, p in enumerate(patterns) if p.search(text)), text


def test_an_index_admits_a_pattern_whose_key_word_has_two_spellings() -> None:
    # ("[Pp]er" folds to "per" twice: its scan bit is one, not summed twice into another)
    patterns = [re.compile(r"\b[Pp]er\s+[A-Z]"), re.compile(r"\b[Ss]aid\b")]
    index = PrefilterIndex(patterns)
    for text, want in [("tanks, per Ukraine's General Staff", (0,)), ("Per Oryx", (0,)),
                       ("Kyiv said so", (1,)), ("per day", ()), ("superb", ())]:  # fmt: skip
        admitted = index.admitted(text)
        assert all(i in admitted for i in want), text
        assert all(i in admitted for i, p in enumerate(patterns) if p.search(text)), text


def test_a_guarded_pattern_answers_as_the_pattern() -> None:
    pattern = re.compile(r"\b(?:at\s+least|no\s+fewer\s+than)\s*$", re.IGNORECASE)
    guard = guarded(pattern)
    for text in ["killed at least ", "AT   LEAST", "at least 5", "", "no fewer than", "least"]:
        for method in ("search", "match", "fullmatch", "findall", "split"):
            want = getattr(pattern, method)(text)
            got = getattr(guard, method)(text)
            assert (got and got.span()) == (want and want.span()) if method in (
                "search", "match", "fullmatch") else got == want  # fmt: skip
        assert guard.sub("", text) == pattern.sub("", text)
        spans = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in guard.finditer(text)] == spans
        # a search that ends before the text does: "$" is at its end, not at the text's
        for end in range(len(text) + 1):
            want, got = pattern.search(text, 0, end), guard.search(text, 0, end)
            assert (got and got.span()) == (want and want.span()), (text, end)
    assert guard.pattern == pattern.pattern and guard.flags == pattern.flags


@pytest.mark.parametrize(
    "pattern, text, admitted",
    [
        (r"\bHUR\b", "the church", False),  # case-sensitive literal, tested as written
        (r"\bHUR\b", "HUR said", True),
        (r"(?i:the\s+ZSU)", "The zsu said", True),
        (r"according\s+to", "ACCORDING TO", False),
        (r"(?i)according\s+to", "ACCORDING TO", True),
        (r"\d+\.\d+", "no digits here.", False),  # a digit is required
        (r"[^,]{2,90}?\s+said", "they said", True),
        (r"(?:a|b)*", "", True),  # matches the empty string: no literal is required
    ],
)
def test_required_literals(pattern: str, text: str, admitted: bool) -> None:
    assert Prefilter(re.compile(pattern)).admits(text) is admitted
    assert bool(re.search(pattern, text)) <= admitted


def test_endings_leave_out_white_space() -> None:
    assert endings(re.compile(r"\bat\s+least\s*$", re.I)) == ("atleast",)
    assert endings(re.compile(r"\b(?:about|some)?\s*$")) is None  # may end with anything
    assert endings(re.compile(r"least")) is None  # not anchored at the end
    assert compact(" At \t Least \n") == "atleast"


def test_a_literal_tail_is_found_wherever_its_pattern_matches() -> None:
    tails = [(p, tail) for p in all_patterns() if (tail := literal_tail(p)) is not None]
    assert tails
    for pattern, tail in tails:
        for text in texts():
            if pattern.search(text):
                assert tail.search(text), (pattern.pattern, text)
    assert literal_tail(re.compile(r"(\w+), \1")) is None  # a back-reference needs its group
    assert literal_tail(re.compile(r"said, (\w+)")) is None  # opens with a literal already
    tail = literal_tail(re.compile(r"(\w+\s+)*(\w+), said"))
    assert tail is not None and tail.search("Mr Smith, said").group() == ", said"  # type: ignore[union-attr]


def test_the_scan_finds_every_literal_a_text_holds() -> None:
    literals = list(REGISTRY.bits.items())
    for text in [*texts()[::3], "Kyiv's air-defense: 24.02.2022", "u.k. and u.n. rocket-"]:
        folded = fold(text)
        want = sum(bit for literal, bit in literals if literal in folded)
        want |= DIGIT_BIT if re.search(r"\d", text) else 0  # the first bit: a digit
        assert REGISTRY.present(folded) == want, text


def test_a_pattern_absent_from_a_text_matches_no_slice_of_it() -> None:
    guards = [(p, guarded(p)) for p in all_patterns()]
    for text in texts()[::4]:
        slices = [text, text[: len(text) // 2], text[len(text) // 3 :]]
        for pattern, guard in guards:
            if guard.absent_from(text):  # type: ignore[attr-defined]
                assert not any(pattern.search(s) for s in slices), (pattern.pattern, text)

"""The rules backend's search shortcuts find what the full searches find.

Some searches run only from where a match can start, or only on the slices a match can
lie in; these tests hold each to its full search over the labelled articles' sentences
and made-up texts built to reach the edges (parentheses, dashes, white space, hedges).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from extractor.articles import load_file
from extractor.backends.rules import attributions, claimants, listed_nouns, scope
from extractor.backends.rules.sentences import split_sentences
from extractor.folding import finditer_past_start, fold

ARTICLES = Path(__file__).resolve().parents[2] / "evals" / "articles"


def sentences() -> list[str]:
    return [
        s.text for path in sorted(ARTICLES.glob("*/*.txt"))
        for article in load_file(path) for s in split_sentences(article.text)
    ]  # fmt: skip


def _spans(match: re.Match[str] | None) -> object:
    return match and (match.regs, match.lastgroup)


def test_the_noun_before_a_number_is_found_as_by_a_full_search() -> None:
    rng = random.Random(5)
    pieces = ["tanks", "Tanks", "air-defense systems", "main  battle tanks", "personnel", "x",
              "(", ")", "(incl. 5)", " ", "  ", "-", "—", ":", "=", "‒", "about", "more than",
              "killed", "the", ",", "losses", "MLRS", "\t"]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(5000)]
    prefixes = [s[:m.start()] for s in sentences() for m in re.finditer(r"\d+", s)]
    for before in [*prefixes, *made]:
        want = listed_nouns._NOUN_BEFORE.search(before)
        assert _spans(listed_nouns._noun_before(before)) == _spans(want), before


def test_the_gazetteer_entries_are_found_as_by_their_alternation() -> None:
    alternation = re.compile("|".join(claimants._ENTRY_PATTERNS))
    everything = tuple(range(len(claimants._ENTRY_PATTERNS)))
    names = [name for name, *_ in claimants._GAZETTEER]
    rng = random.Random(9)
    made = [" and ".join(rng.sample(names, 3)) + "'s figures, BBC Russian and Mediazona"
            for _ in range(300)]  # fmt: skip
    for text in [*sentences(), *made, "the zsu", "Ukraine's Armed Forces of Ukraine"]:
        want = [int(m.lastgroup[1:]) for m in alternation.finditer(text)]  # type: ignore[index]
        assert list(claimants._entries_found(everything, text)) == want, text


def _all_spans(matches: Iterable[re.Match[str]]) -> list[object]:
    return [_spans(m) for m in matches]


def test_attribution_search_past_the_start_finds_what_finditer_finds() -> None:
    """An attribution pattern that opens on "^" is searched past the start without it."""
    made = ["Ukraine said 5", ", the army said", "and the army said it", "x, y said, z said"]
    split = [i for i, rest in enumerate(attributions._PAST_START) if rest is not None]
    assert split  # the "..., X said" pattern at least
    for text in sentences() + made:
        for i in split:
            pattern, _ = attributions._ATTRIBUTION_PATTERNS[i]
            quick = finditer_past_start(pattern, attributions._PAST_START[i], text)
            assert _all_spans(quick) == _all_spans(pattern.finditer(text)), text


def test_scope_cue_search_past_the_start_finds_what_finditer_finds() -> None:
    made = ["2024: 90,000-100,000 killed", " 2023 (from May): 5", "in 2022: 4", "2024 — 7 in July"]
    split = [i for i, rest in enumerate(scope._NEAR_PAST_START) if rest is not None]
    assert split  # the period cue's "2024: ..." label at least
    for text in sentences() + made:
        for i in split:
            pattern, in_fold = scope._NEAR_SEARCHES[i]
            searched = fold(text) if in_fold else text
            quick = finditer_past_start(pattern, scope._NEAR_PAST_START[i], searched)
            assert _all_spans(quick) == _all_spans(pattern.finditer(searched)), text


def test_top_level_options_split_only_at_top_level_bars() -> None:
    source = r"a[|]b|c[^]|]d|(x|y)|\|z|^e"
    assert scope._top_level_options(source) == ["a[|]b", "c[^]|]d", "(x|y)", r"\|z", "^e"]
    assert scope._top_level_options("abc") == ["abc"]

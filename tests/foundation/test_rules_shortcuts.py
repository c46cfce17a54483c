"""The rules backend's search shortcuts find what the full searches find.

Some searches run only from where a match can start, or only on the slices a match can
lie in; these tests hold each to its full search over the labelled articles' sentences
and made-up texts built to reach the edges (parentheses, dashes, white space, hedges).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from extractor.articles import load_file
from extractor.backends.rules import claimants, figures
from extractor.backends.rules.sentences import split_sentences

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
        want = figures._NOUN_BEFORE.search(before)
        assert _spans(figures._noun_before(before)) == _spans(want), before


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

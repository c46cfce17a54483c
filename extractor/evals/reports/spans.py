"""The span viewer: an article's text with gold and predicted evidence highlighted in place.

Evidence spans overlap (a matched pair's gold and predicted evidence, several claims in one
sentence), so the text is cut at every span boundary and each piece is marked with every
status that covers it: matched (gold found), missed (gold not found), spurious (predicted
without a gold partner). Each highlighted piece lists its claims in a tooltip and each
claim's end carries a numbered marker that links to the claim table below the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from extractor.evals.record import ArticleResult
from schemas import Claim


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    status: str  # "matched" | "missed" | "spurious"
    label: str  # "g1" for gold claim 1, "p2" for predicted claim 2
    claim: Claim


def describe(claim: Claim) -> str:
    """One line: number, categories, subject and scope, claimant, date."""
    categories = "+".join(c.value for c in claim.categories)
    when = f", as of {claim.as_of}" if claim.as_of else ""
    subgroup = f" ({claim.subgroup})" if claim.subgroup else ""
    return (
        f"{claim.number_label()} {categories} ({claim.subject.value} {claim.population.value}"
        f"{subgroup}), {claim.qualifier.value}, {claim.scope.value}{when}; {claim.claimant}"
    )


def article_marks(article: ArticleResult) -> list[Mark]:
    """Gold claims as matched/missed and unmatched predictions as spurious, with offsets."""
    matched_gold = {g for g, _ in article.matches}
    marks = [
        Mark(c.start, c.end, "matched" if i in matched_gold else "missed", f"g{i + 1}", c)
        for i, c in enumerate(article.gold)
        if c.start is not None and c.end is not None
    ]
    marks += [
        Mark(c.start, c.end, "spurious", f"p{i + 1}", c)
        for i, c in enumerate(article.predicted)
        if i in set(article.spurious()) and c.start is not None and c.end is not None
    ]
    return marks


def highlight(text: str, marks: list[Mark], anchor: str) -> str:
    """``text`` as HTML, each piece inside ``<mark>`` with the statuses that cover it.

    ``anchor`` prefixes the ids the markers link to, so one page can show many articles.
    """
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    ends: dict[int, list[Mark]] = {}
    for mark in usable:
        ends.setdefault(mark.end, []).append(mark)
    out: list[str] = []
    for left, right in pairwise(cuts):
        piece = escape(text[left:right])
        covering = [m for m in usable if m.start <= left and right <= m.end]
        if covering:
            statuses = sorted({m.status for m in covering})
            tip = escape("\n".join(f"{m.label} {m.status}: {describe(m.claim)}" for m in covering))
            classes = " ".join(statuses)
            out.append(f'<mark class="{classes}" title="{tip}">{piece}</mark>')
        else:
            out.append(piece)
        for mark in sorted(ends.get(right, []), key=lambda m: m.label):
            out.append(
                f'<a class="tag {mark.status}" href="#{anchor}-{mark.label}">{mark.label}</a>'
            )
    return "".join(out)

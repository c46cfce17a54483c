"""Which span of a sentence is a figure's evidence: the clause that carries the number."""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure
from extractor.backends.rules.sentences import Sentence

_CLAUSE_END = re.compile(r"[,;]|\.\s|\.$")
# A clause starts after one of these; a later figure's also after a comma. The last one
# before a figure is matched from the end (".*" backtracks from there): every mark opens a
# match of its own (none is white space), so the last match ``finditer`` would find is the
# one at the last mark, with the same white space after it.
# (A parenthesis opens the clause only while it is still open at the figure: not the gloss
# in 'its "Zapad" (West) group of forces had inflicted losses of up to 215'; nor does the
# colon of a time: "As of 07:00, 9 people".)
_FIRST_CLAUSE_START = re.compile(r"(?s:.*)(?:[;—–·•]\s*|:(?!\d)\s*|\((?=[^)]*$)\s*|\.\s+)")
_LATER_CLAUSE_START = re.compile(r"(?s:.*)(?:[;—–·•]\s*|:(?!\d)\s*|\((?=[^)]*$)\s*|\.\s+|,\s*)")
# A word cut by the longest evidence allowed: the evidence starts after it.
_CUT_WORD = re.compile(r"\w*\W*")
_CLAUSE_LEAD = re.compile(r"[\s,;:.)\-–—·•]*(?:and\s+|or\s+|but\s+)?")


def clause_end(text: str, position: int) -> int:
    found = _CLAUSE_END.search(text, position)
    return found.start() if found else len(text)


def evidence_span(sentence: Sentence, figures: list[Figure], index: int) -> tuple[int, int]:
    """The clause that carries figure ``index``, as absolute offsets into the article."""
    figure = figures[index]
    text = sentence.text
    floor = 0
    if index > 0 and figure.increment_of is None:
        floor = figures[index - 1].phrase_end
    # The first figure's clause runs from the sentence start ("Russia lost 960 troops");
    # a later one's from the last comma before it ("bringing the total to 377,820").
    delimiters = _LATER_CLAUSE_START if index > 0 else _FIRST_CLAUSE_START
    last = delimiters.match(text, 0, figure.phrase_start)
    boundary = last.end() if last else 0
    start = max(floor, boundary, figure.phrase_start - 120)
    if start == figure.phrase_start - 120 and start > 0 and text[start - 1].isalnum():
        start = _CUT_WORD.match(text, start, figure.phrase_start).end()  # type: ignore[union-attr]
    if figure.increment_of is not None:
        start = min(start, figure.phrase_start)
    lead = _CLAUSE_LEAD.match(text, start, figure.phrase_start)  # None if start is past it
    start = lead.end() if lead else start
    end = figure.phrase_end
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    # Whatever the clause bounds say, the evidence must carry the number itself.
    while start < figure.number_start and text[start].isspace():
        start += 1
    start, end = min(start, figure.number_start), max(end, figure.number_end)
    return sentence.start + start, sentence.start + end

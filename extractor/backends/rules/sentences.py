"""Sentence segmentation with character offsets.

Lines (bullets, list items, captions) and paragraphs always end a sentence; inside a
line, a sentence ends at . ! ? followed by a space and an upper-case letter, a digit or
a quote, unless the dot belongs to an abbreviation ("U.S.", "Gen.", "Jan.").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.folding import ascii_aware


class Sentence(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line separated block)
    index: int  # type: ignore[assignment]  # position in the article (shadows tuple.index)


_ABBREVIATIONS = frozenset(
    re.split(
        r"\s+",
        """mr mrs ms dr gen gens brig lt col maj capt sgt cpl pvt prof st jan feb mar apr jun jul
        aug sep sept oct nov dec no vs approx est inc corp co ltd u.s u.k u.n e.g i.e etc sen rep
        gov pres adm cmdr c ca""",
    )
)
# (a citation mark may follow the stop: "in the past day.[3] Tavriisk Group ...")
_BOUNDARY = ascii_aware(re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\d{1,3}\])*\s+(?=[\"'“‘(\[]?[A-Z0-9])"))
_LINE = re.compile(r"[^\n]+")
# "18:05 | KHERSON: ...": a line that opens on the time of its item
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[|•·–—-]|\b(?:GMT|UTC|CET|EET|MSK)\b)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the '.' at ``dot`` the end of an abbreviation or an initial ("U.S.", "J.")?"""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS or "." in word:
        return True
    return len(word) == 1 and text[dot - 1].isupper()  # an initial: "J. Smith"


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    previous_line_end = 0
    for line in _LINE.finditer(text):
        if text.count("\n", previous_line_end, line.start()) >= 2 or (
                previous_line_end and _TIMESTAMP.match(line.group(0))):  # fmt: skip
            paragraph += 1  # (a blank line, or a ticker's or a log's next timed item)
        previous_line_end = line.end()
        start = line.start()
        for boundary in _BOUNDARY.finditer(line.group(0)):
            end = line.start() + boundary.start()
            dot = end + boundary.group(0).find(".") if "." in boundary.group(0) else -1
            if dot >= 0 and boundary.group(0).startswith(".") and _is_abbreviation(text, dot):
                continue
            stop = line.start() + boundary.end()
            _append(sentences, text, start, stop, paragraph)
            start = stop
        _append(sentences, text, start, line.end(), paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()  # white space as str.isspace has it
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        end = start + len(stripped)
        sentences.append(Sentence(start, end, stripped, paragraph, len(sentences)))


def own_line(text: str, sentence: Sentence) -> bool:
    """Is the sentence a line of its own ("MONDAY, JULY 1" over that day's post)?"""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start : sentence.start], text[sentence.end : line_end]
    return not before.strip() and not after.strip()

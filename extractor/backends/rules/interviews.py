"""Who speaks in an interview: a paragraph opened by its speaker's label ("Kravets: In spring
they still came with armour", "A: Not the biggest share") holds that person's words, and
the "we" in them is the speaker's unit, not the outlet.
"""

from __future__ import annotations

import re

from extractor.backends.rules.claimants import Claimant, infer_type
from extractor.backends.rules.prefilter import guarded
from extractor.folding import ascii_aware

# "Kravets: ...", "A: ...": a label of one to three capitalised words, then a colon
_LABEL = guarded(r"^\W{0,3}(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2})\s*:\s+(?=\S)")
_ANSWER = frozenset({"A", "Answer"})
# The person an interview is with, as its introduction names them: "Colonel Andrii
# Marchenko, 47, the spokesman for ..."; "Major Oleh Kravets, 36, commands ..."
_INTRODUCED = ascii_aware(re.compile(
    r"\b(?:Colonel|Major|General|Lieutenant|Captain|Sergeant|Commander|Governor|Minister|"
    r"spokes(?:man|woman|person)|commander|governor|mayor|chief|head)\s+(?:[A-Z][a-z'’-]+\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b"
))


# An interview introduces its speakers at its top: only so much is searched for them (and
# the time per paragraph stays bounded, whatever the article's length).
_INTRODUCTION = 3000


def interview_speaker(paragraph_opening: str, text: str, start: int) -> Claimant | None:
    """The speaker whose label opens the paragraph at ``start`` of ``text``, if the
    article has introduced them before it. Questions and list labels ("Tanks: 37") name no
    one introduced, so no speaker."""
    label = _LABEL.match(paragraph_opening)
    if label is None:
        return None
    text_before = text[: min(start, _INTRODUCTION)]
    word = label.group("label")
    if word in _ANSWER:
        introduced = _INTRODUCED.search(text_before)
    else:
        introduced = re.search(rf"\b(?P<name>[A-Z][a-z'’-]+\s+{re.escape(word)})\b", text_before)
    if introduced is None:
        return None
    # (the type from the words around the introduction: "a Ukrainian mechanized brigade")
    around = text_before[introduced.start() : text_before.find("\n", introduced.end())]
    return Claimant(introduced.group("name"), infer_type(around), True)

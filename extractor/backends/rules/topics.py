"""Figures counted under the kind of equipment a sentence opens on, after a colon.

"Artillery again accounts for the largest increase: 60 systems in a day";
"Operational-tactical drones are by far the fastest-growing category: 1,873 over the past
day". The number after the colon counts the kind the clause before it is about.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.lexicon import HEDGE
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import EQUIPMENT_RE, MOD, TERM_GROUPS, term_category
from extractor.numbers import NumberMention

# The clause opens on the kind (a sentence or a list line), and its colon leads to N.
_TOPIC_BEFORE = guarded(
    rf"^\W{{0,3}}(?:(?:{MOD})\s+){{0,3}}?(?:{EQUIPMENT_RE})\b[^:;.!?]{{3,80}}:\s*{HEDGE}$",
    re.IGNORECASE,
)
# A generic noun after the number says no more than the topic: "60 systems", "12 units".
_GENERIC_NOUN_AFTER = re.compile(r"\s+(?:systems|units|pieces|items)\b", re.IGNORECASE)


def bind_topic(text: str, first: NumberMention, last: NumberMention, before: str,
               parent: Figure | None) -> Figure | None:  # fmt: skip
    """A bare number after a colon that counts the kind of equipment its clause is about."""
    if parent is not None:
        return None
    topic = _TOPIC_BEFORE.match(before)
    if topic is None or lexicon.EQUIPMENT_NOT_LOSS.search(topic.group(0)):
        return None
    generic = _GENERIC_NOUN_AFTER.match(text, last.end)
    end = generic.end() if generic else last.end
    return new_figure(first, last, before, end, [term_category(topic, TERM_GROUPS)])

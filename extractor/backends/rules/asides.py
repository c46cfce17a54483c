"""Asides: parts of a sentence that date or place something other than its counts.

", many of them during the rout in the Kharkiv region last month" (a closing aside about
some of the things counted); "In Kursk Oblast, where Ukrainian troops have held territory
since August, ..." (a where-clause about the place). Their dates and scope cues are not
the figures'.
"""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure
from extractor.backends.rules.prefilter import guarded

CLOSING_ASIDE = guarded(r",\s+(?:(?:many|most|some|several|half)\s+of\s+(?:them|whom)\s+"
                        r"(?:(?:had|have|were|was)\s+(?:been\s+)?[a-z]+\s+)?"
                        r"(?:during|in|on|near|around)\b"
                        # ("rose to 35,050, as fighting intensified around Huliaipole")
                        r"|as\s+(?:the\s+)?(?:fighting|battles?|assaults?|offensive|attacks)\s+"
                        r"(?:intensified|raged|continued|grew|escalated|moved|spread)\b)"
                        r"(?:[^\d]|\b(?:19|20)\d\d\b)*$", re.IGNORECASE)  # fmt: skip
# (a month's abbreviation may hold a full stop: "where troops crossed on Aug. 6,")
# ("The ministry, which has published such summaries since early 2023, said": when the
# source did something, not when its figures run from)
_WHERE_ASIDE = guarded(
    r",\s+(?:where|(?:which|who)(?=[^,;.]*\bsince\b))\s+(?:[^,;.]|\.(?=\s\d)){1,120},",
    re.IGNORECASE,
)


def where_aside(text: str, figures: list[Figure]) -> tuple[int, int] | None:
    """The span of a where-clause (or a which-clause that says since when) that holds none
    of the sentence's figures."""
    found = _WHERE_ASIDE.search(text)
    if found is None or any(found.start() <= f.number_start < found.end() for f in figures):
        return None
    return found.span()

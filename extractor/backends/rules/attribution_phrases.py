"""An attribution phrase cleaned to the name it holds: "On Saturday it said" -> "it", "A day
earlier Bondar said" -> "Bondar", "In the same interview he claimed" -> "he", "the
ministry's" -> "the ministry".
"""

from __future__ import annotations

import re

from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.lexicon import MONTH_NAME
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.references import DOCUMENT_NOUNS
from extractor.folding import ascii_aware

# (and a heading's "What the ministry counted")
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|also|and|but|that|what)\s+",
                          re.IGNORECASE)  # fmt: skip


_TRAILING_ADVERBS = guarded(  # ends a phrase: its ending is tested first
    # (one or more: "Tkachenko has just posted")
    r"(?:\s+(?:has|have|had|does|do|did|also|since|later|previously|earlier|recently|now|then|"
    r"already|further|just|"
    r"again|separately|itself|officially|publicly|repeatedly|first|initially|originally))+$",
    re.IGNORECASE,
)


# A time after the name, before its verb: "The ministry on Wednesday said", "Its update on
# Thursday morning put"
_TRAILING_DAY = re.compile(
    rf"\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+{CALENDAR_WORD}"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
    # ("Mediazona ... had by early November identified")
    rf"|\s+by\s+(?:(?:early|mid|late)-?\s*)?(?:{MONTH_NAME})$"
    rf"|\s+for\s+{CALENDAR_WORD}$"  # ("the ministry's bulletin for Sunday")
)


# Words that cannot be inside a claimant's name: the phrase starts after the last of them
# (and digits, but for a name's own: "Poisk-24").
_PHRASE_BREAK = ascii_aware(re.compile(
    # ("the 47th Brigade": an ordinal is a name's own)
    r"^(?:.*(?:(?<![A-Za-z]-)(?<!\d)\d+(?!\d|(?:st|nd|rd|th)\b)|\s[-–—]\s|"
    r"\b(?:that|said|says|saying|after|before|when|while|as|by|which|(?-i:[Ww]ho)|"  # (not WHO)
    r"than|if|since|because|whom|whose|where)\b|"
    # (not where a unit is: "the commander of a brigade operating in the Pokrovsk direction")
    r"(?<!operating\s)(?<!fighting\s)(?<!deployed\s)(?<!stationed\s)"
    r"\b(?:on|in|at)\b)\s*)",
    re.IGNORECASE,
))
_POSSESSIVE_END = re.compile(r"'s$")
_PLACE_ONLY = re.compile(r"(?:the\s+)?(?:sector|direction|area|region|district|city|town|"
                         r"east|south|north|west|field)", re.IGNORECASE)  # fmt: skip
# A relative clause closing a name: "the press service of the mechanized brigade that holds
# the defense of Avdiivka" names the press service, not what the brigade holds
_RELATIVE_CLAUSE = re.compile(
    r"(?<=\w),?\s+(?:(?:that|which|who)\s+(?:(?:now|still|currently)\s+)?(?:holds?|held|"
    r"defends?|defended|fights?|fought|operates?|covers?|serves?|commands?|leads?|runs?|"
    r"monitors?|tracks?|compiles?|is\s+(?:fighting|deployed|stationed|defending|holding))\b"
    # ("Western officials who briefed journalists in Brussels")
    r"|(?-i:who)\s+[a-z]).*$",
    re.IGNORECASE,
)


# ("On Sunday evening it said": "it")
_LEADING_DAY = re.compile(rf"^(?:{CALENDAR_WORD}\w*,?\s+)+"
                          r"(?:(?:morning|afternoon|evening|night),?\s+)?(?=\S)")  # fmt: skip
_LEADING_TIME = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:hours?|days?|weeks?|months?)"
    r"\s+(?:earlier|later|before|after|ago)|(?:last|this|next|that)\s+(?:week|month|year|night|"
    r"weekend|morning|evening|spring|summer|autumn|fall|winter)|(?:earlier|later)(?:\s+(?:today|"
    r"that\s+day|this\s+week|in\s+the\s+day))?|yesterday|today|tonight|meanwhile|separately|"
    r"previously|then|now|also|there|here|(?:(?:by|at|until|since)\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+"
    r"of\s+(?:the\s+)?\w+(?:\s+\d{4})?"
    # ("By mid-June its researchers had documented")
    rf"|(?:(?:by|in|since|until)\s+|(?=early|mid|late))(?:(?:early|mid|late)-?\s*)?"
    rf"(?:{MONTH_NAME})(?:\s+\d{{1,2}})?),?\s+(?=\S)",
    re.IGNORECASE,
)


_LEADING_SETTING = re.compile(
    r"^(?:in|at|during|on)\s+(?:the\s+same|an?|the|his|her|its|their|that|this)\s+(?:[\w-]+\s+)?"
    r"(?:interview|statement|briefing|address|speech|report|post|video|message|conversation|"
    r"press\s+conference|broadcast|appearance),?\s+(?=\S)",
    re.IGNORECASE,
)


_ITS_OWN_STAFF = re.compile(r"^(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:analysts|experts|staff|"
                            r"researchers|specialists|officers|officials|teams?)$", re.IGNORECASE)


_DAYS_DOCUMENT = re.compile(rf"^{CALENDAR_WORD}\w*(?:\s+(?:morning|afternoon|evening|night))?\s+"
                            rf"(?:{'|'.join(DOCUMENT_NOUNS)})$")


def clean_phrase(phrase: str) -> str:
    """The name an attribution phrase holds, without the time, setting, determiners and
    adverbs around it."""
    phrase = _LEADING_SETTING.sub("", phrase.strip())  # "In the same interview he claimed"
    phrase = _TRAILING_DAY.sub("", _TRAILING_ADVERBS.sub("", phrase.strip()))
    phrase = _RELATIVE_CLAUSE.sub("", phrase)  # "the brigade that holds the defense of X"
    broken = _PHRASE_BREAK.sub("", phrase)
    if _PLACE_ONLY.fullmatch(broken) and (cut := phrase.rfind(" in ")) > 0:
        # ("a spokesman for the Ukrainian forces in the sector": the place is the name's)
        broken = _PHRASE_BREAK.sub("", phrase[:cut])
    phrase = broken
    phrase = phrase.strip(" '\"“”‘’-–—•*[]")  # quotes, a list item's bullet, "[02:05]"
    phrase = _LEADING_DAY.sub("", phrase)  # "On Saturday it said": "it"
    phrase = _LEADING_TIME.sub("", phrase)  # "A day earlier Bondar said": "Bondar"
    if _ITS_OWN_STAFF.match(phrase):
        return "it"  # "its analysts have recorded": the body's own staff speak for it
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _DETERMINERS.sub("", phrase).strip()
        phrase = _TRAILING_ADVERBS.sub("", phrase).strip()
    if _DAYS_DOCUMENT.match(phrase):
        return phrase.split()[-1]  # "Its Wednesday update put": the update (whoever issues it)
    return _POSSESSIVE_END.sub("", phrase).strip()

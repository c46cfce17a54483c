"""Names in attribution phrases: a person's, with or without a title ("Gov. Ivan Fedorov"),
and a body's with its remit ("the Coordination Headquarters for the Treatment of Prisoners
of War").
"""

from __future__ import annotations

import re

from extractor.backends.rules.claimants import Claimant, infer_type
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.references import PERSON_ROLES
from schemas import ClaimantType

# Any title of a person who gives figures, inside a pattern.
ROLE_WORD = rf"(?i:{'|'.join(sorted(PERSON_ROLES))})"

# A person named with a title ("Gov. Ivan Fedorov"), or a title with a name after it.
ABBREVIATED_TITLES = {"gov.": "governor", "gen.": "general", "col.": "colonel",
                      "lt.": "lieutenant", "lt": "lieutenant", "maj.": "major"}  # fmt: skip
TITLE = re.compile(
    r"^(?:Gov\.|Governor|Mayor|Gen\.|General|Col\.|Colonel|Lt\.?|Maj\.|Major|Minister|"
    r"President|Spokesman|Spokeswoman|Ombudsman|Prosecutor|Commander)(?=\s)"
)
_ORGANISATION_WORD = re.compile(
    r"\b(?:Ministry|Staff|Forces?|Navy|Army|Command|Service|Office|Agency|Institute|Mission|"
    r"Council|Group|Guard|Administration|Police|Directorate|Department|Intelligence|Cent(?:er|re)|"
    r"Headquarters|Commissioner|"
    r"Committee|Commission|Project|Times|Post|News|Press|Journal|Network|Brigade|Corps|Battalion|"
    r"Regiment|Unit|House|Kremlin|Pentagon|Government|Defen[cs]e|Authorit\w+|Ukrain\w*|Russia\w*|"
    r"American|British|U\.?S\.?|UK|EU|UN|NATO)\b"
)
_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}"  # "Ivan Fedorov"
_PERSONAL_NAME = re.compile(f"^{_NAME}$")
_NAME_AFTERTITLE = re.compile(rf"^(?P<role>.*\b{ROLE_WORD})\s+(?P<name>{_NAME})$")


def titled_person(phrase: str, body: Claimant) -> Claimant | None:
    """The person a phrase names after a title and the body they speak for, if any."""
    found = _NAME_AFTERTITLE.match(phrase)
    if found is None or _ORGANISATION_WORD.search(found.group("name")):
        return None
    return Claimant(found.group("name"), body.type, True, found.group("role").lower(), body.name)


def is_personal_name(phrase: str) -> bool:
    """"Ivan Fedorov", "Gov. Ivan Fedorov": a person, not a body."""
    name = TITLE.sub("", phrase).strip()
    return bool(_PERSONAL_NAME.match(name)) and not _ORGANISATION_WORD.search(name)


def has_remit(phrase: str) -> bool:
    """Is the phrase a body's name with its remit ("the Coordination Headquarters for the
    Treatment of Prisoners of War")?"""
    body, remit, _ = phrase.partition(" for ")
    return bool(remit) and _ORGANISATION_WORD.search(body) is not None


# A person introduced before they are quoted: "Hanna Maliar, the deputy defence minister,
# gives a weekly summary"; "Colonel Ihor Dovbush, the brigade's commander, is ..."
_INTRODUCED = guarded(
    rf"(?<![\w'’-])(?!(?:In|On|At|As|By|For|From|With|After|Before|Since|When|The|But|And)\s)"
    rf"(?P<name>{_NAME}),\s+(?:\d{{2}},\s+)?(?:the|a|an|its|his|her)\s+"
    rf"(?P<title>(?:[\w'’-]+\s+){{0,5}}?(?P<role>{ROLE_WORD}))\b(?!['’-])"
)


def introduced_person(sentence: str) -> Claimant | None:
    """The person a sentence introduces by name and title, if it does: "she said" in the
    next sentences is that person."""
    found = _INTRODUCED.search(sentence)
    if found is None:
        return None
    name = TITLE.sub("", found.group("name")).strip()
    if not is_personal_name(name):
        return None
    title = found.group("title")
    kind = infer_type(title)
    if kind is ClaimantType.FOREIGN_OFFICIAL and title.islower():
        kind = ClaimantType.UNKNOWN  # "the deputy defence minister": a side's, which one unsaid
    return Claimant(name, kind, True, found.group("role").lower())

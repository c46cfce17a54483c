"""Names in attribution phrases: a person's, with or without a title ("Gov. Ivan Fedorov"),
or introduced with one ("Hanna Maliar, the deputy defence minister,"), a body's with its
remit ("the Coordination Headquarters for the Treatment of Prisoners of War"), and whether a
phrase names a source at all.
"""

from __future__ import annotations

import re

from extractor.backends.rules.claimants import Claimant, canonical_claimant, infer_type
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.references import PERSON_ROLES
from extractor.folding import ascii_aware
from schemas import ClaimantType

# Any title of a person who gives figures, inside a pattern.
ROLE_WORD = rf"(?i:{'|'.join(sorted(PERSON_ROLES))})"

# A person named with a title ("Gov. Ivan Fedorov", "Brig. Gen. Oleksandr Tarnavsky"), or a
# title with a name after it.
_ABBREVIATED_TITLES = {"gov.": "governor", "gen.": "general", "col.": "colonel",
                       "lt.": "lieutenant", "lt": "lieutenant", "maj.": "major",
                       "brig.": "brigadier", "capt.": "captain", "sgt.": "sergeant"}  # fmt: skip
TITLE = re.compile(
    r"^(?:(?:Brig\.|Brigadier|Lt\.?|Lieutenant|Maj\.|Major|Col\.|Colonel)\s+(?=Gen\.|General))?"
    r"(?:Gov\.|Governor|Mayor|Gen\.|General|Col\.|Colonel|Lt\.?|Maj\.|Major|Minister|"
    r"President|Spokesman|Spokeswoman|Ombudsman|Prosecutor|Commander|Capt\.|Captain|Sgt\.)(?=\s)"
)


def role_of_title(written: str) -> str:
    """The role a title as written names: "Brig. Gen." -> "brigadier general"."""
    return " ".join(_ABBREVIATED_TITLES.get(word, word) for word in written.lower().split())


_ORGANISATION_WORD = re.compile(
    r"\b(?:Ministry|Staff|Forces?|Navy|Army|Command|Service|Office|Agency|Institute|Mission|"
    r"Council|Group|Guard|Administration|Police|Directorate|Department|Intelligence|Cent(?:er|re)|"
    r"Headquarters|Commissioner|Organi[sz]ation|Association|Foundation|Union|Fund|Society|"
    r"Committee|Commission|Project|Times|Post|News|Press|Journal|Network|Brigade|Corps|Battalion|"
    r"Regiment|Unit|House|Kremlin|Pentagon|Government|Defen[cs]e|Authorit\w+|Ukrain\w*|Russia\w*|"
    r"American|British|U\.?S\.?|UK|EU|UN|NATO)\b"
)
_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}"  # "Ivan Fedorov"
_PERSONAL_NAME = re.compile(f"^{_NAME}$")
_NAME_AFTERTITLE = ascii_aware(re.compile(rf"^(?P<role>.*\b{ROLE_WORD})\s+(?P<name>{_NAME})$"))


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


_REMIT_OR_PARENT = re.compile(r"\s(?:for|under)\s")


def has_remit(phrase: str) -> bool:
    """Is the phrase a body's name with its remit or its parent ("the Coordination
    Headquarters for the Treatment of Prisoners of War", "the Second Investigation Department
    under the Ministry of National Defence")?"""
    joint = _REMIT_OR_PARENT.search(phrase)
    return joint is not None and _ORGANISATION_WORD.search(phrase, 0, joint.start()) is not None


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


# Whether a phrase before an attribution verb names a source: not a date, not a clause
# ("Kyiv's figures cannot be verified"), not a list of things checked; a capitalised name or
# an official body's word ("officials", "the brigade")
_CALENDAR_WORD = re.compile(  # (and the feasts a date is named by: "since the New Year")
    rf"^(?:{CALENDAR_WORD}|(?:New\s+Year|Christmas|Easter|Independence\s+Day|Victory\s+Day)\b)")
_CLAUSE_WORD = re.compile(
    r"\b(?:I|you|we|could|couldn't|would|should|must|not|cannot|can't|be|if|when|which|who|were|"
    r"was|is|are)\b"
)
_OFFICIAL_SOURCE = ascii_aware(re.compile(  # (ASCII mode: re knows the first letters)
    r"\b(?:officials?|ministry|military|intelligence|government|analysts|researchers"
    r"|monitors|spokes\w+|authorities|sources|command|brigade|battalion|regiment|corps|unit"
    r"|police|prosecutors?|(?:emergency|rescue)\s+services)\b",
    re.IGNORECASE,
))
_JOINING_WORDS = frozenset({"and", "or", "of", "with", "by", "for", "to", "from"})
_WHERE_A_UNIT_IS = re.compile(r"\s+(?:operating|fighting|deployed|stationed)\s+(?:in|on|near|"
                              r"around|along)\s.*$")  # fmt: skip


_OPENERS = frozenset({"they", "we", "he", "she", "it", "i", "you", "this", "that", "these",
                      "those", "some", "many", "most", "our", "their", "his", "her", "its"})
_PREPOSITIONS = frozenset({"of", "as", "in", "on", "at", "by", "from", "to", "with", "until",
                           "within", "under", "near", "beyond", "behind", "across"})


def looks_like_claimant(phrase: str) -> bool:
    """A named source (a capitalised word) or a generic official source, not a clause."""
    words = _WHERE_A_UNIT_IS.sub("", phrase).split()  # (its length without where it fights)
    if not words or len(words) > 12 or _CALENDAR_WORD.match(phrase):
        return False
    if len(words) > 9 and not has_remit(phrase):
        return False  # long, unless a body's name with its remit
    if _CLAUSE_WORD.search(phrase) or words[0].lower() in ("each", "every", "any", "no"):
        return False  # "Each item counted once": what is counted, not who counts
    if words[0] in _PREPOSITIONS:
        return False  # "had as of last Friday confirmed": a time phrase, not a source
    if words[-1].lower() in _JOINING_WORDS:
        return False  # "Obituaries and posts checked": "posts" is no verb of a source
    # (a sentence's capitalised first word names no one: "They check each name using ...")
    named = any(w[0].isupper() for w in (words[1:] if words[0].lower() in _OPENERS else words))
    return named or bool(_OFFICIAL_SOURCE.search(phrase))


# The line that heads a post in a digest of posts: "07:38 — Ministry of Defence of the Russian
# Federation (@mod_russia)", "16:30 — Frontline Chronicle Z (pro-Kremlin milblogger)": who
# wrote what follows, until the next such line.
_POST_HEADER = re.compile(
    r"\W{0,4}(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*(?P<name>[^()\n.!?]{3,80}?)(?:\s*\((?P<aside>[^()\n]{1,80})\))?"
    r"|(?P<handle_name>[A-Z][^()\n.!?]{2,80}?)\s*\((?P<handle>@\w+)[^()\n]{0,60}\))\s*$"
)


# (tried on many sentences: a time or a handle first, the whole header only then)
_TIME_OR_HANDLE = re.compile(r"^\W{0,4}\d{1,2}[:.]\d{2}\s*[—–-]|\(@\w+")


def post_author(line: str) -> Claimant | None:
    """The author a post's header line names, if the line is one: a source the gazetteer
    knows, else the name as the line gives it."""
    if not _TIME_OR_HANDLE.search(line):
        return None
    found = _POST_HEADER.fullmatch(line.strip())
    if found is None:
        return None
    if (known := canonical_claimant(line)) is not None:
        return known
    name = (found.group("name") or found.group("handle_name")).strip(" ,")
    if not looks_like_claimant(name):
        return None
    aside = found.group("aside") or ""
    person = is_personal_name(name.split(",")[0])
    return Claimant(name.split(",")[0] if person else name, infer_type(f"{name} {aside}"), person)


# A line that announces a source's figures, with no verb: "And finally, the General Staff's
# morning numbers." The figures that follow are that source's.
_FIGURES_OF = re.compile(
    r"^\W{0,4}(?:\d{1,2}:\d\d\W{1,4})?(?:(?:and|now|next|finally|meanwhile|first|here\s+are)"
    r"\W+){0,3}(?:the\s+)?"
    r"(?P<name>[A-Z][^.!?:;,]{2,60}?)['’]s?\s+(?:[a-z-]+\s+){0,2}(?:numbers|figures|"
    r"update|tally|data|count)\W{0,3}$",
    re.IGNORECASE,
)


def figures_announced(line: str) -> Claimant | None:
    """The known source whose figures a verbless line announces, if the line does."""
    found = _FIGURES_OF.match(line.strip())
    return canonical_claimant(found.group("name")) if found else None


# A body that opens a sentence as its subject, named in full: "The Security Service of
# Ukraine (SBU), which ..., was first and most expansive." ("It said" next is that body.)
_BODY_HEAD = (r"(?:Service|Ministry|Agency|Office|Directorate|Committee|Council|Group|Institute|"
              r"Cent(?:er|re)|Command|Administration|Mission|Project|Team|Bureau|Department|"
              r"Foundation|Network|Initiative|Monitor|Watch|Commission|Headquarters)")
_OPENING_BODY = re.compile(
    r"^\W*(?:(?:But|And|Meanwhile|Separately|Still|Yet),?\s+)?(?:The\s+|the\s+)?"
    # (two words before its head, or a remit after it: not "The Defense Ministry", which
    # may be any side's)
    rf"(?P<name>(?!The\s)(?:[A-Z][\w'’-]*\s+){{2,4}}?{_BODY_HEAD}"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    rf"|[A-Z][\w'’-]*\s+{_BODY_HEAD}\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s*\([A-Z]{2,8}\))?(?=,|\s+[a-z])"
)


# A name the sentence opens on, an aside after it: "Pamiats, a project run by exiled
# Belarusian journalists ..., has a slightly higher count."
_OPENING_NAME = re.compile(r"^\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s")


# A name the sentence opens on as the subject of its verb: "The United Nations has a team
# in Ukraine that checks every report"
_OPENING_SUBJECT = re.compile(r"^\W*(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                              r"\s+(?=[a-z])")  # fmt: skip


def introduced_body(sentence: str, described: dict[str, ClaimantType]) -> Claimant | None:
    """The body a sentence opens on as its subject, named in full and typed by its name, or
    typed by what the article's aside says it is (``described``, from ``described_types``),
    or one the gazetteer knows, or an international body."""
    found = _OPENING_BODY.match(sentence)
    if found is None:
        opening = _OPENING_NAME.match(sentence)
        kind = described.get(opening.group("name")) if opening else None
        if opening and kind:
            return Claimant(opening.group("name"), kind)
        if subject := _OPENING_SUBJECT.match(sentence):
            name = re.sub(r"['’]s$", "", subject.group("name"))  # ("The UN's office, OCHA")
            known = canonical_claimant(name)
            if known is None and infer_type(name) is ClaimantType.INTERNATIONAL_ORG:
                known = Claimant(name, ClaimantType.INTERNATIONAL_ORG)
            return known
        return None
    name = found.group("name")
    return Claimant(name, infer_type(name))

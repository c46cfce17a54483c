"""Phrases that refer to a claimant rather than name one: pronouns and generic heads
("it said", "the ministry added", "the governor"), resolved to the most recent fitting
claimant of the article, and the outlet's own voice ("we counted").
"""

from __future__ import annotations

import re

from extractor.backends.rules.claimants import Claimant, canonical_claimant
from extractor.backends.rules.prefilter import guarded
from schemas import ClaimantType

T = ClaimantType

# Titles of people who give figures: "the governor said" refers back to a person.
PERSON_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "general", "commander",
    "official", "governor", "mayor", "ombudsman", "prosecutor", "chief", "head", "colonel",
    "commissioner", "chairman", "chairwoman", "director", "founder", "ambassador", "adviser",
    "advisor", "secretary", "representative", "coordinator",
}  # fmt: skip

# "the update says": a reference to whoever issued the document.
DOCUMENT_NOUNS = ("update", "report", "statement", "bulletin", "summary", "briefing", "assessment")

_CIVIL_SOCIETY = ("group", "organisation", "organization", "ngo", "charity", "watchdog",
                  "association", "foundation", "initiative", "network", "coalition")
_BUSINESS = ("firm", "company", "manufacturer", "maker")
_GENERIC_HEADS = {
    "military": (
        "military",
        "armed forces",
        "army",
        "general staff",
        "command",
        "defense",
        "defence",
    ),
    "army": ("military", "armed forces", "army", "general staff"),
    "staff": ("staff",),
    "command": ("command", "general staff", "armed forces"),
    "ministry": ("ministry",),
    "force": ("air force",),
    "navy": ("navy", "naval"),
    "mission": ("mission",),
    "agency": ("agency", "intelligence service"),
    "office": ("office", "commissioner"),
    "headquarters": ("headquarters",),
    "un": ("un ", "united nations", "commissioner"),
    "monitors": ("mission", "monitor"),
    "officials": ("officials", "intelligence", "pentagon"),
    "monitor": ("mission", "monitor"),
    "investigation": ("mediazona", "bbc", "investigation"),
    "outlet": ("mediazona", "bbc", "meduza"),
    "bloggers": ("bloggers",),  # "What the bloggers said", after "Russian military bloggers"
    "police": ("police",),  # "the police said" after "the regional police department"
    "administration": ("administration",),  # "the administration said" after a region's
    "department": ("department",),
    # "The brigade added" after "The 149th Separate Mechanized Brigade ..."
    **{unit: (unit,) for unit in ("brigade", "battalion", "regiment")},
    "project": ("mediazona", "ualosses", "oryx", "project"),
    "service": ("service",),  # "the press service", "the service" after a security service
    "institute": ("institute", "think tank", "think-tank"),
    "think-tank": ("institute", "think tank", "think-tank"),
    # civil society: "the group" after "a Ukrainian human-rights group"
    **dict.fromkeys(_CIVIL_SOCIETY, _CIVIL_SOCIETY),
    # a business: "the firm said" after "drone manufacturer Zhuravel Systems"
    **dict.fromkeys(_BUSINESS, (*_BUSINESS, "systems", "industries", "corporation")),
    # A document refers to whoever issued it; the engine tracks who that was.
    **{noun: () for noun in DOCUMENT_NOUNS},
}


# Bodies that, named by their kind alone, are a source of their own when none was named
_OF_ITS_OWN = frozenset({"police", "administration", "department", "brigade", "battalion",
                         "regiment"})  # fmt: skip
# Bodies that speak for themselves, never for another body named before
_OWN_BODIES = frozenset({"force", "navy"})
LOCAL = frozenset({"regional", "local", "city", "municipal", "district", "oblast", "town",
                   "village"})  # fmt: skip
LOCAL_HEADS = frozenset({"governor", "mayor"})  # who heads a region or a city
_SPEAKS_FOR_A_BODY = {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "chief",
                      "head", "minister", "general"}  # fmt: skip

# Heads of phrases that refer back to a claimant rather than name one.
REFERENCE_HEADS = frozenset(_GENERIC_HEADS) | PERSON_ROLES


# The outlet speaking of its own research: "we have identified", "our count", "Okno's
# journalists have established" (the outlet's name is checked by the caller).
_OWN_VOICE = guarded(  # tried on most sentences, which lack its words
    # ("we have been able to confirm", "we have also counted")
    r"\b(?:(?:we|I)\s+(?:(?:have|had|only|could|can|also|now|so\s+far)\s+)*(?:(?:been\s+)?able\s+"
    r"to\s+|managed\s+to\s+)?(?:identif(?:y|ied)|confirm(?:ed)?|establish(?:ed)?|f(?:ou|i)nd|"
    r"count(?:ed)?|know|record(?:ed)?|verif(?:y|ied)|document(?:ed)?|estimated?|calculated?|"
    r"analy[sz]ed?|geolocated?|track(?:ed)?)\b|(?:our|my)\s+(?:\w+\s+)?(?:count|"
    r"list|model|tally|estimates?|analysis|calculations?|database|data|records)\b|(?P<name>"
    r"[A-Z][\w-]+)'s\s+(?:journalists|reporters|researchers|team|count|tally|list)\b)",
    re.IGNORECASE,
)
_EDITION = re.compile(r"\s*\([^)]*\)\s*$")  # "Okno (English edition)" -> "Okno"


def the_outlet(outlet: str | None) -> Claimant:
    """The outlet as the claimant of its own counts ("Okno (English edition)" -> "Okno")."""
    return Claimant(_EDITION.sub("", outlet or "") or "the outlet", T.INDEPENDENT)


def own_voice(sentence: str, outlet: str | None) -> Claimant | None:
    """The outlet, when the sentence gives its own count outside any quotation."""
    ours = the_outlet(outlet)
    for m in _OWN_VOICE.finditer(sentence):
        quoted = sum(sentence.count(q, 0, m.start()) for q in "\"“”") % 2 == 1
        named = m.group("name")
        if quoted or (named and named.lower() != ours.name.lower()):
            continue
        return ours
    return None


# "the prosecutor general's office": an official's office, a body of the state
OFFICIAL_OFFICE = re.compile(
    r"\b(?P<title>prosecutor|president|mayor|governor|ombudsman|commissioner)"
    r"(?:(?<=prosecutor)\s+general)?['’]s\s+office$",
    re.IGNORECASE,
)


def resolve_reference(phrase: str, history: list[Claimant]) -> Claimant | None:
    """The claimant a pronoun or generic reference points at, from the most recent back."""
    words = phrase.lower().split()
    head = words[-1]
    if head in PERSON_ROLES:
        # "the regional governor said": the last person with that title, else the last
        # person; a spokesman speaks for the last body, but a governor is not that body.
        # (or an office named by its title: "the commissioner" after "Ukraine's parliamentary
        # commissioner for human rights")
        office = head not in _SPEAKS_FOR_A_BODY  # ("the general" is no "General Staff")
        titled = (c for c in reversed(history) if (head in c.role if c.is_person else (
            office and head in c.name.lower().split())))  # fmt: skip
        fallback = history[-1] if history and head in _SPEAKS_FOR_A_BODY else None
        # (no national leader the gazetteer knows is "the regional governor")
        return next(titled, None) or next((c for c in reversed(history) if c.is_person and not (
            head in LOCAL_HEADS and canonical_claimant(c.name) is not None)), fallback)
    if head in ("he", "she"):
        return next((c for c in reversed(history) if c.is_person), history[-1] if history else None)
    if head == "office" and (owner := OFFICIAL_OFFICE.search(phrase)):
        # "the prosecutor general's office", "the regional prosecutor's office": that
        # official's, named before or not at all
        title = owner.group("title").lower()
        return next((c for c in reversed(history)
                     if title in c.name.lower() or title in c.role), None)  # fmt: skip
    if words[0] in LOCAL and head not in PERSON_ROLES:
        # "regional officials", "the regional military administration": the region's, not a
        # body named before unless it is local too
        # (and of its kind: "the regional health department" is no "regional commissariat")
        return next((c for c in reversed(history)
                     if words[0] in c.name.lower() and head in c.name.lower()), None)
    if head in _GENERIC_HEADS:
        keys = _GENERIC_HEADS[head]
        for candidate in reversed(history):
            if any(k in candidate.name.lower() + " " for k in keys):
                return candidate
        if head in _OWN_BODIES:
            return None  # "the air force said" with no air force named: a source of its own
        if head in _OF_ITS_OWN or words[-2:] == ["press", "service"]:
            # "police said", "the press service said", "the health department said" with none
            # named before: a source of its own (whose side its figures tell)
            return Claimant(" ".join(words[1:] if words[0] == "the" else words), T.UNKNOWN)
        if head in _CIVIL_SOCIETY:
            # "the association's register" with none named so: the last independent source,
            # or one of its own (no official body is an association)
            return next((c for c in reversed(history)
                         if c.type is T.INDEPENDENT and not c.is_person),
                        Claimant(" ".join(words[1:] if words[0] == "the" else words),
                                 T.INDEPENDENT))  # fmt: skip
    return next((c for c in reversed(history) if not c.is_person), history[-1] if history else None)

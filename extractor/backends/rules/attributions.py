"""Attribution phrases: where a sentence says who gives its figures ("according to X",
"X said", "figures from X"), cleaned to the claimant's name and typed.

A phrase that names no one ("it said", "the ministry added") is kept unresolved, for
references.resolve_reference to point at a claimant named before.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import attribution_patterns as forms
from extractor.backends.rules import lexicon
from extractor.backends.rules.attribution_phrases import clean_phrase
from extractor.backends.rules.claimants import Claimant, canonical_in, infer_type, joint_in
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.names import (
    TITLE,
    has_remit,
    is_personal_name,
    looks_like_claimant,
    role_of_title,
    titled_person,
)
from extractor.backends.rules.references import DOCUMENT_NOUNS, REFERENCE_HEADS
from extractor.backends.rules.regex_literals import max_width
from extractor.folding import ascii_aware, finditer_past_start
from schemas import ClaimantType

T = ClaimantType
# The forms of an attribution and what finds them quickly (read per sentence: module
# globals here, not attribute lookups)
_ATTRIBUTION_PATTERNS, _ATTRIBUTION_INDEX = forms.ATTRIBUTION_PATTERNS, forms.ATTRIBUTION_INDEX
_ATTRIBUTION_TAILS, _PAST_START = forms.ATTRIBUTION_TAILS, forms.PAST_START
_ANCHORED = forms.ANCHORED


_PRONOUN = re.compile(
    r"^(?:it|he|she|they|we|the\s+(?:update|report|statement|ministry|military|mission|agency|office|staff|army|command|assessment|study|investigation|office|department|service|outlet|project|group|institute|think[\s-]tank|centre|center|spokes(?:man|woman|person)|officials?|minister|president|general|commander|UN|monitors?))$",
    re.IGNORECASE,
)
# A ministry named without its country: a reference back to the one named before.
_BARE_MINISTRY = re.compile(
    r"^(?:the\s+)?(?:(Defen[cs]e|Foreign|Interior)\s+Ministry|Ministry\s+of\s+(Defen[cs]e|Foreign"
    r"\s+Affairs|Internal\s+Affairs)|(?-i:MoD|MOD)())$",
    re.IGNORECASE,
)
_COUNTED_WORDS = ascii_aware(
    re.compile(r"\b(?:deaths|losses|casualties|dead|killed|wounded)\b", re.IGNORECASE)
)
# (Searched in a phrase's last few characters: quicker than any test of their ending.)
_ENDS_IN_DETERMINER = ascii_aware(
    re.compile(r"\b(?:the|a|an|its|their|his|her|our|my|your|this|that|whose)$", re.I)
)
# "rather than on Ukrainian claims": a noun after a preposition's adjective, no verb
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:on|about|with|than|against|over)\s+(?:the\s+)?(?:[a-z][\w'’-]*|[A-Z]\w*(?:ian|ean|ese|ish|ern))$"
)
# "Across the seven reports", "its daily reports": a count or a kind before a noun
_ENDS_IN_A_COUNT = re.compile(
    r"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|daily|weekly|"
    r"monthly|morning|evening|latest)$",
    re.IGNORECASE,
)
_PLURAL_NOUN_VERB = re.compile(r"\s+(?:claims|reports|estimates|notes|posts|lists|issues|"
                               r"releases|figures|counts)$")  # fmt: skip
# "has folded the SBU's claim into its count": "claim" a noun, whose owner a verb's object
_OWNER_AS_OBJECT = re.compile(r"\b(?:has|have|had|is|are|was|were|[a-z]+ed)\s[^,;:]*['’]s$")
# A match is the last word of a phrase, or stands before its last "\n": it is searched there.
_DETERMINER_REACH = (max_width(_ENDS_IN_DETERMINER) or 10**6) + 1


class Attribution(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    start: int
    end: int
    phrase: str
    claimant: Claimant | None  # None: a pronoun or generic reference to resolve from context


# After "according to X", "cited by X" or "said X", X ends where its modifiers begin.
_HEAD_BREAK = ascii_aware(re.compile(
    r"\s+(?=(?:quoted|cited|(?-i:who)|which|that|on|in|at|after|before|when|while|as|said|says|"
    r"reported|published|released|compiled|gathered|collected|citing|adding|earlier|late|last|"
    r"this)\b|\d(?!\d*(?:st|nd|rd|th)\b))",  # (not a unit's ordinal: "the 93rd Brigade")
    re.IGNORECASE,
))
# "The ministry's Monday morning statement put ...": the document's owner is the source
_OWNERS_STATEMENT = re.compile(
    rf"(?P<last>\w+)['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(DOCUMENT_NOUNS)})$", re.IGNORECASE
)
# (a time's, not an owner's: "the previous evening's summary", "Thursday's update")
_TIMES = frozenset({"evening", "morning", "night", "day", "week", "month", "year", "today",
                    "yesterday", *(w.lower() for w in re.findall(r"[A-Z][a-z]+", CALENDAR_WORD))})
# "according to the group's verified count": the count's owner is the source
_OWNERS_COUNT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:count|figures?|data|estimates?|tally|numbers|statistics|"
    r"records?|list|update|assessment|report|register|registry|database|tallies|counts)$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"^according\s+to\b", re.IGNORECASE)
# "according to BWS calculations based on the General Staff's daily updates": the figure the
# outlet works out is the underlying source's
_BASED_ON = re.compile(r"\bbased\s+on\s+", re.IGNORECASE)
# A phrase about the losses themselves is not a claimant ("Ukrainian soldiers killed").
_LOSS_WORDS = ascii_aware(re.compile(
    # ("group of troops" names a command, not the losses)
    r"\b(?:killed|lost|losses|wounded|died|dead|suffered|sustained|(?<!of\s)troops|soldiers|"
    r"servicemen|casualties|tanks|"
    r"service\s*members|personnel|civilians|missing|captured|prisoners|Ukrainians|Russians)\b",
    re.IGNORECASE,
))
_ADMITTED_PATIENTS = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}\d[\d,]*\s+(?:people|patients|wounded|injured|civilians|children|"
    r"residents|soldiers|servicemen)\b"
)
_RANKING_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}?{lexicon.HAS_THE_MOST}")


_FIGURES_BEFORE = re.compile(
    r"(?P<owner>(?:[A-Z][\w'’.-]*\s+){1,5})(?:figures|data|estimates|numbers|statistics|reports?)"
    r",?\s*(?i:according)\s+to\s+$"
)
_PLATFORMS = {"x", "twitter", "telegram", "facebook", "instagram", "tiktok", "youtube", "vk",
              "vkontakte", "threads", "bluesky"}  # fmt: skip
_FUNCTION_WORDS = {"a", "an", "the", "this", "that", "these", "those", "another", "some", "to",
                   "in", "on", "for", "with", "by", "as", "at",
                   "others", "many", "most", "few"}  # fmt: skip  ("Others estimate higher")


# What an aside may say a name is that no person is ("Lost Regiments, an independent project")
_INSTITUTION = re.compile(
    r"^(?:an?|the)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:project|group|outlet|organi[sz]ation|"
    r"database|website|site|foundation|institute|centre|center|agency|network|initiative|"
    r"channel|platform|newspaper|charity|NGO|movement)\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,;:.]{1,80})")
_AMONG_THE_COUNTED = re.compile(r"\b(?:among|including)\b", re.IGNORECASE)
_DATA_BEFORE = re.compile(r"\b(?:data|figures|statistics|numbers)\s+$")
_COMPILED = re.compile(r"(?:compiled|gathered|collected)\b", re.IGNORECASE)
# "- Names added this week (10-16 October): 1 284": a list line's label, not a clause
# (but "Prosecutors put the figure far higher: more than 250" is a clause with its verb)
_SOURCE_MARK = re.compile(r"(?:[Pp]er|[Aa]ccording\s+to)\s")
_LIST_LABEL = re.compile(
    r"^\W{0,4}(?![^:]*\s(?:put|puts|said|says|estimated|estimates|reported|claimed|claims)\s)"
    r"[^:.;!?]{2,80}:\s+(?:[a-z]+\s+){0,2}\d"
)


def _names_losses(phrase: str) -> bool:
    """Does the phrase name what is counted ("Ukraine's military deaths were put at"), not a
    body whose remit it is?"""
    # ("Lost Regiments, an independent project, has identified": a name in title case)
    return _LOSS_WORDS.search(phrase) is not None and not has_remit(phrase) and not (
        phrase.istitle() and " " in phrase)


# A place ranked before the verb: "Bashkortostan had the highest estimated toll"
_RANKED_BEFORE = re.compile(rf"\b{lexicon.HAS_THE_MOST}$")


def find_attributions(sentence: str, outlet: str | None = None) -> list[Attribution]:
    """Attribution phrases in one sentence, in order of appearance."""
    found: list[Attribution] = []
    label = _LIST_LABEL.match(sentence) if ":" in sentence else None
    for i in _ATTRIBUTION_INDEX.admitted(sentence):
        pattern, stands = _ATTRIBUTION_PATTERNS[i]
        tail = _ATTRIBUTION_TAILS[i]
        if tail is not None and tail.search(sentence) is None:
            continue
        anchored = _ANCHORED.get(i)
        found_by = anchored.finditer(sentence) if anchored is not None else (
            finditer_past_start(pattern, _PAST_START[i], sentence))  # fmt: skip
        for m in found_by:
            if label is not None and m.start() < label.end() and not _SOURCE_MARK.match(
                    sentence, m.start()):  # fmt: skip
                continue  # (but "Russian tanks lost, per Ukraine's General Staff: 6,523")
            if _COMPILED.match(sentence, m.start()) and _DATA_BEFORE.search(
                    sentence, max(0, m.start() - 12), m.start()):  # fmt: skip
                continue  # "air force data compiled by APW": the data's source speaks
            if sentence.endswith("admitted", 0, m.end()) and _ADMITTED_PATIENTS.match(
                    sentence, m.end()):  # fmt: skip
                continue  # a hospital "has admitted more than 520 people wounded"
            if _RANKING_AFTER.match(sentence, m.end("a")):
                continue  # "Donetsk region again recorded the most deaths": a place ranked
            if not sentence[m.end() :].strip() and _PLURAL_NOUN_VERB.search(sentence):
                continue  # "Overall and annual estimates": a heading's noun, not a verb
            raw = m.group("a")
            if raw[:6].lower() == "whose " or sentence.endswith("whose ", 0, m.start("a")):
                continue  # "X, whose update estimated": X speaks (``_ASIDE_SAID``)
            if _RANKED_BEFORE.search(raw):
                continue  # "Bashkortostan had the highest estimated toll": a place ranked
            if (role := m.groupdict().get("role")) and _AMONG_THE_COUNTED.search(role):
                continue  # "killed, among them the fleet's commander, Admiral X,": a victim
            span = m.span("a")
            if stands == "head" and raw[:6].lower() in ("which ", "whom "):
                # "It repeated Russian Defence Ministry figures, according to which Ukraine's
                # armed forces lost": the figures' owner
                owner = _FIGURES_BEFORE.search(sentence, 0, m.start("a"))
                if owner is None:
                    continue
                raw, span = owner.group("owner"), owner.span("owner")
            elif stands == "head":  # "US officials quoted on Friday" -> "US officials"
                if based := _BASED_ON.search(raw):
                    raw = raw[based.end() :]
                raw = _HEAD_BREAK.split(raw, maxsplit=1)[0]
                raw = _OWNERS_COUNT.sub("", raw)  # "the group's verified count" -> "the group"
            elif ("'s " in raw or "’s " in raw) and (
                    owned := _OWNERS_STATEMENT.search(raw)) and (
                    owned.group("last").lower() not in _TIMES):  # fmt: skip
                # "The ministry's Monday morning statement put the tally at 105": its owner
                raw = raw[: owned.end("last")]
            elif _ENDS_IN_DETERMINER.search(raw, max(0, len(raw) - _DETERMINER_REACH)) or (
                    _ACCORDING.match(raw)) or _OWNER_AS_OBJECT.search(raw) or (
                    (_NOUN_AFTER_PREPOSITION.search(raw) or _ENDS_IN_A_COUNT.search(raw))
                    and _PLURAL_NOUN_VERB.search(sentence, m.end("a"), m.end())):  # fmt: skip
                # "according to the report": a noun, not the verb "report"; "According to the
                # group's verified count": read as "according to", not as "verified"
                continue
            # A body the gazetteer knows is found in the untrimmed phrase ("An assessment by
            # the DIA leaked in April"); only unknown names need trimming to a noun phrase.
            phrase = clean_phrase(raw)
            if phrase[:4].lower() == "our ":
                phrase = "we"  # "Our central estimate is": the writer's own
            if phrase.lower() in _FUNCTION_WORDS:
                continue  # "A further 26,919 ..., saying": no one is named
            if phrase.lower() in _PLATFORMS:
                continue  # "A post shared widely on X says": the post's author, not the site
            if phrase[:4].lower() == "own ":
                continue  # "incidents that its own units have confirmed": a source's own
            claimant = canonical_in(raw, sentence)
            if joint := m.groupdict().get("joint"):  # "the BBC, working with Mediazona, has"
                claimant = joint_in(f"{raw} and {joint}", sentence) or claimant
            if claimant is not None and not claimant.is_person:
                # "Russian Defense Ministry Spokesman Igor Konashenkov": the person speaks.
                role = m.groupdict().get("role")
                claimant = titled_person(f"{role} {phrase}" if role else phrase, claimant) or (
                    claimant
                )
            if (claimant is None and (not phrase or _names_losses(phrase))) or (
                    _COUNTED_WORDS.search(phrase)):  # fmt: skip
                continue  # "Ukraine's military deaths were put at": what is counted
            start = span[0]
            if phrase and raw[:3] in ("In ", "On ") and (at := raw.find(phrase)) > 0:
                start += at  # "In January 2025 Attrition Watch confirmed": the month is no name
            generic = (
                bool(phrase)
                and not any(w[0].isupper() for w in phrase.split())
                and (phrase.split()[-1].lower() in REFERENCE_HEADS)
            )
            if claimant is None and _BARE_MINISTRY.match(phrase):
                # "According to the Defence Ministry": whichever side's was named before
                phrase = _BARE_MINISTRY.sub(r"\g<1>\g<2> Ministry", phrase).strip()
                generic = True
            if claimant is None and (_PRONOUN.match(phrase) or generic):
                found.append(Attribution(start, span[1], phrase, None))
                continue
            if claimant is None:
                if not looks_like_claimant(phrase):
                    continue
                if outlet and phrase.lower() == outlet.lower():
                    continue  # the outlet that quotes a claimant is not the claimant
                title = TITLE.match(phrase)
                written = m.groupdict().get("role") or (title.group(0) if title else "")
                role = role_of_title(written)
                # "Poisk, a volunteer database that ..., lists": the aside says what it is
                described = m.groupdict().get("aside") or ""
                if stands == "head" and (after := _APPOSITION.match(sentence, m.end("a"))):
                    described = after.group(1)  # "published by X, a regional news site"
                person = is_personal_name(phrase) and not _INSTITUTION.match(described)
                name = TITLE.sub("", phrase).strip() if person else phrase  # "Gov. X" -> "X"
                kind = infer_type(f"{written} {phrase} {described}")
                claimant = Claimant(name, kind, person, role)
                if not person and (titled := titled_person(phrase, claimant)):
                    # "Kursk region's acting governor Alexander Khinshtein": the person, by
                    # the title before the name
                    claimant = Claimant(titled.name, kind, True, titled.role)
            found.append(Attribution(start, span[1], phrase, claimant))
    if len(found) < 2:
        return found
    found.sort(key=lambda a: a.start)
    return _drop_overlaps(found)


def _drop_overlaps(attributions: list[Attribution]) -> list[Attribution]:
    kept: list[Attribution] = []
    for attribution in attributions:
        if kept and attribution.start < kept[-1].end:
            # Prefer a known claimant over a generic phrase covering the same words, and
            # "according to" read as such over "according to Kyiv's" read before "estimates".
            if kept[-1].claimant is None or kept[-1].phrase[:13].lower() == "according to " or (
                attribution.claimant is not None
                and attribution.claimant.type is not T.UNKNOWN
                and kept[-1].claimant.type is T.UNKNOWN
            ):
                kept[-1] = attribution
            continue
        kept.append(attribution)
    return kept

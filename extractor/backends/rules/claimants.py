"""Who a claimant is: the Claimant record, canonical names and claimant types.

A small gazetteer canonicalises the bodies that publish loss figures most often; any
other attributed name is kept as written and typed by the words it contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from extractor.backends.rules.prefilter import PrefilterIndex
from extractor.backends.rules.subjects import region_side
from extractor.folding import ascii_aware
from schemas import ClaimantType, Subject

T = ClaimantType

# ("Ukraine's Ministry of Veterans Affairs" is no defence ministry,
# but "contacted Russia's Defense Ministry for comment" is)
_OF_DEFENCE = r"(?!\s+of\s+(?!Defen[cs]e))"
# canonical name, type, is a person, alias pattern (matched case-sensitively unless (?i)).
_GAZETTEER: list[tuple[str, ClaimantType, bool, str]] = [
    ("BBC Russian Service and Mediazona", T.INDEPENDENT, False,
     # (the two count the dead together: "Mediazona and the BBC" is the same joint count)
     r"BBC(?:'s)?\s+Russian(?:\s+Service)?\b.{0,80}?\bMediazona|Mediazona\b.{0,60}?\bBBC\b"
     r"|\bBBC\s+and\s+Mediazona"),
    # ("Russia's general staff also said": not the Ukrainian General Staff named before)
    ("Russian General Staff", T.RUSSIA_OFFICIAL, False,
     r"(?:Russia's|Russian|Moscow's)\s+(?i:general\s+staff)|General\s+Staff\s+of\s+(?:the\s+)?Russia"),
    ("General Staff of the Armed Forces of Ukraine", T.UKRAINE_OFFICIAL, False,
     r"General\s+Staff(?!\s+of\s+(?:the\s+)?Russia)|(?:Kyiv|Kiev|Ukraine)'s\s+(?:military|armed\s+forces|army)"
     r"(?!\s+intelligence)"
     r"|Ukrainian\s+(?:military|armed\s+forces|army)(?!\s+intelligence)|Armed\s+Forces\s+of\s+Ukraine"
     r"|Ukraine's\s+Armed\s+Forces|(?i:the\s+ZSU)"),
    ("Ministry of Defence of Ukraine", T.UKRAINE_OFFICIAL, False,
     rf"(?:Ukrain(?:e's|ian)|Kyiv's)\s+(?:Ministry\s+of\s+Defen[cs]e|(?:Defen[cs]e\s+)?Ministry{_OF_DEFENCE}|MoD)"
     r"|Ministry\s+of\s+Defen[cs]e\s+of\s+Ukraine"),
    ("Main Directorate of Intelligence of Ukraine", T.UKRAINE_OFFICIAL, False,
     r"(?:Ukrain(?:e's|ian)|Kyiv's)\s+(?:military\s+)?intelligence|\bHUR\b|\bGUR\b|Budanov"),
    ("Security Service of Ukraine", T.UKRAINE_OFFICIAL, False,
     r"Security\s+Service\s+of\s+Ukraine|(?:Ukrain(?:e's|ian)|Kyiv's)\s+Security\s+Service|\bSBU\b"),
    ("Coordination Headquarters for the Treatment of Prisoners of War", T.UKRAINE_OFFICIAL, False,
     r"Coordination\s+(?:Headquarters|HQ)(?:\s+for\s+the\s+Treatment\s+of\s+Prisoners\s+of\s+War)?"),
    ("Ukrainian Parliament Commissioner for Human Rights", T.UKRAINE_OFFICIAL, False,
     r"(?:Ukraine's|Ukrainian|Kyiv's)\s+(?i:(?:parliamentary\s+|parliament(?:'s)?\s+)?(?:commissioner\s+"
     r"for\s+human\s+rights|human[- ]rights\s+commissioner|ombudsman))"),
    ("Dmytro Lubinets", T.UKRAINE_OFFICIAL, True, r"Lubinets"),
    ("Tatyana Moskalkova", T.RUSSIA_OFFICIAL, True, r"Moskalkova"),
    ("Volodymyr Zelensky", T.UKRAINE_OFFICIAL, True, r"Zelensk(?:y|yy|iy)"),
    ("Oleksandr Syrskyi", T.UKRAINE_OFFICIAL, True, r"Syrsk(?:yi|y|iy)"),
    ("Sergei Shoigu", T.RUSSIA_OFFICIAL, True, r"Shoigu"),
    ("Andrei Belousov", T.RUSSIA_OFFICIAL, True, r"Belousov"),
    ("Vladimir Putin", T.RUSSIA_OFFICIAL, True, r"Putin(?!'s\s+(?:convict|army|war))"),
    ("Dmitry Peskov", T.RUSSIA_OFFICIAL, True, r"Peskov"),
    ("Valery Gerasimov", T.RUSSIA_OFFICIAL, True, r"Gerasimov"),
    # pro-war commentators who count their side's losses, no officials
    ("Russian military bloggers", T.INDEPENDENT, False,
     r"(?:Russian\s+|pro-war\s+|pro-Kremlin\s+){1,2}(?:military\s+|war\s+)?(?:bloggers|correspondents)"
     r"|(?i:milbloggers)"),
    ("Russian Ministry of Defense", T.RUSSIA_OFFICIAL, False,
     rf"(?:Russia's|Russian|Moscow's)\s+(?:Ministry\s+of\s+Defen[cs]e|(?:Defen[cs]e\s+)?Ministry{_OF_DEFENCE}|MoD|"
     r"military(?!\s+(?:bloggers?|correspondents?|analysts?|experts?|commentators?)))"
     r"|Ministry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russia|Konashenkov|(?i:the\s+Kremlin)"),
    ("U.S. Defense Intelligence Agency", T.FOREIGN_OFFICIAL, False,
     r"Defen[cs]e\s+Intelligence\s+Agency|\bDIA\b"),
    ("Pentagon", T.FOREIGN_OFFICIAL, False,
     r"Pentagon|U\.?S\.?\s+Department\s+of\s+Defen[cs]e|U\.?S\.?\s+Defen[cs]e\s+Department"),
    ("UK Ministry of Defence", T.FOREIGN_OFFICIAL, False,
     r"(?:UK|U\.K\.|British|Britain's)\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD|"
     r"(?:defen[cs]e\s+|military\s+)?intelligence)|Ministry\s+of\s+Defen[cs]e\s+in\s+London"),
    ("UN Human Rights Monitoring Mission in Ukraine", T.INTERNATIONAL_ORG, False,
     r"(?:UN|U\.N\.|United\s+Nations)\s+(?:Human\s+Rights\s+)?Monitoring\s+Mission|HRMMU"
     r"|(?i:human\s+rights\s+monitoring\s+mission)"),
    ("Office of the UN High Commissioner for Human Rights", T.INTERNATIONAL_ORG, False,
     r"OHCHR|(?:UN|U\.N\.|United\s+Nations)\s+(?:human\s+rights\s+office|High\s+Commissioner)"
     r"|(?:UN|U\.N\.)\s+rights\s+office"),
    ("World Health Organization", T.INTERNATIONAL_ORG, False,
     r"World\s+Health\s+Organi[sz]ation|\bWHO\b(?!-)"),
    ("Mediazona", T.INDEPENDENT, False, r"Mediazona"),
    ("BBC Russian Service", T.INDEPENDENT, False, r"BBC(?:'s)?\s+Russian(?:\s+Service)?"),
    ("Oryx", T.INDEPENDENT, False, r"\bOryx\b"),
    ("UALosses", T.INDEPENDENT, False, r"UALosses"),
    ("Meduza", T.INDEPENDENT, False, r"\bMeduza\b"),
    ("Institute for the Study of War", T.INDEPENDENT, False, r"Institute\s+for\s+the\s+Study\s+of\s+War|\bISW\b"),  # noqa: E501
    # think tanks often cited by their initials alone
    ("International Institute for Strategic Studies", T.INDEPENDENT, False,
     r"International\s+Institute\s+for\s+Strategic\s+Studies|\bIISS\b"),
    ("Royal United Services Institute", T.INDEPENDENT, False,
     r"Royal\s+United\s+Services\s+Institute|\bRUSI\b"),
    ("Center for Strategic and International Studies", T.INDEPENDENT, False,
     r"Cent(?:er|re)\s+for\s+Strategic\s+and\s+International\s+Studies|\bCSIS\b"),
]  # fmt: skip
_CASE_SENSITIVE = {
    "World Health Organization",  # (not "who")
    "U.S. Defense Intelligence Agency",
    "Main Directorate of Intelligence of Ukraine",
    "Institute for the Study of War",
    "Oryx",
    "International Institute for Strategic Studies",
    "Royal United Services Institute",
    "Center for Strategic and International Studies",
}
# Each entry's pattern (named group gN = entry N); an ASCII text is searched in ASCII mode.
_ENTRY_PATTERNS = [
    f"(?P<g{i}>{pattern})" if name in _CASE_SENSITIVE else f"(?P<g{i}>(?i:{pattern}))"
    for i, (name, _, _, pattern) in enumerate(_GAZETTEER)
]
_ENTRIES = [ascii_aware(re.compile(p)) for p in _ENTRY_PATTERNS]
# An entry cannot match a phrase that lacks its literals ("mediazona"): most phrases need
# a few entries searched, not all of them.
_ENTRY_INDEX = PrefilterIndex(_ENTRIES)


def _entries_found(entries: tuple[int, ...], phrase: str) -> Iterator[int]:
    """The entries that the alternation of ``entries`` (in table order) finds in ``phrase``,
    match after match; the entries left out cannot match.

    Each entry is searched on its own (compiled once, not an alternation per set of
    entries): the alternation's next match is the entry match that starts first, the
    entry first in the table among those that start there; then it goes on from its end.
    """
    found = {i: _ENTRIES[i].search(phrase) for i in entries}
    position = 0
    while True:
        first: re.Match[str] | None = None
        for i in entries:
            match = found[i]
            if match is not None and match.start() < position:
                match = found[i] = _ENTRIES[i].search(phrase, position)
            if match is not None and (first is None or match.start() < first.start()):
                first, entry = match, i
        if first is None:
            return
        yield entry
        position = first.end()


# Words that type an attribution the gazetteer does not know. Media are independent; so are
# research words, unless they name a state's body ("Lithuania's Second Investigation
# Department": typed by its state, below).
_MEDIA = ascii_aware(re.compile(  # (ASCII mode: re knows the first letters)
    r"\b(?:outlets?|journalists?|reporters?|newspaper|news\s+(?:site|agency|outlet)|media"
    r"|Reuters|Associated\s+Press|AFP|Economist|New\s+York\s+Times|Washington\s+Post|Wall\s+Street"
    r"\s+Journal|Forbes|Guardian|iStories|Vazhnye|BBC|CNN|Bloomberg|Al\s+Jazeera|Financial\s+Times"
    r"|Telegraph|Spiegel|Le\s+Monde|Politico|NPR|Kyiv\s+(?:Independent|Post)|Ukrainska\s+Pravda"
    r"|Novaya\s+Gazeta|Verstka|Agentstvo|Proekt)\b", re.IGNORECASE))
_RESEARCH = ascii_aware(re.compile(
    r"\b(?:investigations?|research|researchers?|analysts?|projects?|volunteers?|databases?|websites?"
    r"|open[- ]source|(?:mil)?bloggers?|channels?|OSINT|think[- ]tank|Institute|Foundation"
    r"|University|Studies"
    r"|monitoring\s+group"
    # civil society: "a Ukrainian human-rights group", "the watchdog"
    r"|(?:human[- ])?rights\s+(?:group|organi[sz]ation|project)|NGOs?|non-governmental"
    r"|charity|watchdog|Amnesty|Human\s+Rights\s+Watch|press[- ]freedom|advocacy)\b",
    re.IGNORECASE))
_STATE_BODY = re.compile(
    r"\b(?:Ministry|Department|Directorate|Agency|Service|Committee|Command|Administration"
    r"|Government)\b")
_FIGHTING_UNIT = re.compile(r"\b(?:unit|regiment|brigade|battalion)\b", re.IGNORECASE)
# The side or state a source serves, tried in this order.
_TYPE_CUES: list[tuple[ClaimantType, re.Pattern[str]]] = [
    (T.INTERNATIONAL_ORG, re.compile(
        # (NATO is an alliance of states, not one state's government)
        r"\b(?:UN|U\.N\.|United\s+Nations|UNICEF|UNESCO|UNHCR|OHCHR|WHO|World\s+Health|ICRC|"
        r"Red\s+Cross|OSCE|IAEA|NATO|Stoltenberg|Rutte)\b")),
    (T.UKRAINE_OFFICIAL, re.compile(
        r"\b(?:Ukrain\w*|Kyiv\w*|Kiev\w*|Zaluzhn\w*|Umerov|Reznikov|Mal[yi]ar|Lubinets|SBU)\b")),
    (T.RUSSIA_OFFICIAL, re.compile(
        # ("heads the Russia analysis branch at the Bundeswehr's command": Russia the topic)
        r"\b(?:Russia\w*(?!\s+(?:analysis|desk|experts?|analysts?|programme|studies)\b)|"
        r"Moscow\w*|Kremlin\w*|Lavrov|Zakharova|Medvedev|Pushilin|Kadyrov|Moskalkova|Gladkov|Khinshtein|Starovoit|FSB|"
        r"Prigozhin|Wagner)\b")),
    (T.FOREIGN_OFFICIAL, ascii_aware(re.compile(
        r"\b(?:U\.?S\.?|American|Washington|Pentagon|White\s+House|British|UK|U\.K\.|Britain\w*|"
        r"French|France|German\w*|Western|Estonian?|Polish|Poland|EU|European|Norw\w+|Finnish|"
        r"(?:South\s+)?Korean?|Seoul|Japan\w*|Tokyo|Canad\w+|Australian?|Dutch|Netherlands|Swedish|"
        r"Sweden|Danish|Denmark|Czech|Romanian?|Turkish|Turkey|Israeli?|BND|CIA|MI6|DIA|"
        r"Lithuanian?|Latvian?|intelligence|government|minister|ministry|Austin|Milley|Bundeswehr|"
        # (a region's or a city's officials are the country's own, typed by their side)
        r"(?<![Rr]egional\s)(?<![Ll]ocal\s)(?<![Cc]ity\s)(?<![Mm]unicipal\s)(?<![Dd]istrict\s)"
        r"officials?(?!\s+(?:data|figures|statistics|estimates?|numbers|count|tally|sources?))|"
        r"Kirby|Blinken|Sullivan|Biden|Macron|Scholz|Wallace|Shapps|Healey)\b"))),
]  # fmt: skip


class Claimant(NamedTuple):  # immutable; made, hashed and compared in C (a dict key)
    name: str
    type: ClaimantType
    is_person: bool = False
    role: str = ""  # a person's title as the article gives it ("regional governor")
    body: str = ""  # the body a titled person speaks for ("Russian Ministry of Defense")


UNKNOWN = Claimant("unknown", T.UNKNOWN)
UNNAMED_CLAIMS = Claimant("unnamed claims", T.UNKNOWN)  # "dismissed claims that ...": whose?


def canonical_claimant(phrase: str) -> Claimant | None:
    """The claimant a phrase names, if the gazetteer knows it.

    A joint source ("X and Y") wins; otherwise the body named last, nearest the verb.
    """
    return canonical_in(phrase, phrase)


_JOINED = re.compile(r"\band\b")


def canonical_in(phrase: str, within: str) -> Claimant | None:
    """``canonical_claimant(phrase)`` for a phrase of ``within`` (its sentence): an entry
    whose literals the sentence lacks cannot match the phrase, and the sentence is scanned
    for literals already."""
    entries = _ENTRY_INDEX.admitted(within)
    if not entries:
        return None
    found: list[Claimant] = []
    for entry in _entries_found(entries, phrase):
        name, kind, person, _ = _GAZETTEER[entry]
        if " and " in name:
            return Claimant(name, kind, person)
        if not found or found[-1].name != name:
            found.append(Claimant(name, kind, person))
    if len(found) == 2 and _JOINED.search(phrase) and not any(c.is_person for c in found) and (
            found[0].type is found[1].type):  # fmt: skip
        # "Meduza and Mediazona estimate": two bodies of a kind, one joint count
        return Claimant(f"{found[0].name} and {found[1].name}", found[0].type)
    return found[-1] if found else None


def joint_in(phrase: str, within: str) -> Claimant | None:
    """The joint source ("X and Y") a phrase of ``within`` names, if it names one."""
    named = canonical_in(phrase, within)
    return named if named is not None and " and " in named.name else None


# A business speaks for itself, whichever country it is in: "Ukrainian drone manufacturer
# Zhuravel Systems", "a private defence company", its "chief executive"
_COMMERCIAL = re.compile(
    r"(?<!state-owned\s)(?<!state\s)\b(?:manufacturer|(?:arms|drone|weapons)\s+maker|firm|"
    r"contractor|corporation|chief\s+executive|CEO|(?:private|defen[cs]e|arms|drone)\s+company)\b",
    re.IGNORECASE,
)


def is_commercial(claimant: Claimant) -> bool:
    """Is the source a business or one who speaks for it ("the firm", "chief executive
    Oleksandr Melnyk")? It speaks for no side, whose losses it counts."""
    return _COMMERCIAL.search(f"{claimant.role} {claimant.name} {claimant.body}") is not None


def infer_type(phrase: str) -> ClaimantType:
    if _MEDIA.search(phrase):
        return T.INDEPENDENT
    if _COMMERCIAL.search(phrase):
        return T.UNKNOWN
    # ("a unit of Belarusian volunteers that fights as part of Ukraine's armed forces")
    research = _RESEARCH.search(phrase) is not None and not _FIGHTING_UNIT.search(phrase)
    if research and not _STATE_BODY.search(phrase):
        return T.INDEPENDENT
    for kind, pattern in _TYPE_CUES:
        if pattern.search(phrase):
            return kind
    if not research and _LOCAL_OFFICIAL.search(phrase):
        # "the governor of the Saratov region": an official of the side whose region it is
        side = region_side(phrase)
        if side is not None:
            return T.RUSSIA_OFFICIAL if side is Subject.RUSSIA else T.UKRAINE_OFFICIAL
    return T.INDEPENDENT if research else T.UNKNOWN


_LOCAL_OFFICIAL = re.compile(r"\b(?:governor|mayor|head|administration|authorities|council)\b",
                             re.IGNORECASE)  # fmt: skip


# "Perimetr, an independent outlet whose editors work from outside Russia": what a name is,
# said once in the article, types it wherever it speaks (and its short form, if it gives one:
# "the Humanitarian Security Observatory (HSO), a Geneva-based research group")
_DESCRIBED = re.compile(
    r"\b(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:\s+\((?P<short>[A-Z][\w.-]{1,10})\))?"
    r",\s+(?:an?|the)\s+(?P<what>[^,.;:()]{3,80})"
)


# A name given with its short form, typed by its words: "Reporters Without Borders (RSF)",
# "the National Union of Journalists of Ukraine (NUJU)"
_SHORTENED = re.compile(
    r"\b(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|for|the|and|Without|on)){1,7})"
    r"\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)"
)
# The kind of body a full name is, by which the article calls it later: "the union"
_NAMED_BODY = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|for|the|and)){1,6}")
_BODY_HEAD = re.compile(r"\b(Union|Committee|Project|Foundation|Network|Association|Federation)\b")


def described_types(text: str) -> dict[str, ClaimantType]:
    """The kinds of source an article's asides say its names are ("X, a rights group"), and
    the short forms and heads ("RSF", "union") that an independent body's full name has."""
    found: dict[str, ClaimantType] = {}
    if " (" in text:
        for m in _SHORTENED.finditer(text):
            if (kind := infer_type(m.group("name"))) in (T.INDEPENDENT, T.INTERNATIONAL_ORG):
                found.setdefault(m.group("short"), kind)
    if _BODY_HEAD.search(text):
        for m in _NAMED_BODY.finditer(text):
            if infer_type(m.group(0)) is T.INDEPENDENT and (head := _BODY_HEAD.search(m.group(0))):
                found.setdefault(head.group(1).lower(), T.INDEPENDENT)
    if ", a " not in text and ", an " not in text and ", the " not in text:
        return found  # (no aside that says what a name is)
    for m in _DESCRIBED.finditer(text):
        kind = infer_type(m.group("what"))
        # (a title in the aside, "Hanna Maliar, the deputy defence minister", is read with
        # its holder's name where the name speaks)
        if kind in (T.INDEPENDENT, T.INTERNATIONAL_ORG):
            found.setdefault(m.group("name"), kind)
            if m.group("short"):
                found.setdefault(m.group("short"), kind)
    return found


def described_kind(claimant: Claimant, described: dict[str, ClaimantType]) -> ClaimantType | None:
    """What the article says a source of no known kind is: by its name, or by a short form
    or a head in its name or title ("RSF spokesperson", "union chairman Serhiy Tomilenko")."""
    if kind := described.get(claimant.name):
        return kind
    words = f"{claimant.role} {claimant.name}".replace("'s", "").split()
    return next((described[w] for w in words if w in described), None)


_COMMENTATORS = frozenset({"analysts", "experts", "observers", "critics", "commentators",
                           "historians", "economists", "diplomats", "some", "many", "others"})


def is_commentator(claimant: Claimant) -> bool:
    """Unnamed people who comment ("analysts say"), as opposed to a source of figures."""
    words = claimant.name.split()
    return bool(words) and words[-1].lower() in _COMMENTATORS and claimant.name.islower()

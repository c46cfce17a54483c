"""Attribution phrases: where a sentence says who gives its figures ("according to X",
"X said", "figures from X"), cleaned to the claimant's name and typed.

A phrase that names no one ("it said", "the ministry added") is kept unresolved, for
references.resolve_reference to point at a claimant named before.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.anchored_search import AnchoredSearch
from extractor.backends.rules.attribution_phrases import clean_phrase
from extractor.backends.rules.claimants import Claimant, canonical_in, infer_type, joint_in
from extractor.backends.rules.literal_scan import literal_trie
from extractor.backends.rules.names import (
    ROLE_WORD,
    TITLE,
    has_remit,
    is_personal_name,
    looks_like_claimant,
    role_of_title,
    titled_person,
)
from extractor.backends.rules.prefilter import PrefilterIndex
from extractor.backends.rules.references import REFERENCE_HEADS
from extractor.backends.rules.regex_literals import literal_tail, max_width
from extractor.folding import ascii_aware, finditer_past_start
from schemas import ClaimantType

T = ClaimantType

_VERBS = (
    r"said|says|say|reported|reports|report|stated|states|estimated|estimates|estimate|claimed|"
    r"claims|claim|announced|announces|added|adds|wrote|writes|told|tells|confirmed|confirms|put|puts|"
    # ("counts" only before a number: "the office counts at least 236", not "two counts")
    r"assessed|assesses|believes|believed|thinks|counted|counts(?=\s+(?:[a-z]+\s+){0,2}\d)|"
    r"named(?=\s+(?:[a-z]+\s+){0,2}\d)|"  # ("have named at least 91,000 dead", not "named after")
    r"documented|recorded|verified|published|"
    r"posted|noted|notes|insisted|insists|acknowledged|admitted|alleged|alleges|updated|calculated|"
    r"tallied|identified|disclosed|revealed|concluded|found|showed|shows|suggested|suggests|"
    r"indicated|indicates|listed|lists|cited|cites|put\s+the\s+figure|estimated\s+that|released|"
    r"releases|issued|issues|publishes|posts|geolocated|observed|accused|accuses"
)

# What cannot be in the claimant of "…, X said" or "X, which said" (``anchored_search``).
_BREAKS = ',;:!?()"“”—–'
# "For equipment, the Oryx project has documented": a short opening phrase before the source
_INTRO = (
    r"^(?:For|In|On|As\s+for|As\s+to|Regarding|Among|Of|Meanwhile|Separately|However)\b"
    r"[^,;:]{0,40},\s+"
)
# One \b before the words: re tests it once at each position, not once per word.
_SAID = re.compile(
    # (a wire's dateline ends in a spaced hyphen: "KYIV, Nov 16 (Reuters) - Russia's ...")
    rf"(?:{_INTRO}|^|[,;:\"“”—–]\s*|\s-\s+|\b(?:that|while|but|and)\s+)"
    rf"(?P<a>[^{_BREAKS}]{{2,90}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|"
    # ("We have visually confirmed")
    rf"previously\s+|earlier\s+|recently\s+)?(?:(?:has|have|had)\s+(?:[a-z]+ly|so\s+far|already)\s+)?"
    # ("drafted in an estimated 10,000 troops": a hedge, no verb)
    rf"(?<!\ban\s)(?<!\bthe\s)(?:{_VERBS})\b"
)
# "Russia's Defense Ministry, which said on Saturday that ...", "X, which does not
# disclose its own losses, said": a relative clause; "Oryx, an open-source project that
# counts ..., has documented", "Oryx, on the same terms, has documented", "the BBC, working with
# Mediazona, has confirmed": an aside
_ASIDE_SAID = re.compile(
    # ("Two years on, the regional prosecutor's office, which ..., puts": after an opening)
    rf"(?:{_INTRO}|^|[;:\"“”—–]\s*|\s-\s+|\b(?:that|while|but|and|by)\s+|"
    r"^[A-Z][^,;:\d]{2,30},\s+(?=the\s+[A-Z]))"
    rf"(?P<a>[^{_BREAKS}]{{2,90}}?),\s+"
    rf"(?:(?:which|who)\s+(?:[^,;:]{{1,80}},\s+|(?:on|last|this|earlier)\s+\w+\s+)?|whose\s+[^,;:]{{1,160}},\s+|"
    # ("the UK Ministry of Defence, whose intelligence update estimated that")
    rf"whose\s+(?:[\w-]+\s+){{0,2}}?(?:update|report|assessment|estimate|count|figures|data)\s+|"
    # (an aside may list: "a project that compiles names from obituaries, cemetery records and
    # social media posts, has listed")
    rf"(?P<aside>(?:an?|the)\s+[^,;:\d]{{1,160}}(?:,\s+[^,;:\d]{{1,60}}){{0,2}}),\s+|"
    rf"(?P<joint>(?:working|together|jointly)\s+with\s+[^,;:\d]{{1,60}}),\s+|"
    # ("Mediazona, working from obituaries, posts and graves in six cemeteries, identified")
    rf"(?:working|drawing|relying)\s+(?:from|on)\s+[^;:]{{1,140}}?,\s+|"
    # ("A Western official, speaking to reporters on condition of anonymity, said")
    rf"(?:speaking|writing|talking)\s+[^,;:\d]{{1,80}},\s+|"
    # ("Levchenko, 54, told reporters": a person's age)
    rf"(?:aged\s+)?\d{{2}},\s+|"
    # ("Ukraine's military intelligence agency, known as HUR, said")
    rf"(?:also\s+|better\s+)?known\s+as\s+[^,;:\d]{{1,40}},\s+|"
    rf"(?:on|in|by|for|at|with|like)\s+[^,;:\d]{{1,40}},\s+)"
    # ("had as of last Friday confirmed")
    rf"(?:(?:has|have|had)\s+(?:as\s+of\s+[^,;:]{{1,25}}?\s+|so\s+far\s+|already\s+)?|also\s+|"
    rf"earlier\s+|"
    rf"separately\s+)?"
    rf"(?:{_VERBS})\b"
)

# Each pattern captures a phrase holding the claimant; "head": the claimant opens the phrase
# ("according to US officials quoted on Friday"), "tail": it ends it ("On Friday, X said").
_ATTRIBUTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(
        r"\b(?i:according)\s+to\s+(?P<a>[^,;:.!?()\"“”]+(?:\.\s?[A-Z]\.?)*[^,;:!?()\"“”.]*)"
    ), "head"),
    (re.compile(
        r"\b(?i:as|what)\s+(?P<a>[^,;:.!?()\"“”]{2,60}?)\s+"
        r"(?:claims?|claimed|says?|said|alleges?|insists?)\b"
    ), "tail"),
    (_SAID, "tail"),
    (re.compile(
        # ("..., puts Kharkiv region first,": a verb with its object, no inversion)
        rf"(?:,|\"|”|—)\s*(?!puts?\s)(?:{_VERBS})\s+(?!(?:on|in|at|that|last|this|earlier|later|late|"
        r"yesterday|today|it|he|she|they|to|by|for|a|an)\b)"
        r"(?P<a>[^,;:!?()\"“”\d]{2,90}?)\s*(?:[.,;]|$)"
    ), "head"),
    (re.compile(
        r"\b(?i:cited|quoted|released|published|compiled|issued|provided|given|kept|maintained)"
        r"(?:\s+(?i:on|in|last|this|earlier|late)\s+[\w.]+(?:\s+\d{1,2}\b)?)?\s+by\s+"
        r"(?P<a>[^,;:.!?()\"“”]+)"
    ), "head"),
    # "This was stated on the air of the national telethon by the spokesman of ...", "This was
    # reported in the evening summary as of 18:00 by the head of ..."
    (re.compile(
        r"\b(?i:was|were)\s+(?i:stated|said|announced|reported|noted)\b(?:\s+[\w'’:-]+){0,8}?"
        r"\s+by\s+(?P<a>[^,;:.!?()\"“”]+)"
    ), "head"),
    (re.compile(
        r"\b(?:figures?|data|estimates?|tally|count|assessment|report|update|statement|analysis|"
        r"study|investigation|numbers|records)\s+(?:by|from|of)\s+"
        # (not "the count of Russian warships": what is counted)
        r"(?!(?:the\s+)?(?:Russian|Ukrainian|Russia's|Ukraine's|North\s+Korean)\s+[a-z])"
        r"(?P<a>(?:the\s+)?[A-Z][^,;:!?()\"“”]{1,80})"
    ), "head"),
    # "President X on Sunday gave the first official figure ..., saying 31,000 had died":
    # the sentence's subject speaks in the participle
    (re.compile(
        r"^(?:[A-Z][A-Z'./ ]+,[^-–—]{0,40}?\s[-–—]\s*)?[\"“]?\s*"  # a dateline, a quote
        r"(?P<a>(?:[A-Z][\w'’.-]*\s+){1,5}?)(?:(?:on|in|at)\s+[\w.]+\s+|also\s+|"
        r"later\s+|earlier\s+)?[a-z]\w*\b(?:(?!\b(?:said|says|told)\b)[^;:\"“”]){0,200}?,\s+"
        r"(?:saying|adding|claiming|stating|noting|estimating)\b"  # ("X said, adding": X's)
    ), "tail"),
    # "The Zaporizhzhia governor, Ivan Fedorov, said": a name in apposition to its title.
    (re.compile(
        r"(?P<role>\b[\w'’.-]+(?:\s+[\w'’.-]+){0,3}),\s+(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)"
        rf"{{1,3}}),\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:{_VERBS})\b"
    ), "tail"),
    # "Captain Andriy Lytvyn, spokesman for the 59th Separate Assault Brigade, said": a
    # title in apposition after the name (after an opening clause too: "After the town
    # fell on Feb. 17, Brig. Gen. X, the commander of ..., said")
    (re.compile(
        r"(?:^|[,;:\"“”—–]\s*|\b(?:that|while|but|and)\s+)"
        r"(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4}),\s+(?P<role>(?:an?\s+|the\s+)?"
        rf"(?:[\w'’.-]+\s+){{0,3}}?{ROLE_WORD}\b[^,;:()\"“”]{{0,80}}?),\s+"
        rf"(?:has\s+|had\s+|also\s+|later\s+)?(?:{_VERBS})\b"
    ), "tail"),
    (_ASIDE_SAID, "tail"),
    # "The Russian Ministry of Defense (MoD) claimed": a name spelled out, then its acronym
    (re.compile(
        r"(?P<a>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|on|in|under))*)\s+"
        r"\([A-Z][A-Za-z]{1,7}\)"
        rf"\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|earlier\s+)?(?:{_VERBS})\b"
    ), "tail"),
    # "Russia's defence ministry spokesman, Igor Konashenkov, has given his briefing"
    (re.compile(
        rf"(?P<role>\b[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}\s+{ROLE_WORD}),\s+"
        r"(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),"
    ), "tail"),
    (re.compile(
        r"(?P<a>(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}[A-Z][\w.]*|(?i:the)\s+(?:institute|think[\s-]tank|"
        r"mission|ministry|agency|project|group|centre|center|report|study|navy|air\s+force))'s\s+"
        r"(?:(?:latest|cumulative|running|daily|official|own|personnel|casualty)\s+)?"
        r"(?:figures?|data|estimates?|tally|count|assessment|report|update|statement|numbers|"
        r"records|latest)"
    ), "tail"),
    # "Original post: Kherson Regional Military Administration, official Telegram channel"
    (re.compile(
        r"(?:^|\[)\s*(?i:original\s+post|source|sources|via)\s*:\s*(?P<a>[A-Z][^,;:.!?()\"“”]{2,80})"
    ), "head"),
    # "Moscow does not disclose its own casualties but has claimed Ukraine has lost 900,000",
    # "..., but it said": the subject of the clause the "but" goes on from
    (re.compile(
        r"(?:^|[.;]\s+)\W*(?P<a>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?:does|did|do|has|have|had)"
        r"\s+not\s+[^.;:]{1,100}?\bbut\s+(?:it\s+|they\s+)?(?:has\s+|have\s+|had\s+|also\s+)?(?:"
        + _VERBS + r")\b"
    ), "tail"),
    # "Russia's Defence Ministry called the exhibits "scrap metal" and said on Friday that":
    # the subject of a first verb speaks in the second
    (re.compile(
        r"(?:^|[.;]\s+)\W*(?P<a>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?:later\s+|also\s+)?"
        r"[a-z]{2,}ed\s[^.;:]{1,120}?\band\s+(?:later\s+|also\s+)?(?:said|says|added|claimed|"
        r"reported|stated|announced|insisted)\b"
    ), "tail"),
    # "Dana reads Wednesday's General Staff update: Russia lost 1,040 troops": whose update
    (re.compile(
        r"\b(?P<a>(?:[A-Z][\w.]*\s+){0,4}[A-Z][\w.]*)\s+(?:daily\s+|morning\s+|evening\s+|"
        r"latest\s+)?(?:update|report|bulletin|summary|statement)\s*:"
    ), "tail"),
    # "In Zelensky's words, 43,000 soldiers have died": whose words
    (re.compile(
        r"\b(?i:in)\s+(?P<a>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:own\s+)?(?:words|"
        r"view|reckoning|telling|account)\b"
    ), "tail"),
    # "The General Staff raised its tally of Russian warships to 24": whose count it is
    (re.compile(
        r"(?P<a>(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}[A-Z][\w.]*)\s+(?:later\s+|also\s+)?(?:raised|"
        r"updated|revised|increased|lowered|cut|adjusted)\s+(?:its|their)\s+(?:\w+\s+)?(?:tally|"
        r"count|total|figures?|estimates?|toll)\b"
    ), "tail"),
]  # fmt: skip

_UNWRAPPED = _ATTRIBUTION_PATTERNS
# Searched in every sentence that holds their words: an ASCII one in ASCII mode.
_ATTRIBUTION_PATTERNS = [(ascii_aware(p), stands) for p, stands in _ATTRIBUTION_PATTERNS]
# Most sentences lack the words of most patterns ("according", "'s" + "figures").
_ATTRIBUTION_INDEX = PrefilterIndex([pattern for pattern, _ in _ATTRIBUTION_PATTERNS])
# A pattern that opens with its title or name is tried at every word; its part from the
# first comma or quote on (", Ivan Fedorov, said") is found at once, and is mostly absent.
_ATTRIBUTION_TAILS = [literal_tail(pattern) for pattern, _ in _ATTRIBUTION_PATTERNS]
# A pattern that opens on "^" or a mark ("(?:^|[,;:]\\s*|...)") has no first character
# that re could skip to, and is tried at every character: past the sentence's start, where
# "^" cannot match, it is searched without that option, which re skips through.
_OPENS_ON_START = "(?:^|"
_PAST_START = [
    ascii_aware(re.compile("(?:" + pattern.pattern.removeprefix(_OPENS_ON_START), pattern.flags))
    if pattern.pattern.startswith(_OPENS_ON_START) else None
    for pattern, _ in _ATTRIBUTION_PATTERNS
]  # fmt: skip
# "…, X said" is searched from its verbs ahead, "X, which said" from its asides ahead:
# not from every comma or conjunction (``anchored_search``). Each match holds its anchor
# right after its claimant, which holds no break.
_VERB_WORDS = sorted({re.split(r"[\\(]", verb)[0] for verb in _VERBS.split("|")})  # ("put")
_ANCHORS = {  # (a trie: re tests a verb per letter, not per word of the list)
    _SAID: re.compile(rf"\s{literal_trie(_VERB_WORDS)}\b"),
    _ASIDE_SAID: re.compile(
        r",\s+(?:which|who|whose|an?|the|on|in|by|for|at|with|like|working|together|jointly|"
        r"speaking|writing|talking|known|also|better)\s|,\s+(?:aged\s+)?\d\d,"
    ),
}
_ANCHORED = {
    i: AnchoredSearch(_ATTRIBUTION_PATTERNS[i][0], _PAST_START[i], _ANCHORS[p], _BREAKS)
    for i, (p, _) in enumerate(_UNWRAPPED) if p in _ANCHORS
}


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
            if label is not None and m.start() < label.end():
                continue
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
            if stands == "head":  # "US officials quoted on Friday" -> "US officials"
                if based := _BASED_ON.search(raw):
                    raw = raw[based.end() :]
                raw = _HEAD_BREAK.split(raw, maxsplit=1)[0]
                raw = _OWNERS_COUNT.sub("", raw)  # "the group's verified count" -> "the group"
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
            start = m.start("a")
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
                found.append(Attribution(start, m.end("a"), phrase, None))
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
            found.append(Attribution(start, m.end("a"), phrase, claimant))
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

"""The forms of an attribution: the patterns that find where a sentence says who gives its
figures ("according to X", "X said", "X, which said", "figures from X"), and the indexes
and anchors that let most sentences skip most of them. ``attributions`` reads their matches.
"""

from __future__ import annotations

import re

from extractor.backends.rules.anchored_search import AnchoredSearch
from extractor.backends.rules.literal_scan import literal_trie
from extractor.backends.rules.names import ROLE_WORD
from extractor.backends.rules.prefilter import PrefilterIndex
from extractor.backends.rules.regex_literals import literal_tail
from extractor.folding import ascii_aware

_VERBS = (
    r"said|says|say|reported|reports|report|stated|states|estimated|estimates|estimate|claimed|"
    r"claims|claim|announced|announces|added|adds|wrote|writes|told|tells|confirmed|confirms|put|puts|putting|"
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
    rf"(?<!\ban\s)(?<!\bthe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bare\s)"
    rf"(?:{_VERBS})\b"  # (not a passive: "One more soldier has been listed as missing")
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
    rf"(?:(?:which|who|whom)\s+(?:[^,;:]{{1,80}},\s+|(?:on|in|last|this|earlier)\s+\w+\s+)?|"
    rf"whose\s+[^,;:]{{1,160}},\s+|"
    # ("the UK Ministry of Defence, whose intelligence update estimated that")
    rf"whose\s+(?:[\w-]+\s+){{0,2}}?(?:update|report|assessment|estimate|count|figures|data)\s+|"
    # (an aside may list: "a project that compiles names from obituaries, cemetery records and
    # social media posts, has listed")
    rf"(?P<aside>(?:an?|the)\s+[^,;:\d]{{1,160}}(?:,\s+[^,;:\d]{{1,60}}){{0,2}}),\s+|"
    rf"(?P<joint>(?:working|together|jointly)\s+with\s+[^,;:\d]{{1,60}}),\s+|"
    # ("Mediazona, working from obituaries, posts and graves in six cemeteries, identified")
    rf"(?:working|drawing|relying)\s+(?:from|on)\s+[^;:]{{1,140}}?,\s+|"
    # ("A Western official, speaking to reporters on condition of anonymity, said")
    rf"(?:speaking|writing|talking|briefing|addressing)\s+[^,;:\d]{{1,80}},\s+|"
    # ("Levchenko, 54, told reporters": a person's age)
    rf"(?:aged\s+)?\d{{2}},\s+|"
    # ("Ukraine's military intelligence agency, known as HUR, said")
    rf"(?:also\s+|better\s+)?known\s+as\s+[^,;:\d]{{1,40}},\s+|"
    rf"(?:on|in|by|for|at|with|like)\s+[^,;:\d]{{1,40}},\s+|"
    # ("The SES breakdown, also as of March 31, puts")
    rf"(?:also\s+)?as\s+of\s+[^,;:]{{1,30}},\s+)"
    # ("had as of last Friday confirmed", "had by early November identified")
    rf"(?:(?:has|have|had)\s+(?:(?:as\s+of|by)\s+[^,;:]{{1,25}}?\s+|so\s+far\s+|already\s+)?|also\s+|"
    rf"earlier\s+|"
    rf"separately\s+)?"
    rf"(?:{_VERBS})\b"
)

# Each pattern captures a phrase holding the claimant; "head": the claimant opens the phrase
# ("according to US officials quoted on Friday"), "tail": it ends it ("On Friday, X said").
ATTRIBUTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(
        r"\b(?i:according)\s+to\s+(?P<a>[^,;:.!?()\"“”]+(?:\.\s?[A-Z]\.?)*[^,;:!?()\"“”.]*)"
    ), "head"),
    # "by one charity's count, more than 1,500 civilians have been killed"
    (re.compile(
        r"\b(?i:by)\s+(?P<a>(?:(?i:the|one|a|another)\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)['’]s\s+"
        r"(?:own\s+|latest\s+|running\s+)?(?:count|tally|reckoning|estimate|figures|records)\b"
    ), "head"),
    # "Russia has lost 6,523 tanks, per Ukraine's General Staff" (not "per day", "per cent")
    (re.compile(
        r"\b[Pp]er\s+(?P<a>(?:the\s+)?[A-Z][^,;:.!?()\"“”]*(?:\.\s?[A-Z]\.?)*[^,;:!?()\"“”.]*)"
    ), "head"),
    (re.compile(
        r"\b(?i:as|what)\s+(?P<a>[^,;:.!?()\"“”]{2,60}?)\s+"
        r"(?:claims?|claimed|says?|said|alleges?|insists?)\b"
    ), "tail"),
    (_SAID, "tail"),
    (re.compile(
        # ("..., puts Kharkiv region first,": a verb with its object, no inversion)
        rf"(?:,|\"|”|—)\s*(?!put(?:s|ting)?\s)(?:{_VERBS})\s+(?!(?:on|in|at|that|last|this|earlier|later|late|"
        r"yesterday|today|it|he|she|they|to|by|for|a|an)\b)"
        r"(?P<a>[^,;:!?()\"“”\d]{2,90}?)\s*(?:[.,;]|$)"
    ), "head"),
    (re.compile(
        r"\b(?i:cited|quoted|released|published|compiled|issued|provided|given|kept|maintained)"
        r"(?:\s+(?i:on|in|last|this|earlier|late)\s+(?:(?i:early|mid|late)-?\s*)?[\w.]+"
        r"(?:\s+\d{1,2}\b)?)?\s+by\s+"
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
        r"records|latest|(?:bulletin|briefing|summary)(?!s))"
    ), "tail"),
    # "Original post: Kherson Regional Military Administration, official Telegram channel"
    (re.compile(
        r"(?:^|\[)\s*(?i:original\s+post|source|sources|via)\s*:\s*(?P<a>[A-Z][^,;:.!?()\"“”]{2,80})"
    ), "head"),
    # "• 10,177 — Russian tanks destroyed (General Staff, Feb. 24)", "125,681 — Russian
    # soldiers confirmed dead by name, Mediazona, as of 15 August": a fact box's line that
    # opens on its number and closes on its source
    (re.compile(
        r"^[^\w\n]{0,4}\$?\d[\d,. ]*\+?\s[—–-]\s[^()\n]*?(?:\(|,\s+)(?P<a>[A-Z][^(),;:\d]{1,60}?)"
        r"(?:,\s*[^()\n]{1,40})?\)?[\s.]*$"
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

_UNWRAPPED = ATTRIBUTION_PATTERNS
# Searched in every sentence that holds their words: an ASCII one in ASCII mode.
ATTRIBUTION_PATTERNS = [(ascii_aware(p), stands) for p, stands in ATTRIBUTION_PATTERNS]
# Most sentences lack the words of most patterns ("according", "'s" + "figures").
ATTRIBUTION_INDEX = PrefilterIndex([pattern for pattern, _ in ATTRIBUTION_PATTERNS])
# A pattern that opens with its title or name is tried at every word; its part from the
# first comma or quote on (", Ivan Fedorov, said") is found at once, and is mostly absent.
ATTRIBUTION_TAILS = [literal_tail(pattern) for pattern, _ in ATTRIBUTION_PATTERNS]
# A pattern that opens on "^" or a mark ("(?:^|[,;:]\\s*|...)") has no first character
# that re could skip to, and is tried at every character: past the sentence's start, where
# "^" cannot match, it is searched without that option, which re skips through.
_OPENS_ON_START = "(?:^|"
PAST_START = [
    ascii_aware(re.compile("(?:" + pattern.pattern.removeprefix(_OPENS_ON_START), pattern.flags))
    if pattern.pattern.startswith(_OPENS_ON_START) else None
    for pattern, _ in ATTRIBUTION_PATTERNS
]  # fmt: skip
# "…, X said" is searched from its verbs ahead, "X, which said" from its asides ahead:
# not from every comma or conjunction (``anchored_search``). Each match holds its anchor
# right after its claimant, which holds no break.
_VERB_WORDS = sorted({re.split(r"[\\(]", verb)[0] for verb in _VERBS.split("|")})  # ("put")
_ANCHORS = {  # (a trie: re tests a verb per letter, not per word of the list)
    _SAID: re.compile(rf"\s{literal_trie(_VERB_WORDS)}\b"),
    _ASIDE_SAID: re.compile(
        r",\s+(?:which|who|whom|whose|an?|the|on|in|by|for|at|with|like|working|together|jointly|"
        r"speaking|writing|talking|briefing|addressing|known|also|better)\s|,\s+(?:aged\s+)?\d\d,"
    ),
}
ANCHORED = {
    i: AnchoredSearch(ATTRIBUTION_PATTERNS[i][0], PAST_START[i], _ANCHORS[p], _BREAKS)
    for i, (p, _) in enumerate(_UNWRAPPED) if p in _ANCHORS
}

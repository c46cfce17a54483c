"""Whose losses a figure counts.

In order: a nationality on the counted noun ("Russian troops"); "the enemy"/"the
occupiers", read as the side opposite the claimant; the nearest side named before the
figure in its clause (the loser of "Russia lost", the victim side of "Ukrainian forces
killed"); the previous figure's subject.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.prefilter import guarded
from extractor.folding import ascii_aware
from extractor.numbers import NUMBER_WORD
from schemas import ClaimantType, Subject

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_RUSSIA, _UKRAINE, _OTHER = Subject.RUSSIA, Subject.UKRAINE, Subject.OTHER
_UKRAINE_OFFICIAL, _RUSSIA_OFFICIAL = ClaimantType.UKRAINE_OFFICIAL, ClaimantType.RUSSIA_OFFICIAL

_SIDE_WORDS = [
    (_RUSSIA, r"Russia(?:'s|ns|n)?|Moscow(?:'s)?|Kremlin(?:'s)?|the\s+occupiers|occupiers'?|"
                     r"the\s+invaders|invaders|the\s+aggressor|orcs|Wagner|Chechen"),
    (_UKRAINE, r"Ukraine(?:'s)?|Ukrainians?|Kyiv(?:'s)?|Kiev(?:'s)?|Zelensky's"),
]  # fmt: skip
# One \b for both sides: re tests it once at each position.
_SIDE_RE = ascii_aware(
    re.compile("\\b(?:" + "|".join(f"(?P<{s.value}>{p})" for s, p in _SIDE_WORDS) + ")")
)
# A side named after these words is a place or a war, not whose losses are counted.
# (Searched in the 25 characters before a side: quicker than any test of their ending.)
_NOT_SUBJECT_BEFORE = ascii_aware(re.compile(
    # "the figure for Ukrainian soldiers killed", "the number of Russian dead" name the loser
    # and "the Armed Forces of Ukraine", "the army of Russia" name the side that lost
    # ("1,682 pieces of Ukrainian equipment" name whose equipment)
    r"(?<!figure\s)(?<!figures\s)(?<!toll\s)(?<!number\s)(?<!count\s)(?<![Ff]orces\s)"
    r"(?<!pieces\s)(?<!items\s)(?<!units\s)(?<!vessels\s)(?<!ships\s)(?<!warships\s)"
    r"(?<![Aa]rmy\s)\b(?:of|for)\s+(?:the\s+)?$|"
    r"\b(?:in|into|across|on|against|to|from|with|inside|near|about|toward|towards|by|at|"
    r"over|invaded|invade|invasion\s+of|war\s+(?:in|on|against)|support|supporting|help|"
    r"helping|aid|attack(?:ed|ing)?|struck|hit|shelled)\s+(?:the\s+)?$",
    re.IGNORECASE,
))
_SIDE_AFTER = re.compile(r"\s+side\b")
_CAPITALS_COUNT = re.compile(r"(?:Kyiv|Kiev|Moscow|Kremlin)['’]s\s+(?:own\s+|official\s+)?"
                             r"(?:running\s+)?(?:total|count|tally|figures?|numbers?)\b")
# "For Russia, the project lists 136 aircraft": a sentence's topic, whose losses it counts
_TOPIC_OPENING = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:for|as\s+for|as\s+to)\s+$",
                            re.IGNORECASE)  # fmt: skip
_TOPIC_END = re.compile(r"(?:'s)?\s*,")
_NOT_SUBJECT_AFTER = re.compile(
    r"^(?:'s)?\s*(?:war|invasion|full-scale|aggression|attack|offensive|counteroffensive|allies|"
    r"partners|backers|government|President|Defen[cs]e\s+Minist|minist|officials?|intelligence|"
    r"news|media|outlet|Service|army\s+said|military\s+said|figures|data|estimates?|General\s+Staff|"
    r"-backed|-installed|-occupied|-controlled|border|captivity)",
    re.IGNORECASE,
)
# (the words between the side and its means are a phrase's own: "Ukraine since the war
# started" names a place, then a time)
_AGENT_AFTER = re.compile(
    rf"^(?:(?:'s)?\s+(?:(?!(?:since|in|on|at|during|after|before|from|of|for|to|with|the|a|an)\s)"
    rf"[\w-]+\s+){{0,2}}?(?:{lexicon.ATTACK_NOUN}|forces|troops|army|occupation|"
    r"offensive|assault|aggression|invasion|war|air\s+defen[cs]es?|defenders|units|navy|fleet|"
    r"aircraft|warplanes|jets|bombers|pilots|artillery|gunners|"
    r"military(?!\s+administration))\b"  # a "Military Administration" governs, not strikes
    # the side as the subject of a strike: "the enemy struck a residential area"
    rf"|\s+(?:(?:has|have|had)\s+)?{lexicon.STRIKE_VERB}\b)",
    re.IGNORECASE,
)
# A side named as its people is the subject of the killing itself, its victims next: "the
# Russians killed 4 residents" ("Ukrainians killed in the strike" are the victims, and
# "attacks in Ukraine killed 38" name a place; "#" masks a figure read before)
_KILLED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:killed|kills|wounded|wounds|injured|injures|maimed)\s+"
    r"(?=[\d#]|(?:at\s+least|more\s+than|over|about|nearly|almost|another|some|dozens|hundreds|"
    rf"civilians|residents|people|children)\b|{NUMBER_WORD})",
    re.IGNORECASE,
)
_SIDE_AS_PEOPLE = frozenset(["russians", "ukrainians", "occupiers", "invaders", "orcs", "enemy"])


def _agent(text: str, mention: re.Match[str]) -> bool:
    """Is the side ``mention`` names the one that struck, not the one that lost?"""
    end = mention.end()
    return _AGENT_AFTER.match(text[end : end + 40]) is not None or (
        mention.group(0).lower().removeprefix("the ").lstrip() in _SIDE_AS_PEOPLE
        and _KILLED_AFTER.match(text, end) is not None)  # fmt: skip
_WEAPON_AFTER = re.compile(rf"^(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.ATTACK_NOUN})\b", re.I)
_ACTIVE_KILL = ascii_aware(re.compile(  # (ASCII mode: re knows the first letters)
    r"\b(?:killed|destroyed|eliminated|neutrali[sz]ed|shot\s+down|downed|wiped\s+out|"
    r"knocked\s+out|struck|hit|took\s+out|inflicted|captured|liquidated|sunk|sank|damaged|"
    r"intercepted)\b",
    re.IGNORECASE,
))
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|be)\s+\w*\s*$", re.IGNORECASE)


class SideMention(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    start: int
    end: int
    side: Subject


_ENEMY = guarded(r"\b(?:the\s+)?enemy(?:'s)?\b", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_RUSSIA_GROUP = _RUSSIA.value


def side_mentions(
    text: str, excluded: list[tuple[int, int]], civilian: bool, enemy_side: Subject
) -> list[SideMention]:
    """Sides named in ``text`` that may be the loser, outside the ``excluded`` spans.

    For civilians a place counts ("civilians killed in Ukraine"); for troops it does not.
    "The enemy" names ``enemy_side``: the side opposite the claimant.
    """
    # ("As a result of enemy attacks, 5 people were killed": the enemy struck; the
    # civilians are not its own)
    found = [SideMention(m.start(), m.end(), enemy_side) for m in _ENEMY.finditer(text)
             if not (civilian and _agent(text, m))]
    for m in _SIDE_RE.finditer(text):
        if excluded and any(s <= m.start() < e for s, e in excluded):
            continue
        if _CAPITALS_COUNT.match(text, m.start()):
            continue  # "Kyiv's running total": whose count, not whose losses
        if _AGAINST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "a case against the Russian officers it holds responsible": the accused
        side = _RUSSIA if m.group(_RUSSIA_GROUP) else _UKRAINE
        by = _BY_BEFORE.search(text[max(0, m.start() - 10) : m.start()])
        if by and not civilian and _agent(text, m):
            # "27 soldiers were captured by Russian forces": the other side's
            found.append(SideMention(m.start(), m.end(), opposite(side)))
            continue
        if not civilian and not _SIDE_AFTER.match(text, m.end()) and not (
            _TOPIC_OPENING.match(text, 0, m.start()) and _TOPIC_END.match(text, m.end())
        ) and (
            _NOT_SUBJECT_BEFORE.search(text[max(0, m.start() - 25) : m.start()])
            or _NOT_SUBJECT_AFTER.match(text[m.end() : m.end() + 25])
        ):  # ("on the Russian side, ... 120,000 soldiers had been killed": the loser)
            continue
        if civilian and (_agent(text, m) or by):
            continue  # "killed in a Russian strike": the side that struck, not the victims
        found.append(SideMention(m.start(), m.end(), side))
    return sorted(found, key=lambda mention: mention.start)


# Russian regions and towns hit across the border: civilians killed there are Russia's.
_RUSSIAN_NAMES = (
    r"Belgorod|Kursk|Bryansk|Shebekino|Rylsk|Sudzha|Voronezh|Rostov|Krasnodar|Lipetsk|"
    r"Oryol|Kaluga|Tula|Smolensk|Novorossiysk|Taganrog|Graivoron|Valuyki"
)
_RUSSIAN_PLACE = guarded(rf"\b(?:{_RUSSIAN_NAMES})\b")
# Where weapons were downed: "over Kursk region", "over the territory of Bryansk region"
_OVER_RUSSIA = guarded(
    r"\b(?:over|above)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:Russia\b|Russian\s+"
    rf"(?:territory|regions?)|(?:{_RUSSIAN_NAMES})\b)"
)


# Russia's regions far from the border (the border's appear in Ukraine's war news every day)
_RUSSIAN_HINTERLAND = guarded(
    r"\b(?:Orenburg|Sverdlovsk|Chelyabinsk|Bashkortostan|Bashkiria|Buryatia|Tuva|Dagestan|"
    r"Chechnya|Tatarstan|Krasnoyarsk|Novosibirsk|Omsk|Perm|Samara|Saratov|Volgograd|Irkutsk|"
    r"Zabaykalsky|Transbaikal|Yakutia|Kemerovo|Kuzbass|Khabarovsk|Primorsky|Udmurtia|"
    r"Chuvashia|Tyumen|Ulyanovsk|Penza|Tambov|Ryazan|Yaroslavl|Pskov|Vologda|Arkhangelsk|"
    r"Murmansk|Sakhalin|Kamchatka|Magadan|Yekaterinburg|Ufa|Kazan|Ulan-Ude|Kyzyl|Kurgan|Kirov|"
    r"Tomsk|Altai|Barnaul|Kostroma|Ivanovo|Nizhny\s+Novgorod|Mordovia|Mari\s+El|"
    r"Kalmykia|Astrakhan|Stavropol|Ingushetia|Ossetia|Kabardino-Balkaria|Karachay-Cherkessia|"
    r"Adygea|Khakassia|Amur|Chukotka|Komi|Karelia|Tver|Chita|Vladivostok|Khanty-Mansi|"
    r"Yamalo-Nenets|Kalmyk|Chuvash|Bashkir|Buryat)\b"
)
_UKRAINIAN_PLACE = guarded(
    r"\b(?:Kharkiv|Odesa|Dnipro|Zaporizhzhia|Lviv|Kherson|Mykolaiv|Sumy|Chernihiv|Poltava|"
    r"Vinnytsia|Ternopil|Rivne|Zhytomyr|Cherkasy|Kramatorsk|Sloviansk|Pokrovsk|Kryvyi\s+Rih|"
    r"oblast|hromada)\b"
)


# Someone who left a country to speak against its war: "before leaving Russia in 2023"
_LEFT_HOME = re.compile(
    r"\b(?:left|fled|leaving|fleeing|emigrated\s+from)\s+(?P<home>Russia|Ukraine)\b"
)


# Russia's own name for its war, used as its press uses it (not "what Moscow calls its
# 'special military operation'"): a story told from Russia's side
_RUSSIAN_VOICE = re.compile(
    r"(?<![\"“‘'])(?<!so-called\s)(?<!calls\s)(?<!calls\sits\s)(?<!calls\sthe\s)(?<!dubbed\s)"
    r"(?<!its\s)\b(?:special\s+military\s+operation|SMO)\b(?![\"”’])", re.IGNORECASE
)


def home_side(article: str) -> Subject:
    """Whose country an article's own people ("our men", a region's residents) are: an
    exile's at its top, Russia's where it is set in Russia's regions rather than Ukraine's
    or speaks of the war in Russia's words, else Ukraine's."""
    if left := _LEFT_HOME.search(article, 0, 1500):
        return _RUSSIA if left.group("home") == "Russia" else _UKRAINE
    if len(_RUSSIAN_VOICE.findall(article)) >= 3 and not _UKRAINIAN_PLACE.search(article):
        return _RUSSIA
    if _RUSSIAN_HINTERLAND.rules_out(article):  # type: ignore[attr-defined]
        return _UKRAINE
    russian = len(_RUSSIAN_HINTERLAND.findall(article))
    ukrainian = len(_UKRAINIAN_PLACE.findall(article))
    return _RUSSIA if russian >= 2 and russian > ukrainian else _UKRAINE


def downed_over_russia(text: str) -> bool:
    """Does the sentence say weapons came down over Russia ("38 drones over Kursk region")?"""
    return _OVER_RUSSIA.search(text) is not None


def place_side(text: str) -> Subject | None:
    """The side a civilian toll belongs to by where it happened, when a place says so."""
    return _RUSSIA if _RUSSIAN_PLACE.search(text) else None


_HOLDER = guarded(
    r"\bheld\s+(?:captive\s+|as\s+prisoners?(?:\s+of\s+war)?\s+)?(?:by|in)\s+(?:the\s+)?"
    r"(?P<by>Russia|Moscow|Ukraine|Kyiv)\b|"
    r"\b(?P<adjective>Russian|Ukrainian)\s+captivity\b"
)


def holding_side(text: str) -> Subject | None:
    """The side that holds the prisoners ("held in Russian captivity", "held by Russia")."""
    found = _HOLDER.search(text)
    if found is None:
        return None
    word = found.group("by") or found.group("adjective")
    return _RUSSIA if word in ("Russia", "Moscow", "Russian") else _UKRAINE


def striking_side(text: str, weapons_only: bool = False) -> Subject | None:
    """The side whose strike, drone or shelling the sentence names ("a Ukrainian drone");
    ``weapons_only``: not its forces or army, which may be named for what they lost."""
    for m in _SIDE_RE.finditer(text):
        if (_WEAPON_AFTER.match(text[m.end() : m.end() + 40]) if weapons_only
                else _agent(text, m)):  # fmt: skip
            return _RUSSIA if m.group(_RUSSIA_GROUP) else _UKRAINE
    return None


_TOPIC_SIDE = guarded(
    r"^\W{0,4}(?:\d+/\d+\s+)?(?:(?i:on|for)\s+the\s+)?(?P<side>Russian|Ukrainian)\s+side\b"
)


def topic_side(sentence: str) -> Subject | None:
    """The side a sentence opens on as its topic ("On the Ukrainian side:")."""
    found = _TOPIC_SIDE.match(sentence)
    if found is None:
        return None
    return _RUSSIA if found.group("side") == "Russian" else _UKRAINE


def opposite(side: Subject) -> Subject:
    if side is _RUSSIA:
        return _UKRAINE
    if side is _UKRAINE:
        return _RUSSIA
    return _OTHER


def claimant_side(claimant_type: ClaimantType) -> Subject | None:
    if claimant_type is _UKRAINE_OFFICIAL:
        return _UKRAINE
    if claimant_type is _RUSSIA_OFFICIAL:
        return _RUSSIA
    return None


def subject_before(
    text: str, position: int, mentions: list[SideMention], civilian: bool = False
) -> Subject | None:
    """The side named last before ``position``, flipped if it is the agent of a killing.

    Civilians are never the agent: "Ukraine ... nine civilians killed" keeps Ukraine.
    """
    earlier = [m for m in mentions if m.end <= position]
    if not earlier:
        return None
    mention = earlier[-1]
    between = text[mention.end : position]
    if ";" in between or "." in between:
        return None
    if "," in between and _FRAME_OPENING.search(text, 0, mention.start):
        return None  # "Since Ukrainian forces crossed the border, we have confirmed ..."
    if civilian:
        return mention.side
    # "Ukrainian forces killed or wounded 850 ... and destroyed 24 tanks": any verb with the
    # side as its agent; "Ukrainian soldiers killed or wounded since ..." has none.
    for verb in _ACTIVE_KILL.finditer(between):
        if not _PASSIVE.search(between[: verb.start()]) and not _PARTICIPLE.match(
            between[verb.end() :]
        ):
            return opposite(mention.side)
    return mention.side


# The subject of a clause that frames the sentence in time is not whose losses follow it.
_FRAME_OPENING = re.compile(
    r"(?:^|[;:]\s*)\W*(?:since|when|after|before|until|once|while|as\s+soon\s+as)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# "Ukrainian soldiers killed since the invasion": a participle, the side is the victim.
_PARTICIPLE = re.compile(
    r"^\s*(?:since|in|during|over|at(?!\s+least)|near|around|on|when|while|so\s+far|to\s+date|"
    r"or|and\s+(?:wounded|injured|missing|captured)|[,.;])",
    re.IGNORECASE,
)


_CLAUSE_MARK = re.compile(r"[;.,]")


def subject_after(text: str, position: int, mentions: list[SideMention]) -> Subject | None:
    """A side named after the figure in the same clause ("... troops lost by Russia")."""
    later = [m for m in mentions if m.start >= position]
    if not later or _CLAUSE_MARK.search(text, position, later[0].start):
        return None
    return later[0].side


def region_side(phrase: str) -> Subject | None:
    """The side whose region a phrase names ("the governor of the Saratov region")."""
    if _RUSSIAN_PLACE.search(phrase) or _RUSSIAN_HINTERLAND.search(phrase):
        return _RUSSIA
    return _UKRAINE if _UKRAINIAN_PLACE.search(phrase) else None

"""Whose losses a figure counts, whether they are civilians, and how an unnamed source is
typed: the sentence's sides, its strikes and towns, and what the source counted before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import (
    UNKNOWN,
    UNNAMED_CLAIMS,
    Claimant,
    canonical_claimant,
    is_commercial,
)
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.references import LOCAL_HEADS
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.subgroups import labels_settlement
from extractor.backends.rules.subjects import (
    claimant_side,
    downed_over_russia,
    holding_side,
    opposite,
    place_side,
    side_mentions,
    striking_side,
    subject_after,
    subject_before,
)
from extractor.backends.rules.terms import (
    CIVILIAN,
    KILLED_POWS,
    MILITARY_WORD,
    PROFESSIONS,
    REPATRIATED,
    SERVED_AFTER,
    SERVING,
)
from extractor.folding import ascii_aware
from schemas import Category, Claim, ClaimantType, Population, Subject

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_CIVILIANS = Population.CIVILIAN
_UNKNOWN = ClaimantType.UNKNOWN
_MISSING, _KILLED, _CAPTURED = Category.MISSING, Category.KILLED, Category.CAPTURED
_WOUNDED = Category.WOUNDED
_RUSSIA, _UKRAINE = Subject.RUSSIA, Subject.UKRAINE

# Independent counts of one side's dead by name, whose side articles need not say
_COUNTS_DEAD_OF = {
    "UALosses": _UKRAINE,
    **dict.fromkeys(("Mediazona", "BBC Russian Service", "BBC Russian Service and Mediazona",
                     "Meduza"), _RUSSIA),
}  # fmt: skip
# (In ASCII mode for an ASCII sentence: re then knows the first letters to skip to.)
_DOWNED = ascii_aware(re.compile(rf"\b(?:{lexicon.DOWNED}|suppressed)\b", re.IGNORECASE))
# What is launched at Ukraine night after night (not aircraft, which fly for both sides)
_LAUNCHED_WEAPONS = (Category.UAV, Category.CRUISE_MISSILES)
# Troops who "died" with no side named: a side's own dead (of the enemy's, it says "killed")
# "Shoigu said 5,937 servicemen had died", "had been killed": a side's own dead (the
# enemy's it says it killed)
_DIED = re.compile(r"\s+(?:(?:(?!who\b|that\b)[\w-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?died"
                   r"|(?:servicemen|soldiers|troops)\s+(?:had|have|has)\s+been\s+killed)\b")
# The words just before a figure that make it a side's own losses: an admission ("the
# ministry acknowledged one sailor killed"), a speaker's own unit ("in the whole of August
# my battalion lost three men killed"), men back from captivity ("We have brought home 95
# defenders")
_OWN_LOSSES_BEFORE = ascii_aware(re.compile(
    r"(?:\b(?:acknowledged|admitted|conceded)\b(?:\s+(?:that|on\s+\w+))?\s*[^\s,;.]*"
    r"(?:\s+(?:only|just|the\s+deaths?\s+of|the\s+loss\s+of))?\s*"
    r"|\b(?i:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:battalion|brigade|company|unit|regiment|platoon|"
    r"crews?|team)\s+(?:has\s+|have\s+|had\s+)?lost\s*)"
    r"|\b(?i:(?:brought|bring|brings|returned)\s+home\s+)"
    # ("The president gave our figures earlier this month: 45,100 killed")
    r"|\b(?i:our\s+(?:own\s+)?(?:figures|losses|numbers|toll|casualties)\b[^.;:]{0,40}:\s*)"
    # a place buries its own: "held funerals for 14 soldiers", "has buried 64"
    r"|\b(?i:(?:funerals?\s+(?:for|of)|(?:has|have|had)\s+buried)\s+(?:more\s+than\s+|about\s+|"
    r"some\s+|at\s+least\s+|nearly\s+|over\s+)?)"
    # the wounded a side's medics evacuate, carry or treat are its own
    r"|\b(?i:(?:evacuated|treated|received|stabili[sz]ed|took\s+in|taken\s+in|carried|"
    r"transported|airlifted)\s+(?:(?:an\s+average\s+of|a\s+total\s+of|more\s+than|about|some|"
    r"(?:somewhere\s+)?between|at\s+least"
    r"|nearly|over)\s+)?)"
    r"|\b(?i:we(?:'ve)?\s+(?:have\s+|had\s+)?(?:also\s+|only\s+)?lost\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|up\s+to\s+)?)"
    # "The Ukrainian Air Force said it had lost 90 aircraft": the source's own
    r"|\b(?i:(?:said|says|admitted|admits|acknowledged)\s+(?:that\s+)?(?:it|they)\s+(?:has\s+|have\s+|"
    r"had\s+)?(?:also\s+)?lost\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?))$"
))
_OF_THEIRS = re.compile(r"\s+of\s+their\b", re.IGNORECASE)
_WE_BEFORE = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)
_BOTH_SIDES = ascii_aware(re.compile(
    r"\b(?:both\s+(?:sides|armies)|the\s+two\s+(?:armies|sides)|(?:Ukrainian\s+and\s+Russian|"
    r"Russian\s+and\s+Ukrainian)\s+(?:troops|soldiers|forces|military|servicemen|casualties|"
    r"losses|dead))\b[^.;]*$",
    re.IGNORECASE,
))
# "3,000 prisoners of war held by the two sides", "16,000 are members of the armed forces of
# one side or the other": the people counted are of both
_BOTH_SIDES_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:by|on|of|from)\s+(?:both\s+sides|the\s+two\s+sides|either\s+side|"
    r"one\s+side\s+or\s+the\s+other)\b",
    re.IGNORECASE,
)
# "The death toll from this morning's missile strike on Kryvyi Rih", "the toll in Kharkiv":
# a strike's or a town's toll is of civilians.
# A town's authorities and rescuers count the dead of its streets, not of the army.
_CIVIC_SOURCE = ascii_aware(re.compile(
    r"\b(?:city\s+council|mayor|city\s+authorities|local\s+authorities|emergency\s+services?|"
    r"emergenc(?:y|ies)\s+ministry|ministry\s+(?:for|of)\s+emergenc(?:y|ies)|"
    r"rescuers|hospitals?)\b",
    re.IGNORECASE,
))
# A governor counts a strike's dead in the region; the men from it killed at the front, too
_GOVERNOR = ascii_aware(re.compile(r"\bgovernor\b", re.IGNORECASE))
# What befalls a town's people, not an army: a strike, a shelling, a collapse
_DISASTER = r"(?:strike|attack|shelling|bombardment|bombing|collapse|explosion|blast)s?"
_CIVIC_TOLL = ascii_aware(re.compile(
    r"\b(?i:toll)\s+(?:in|from|of)\s+(?:(?:the|an?|this|that|last|[\w'’]+'s)\s+){0,3}"
    r"(?:[\w-]+\s+){0,2}"
    rf"(?:(?i:{_DISASTER}|city|town|village)\b|"
    r"(?!(?:Russia|Ukrain|Moscow|Kyiv's)"
    r"\w*\b)[A-Z][a-z])"
))

# People hurt in a strike, where no soldier is named: "The number of people injured in the
# Kharkiv strike has risen to 15"
_HURT_IN_STRIKE = guarded(
    r"\b(?:killed|injured|wounded|hurt)\s+(?:in|by)\s+(?:the|an?|this|that|last|[\w'’]+'s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}{_DISASTER}\b",
    re.IGNORECASE,
)

# A strike told by what it hit where people live
_HOMES_HIT = guarded(
    r"\b(?:(?:apartment|residential|nine-storey|high-rise|multi-storey)\s+(?:building|block)|"
    r"private\s+houses|homes|(?:under|from)\s+the\s+rubble|rescuers)\b",
    re.IGNORECASE,
)


def strike_toll(figure: Figure, events: set[int]) -> bool:
    """Can a civilian toll be one strike's? Hundreds at most; a part, if its whole is."""
    if figure.population is not _CIVILIANS or not figure.categories[0].is_people:
        return False
    if figure.part_of is not None:
        return id(figure.part_of) in events
    return (figure.high or figure.value or 0) < 1000


# ("Russian units trying to widen the salient had suffered", "Russia has suffered": an army's
# losses, or a country's at war)
_FORCE_LOST = guarded(
    r"\b(?:(?:forces|troops|soldiers|army|servicemen|units)(?:\s+(?:trying|fighting|attacking|"
    r"advancing|defending|deployed|operating)\b[^,.;]{0,40}?)?|(?-i:Russia|Ukraine|Moscow|Kyiv))"
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:suffered|lost|sustained)\b",
    re.IGNORECASE,
)


_ALLIANCE = re.compile(r"\bNATO\b|\b(?:Rutte|Stoltenberg)\b|\balliance\b", re.IGNORECASE)


def civilian_context(
    sentence: Sentence, claimant: Claimant, earlier: list[Claim], context: ArticleContext
) -> bool:
    """Is a bare "8,006 killed" about civilians? The sentence, its source or its paragraph say."""
    if (CIVILIAN.search(sentence.text) or _CIVIC_TOLL.search(sentence.text)
            or _CIVIC_SOURCE.search(sentence.text)):  # fmt: skip
        return True
    if claimant.type is ClaimantType.INTERNATIONAL_ORG and not _ALLIANCE.search(
            f"{claimant.name} {claimant.role} {claimant.body}"):  # fmt: skip
        return True  # (the UN's and the WHO's tolls are of civilians; NATO's, of armies)
    if _GOVERNOR.search(sentence.text) and striking_side(sentence.text) is not None:
        return True  # "one man was killed by Russian shelling, the governor said"
    if _FORCE_LOST.search(sentence.text):
        return False  # "Russian forces had suffered an average of 899 casualties"
    if labels_settlement(sentence.text):
        return True  # "• Kupiansk district: 2 killed, 3 injured"
    if earlier:  # "12 people were killed and 43 wounded"
        return earlier[-1].population is _CIVILIANS
    if context.last_population.get(claimant.name) is _CIVILIANS:
        return True  # a governor's next toll is of civilians too
    if _HURT_IN_STRIKE.search(sentence.text) and not MILITARY_WORD.search(sentence.text):
        return True
    before = context.previous
    if before is not None and sentence.paragraph - before.paragraph <= 1 and (
            _HOMES_HIT.search(before.text) and not MILITARY_WORD.search(sentence.text)):
        return True  # "A nine-storey building is hit. ... 5 dead.": the strike's on homes
    # "The death toll has risen to eight": the toll of the civilians counted just before
    toll = context.last_toll
    return bool(toll and toll[2].population is _CIVILIANS and (
        toll[1] == sentence.paragraph or sentence.index - toll[0] <= 4))  # fmt: skip


def struck_before(context: ArticleContext, sentence: Sentence) -> Subject | None:
    """The side whose civilians the weapon of the sentence before struck, in the same
    paragraph ("Shebekino came under attack by Ukrainian drones overnight. One civilian was
    killed."): whose a toll of no stated side counts, before those its source spoke of last."""
    before = context.previous
    if before is None or before.paragraph != sentence.paragraph:
        return None
    struck_by = striking_side(before.text, weapons_only=True)
    return opposite(struck_by) if struck_by is not None else None


# (matched at the figure's end: what follows it in its clause)
_SERVING_IN = re.compile(
    rf"[^.;]*?\b{SERVING}\s+(?:the\s+)?"
    r"(?P<side>Russia|Ukraine)(?:n\s+(?:army|armed\s+forces|forces|military|ranks)\b|\b)"
)


def figure_subject(figure: Figure, figures: list[Figure], text: str,
                    excluded: list[tuple[int, int]], claimant: Claimant,
                    previous: Subject | None, civilian_side: Subject | None,
                    home: Callable[[], Subject]) -> Subject:  # fmt: skip
    side = claimant_side(claimant.type)
    # Other figures' words speak for those figures: in "Ukrainian units downed 899 Russian
    # drones and destroyed 47 artillery systems", "Russian" is not the loser of the 47.
    for other in figures:
        if other is not figure and other.number_start < other.phrase_end <= figure.number_start:
            span = other.phrase_end - other.number_start
            text = text[: other.number_start] + "#" * span + text[other.phrase_end :]
    if figure.nationality is not None:
        return figure.nationality
    if figure.subgroup == REPATRIATED and (receiver := _receiving_side(text, figure)):
        return receiver  # "Russia received the remains of 31 of its own servicemen"
    # "1,124 foreign nationals killed while serving in the Russian army": the army's side
    if serving := _SERVING_IN.match(text, figure.phrase_end, figure.phrase_end + 80):
        return _RUSSIA if serving.group("side").startswith("Russia") else _UKRAINE
    if (served := SERVED_AFTER.match(text, figure.phrase_end)) and not served.group("side"):
        return home()  # "52 have been killed while serving in the armed forces": the home side's
    # "the combined toll of both armies", "Ukrainian and Russian troops killed or wounded"
    if _BOTH_SIDES.search(text, max(0, figure.number_start - 120), figure.number_start) or (
            _BOTH_SIDES_AFTER.match(text, figure.phrase_end)):  # fmt: skip
        return Subject.OTHER
    if side is not None and _OF_THEIRS.match(text, figure.number_end) and _WE_BEFORE.search(
            text, 0, figure.number_start):  # fmt: skip
        return opposite(side)  # "we have sunk 17 of their boats": the speaker's enemy's
    if side is not None and own_losses(figure, text):
        return side
    enemy_side = opposite(side) if side is not None else _RUSSIA
    if figure.enemy:
        return enemy_side
    civilian = figure.population is _CIVILIANS
    holder = holding_side(text) if _CAPTURED in figure.categories else None
    if holder is not None and civilian:
        return opposite(holder)  # "168 civilians" brought home "from Russian captivity"
    mentions = side_mentions(text, excluded, civilian, enemy_side)
    found = subject_before(text, figure.number_start, mentions, civilian) or subject_after(
        text, figure.phrase_end, mentions
    )
    if found is not None:
        return found
    if side is None and treated_wounded(figure, text):
        return home()  # "we took in 57 wounded at our stabilization point": the medics' side
    if side is not None and figure.categories == [_MISSING]:
        return side  # "The ministry first said one serviceman was missing": a side's own missing
    if civilian:
        # Civilians killed by one side's strike are the other side's; with no side named at
        # all, they are those the source spoke of last (a Russian governor's next toll),
        # else of the war in Ukraine.
        where = place_side(text)
        if where is not None:
            return where
        agent = striking_side(text)
        if agent is not None:
            return opposite(agent)
        # (a side's governor or mayor counts its own civilians: "the governor of the Saratov
        # region")
        local = side if _LOCAL_HEAD.search(claimant.role) else None
        return civilian_side or local or _UKRAINE
    if side is None and figure.subgroup in PROFESSIONS:
        return home()  # "589 athletes and coaches killed": a count kept by their own country
    if side is None and _says_own(figure, text):
        if figure.residents:  # a place's fallen: its side is the place's, or the article's
            return place_side(text) or previous or home()
        # a unit of no stated side counting its own wounded or dead: reporters at the front
        # are with Ukraine's units (Russia's speak through its ministry), unless the article
        # is set in Russia's regions ("We have buried 64 of our men", a district head said)
        return home()
    if holder is not None:
        return opposite(holder)  # "2,600 have been confirmed to be held in Russian captivity"
    if side is not None and not figure.categories[0].is_people and _DOWNED.search(text):
        return opposite(side)  # "Air defenses intercepted 52 of the 61 drones, the air force said"
    if side is None and figure.categories[0] in _LAUNCHED_WEAPONS and _DOWNED.search(text):
        # "F-16 pilots had downed nine of the cruise missiles", a spokesman of no stated side
        # said: the weapons downed over a Russian region are Ukraine's, else Russia's
        return _UKRAINE if downed_over_russia(text) else _RUSSIA
    if side is None and claimant.name in _COUNTS_DEAD_OF:
        # a project that names one side's dead ("UALosses has identified 60,842 killed")
        return _COUNTS_DEAD_OF[claimant.name]
    if previous is not None:
        return previous
    return opposite(side) if side is not None else _RUSSIA


# "seven aircraft had been damaged": damage told with no one who did it
# ("Two ships under repair were damaged, it acknowledged": where they were, then the damage)
_DAMAGED_AFTER = re.compile(r"(?:\s+(?:under|in|at)\s+[\w-]+)?\s+(?:(?:had|have|has)\s+been|"
                            r"were|was)\s+damaged\b(?!\s+by\b)")  # fmt: skip


# The side that gets its dead back: "Kyiv took back the bodies of 1,000", "Russia had
# received the remains of 24 of its servicemen"
_RECEIVED_BY = re.compile(
    r"\b(?P<side>Ukraine|Kyiv|Russia|Moscow)\s+(?:has\s+|have\s+|had\s+)?(?:received|receives|"
    r"took\s+back|takes\s+back|got\s+back|gets\s+back|repatriated)\s+(?:the\s+)?(?:bodies|"
    r"remains)\s+of\s+(?:[\w-]+\s+){0,3}$"
)


def _receiving_side(text: str, figure: Figure) -> Subject | None:
    received = _RECEIVED_BY.search(text, max(0, figure.number_start - 80), figure.number_start)
    if received is None:
        return None
    return _RUSSIA if received.group("side") in ("Russia", "Moscow") else _UKRAINE


# Care given to the wounded, by their own side's medics
_TREATED = re.compile(
    r"\b(?:treat(?:ed|ing|s)?|took\s+in|admitted|operated\s+on|evacuat(?:ed|ing)|stabili[sz]ation|"
    r"stabili[sz]ed|bunks|wards?|surgeons?|medics?|paramedics|hospitals?|ambulances?)\b",
    re.IGNORECASE,
)


def treated_wounded(figure: Figure, text: str) -> bool:
    """Are the figure's wounded soldiers in their own side's care (carried, treated)?"""
    return figure.population is Population.MILITARY and figure.categories == [_WOUNDED] and (
        _TREATED.search(text) is not None or figure.subgroup == "hospitalised"
        or (figure.subgroup or "").endswith(" condition"))  # fmt: skip


def admits_damage(figure: Figure, text: str) -> bool:
    """Does a source tell of equipment damaged, by no one it names (its own side's)?"""
    return not figure.categories[0].is_people and _DAMAGED_AFTER.match(
        text, figure.phrase_end) is not None


_HANDED_OVER = re.compile(r"\b(?:handed|hands|handing)\s+(?:over|back)|\btransferred\b",
                          re.IGNORECASE)  # fmt: skip


# The wounded a side takes in or registers, told after them: "12 to 15 wounded come through
# the doors"
_OWN_WOUNDED_AFTER = re.compile(r"\s+(?:(?:men|women|and|soldiers|troops)\s+){0,3}(?:come|came|"
                                r"arrive[sd]?|are\s+brought|were\s+brought)\s+"
                                r"(?:in|through|to|down|into)\b"
                                # "118,000 servicemen wounded ... had been entered in the state
                                # register": a side registers its own wounded
                                r"|[^.;]{0,60}?\b(?:entered|registered|listed)\s+(?:in|on)\s+"
                                r"(?:the|a|its)\s+(?:state\s+)?register\b")  # fmt: skip
_LOCAL_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(LOCAL_HEADS))})\b")


_AMPUTEES = re.compile(rf"\blost\s+{lexicon.LIMB}|\bamputees\b", re.IGNORECASE)


def own_losses(figure: Figure, text: str) -> bool:
    """Does the source count its own side's losses? "46 of its soldiers", "our men", "Shoigu
    said 5,937 servicemen had died", "the ministry acknowledged one sailor killed", "my
    battalion lost three men killed", "we lost 150 men", "we have brought home 95 defenders"."""
    if figure.subgroup == KILLED_POWS:
        return True
    if figure.subgroup == REPATRIATED and not _HANDED_OVER.search(text):
        return True  # "Together with the 1,212 bodies returned on Wednesday": received
    if _KILLED in figure.categories and not figure.enemy and _DIED.match(text, figure.number_end):
        return True
    if _WOUNDED in figure.categories and _AMPUTEES.search(text, figure.number_end,
                                                          figure.phrase_end):  # fmt: skip
        return True  # "11,930 soldiers lost a limb": a side counts its own amputees
    if treated_wounded(figure, text):
        return True  # "146 wounded soldiers were lying in its bunks": its medics' own
    if not figure.enemy and admits_damage(figure, text):
        return True  # "Two ships under repair were damaged, it acknowledged"
    return _says_own(figure, text)


def _says_own(figure: Figure, text: str) -> bool:
    """Do the figure's own words make it its source's ("46 of its soldiers", "we lost")?"""
    start = figure.phrase_start
    if figure.own_side or _OWN_LOSSES_BEFORE.search(text, max(0, start - 60), start):
        return True
    return _WOUNDED in figure.categories and _OWN_WOUNDED_AFTER.match(
        text, figure.phrase_end) is not None  # fmt: skip


def typed_by_side(claimant: Claimant, figure: Figure, text: str, subject: Subject,
                  held: bool) -> Claimant:  # fmt: skip
    """``side_typed`` for a figure: does a source of no stated side count its own side's
    losses here? Its civilians and missing, "its soldiers", men "held in Russian captivity",
    and people the other side struck ("Three Ukrainian soldiers were killed when a Russian
    missile struck")."""
    if claimant.type is not _UNKNOWN or _PRIVATE_ROLE.search(claimant.role):
        return claimant  # (a coach, a mother: no one's official)
    own = counts_own(figure.population, figure.categories, held or own_losses(figure, text)) or (
        figure.categories[0].is_people
        and striking_side(text, weapons_only=True) is opposite(subject)
    ) or figure.subgroup in PROFESSIONS  # ("athletes and coaches" killed: their own count)
    return side_typed(claimant, subject, own)


# A person who speaks for no state: "his coach in Rivne", "her mother", "a neighbour"
_PRIVATE_ROLE = re.compile(
    r"\b(?:coach|trainer|mother|father|wife|husband|widow|son|daughter|sister|brother|"
    r"neighbou?r|friend|resident|priest|teacher)\b")


def counts_own(population: Population, categories: list[Category], own_side: bool) -> bool:
    """Does a side count its own losses here? Civilians and the missing; "its soldiers"."""
    return population is _CIVILIANS or _MISSING in categories or own_side


# "..., the ministry said" with no ministry named before: the defence ministry of the side
# the losses show it speaks for
_BARE_MINISTRY = re.compile(r"^(?:the\s+)?(?:defen[cs]e\s+)?ministry$", re.IGNORECASE)
_DEFENCE_MINISTRY = {side: canonical_claimant(f"{side.value.title()}'s Defence Ministry")
                     for side in (_UKRAINE, _RUSSIA)}  # fmt: skip


def side_typed(claimant: Claimant, subject: Subject, own: bool) -> Claimant:
    """A named source of unknown affiliation speaks for the side that counts these losses.

    Each side counts the enemy's military dead and its own civilians and missing: a
    "regional administration" giving Ukrainian civilian deaths, or a brigade spokesman
    giving Russian losses, is Ukrainian. Media and researchers are typed by their words,
    never here.
    """
    if claimant.type is not _UNKNOWN or claimant is UNKNOWN or claimant is UNNAMED_CLAIMS or (
            is_commercial(claimant)):  # fmt: skip
        return claimant
    side = subject if own else opposite(subject)
    kind = {_UKRAINE: ClaimantType.UKRAINE_OFFICIAL,
            _RUSSIA: ClaimantType.RUSSIA_OFFICIAL}.get(side)  # fmt: skip
    if kind and _BARE_MINISTRY.match(claimant.name):
        return _DEFENCE_MINISTRY[side] or claimant  # "..., the ministry said": that side's
    return claimant._replace(type=kind) if kind else claimant


# "Russia has lost 3,600 tanks, while Ukraine has lost more than 1,000": the other side's
_OTHER_SIDE_LOST = re.compile(
    r"\b(?:while|whereas|and|but|against)\s+(?:the\s+)?(?P<side>Ukraine|Ukrainian|Russia|Russian|"
    r"Kyiv|Moscow)(?:'s|n)?(?:\s+(?:forces|army|military|troops|side))?\s+(?:(?:has|had|have)\s+)?"
    r"(?:also\s+)?(?:lost|suffered)\b"
)


def compared_side(text: str, parent: Figure, figure: Figure) -> Subject | None:
    """The side a figure compared with the one before it counts, when the words between
    name another loser ("..., while Ukraine has lost more than 1,000")."""
    found = _OTHER_SIDE_LOST.search(text, parent.phrase_end, figure.number_start)
    if found is None:
        return None
    return _RUSSIA if found.group("side").startswith(("Russia", "Moscow")) else _UKRAINE

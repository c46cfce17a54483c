"""A number bound to the noun it counts: a counted noun after it ("6,214 tanks", "960
killed", "5,937 troops had been killed"), a listed noun before it ("tanks: 6,214"), or the
whole it is part of ("2,200 of the 3,500 tanks it had").

An equipment noun binds only in a sentence about losses (see ``LossWords``); a people
noun only with a fate after it or a loss word before it.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.elided import CIVILIAN_BREAKDOWN, PART_SAID_AFTER
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.listed_nouns import SKIP_INCREMENT, bind_noun_before
from extractor.backends.rules.people import RESIDENTS, population_of
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import (
    BODIES_OF,
    ENEMY,
    EQUIPMENT_ANYWHERE,
    EQUIPMENT_RE,
    FATE_GROUPS,
    FATE_RE,
    KILLED_POWS,
    MILITARY_WORD,
    MOD,
    PEOPLE_ANYWHERE,
    PEOPLE_OF,
    RECRUITED,
    REPATRIATED,
    TERM_GROUPS,
    THIRD_COUNTRY,
    force_named,
    nationality_of,
    term_category,
)
from extractor.folding import ascii_aware
from extractor.numbers import NumberMention
from schemas import Category, Population, Subject

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_MILITARY, _CIVILIAN = Population.MILITARY, Population.CIVILIAN
_UKRAINE = Subject.UKRAINE

_NOUN_AFTER = ascii_aware(re.compile(  # ('"more than 6,400" Ukrainian prisoners': a quote)
    rf"^{SKIP_INCREMENT}[\"”]?\s*"
    # a unit or force by its own name: "three Akhmat fighters", "two Azov fighters"
    rf"(?:(?!{CALENDAR_WORD}|(?i:Russian|Ukrainian|Russia|Ukraine|Belarusian|Georgian|Chechen|"
    r"Wagner|Korean|American|British|Polish|Western|Soviet|Kremlin|Moscow|Kyiv|More|Other|"
    r"Some|Many|All)\b)"
    rf"(?P<unit_name>(?-i:[A-Z][a-z]{{2,}}))\s+(?=(?i:fighters|troops|soldiers|servicemen)\b))?"
    rf"(?P<mods>(?:{MOD}\s+){{0,4}})"
    rf"(?:(?P<equipment>{EQUIPMENT_RE})|(?P<fate>{FATE_RE})|(?P<people>{lexicon.PEOPLE_NOUN}))\b",
    re.IGNORECASE,
))
_MORE_EQUIPMENT = ascii_aware(re.compile(
    rf"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*|\s+as\s+well\s+as\s+)"
    rf"(?:{MOD}\s+){{0,3}}(?:{EQUIPMENT_RE})\b(?!\s*[‒–—:-]?\s*\d)",
    re.IGNORECASE,
))
# Between a people noun and its fate: auxiliaries, hedges, and a coordinated noun phrase
# ("2,870 Ukrainian servicemen and members of nationalist battalions had been killed").
_PLACE_KIND = r"(?:region|area|city|town|village|oblast|province|district|republic)"
# Where the dead came from: "identified 2,412 dead from Chelyabinsk region"
_DEAD_FROM = re.compile(
    rf"\s+from\s+(?:the\s+)?(?!{CALENDAR_WORD})"
    rf"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+{_PLACE_KIND})?)\b"
)
_FATE_AFTER_PEOPLE = ascii_aware(re.compile(
    # (a quotation may end at the noun: '"1,100 of our fellow countrymen" had died')
    r"^[\"”]?(?:\s+and(?:\s+[\w'-]+){1,5}?(?=\s+(?:had|have|has|were|was|are|is)\b)"
    # ("32 journalists and media workers injured in 2024")
    r"|\s+and(?:\s+[A-Za-z][\w'-]*){1,3}?(?=\s+(?:killed|died|wounded|injured|captured|missing|"
    r"taken\s+(?:prisoner|captive))\b)"
    # a list of kinds of people: "925 teachers, medical workers, journalists and energy
    # workers killed"
    r"|(?P<also>(?:,\s+(?:[A-Za-z'-]+\s+){0,2}?[A-Za-z'-]+){1,6},?\s+and\s+(?:[A-Za-z'-]+\s+){0,2}?"
    r"[A-Za-z'-]+)(?=\s+(?:had|have|has|were|was|killed|died|wounded|injured)\b))?"
    # an aside before the verb: "13,341 civilians, including 716 children, have been killed"
    # ("including 1,600 officers": a comma between digits is no end of the aside)
    r"(?:\s*(?:,|\(|—|–)\s*(?:including|among\s+them|of\s+(?:them|whom))\s"
    r"(?:[^,()—–]|(?<=\d),(?=\d)){1,60}[,)—–]"
    # (or their ages: "Three children, aged 4, 9 and 15, were among the injured")
    r"|,\s*aged\s+\d{1,2}(?:(?:,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*,"
    # ("Two children, an 8-year-old girl and a 14-year-old boy, were among the dead")
    r"|,\s*(?:an?\s+)?\d{1,2}-year-old\s+[a-z]+(?:(?:,\s*|,?\s+and\s+)(?:an?\s+)?\d{1,2}-year-old"
    r"\s+[a-z]+)*,)?"
    # where they were: "248 civilians in the region had been killed", "8,900 soldiers from
    # Bashkortostan have died", "2,871 soldiers from the region killed" (the place they
    # came from is their subgroup)
    r"(?:\s+(?:in|from|of)\s+(?:the\s+)?(?:(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    rf"(?:\s+{_PLACE_KIND})?)|{_PLACE_KIND})"
    # ("312 servicemen from the region who are listed as missing")
    r"(?=,?\s+(?:(?:who|that)\s+)?(?:had|have|has|were|was|are|is|killed|died|wounded|injured)\b)"
    # or the unit they served in: "612 soldiers of the brigade have been killed"
    r"|\s+(?:of|from|in)\s+(?:the\s+|its\s+|his\s+|their\s+|our\s+)?(?P<unit>(?:[\w'’-]+\s+){0,4}?"
    r"(?-i:[Bb]rigade|[Bb]attalion|[Rr]egiment|[Dd]ivision|[Uu]nit|[Cc]ompany|[Cc]orps))"
    r"(?=\s+(?:had|have|has|were|was|are|is|killed|died|wounded|injured)\b)"
    # or how they came to serve: "17,000 men recruited from Russian prisons have been killed"
    rf"|\s+(?P<recruited>{RECRUITED}\s+(?:from|in|by|into)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:had|have|has|were|was)\b)"
    # or the building they lived in: "Two residents of that building are missing"
    r"|\s+of\s+(?:the|that|this|their)\s+(?:[\w'’-]+\s+){0,2}?(?:building|block|house|entrance|"
    r"street|village|town|city|district)s?(?:['’]s\s+[\w'’-]+\s+entrance)?"
    r"(?=,?\s+(?:had|have|has|were|was|are|is|remain|remained|remains)\b)"
    # or what they were doing: "Four servicemen guarding the train were killed"
    r"|\s+(?:guarding|defending|manning|holding|crewing|escorting)\s+(?:the|a|an|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:had|have|has|were|was|are|is)\b)"
    # or where they were sent: "200 North Korean soldiers deployed to the Kursk region had
    # been killed"
    r"|\s+(?:deployed|sent|stationed|serving|fighting)\s+(?:to|in|on|near|with|for)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:had|have|has|were|was|are|is)\b))?"
    r"(?:(?:,?\s+(?:who|that|have|has|had|were|was|been|are|is|being|reportedly|allegedly|"
    r"may|might|could|would|will|probably|"
    r"likely|also|all|either|in|action|the|war|fighting|combat|battle|officially|confirmed|among|"
    r"those|"  # ("Thirteen children were among those killed")
    r"as|now|currently|still|remain|remained|remains|listed|registered|reported|considered|officially|to|"
    r"believed|thought|feared|presumed|understood|known|"
    r"be)\b))"
    rf"{{0,6}}\s*,?\s*(?P<fate>{FATE_RE})\b",
    re.IGNORECASE,
))
# "losses ... 1.07 million troops": a count noun earlier in the clause makes people a loss.
_LOSS_NOUN_IN_CLAUSE = ascii_aware(re.compile(
    r"\b(?:losses|casualties|death\s+toll|deaths|"
    # "the General Staff's tally reached ... 139,080 troops": a running count of losses
    r"(?:tally|count)\s+(?:has\s+|had\s+)?(?:reached|rose\s+to|climbed\s+to|stood\s+at|"
    r"stands\s+at))\b",
    re.IGNORECASE,
))
# Equipment a side has or asks for (beside lexicon.EQUIPMENT_NOT_LOSS's supplied or used): no loss
# even in an article about losses
_HELD_OR_NEEDED = guarded(
    r"\b(?:had|has|have|having|deployed|deploying|attacked|attacking|armed|equipped|fleet|"
    r"fewer\s+than|needs?|needed|requested|asked|sends?|fl(?:y|ies|ew|own)|will|would)\b",
    re.IGNORECASE,
)
# What a side had, not lost: "Before the invasion, Russia had about 3,300 tanks", "the
# roughly 120 combat jets Ukraine had at the start"
_HELD = guarded(rf"\b(?:had|has|have|having)\s+{lexicon.HEDGE}$", re.IGNORECASE)
_CAPTURED = re.compile(r"\bcaptured\b", re.IGNORECASE)
_CAPTURED_AFTER = re.compile(r"\s+(?:were\s+|had\s+been\s+)?captured\b", re.IGNORECASE)
_OF_THOSE = re.compile(r"\bof\s+(?:the|those)\b", re.IGNORECASE)
_WERE_KIND_AFTER = re.compile(r"\s+(?:were|was)\s+(?P<kind>children|women|civilians|soldiers|"
                              r"servicemen|officers|prisoners|convicts|volunteers|conscripts|"
                              r"mercenaries|reservists)\b", re.IGNORECASE)  # fmt: skip
_LOST_AFTER = re.compile(r"\s+(?:destroyed|damaged|captured|abandoned|shot\s+down|downed|sunk)\b")
_HELD_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:Ukraine|Russia|Kyiv|Moscow|it|they)\s+(?:had|has|have|possessed|"
    r"operated|fielded)\b(?!\s+(?:lost|been|destroyed|damaged|captured|abandoned|shot|downed))"
)
# Weapons that got through: "while 19 drones hit targets in five regions", "nine missiles
# were not intercepted" (but "two tanks were hit" is a loss)
_GOT_THROUGH_AFTER = re.compile(
    r"\s+(?:(?:hit|struck|reached)\s+(?:their\s+|its\s+)?(?:targets?|(?:the\s+)?(?:city|cities|town|"
    r"regions?|buildings?|infrastructure|facilit(?:y|ies))\b|[A-Z])|(?:got|broke)\s+through\b|"
    r"(?:were|was)\s+not\s+(?:intercepted|shot\s+down|downed)\b|evaded\b|penetrated\b)"
)
# "shot down 36 of the 39 drones that Russia launched overnight, as well as one Kh-59
# cruise missile": the launch is the drones', told in their relative clause
_RELATIVE_LAUNCH = re.compile(r"\bthat\s+(?:[\w'’-]+\s+){0,3}?(?:launched|fired|used)\b[^,;]*,")
# "missiles fired at the shipyard overnight and destroyed three sea drones": a verb of loss
# of its own, after the launch
_AND_THEN_LOST = re.compile(r".*\band\s+(?:also\s+)?(?=(?:destroyed|shot\s+down|downed|intercepted|"
                            r"sank|sunk|eliminated|knocked\s+out)\s)", re.IGNORECASE)  # fmt: skip
# "launched 112 drones, of which 80 were shot down": the verb before the break is not the
# verb of the figure after it.
_CLAUSE_BREAK = guarded(r".*\b(?:of\s+(?:which|them|those|these)|which|but|while|whereas)\b",
                        re.IGNORECASE | re.DOTALL, any_text=True)  # fmt: skip
_ENEMY_NOUNS = ("occupiers", "invaders")
_POWS = re.compile(r"prisoners\s+of\s+war|POWs", re.IGNORECASE)
_PRISONERS = ("prisoners", "captives")
_DIED_AFTER = re.compile(
    r"\s+(?:(?:have|had|has)\s+(?:been\s+)?|were\s+)?(?:died|killed|executed|tortured\s+to\s+death)\b"
)
_RECRUITED = re.compile(rf"\b{RECRUITED}\b", re.IGNORECASE)
# "has taken 212 prisoners", "took 40 captives": the prisoners are the captured
_TAKEN_BEFORE = re.compile(rf"\b(?:captured|capturing|(?:took|taken|take|takes|taking)(?!\s+in\b))"
                           rf"\s+{lexicon.HEDGE}$",
                           re.IGNORECASE)  # fmt: skip
# "killed at least 12 Ukrainian prisoners of war", "the executions of 245 POWs": the dead
_POWS_KILLED_BEFORE = guarded(
    r"\b(?:killed|killing|killings?\s+of|executed|executing|executions?\s+of|shot|shooting|murdered|"
    rf"murders?\s+of|deaths?\s+of)\s+(?:the\s+)?{lexicon.HEDGE}$",
    re.IGNORECASE,
)
# "its own", "our": the speaker's side; "three of the brigade's soldiers": the unit's own
_OWN = re.compile(r"\b(?:its|our|my|their|his|her)\s+(?:own\s+|fellow\s+)?$|\bown\b|"
                  r"\b(?:brigade|battalion|regiment|unit|division|corps)['’]s\s+$",
                  re.IGNORECASE)  # fmt: skip
_CIVILIAN_WORD = re.compile(r"\bcivilian\b", re.IGNORECASE)
_SOLDIERS = r"(?:troops|soldiers?|servicem[ae]n|service\s*members|fighters)\b"
_SOLDIERS_AFTER = re.compile(rf"\s+{_SOLDIERS}", re.IGNORECASE)
# ("had captured one wounded North Korean soldier")
_SIDES_SOLDIERS_AFTER = re.compile(rf"\s+(?:(?:North\s+Korean|Russian|Ukrainian|enemy)\s+)?"
                                   rf"{_SOLDIERS}", re.IGNORECASE)  # fmt: skip
_CLAUSE_SPLIT = ascii_aware(re.compile(r"[;:—]|\.\s"))
_ADDED_BEFORE = re.compile(r"\b(?:added|adds|adding|listed|lists)\s+(?:another\s+|a\s+further\s+)?"
                           rf"{lexicon.HEDGE}$")


class LossWords:
    """Does a sentence speak of losses (or belong to a loss list)? Its truth is searched for
    when a figure first asks: only an equipment noun or a listed noun does (most never)."""

    __slots__ = ("_answer", "_loss_context", "_loss_topic", "_text")

    def __init__(self, text: str, loss_context: bool, loss_topic: bool) -> None:
        self._text, self._loss_context, self._loss_topic = text, loss_context, loss_topic
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            text = self._text
            self._answer = self._loss_context or bool(lexicon.LOSS_CONTEXT.search(text)) or (
                self._loss_topic
                and not (_HELD_OR_NEEDED.search(text) or lexicon.EQUIPMENT_NOT_LOSS.search(text)))
        return self._answer


# "..., including 32 Kh-101 cruise missiles": a part of what the clause before counted
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+$", re.IGNORECASE)
# What people are, not what befell them: "880,000 people under arms", "1.5 million children
# are at risk of depression", "in need of aid"
_STRENGTH = re.compile(
    r"\s*(?:(?:are|were|remain|remained)\s+)?(?:under\s+arms|in\s+uniform|at\s+risk|"
    r"in\s+need|on\s+active\s+duty|mobili[sz]ed\s+so\s+far)\b",
    re.IGNORECASE,
)

# "2,200 of the 3,500 tanks it had", "shot down 13 of 14 Shahed drones", "80 out of 100"
_OF_THE = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?{lexicon.HEDGE}$",
                     re.IGNORECASE)  # fmt: skip
# "He is one of more than 63,000 listed as missing": who one is (not "shot down one of the
# four missiles")
_ONE_OF_WHO = re.compile(r"\b(?:is|was|are|were|be|been|being|as|became|becomes)\s+$",
                         re.IGNORECASE)  # fmt: skip
# "destroyed 24 of the Shaheds": the part counts the kind the whole names
_OF_THE_KIND = re.compile(r"^\s+of\s+(?:the|these|those)\s+", re.IGNORECASE)


def bind_partitive(text: str, first: NumberMention, last: NumberMention,
                   whole: NumberMention | None,
                   has_loss_words: LossWords) -> Figure | None:  # fmt: skip
    """"lost 2,200 of the 3,500 tanks it had": the part counts what the whole names."""
    if whole is None or first is not last or not _OF_THE.fullmatch(text[last.end : whole.start]):
        return None
    if first.text.lower() == "one" and _ONE_OF_WHO.search(text, max(0, first.start - 12),
                                                          first.start):  # fmt: skip
        return None  # "He is one of more than 63,000 listed as missing": a pronoun
    bound = bind_noun(text, whole, whole, text[: whole.start], has_loss_words)
    if bound is None:
        return None
    figure = new_figure(first, first, text[: first.start], bound.phrase_end, bound.categories)
    figure.population, figure.subgroup = bound.population, bound.subgroup
    figure.nationality, figure.enemy = bound.nationality, bound.enemy
    figure.bare_fate = bound.bare_fate
    return figure


# People struck by weapons are casualties, killed or wounded
_HIT_BY_AFTER = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:hit|struck)\s+by\s+(?:our|their|its|"
    r"his|her|the|Ukrainian|Russian)?\s*(?:[\w-]+\s+){0,2}?(?:drones?|artillery|strikes?|fire|"
    r"missiles?|shells?|FPVs?)\b",
    re.IGNORECASE,
)


_FALLEN = re.compile(r"\bfallen\b", re.IGNORECASE)
# "added 188 names of city residents killed", "53,412 records of fallen defenders": the
# people named, each a death
_NAMES_OF = re.compile(r"^\s+(?:names|records)\s+of\s+(?:the\s+)?", re.IGNORECASE)


# A fact box's line that opens on its number and says after a dash what it counts
_LINE_OPENING = re.compile(r"(?:^|\n)[^\w\n]{0,4}$")
_DASH_LABEL = re.compile(r"\+?\s*[—–-]\s*")


def bind_noun(text: str, first: NumberMention, last: NumberMention, before: str,
              has_loss_words: LossWords) -> Figure | None:  # fmt: skip
    """The number bound to the counted noun after it, or else to a listed noun before it."""
    after = text[last.end :]
    noun = _NOUN_AFTER.match(after)
    offset = 0
    if noun is None and (kind := _OF_THE_KIND.match(after)):
        noun = _NOUN_AFTER.match(after[kind.end() :])
        if noun is None or not noun.group("equipment"):
            return None
        offset = kind.end()
    elif noun is None and _LINE_OPENING.search(before) and (dash := _DASH_LABEL.match(after)):
        noun = _NOUN_AFTER.match(after[dash.end() :])  # "• 10,177 — Russian tanks destroyed"
        offset = dash.end() if noun is not None else 0
    elif noun is None and (names := _NAMES_OF.match(after)):
        noun = _NOUN_AFTER.match(after[names.end() :])
        if noun is None or noun.group("equipment"):
            return None
        offset = names.end()
    noun_end = last.end + noun.end() if noun is not None else last.end
    if noun is not None and noun.group("people") and _STRENGTH.match(text, noun_end) and (
            not _FATE_AFTER_PEOPLE.match(text[noun_end:])):  # fmt: skip
        return None  # "the army had about 880,000 people under arms": a strength, not a loss
    if noun is None or (
        noun.group("people")
        and noun.group("people").lower() in ("men", "man", "people", "person")
        and not _fate_for_people(text, last.end + noun.end(), before)
    ):
        return bind_noun_before(text, first, last, before, has_loss_words)
    mods = noun.group("mods") or ""
    end = last.end + offset + noun.end()
    population = _MILITARY
    subgroup = None
    enemy = bool(ENEMY.search(mods))
    bare_fate = residents = False
    if noun.group("equipment"):
        # ("launched 431 drones and 40 missiles at the country overnight, including 32 Kh-101
        # cruise missiles": a part of what was launched, however far its verb)
        reach = 160 if _INCLUDING_BEFORE.search(text, max(0, first.start - 30), first.start) else 60
        window = text[max(0, first.start - reach) : first.start]
        # A break word the sentence lacks is not in the window (one scan, of the sentence).
        if not _CLAUSE_BREAK.absent_from(text):  # type: ignore[attr-defined]
            window = _CLAUSE_BREAK.sub("", window)
        if "that " in window:
            window = _RELATIVE_LAUNCH.sub("", window)
        if "and " in window:
            window = _AND_THEN_LOST.sub("", window)
        # (in "2,200 of the 3,500 tanks it had", the whole had is what the part lost is of)
        held = (_HELD.search(window) and not _LOST_AFTER.match(text, end)) or (
            _HELD_AFTER.match(text, end) and not _OF_THE.search(window))
        if not has_loss_words or held or lexicon.EQUIPMENT_NOT_LOSS.search(window) or (
                _GOT_THROUGH_AFTER.match(text, end)):  # fmt: skip
            return None
        categories = [term_category(noun, TERM_GROUPS)]
        while extra := _MORE_EQUIPMENT.match(text[end:]):
            categories.append(term_category(extra, TERM_GROUPS))
            end += extra.end()
        if len(categories) == 1:
            subgroup = _equipment_subtype(mods, noun.group("equipment"), categories[0])
        if subgroup is None and (_CAPTURED.search(mods) or _CAPTURED_AFTER.match(text, end)):
            subgroup = "captured"  # "11 captured Russian tanks": the part of its losses taken
    elif noun.group("fate"):
        if _WERE_LOST.match(noun.group("fate")) and EQUIPMENT_ANYWHERE.search(before) and not (
                PEOPLE_ANYWHERE.search(before)):  # fmt: skip
            return None  # "shot down 431 drones, while a further 268 were lost": the drones
        categories = [term_category(noun, FATE_GROUPS)]
        if noun.group("fate").lower() == "bodies" and _HANDED_BACK.search(text):
            subgroup = REPATRIATED  # "Together with the 1,212 bodies returned on Wednesday"
        if _CIVILIAN_WORD.search(mods):
            population = _CIVILIAN
        # ("6,400 prisoners of war" are soldiers, whatever the toll before them, and so are
        # the 1,000 bodies one army hands back to the other)
        pows = _POWS.match(noun.group("fate")) is not None
        bare_fate = population is _MILITARY and not pows and subgroup != REPATRIATED
        taken_at = max(0, len(before) - 40)
        if categories == [Category.WOUNDED] and _TAKEN_BEFORE.search(before, taken_at) and (
                taken := _SIDES_SOLDIERS_AFTER.match(text, end)):  # fmt: skip
            # "had captured one wounded North Korean soldier": taken, wounded as they were
            categories, bare_fate, end = [Category.CAPTURED], False, taken.end()
            subgroup = force_named(taken.group(0))
        elif bare_fate and (soldiers := _SOLDIERS_AFTER.match(text, end)):
            bare_fate, end = False, soldiers.end()  # "27,340 wounded servicemen": soldiers
        elif _OF_THOSE.search(mods) and (kind := _WERE_KIND_AFTER.match(text, end)):
            # "Three of the dead were children": the part of the dead they were
            subgroup, end = kind.group("kind").lower(), kind.end()
            if subgroup in CIVILIAN_BREAKDOWN:
                population, bare_fate = _CIVILIAN, False
        died = _DIED_AFTER.match(text, end) if pows else None
        if pows and (_POWS_KILLED_BEFORE.search(before) or died):
            # "the deaths of 206 prisoners of war", "177 prisoners of war have died in captivity"
            categories, subgroup = [Category.KILLED], KILLED_POWS
            end = died.end() if died else end
        elif mods.lower().startswith("of the") and (said := PART_SAID_AFTER.match(text[end:])):
            # "27 of the district's dead had been mobilised": a part, told by what it says
            subgroup, end = said.group("what"), end + said.end("what")
        elif bare_fate and (home := _DEAD_FROM.match(text, end)):
            subgroup, end = home.group("place"), home.end()  # "2,412 dead from Chelyabinsk region"
    else:
        people = noun.group("people")
        fate_after = _FATE_AFTER_PEOPLE.match(text[end:])
        aux = _AUX_AFTER.match(text, end) if fate_after is None else None
        # "78 bodies of Russian soldiers", "the bodies of 9,400 fallen defenders": the dead
        bodies = mods.lower().startswith("bodies of") or BODIES_OF.search(
            before, max(0, len(before) - 40)) is not None  # fmt: skip
        if fate_after is None and not bodies and lexicon.NOT_A_LOSS.match(
                text, aux.end() if aux else end + 1):  # fmt: skip
            # "some 1,200 residents evacuated from border villages", "4,800 teachers had been
            # mobilised"
            return None
        category = _people_fate(fate_after, before)
        if category is None and people.lower() == "personnel" and (EQUIPMENT_ANYWHERE.search(
                _CLAUSE_SPLIT.split(before)[-1]) or (
                _ADDED_BEFORE.search(before) and has_loss_words)):  # fmt: skip
            # "The same update listed 12,373 armoured combat vehicles and around 407,240
            # personnel": a list of losses, its people too ("the update of December 20, which
            # added 2,200 personnel", where losses are spoken of)
            category = Category.CASUALTIES
        if fate_after is None and people.lower() in _PRISONERS and (
                _TAKEN_BEFORE.search(before, max(0, len(before) - 40))):  # fmt: skip
            category = Category.CAPTURED
        if category is None and (bodies or _FALLEN.search(mods)):
            category = Category.KILLED  # ("53,412 records of fallen defenders": the dead)
        hit = _HIT_BY_AFTER.match(text, end) if category is None else None
        if hit is not None:
            category = Category.CASUALTIES  # "1,146 Russian soldiers hit by our drones"
        if category is None:
            return bind_noun_before(text, first, last, before, has_loss_words)
        if not fate_after and _HELD_AFTER.match(text, end):
            return None  # "lost 315,000 troops, or 87 percent of the 360,000 troops it had"
        categories = [category]
        if fate_after:
            end += fate_after.end()
        elif hit is not None:
            end = hit.end()
        population, subgroup = population_of(people, mods, text)
        if subgroup is None and category is Category.KILLED and bodies and (
                _HANDED_BACK.search(text)):  # fmt: skip
            subgroup = REPATRIATED  # "Ukraine has received the bodies of 909 fallen defenders"
        # a place's residents who fell serving are its own side's soldiers
        residents = population is _MILITARY and people.lower().split()[-1] in RESIDENTS
        recruited = _RECRUITED.search(mods)
        if recruited:  # "2,317 recruited prisoners killed": how they came to serve, no POWs
            subgroup = f"{mods[recruited.start():]}{people}".lower()
        elif category is Category.KILLED and people.lower() in _PRISONERS:
            subgroup = KILLED_POWS  # "the deaths of 206 prisoners", "250 prisoners executed"
        if fate_after and fate_after.group("also") and subgroup is not None:
            subgroup = f"{people}{fate_after.group('also')}".lower()  # the kinds listed
        if fate_after and subgroup is None:
            subgroup = (fate_after.group("place") or fate_after.group("unit")
                        or fate_after.group("recruited"))  # fmt: skip
        if subgroup is None and not fate_after and (aged := _AGED_AFTER.match(text, end)):
            # "the deaths of 14 300 men aged 50 and over": an age group's
            subgroup, end = f"{people} {aged.group('age')}".lower(), aged.end()
        enemy = enemy or people.lower() in _ENEMY_NOUNS
        # "Beryslav community: 1 man killed": whether soldier or not, the context says
        bare_fate = people.lower() in ("man", "men") and not MILITARY_WORD.search(text)
    figure = new_figure(first, last, before, end, categories)
    figure.population = population
    figure.subgroup = subgroup or (force_named(mods) if mods else None) or (
        f"{noun.group('unit_name')} {noun.group('people')}" if noun.group("unit_name") else None)
    people_noun = (noun.group("people") or "").lower()
    figure.nationality = nationality_of(mods) or PEOPLE_OF.get(people_noun) or (  # "Ukrainians"
        _UKRAINE if people_noun == "defenders" and _FALLEN.search(mods) else None) or (
        _UKRAINE if noun.group("equipment") and (
            _WESTERN_MODEL.search(mods) or _WESTERN_MODEL.match(noun.group("equipment"))
        ) else None)  # fmt: skip
    if population is _CIVILIAN and figure.nationality is None and THIRD_COUNTRY.search(mods):
        figure.nationality = Subject.OTHER  # "two Polish citizens", "seven foreign seafarers"
    figure.enemy = enemy
    figure.bare_fate = bare_fate
    figure.own_side = residents or bool(_OWN.search(mods))
    figure.residents = residents
    return figure


_AGED_AFTER = re.compile(r"\s+(?P<age>aged\s+(?:\d{1,2}\s+(?:and|or)\s+(?:over|older|above|under|"
                         r"younger)|under\s+\d{1,2}|over\s+\d{1,2}|\d{1,2}\s*(?:to|-|–)\s*\d{1,2}))\b",
                         re.IGNORECASE)  # fmt: skip
_WERE_LOST = re.compile(r"(?:were|was)\s+lost$", re.IGNORECASE)
# The dead one side hands back to the other: "received the bodies of 909 defenders"
_HANDED_BACK = guarded(r"\b(?:repatriat\w+|received|receives|(?:brought|brings?|bringing)\s+home|"
                       r"(?:took|takes|got|gets)\s+back|"
                       r"handed\s+(?:over|back)|returned|exchange[ds]?|swap)\b",
                       re.IGNORECASE)  # fmt: skip


# A kind narrower than its category: "14 infantry fighting vehicles", "60 fuel tanks" (with
# vehicles counted apart), "169 self-propelled artillery", "16 German-made Leopard tanks".
_SUBTYPE_NOUN = re.compile(
    r"(?:infantry\s+fighting\s+vehicles?|armou?red\s+personnel\s+carriers?|(?:APC|IFV|BMP|BTR)s?"
    r"|fuel\s+tanks?|(?-i:Leopards|Abrams|Bradleys|Strykers|Marders|M113s|T-\d\d[A-Z0-9]*s)"
    r"|(?-i:HIMARS)\s+(?:launchers?|systems?))$",
    re.IGNORECASE,
)
_WESTERN = r"\bWestern(?:-supplied|-made)?\b"
_WESTERN_ARMOUR = r"Leopard|Bradley|Abrams|Challenger|Marder|Stryker"
_SUBTYPE_MOD = re.compile(rf"\bself-propelled\b|{_WESTERN}|\b(?:{_WESTERN_ARMOUR})\b")
# Equipment only Ukraine's side fields: "30 Leopards", "Western-supplied tanks"
_WESTERN_MODEL = re.compile(rf"{_WESTERN}|\b(?:{_WESTERN_ARMOUR}|HIMARS|M113|M777|Patriot)")
# Planes and air defence named by model are a kind of their own ("one Su-35 fighter", "nine
# S-400 launchers"); drones and missiles by model are the day's routine ("24 Kh-101 missiles")
_BY_MODEL = (Category.AIRCRAFT, Category.AIR_DEFENSE_SYSTEMS)
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]*-[A-Z]?\d+")
_NOT_OF_KIND = re.compile(
    r"\b(?:more|additional|other|further|enemy(?:'s)?|Russian|Ukrainian|Russia's|Ukraine's|"
    r"Moscow's|Kyiv's|destroyed|damaged|abandoned|captured|downed|units?\s+of|pieces?\s+of|"
    r"of\s+(?:its|their|our|his|her)(?:\s+own)?)\s+",
    re.IGNORECASE,
)


def _equipment_subtype(mods: str, noun: str, category: Category) -> str | None:
    """The narrower kind a counted equipment noun names, if it names one."""
    if _SUBTYPE_NOUN.fullmatch(noun) or _SUBTYPE_MOD.search(mods) or (
            category in _BY_MODEL and _DESIGNATION.search(f"{mods}{noun}")):  # fmt: skip
        return _NOT_OF_KIND.sub("", f"{mods}{noun}").strip().lower()
    return None


def _fate_for_people(text: str, noun_end: int, before: str) -> Category | None:
    """The category of a people figure: a fate after the noun, or a loss word before it."""
    return _people_fate(_FATE_AFTER_PEOPLE.match(text[noun_end:]), before)


# the fate of those a part is among: "among the dead more than 600 children"
_AMONG_THE_FATE = re.compile(
    r"\bamong\s+(?:the|those)\s+(?P<fate>dead|killed|injured|wounded)\s*,?\s*(?:(?:were|are)\s+)?"
    r"(?:(?:more\s+than|at\s+least|about|some|nearly|almost|over)\s+)?$",
    re.IGNORECASE,
)


def _people_fate(fate_after: re.Match[str] | None, before: str) -> Category | None:
    """``_fate_for_people`` of the noun's fate after it (``_FATE_AFTER_PEOPLE``), if any."""
    if fate_after:
        for name, category, _ in FATE_GROUPS:
            if fate_after.group(name):
                return category
    if (among := _AMONG_THE_FATE.search(before, max(0, len(before) - 40))) and any(
            c.isdigit() for c in before[: among.start()]):  # fmt: skip
        # "... killed and 24,614 injured, among the dead more than 600 children": which of
        # the sentence's figures a part is of (one opening its sentence is read as a part)
        return Category.KILLED if among.group("fate").lower() in ("dead", "killed") else (
            Category.WOUNDED)
    whole_clause = _CLAUSE_SPLIT.split(before)[-1]
    clause = whole_clause[-90:]
    if lexicon.NOT_A_LOSS.search(clause):
        return None
    # "killed two and wounded 11, including three children", "killed a woman and injured
    # five people": the nearest verb's fate (the longest, where two end together: "killed
    # or wounded")
    nearest = [(m[-1].end(), -m[-1].start(), category)
               for category, pattern in lexicon.LOSS_VERB_BEFORE
               if (m := list(pattern.finditer(clause[-70:])))]  # fmt: skip
    if nearest:
        category = max(nearest, key=lambda found: found[:2])[2]
        if category is Category.KILLED and _REGISTER_OF_MISSING.search(whole_clause):
            return Category.MISSING  # "the register of the missing holds the names of 63,000"
        return category
    # "The death toll from the missile strike on an apartment building in Dnipro has risen
    # to 40, including three children": the count noun may open a long clause
    noun = _LOSS_NOUN_IN_CLAUSE.search(whole_clause[-160:])
    if noun is None and not whole_clause.strip() and len(before) < 70 and (
            before.rstrip().endswith(":")):  # fmt: skip
        # "The occupiers' losses for the day: 41 personnel": a short header before the colon
        noun = _LOSS_NOUN_IN_CLAUSE.search(before)
    if noun:
        return Category.KILLED if "death" in noun.group(0).lower() else Category.CASUALTIES
    return None


_AUX_AFTER = re.compile(r"(?:\s+(?:had|have|has|were|was|are|is|been|being)){1,2}\s+")
_REGISTER_OF_MISSING = re.compile(r"\bmissing\b[^.;]{0,80}\bnames\s+of\s+[^.;]*$",
                                  re.IGNORECASE)  # fmt: skip

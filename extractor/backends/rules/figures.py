"""Loss figures inside one sentence: a number (or range) bound to what it counts.

A number becomes a figure only when a counted noun binds to it: an equipment noun
("6,214 tanks"), a fate ("19,875 injured", "960 killed"), or a people noun with a fate
before or after it ("lost 960 troops", "5,937 troops had been killed"); or when the
phrase around it says what it counts (see ``elided``). Everything else (ages, years,
temperatures, hours, money, counts of reports) never binds, so it is left out.

Here: which numbers of a sentence may be counts (ranges grouped), and the binders tried on
each in turn; binding to a counted noun itself is ``noun_binding``'s.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.elided import PART_BEFORE, bind_elided
from extractor.backends.rules.exchanges import RETURN_WORDS, bind_returned
from extractor.backends.rules.fate_breakdowns import fate_list_figures, next_fate
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.label_lines import bind_label_line, bind_time_item
from extractor.backends.rules.literal_scan import has_digit
from extractor.backends.rules.models import bind_fate_item, bind_model, kind_of_part
from extractor.backends.rules.named_dead import group_accounting
from extractor.backends.rules.noun_binding import LossWords, bind_noun, bind_partitive
from extractor.backends.rules.place_lists import ranked_leader
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.respective import bind_respective
from extractor.backends.rules.salvos import Salvo, bind_salvo_part, launcher_of
from extractor.backends.rules.terms import AIRBORNE, FATE_ANYWHERE, names_people
from extractor.backends.rules.tolls import bind_toll
from extractor.backends.rules.topics import bind_topic
from extractor.folding import ascii_aware
from extractor.numbers import NUMBER_WORD, NumberForm, NumberMention, find_numbers
from schemas import Category, Population, Qualifier

_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|rising|increased|grew|climbed|jumped|up|down|fell|"
    r"dropped|declined|went|compared)\b[^.]{0,30}$",
    re.IGNORECASE,
)
# Matched right after a number (match(text, its end)), not in a slice of the text.
_NOT_COUNT_AFTER = ascii_aware(re.compile(
    r"\s*(?:%|per\s*cent|percent|-year|years?\b|-?year-old|hours?\b|days?\b|weeks?\b|months?\b|"
    r"km|kilomet|miles?\b|metres?\b|meters?\b|degrees?\b|°|times\b|rubles?|roubles?|dollars|euros|"
    r"hryvnias?|\$|billion\s+(?:dollars|euros)|a\s+(?:month|year)|"
    r"(?<=\d):\d\d\b|"  # a time of day: "an updated toll at 09:40"
    # "ten soldiers for every Russian one": a ratio
    r"(?:[\w-]+\s+){0,2}?for\s+(?:every|each)\b(?!\s+(?:day|24)))",
    re.IGNORECASE,
))
_DESIGNATION_BEFORE = re.compile(r"[A-Za-z]-?$")
# "one in five", "three wounded for every one killed" (not "shot down 80 out of 100 drones":
# a part of a whole)
_RATIO_BEFORE = ascii_aware(re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in|(?:one|1)\s+out\s+of|every)\s+$",
    re.IGNORECASE))  # fmt: skip  ("roughly three in five of the deaths")
# "one to five", "1:8" (a ratio's first term is one; a range's low is rarely one)
_ONE_TO_N = re.compile(rf"\s*(?:to|:)\s*(?:\d{{1,2}}|{NUMBER_WORD})"
                       r"\b(?!\s*(?:[,\d]|million|thousand))", re.IGNORECASE)
_ONE_TO_BEFORE = re.compile(r"\b(?:one|1)\s*(?:to|:)\s*$", re.IGNORECASE)
_RATIO_WORD = re.compile(r"\b(?:ratio|proportion|favou?r)\b", re.IGNORECASE)
_MONEY_BEFORE = guarded(r"(?:[$€£₴₽]|\bUSD|\bEUR|\bUAH|\bRUB)\s*$")
# What parts a people figure from a bare fate after it that counts the same people.
_EXACT, _AT_LEAST = Qualifier.EXACT, Qualifier.AT_LEAST
_KILLED, _MISSILES, _MILITARY = Category.KILLED, Category.CRUISE_MISSILES, Population.MILITARY
_SAME_PEOPLE_GAP = re.compile(
    r"[\s,]*(?:(?:have|has|had)\s+been\s+|were\s+|are\s+)?(?:killed|dead|died|wounded|injured)?"
    r"[\s,]*(?:and|while)\s*$",
    re.IGNORECASE,
)
# Compiled once: the calls below run for every number or figure.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:either|some|about|around)\s*$", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}\w+")
_DIGITS_FORM = NumberForm.DIGITS  # (an enum member looked up once: each lookup is slow)
# A sentence that lacks every number word ("one" ... "million") is spared their search:
# its scan answers at once.
_NUMBER_WORD = guarded(NUMBER_WORD, re.IGNORECASE)


def _group_ranges(
    text: str, mentions: list[NumberMention]
) -> list[tuple[NumberMention, NumberMention | None]]:
    units: list[tuple[NumberMention, NumberMention | None]] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions):
            second = mentions[i + 1]
            gap = text[first.end : second.start]
            before = text[max(0, first.start - 40) : first.start]
            is_range = bool(_RANGE_GAP.match(gap)) and first.value < second.value
            word = gap.strip().lower()
            if word == "and" and not _BETWEEN_BEFORE.search(before):
                is_range = False
            if word in ("to", "-", "–", "—") and _CHANGE_VERB.search(before):
                is_range = False
            if word == "or" and not _ALTERNATIVE_BEFORE.search(before):
                is_range = _WORDS_AFTER.match(text, second.end) is not None
            if is_range:
                units.append((first, second))
                i += 2
                continue
        units.append((first, None))
        i += 1
    return units


# "2/9", "🧵 1/9": a numbered post of a thread (its first number), or "... 1/9" at its end
_THREAD_COUNTER = re.compile(r"\d{1,2}/\d{1,2}(?=\s|$)(?<!\d/\d\d\d)")
# the 9 of "4/9", the 3 of "BMP-1/2/3"
_THREAD_TOTAL_BEFORE = re.compile(r"(?<![A-Za-z\d])\d{1,2}/$")


_AGE_BEFORE = guarded(
    r"\b(?:aged|ages(?:\s+of)?|age\s+of|(?:younger|older)\s+than)\s+(?:between\s+)?"
    r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|"
    r"to\s+|[-–]\s*))*$",
    re.IGNORECASE,
)


# Another war's losses, given for comparison: "the Soviet Union lost about 15,000 soldiers
# in Afghanistan", "the US lost 58,000 in Vietnam"
_OTHER_WAR = guarded(
    r"\b(?:Soviet\s+Union|USSR|Soviet\s+(?:troops|army|forces|soldiers)|Afghanistan|Vietnam|"
    r"Chechnya|World\s+War|Great\s+Patriotic\s+War)\b"
)


# Sport's counts ("won two more gold medals", "about half of its total of 19" medals)
_GAMES = guarded(r"\b(?:medals?|Paralympics?|Paralympic\s+Games|Olympics|Olympic\s+Games)\b")
_A_LOSS = re.compile(r"\b(?:killed|died|dead|deaths?|wounded|injured|lost|losses|destroyed|"
                     r"casualties|missing|captured)\b", re.IGNORECASE)  # fmt: skip


def _clause_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in ".;:!?") + 1


def _is_countable(text: str, mention: NumberMention, money: bool, ages: bool,
                  slashed: bool, other_war: bool) -> bool:  # fmt: skip
    """``money``, ``ages``, ``slashed``, ``other_war``: the sentence may hold a currency, an
    age, a "/", another war or sport (most lack them all, and so every text before or from a number
    in them)."""
    if mention.has_decimal:
        return False
    # A bare four-digit year ("in 2023") is a date, not a count (tested first: the cheapest).
    if (
        mention.form is _DIGITS_FORM
        and mention.text.isdigit()
        and 1900 <= mention.value <= 2100
    ):
        return False
    if _NOT_COUNT_AFTER.match(text, mention.end) or (
        money and _MONEY_BEFORE.search(text[: mention.start])
    ):
        return False
    # "Kh-59", "Su-34", "M777", "155mm": a model's designation, not a count (never after a
    # space, which most numbers follow)
    if mention.form is _DIGITS_FORM and text[mention.start - 1 : mention.start] not in (
        "", " "
    ) and _DESIGNATION_BEFORE.search(text, max(0, mention.start - 2), mention.start):
        return False
    if _RATIO_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False  # "one in five missing": a ratio
    if mention.value <= 10 and _RATIO_WORD.search(text, max(0, mention.start - 60),
                                                  mention.end + 30) and (
            (mention.value == 1 and _ONE_TO_N.match(text, mention.end))
            or _ONE_TO_BEFORE.search(text, max(0, mention.start - 8), mention.start)):  # fmt: skip
        return False  # "a proportion of roughly one to five": a ratio, not a range
    if mention.value == 1 and text[max(0, mention.start - 3) : mention.start].lower() == "no ":
        return False  # "no one was hurt": nobody
    if other_war and _OTHER_WAR.search(text, _clause_start(text, mention.start), mention.start):
        return False  # "the Soviet Union lost about 15,000 soldiers in Afghanistan"
    if other_war and _GAMES.search(text, _clause_start(text, mention.start)) and (
            not _A_LOSS.search(text)):  # fmt: skip
        return False  # "has won two more gold medals, taking its total to forty-one"
    if slashed and (_THREAD_COUNTER.match(text, mention.start) or (
        text[mention.start - 1 : mention.start] == "/"
        and _THREAD_TOTAL_BEFORE.search(text, max(0, mention.start - 3), mention.start)
    )):
        return False  # "4/9 Tanks: 37.": a post's place in its thread
    # "two men aged 48 and 63 were killed": ages
    return not (ages and _AGE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


# The whole a count or a share is of: "out of more than 4,100 drones", "lost roughly half
# of the 3,000 tanks it fielded" (not "most of the 20 people killed were children")
_WHOLE_OF = re.compile(
    rf"(?:\bout|\b(?:lost|lose|loses|losing|destroyed)\s+{lexicon.HEDGE}(?:half|a\s+third|"
    r"two[- ]thirds|a\s+quarter|three[- ]quarters|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|most|"
    # ("shot down 90 drones but none of the nine missiles": the whole, of which none was)
    rf"much|the\s+bulk|the\s+majority)|\bnone)\s+of\s+(?:the\s+|its\s+|their\s+)?{lexicon.HEDGE}$",
    re.IGNORECASE,
)


# A disaster of no war (a news roundup's other items): its dead are not the war's
_DISASTER = guarded(
    r"\b(?:floods?|flooding|landslides?|mudslides?|earthquakes?|quakes?|tsunami|hurricanes?|"
    r"typhoons?|cyclones?|tornado(?:e?s)?|wildfires?|forest\s+fires?|avalanches?|"
    r"heatwaves?|heat\s+waves?|mine\s+(?:blast|explosion|collapse)|gas\s+explosion|(?-i:storms?)(?!-)|"
    r"(?:torrential|heavy)\s+rain|rainfall|snowstorms?|blizzards?|lightning|"
    r"(?:road|traffic|bus|train)\s+(?:accident|crash)|derail\w*|stampede|epidemic|outbreak\s+of)\b",
    re.IGNORECASE,
)
_WAR_WORDS = re.compile(
    r"\b(?:war|invasion|strikes?|attacks?|shelling|drones?|missiles?|bombs?|troops|soldiers|"
    r"servicem[ae]n|front|occupied|Russian|Ukrainian|Russia|Ukraine|military|combat)\b",
    re.IGNORECASE,
)
# How many live somewhere: "a city with 13 million people", "home to 40,000 residents"
_POPULATION_BEFORE = re.compile(
    rf"\b(?:with|home\s+to|population\s+of|city\s+of|town\s+of)\s+{lexicon.HEDGE}$"
    # "home to roughly a third of the republic's 337,000 people"
    rf"|\bhome\s+to\s+[^,.;\d]{{1,50}}\s{lexicon.HEDGE}$",
    re.IGNORECASE,
)
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:people|residents|inhabitants)\b(?![^,.;]{0,30}\b(?:killed|dead|died|wounded|injured|"
    r"hurt|missing)\b)"
)
# A missile not named a cruise missile ("two ballistic missiles", "one of the four
# missiles") is mostly a strike's weapon: a loss only where the sentence says it was downed.
_CRUISE_NAMED = re.compile(r"cruise|Kh-|Kalibr|Neptune|Storm\s+Shadow", re.IGNORECASE)
_DOWN = rf"{lexicon.DOWNED}\b"
_DOWNED_BEFORE = re.compile(
    rf"\b{_DOWN}(?![^.;:]*\b(?:out\s+of|launched|fired|of\s+which)\b)[^.;:]*$", re.IGNORECASE
)
_DOWNED_AFTER = re.compile(
    # ("43 of the missiles and 13 of the drones were shot down": both downed)
    rf"(?:\s+[\w-]+){{0,4}}?(?:\s+and\s+\d[\d,]*(?:\s+[\w-]+){{0,3}}?)?"
    rf"\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?)?{_DOWN}",
    re.IGNORECASE,
)


def _missile_downed(text: str, figure: Figure, first: NumberMention,
                    last: NumberMention) -> bool:  # fmt: skip
    """Is a missile figure one downed (or one named a cruise missile, counted as lost)?"""
    if _CRUISE_NAMED.search(text, figure.phrase_start, figure.phrase_end):
        return True
    return bool(_DOWNED_BEFORE.search(text, _clause_start(text, first.start), first.start)
                or _DOWNED_AFTER.match(text, last.end))


def find_figures(
    text: str,
    *,
    loss_context: bool,
    date_spans: list[tuple[int, int]],
    previous: Figure | None = None,
    loss_topic: bool = False,
    salvo: tuple[Salvo, int] | None = None,
    exchange: bool = False,
) -> list[Figure]:
    """Loss figures in one sentence.

    ``loss_context``: the sentence belongs to a loss list; ``previous``: the last figure of
    the sentences before, for a bare number that continues it ("Not 300,000");
    ``loss_topic``: the article is about losses, so its bare equipment counts ("Tanks: 37.")
    are losses unless the sentence says they are held or used; ``salvo``: the weapons launched
    in this sentence or the one before, and this sentence's index, for the part downed;
    ``exchange``: the article speaks of prisoners, so those "returned" are prisoners freed.
    """
    spelled = not _NUMBER_WORD.absent_from(text)  # type: ignore[attr-defined]
    numbers = find_numbers(text, spelled=spelled, digits=has_digit(text))
    if not numbers:  # (most sentences: the tests of their numbers are spared)
        return []
    if _DISASTER.search(text) and not _WAR_WORDS.search(text):
        return []  # "Flash floods in West Java have killed 14 people": no loss of the war
    money = not _MONEY_BEFORE.absent_from(text)  # type: ignore[attr-defined]
    ages = not _AGE_BEFORE.absent_from(text)  # type: ignore[attr-defined]
    slashed = "/" in text
    other_war = not (_OTHER_WAR.absent_from(text) and _GAMES.absent_from(text))  # type: ignore[attr-defined]
    mentions = [
        m for m in numbers
        if _is_countable(text, m, money, ages, slashed, other_war) and not (
            date_spans and any(s <= m.start < e for s, e in date_spans))
    ]  # fmt: skip
    if not mentions:
        return []
    has_loss_words = LossWords(text, loss_context, loss_topic)
    returns = exchange and not RETURN_WORDS.absent_from(text)  # type: ignore[attr-defined]
    figures: list[Figure] = []
    units = _group_ranges(text, mentions)
    respectively = "respectively" in text
    listed = fate_list_figures(text, mentions)
    stock: NumberMention | None = None  # "the 3,500 tanks it had": a whole, not a loss
    for position, (first, second) in enumerate(units):
        last = second or first
        before = text[: first.start]
        if first is stock or (" of " in before[-40:] and _WHOLE_OF.search(before[-100:])):
            continue  # ("out of more than 4,100 drones": the whole launched, not a loss)
        parent = figures[-1] if figures else None
        if parent is not None and parent.phrase_end > first.start and before.endswith(" of the "):
            continue  # ("13 of the 41 were destroyed": the 41 is said by the 13's phrase)
        if first.start in listed:
            if (listed_figure := listed[first.start]) is not None:
                figures.append(listed_figure)
            continue
        if _RESIDENTS_AFTER.match(text, last.end) and (
                _POPULATION_BEFORE.search(before, max(0, first.start - 80))):  # fmt: skip
            continue  # "the city of Moscow, with more than 13 million people": its residents
        whole = units[position + 1][0] if position + 1 < len(units) else None
        figure = bind_partitive(text, first, last, whole, has_loss_words)
        if figure and whole and not FATE_ANYWHERE.search(text[whole.end : figure.phrase_end]):
            stock = whole  # "the 45 people killed" is a toll of its own
        labelled = ":" in before[-12:]  # ("Killed: 11,520", "- July: 35,680 troops")
        figure = figure or (
            (bind_label_line(text, first, last, before) if labelled else None)
            or (bind_time_item(text, first, last, before, parent or previous) if labelled else None)
            or (bind_fate_item(text, first, last, before, previous) if ":" in before else None)
            or (bind_returned(text, first, last, before) if returns else None)
            or next_fate(text, first, before, parent)
            or bind_noun(text, first, last, before, has_loss_words)
            or (bind_salvo_part(text, first, last, before, *salvo) if salvo else None)
            or bind_toll(text, first, last, before, parent, previous)
            or bind_elided(text, first, last, before, parent, previous)
            or ranked_leader(first, last, before, text[last.end :], parent or previous)
            or bind_model(text, first, last, before, parent, previous)
            or bind_topic(text, first, last, before, parent)
            or (bind_respective(text, units, position, figures) if respectively else None)
        )
        if figure is None or (figure.categories == [_MISSILES] and not _missile_downed(
                text, figure, first, last)):  # fmt: skip
            continue
        if salvo and figure.nationality is None and figure.categories[0] in AIRBORNE:
            figure.nationality = launcher_of(*salvo)  # "Russia launched ..., downed 210 of them"
        source = parent or previous
        if figure.subgroup is None and figure.categories == [_KILLED] and source and (
                source.categories == [_KILLED] and source.population is _MILITARY) and (
                who := group_accounting(before)):  # fmt: skip
            # "Volunteers account for more than 13,000 of the dead": a group's share of the
            # list of the dead just totalled
            figure.subgroup, figure.share_of_total = who, True
        # "19 children were killed and 88 injured": the same people, another fate
        same_people = figure.bare_fate and parent is not None and _SAME_PEOPLE_GAP.match(
            text, parent.phrase_end, figure.phrase_start) is not None  # fmt: skip
        if same_people and parent is not None:  # (for the type checker)
            figure.own_side = figure.own_side or parent.own_side  # "46 of its men ... 20 wounded"
            if names_people(parent.subgroup) and parent.part_of is None and (
                    not PART_BEFORE.search(text[: parent.phrase_start])):  # fmt: skip
                # the 88 are children too (not those after "six of them children")
                figure.population, figure.subgroup = parent.population, parent.subgroup
                figure.bare_fate = False
            if parent.qualifier is _AT_LEAST and figure.qualifier is _EXACT:
                figure.qualifier = _AT_LEAST  # "at least 207 killed and 1,011 injured": both
        if second is not None:
            figure.value, figure.low, figure.high = None, first.value, second.value
        else:
            figure.value = first.value
        if kind := kind_of_part(text, figure, parent):
            figure.part_of, figure.subgroup = parent, kind
        elif parent is not None and figure.part_of is None and figure.subgroup and (
                figure.categories == parent.categories and parent.part_of is None
                and PART_BEFORE.search(before)):  # fmt: skip
            figure.part_of = parent  # "killing 35 people, including two children"
        figures.append(figure)
    return figures

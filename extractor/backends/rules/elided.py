"""Figures whose noun is left out: the figure before says what they count.

"(+960)" after a list total, "up from 1,050 the day before", "including 710 in the past
day", "an average of 1,524 a day", "Not 300,000", "2,513 were destroyed". (A count
phrase that says it, "the death toll rose to 120", is a toll: ``tolls``.)
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.earlier_parts import (
    AUX_FATE_AFTER,
    OPENS_ON_PART,
    PART_STATE_AFTER,
    PARTITIVE_AFTER,
    PEOPLE_AFTER,
    PLACE_AFTER,
    bind_aux_fate,
    model_part,
    part_of_previous,
    place_share,
)
from extractor.backends.rules.exchanges import part_subgroup
from extractor.backends.rules.fate_breakdowns import FATES
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.in_care import IN_CARE_AFTER, in_care
from extractor.backends.rules.models import model_after
from extractor.backends.rules.named_dead import named_dead
from extractor.backends.rules.place_lists import place_item
from extractor.backends.rules.prefilter import ending_test, guarded
from extractor.backends.rules.terms import (
    FATE_ANYWHERE,
    FATE_GROUPS,
    term_category,
)
from extractor.numbers import NumberMention
from schemas import Category, Population

INCREMENT_BEFORE = guarded(r"\(\s*\+\s*$")
_HEDGE = lexicon.HEDGE
_COMPARISON_BEFORE = guarded(
    r"(?:\b(?:up|down)\s+from|\bcompar(?:ed|es|ing)\s+(?:with|to)|\bagainst|\bversus|\bvs\.?"
    r"|\bfrom|\bthan|(?<=,\s)after)"  # (", after 214 for the whole of 2024": the year before's)
    # ("down from a record 1,530", "up from a low of 900", "up from an average of 980")
    r"(?:\s+(?:a|an|the)\s+(?:(?:previous\s+)?record|peak|(?:(?:high|low|average|daily\s+average)"
    r"\s+of)))?"
    # "fewer than the 1,140 it reported on Tuesday" (_REPORTED_AFTER)
    r"(?:\s+(?P<the>the))?"
    rf"\s*{_HEDGE}$",
    re.IGNORECASE,
)
# "That compares with 33,630 in September": the figure the sentence before gave, compared
_COMPARISON_OPENING = guarded(
    r"^\W*(?:that|this|the\s+(?:figure|total|number|toll|tally))\s+(?:compares|compared)\s+"
    rf"(?:with|to)\s+(?:(?P<the>the)\s+)?{_HEDGE}$",
    re.IGNORECASE,
)
# "killed 174 civilians and injured more than 600": a second fate verb, the same people.
_FATE_VERB_BEFORE = guarded(
    rf"(?:\band|,)\s+(?:also\s+)?(?:the\s+)?(?P<fate>injured|injuring|wounded|wounding|killed|killing"
    # ("the deaths of 9,511 civilians, ... and the injury of 17,206": a fate named as a noun)
    rf"|captured|took\s+prisoner|(?:injur(?:y|ies)|deaths?)(?=\s+of\b))(?:\s+of)?\s+{_HEDGE}$",
    re.IGNORECASE,
)
PART_BEFORE = guarded(
    rf"\b(?:including|among\s+them|of\s+(?:whom|which|them|those))\s+{_HEDGE}$", re.IGNORECASE
)
# The figure just given, told exactly: "more than 17,000 ... The exact figure is 17,462."
_RESTATED_OPENING = guarded(
    r"^\W*(?:the|its|our|their)\s+(?:exact|precise|full|actual|confirmed|verified)\s+(?:figure|"
    rf"number|count|total|tally)\s+(?:is|was|stands\s+at|stood\s+at)\s+{_HEDGE}$",
    re.IGNORECASE,
)
# ("That works out to roughly 1,202 a day": the rate of the figure before)
_AVERAGE_BEFORE = guarded(rf"\b(?:averag(?:e|ed|ing)\s+(?:of\s+)?|works?\s+out\s+(?:to|at)\s+|"
                          rf"worked\s+out\s+(?:to|at)\s+){_HEDGE}$", re.IGNORECASE)  # fmt: skip
_PEOPLE_OF_THEIR_OWN = re.compile(r"\s+(?:people|persons|residents|civilians)\b", re.IGNORECASE)
_AGE_BETWEEN = re.compile(r"\bage[sd]?\b[^.;]{0,30}\d", re.IGNORECASE)
_PER_DAY_AFTER = re.compile(r"^\s+(?:a|per|each)\s+day\b", re.IGNORECASE)
_RATE_AFTER_COMMA = re.compile(rf"[^,.;\d\n]{{0,40}},\s*(?:or\s+)?{_HEDGE}$", re.IGNORECASE)
_DAY_ON_AVERAGE_AFTER = re.compile(r"^\s+(?:a|per|each)\s+day\s+on\s+average\b", re.IGNORECASE)
# "268 in a day, 97,868 in total", "four, for 4,206 in total", "(1,795 in total)", "rose to
# 879,410, after 1,340 in the past 24 hours"
_AND_BEFORE = guarded(rf"(?:,?\s+(?:and|after)\s+|,\s*|;\s*|\(\s*|,?\s+for\s+){_HEDGE}$",
                      re.IGNORECASE)  # fmt: skip
_OWN_SCOPE_AFTER = re.compile(
    r"\s+(?:since|in\s+total|so\s+far|overall|in\s+all|to\s+date|in\s+(?:a|one)\s+day|(?:over|in)"
    r"\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)"
    # a list by year, month or day: "196 deaths in 2022, 301 in 2023 and 338 in 2024"
    rf"|in\s+(?:19|20)\d\d|(?:in|on)\s+{CALENDAR_WORD})\b",
    re.IGNORECASE,
)
_REPORTED_AFTER = re.compile(
    r"\s+(?:it|they|he|she)\s+(?:had\s+)?(?:reported|gave|recorded|claimed|said|announced)\b"
    # ("slightly fewer than the 1,240 announced on Saturday")
    r"|\s+(?:announced|reported|given|recorded|claimed)\s+(?:on|last|a\s+day|the\s+day)\b"
)
# People or machines at work, not lost: "150 of its personnel and 30 fire engines were working"
_AT_WORK_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|are)\s+(?:still\s+)?(?:working|involved|"
                            r"engaged)\b"
                            # ("around 2 million children live in areas where ...")
                            r"|(?:\s+[\w-]+){0,2}?\s+(?:live|lives|living|lived)\s+"
                            r"(?:in|near|on)\b")  # fmt: skip
_REBUTTAL_BEFORE = guarded(r"\bnot\s+(?:even\s+)?$", re.IGNORECASE)
# The record of the count just given, quoted for comparison: "the previous one-day record
# of 2,030". (Not "Yesterday's figure was 1,300": which of the figures before it counts,
# the last or the headline, is not said.)
_EARLIER_RECORD_BEFORE = guarded(
    r"\b(?:previous|last|prior|earlier)\s+(?:[\w-]+\s+){0,2}?(?:record|high|peak)\s+(?:of|was|"
    rf"stood\s+at|at)\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "Russia has lost 3,600 tanks. Ukraine has lost more than 1,000.": the other side's count
# of what was just counted, its noun left out
_SIDE_LOST_BEFORE = guarded(
    r"\b(?:Ukraine|Russia|Kyiv|Moscow)(?:'s\s+(?:forces|army|military))?\s+(?:has|have|had)\s+"
    rf"(?:also\s+|so\s+far\s+)?lost\s+{_HEDGE}$"
)
_CLAUSE_ENDS_AFTER = re.compile(r"^\s*(?:[.;]|$)")
# (a part's own words before the next: "231 were mobilised in the autumn of 2022, 187 ...")
_NEXT_PART_AFTER_WORDS = re.compile(rf"[^,;.]{{1,40}}?,\s*(?:and\s+)?{_HEDGE}", re.IGNORECASE)
_COLON_GAP = re.compile(rf"[^.;:\d]{{0,30}}:\s*{_HEDGE}")
_NEXT_ITEM = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.IGNORECASE)
_NEXT_PART = re.compile(rf"\s*(?:,|and|,\s*and)\s*{_HEDGE}", re.IGNORECASE)
_FATE_RIGHT_AFTER = re.compile(
    r"\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?P<fate>killed|dead|died|wounded|injured|"
    r"missing|captured|fatal(?!\s+[a-z])|fatally(?!\s+[a-z]))\b",
    re.IGNORECASE,
)
_PARTICIPLE_OF = {"killing": "killed", "wounding": "wounded", "injuring": "injured",
                  "injury": "injured", "injuries": "injured", "death": "killed",
                  "deaths": "killed"}  # fmt: skip
# The kinds of people a part of a toll is: "21 were children"
_PEOPLE_KIND = (r"(?P<noun>children|women|men|boys|girls|adults|elderly|minors|teenagers|"
                r"civilians|soldiers|officers|volunteers|conscripts|mercenaries|prisoners)\b")
_WERE_PEOPLE_AFTER = re.compile(rf"^\s+(?:were|was|are)\s+{_PEOPLE_KIND}", re.IGNORECASE)
# "112 wounded, nine of them children": who the part is, after "of them"
# "24 ships ..., 16 of them destroyed": the part of an equipment loss with that fate
_EQUIPMENT_FATE_AFTER = re.compile(
    rf"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?P<fate>{'|'.join(FATES)})\b", re.IGNORECASE
)
_KIND_AFTER = re.compile(rf"\s+(?:(?:were|was|are)\s+)?{_PEOPLE_KIND}", re.IGNORECASE)
CIVILIAN_BREAKDOWN = {"children", "women", "boys", "girls", "minors", "teenagers", "civilians",
                       "elderly"}  # fmt: skip
_MINORS = {"children", "boys", "girls", "minors", "teenagers"}
_BREAKDOWN_SPLIT = re.compile(r"[.;]")
# "Of the dead, 14 were found at the apartment building", "Of the children killed, 97 were
# under the age of three": a part of the people counted before, told apart by what it says
# of them (the kinds of people themselves are _WERE_PEOPLE_AFTER's)
_OF_THE_DEAD_BEFORE = guarded(
    r"(?:^|[^\w\s,]\s*)(?-i:Of)\s+(?:the|those|these)\s+(?:[\w-]+['’]s\s+)?"  # "the region's"
    r"(?P<who>(?:[\w-]+\s+){0,2}?)(?P<fate>dead|killed|"
    rf"wounded|injured)(?:\s+[^,;.]{{1,40}}?)?,\s*(?:[^,;.]{{1,40}},\s*)?{_HEDGE}$",
    re.IGNORECASE,
)
# (what is said ends at the next part: "468 had been mobilised and 391 were prisoners")
PART_SAID_AFTER = re.compile(
    r"^\s+(?:were|was|had\s+been|have\s+been|had(?=\s+[a-z]+ed\b))\s+(?P<what>(?!(?:killed|"
    r"dead|died|wounded|injured|children|women|men|boys|girls|adults|civilians|soldiers)\b)"
    r"[^,;.]{3,60}?)\s*(?:[,;.]|\s+and\s+(?=\S+\s+(?:had|have|were|was)\s)|$)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_COUNT_WORD = re.compile(r"\b\d[\d,.]*\s*")


def _of_the_dead(first: NumberMention, last: NumberMention, before: str, after: str,
                 source: Figure | None) -> Figure | None:  # fmt: skip
    """"Of the dead, 14 were found at ...": a part of the dead, its subgroup what is said."""
    lead = _OF_THE_DEAD_BEFORE.search(before)
    said = PART_SAID_AFTER.match(after) if lead else None
    if lead is None or said is None:
        return None
    fate = FATE_ANYWHERE.search(lead.group("fate"))
    figure = new_figure(first, last, before, last.end + said.end("what"),
                        [term_category(fate, FATE_GROUPS)] if fate else [Category.KILLED])
    if source is not None:
        figure.population, figure.nationality = source.population, source.nationality
        figure.own_side, figure.residents = source.own_side, source.residents
    who = _COUNT_WORD.sub("", lead.group("who")).strip().lower()  # ("Of the 19 villagers killed")
    if who in CIVILIAN_BREAKDOWN:
        figure.population = Population.CIVILIAN
    figure.subgroup = _SPACES.sub(" ", f"{who} {said.group('what')}".strip())
    figure.part_of = source
    return figure


def bind_elided(text: str, first: NumberMention, last: NumberMention, before: str,
                parent: Figure | None, previous: Figure | None) -> Figure | None:  # fmt: skip
    """A bare number that continues the figure before it, in this sentence or the last."""
    after = text[last.end :]
    if _AT_WORK_AFTER.match(after):
        return None  # "more than 150 of its personnel ... were working at the site": no loss
    if parent is None and previous is not None:
        part = part_of_previous(first, last, before, after, previous)
        if part is not None:
            return part
    if parent is not None and (_is_increment(text, before, parent)
                               or _day_rise(text, before, last)):  # fmt: skip
        figure = new_figure(first, last, before, last.end, [])
        figure.inherit(parent)
        figure.increment_of = parent
        figure.phrase_start = parent.phrase_start
        close = text.find(")", last.end)
        figure.phrase_end = close + 1 if close != -1 and close - last.end < 3 else last.end
        return figure
    if (care := IN_CARE_AFTER.match(after)) is not None:
        return in_care(first, last, before, care, parent or previous)
    aux = AUX_FATE_AFTER.match(after)
    if aux is not None:
        return bind_aux_fate(first, last, before, aux, parent)
    verb = _FATE_VERB_BEFORE.search(before)
    fate = FATE_ANYWHERE.search(_PARTICIPLE_OF.get(verb.group("fate").lower(), verb.group("fate"))
                                ) if verb else None  # fmt: skip
    partitive = PARTITIVE_AFTER.match(after)
    if (part := model_part(first, last, before, after, parent or previous)) is not None:
        return part
    if verb and fate and parent is not None and parent.categories[0].is_people and (
            partitive is None):  # fmt: skip  ("112 wounded, nine of them children": a part)
        figure = new_figure(first, last, before, last.end, [])
        # ("killing 35 people, including two children, and injuring 117": the people, not
        # the part)
        figure.inherit(parent.part_of or parent)
        figure.fate_of = parent.part_of or parent
        figure.categories = [term_category(fate, FATE_GROUPS)]
        figure.phrase_start = min(figure.phrase_start, verb.start("fate"))
        return figure
    if partitive and parent is not None:  # "350,000 casualties, 9,800 of them in Pokrovsk"
        fate = _FATE_RIGHT_AFTER.match(after, partitive.end())  # "15,000 of them killed"
        figure = new_figure(first, last, before, fate.end() if fate else partitive.end(), [])
        figure.phrase_end += last.end
        figure.inherit(parent)
        if fate and parent.categories[0].is_people and (fate_word := FATE_ANYWHERE.search(
                fate.group("fate"))):  # fmt: skip
            figure.categories = [term_category(fate_word, FATE_GROUPS)]
        figure.part_of = parent
        if not parent.categories[0].is_people and (
                equipment_fate := _EQUIPMENT_FATE_AFTER.match(after, partitive.end())):  # fmt: skip
            figure.subgroup = equipment_fate.group("fate").lower()
            figure.phrase_end = last.end + equipment_fate.end()
        elif not fate and (kind_noun := _KIND_AFTER.match(after, partitive.end())):
            figure.subgroup = kind_noun.group("noun").lower()
            figure.phrase_end = last.end + kind_noun.end()
            # (but "5,112 service members ..., about 170 of them women" are soldiers)
            soldiers = parent.population is Population.MILITARY and not parent.bare_fate
            if figure.subgroup in CIVILIAN_BREAKDOWN and not (
                    soldiers and figure.subgroup == "women"):  # fmt: skip
                figure.population = Population.CIVILIAN
        elif place_at := PLACE_AFTER.match(after, (fate or partitive).end()):
            figure.subgroup = place_at.group("place")  # "nine killed, six of them in Kupiansk"
            figure.phrase_end = last.end + place_at.end()
        return figure
    if (part := _of_the_dead(first, last, before, after, parent or previous)) is not None:
        return part
    if (part := place_share(first, last, before, after, parent or previous)) is not None:
        return part
    were = _WERE_PEOPLE_AFTER.match(after)
    lead_fate = FATE_ANYWHERE.search(_BREAKDOWN_SPLIT.split(before)[-1]) if were else None
    if were and lead_fate:  # "Of those killed in July, 21 were children and 74 were women"
        figure = new_figure(first, last, before, last.end + were.end(),
                            [term_category(lead_fate, FATE_GROUPS)])  # fmt: skip
        if source := parent or previous:
            figure.population, figure.nationality = source.population, source.nationality
        noun = were.group("noun").lower()
        if noun in CIVILIAN_BREAKDOWN:
            figure.population = Population.CIVILIAN
        figure.subgroup = noun
        return figure
    if were and parent is None and previous is not None and not before.strip() and (
            previous.categories[0].is_people):  # fmt: skip
        # "612 residents have been killed ... Nine were women": a part of the sentence
        # before's people (soldiers stay soldiers, but children are civilians)
        figure = new_figure(first, last, before, last.end + were.end(), [])
        figure.inherit(previous)
        figure.part_of, figure.subgroup = previous, were.group("noun").lower()
        if figure.subgroup in _MINORS:
            figure.population = Population.CIVILIAN
        return figure
    if parent is not None and parent.part_of is not None and _NEXT_ITEM.fullmatch(
            text, parent.phrase_end, first.start) and (place_at := PLACE_AFTER.match(after)):
        # "including 37 over the Bryansk region, 21 over the Moscow region and 17 ..."
        figure = new_figure(first, last, before, last.end + place_at.end(), [])
        figure.inherit(parent.part_of)
        figure.part_of, figure.subgroup = parent.part_of, place_at.group("place")
        return figure  # fmt: skip
    if parent is not None and parent.subgroup and _NEXT_ITEM.fullmatch(
            text, parent.phrase_end, first.start) and OPENS_ON_PART.match(
            text[: parent.phrase_start]) and (noun := PEOPLE_AFTER.match(after)):  # fmt: skip
        # "Among them were 22 National Guardsmen and nine border guards"
        figure = new_figure(first, last, before, last.end + noun.end(), [])
        figure.inherit(parent)
        figure.subgroup = part_subgroup(noun.group("part").lower(), parent.subgroup)
        return figure
    if parent is not None and parent.subgroup and (_NEXT_PART.fullmatch(
            text, parent.phrase_end, first.start) or (parent.part_of is not None and (
            _NEXT_PART_AFTER_WORDS.fullmatch(text, parent.phrase_end, first.start)))) and (
            said := PART_SAID_AFTER.match(after)):  # fmt: skip
        # "More than 12,000 of them were mobilised men, and about 20,100 had been recruited
        # from prisons": the next part of the same whole
        figure = new_figure(first, last, before, last.end + said.end("what"), [])
        figure.inherit(parent)
        figure.part_of, figure.subgroup = parent.part_of, said.group("what")
        return figure
    if parent is not None and parent.subgroup and _NEXT_PART.fullmatch(
            text, parent.phrase_end, first.start) and (
            (unit := PART_STATE_AFTER.match(after)) and unit.group("unit")):  # fmt: skip
        # "9,870 fought for Wagner and 6,104 served in the Storm-Z units": the next part
        figure = new_figure(first, last, before, last.end + unit.end(), [])
        figure.inherit(parent)
        figure.part_of, figure.subgroup = parent.part_of, unit.group("unit")
        return figure
    if parent is not None and _COLON_GAP.fullmatch(text, parent.phrase_end, first.start) and (
            place_at := PLACE_AFTER.match(after)):  # fmt: skip
        # "at least 11 aircraft destroyed: six at Belaya and five at Olenya"; "killed 7,
        # including one child: 5 in Kostiantynivka and 2 in ...": the places of the whole
        whole = parent.part_of or parent
        figure = new_figure(first, last, before, last.end + place_at.end(), [])
        figure.inherit(whole)
        figure.part_of, figure.subgroup = whole, place_at.group("place")
        return figure
    if parent is not None and (item := place_item(text, before, after, parent)):
        item_place, start, end = item
        figure = new_figure(first, last, before, last.end + end, [])
        figure.inherit(parent)
        figure.subgroup, figure.phrase_start = item_place, min(figure.phrase_start, start)
        figure.share_of_total, figure.ranked = parent.share_of_total, parent.ranked
        return figure
    if parent is not None and _AND_BEFORE.search(before) and (own := _OWN_SCOPE_AFTER.match(after)):
        # "lost 1,510 soldiers over the previous 24 hours, ..., and 486,940 since the start"
        figure = new_figure(first, last, before, last.end + own.end(), [])
        figure.inherit(parent)
        figure.compares_to = parent.compares_to  # (", after 214 in 2024 and 276 in 2023")
        return figure
    if dead := named_dead(first, last, before, after, parent, previous):
        return dead
    source = parent or previous
    if source is not None and source.categories and (_DAY_ON_AVERAGE_AFTER.match(after) or (
            parent is not None and _RATE_AFTER_COMMA.match(before, parent.phrase_end)
            and _PER_DAY_AFTER.match(after))):  # fmt: skip
        # "between 1,000 and 1,300 a day on average", "35,680 troops, or about 1,151 a day":
        # the daily rate of what was just counted
        figure = new_figure(first, last, before, last.end, [])
        figure.inherit(source)
        return figure
    if source is None:
        return None  # (a lead-in continues a figure: with none before, none is looked for)
    if (people := _PEOPLE_OF_THEIR_OWN.match(after)) and lexicon.NOT_A_LOSS.search(
            after, people.end(), people.end() + 40):  # fmt: skip
        return None  # "..., and that more than 120,000 people had been evacuated"
    found = _lead_in(before, has_parent=parent is not None)
    if found is None:
        return None
    kind, lead = found
    if kind == "average" and not _PER_DAY_AFTER.match(after):
        return None
    if kind in ("side", "restated") and not _CLAUSE_ENDS_AFTER.match(after):
        return None
    if kind == "comparison" and _AGE_BETWEEN.search(before, source.phrase_end):
        return None  # "the median age on the list is now 37, against 31": ages compared
    if kind == "comparison" and lead.group("the") and not _REPORTED_AFTER.match(after):
        return None  # "far more than the 120 combat jets Ukraine had": not a count compared
    if kind == "comparison" and source.part_of is not None:
        source = parent = source.part_of  # "61 casualties, 17 of them fatal, after 214": the 61's
    figure = new_figure(first, last, before, last.end, [])
    figure.inherit(source)
    figure.phrase_start = min(figure.phrase_start, lead.start())
    if kind == "comparison":
        figure.compares_to = parent
    elif kind == "part":
        figure.part_of = parent
        if source.categories[0].is_people and (fate := _FATE_RIGHT_AFTER.match(after)) and (
                word := FATE_ANYWHERE.search(fate.group("fate"))):  # fmt: skip
            # "casualties at nearly 1 million, of whom up to 250,000 had been killed"
            figure.categories = [term_category(word, FATE_GROUPS)]
            figure.phrase_end = last.end + fate.end()
        elif place_at := PLACE_AFTER.match(after):  # "including 37 over the Bryansk region"
            figure.subgroup = place_at.group("place")
            figure.phrase_end = last.end + place_at.end()
        elif not source.categories[0].is_people and (model := model_after(after)):
            figure.subgroup, end = model  # "including two US-made HIMARS"
            figure.phrase_end = last.end + end
    return figure


_LEAD_INS = (
    ("comparison", _COMPARISON_BEFORE, True),
    ("comparison", _COMPARISON_OPENING, False),
    ("restated", _RESTATED_OPENING, False),
    ("part", PART_BEFORE, True),
    ("average", _AVERAGE_BEFORE, False),
    ("rebuttal", _REBUTTAL_BEFORE, False),
    ("record", _EARLIER_RECORD_BEFORE, False),
    ("side", _SIDE_LOST_BEFORE, False),
)
# Most numbers end no lead-in: one test of their text's ending, not one per lead-in.
_MAY_END_IN_LEAD_IN = ending_test([pattern for _, pattern, _ in _LEAD_INS])


def _lead_in(before: str, has_parent: bool) -> tuple[str, re.Match[str]] | None:
    """Which kind of bare-number lead-in ends ``before``; comparisons need a figure to compare."""
    if not _MAY_END_IN_LEAD_IN(before):
        return None
    for kind, pattern, needs_parent in _LEAD_INS:
        lead = pattern.search(before)
        if lead is not None and (has_parent or not needs_parent):
            return kind, lead
    return None


# A day's rise told in words after a total: "6,523, seven more than a day earlier", "at
# 6,523, up 7 from the day before"
_RISE_BEFORE = re.compile(r",\s*(?:up\s+(?:by\s+)?|an\s+increase\s+of\s+|a\s+rise\s+of\s+)?$",
                          re.IGNORECASE)  # fmt: skip
_DAY_EARLIER = r"(?:a|the)\s+(?:day|24\s+hours)\s+(?:earlier|before)|the\s+previous\s+day"
_MORE_THAN_DAY_AFTER = re.compile(rf"\s+more\s+than\s+(?:{_DAY_EARLIER})\b", re.IGNORECASE)
_FROM_DAY_AFTER = re.compile(rf"\s+(?:from|on|over)\s+(?:{_DAY_EARLIER})\b", re.IGNORECASE)


def _day_rise(text: str, before: str, last: NumberMention) -> bool:
    lead = _RISE_BEFORE.search(before, max(0, len(before) - 20))
    if lead is None:
        return False
    if _MORE_THAN_DAY_AFTER.match(text, last.end):
        return not lead.group(0).strip(", ")  # "seven more than a day earlier"
    return bool(lead.group(0).strip(", ")) and _FROM_DAY_AFTER.match(text, last.end) is not None


def _is_increment(text: str, before: str, parent: Figure) -> bool:
    lead = INCREMENT_BEFORE.search(before)
    if lead is None:
        return False
    total = text[parent.number_start : parent.number_end]
    stem = before[: lead.start()].rstrip()
    # "6214 (+9)" and "10,933 tanks (+6)": right after the total or after its noun.
    return stem.endswith(total) or len(stem) == parent.phrase_end

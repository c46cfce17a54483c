"""Tolls: a number that a count phrase leads to ("the death toll rose to 120", "bringing
the total to 377,820", "Russian tank losses at 2,227"), the phrase saying what it counts.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.people import population_of
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import (
    CIVILIAN,
    ENEMY,
    EQUIPMENT_ANYWHERE,
    EQUIPMENT_RE,
    FATE_ANYWHERE,
    FATE_GROUPS,
    PEOPLE_ANYWHERE,
    TERM_GROUPS,
    force_named,
    nationality_of,
    term_category,
)
from extractor.folding import ascii_aware
from extractor.numbers import NumberMention
from schemas import Category, Population

_HEDGE = lexicon.HEDGE
_PASSED = r"(?:crossed|passed|surpassed|topped)"  # a milestone: "crossed the one-million mark"
# A head word that names a count, words about it, then a verb or preposition leading to N.
_TOLL_BEFORE = guarded(
    r"\b(?P<what>death\s+toll|toll|(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)|casualt(?:y|ies)"
    r"(?:\s+(?:count|toll|figure))?|losses|deaths|fatalities|total|tally|number|(?:central\s+|best\s+)estimate|"
    # ("put the figure at well over a million": the figure just given, estimated anew; "the
    # figure crossed the one-million mark", "By this morning the figure stood at about
    # 1,002,690", "the General Staff's personnel figure rose by 35,370 in May")
    rf"(?:(?<=the\s)|(?<=that\s)|(?<=personnel\s)|(?<=casualty\s)|(?<=daily\s))figure(?=\s+(?:at|(?:has\s+|had\s+)?"
    rf"(?:{_PASSED}|stood|stands|rose|risen|reached|climbed|grew|increased|jumped)|was(?=\s+(?:\d|$)))\b)|"
    # ("Russia's daily average had reached 1,500", not "the highest monthly average recorded
    # since ..., surpassing November's average of 1,523")
    r"(?:daily|monthly|weekly)\s+average(?=(?:\s+(?:had|has|have|now))?\s+(?:reached|rose|risen|"
    r"stood|stands|was|is|hit|climbed|of|at)\b)|"
    r"count(?=\s+(?:(?:had|has|is|was)\s+)?(?:of|rose|risen|stood|stands|went|gone|climbed|reached|"
    r"nearing|approaching|"
    rf"increased|jumped|{_PASSED})\b)"
    r"|dead(?=\s+(?:numbered|totall?ed|stood|stands|rose|reached)\b)"
    # "put Ukraine's dead at about 70,000 and its wounded at some 400,000"
    r"|(?:(?<=['’]s\s)|(?<=its\s)|(?<=their\s))(?:dead|wounded|injured|killed)(?=\s+at\b))"
    r"(?:\s+[\w'’,.-]+){0,16}?\s+(?:rose|risen|rises|climbed|climbs|reached|reaches|stands?|stood|"
    r"is|was|are|were|be|of|at|to|hits?|totals?|totall?ed|increased|grew|grown|jumped|jumps|"
    r"averaged|averaging|approaching|nearing|nears?|exceeds?|exceeded|surpass(?:ed|es)?|tops?|"
    r"topped|pass(?:ed|es)?|cross(?:ed|es)?|came|amounted|amount|numbered|"
    r"(?:range[sd]?|ranging)\s+from)"
    # ("losses have surpassed the 700,000 mark": a milestone passed, see _MILESTONE)
    # ("losses increased by 1,230 over the past day": the day's, by how much they grew)
    r"(?:\s+(?:to|at)|(?<=ed|es)\s+(?P<milestone>the)|(?:(?<=rose)|(?<=sen|sed|rew|own|ped|bed))\s+"
    r"(?P<by>by))?\s*[\"“]?"
    # (a quoted number: 'put the figure at "well over a million"')
    rf"{_HEDGE}$",
    re.IGNORECASE,
)
_NO_MACHINES_THIS_MANY = 500_000
_MILESTONE = re.compile(r"\s+(?:mark|milestone|threshold|barrier|line)\b", re.IGNORECASE)
_TOLL_KILLED = ("death toll", "toll", "deaths", "fatalities", "dead")
_PART_LEAD = re.compile(r"\b(?:of\s+(?:whom|them|which|those)|including|among\s+them)\b",
                        re.IGNORECASE)  # fmt: skip
# What a count counts, when it says: "the number of attacks"
_COUNT_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+s\b")
_LOSS_NOUN = re.compile(r"\b(?:losses|casualties|victims|bodies|names|graves|cases)\b",
                        re.IGNORECASE)
_COUNT_WORDS = ("total", "tally", "count", "number", "figure", "central estimate", "best estimate",
                "daily average", "monthly average", "weekly average")  # fmt: skip
_COUNT_OR_LOSSES = (*_COUNT_WORDS, "losses")
_HEAD_WORDS = re.compile(r"(?:^|[^\w\s])[^\d,;.:]{0,25}$")
_LAST_TWO_WORDS = re.compile(r"(?:\S+\s+){0,2}$")
_HEAD_NOUNS = re.compile(r"(?:[^\W\d][\w-]*\s+){1,3}$")
_CLAUSE_SPLIT = re.compile(r"[;:]|\.\s")
# "from a Russian missile strike", "killed by Russian artillery": who struck
_AGENT = re.compile(rf"\b(?:by|from|in|after)\s+(?:an?\s+|the\s+|\w+['’]s\s+)?(?:Russian|Ukrainian|"
                    rf"Russia's|Ukraine's)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.ATTACK_NOUN})\b",
                    re.IGNORECASE)  # fmt: skip
_ANYONE = re.compile(r"(?:person|persons|people|man|men|woman|women)", re.IGNORECASE)
# ("the Kramatorsk City Military Administration said a man had died, raising the toll to
# six": a civil authority, no soldiers)
_MILITARY_ADMINISTRATION = re.compile(r"\bmilitary\s+administration\b", re.IGNORECASE)


# A noun right after the number: what it counts is its own ("A total of 1,358 prisoners").
_COUNTED_NOUN_NEXT = ascii_aware(re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{lexicon.PEOPLE_NOUN}|{EQUIPMENT_RE})\b", re.IGNORECASE))


# "The total published by Ukraine's General Staff, which put Russian personnel losses at":
# the source's name says nothing of whose losses follow its verb
_SOURCE_VERB = re.compile(r"\b(?:put|puts|said|says|estimated|estimates|reported|reports)\s")


def _after_source(span: str) -> str:
    verbs = list(_SOURCE_VERB.finditer(span))
    return span[verbs[-1].end() :] if verbs else span


def bind_toll(text: str, first: NumberMention, last: NumberMention, before: str,
              parent: Figure | None, previous: Figure | None = None) -> Figure | None:  # fmt: skip
    """A number that a count phrase leads to; the phrase itself says what is counted.

    "put Russia's total at 999,200" with no figure before it in the sentence counts what
    the sentence before counted (``previous``), unless the number has a noun of its own.
    """
    # A count phrase after the figure before comes first: "1,140 casualties over the past
    # day, bringing the total ... to N" is not "casualties ... to N"; but "tank losses had
    # passed 6,000 and stood at N" has its count only before that figure.
    toll = None
    if parent is not None and parent.phrase_end < len(before):
        toll = _TOLL_BEFORE.search(before, parent.phrase_end)
    toll = toll or _TOLL_BEFORE.search(before)
    if toll is None:
        return None
    if toll.group("milestone") and not _MILESTONE.match(text, last.end):
        return None  # "losses exceeded the 1,200 of the day before": another figure
    if parent is not None and parent.number_start > toll.start() and (
            FATE_ANYWHERE.search(before, parent.phrase_end)
            or _PART_LEAD.search(before, parent.phrase_end)):  # fmt: skip
        # ("the deaths of 9,511 civilians, ... and the injury of": not its toll; "casualties
        # at nearly 1 million, of whom up to 250,000": a part of it)
        return None
    span, what = toll.group(0), toll.group("what").lower()
    fate = FATE_ANYWHERE.search(span)
    # (the noun after the number is looked for last: few numbers get this far)
    personnel = False  # a total too large for machines: of soldiers
    if parent is None and previous is not None and what in _COUNT_WORDS and not fate and (
            not _COUNTED_NOUN_NEXT.match(text, last.end)):  # fmt: skip
        if (other := _COUNT_OF.match(span, toll.end("what") - toll.start())) and not (
                PEOPLE_ANYWHERE.search(other.group(0)) or EQUIPMENT_ANYWHERE.search(
                    other.group(0)) or _LOSS_NOUN.search(other.group(0))):  # fmt: skip
            return None  # "The number of attacks has fallen to 12": a count of something else
        clause = re.split(r"[;:]|\.\s", before)[-1]
        if not (PEOPLE_ANYWHERE.search(clause) or EQUIPMENT_ANYWHERE.search(clause)):
            # "put the total at N": the total of what came before (but "Russia lost 890
            # soldiers ... and 384 drones. It puts the total at more than 1.16 million":
            # no count of machines runs to a million; the soldiers')
            personnel = not previous.categories[0].is_people and (
                (first.value or 0) >= _NO_MACHINES_THIS_MANY)  # fmt: skip
            parent = None if personnel else previous
    # "Russian tank losses at 2,227": the word before the head may say what is counted.
    head = _HEAD_WORDS.search(before, 0, toll.start()) or _HEAD_NOUNS.search(
        before, 0, toll.start())  # ("Ukraine's visually confirmed aircraft losses at 79")
    equipment = EQUIPMENT_ANYWHERE.search((head.group(0) if head else "") + _AGENT.sub("", span))
    # "its count of Russian personnel losses ... to N" after "... and 37 armoured vehicles":
    # people named in the count phrase, not the equipment before it
    # (or on its head: "the personnel figure rose by 35,370")
    counted = PEOPLE_ANYWHERE.search(span) or (
        PEOPLE_ANYWHERE.search(head.group(0)) if head else None)
    people = not equipment and counted is not None
    if equipment:
        categories = [term_category(equipment, TERM_GROUPS)]
    elif parent is not None and what in _COUNT_OR_LOSSES and not (
            people and not parent.categories[0].is_people) and not (
            what != "losses" and fate):  # fmt: skip
        # (but "..., while total casualties could exceed half a million" counts casualties)
        categories = list(parent.categories)
    elif what in _TOLL_KILLED:
        categories = [Category.KILLED]
    elif fate:
        categories = [term_category(fate, FATE_GROUPS)]
    elif what in _COUNT_WORDS and not people and not personnel:
        return None  # "the total to 40" with nothing to say what is counted
    else:
        categories = [Category.CASUALTIES]
    figure = new_figure(first, last, before, last.end, categories)
    if parent is not None and categories == parent.categories and not equipment:
        figure.inherit(parent)
    else:
        # "The number of Ukrainian and Russian troops killed ... is nearing 500 000": the
        # whole clause before the number says whose losses it counts.
        clause = _CLAUSE_SPLIT.split(before)[-1]
        # "Kyiv's General Staff says Russian losses have passed": the words on the head win.
        adjacent = _LAST_TWO_WORDS.search(before, 0, toll.start())
        # "pushes the number of Russian troops killed ... to": the words of the count next
        # ("the death toll from a Russian missile strike": the side that struck, not the
        # side that lost)
        figure.nationality = nationality_of(adjacent.group(0) if adjacent else "") or (
            nationality_of(_AGENT.sub("", _after_source(span)))
            or nationality_of(_AGENT.sub("", clause))
        )
        figure.enemy = bool(ENEMY.search(clause))
        # ("the number of North Korean casualties at 1,100": a force singled out)
        figure.subgroup = force_named(span) or (
            force_named(adjacent.group(0)) if adjacent else None)  # fmt: skip
        if not equipment:  # (machines are no one's civilians: "officials who briefed journalists")
            # ("put the number of injured children at 1,560": children are civilians, and a part;
            # "One of the injured workers died, bringing the death toll to four": civilians)
            nearest = counted or ([*PEOPLE_ANYWHERE.finditer(clause)] or [None])[-1]
            population, subgroup = population_of(nearest.group(0), "", clause) if nearest else (
                None, None)  # fmt: skip
            if CIVILIAN.search(clause) or population is Population.CIVILIAN:
                figure.population = Population.CIVILIAN
                figure.subgroup = figure.subgroup or (subgroup if counted else None)
            elif all(_ANYONE.fullmatch(m.group(0)) for m in PEOPLE_ANYWHERE.finditer(
                    _MILITARY_ADMINISTRATION.sub("", clause))):  # fmt: skip
                # "the death toll rose to five", "Another person died, bringing the toll to 14":
                # whose, the context says
                figure.bare_fate = True
    figure.phrase_start = min(figure.phrase_start, toll.start())
    return figure

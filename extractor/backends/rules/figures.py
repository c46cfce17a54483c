"""Loss figures inside one sentence: a number (or range) bound to what it counts.

A number becomes a figure only when a counted noun binds to it: an equipment noun
("6,214 tanks"), a fate ("19,875 injured", "960 killed"), or a people noun with a fate
before or after it ("lost 960 troops", "5,937 troops had been killed"). Everything else
(ages, years, temperatures, hours, money, counts of reports) never binds, so it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.backends.rules import lexicon
from extractor.numbers import NumberForm, NumberMention, find_numbers
from schemas import Category, Population, Qualifier, Subject

_MOD = (
    r"(?:more|additional|other|further|enemy(?:'s)?|Russian|Ukrainian|Russia's|Ukraine's|Moscow's|"
    r"Kyiv's|occupying|occupiers'|occupation|invading|foreign|own|military|civilian|combat|modern|"
    r"Western(?:-supplied|-made)?|Soviet(?:-era|-made)?|main\s+battle|battle|heavy|light|"
    r"self-propelled|towed|armed|regular|North\s+Korean|Wagner|Chechen|army|of\s+the|of\s+their|"
    r"of\s+its|units?\s+of|pieces?\s+of|items?\s+of|kinds?\s+of|types?\s+of|elite|young|innocent|"
    r"unarmed|Ukrainian-operated|Russian-operated|allied|friendly|enemy)"
)
_TERM_GROUPS: list[tuple[str, Category, str]] = [
    (f"eq{i}", category, pattern) for i, (category, pattern) in enumerate(lexicon.EQUIPMENT_TERMS)
]
_EQUIPMENT_RE = "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _TERM_GROUPS)
_FATE_GROUPS = [(f"fate{i}", c, p) for i, (c, p) in enumerate(lexicon.FATE_TERMS)]
_FATE_RE = "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _FATE_GROUPS)

_INCREMENT = re.compile(r"\(\s*\+\s*$")
_SKIP_INCREMENT = r"(?:\s*\(\s*[+-]?\s*[\d,  ]+\s*\))?"
_NOUN_AFTER = re.compile(
    rf"^{_SKIP_INCREMENT}\s*(?P<mods>(?:{_MOD}\s+){{0,4}})"
    rf"(?:(?P<equipment>{_EQUIPMENT_RE})|(?P<fate>{_FATE_RE})|(?P<people>{lexicon.PEOPLE_NOUN}))\b",
    re.IGNORECASE,
)
_MORE_EQUIPMENT = re.compile(
    rf"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*|\s+as\s+well\s+as\s+)"
    rf"(?:{_MOD}\s+){{0,3}}(?:{_EQUIPMENT_RE})\b(?!\s*[‒–—:-]?\s*\d)",
    re.IGNORECASE,
)
_FATE_AFTER_PEOPLE = re.compile(
    rf"^(?:(?:\s+(?:who|that|have|has|had|were|was|been|are|is|being|reportedly|allegedly|"
    rf"likely|also|all|either|in|action|the|war|fighting|combat|battle|were|officially|confirmed|"
    rf"as)\b)){{0,5}}\s*,?\s*(?P<fate>{_FATE_RE})\b",
    re.IGNORECASE,
)
# "personnel ‒ about 377820", "tanks: 6,214": the noun stands before the number (lists).
_NOUN_BEFORE = re.compile(
    rf"(?:(?P<equipment>{_EQUIPMENT_RE})|(?P<people>personnel|troops|soldiers|casualties|losses|"
    rf"killed|wounded|injured|dead|captured|missing))\s*(?:\([^)]*\)\s*)?[‒–—:=-]+\s*"
    rf"(?:about|approximately|around|over|more\s+than|some|nearly|almost|at\s+least|up\s+to|~)?\s*$",
    re.IGNORECASE,
)
# "the death toll rose to 120", "bringing the total to 377,820": the noun is left out.
_TOLL_BEFORE = re.compile(
    r"\b(?P<what>death\s+toll|toll|casualt(?:y|ies)(?:\s+(?:count|toll|figure))?|losses|total|tally)"
    r"(?:\s+[\w'’,.-]+){0,9}?\s+(?:rose|risen|climbed|reached|stands?|stood|is|was|of|at|to|"
    r"hit|totals?|totall?ed|increased|grew|jumped)(?:\s+(?:to|at))?\s*(?:about\s+|around\s+|"
    r"some\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|rising|increased|grew|climbed|jumped|up|down|fell|"
    r"dropped|declined|went|compared)\b[^.]{0,30}$",
    re.IGNORECASE,
)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:up|down)\s+from\s*$|\bcompared\s+(?:with|to)\s*$|\bagainst\s*$|\bversus\s*$|\bvs\.?\s*$"
    r"|\bfrom\s*$|\bthan\s*$",
    re.IGNORECASE,
)
_NOT_COUNT_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|-year|years?\b|-?year-old|hours?\b|days?\b|weeks?\b|months?\b|"
    r"km|kilomet|miles?\b|metres?\b|meters?\b|degrees?\b|°|times\b|rubles?|roubles?|dollars|euros|"
    r"hryvnias?|\$|billion\s+(?:dollars|euros)|a\s+(?:month|year))",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:[$€£₴₽]|\bUSD|\bEUR|\bUAH|\bRUB)\s*$")
_EQUIPMENT_NOT_LOSS = re.compile(
    r"\b(?:received|delivered|deliver(?:ing|y)|supplied|supplying|pledged|promised|sent|sending|"
    r"donated|produce[sd]?|producing|manufactur\w+|ordered|bought|purchased|possess\w*|in\s+service|"
    r"inventory|stockpiles?|reserves?|fleet\s+of|operates|fielded|transferred|provided|shipped)\b",
    re.IGNORECASE,
)
_NATIONALITY = [
    (
        Subject.RUSSIA,
        re.compile(
            r"\b(?:Russian|Russia's|Moscow's|Chechen|Wagner|North\s+Korean)\b", re.IGNORECASE
        ),
    ),
    (Subject.UKRAINE, re.compile(r"\b(?:Ukrainian|Ukraine's|Kyiv's)\b", re.IGNORECASE)),
]
_ENEMY = re.compile(r"\b(?:enemy(?:'s)?|occupiers'?|occupying|invading|invaders)\b", re.IGNORECASE)
_CIVILIAN_NOUNS = re.compile(
    r"^(?:civilians|non-combatants|residents|children|kids|boys|girls|"
    r"women|minors|journalists|medics|doctors)$",
    re.IGNORECASE,
)
_SUBGROUP_NOUNS = {"children": "children", "kids": "children", "minors": "children",
                   "boys": "boys", "girls": "girls", "women": "women", "mercenaries": "mercenaries",
                   "journalists": "journalists", "medics": "medics", "doctors": "doctors",
                   "convicts": "convicts", "inmates": "convicts"}  # fmt: skip


@dataclass
class Figure:
    """One loss figure found in a sentence (offsets are relative to the sentence)."""

    number_start: int
    number_end: int
    phrase_start: int  # qualifier or number start
    phrase_end: int  # end of the counted noun / fate
    value: int | None
    low: int | None
    high: int | None
    categories: list[Category]
    qualifier: Qualifier = Qualifier.EXACT
    population: Population = Population.MILITARY
    subgroup: str | None = None
    nationality: Subject | None = None
    enemy: bool = False  # "enemy", "the occupiers": the side opposite the claimant
    increment_of: Figure | None = None  # "(+960)" after a list total
    compares_to: Figure | None = None  # "up from 1,050 the day before"
    noun_before: bool = False  # list format "tanks ‒ 6214"
    extras: dict[str, str] = field(default_factory=dict)


def _term_category(match: re.Match[str], groups: list[tuple[str, Category, str]]) -> Category:
    for name, category, _ in groups:
        if match.group(name):
            return category
    raise AssertionError("a term matched without a named group")


def _nationality(text: str) -> Subject | None:
    for subject, pattern in _NATIONALITY:
        if pattern.search(text):
            return subject
    return None


def _qualifier(before: str) -> tuple[Qualifier, int]:
    """The hedge right before a number and how many characters it takes."""
    for qualifier, pattern in lexicon.QUALIFIER_CUES:
        m = pattern.search(before)
        if m:
            return qualifier, len(before) - m.start()
    return Qualifier.EXACT, 0


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
            if word == "and" and not re.search(r"\bbetween\s*$", before, re.IGNORECASE):
                is_range = False
            if word in ("to", "-", "–", "—") and _CHANGE_VERB.search(before):
                is_range = False
            if word == "or" and not re.search(r"\b(?:either|some|about|around)\s*$", before, re.I):
                is_range = re.match(r"^\s*(?:\w+\s+){0,2}\w+", text[second.end :]) is not None
            if is_range:
                units.append((first, second))
                i += 2
                continue
        units.append((first, None))
        i += 1
    return units


def _is_countable(text: str, mention: NumberMention) -> bool:
    if mention.has_decimal:
        return False
    if _NOT_COUNT_AFTER.match(text[mention.end :]) or _MONEY_BEFORE.search(text[: mention.start]):
        return False
    # A bare four-digit year ("in 2023") is a date, not a count.
    return not (
        mention.form is NumberForm.DIGITS
        and mention.text.isdigit()
        and 1900 <= mention.value <= 2100
    )


def find_figures(
    text: str, *, loss_context: bool, date_spans: list[tuple[int, int]]
) -> list[Figure]:
    """Loss figures in one sentence. ``loss_context``: the sentence belongs to a loss list."""
    mentions = [
        m for m in find_numbers(text)
        if _is_countable(text, m) and not any(s <= m.start < e for s, e in date_spans)
    ]  # fmt: skip
    has_loss_words = loss_context or bool(lexicon.LOSS_CONTEXT.search(text))
    figures: list[Figure] = []
    for first, second in _group_ranges(text, mentions):
        last = second or first
        before = text[: first.start]
        figure = _bind(text, first, last, before, has_loss_words)
        if figure is None:
            parent = figures[-1] if figures else None
            figure = _bind_elided(text, first, last, before, parent)
        if figure is None:
            continue
        if second is not None:
            figure.value, figure.low, figure.high = None, first.value, second.value
        else:
            figure.value = first.value
        figures.append(figure)
    return figures


def _new_figure(first: NumberMention, last: NumberMention, before: str, end: int,
                categories: list[Category]) -> Figure:  # fmt: skip
    qualifier, width = _qualifier(before)
    return Figure(first.start, last.end, first.start - width, end, None, None, None,
                  categories, qualifier)  # fmt: skip


def _bind(text: str, first: NumberMention, last: NumberMention, before: str,
          has_loss_words: bool) -> Figure | None:  # fmt: skip
    after = text[last.end :]
    noun = _NOUN_AFTER.match(after)
    if noun is None or (
        noun.group("people")
        and noun.group("people").lower() in ("men", "people")
        and not _fate_for_people(text, last.end + noun.end(), before)
    ):
        return _bind_noun_before(text, first, last, before, has_loss_words)
    mods = noun.group("mods") or ""
    end = last.end + noun.end()
    population = Population.MILITARY
    subgroup = None
    if noun.group("equipment"):
        if not has_loss_words or _EQUIPMENT_NOT_LOSS.search(
            text[max(0, first.start - 60) : first.start]
        ):
            return None
        categories = [_term_category(noun, _TERM_GROUPS)]
        while extra := _MORE_EQUIPMENT.match(text[end:]):
            categories.append(_term_category(extra, _TERM_GROUPS))
            end += extra.end()
    elif noun.group("fate"):
        categories = [_term_category(noun, _FATE_GROUPS)]
        if re.search(r"\bcivilian\b", mods, re.IGNORECASE):
            population = Population.CIVILIAN
    else:
        people = noun.group("people")
        category = _fate_for_people(text, end, before)
        if category is None:
            return _bind_noun_before(text, first, last, before, has_loss_words)
        fate_after = _FATE_AFTER_PEOPLE.match(text[end:])
        if fate_after:
            end += fate_after.end()
        population, subgroup = _population(people, mods, text)
    figure = _new_figure(
        first, last, before, end, categories if not noun.group("people") else [category]
    )
    figure.population = population
    figure.subgroup = subgroup or ("Wagner Group" if re.search(r"\bWagner\b", mods) else None)
    figure.nationality = _nationality(mods)
    figure.enemy = bool(_ENEMY.search(mods))
    if _INCREMENT.search(before):
        figure.extras["increment"] = "1"
    return figure


def _fate_for_people(text: str, noun_end: int, before: str) -> Category | None:
    """The category of a people figure: a fate after the noun, or a loss verb before it."""
    fate_after = _FATE_AFTER_PEOPLE.match(text[noun_end:])
    if fate_after:
        for name, category, _ in _FATE_GROUPS:
            if fate_after.group(name):
                return category
    clause = re.split(r"[;:—]|\.\s", before)[-1][-70:]
    if lexicon.NOT_A_LOSS.search(clause):
        return None
    for category, pattern in lexicon.LOSS_VERB_BEFORE:
        if pattern.search(clause):
            return category
    return None


def _population(people: str, mods: str, text: str) -> tuple[Population, str | None]:
    word = people.lower().split()[-1]
    subgroup = _SUBGROUP_NOUNS.get(word)
    if re.search(r"\bcivilian", mods, re.IGNORECASE) or _CIVILIAN_NOUNS.match(word):
        return Population.CIVILIAN, subgroup
    if word in ("people", "persons", "individuals") and not re.search(
        r"\b(?:troops|soldiers|servicem[ae]n|military|army|personnel|fighters)\b", text, re.I
    ):
        return Population.CIVILIAN, subgroup
    return Population.MILITARY, subgroup


def _bind_noun_before(text: str, first: NumberMention, last: NumberMention, before: str,
                      has_loss_words: bool) -> Figure | None:  # fmt: skip
    noun = _NOUN_BEFORE.search(before)
    if noun is None or not has_loss_words:
        return None
    if noun.group("equipment"):
        category = _term_category(noun, _TERM_GROUPS)
    else:
        word = noun.group("people").lower()
        category = {
            "killed": Category.KILLED, "dead": Category.KILLED, "wounded": Category.WOUNDED,
            "injured": Category.WOUNDED, "captured": Category.CAPTURED, "missing": Category.MISSING,
        }.get(word, Category.CASUALTIES)  # fmt: skip
    figure = _new_figure(first, last, before, last.end, [category])
    figure.phrase_start = noun.start()
    figure.noun_before = True
    tail = re.match(rf"^{_SKIP_INCREMENT}(?:\s*(?:persons|people|units|pcs))?", text[last.end :])
    if tail:
        figure.phrase_end = last.end + tail.end()
    return figure


def _bind_elided(text: str, first: NumberMention, last: NumberMention, before: str,
                 parent: Figure | None) -> Figure | None:  # fmt: skip
    """A number whose noun is left out: "(+960)" in a list, "up from 1,050 the day before"."""
    toll = _TOLL_BEFORE.search(before)
    if toll is not None and (
        parent is not None or toll.group("what").lower() not in ("total", "tally")
    ):
        what = toll.group("what").lower()
        if parent is not None and what in ("total", "tally", "losses"):
            categories = list(parent.categories)
        else:
            categories = [Category.KILLED if "toll" in what else Category.CASUALTIES]
        figure = _new_figure(first, last, before, last.end, categories)
        if parent is not None and categories == parent.categories:
            figure.population, figure.subgroup = parent.population, parent.subgroup
            figure.nationality, figure.enemy = parent.nationality, parent.enemy
        figure.phrase_start = min(figure.phrase_start, toll.start())
        return figure
    if parent is None:
        return None
    increment = (
        _INCREMENT.search(before)
        and before[: -len(_INCREMENT.search(before).group(0))]
        .rstrip()
        .endswith(  # type: ignore[union-attr]
            text[parent.number_start : parent.number_end]
        )
    )
    comparison = _COMPARISON_BEFORE.search(before)
    if not increment and not comparison:
        return None
    figure = _new_figure(first, last, before, last.end, list(parent.categories))
    figure.population, figure.subgroup = parent.population, parent.subgroup
    figure.nationality, figure.enemy = parent.nationality, parent.enemy
    if increment:
        figure.increment_of = parent
        figure.phrase_start = parent.phrase_start
        close = text.find(")", last.end)
        figure.phrase_end = close + 1 if close != -1 and close - last.end < 3 else last.end
        # The parent's span grows to cover "(+960)" too, so one clause carries both.
    else:
        figure.compares_to = parent
        figure.phrase_start = first.start - len(comparison.group(0))  # type: ignore[union-attr]
    return figure

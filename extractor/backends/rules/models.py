"""Equipment broken down by model: the count of each model is a part of the kind counted
before it, with the model as its subgroup.

"Tanks: 37." followed by lines "T-72B3/B3M – 19", "T-90M – 5"; an aside "6 MLRS (BM-21
Grad – 5, TOS-1A – 1)" or "6 tanks (2 Leopard 1A5, 4 T-64BV)"; a narrower kind after a dash
or "including": "three warplanes - two Su-34 fighter-bombers", "including 12 HIMARS".
"""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.terms import EQUIPMENT_ANYWHERE, TERM_GROUPS, term_category
from extractor.numbers import NumberMention
from schemas import Category

# A model's designation: "T-72B3/B3M", "BMP-1/2/3", "MT-LB", "BM-21 Grad", "M2A2 Bradley",
# "Leopard 1A5" (letters with a hyphen or digits, and a name after it).
_MODEL = (
    r"(?P<model>[A-Z][A-Za-z]*(?:-[\dA-Za-z]+|\d[\dA-Za-z]*)(?:/[\dA-Za-z]+)*"
    r"(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+\s+\d[\dA-Z]*)"
)
_DASH = r"\s*[–—:-]\s*"
# A line of its own: "T-72B3/B3M – 19" (after a bullet, perhaps)
_MODEL_LINE_BEFORE = re.compile(rf"^\W{{0,4}}{_MODEL}{_DASH}$")
_LINE_END = re.compile(r"\s*[.;]?\s*$")
# An item of an aside: "(BM-21 Grad – 5," or "(2 Leopard 1A5,"
_MODEL_ITEM_BEFORE = re.compile(rf"[(,]\s*{_MODEL}{_DASH}$")
_ITEM_START_BEFORE = re.compile(r"[(,]\s*$")
_MODEL_ITEM_AFTER = re.compile(rf"\s+{_MODEL}(?=\s*[,)])")


def bind_model(text: str, first: NumberMention, last: NumberMention, before: str,
               parent: Figure | None, previous: Figure | None) -> Figure | None:  # fmt: skip
    """A model's count in a breakdown of the equipment figure before it, if it is one."""
    if first is not last:
        return None
    if parent is None:
        line = _MODEL_LINE_BEFORE.match(before)
        if line is None or previous is None or not _is_equipment(previous):
            return None
        if not _LINE_END.fullmatch(text, last.end):
            return None
        return _part(first, last, before, last.end, previous.part_of or previous,
                     line.group("model"), line.start("model"))  # fmt: skip
    whole = parent.part_of or parent
    if not _is_equipment(whole) or not _inside_aside(text, whole.phrase_end, first.start):
        return None
    named = _MODEL_ITEM_BEFORE.search(before)
    if named:
        return _part(first, last, before, last.end, whole, named.group("model"),
                     named.start("model"))  # fmt: skip
    after = _MODEL_ITEM_AFTER.match(text, last.end)
    if after and _ITEM_START_BEFORE.search(before):
        return _part(first, last, before, after.end(), whole, after.group("model"),
                     first.start)  # fmt: skip
    return None


# A line that breaks a model's count down by what befell each: "T-72B3 and T-72B3 obr. 2016:
# 298 destroyed, 37 damaged, 54 captured", "All tanks: 3,104 in total, of which 2,081
# destroyed, 157 damaged" (each item is the model's, with the fate as part of its subgroup)
_FATE_LINE_LABEL = re.compile(
    rf"\W{{0,4}}(?P<label>(?:{_MODEL}|All\s+[a-z]+(?:\s+[a-z]+)?)[^:\n]{{0,40}}?):\s*"
)
_FATE_ITEM_BEFORE = re.compile(r"(?::|,|\bof\s+which|\bof\s+them)\s*$")
_EQUIPMENT_FATE_AFTER = re.compile(
    r"\s+(?P<fate>destroyed|damaged|captured|abandoned)\b(?=\s*(?:[,;.]|and\b|$))"
)
# Model families whose kind the designation tells: "T-80BVM" a tank, "BMP-2" an armoured vehicle
_FAMILY = (
    (re.compile(r"T-\d\d"), Category.TANKS),
    (re.compile(r"BMP|BMD|BTR|MT-LB|BRDM"), Category.ARMORED_COMBAT_VEHICLES),
)


def bind_fate_item(text: str, first: NumberMention, last: NumberMention, before: str,
                   previous: Figure | None) -> Figure | None:  # fmt: skip
    """An item of a line that breaks a model's (or a kind's) count down by fate."""
    line = _FATE_LINE_LABEL.match(text)
    fate = _EQUIPMENT_FATE_AFTER.match(text, last.end) if line else None
    if line is None or fate is None or first.start < line.end() or first is not last:
        return None
    if first.start != line.end() and not _FATE_ITEM_BEFORE.search(before):
        return None
    label, model = line.group("label").strip(), line.group("model")
    kind = EQUIPMENT_ANYWHERE.search(label)
    category = next((c for family, c in _FAMILY if model and family.match(model)), None) or (
        term_category(kind, TERM_GROUPS) if kind else None)  # fmt: skip
    if category is None and previous is not None and _is_equipment(previous):
        category = previous.categories[0]
    if category is None:
        return None
    figure = new_figure(first, last, before, fate.end(), [category])
    figure.subgroup = f"{label}, {fate.group('fate')}" if model else fate.group("fate")
    if previous is not None and _is_equipment(previous):
        figure.nationality = previous.nationality
    return figure


def _is_equipment(figure: Figure) -> bool:
    return bool(figure.categories) and not figure.categories[0].is_people


def _inside_aside(text: str, start: int, end: int) -> bool:
    """Is ``end`` inside a bracket opened after ``start``?"""
    opened = text.rfind("(", start, end)
    return opened != -1 and text.find(")", opened, end) == -1


def _part(first: NumberMention, last: NumberMention, before: str, end: int, whole: Figure,
          model: str, start: int) -> Figure:  # fmt: skip
    figure = new_figure(first, last, before, end, [])
    figure.phrase_start = min(figure.phrase_start, start)
    figure.inherit(whole)
    figure.subgroup = model
    figure.part_of = whole
    return figure


# Between a count of equipment and a part of it: "three warplanes - two Su-34 ...", "41
# aircraft, including 12 strategic bombers", "15 IFVs/APCs, of them 5 M2A2 Bradleys"
_PART_GAP = re.compile(
    r"\s*(?:[-–—(]\s*(?:including\s+)?|,?\s*(?:including|among\s+them|of\s+(?:them|which|these))"
    r"\s*,?\s*)",
    re.IGNORECASE,
)
# Words that say whose or in what state, not what kind: "two destroyed Russian Su-34s"
_WHOSE_OR_STATE = re.compile(
    r"^(?:(?:more|other|enemy(?:'s)?|Russian|Ukrainian|Russia's|Ukraine's|destroyed|damaged|"
    r"abandoned|captured|downed|[\w.]+-(?:made|supplied|built|produced))\s+)+",
    re.IGNORECASE,
)
# A model designation or name among the words: "Su-34", "HIMARS", "M2A2 Bradley"
_DESIGNATION = re.compile(r"(?:^|\s)(?:[A-Z][A-Za-z]*-?\d[\w/-]*|[A-Z]{3,}|[A-Z][a-z]+)\b")
# "Bradleys", "Leopard 1A5s": a name's plural ("fighter-bombers" keeps its own)
_NAME_PLURAL = re.compile(r"(?:^|\s)[A-Z\d][\w-]*[a-z\d](?P<s>s)$")
# A bare model after the number of a part: "including two US-made HIMARS,"
_MODEL_PART_AFTER = re.compile(
    rf"\s+(?:[\w.]+-(?:made|supplied|built|produced)\s+)?(?:{_MODEL}|(?P<acronym>[A-Z]{{3,}}))s?"
    r"(?=\s*(?:[,.;)]|$)|\s+[a-z])"
)


def kind_of_part(text: str, figure: Figure, parent: Figure | None) -> str | None:
    """The narrower kind (its subgroup) if ``figure`` counts part of the equipment ``parent``
    counted just before it ("two Su-34 fighter-bombers" of "three warplanes"); else None."""
    if (parent is None or parent.part_of is not None or figure.part_of is not None
            or not _is_equipment(parent) or figure.categories != parent.categories
            or not _PART_GAP.fullmatch(text, parent.phrase_end, figure.phrase_start)):  # fmt: skip
        return None
    if figure.value is None or parent.value is None or figure.value >= parent.value:
        return None  # "three rocket systems (1,795 in total)": no part
    words = _WHOSE_OR_STATE.sub("", text[figure.number_end : figure.phrase_end].strip())
    whole = text[parent.number_end : parent.phrase_end].split()
    if not words:
        return None
    same_noun = bool(whole) and words.split()[-1] == whole[-1]
    if not _DESIGNATION.search(words) and (same_noun or not EQUIPMENT_ANYWHERE.search(words)):
        return None  # the same kind of thing (or none): no narrower kind named
    return _singular(words)


def model_after(after: str) -> tuple[str, int] | None:
    """A bare model named right after a part's number, and where it ends in ``after``."""
    named = _MODEL_PART_AFTER.match(after)
    if named is None:
        return None
    return _singular(named.group("model") or named.group("acronym")), named.end()


def _singular(words: str) -> str:
    plural = _NAME_PLURAL.search(words)
    return words[: plural.start("s")] if plural else words

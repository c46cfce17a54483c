"""Equipment broken down by model: the count of each model is a part of the kind counted
before it, with the model as its subgroup.

"Tanks: 37." followed by lines "T-72B3/B3M – 19", "T-90M – 5"; an aside "6 MLRS (BM-21
Grad – 5, TOS-1A – 1)" or "6 tanks (2 Leopard 1A5, 4 T-64BV)".
"""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure, new_figure
from extractor.numbers import NumberMention

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

"""Finding numbers in text, as written: "377,820", "864 860", "1.2 million", "four".

Shared by grounding (does the evidence contain the claim's number?) and the rules
backend (which numbers might be claims?). Deciding whether a number is a *claim* is
not done here.
"""

from __future__ import annotations

import re
from enum import StrEnum
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from extractor.first_characters import compiled
from extractor.folding import ascii_aware, fold


class NumberForm(StrEnum):
    DIGITS = "digits"  # 377,820 / 864 860 / 960
    SCALED = "scaled"  # 1.2 million / 3 thousand
    WORDS = "words"  # four / twenty-five / two hundred

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_WORDS, _DIGITS_FORM = NumberForm.WORDS, NumberForm.DIGITS


class NumberMention(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    start: int
    end: int
    value: int
    text: str
    form: NumberForm
    has_decimal: bool = False  # "2.5" without a scale word: not a count


# A NumberMention made from a tuple of all its fields, in C: the class's own __new__ is a
# Python function (a call more per number).
_new_mention = tuple.__new__


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}

# Thousands separators: comma, or a (narrow/no-break) space between groups of exactly three.
_SEP = r"[ \u00a0\u202f\u2009]"
# The first digit comes before the look-behind (the same test: no digit, '.' or ',' before
# it) so that re's search skips straight from digit to digit.
_DIGITS = (
    # ("1,5 million": a decimal comma before a scale word, as translations write it)
    rf"\d(?<![\d.,]\d)(?:\d{{0,2}},\d{{1,2}}(?=[ \u00a0]?(?:million|billion|mln|bn)\b)|"
    rf"\d{{0,2}}(?:,\d{{3}})+|\d{{0,2}}(?:{_SEP}\d{{3}})+|\d{{0,2}}(?:\.\d{{3}}){{2,}}"
    rf"(?![\d.])|\d*)(?:\.\d+)?(?![\d])"
    r"(?!,\d)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|mln|bn|k|m)\b"
_NUMBER_RE = ascii_aware(re.compile(
    rf"(?P<digits>{_DIGITS})(?:(?P<scale_gap>[ \u00a0-]?)(?P<scale>{_SCALE_WORD}))?"
))

_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", "thousand", "million"])
_WORD = "|".join(sorted([*_NUMBER_WORDS, "a"], key=len, reverse=True))
# Searched in the folded text: the matches of IGNORECASE in the text, found far quicker.
# "six hundred and eighteen thousand, nine hundred and sixty": a comma after a scale word
# when hundreds or tens follow (not "a thousand, two of them children")
_SCALE_COMMA = (
    r"(?:(?<=thousand)|(?<=million)),\s+(?=(?:[a-z]+[ -])?(?:hundred|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\b)"
)
_WORDS_RE = ascii_aware(re.compile(
    rf"\b(?:{_WORD})(?:(?:[ -]|\s+and\s+|{_SCALE_COMMA})(?:{_WORD}))*\b"
))


# Each word of a number in words is a whole word of the text: a text without a number word
# has none, and is spared the slower search. The words go by first letter ("e(?:ight|...)"),
# so that at each word re tries the few of its letter.
_SAME_LETTER = [
    "|".join(words) for _, words in groupby(sorted(_NUMBER_WORDS), key=itemgetter(0))
]
_A_NUMBER_WORD = compiled(rf"\b(?:{'|'.join(f'(?:{words})' for words in _SAME_LETTER)})\b")
# What every number in words holds, for a caller's own quicker test (IGNORECASE, in the text).
NUMBER_WORD = _A_NUMBER_WORD.pattern
_WORD_SPLIT = re.compile(r"[\s,-]+")
_TRAILING_CONJUNCTION = re.compile(r"(?:\s+(?:a|and))$", re.IGNORECASE)
_THOUSANDS_SEPARATOR = re.compile(rf"[,{_SEP[1:-1]}]")


def _digits_value(text: str) -> tuple[float, bool]:
    # Most numbers are bare digits: nothing to take out.
    cleaned = text if text.isdigit() else _THOUSANDS_SEPARATOR.sub("", text)
    return float(cleaned), "." in cleaned


def _words_value(words: list[str]) -> int | None:
    """Value of a run of number words, or None if it is not a well-formed number."""
    total = 0
    current = 0
    seen_number = False
    for word in words:
        if word == "a":
            # "a hundred", "a thousand": only valid right before a scale word.
            if seen_number:
                return None
            current = 1
            continue
        if word in _UNITS:
            if current % 100 >= 10 and current % 10 == 0 and current % 100 != 0 and word != "zero":
                current += _UNITS[word]  # "twenty one"
            elif current % 100 and current % 100 < 20:
                return None  # "five six" is two numbers, not one
            else:
                current += _UNITS[word]
            seen_number = True
        elif word in _TENS:
            if current % 100:
                return None
            current += _TENS[word]
            seen_number = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen_number = True
        elif word in ("thousand", "million", "billion"):
            total += max(current, 1) * _SCALES[word]
            current = 0
            seen_number = True
        else:
            return None
    return total + current if seen_number else None


_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many)\s+$", re.IGNORECASE)


def _word_mentions(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    folded = fold(text)  # as long as the text: the same offsets
    if not _A_NUMBER_WORD.search(folded):
        return mentions
    for match in _WORDS_RE.finditer(folded):
        raw = text[match.start() : match.end()]
        words = [w for w in _WORD_SPLIT.split(raw.lower()) if w and w != "and"]
        # Trim a trailing or lone article: "a" is only a number inside "a hundred".
        while words and words[-1] == "a":
            words.pop()
        if not words or words == ["a"]:
            continue
        if words[0] in _SCALES and _VAGUE_BEFORE.search(folded, max(0, match.start() - 10),
                                                         match.start()):  # fmt: skip
            continue  # "several hundred", "a few thousand": a vague amount, not a number
        value = _words_value(words)
        if value is None:
            # "between eight and ten": two numbers joined, not one ("one hundred and five")
            if "and" in raw.lower().split():
                mentions.extend(_joined_mentions(text, match.start(), raw))
            continue
        # Re-derive the exact span without a trailing " a" / " and".
        end = match.start() + len(raw.rstrip())
        span = text[match.start() : end]
        while _TRAILING_CONJUNCTION.search(span):
            span = _TRAILING_CONJUNCTION.sub("", span)
        if span.lower() == "a":
            continue
        mentions.append(
            NumberMention(match.start(), match.start() + len(span), value, span, _WORDS)
        )
    return mentions


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _joined_mentions(text: str, start: int, raw: str) -> list[NumberMention]:
    """The numbers of a run of number words that "and" joins but no one value reads."""
    found = []
    offset = 0
    for piece in _AND.split(raw):
        at = raw.index(piece, offset)
        offset = at + len(piece)
        words = [w for w in _WORD_SPLIT.split(piece.strip().lower()) if w]
        value = _words_value(words) if words and words != ["a"] else None
        if value is not None:
            span = piece.strip()
            begin = start + at + (len(piece) - len(piece.lstrip()))
            end = begin + len(span)
            found.append(NumberMention(begin, end, value, text[begin:end], _WORDS))
    return found


# "half a million", "a quarter of a million": a fraction of a scale word.
_FRACTION_OF_SCALE = re.compile(
    r"\b(?P<part>half|(?:a\s+)?quarter\s+of)\s+a\s+(?P<scale>million|billion)\b", re.IGNORECASE
)


# "two and a half thousand", "one and a half million": a whole and a half of a scale word.
_AND_A_HALF = re.compile(
    r"\b(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+"
    r"(?P<scale>thousand|million|billion)\b",
    re.IGNORECASE,
)


def find_numbers(text: str, *, spelled: bool = True, digits: bool = True) -> list[NumberMention]:
    """Every number written in ``text``, in order of appearance, without overlaps.

    ``spelled=False``: the caller knows ``text`` holds no number word (``NUMBER_WORD``);
    ``digits=False``: it knows ``text`` holds no digit.
    """
    mentions = []
    if digits:
        for match in _NUMBER_RE.finditer(text):
            # Most numbers are bare digits ("960"): no scale word took part (the digits group
            # closed last) and nothing to take out; read here, without two more calls (through
            # a float, as ``_digits_value`` reads every number).
            if match.lastindex == 1 and (raw := match.group()).isdigit():
                mentions.append(_new_mention(
                    NumberMention, (*match.span(), int(float(raw)), raw, _DIGITS_FORM, False)
                ))  # fmt: skip
            else:
                mentions.append(_digit_mention(match))
    if "a million" in text or "a billion" in text:
        for m in _FRACTION_OF_SCALE.finditer(text):
            divisor = 2 if m.group("part").lower() == "half" else 4
            value = _SCALES[m.group("scale").lower()] // divisor
            mentions.append(NumberMention(m.start(), m.end(), value, m.group(0), _WORDS))
    if spelled and "a half " in text:
        for m in _AND_A_HALF.finditer(text):
            scale = _SCALES[m.group("scale").lower()]
            value = _UNITS[m.group("whole").lower()] * scale + scale // 2
            mentions.append(NumberMention(m.start(), m.end(), value, m.group(0), _WORDS))
    words = _word_mentions(text) if spelled else []
    if not words:  # a fraction always holds a word mention ("a million")
        return mentions  # in order of appearance already
    taken = [(m.start, m.end) for m in mentions]
    for mention in words:
        if not any(s < mention.end and mention.start < e for s, e in taken):
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _digit_mention(match: re.Match[str]) -> NumberMention:
    scale = match.group("scale")
    if not scale:
        return _plain_digits(match)
    scale_lower = scale.lower()
    # "m"/"k" only count as scales when glued to the digits ("5m", "20k").
    if scale_lower in ("m", "k") and match.group("scale_gap"):
        return _plain_digits(match)
    digits = match.group("digits")
    if _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(",", ".")
    number, _ = _digits_value(digits)
    factor = _SCALES.get(scale_lower) or _SCALE_ABBREVIATIONS[scale_lower]
    return NumberMention(
        match.start(), match.end(), round(number * factor), match.group(0), NumberForm.SCALED
    )


# "950.000", "1.286": thousands grouped by dots, as German and Ukrainian write them (a
# decimal of exactly three places is rare in reporting, and never a count)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _plain_digits(match: re.Match[str]) -> NumberMention:
    raw = match.group("digits")
    if "." in raw and _DOT_GROUPED.fullmatch(raw):
        start, end = match.span("digits")
        return NumberMention(start, end, int(raw.replace(".", "")), raw, _DIGITS_FORM)
    number, has_decimal = _digits_value(raw)
    start, end = match.span("digits")
    return NumberMention(
        start,
        end,
        int(number) if not has_decimal else round(number),
        raw,
        _DIGITS_FORM,
        has_decimal,
    )


def number_values(text: str) -> frozenset[int]:
    """The set of integer values written in ``text`` (decimals without a scale excluded)."""
    return frozenset(m.value for m in find_numbers(text) if not m.has_decimal)


def parse_number(text: str) -> int | None:
    """The value of ``text`` if it is exactly one number, else None."""
    mentions = find_numbers(text.strip())
    if len(mentions) == 1 and mentions[0].text == text.strip() and not mentions[0].has_decimal:
        return mentions[0].value
    return None

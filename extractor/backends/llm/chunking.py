"""Long articles: pieces that fit a character budget, cut at paragraph or sentence ends.

Like langextract, a chunk is a window on the original text (``start``/``end`` offsets),
never a copy that drifts from it: claims found in a chunk can be placed in the whole
article. Consecutive chunks overlap by up to ``overlap`` characters (whole sentences
from the end of the previous chunk), so a figure whose context straddles a cut is seen
whole at least once; the duplicates that overlap produces are merged afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractor.pipeline import claim_identity
from schemas import Claim

DEFAULT_CHUNK_CHARS = 12_000
DEFAULT_OVERLAP_CHARS = 300

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and whitespace.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int
    text: str


def _pieces(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after each match of ``pattern``; spans keep the separator."""
    spans = []
    cursor = start
    for match in pattern.finditer(text, start, end):
        if match.end() > cursor:
            spans.append((cursor, match.end()))
            cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _units(text: str, budget: int) -> list[tuple[int, int]]:
    """Paragraphs; a paragraph over budget becomes sentences; a sentence over it, hard cuts."""
    units: list[tuple[int, int]] = []
    for p_start, p_end in _pieces(text, 0, len(text), _PARAGRAPH_BREAK):
        if p_end - p_start <= budget:
            units.append((p_start, p_end))
            continue
        for s_start, s_end in _pieces(text, p_start, p_end, _SENTENCE_END):
            position = s_start
            while s_end - position > budget:
                # Cut at the last space inside the budget, or mid-word if there is none.
                space = text.rfind(" ", position + 1, position + budget)
                cut = space + 1 if space > position else position + budget
                units.append((position, cut))
                position = cut
            units.append((position, s_end))
    return units


def _overlap_start(text: str, chunk_start: int, chunk_end: int, overlap: int) -> int:
    """Where the next chunk starts: the last whole sentences within ``overlap`` characters."""
    if overlap <= 0:
        return chunk_end
    floor = max(chunk_start + 1, chunk_end - overlap)
    for s_start, _ in _pieces(text, floor, chunk_end, _SENTENCE_END):
        sentence_start = s_start
        # _pieces starts its first span at ``floor``, which may be mid-sentence; skip it.
        if sentence_start == floor and not _starts_sentence(text, floor):
            continue
        return sentence_start
    return chunk_end


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?\n\"'\u201d\u2019)]"


def split_text(
    text: str, budget: int = DEFAULT_CHUNK_CHARS, overlap: int = DEFAULT_OVERLAP_CHARS
) -> list[Chunk]:
    """The whole text as one chunk when it fits ``budget``; otherwise windows that do."""
    if budget <= 0:
        raise ValueError("chunk budget must be positive")
    if len(text) <= budget:
        return [Chunk(0, len(text), text)]
    overlap = min(overlap, budget // 4)  # overlap must never stop a chunk from advancing
    units = _units(text, budget - overlap)
    chunks: list[Chunk] = []
    index = 0
    carry_start: int | None = None
    while index < len(units):
        start = carry_start if carry_start is not None else units[index][0]
        end = units[index][1]
        index += 1
        while index < len(units) and units[index][1] - start <= budget:
            end = units[index][1]
            index += 1
        chunks.append(Chunk(start, end, text[start:end]))
        carry_start = _overlap_start(text, start, end, overlap) if index < len(units) else None
        if carry_start is not None and carry_start >= end:
            carry_start = None
    return chunks


def place_claim(claim: Claim, chunk: Chunk) -> Claim:
    """Give a claim found in ``chunk`` offsets in the whole article, when its quote is exact.

    These are hints: grounding checks them against the whole text and never trusts
    them blindly. A quote that is not verbatim gets no offsets and is searched for.
    """
    found = chunk.text.find(claim.evidence)
    if found < 0:
        return claim
    start = chunk.start + found
    return claim.model_copy(update={"start": start, "end": start + len(claim.evidence)})


def merge_chunk_claims(per_chunk: Iterable[tuple[Chunk, list[Claim]]]) -> list[Claim]:
    """All chunks' claims, each mention once: overlap duplicates are dropped here.

    Two claims are the same mention when they say the same thing and quote the same
    place: overlapping offsets, or the same words when a quote could not be placed. The
    same figure at a different place is left for the pipeline's repeat handling.
    """
    merged: list[Claim] = []
    spans: dict[tuple[object, ...], list[tuple[int, int]]] = {}
    quotes: set[tuple[object, ...]] = set()
    for chunk, claims in per_chunk:
        for claim in claims:
            placed = place_claim(claim, chunk)
            identity = claim_identity(placed)
            if placed.start is not None and placed.end is not None:
                span = (placed.start, placed.end)
                known = spans.setdefault(identity, [])
                if any(start < span[1] and span[0] < end for start, end in known):
                    continue
                known.append(span)
            else:
                quote = (*identity, " ".join(placed.evidence.lower().split()))
                if quote in quotes:
                    continue
                quotes.add(quote)
            merged.append(placed)
    return merged

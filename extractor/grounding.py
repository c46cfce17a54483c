"""Grounding: locate each candidate's evidence in the article text, or reject it.

Every backend goes through here. A claim survives only if its evidence is found in the
text (verbatim, or near-verbatim via rapidfuzz) *and* that span contains the claim's
number as written. On success ``evidence`` is replaced by the exact text span, so
``text[start:end] == evidence`` always holds for accepted claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractor.numbers import find_numbers, number_values
from schemas import Alignment, Claim, RejectedClaim, RejectionReason

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_EXACT = Alignment.EXACT

# A fuzzy match must score at least this (0-100) on rapidfuzz's partial ratio.
FUZZY_MIN_SCORE = 90.0

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " "})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    alignment: Alignment


def _normalise(text: str) -> tuple[str, list[int]]:
    """Fold quotes/dashes and collapse whitespace; return the text and an index map back."""
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for position, char in enumerate(text.translate(_QUOTES)):
        if char.isspace():
            if previous_space:
                continue
            char = " "
            previous_space = True
        else:
            previous_space = False
        out.append(char.lower())
        index.append(position)
    return "".join(out), index


def _exact_span(text: str, evidence: str, hint: int | None) -> Span | None:
    positions = [m.start() for m in re.finditer(re.escape(evidence), text)]
    if not positions:
        return None
    best = min(positions, key=lambda p: abs(p - hint)) if hint is not None else positions[0]
    return Span(best, best + len(evidence), _EXACT)


def _normalised_span(text: str, evidence: str) -> Span | None:
    norm_text, index = _normalise(text)
    norm_evidence, _ = _normalise(evidence.strip())
    found = norm_text.find(norm_evidence)
    if found < 0 or not norm_evidence:
        return None
    start = index[found]
    end = index[found + len(norm_evidence) - 1] + 1
    return Span(start, end, Alignment.FUZZY)


def _fuzzy_span(text: str, evidence: str, claim: Claim) -> Span | None:
    """Align the evidence near each place the claim's number occurs in the text.

    Searching only windows around the number keeps this linear in the article length and
    makes sure the aligned span is the one that carries the figure.
    """
    wanted = {v for v in (claim.value, claim.low, claim.high) if v is not None}
    width = len(evidence)
    best: tuple[float, int, int] | None = None
    for mention in find_numbers(text):
        if mention.value not in wanted:
            continue
        lo = max(0, mention.start - width - 20)
        hi = min(len(text), mention.end + width + 20)
        result = fuzz.partial_ratio_alignment(
            evidence, text[lo:hi], processor=lambda s: s.lower(), score_cutoff=FUZZY_MIN_SCORE
        )
        if result is None:
            continue
        candidate = (result.score, lo + result.dest_start, lo + result.dest_end)
        if best is None or candidate[0] > best[0]:
            best = candidate
    if best is None:
        return None
    return Span(best[1], best[2], Alignment.FUZZY)


def locate_evidence(text: str, claim: Claim) -> Span | None:
    """Where ``claim.evidence`` stands in ``text``, trusting offsets only if they check out."""
    evidence = claim.evidence
    if (
        claim.start is not None
        and claim.end is not None
        and text[claim.start : claim.end] == evidence
    ):
        return Span(claim.start, claim.end, _EXACT)
    return (
        _exact_span(text, evidence, claim.start)
        or _normalised_span(text, evidence)
        or _fuzzy_span(text, evidence, claim)
    )


def contains_number(evidence: str, claim: Claim) -> bool:
    """Does the evidence write the claim's number (both bounds, for a range)?"""
    wanted = [claim.value] if claim.value is not None else [claim.low, claim.high]
    # Numbers in digits are all among the evidence's numbers (one in words counts only where
    # it overlaps none of them): most claims' numbers are digits, found without the slower
    # search for number words.
    in_digits = {m.value for m in find_numbers(evidence, spelled=False) if not m.has_decimal}
    if all(v in in_digits for v in wanted):
        return True
    values = number_values(evidence)
    return all(v in values for v in wanted)


def ground_claim(text: str, claim: Claim) -> Claim | RejectedClaim:
    """The claim with offsets and verbatim evidence, or its rejection with the reason."""
    span = locate_evidence(text, claim)
    if span is None:
        return RejectedClaim(
            claim=claim.model_copy(
                update={"alignment": Alignment.NONE, "start": None, "end": None}
            ),
            reason=RejectionReason.EVIDENCE_NOT_FOUND,
            detail=f"evidence {_preview(claim.evidence)} does not occur in the article text",
        )
    grounded = claim.model_copy(
        update={
            "evidence": text[span.start : span.end],
            "start": span.start,
            "end": span.end,
            "alignment": span.alignment,
        }
    )
    if not contains_number(grounded.evidence, grounded):
        return RejectedClaim(
            claim=grounded,
            reason=RejectionReason.NUMBER_NOT_IN_EVIDENCE,
            detail=f"evidence {_preview(grounded.evidence)} does not contain the number "
            f"{grounded.number_label()}",
        )
    return grounded


def ground_claims(text: str, claims: list[Claim]) -> tuple[list[Claim], list[RejectedClaim]]:
    """Ground every candidate; return (accepted claims, rejected candidates) in input order."""
    accepted: list[Claim] = []
    rejected: list[RejectedClaim] = []
    for claim in claims:
        result = ground_claim(text, claim)
        (rejected if isinstance(result, RejectedClaim) else accepted).append(result)
    return accepted, rejected


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

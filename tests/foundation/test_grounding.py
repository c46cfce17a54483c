"""Grounding: every claim's evidence is located in the text, or the claim is rejected."""

from __future__ import annotations

from extractor.grounding import ground_claim, ground_claims
from schemas import Alignment, Claim, RejectedClaim, RejectionReason

TEXT = (
    "Russia lost 960 troops in a single day, Kyiv's military said on Tuesday.\n\n"
    "The General Staff said Russia had lost “more than 6,200 tanks” since the war began. "
    "A photo caption repeated it: Russia lost 960 troops in a single day."
)


def draft(evidence: str, value: int = 960, **changes: object) -> Claim:
    return Claim.model_validate({
        "subject": "russia", "categories": ["casualties"], "value": value, "scope": "daily",
        "claimant": "General Staff of the Armed Forces of Ukraine",
        "claimant_type": "ukraine_official", "evidence": evidence, **changes,
    })  # fmt: skip


def test_exact_evidence_gets_its_offsets() -> None:
    grounded = ground_claim(TEXT, draft("Russia lost 960 troops"))
    assert isinstance(grounded, Claim)
    assert grounded.alignment is Alignment.EXACT
    assert TEXT[grounded.start : grounded.end] == "Russia lost 960 troops" == grounded.evidence
    assert grounded.start == 0  # the first occurrence when no offset hint is given


def test_an_offset_hint_picks_the_nearest_occurrence() -> None:
    second = TEXT.rindex("Russia lost 960 troops")
    grounded = ground_claim(TEXT, draft("Russia lost 960 troops", start=second - 5, end=second + 3))
    assert isinstance(grounded, Claim) and grounded.start == second


def test_correct_offsets_are_kept_as_given() -> None:
    second = TEXT.rindex("Russia lost 960 troops")
    evidence = "Russia lost 960 troops"
    grounded = ground_claim(TEXT, draft(evidence, start=second, end=second + len(evidence)))
    assert isinstance(grounded, Claim) and grounded.start == second


def test_straight_quotes_and_spacing_align_fuzzily_to_the_verbatim_span() -> None:
    quoted = 'Russia had lost "more than 6,200   tanks"'
    grounded = ground_claim(TEXT, draft(quoted, value=6_200, categories=["tanks"]))
    assert isinstance(grounded, Claim)
    assert grounded.alignment is Alignment.FUZZY
    assert grounded.evidence == "Russia had lost “more than 6,200 tanks”"
    assert TEXT[grounded.start : grounded.end] == grounded.evidence


def test_a_small_misquote_aligns_with_rapidfuzz() -> None:
    grounded = ground_claim(TEXT, draft("Rusia lost 960 troop in a single day"))
    assert isinstance(grounded, Claim)
    assert grounded.alignment is Alignment.FUZZY
    assert "960" in grounded.evidence and TEXT[grounded.start : grounded.end] == grounded.evidence


def test_invented_evidence_is_rejected() -> None:
    rejected = ground_claim(TEXT, draft("Russia lost 960 helicopters over Crimea last spring"))
    assert isinstance(rejected, RejectedClaim)
    assert rejected.reason is RejectionReason.EVIDENCE_NOT_FOUND
    assert rejected.claim.alignment is Alignment.NONE


def test_evidence_without_the_claims_number_is_rejected() -> None:
    rejected = ground_claim(TEXT, draft("Russia lost 960 troops", value=961))
    assert isinstance(rejected, RejectedClaim)
    assert rejected.reason is RejectionReason.NUMBER_NOT_IN_EVIDENCE
    assert "961" in rejected.detail


def test_a_range_needs_both_bounds_in_the_evidence() -> None:
    text = "Ukraine had suffered 124,500 to 131,000 casualties."
    ok = draft("124,500 to 131,000 casualties", value=None, low=124_500, high=131_000)
    bad = draft("131,000 casualties", value=None, low=124_500, high=131_000)
    accepted, rejected = ground_claims(text, [ok, bad])
    assert [c.low for c in accepted] == [124_500]
    assert [r.reason for r in rejected] == [RejectionReason.NUMBER_NOT_IN_EVIDENCE]


def test_numbers_written_as_words_count_as_written() -> None:
    text = "The enemy also lost one submarine."
    grounded = ground_claim(text, draft("lost one submarine", value=1, categories=["submarines"]))
    assert isinstance(grounded, Claim) and grounded.evidence == "lost one submarine"

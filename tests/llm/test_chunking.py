"""Splitting long articles and merging what the chunks found."""

from __future__ import annotations

from itertools import pairwise

import pytest

from extractor.backends.llm.chunking import merge_chunk_claims, split_text
from schemas import Category, Claim, ClaimantType, Scope, Subject


def _paragraphs(count: int, sentences: int = 6) -> str:
    return "\n\n".join(
        " ".join(f"Paragraph {p} sentence {s} says little." for s in range(sentences))
        for p in range(count)
    )


def test_short_text_is_one_chunk():
    chunks = split_text("Short text.", budget=500)
    assert [(c.start, c.end) for c in chunks] == [(0, 11)]


@pytest.mark.parametrize(("budget", "overlap"), [(200, 0), (300, 60), (500, 120), (1000, 300)])
def test_chunks_fit_the_budget_cover_the_text_and_are_windows_on_it(budget, overlap):
    text = _paragraphs(9)
    chunks = split_text(text, budget, overlap)
    assert len(chunks) > 1
    covered = set()
    for chunk in chunks:
        assert len(chunk.text) <= budget
        assert text[chunk.start : chunk.end] == chunk.text
        covered.update(range(chunk.start, chunk.end))
    assert covered == set(range(len(text)))
    assert all(b.start > a.start for a, b in pairwise(chunks))


def test_cuts_fall_on_sentence_or_paragraph_ends():
    text = _paragraphs(6)
    for chunk in split_text(text, 300, 60)[:-1]:
        assert chunk.text.rstrip().endswith(".")


def test_overlap_repeats_whole_sentences_of_the_previous_chunk():
    text = _paragraphs(6)
    chunks = split_text(text, 300, 80)
    overlapping = [(a, b) for a, b in pairwise(chunks) if b.start < a.end]
    assert overlapping
    for first, second in overlapping:
        shared = text[second.start : first.end]
        assert 0 < len(shared) <= 80
        assert shared.startswith("Paragraph")  # a sentence start, not mid-word


def test_a_sentence_longer_than_the_budget_is_cut_at_spaces():
    text = " ".join(["word"] * 200)  # one 999-character "sentence"
    chunks = split_text(text, 250, 0)
    assert all(len(c.text) <= 250 for c in chunks)
    assert "".join(c.text for c in chunks) == text
    assert all(not c.text.startswith("ord") for c in chunks)


def _claim(value: int, evidence: str) -> Claim:
    return Claim(
        subject=Subject.RUSSIA,
        categories=[Category.TANKS],
        value=value,
        scope=Scope.DAILY,
        claimant="General Staff",
        claimant_type=ClaimantType.UKRAINE_OFFICIAL,
        evidence=evidence,
    )


def test_merge_drops_a_mention_seen_by_two_chunks_but_keeps_real_repeats():
    text = "Russia lost 12 tanks. Nothing else. Later: Russia lost 12 tanks."
    first, second = split_text(text, 40, 20)[:2]
    assert "Russia lost 12 tanks" in first.text
    quote = "Russia lost 12 tanks"
    merged = merge_chunk_claims(
        [
            (first, [_claim(12, quote)]),
            (second, [_claim(12, quote)]),  # the same words, but placed later in the text
            (first, [_claim(12, quote + ".")]),  # overlapping span of the first mention
        ]
    )
    spans = sorted((c.start, c.end) for c in merged)
    assert spans[0] == (0, len(quote))
    assert len(merged) == 2  # the repeat at the end is a different mention: pipeline's call


def test_merge_falls_back_to_the_quote_when_it_cannot_be_placed():
    chunk = split_text("Russia lost 12 tanks.", 500)[0]
    merged = merge_chunk_claims(
        [
            (chunk, [_claim(12, "Russia  lost 12 Tanks")]),
            (chunk, [_claim(12, "russia lost 12 tanks")]),
        ]
    )
    assert len(merged) == 1 and merged[0].start is None

"""People counted by a nationality that is neither side's: civilians of a third country
are `other`'s losses; foreigners who serve in an army are that army's side's. Each text is
written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Claim, Population, Subject


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=date(2025, 1, 29))
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_civilians_of_a_third_country_are_others_losses() -> None:
    claims = claims_of(
        "The missile hit the ship at the quay, killing four Egyptian nationals and injuring "
        "two Turkish citizens, the port authority said."
    )
    assert claims[4].subject is Subject.OTHER
    assert claims[4].population is Population.CIVILIAN
    assert claims[2].subject is Subject.OTHER


def test_foreigners_serving_in_an_army_are_its_sides() -> None:
    claims = claims_of(
        "A researcher in Yerevan said on Monday that he had identified at least 986 foreign "
        "nationals killed while serving in the Russian army. The ministry of Peru confirmed "
        "the deaths of at least 12 Peruvian citizens fighting for Ukraine."
    )
    assert claims[986].subject is Subject.RUSSIA
    assert claims[986].population is Population.MILITARY
    assert claims[12].subject is Subject.UKRAINE
    assert claims[12].population is Population.MILITARY

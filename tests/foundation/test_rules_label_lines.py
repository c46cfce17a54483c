"""Label lines of people's fates, as infographics and fact boxes give them: "Killed: at
least 11,520", "Children injured: 1,561". Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, Population, Qualifier

PUBLISHED = date(2024, 8, 24)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_fate_labels_count_their_line_and_children_are_a_civilian_subgroup() -> None:
    claims = claims_of(
        "The panel headed \"Civilians\" takes its figures from the UN Human Rights Monitoring "
        "Mission in Ukraine:\n\n"
        "Killed: at least 11,520\n"
        "Children injured: 1,561\n"
        "Wounded: 23,640\n"
        "Attacks on hospitals recorded: 42\n"
    )
    assert claims[11_520].categories == [Category.KILLED]
    assert claims[11_520].qualifier is Qualifier.AT_LEAST
    assert claims[23_640].categories == [Category.WOUNDED]
    injured = claims[1_561]
    assert (injured.categories, injured.subgroup) == ([Category.WOUNDED], "children")
    assert injured.population is Population.CIVILIAN
    assert 42 not in claims  # a count of attacks names no fate


def test_a_label_dates_its_own_line() -> None:
    claims = claims_of(
        "The UN Human Rights Monitoring Mission in Ukraine gives these figures:\n\n"
        "Killed in July 2024 alone: 219\n"
    )
    assert claims[219].scope.value == "period"
    assert claims[219].as_of == "2024-07"

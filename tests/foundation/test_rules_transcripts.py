"""How the rules backend reads a transcript and a ticker: an editor's note that names the
day the transcript records makes that day the speakers' "today"; a ticker's timed lines are
items of their own; a host who announces a source's numbers and reads them out item by item
("Tanks: 11,021.") gives them all to that source; an interview about losing counts a bare
answer's equipment, but not the drones launched. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Population, Qualifier, Scope, Subject

PUBLISHED = date(2025, 7, 10)  # a Thursday


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED)
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


HEARING = (
    "The following are edited excerpts from Tuesday's session of the defence committee.\n\n"
    "CHAIR: The General Staff said this morning that Russia has lost 1,040,300 troops, "
    "1,110 of them in the past 24 hours."
)


def test_a_transcripts_today_is_the_day_its_editors_note_names() -> None:
    claims = claims_of(HEARING)
    assert claims[1_040_300].as_of == "2025-07-08"
    assert claims[1_110].as_of == "2025-07-08"


def test_without_the_note_today_is_the_day_of_publication() -> None:
    claims = claims_of(HEARING.split("\n\n", 1)[1])
    assert claims[1_040_300].as_of == PUBLISHED.isoformat()


def test_a_record_of_a_named_day_is_no_transcripts_note() -> None:
    claims = claims_of(
        "Russia lost 1,110 troops in the past 24 hours, the General Staff said. The previous "
        "record of 2,030 was set on July 1."
    )
    assert claims[1_110].as_of == PUBLISHED.isoformat()


TICKER = (
    "EVENING CRAWL | THURSDAY\n"
    "18:05 | KHERSON: Governor says Russian shelling killed three civilians and wounded 12 "
    "in the region over the past day\n"
    "18:11 | UN mission says it has verified 12,410 civilian deaths since February 2022; the "
    'actual toll is "likely considerably higher"'
)


def test_a_tickers_timed_lines_are_items_of_their_own() -> None:
    claims = claims_of(TICKER)
    # (the UN's remark that its toll falls short is about its own count, not the governor's)
    assert claims[3].qualifier is Qualifier.EXACT
    assert claims[12].qualifier is Qualifier.EXACT
    assert claims[12_410].qualifier is Qualifier.AT_LEAST


READ_OUT = (
    "[04:10] Overnight, the Air Force says 61 of 80 Shahed drones were shot down.\n\n"
    "[05:45] And finally, the General Staff's morning numbers. Total Russian personnel "
    "losses now stand at about 1,041,800. Tanks: 11,021. Armored combat vehicles: 22,904. "
    "And 51,377 operational-tactical drones."
)


def test_a_tally_read_out_item_by_item_is_the_announced_sources() -> None:
    claims = claims_of(READ_OUT)
    for value in (1_041_800, 11_021, 22_904, 51_377):
        claim = claims[value]
        assert claim.claimant == "General Staff of the Armed Forces of Ukraine"
        assert claim.scope is Scope.CUMULATIVE
        # "the morning numbers" are the day's
        assert claim.as_of == PUBLISHED.isoformat()
    assert claims[11_021].categories == [Category.TANKS]
    assert claims[51_377].categories == [Category.UAV]


def test_an_interview_about_losing_counts_a_bare_equipment_answer() -> None:
    article = Article(
        title='"We lose one of ours for every six of theirs": a commander on his sector',
        text="Q: And equipment?\n\nA: Seven tanks and 19 armoured vehicles this month. They "
        "launch 200 to 300 FPV drones at us every day.",
        published=PUBLISHED,
    )
    claims = extract_article(article, create_backend("rules")).claims
    counted = {(c.value, c.categories[0]) for c in claims}
    assert (7, Category.TANKS) in counted
    assert (19, Category.ARMORED_COMBAT_VEHICLES) in counted
    # drones launched are none lost
    assert all(Category.UAV not in c.categories for c in claims)


def test_a_paragraph_about_losses_counts_its_later_equipment() -> None:
    claims = claims_of(
        "[02:05] An analyst has been logging visually confirmed Russian losses around "
        "Kurakhove since August 1. His count as of Sunday night: 164 tanks and armored "
        "fighting vehicles. He's also logged 12 artillery pieces. A drone unit there says it "
        "flies up to 250 strike drones a day, and Washington would send two more air defence "
        "systems."
    )
    # (one combined number for both kinds)
    assert claims[164].categories == [Category.ARMORED_COMBAT_VEHICLES, Category.TANKS]
    assert claims[12].categories == [Category.ARTILLERY_SYSTEMS]
    # the time stamp is no part of a name
    assert not claims[164].claimant.startswith("]")
    # drones flown and systems to be sent are none lost
    assert 250 not in claims and 2 not in claims


def test_a_posts_label_naming_a_titled_person_is_its_speaker() -> None:
    claims = claims_of(
        "Zarichansk City Council | official channel\n\n"
        "14:10\nMayor Ihor Lytvynenko: At this moment we know of 3 dead and 9 wounded after "
        "the bombing of Soborna Street."
    )
    assert claims[3].claimant == "Ihor Lytvynenko"
    assert claims[9].claimant == "Ihor Lytvynenko"


def test_a_label_with_an_aside_introduces_its_speaker_for_later_labels() -> None:
    claims = claims_of(
        "The following is an edited transcript of a panel held in Vilnius.\n\n"
        "OKSANA DMYTRENKO (member of the Verkhovna Rada, national security committee): Today "
        "the General Staff put Russian personnel losses at 856,660 since the invasion began.\n\n"
        "MARTIN KELLER (deputy assistant secretary general for intelligence, NATO): Our "
        "assessment is that Russia has now taken roughly 700,000 casualties, killed and "
        "wounded together.\n\n"
        "DMYTRENKO: The president gave our figures earlier this month: 45,100 killed and "
        "390,000 wounded."
    )
    assert claims[700_000].claimant == "Martin Keller"
    assert claims[700_000].claimant_type is ClaimantType.INTERNATIONAL_ORG
    assert claims[700_000].population is Population.MILITARY  # (NATO's toll is of armies)
    assert claims[45_100].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[45_100].subject is Subject.UKRAINE  # ("our figures")

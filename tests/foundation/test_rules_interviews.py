"""How the rules backend reads an interview: an answer's figures are its speaker's (named by
a label or as "A:"), the "we" in it is the speaker's unit, not the outlet, and a period
"over the past week" runs to the interview's day. Each text is written for the test.
"""

from __future__ import annotations

from datetime import date

from extractor.backends import create_backend
from extractor.pipeline import extract_article
from schemas import Article, Category, Claim, ClaimantType, Subject

PUBLISHED = date(2025, 9, 8)


def claims_of(text: str) -> dict[int, Claim]:
    article = Article(text=text, published=PUBLISHED, outlet="The Night Desk")
    claims = extract_article(article, create_backend("rules")).claims
    return {c.value: c for c in claims if c.value is not None}


def test_a_labelled_answer_is_its_speakers_and_we_is_his_unit() -> None:
    claims = claims_of(
        "Major Petro Savchuk, 41, commands a drone battalion of a Ukrainian brigade near "
        "Pokrovsk. He spoke to The Night Desk on Friday.\n\n"
        "The Night Desk: What does that cost them?\n\n"
        "Savchuk: In August our crews confirmed 980 Russian soldiers hit by our drones. Since "
        "June we have sunk 12 of their boats. In the whole of August my battalion lost four "
        "men killed and 13 wounded.\n\n"
        "Tanks: 37"
    )
    for value in (980, 12, 4, 13):
        assert claims[value].claimant == "Petro Savchuk"
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert claims[12].subject is Subject.RUSSIA  # "their boats": the enemy's
    assert claims[4].subject is claims[13].subject is Subject.UKRAINE  # his own battalion's


def test_an_answer_after_a_question_is_the_introduced_interviewees() -> None:
    claims = claims_of(
        "Colonel Ivan Tkach, the spokesman for Ukraine's southern forces, answered our "
        "questions.\n\n"
        "Q: How many Russian troops has the south seen lost?\n\n"
        "A: Over the past week, on the southern axes, the enemy lost 1,184 personnel killed and "
        "wounded. We also destroyed nine tanks."
    )
    assert claims[1_184].claimant == "Ivan Tkach"
    assert claims[1_184].as_of == "2025-09-08"  # "over the past week": up to the day
    assert claims[9].claimant == "Ivan Tkach"


def test_transcript_labels_in_capitals_with_titles_or_timestamps_name_their_speaker() -> None:
    claims = claims_of(
        "DEFENSE DEPARTMENT PRESS BRIEFING\nPentagon Press Secretary Dana Whitcomb\n\n"
        "MS. WHITCOMB: Good afternoon. Our assessment is that Russia has suffered more than "
        "700,000 killed or wounded since February 2022.\n\n"
        "The Minister for the Armed Forces (Mr David Rourke): Our assessment is that Russia has "
        "lost some 3,000 tanks.\n\n"
        "Daniel Ross works on an independent research project.\n\n"
        "[00:01:12] DANIEL ROSS: We have counted 69,318 Russian soldiers killed."
    )
    assert claims[700_000].claimant == "Dana Whitcomb"
    assert claims[700_000].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert claims[3_000].claimant == "David Rourke"
    assert (claims[69_318].claimant, claims[69_318].claimant_type) == (
        "Daniel Ross", ClaimantType.INDEPENDENT)


def test_a_question_label_introduces_no_speaker() -> None:
    claims = claims_of(
        "The Front Desk: The General Staff says Russia is losing about 1,000 soldiers a day.\n\n"
        "Kravets: In our sector it averaged 35 a day in August, killed and wounded."
    )
    assert claims[35].claimant != "Front Desk"


def test_a_hearings_abbreviated_titles_and_the_words_after_a_name() -> None:
    claims = claims_of(
        "The following are excerpts from Monday's hearing on the war in Ukraine. The witness "
        "was Lt. Gen. Raymond Costa, director of the Defense Intelligence Agency, and the "
        "hearing was chaired by a senator from Ohio.\n\n"
        "CHAIRMAN: What is your estimate?\n\n"
        "GEN. COSTA: We have visually confirmed the loss of more than 3,700 Russian tanks. "
        "Russia has suffered some 800,000 casualties; of that number, we judge roughly "
        "200,000 to have been killed."
    )
    for value in (3_700, 800_000, 200_000):
        assert claims[value].claimant == "Raymond Costa"
        # the agency after his name, not the war before it, says whom he serves
        assert claims[value].claimant_type is ClaimantType.FOREIGN_OFFICIAL
    assert claims[200_000].categories[0].value == "killed"


def test_an_unlabelled_answer_to_a_question_put_to_you_is_the_interviewees() -> None:
    claims = claims_of(
        "Major Petro Hnatiuk, 46, runs the surgical team of a stabilisation point west of "
        "Pokrovsk. We spoke on Tuesday.\n\n"
        "How many wounded are you seeing now?\n\n"
        "In December we took in 1,392 wounded. That is the most since I came here.\n\n"
        "What was the worst day?\n\n"
        "January 11. We received 94 wounded in one day."
    )
    for value in (1392, 94):
        assert claims[value].claimant == "Petro Hnatiuk"
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL
        assert claims[value].subject is Subject.UKRAINE  # the wounded its medics take in


def test_an_address_given_in_full_is_its_speakers_and_this_week_runs_from_monday() -> None:
    claims = claims_of(  # published on a Monday: September 8, 2025
        "The following is our translation of President Volodymyr Zelensky's evening video "
        "address, as published on his official channels.\n\n"
        "Last night the occupiers launched 119 attack drones. Our air defence forces shot down "
        "73 of the drones. Since Saturday, our air defence has destroyed 41 cruise missiles.\n\n"
        "This week our warriors in the Pokrovsk direction destroyed 11 Russian tanks.\n\n"
        "WIRE RECAP\n\n"
        "KYIV, Sept 8 (The Night Desk) - Kharkiv regional governor Oleh Syniehubov said 27 "
        "people had been injured."
    )
    for value in (73, 41, 11):
        assert claims[value].claimant == "Volodymyr Zelensky"
        assert claims[value].claimant_type is ClaimantType.UKRAINE_OFFICIAL
    assert (claims[41].scope.value, claims[41].period_start) == ("period", "2025-09-06")
    assert (claims[11].period_start, claims[11].as_of) == ("2025-09-08", "2025-09-08")
    assert claims[27].claimant != "Volodymyr Zelensky"  # past the address's end
    assert "Syniehubov" in claims[27].claimant


def test_an_exile_is_independent_and_his_we_is_the_side_he_left() -> None:
    article = Article(text=(
        "Ivan Sorokin, 44, served as a major in a Russian motor rifle brigade before leaving "
        "Russia in 2023. He now lives in Riga and runs a channel critical of the war.\n\n"
        "Riga Review: How many did the brigade lose?\n\n"
        "Sorokin: In that month I'd say 300 killed. We also lost at least twenty tanks."
    ), published=date(2024, 10, 7))  # fmt: skip
    claims = {c.value: c for c in extract_article(article, create_backend("rules")).claims}
    for value in (300, 20):
        assert (claims[value].claimant_type, claims[value].subject) == (
            ClaimantType.INDEPENDENT, Subject.RUSSIA)


def test_a_figure_denied_by_restating_it_is_no_new_claim() -> None:
    text = (
        "HOST: Russia's Defence Ministry said on Saturday that Ukraine had lost up to 185 "
        "servicemen in a day in your sector.\n\n"
        "COMMANDER: Not 185. Not even close. They write whatever number they like.\n\n"
        "HOST: The General Staff put Russian losses at 828,470 this morning.\n\n"
        "ANALYST: Not 828,470 dead - 828,470 casualties, and people mix those up."
    )
    claims = extract_article(Article(text=text, published=date(2025, 3, 30)),
                             create_backend("rules")).claims  # fmt: skip
    assert sorted(c.value for c in claims if c.value) == [185, 828_470]
    assert {c.claimant_type for c in claims if c.value == 185} == {ClaimantType.RUSSIA_OFFICIAL}


def test_a_thread_reproduced_in_full_is_its_authors_in_the_first_person() -> None:
    claims = claims_of(
        "Latvia's defence minister, Andris Ozols, set out his ministry's reading of Russian "
        "losses in a six-part thread on X on Monday. We reproduce it in full.\n\n"
        "1/6 Today is day 1,363 of the war. Four times a year our military intelligence "
        "updates its assessment. Here is the picture.\n\n"
        "2/6 Killed: our analysts now estimate that about 260,000 Russian servicemen have "
        "died since February 2022.\n\n"
        "3/6 Kyiv counts higher: Ukraine's General Staff put the figure at 1,159,420 this "
        "morning. The methods differ.\n\n"
        "4/6 The tempo has not slowed. In October Russia lost on average about 1,000 men a "
        "day. We assess that about 4,100 Russian tanks have been destroyed outright."
    )
    for value in (260_000, 1_000, 4_100):
        assert claims[value].claimant == "Andris Ozols"
        assert claims[value].claimant_type is ClaimantType.FOREIGN_OFFICIAL


def test_an_essays_byline_names_who_counts_in_the_first_person() -> None:
    text = (
        "By Olena Marchuk\n\n"
        "Olena Marchuk is a combat medic in the Armed Forces of Ukraine. This essay was "
        "translated from Ukrainian.\n\n"
        "In the twelve months I served there, our point took in 2,950 wounded soldiers."
    )
    claim = claims_of(text)[2_950]
    assert (claim.claimant, claim.claimant_type) == ("Olena Marchuk", ClaimantType.UKRAINE_OFFICIAL)
    # A news story's byline is its reporter's, who counts nothing
    news = claims_of(
        "By Olena Marchuk\n\nKYIV - Russia has lost 4,000 tanks since the invasion began, "
        "Ukraine's General Staff said on Monday. The war goes on."
    )
    assert news[4_000].claimant == "General Staff of the Armed Forces of Ukraine"
    unsourced = claims_of("By Olena Marchuk\n\nRussia has lost 4,000 tanks in the war.")
    assert unsourced[4_000].claimant != "Olena Marchuk"


def test_an_interviewers_question_on_losses_makes_the_answers_bare_counts_losses() -> None:
    article = Article(text=(
        "Colonel Taras Levchenko commands a mechanized brigade in the Huliaipole direction.\n\n"
        "How many Russian soldiers has your brigade hit since July?\n\n"
        "By our count 2,340, all of them on video.\n\n"
        "And equipment?\n\n"
        "Thirty-one tanks, 64 armoured vehicles of different types, and between 40 and 50 "
        "artillery pieces.\n\n"
        "What does a brigade need most?\n\n"
        "More people. We received 120 new men in October."
    ), published=PUBLISHED)
    claims = list(extract_article(article, create_backend("rules")).claims)
    by_value = {c.value: c for c in claims if c.value is not None}
    assert by_value[31].categories == [Category.TANKS]
    assert by_value[64].categories == [Category.ARMORED_COMBAT_VEHICLES]
    assert 120 not in by_value  # the answer to a question on anything else counts no losses
    (artillery,) = [c for c in claims if c.categories == [Category.ARTILLERY_SYSTEMS]]
    assert (artillery.low, artillery.high) == (40, 50)


def test_answers_after_a_question_on_the_interviewees_own_losses_count_his_sides() -> None:
    article = Article(text=(
        "Colonel Taras Levchenko commands a Ukrainian mechanized brigade.\n\n"
        "What about your own losses?\n\n"
        "You know I won't give you the number of killed.\n\n"
        "Equipment?\n\n"
        "Three tanks, and seven or eight armoured vehicles.\n\n"
        "Russia's Defence Ministry said on Friday that Ukraine had lost 240 servicemen in a "
        "single day. Is that near the truth?\n\n"
        "No. And the Russians lost 31 tanks in the same week."
    ), published=PUBLISHED)
    claims = {c.value or c.low: c for c in extract_article(article, create_backend("rules")).claims}
    assert claims[3].subject is Subject.UKRAINE
    assert claims[7].subject is Subject.UKRAINE  # "seven or eight"
    assert claims[31].subject is Subject.RUSSIA  # the question turned to the enemy


def test_an_interviewee_with_an_accented_name_who_studies_russia_is_a_foreign_official() -> None:
    text = (
        "Major General Jörg Hallstein, 57, heads the Russia analysis branch at the Bundeswehr's "
        "Joint Operations Command.\n\n"
        "General, how fast do you see Russia's losses growing?\n\n"
        "We think Russia has lost somewhere between 750,000 and 800,000 soldiers killed and "
        "wounded since February 2022."
    )
    claims = extract_article(Article(text=text, published=date(2025, 3, 9)),
                             create_backend("rules")).claims
    assert [(c.claimant, c.claimant_type) for c in claims] == [
        ("Jörg Hallstein", ClaimantType.FOREIGN_OFFICIAL)]

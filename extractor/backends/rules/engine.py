"""The rules engine: sentences -> figures -> claims, carrying context through the article.

Context carried from sentence to sentence: the claimants seen so far (for "it said",
"the ministry added"), the current claimant (a claimant named in the previous sentence
covers the next), each claimant's statement date, the last date mentioned (for "since
then"), the last subject, and an open loss list (a header ending in ':' whose scope,
date and claimant apply to every item below it); ``context_updates`` records them.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.article_passes import (
    as_sum_of_parts,
    date_daily_reports,
    lower_bounds,
    merge_repeats,
    news_day,
    tolls_of_a_day,
    transcript_day,
)
from extractor.backends.rules.asides import CLOSING_ASIDE, where_aside
from extractor.backends.rules.carries import (
    COMPARISON_OPENS,
    SAME_PERIOD,
    civilians_after_troops,
    higher_later,
    same_report,
    same_source,
    supposed_repeat,
)
from extractor.backends.rules.claimants import Claimant, described_types
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.context_updates import list_qualifier, update_context
from extractor.backends.rules.dates import (
    DateRole,
    day_before,
    find_dates,
    period_start_of,
    week_named,
)
from extractor.backends.rules.dating import (
    COMPARED_DATE,
    COMPARED_FIGURES_DATE,
    DATELINE,
    NOT_A_PERIOD,
    dates_referred_back,
    figure_as_of,
    own_since,
    statement_date,
    statement_spans,
)
from extractor.backends.rules.earlier_parts import opens_on_earlier, whole_named
from extractor.backends.rules.evidence import clause_end, evidence_span
from extractor.backends.rules.exchanges import about_exchanges, is_returned
from extractor.backends.rules.figures import find_figures
from extractor.backends.rules.interviews import (
    address_speaker,
    interview_turn,
    paragraph_speaker,
    unlabelled_interviewee,
)
from extractor.backends.rules.list_notes import note_dates
from extractor.backends.rules.place_lists import downed_over
from extractor.backends.rules.plausible import beyond_one_day, beyond_one_month, listed_with_totals
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.salvos import salvo_in
from extractor.backends.rules.scope import adds_to_total, assign_scopes, has_scope_cue
from extractor.backends.rules.sentences import Sentence, own_line, split_sentences
from extractor.backends.rules.sides import (
    admits_damage,
    civilian_context,
    compared_side,
    figure_subject,
    strike_toll,
    struck_before,
    typed_by_side,
)
from extractor.backends.rules.speakers import attribute_forward, pick_claimant, sentence_claimants
from extractor.backends.rules.subgroups import (
    labels_place,
    sector_at,
    sentence_sector,
    single_event,
    weapon_cause,
    whole_front_at,
)
from extractor.backends.rules.subjects import claimant_side
from extractor.backends.rules.tables import TableReader
from extractor.backends.rules.terms import AIRBORNE, SERVED_AFTER
from extractor.backends.rules.units import (
    unit_agent,
    unit_opening,
    unit_speaking,
    units_commanded,
    units_sectors,
)
from extractor.folding import ascii_aware
from schemas import Article, Category, Claim, ClaimantType, Population, Qualifier, Scope, Subject
from schemas.dates import partial_date_precedes

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_PERIOD, _DAILY, _UNSPECIFIED = Scope.PERIOD, Scope.DAILY, Scope.UNSPECIFIED
_CUMULATIVE, _AVERAGE = Scope.CUMULATIVE, Scope.DAILY_AVERAGE
_SINCE, _POINT = DateRole.SINCE, DateRole.POINT
_EXACT = Qualifier.EXACT
_CIVILIAN, _MILITARY = Population.CIVILIAN, Population.MILITARY
_CAPTURED, _MISSING = Category.CAPTURED, Category.MISSING
_UNKNOWN_TYPE = ClaimantType.UNKNOWN

_IDENTIFIED = guarded(r"\b(?:identified|named|verified\s+the\s+(?:names|deaths))\b[^.;]{0,40}$",
                      re.IGNORECASE)  # fmt: skip
# "The brigade's crews have shot down 2,140 drones": a running total, not a day's
_RUNNING_TOTAL = guarded(r"\b(?:have|has)\s+(?:\w+\s+)?(?:shot|destroyed|downed|hit)\b", re.I)
_SINCE_THEN = ascii_aware(re.compile(r"\bsince\s+then\b", re.I))
_SINCE_ADVERB = ascii_aware(re.compile(
    r"\bsince\b(?!\s+(?:the|then|\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|early|mid|late|last|this|its|their))",
    re.IGNORECASE))  # fmt: skip
# Fewer civilians than this, counted with no cue of a period, are one strike's (or day's)
_ONE_STRIKES_TOLL = 100
# How many sentences on a strike's tolls may still follow it ("06:05 — At least six ...").
_EVENT_REACH = 6
_OVERNIGHT = guarded(r"\b(?:overnight|last\s+night|night(?:['’]s)?\s+(?:attack|strike|raid|"
                     r"shelling)s?)\b", re.IGNORECASE)  # fmt: skip
_IN_CAPTIVITY = guarded(r"\bheld\s+(?:by|in)\b|\b(?:in|from)\s+(?:\w+\s+)?captivity\b",
                        re.IGNORECASE)  # fmt: skip
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:day|24\s+hours)\s+before|the\s+previous\s+day|a\s+day\s+"
                         r"(?:earlier|before)|the\s+prior\s+day)\b", re.IGNORECASE)  # fmt: skip
_TALLY = guarded(r"\b(?:count|tally|total|toll|stands?|stood|r[oi]se|risen|reached|climbed|"
                 r"grown|grew|now|also|another|further|plus|as\s+well\s+as|including|"
                 # "In the same day, seven tanks, ...", "The same report listed 11,071 tanks":
                 # the same report goes on
                 r"(?:the\s+same|that)\s+(?:day|period|time|week|24\s+hours|report|update|"
                 r"bulletin|summary|briefing))\b"
                 # "Tanks: 11,184. Armored combat vehicles: 23,269. And 59,409 drones.": a
                 # tally read out item by item
                 r"|^\W{0,4}(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3}:\s*\d|And\s)",
                 re.IGNORECASE)  # fmt: skip
_PAST_WINDOW = guarded(r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:weeks?|"
                       r"months?|days|fortnight)\b", re.IGNORECASE)  # fmt: skip


# A wire story's note on what a new version changed tells of the story, not of the war
_EDITORS_NOTE = re.compile(r"\W{0,2}\((?:Updates|Adds|Corrects|Recasts|Rewrites|Changes|Fixes)\b")


def extract_claims(article: Article) -> list[Claim]:
    sentences = split_sentences(article.text)
    # (a transcript's "today" is the day it records, not the day it was published)
    published = transcript_day(sentences[:3], article.published) or article.published
    context = ArticleContext(published, article.outlet)
    # An article about losses ("geolocated equipment losses") counts them in bare lists
    context.loss_article = bool(article.title and lexicon.LOSS_CONTEXT.search(article.title))
    context.kursk = "Kursk" in article.text
    context.text = article.text
    context.exchange = about_exchanges(article.text)
    context.described = described_types(article.text)
    context.interviewee = unlabelled_interviewee(article.text)
    context.address = address_speaker(article.text)
    per_sentence: list[list[Claim]] = []
    tables = TableReader(article.text, published) if "|" in article.text else None
    # Does a sentence say the real number is higher, and does one after it in its paragraph?
    later_higher = higher_later(sentences)
    for position, sentence in enumerate(sentences):
        following = sentences[position + 1] if position + 1 < len(sentences) else None
        flags = later_higher[position]
        alone = (following is None or following.paragraph != sentence.paragraph) and (
            position == 0 or sentences[position - 1].paragraph != sentence.paragraph
        )
        # A markdown table's lines are read as a table, not as sentences.
        tabled = tables.read(sentence, context) if tables else None
        if tabled is not None:
            per_sentence.append(tabled)
            continue
        if _EDITORS_NOTE.match(sentence.text):
            per_sentence.append([])  # "(Updates death toll to 19 from 14 in paragraph 1)"
            continue
        period = context.report_period
        per_sentence.append(_sentence_claims(article.text, sentence, flags, alone, context))
        if note_dates(sentences, position, per_sentence, published):
            context.report_period = period  # a note under a list looks back, not forward
    attribute_forward(sentences, per_sentence, context)
    claims = [claim for group in per_sentence for claim in group]
    if context.units:
        claims = units_sectors(claims, context.units)
    claims = date_daily_reports(merge_repeats(claims, published), published)
    claims = tolls_of_a_day(lower_bounds(claims, context.undercounting),
                            news_day(sentences[:2], published))  # fmt: skip
    claims = tables.settle(claims) if tables else claims  # as the article's tables give them
    # (a pass that re-dates a claim never leaves its period ending before it starts)
    return [c.model_copy(update={"period_start": None}) if c.period_start and c.as_of and (
        not partial_date_precedes(c.period_start, c.as_of)) else c for c in claims]  # fmt: skip


def _sentence_claims(text: str, sentence: Sentence, higher: tuple[bool, bool], alone: bool,
                     context: ArticleContext) -> list[Claim]:  # fmt: skip
    """The claims of one sentence; ``higher``: do it, and a later one of its paragraph, say
    the real number is higher (its exact counts are lower bounds); ``alone``: the sentence
    is a paragraph of its own (a heading, if it lacks a full stop)."""
    # (a heading in capitals, "RUSSIAN LOSSES, 3-9 MARCH", names its months as words do)
    heading = sentence.text.title() if sentence.text.isupper() else sentence.text
    dates = dates_referred_back(sentence.text, find_dates(
        heading if len(heading) == len(sentence.text) else sentence.text, context.published),
        context)  # fmt: skip
    dateline = DATELINE.match(sentence.text) if sentence.index == 0 else None
    if dateline:
        dates = [d for d in dates if d.start >= dateline.end()]
    if context.previous is None or context.previous.paragraph != sentence.paragraph:
        question_before = context.previous is not None and (
            context.previous.text.rstrip().endswith("?"))  # fmt: skip
        context.speaker = paragraph_speaker(sentence.text, text, sentence.start, question_before,
                                            context.interviewee, context.address)  # fmt: skip
    elif text.endswith("\n", 0, sentence.start) and (
            labelled := paragraph_speaker(sentence.text, text, sentence.start, False, None, None)):
        context.speaker = labelled  # "14:10\nMayor Ihor Lytvynenko: ...": a post's own label
    attributions = sentence_claimants(sentence, context)
    unit_before = context.unit_sector[1] if (
        context.unit_sector and context.unit_sector[0] == sentence.index - 1) else None
    for _, named in attributions:
        if speaks_for := unit_speaking(named, sentence.text, unit_before):
            context.units.setdefault(named.name, speaks_for)
    for name, commanded in units_commanded(sentence.text):
        context.units.setdefault(name, commanded)
    # ", many of them during the rout in the Kharkiv region last month": a closing aside
    # dates and places some of the things counted, not the counts.
    aside = CLOSING_ASIDE.search(sentence.text)
    body = sentence.text[: aside.start()] if aside else sentence.text
    if aside:
        dates = [d for d in dates if d.start < aside.start()]
    loss_list = context.loss_list
    # A list continued in the next sentence ("The running count stands at 4 599 tanks, ...")
    # needs no loss word of its own.
    continues_losses = (context.last_claim_paragraph == sentence.paragraph
                        and context.last_claim_sentence == sentence.index - 1
                        and _TALLY.search(sentence.text) is not None)  # fmt: skip
    salvo = context.salvo = salvo_in(sentence.text, sentence.index) or context.salvo
    previous = whole_named(sentence.text, context.recent_figures) or context.last_figure
    figures = find_figures(sentence.text, loss_context=loss_list is not None or continues_losses,
                           loss_topic=context.loss_article
                           or context.loss_paragraph == sentence.paragraph,
                           date_spans=[(d.start, d.end) for d in dates] if dates else [],
                           previous=previous, exchange=context.exchange,
                           salvo=(salvo, sentence.index) if salvo else None)  # fmt: skip
    # ("... has been logging Russian losses around Pokrovsk. His count: 228 tanks and armored
    # fighting vehicles.": the paragraph's later equipment counts are losses)
    if context.loss_paragraph != sentence.paragraph and lexicon.LOSS_CONTEXT.search(
            sentence.text):  # fmt: skip
        context.loss_paragraph = sentence.paragraph
    interview_turn(sentence, figures, context)  # (a question on losses, or on one's own)
    if figures:
        context.last_figure = figures[-1]
        context.recent_figures = [*context.recent_figures[-8:], *figures]
        claimed = context.recent_claims
        figures = [f for f in figures if not supposed_repeat(f, sentence.text, claimed)]
    where = where_aside(sentence.text, figures) if figures else None
    # (the words a figure's scope is cued by, outside its where-clause)
    cue_body = body
    if where:  # "In Kursk Oblast, where troops have held territory since August, ..."
        dates = [d for d in dates if not where[0] <= d.start < where[1]]
        cue_body = body[: where[0]] + body[where[1] :]
    if loss_list is not None and not figures and sentence.paragraph != loss_list.paragraph and (
        sentence.paragraph > loss_list.paragraph + 1 or not re.search(r"\d", sentence.text)
    ):
        # A list ends at the first line past its header's paragraph that lists nothing (a
        # blank line may part the header from its lines).
        loss_list = context.loss_list = None

    # (Most sentences hold no figures, no dates or no attributions: the work on those that
    # serves only the figures, or finds nothing in an empty list, is skipped.)
    excluded = [(a.start, a.end) for a, _ in attributions] if attributions else []
    spans = statement_spans(sentence.text, dates) if dates else []
    # A day the sentence names for its figures, not for its statement ("lost 1,340 on Friday")
    day_named = any(d.value and len(d.value) == 10 and d.role is _POINT
                    and (d.start, d.end) not in spans for d in dates)  # fmt: skip
    scopes: list[Scope] = []
    comparisons: list[tuple[int, int]] = []
    if figures:
        # A figure with no scope cue continues the report just quoted ("It also lost two
        # tanks").
        last_scope = context.last_scope
        # (a list of places breaks down the figure before it: "▪️ Kharkiv city — 1 dead")
        # (and "Among the dead were 17 children" is a part of the toll before, however far)
        carried = last_scope[1] if last_scope and (
            sentence.index - last_scope[0] <= 2 or labels_place(sentence.text)
            or opens_on_earlier(sentence.text)
        ) else None  # fmt: skip
        if carried is _AVERAGE or (carried and civilians_after_troops(context.recent_claims,
                                                                      figures)):  # fmt: skip
            # a rate is its figure's alone; a military report's scope says nothing of a
            # strike's toll
            carried = None
        if carried in (_CUMULATIVE, _PERIOD) and day_named:
            carried = None  # "that on Tuesday the fleet had destroyed five boats": that day's
        if carried is None and context.report_period is not None and not day_named:
            carried = context.report_period[0]  # (a day the sentence names is its own)
        if any(f.share_of_total for f in figures):  # (shares of a running total: to date)
            carried = _CUMULATIVE
        default = loss_list.scope if loss_list else None
        asides = ([aside.span()] if aside else []) + ([where] if where else [])
        scopes = assign_scopes(sentence.text, figures, default, excluded + spans + asides,
                               carried)  # fmt: skip
        # A date inside a comparison ("against 68 on Thursday") dates only that figure.
        comparisons = [(f.phrase_start, clause_end(sentence.text, f.number_end))
                       for f in figures if f.compares_to is not None]  # fmt: skip
    shared_dates = [d for d in dates if not any(s <= d.start < e for s, e in comparisons)
                    ] if comparisons else dates  # fmt: skip
    # (The statement's date serves the sources named here alone: none, none needed.)
    compared = {d.start for d in shared_dates
                if COMPARED_DATE.search(sentence.text, max(0, d.start - 40), d.start)
                } if shared_dates and (figures or attributions) else set()  # fmt: skip
    # ("That compared with 543 killed ... from 1 June to 31 August, it said": a sentence of
    # comparison dates its own figures, not what its source says next)
    comparing = bool(dates) and COMPARISON_OPENS.match(sentence.text) is not None
    statement = statement_date(
        sentence.text, [d for d in shared_dates if d.start not in compared], spans
    ) if shared_dates and attributions and not comparing else None  # fmt: skip
    actual_higher = higher[0] or higher[1]
    claims: list[Claim] = []
    before = context.previous
    sector = sentence_sector(
        body, before.text if before and before.paragraph == sentence.paragraph else None,
        context.unit_sector[1] if context.unit_sector else None, context.last_places,
    ) if figures else None
    if sector and sector.of_unit:
        context.unit_sector = (sentence.index, sector.name)
    fronts = whole_front_at(body) if sector else []
    # "The enemy lost 384 people in the Tavria direction. ... Our soldiers also destroyed
    # seven tanks": the same source goes on about the same place in its paragraph.
    carried_place = context.place if (
        sector is None and figures and context.place and context.place[0] == sentence.paragraph
        and not whole_front_at(body)) else None  # fmt: skip
    opened = unit_opening(sentence.text)
    if opened:
        context.unit = (sentence.paragraph, opened)
    unit = context.unit[1] if context.unit and context.unit[0] == sentence.paragraph else None
    # One strike's toll is not a day's ("when drones struck the village overnight"), unless
    # the sentence says the day's; a toll "on Sunday" with no single strike is that day's.
    event = single_event(body)
    # "Short-range drones killed 109 civilians": a breakdown by weapon, of this sentence alone
    weapon = weapon_cause(body) if figures else None
    if event:
        event_date = next((d.value for d in dates if d.value and d.role is _POINT
                           and (d.start, d.end) not in spans), None)  # fmt: skip
        if event_date is None and context.published and _OVERNIGHT.search(body):
            event_date = context.published.isoformat()
        context.event = (sentence.index, event, event_date or context.section_date)
    # "A Russian missile attack hit Kyiv overnight. ... The death toll has risen to eight":
    # the civilian tolls that follow, with no cue of a day or of the whole war, are its own.
    recent_event = context.event if (
        event is None and figures and context.event
        and sentence.index - context.event[0] <= _EVENT_REACH
        and context.event_paused != sentence.paragraph
    ) else None  # fmt: skip
    if recent_event and has_scope_cue(cue_body):
        # "Elsewhere, shelling killed four over the past day": a toll with a cue of its own
        # is not the strike's, nor are the breakdowns after it in its paragraph
        recent_event, context.event_paused = None, sentence.paragraph
    events: set[int] = set()  # the figures counted as the strike's
    one_day = bool(figures) and event is None and day_named
    as_ofs: dict[int, str | None] = {}
    subjects: dict[int, Subject] = {}
    previous_subject, previous_by = context.last_subject, context.last_subject_by
    totals = 0  # figures with a day's scope too large for one day
    typed_here: dict[str, Claimant] = {}  # the sources of no stated side typed here
    victims_struck = struck_before(context, sentence) if figures else None  # (once a sentence)
    for index, (figure, scope) in enumerate(zip(figures, scopes, strict=True)):
        own_event = event
        claimant = pick_claimant(figure, attributions, context, sentence.text)
        if figure.bare_fate and not SERVED_AFTER.match(sentence.text, figure.phrase_end) and (
                civilian_context(sentence, claimant, claims, context)):  # fmt: skip
            figure.population = _CIVILIAN
        # "22 per cent higher than in June": June dates what follows it, not what went before
        own_dates = [d for d in shared_dates
                     if d.start not in compared or d.start < figure.number_start]  # fmt: skip
        as_of = figure_as_of(figure, scope, own_dates, claimant, context, sentence.paragraph,
                              spans, sentence.text)
        if event and ((scope is _DAILY and not lexicon.DAY_WINDOW.search(body)
                       and figure.categories[0].is_people) or (
                # "9 people have been killed as a result of the night attack": the perfect
                # tells no total of the war when a strike's toll is told
                scope is _CUMULATIVE and figure.population is _CIVILIAN
                and not has_scope_cue(cue_body))):  # fmt: skip
            scope = _UNSPECIFIED
            if as_of is None and context.published and _OVERNIGHT.search(body):
                as_of = context.published.isoformat()  # the strike of last night
        elif recent_event and strike_toll(figure, events) and (
                not one_day or any(d.value == recent_event[2] for d in dates)):  # fmt: skip
            scope, own_event = _UNSPECIFIED, recent_event[1]
            events.add(id(figure))
            as_of = as_of if any(d.value == as_of for d in dates) else recent_event[2]
            context.event = (sentence.index, *recent_event[1:])
        elif scope is _CUMULATIVE and figure.population is _CIVILIAN and (
                figure.high or figure.value or 0) < _ONE_STRIKES_TOLL and not (
                figure.subgroup or figure.part_of or figure.fate_of or has_scope_cue(cue_body)
                or (sector and sector.ranked)):  # fmt: skip
            # "Three people have been killed and 21 injured, the governor said": so few
            # civilians in the perfect are a strike's toll, not the war's (of the news day)
            scope = _UNSPECIFIED
        elif one_day and scope is _UNSPECIFIED and _MISSING not in figure.categories:
            # "lost 1,340 soldiers on Friday": that day's (the missing are a stock)
            scope = _DAILY
        if scope is _CUMULATIVE and adds_to_total(
                sentence.text, figure, next(reversed(context.recent_claims + claims), None)):
            scope = _PERIOD
        # (a date its source's statement gave, not the sentence, leaves the period open:
        # "31 killed in September, the police said on Thursday. Among the dead were ...")
        stated = as_of is not None and as_of == context.statement_dates.get(claimant.name) and (
            not any(d.value == as_of for d in dates))  # fmt: skip
        period = context.last_period  # (its cues are read only for its own source's figures)
        reported = same_report(period, claimant, sentence, scope, None if stated else as_of,
                               own_event, as_of is not None and period is not None
                               and period[1] == claimant.name and has_scope_cue(cue_body)
                               and not SAME_PERIOD.search(body))  # fmt: skip
        if reported is not None:
            scope, as_of = _PERIOD, reported[2]
        parent = figure.increment_of or figure.compares_to or figure.part_of
        clause = (figure.phrase_start, clause_end(sentence.text, figure.number_end))
        own = [d for d in dates
               if d.value and d.role is not _SINCE and clause[0] <= d.start < clause[1]]
        if (figure.compares_to is not None or figure.part_of is not None) and own:
            as_of = own[0].value
        elif parent is not None and parent.claimed and id(parent) not in as_ofs:
            as_of = parent.claimed[1]  # a whole from a sentence before
        elif parent is not None and id(parent) in as_ofs:
            as_of = as_ofs[id(parent)]
            if figure.compares_to is not None and _DAY_BEFORE.search(sentence.text,
                                                                     figure.number_end):
                as_of = day_before(as_of)
        as_ofs[id(figure)] = as_of
        if parent is not None and id(parent) in subjects:
            subject = (figure.compares_to is not None and compared_side(
                sentence.text, parent, figure)) or subjects[id(parent)]  # fmt: skip
        else:
            # An official goes on about the enemy's losses, not about its own side's that a
            # source of another kind gave before it.
            # (The side whose equipment of its kind was counted last, unless this sentence
            # counted some side's losses already: "... 162 Ukrainian drones. Analysts
            # confirmed 11 aircraft destroyed" goes on about the aircraft counted before; and
            # "seven aircraft had been damaged", said of the side's losses just told, admits
            # some of them.)
            kept = context.equipment_side.get(figure.categories[0]) if not subjects else None
            side_before, by = kept or (previous_subject, previous_by)
            prior = side_before if by in (None, claimant.type) or (
                claimant_side(claimant.type) is not side_before) or (
                admits_damage(figure, sentence.text)) else None  # fmt: skip
            subject = figure_subject(figure, figures, sentence.text, excluded, claimant, prior,
                                      victims_struck or context.civilian_side.get(claimant.name),
                                      context.home)  # fmt: skip
        subjects[id(figure)] = subject
        # "still held by Russia", "in Russian captivity": a side counts its own held men
        held = _CAPTURED in figure.categories and _IN_CAPTIVITY.search(body) is not None
        # "the Defence Ministry said 1,351 servicemen had been killed and 3,825 wounded": one
        # source of a sentence is one side's, whatever each figure counts
        if claimant.type is _UNKNOWN_TYPE and claimant.name in typed_here:
            claimant = typed_here[claimant.name]
        else:
            typed = typed_by_side(claimant, figure, sentence.text, subject, held)
            if typed.type is not claimant.type:
                typed_here[claimant.name] = typed
            claimant = typed
        context.side_found(claimant)
        if figure.population is _MILITARY:
            # A victim side of civilians says nothing of whose equipment is downed next.
            previous_subject, previous_by = subject, claimant.type
        qualifier = figure.qualifier
        if figure.increment_of is None and qualifier is _EXACT:
            qualifier = list_qualifier(loss_list, sentence.text, figure)
        # "identified" absent from the sentence is absent from the text before each figure.
        if qualifier is _EXACT and (actual_higher or context.undercounting_here == (
                sentence.paragraph, claimant.name) or (
            not _IDENTIFIED.absent_from(sentence.text)  # type: ignore[attr-defined]
            and _IDENTIFIED.search(sentence.text[: figure.phrase_start])
        )):  # fmt: skip
            qualifier = Qualifier.AT_LEAST
        elif qualifier is _EXACT and figure.subgroup and figure.part_of is not None and (
                figure.part_of.qualifier is Qualifier.AT_LEAST) and sentence.text.endswith(
                "including ", 0, figure.number_start):  # fmt: skip
            qualifier = Qualifier.AT_LEAST  # "at least 13,580 civilians, including 716 children"
        period_start = None
        if scope is _PERIOD and as_of is None and context.published and _PAST_WINDOW.search(body):
            as_of = context.published.isoformat()  # "over the past week": up to now
        if scope is _PERIOD:
            report = context.report_period
            since = own_since(figure, [f for f, s in zip(figures, scopes, strict=True)
                                        if s is not _PERIOD], dates)  # fmt: skip
            if since:
                period_start = since
                if as_of and report and as_of == report[1] and since > as_of[: len(since)]:
                    as_of = None  # "since 6 August" under a report to 31 July: not that report's
                if as_of is None and context.published is not None:
                    # "have taken 64 prisoners since January 1": a period that runs to now
                    as_of = context.published.isoformat()
            elif _SINCE_ADVERB.search(sentence.text) or _SINCE_THEN.search(sentence.text):
                period_start = context.last_date
            if period_start and as_of and period_start > as_of[: len(period_start)]:
                period_start = None
            if period_start is None and report is not None and as_of == report[1]:
                period_start = report[2]
            if period_start is None and reported is not None:
                period_start = reported[3]
            week = next((w for d in dates if (d.start, d.end) not in spans
                         and (w := week_named(d, context.published))), None)  # fmt: skip
            if period_start is None and week and (as_of is None or week[1].startswith(as_of)):
                period_start, as_of = week  # "This week our warriors destroyed 11 tanks"
            if period_start is None and as_of is not None and len(as_of) < 10 and not any(
                d.value == as_of and (d.kind in NOT_A_PERIOD or (d.start, d.end)
                in spans) for d in dates):  # fmt: skip
                # A period named by a month, a year or a part of one ("in November", "in
                # 2023", "in the first quarter") starts where that does.
                naming = next((d for d in dates if d.value == as_of), None)
                period_start = period_start_of(naming) if naming else as_of
        if scope is _PERIOD and as_of and len(as_of) == 7 and period_start == as_of and (
                beyond_one_month(figure.categories, figure.value, figure.low)):  # fmt: skip
            scope, period_start = _CUMULATIVE, None  # "in December, some 315,000 troops"
        if scope is _UNSPECIFIED and is_returned(figure.subgroup) and (
                not any(d.role is _SINCE for d in dates)):  # fmt: skip
            scope = _DAILY  # an exchange is one day's: the men it returned
        elif scope is _UNSPECIFIED and as_of and len(as_of) == 10 and AIRBORNE.issuperset(
                figure.categories) and not _RUNNING_TOTAL.search(body):  # fmt: skip
            scope = _DAILY  # drones, missiles or aircraft downed on a named day: that day's
        if scope in (_DAILY, Scope.DAILY_AVERAGE) and beyond_one_day(
                figure.categories, figure.value, figure.low):  # fmt: skip
            scope = _CUMULATIVE  # "On Tuesday it put tank losses at 5,664": a total
            totals += 1
        if period_start and as_of and not partial_date_precedes(period_start, as_of):
            period_start = None  # (whatever gave the two, no period ends before it starts)
        start, end = evidence_span(sentence, figures, index)
        place = sector_at(sector, fronts, figure.number_start, figure.categories
                          ) if sector else None  # fmt: skip
        claims.append(Claim(
            subject=subject, population=figure.population,
            subgroup=figure.subgroup or place or downed_over(sentence.text, figure)
                or (carried_place[1] if carried_place
                    and same_source(carried_place, claimant, figure) else None) or unit or own_event
                or (weapon[0] if weapon and figure.population is _CIVILIAN
                    and figure.number_start < weapon[1] else None)
                or (context.section_place if figure.population is _CIVILIAN else None)
                or unit_agent(sentence.text, figure.number_start),
            categories=figure.categories, value=figure.value, low=figure.low, high=figure.high,
            qualifier=qualifier, scope=scope, as_of=as_of, period_start=period_start,
            claimant=claimant.name, claimant_type=claimant.type,
            evidence=text[start:end], start=start, end=end,
        ))  # fmt: skip
        # "The total of 1,674 casualties" after 286 killed and 1,388 injured in July
        claims[-1] = as_sum_of_parts(claims[-1], (context.recent_claims + claims)[-4:-1])
        figure.claimed = (claims[-1].scope, claims[-1].as_of)
    if totals and not lexicon.DAY_WINDOW.search(body):
        claims = listed_with_totals(claims, totals)
    if sector and any(claim.subgroup == sector.name for claim in claims):
        context.place = (sentence.paragraph, sector.name, claims[0].claimant, claims[0].population)
    # ("up from an average of 899 a day in April": not the month the article goes on about)
    remembered = [d for d in dates if not COMPARED_FIGURES_DATE.search(
        sentence.text[max(0, d.start - 50) : d.start])
    ] if dates and not comparing else []  # fmt: skip
    update_context(sentence, remembered, attributions, statement, claims, higher[0],
                   alone, own_line(text, sentence), context)  # fmt: skip
    return claims

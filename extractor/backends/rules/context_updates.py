"""What a sentence leaves for the sentences after it: the article context updated with its
claimants, dates, scope, subject and claims, and a loss list its header opens.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.attributions import Attribution
from extractor.backends.rules.carries import COMPARISON_OPENS
from extractor.backends.rules.claimants import Claimant, canonical_claimant, is_commentator
from extractor.backends.rules.context import ArticleContext, ListContext
from extractor.backends.rules.dates import DateMention, DateRole
from extractor.backends.rules.dating import heading_day, open_report_period
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.names import figures_announced, post_author
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.scope import states_total_to_date
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.subgroups import places_named
from extractor.backends.rules.subjects import topic_side
from extractor.folding import ascii_aware
from schemas import Claim, Population, Qualifier, Scope

# Enum members read per sentence, looked up once: in Python 3.11 a lookup on an enum
# class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_PERIOD, _DAILY = Scope.PERIOD, Scope.DAILY
_SINCE, _POINT, _UNTIL = DateRole.SINCE, DateRole.POINT, DateRole.UNTIL
_EXACT, _APPROXIMATELY = Qualifier.EXACT, Qualifier.APPROXIMATELY
_CIVILIAN, _MILITARY = Population.CIVILIAN, Population.MILITARY

# "The rest of the General Staff's tally:", "The headline items, as the General Staff listed
# them:" open a loss list without a loss word.
_TALLY_HEADER = ascii_aware(re.compile(r"\b(?:tally|toll|count|totals?|list(?:ed|s)?|as\s+of)\b",
                                        re.IGNORECASE))  # fmt: skip
_DATA_AS_OF = guarded(r"\b(?:data|figures|numbers|list|count|totals?|tally)\s+(?:are|is|were|"
                     r"was)\s+(?:current\s+|correct\s+|valid\s+)?as\s+of\b",
                     re.IGNORECASE)  # fmt: skip
# "Kharkiv region, 24 hours:": a header over a day's lines, whatever they count
_DAY_HEADER = re.compile(r"\b(?:(?:past|last)\s+)?(?:24\s+hours|day)\s*:\s*$", re.IGNORECASE)
# "the month's casualties", "this year's dead": the toll of a period just given
_PERIODS_TOLL = re.compile(
    r"\b(?:the|this|that|last)\s+(?:month|week|year|quarter)['’]s\s+(?:casualties|deaths|dead|"
    r"toll|losses|victims)\b", re.IGNORECASE)  # fmt: skip
# "NIGHT'S TOTALS", "Today's losses": a heading over one day's lines
_OF_ONE_DAY = re.compile(r"\b(?:night|day|today|yesterday)['’]s\b", re.IGNORECASE)
_CIVIC_PLACE = re.compile(r"\b(?:region|oblast|city|district|community|hromada)\b", re.IGNORECASE)
_EVERY_FIGURE = re.compile(r"\b(?:all|every|always|both|minimums?|floor)\b", re.IGNORECASE)
# ("It is a floor, not an estimate: every name is backed by ...": the one figure just given)
_THIS_FIGURE = re.compile(
    r"\W*(?:It|This|That)(?:\s+(?:figure|number|count|total))?\s+(?:is|was)\b"
)
_OWN_WORDS = ascii_aware(re.compile(r"\b(?:we|our|I)\b"))
_HEDGED_HEADER = re.compile(r"\b(?:approximately|about|around|roughly|some)\s*:\s*$")
# "Total combat losses ... were approximately: personnel ..., tanks ‒ 8,673 (+7), ...": a
# header that leads its list in the same sentence
_HEDGED_LEAD = re.compile(r"\b(?:approximately|about|around|roughly|some)\s*:")


def list_qualifier(loss_list: ListContext | None, text: str, figure: Figure) -> Qualifier:
    """The qualifier a list's header gives the totals it lists (not their increments)."""
    if loss_list is not None:
        return loss_list.qualifier
    lead = ":" in text and _HEDGED_LEAD.search(text, 0, figure.phrase_start)
    return _APPROXIMATELY if lead else _EXACT


# "the toll was considerably higher than the one Mr. Zelensky gave": another's figure
_HIGHER_THAN_ANOTHERS = re.compile(
    r"\bhigher\s+than\s+(?:the|that|those)\s+(?:one|figures?|numbers?|tolls?|counts?|estimates?)\b"
    r"(?!\s+(?:we|I)\b)",
    re.IGNORECASE,
)


# ("today's", "this morning's", "the latest" numbers: the day's)
_TODAYS = re.compile(r"\b(?:today|morning|latest)\b", re.IGNORECASE)


_REGION_HEADING = re.compile(r"\W*(?P<place>(?:[A-Z][\w'’-]+\s+){1,2}(?:region|oblast|Oblast))\W*$")


def update_context(
    sentence: Sentence,
    dates: list[DateMention],
    attributions: list[tuple[Attribution, Claimant]],
    statement: str | None,
    claims: list[Claim],
    says_higher: bool,
    alone: bool,
    on_own_line: bool,
    context: ArticleContext,
) -> None:
    context.previous = sentence
    for _, named in attributions:
        context.remember(named)
    if attributions:
        # (", a sign, analysts say, of how few tanks reach the front": a comment, not the
        # source of the figures after it)
        if claims or not all(is_commentator(c) for _, c in attributions):
            context.current = attributions[-1][1]
        context.named[sentence.index] = attributions[0][1]
        if statement:
            for _, named in attributions:
                context.statement_dates[named.name] = statement
    elif not claims and (author := post_author(sentence.text) or figures_announced(
            sentence.text)):  # fmt: skip
        # a digest's post header: the post below is its author's (and "the General Staff's
        # morning numbers.": the numbers next are the staff's)
        context.remember(author)
        context.current = author
        if _TODAYS.search(sentence.text) and context.published:  # "this morning's numbers"
            context.statement_dates.setdefault(author.name, context.published.isoformat())
    points = [d.value for d in dates if d.value] if dates else []
    if points:
        context.last_date = points[-1]
    # a day: "in 2023" is a period's date, not the statement's
    dated = [d.value for d in dates if d.value and len(d.value) == 10
             and d.role is _POINT and d.kind not in ("day_before", "now")
             ] if points else []  # fmt: skip
    if dated:
        speaker_name = attributions[-1][1].name if attributions else None
        context.paragraph_date = (sentence.paragraph, dated[-1], speaker_name)
    # "the highest for any month since May 2022" does not make May 2022 "the month".
    months = [d.value for d in dates if d.value and len(d.value) == 7
              and d.role is not _SINCE] if points else []  # fmt: skip
    if months:
        context.last_month = months[-1]
    years = [d.value for d in dates if d.value and len(d.value) == 4
             and d.role is not _SINCE] if points else []  # fmt: skip
    if years:
        context.last_year = years[-1]
    context.last_places.update(places_named(sentence.text))
    if not claims and dates:
        open_report_period(sentence.text, dates, context)
    # (A sentence with claims sets the last scope below, whatever these say.)
    if not claims and (lexicon.DAILY_REPORT.search(sentence.text)
                       or lexicon.DAILY_CUE.search(sentence.text)):  # fmt: skip
        # "released its daily summary"; "Overnight, Russia launched 119 drones" before
        # "Air defenses shot down 80 of them"
        context.last_scope = (sentence.index, _DAILY)
    elif not claims and context.last_scope is not None and context.last_scope[1] is _PERIOD and (
            _PERIODS_TOLL.search(sentence.text)):  # fmt: skip
        # "More than two thirds of the month's casualties were in areas close to the front
        # line. Donetsk region again bore the brunt, with 61 civilians killed": the month's
        context.last_scope = (sentence.index, _PERIOD)
    # (a speaker's "the real number is higher, we cannot see everything" qualifies the
    # figure just quoted, as the sentence reads, not all the speaker's figures; so does a
    # caveat after its paragraph's figures, unless it speaks of all of them or of the count)
    if says_higher and context.current is not None and not _OWN_WORDS.search(sentence.text) and (
            not _HIGHER_THAN_ANOTHERS.search(sentence.text)):  # fmt: skip
        if context.last_claim_paragraph != sentence.paragraph or (
                _EVERY_FIGURE.search(sentence.text) and not _THIS_FIGURE.match(sentence.text)):
            context.undercounting.add(context.current.name)
        else:
            context.undercounting_here = (sentence.paragraph, context.current.name)
    counted_until = [d.value for d in dates if d.role is _UNTIL and d.value and len(d.value) == 10
                     ] if claims and points else []  # fmt: skip
    if not claims and context.current is not None and (
            as_of_note := _DATA_AS_OF.search(sentence.text)):  # fmt: skip
        # "The data are as of Thursday, 16 October 2025": the date of the source's count
        dated = [d.value for d in dates
                 if d.role is _UNTIL and d.value and d.start >= as_of_note.start()]  # fmt: skip
        if dated:
            context.statement_dates[context.current.name] = dated[0]
    for claim in claims:
        if counted_until and claim.as_of == counted_until[0]:
            # "As of February 27, X has established the names of 92,217": X's count is dated
            # by that day, its later breakdowns too
            context.statement_dates.setdefault(claim.claimant, counted_until[0])
        context.last_population[claim.claimant] = claim.population
        if claim.population is _CIVILIAN:
            context.civilian_side[claim.claimant] = claim.subject
    military = [c for c in claims if c.population is _MILITARY] if claims else []
    if military:
        context.last_subject = military[-1].subject
        context.last_subject_by = military[-1].claimant_type
        for claim in military:
            if not claim.categories[0].is_people:
                context.equipment_side[claim.categories[0]] = (claim.subject, claim.claimant_type)
    elif not claims and (side := topic_side(sentence.text)):
        # "Ukrainian side, same method:" heads what follows
        context.last_subject, context.last_subject_by = side, None
        context.equipment_side.clear()
    # (a comparison's period is not the report's: "Among the victims in the latest period")
    periods = [c for c in claims if c.scope is _PERIOD and c.as_of] if claims and (
        not COMPARISON_OPENS.match(sentence.text)) else []  # fmt: skip
    if periods:
        last = periods[-1]
        context.last_period = (sentence.index, last.claimant, last.as_of, last.period_start)
    people = [c for c in claims if c.categories[0].is_people] if claims else []
    if people:
        context.last_toll = (sentence.index, sentence.paragraph, people[-1])
    if claims:
        context.recent_claims = (context.recent_claims + claims)[-3:]
        context.last_claim_paragraph = sentence.paragraph
        context.last_claim_sentence = sentence.index
        # "Russia lost 910 soldiers over the past 24 hours, bringing its total to 425,890.
        # Ukrainian forces also destroyed eight tanks": the day's report goes on.
        daily = any(c.scope is _DAILY and c.value is not None for c in claims)
        context.last_scope = (sentence.index, _DAILY if daily else claims[-1].scope)
    # A list header ends in a colon, or is a heading line of its own ("GENERAL STAFF: total
    # combat losses of the enemy from 24.02.2022 to 09.07.2025").
    stripped = sentence.text.rstrip()
    heading_line = (not claims and len(stripped) < 160
                    and stripped[-1:] not in ".!?\"”)")  # fmt: skip
    heading = heading_line and alone
    if heading_line and (alone or on_own_line):  # (or a line: "MONDAY, JULY 1" over its post)
        if named_day := heading_day(stripped, context.published, context.section_date):
            context.section_date = named_day  # "MONDAY, JUNE 3" heads that day's account
            context.event = None  # (whose strikes were the day before's)
        elif stripped.isupper():
            context.section_date = None  # "THE WEEKLY SUMMARY": the days' account is over
    if heading_line and alone:
        # "Kherson region:" heads that region's tolls; "Front line:" ends them
        region = _REGION_HEADING.match(stripped)
        context.section_place = region.group("place") if region else None
    day = _DAY_HEADER.search(sentence.text) if stripped.endswith(":") else None
    if (stripped.endswith(":") or heading) and (
        lexicon.LOSS_CONTEXT.search(sentence.text) or _TALLY_HEADER.search(sentence.text) or day
    ):
        one_day = day or _OF_ONE_DAY.search(sentence.text)
        scope = _DAILY if one_day else next((cue_scope for cue_scope, pattern
                                          in lexicon.SCOPE_NEAR + lexicon.SCOPE_FORWARD
                                          if pattern.search(sentence.text)), None)  # fmt: skip
        if scope is None and (states_total_to_date(sentence.text)
                              or _TALLY_HEADER.search(sentence.text)):  # fmt: skip
            scope = Scope.CUMULATIVE
        until = [d.value for d in dates if d.value and d.role is not _SINCE]
        # "GENERAL STAFF: total combat losses ...": a heading names its source unattributed
        header_claimant = attributions[-1][1] if attributions else (
            canonical_claimant(sentence.text) if heading else None) or context.current
        hedge = _HEDGED_HEADER.search(sentence.text)
        context.loss_list = ListContext(
            sentence.paragraph,
            scope,
            until[-1] if until else None,
            header_claimant,
            Qualifier.APPROXIMATELY if hedge else _EXACT,
            civic=day is not None and _CIVIC_PLACE.search(sentence.text) is not None,
        )

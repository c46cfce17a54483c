"""What the rules backend remembers while it reads an article, sentence after sentence.

Claimants named so far, statement dates, the last date, month and year named, an open loss
list, a report period, the last strike told, and what each source counted last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extractor.backends.rules.claimants import Claimant
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.names import is_personal_name
from extractor.backends.rules.salvos import Salvo
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.subjects import home_side
from schemas import Category, Claim, ClaimantType, Population, Qualifier, Scope, Subject

_UNKNOWN = ClaimantType.UNKNOWN
# A first name and a surname: "Andrii Levchenko"
_FULL_NAME = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?=([A-Z][\w'’-]*)\b)")  # (overlapping)


@dataclass
class ListContext:
    paragraph: int
    scope: Scope | None
    as_of: str | None
    claimant: Claimant | None
    qualifier: Qualifier  # "the total losses ... were approximately:" hedges every total
    civic: bool = False  # "Kharkiv region, 24 hours:": a region's tolls, not an army's list


@dataclass
class ArticleContext:
    published: date | None
    outlet: str | None
    # The claimants named so far, least recent first: a dict, in which moving one to the
    # end takes no scan of the others (a long article names hundreds).
    seen: dict[Claimant, None] = field(default_factory=dict)
    current: Claimant | None = None
    speaker: Claimant | None = None  # the interviewee whose answer the paragraph gives
    interviewee: Claimant | None = None  # whom an interview of unlabelled answers is with
    address: tuple[Claimant, int, int] | None = None  # an address given in full: whose, where
    statement_dates: dict[str, str] = field(default_factory=dict)
    last_date: str | None = None
    section_date: str | None = None  # the day a heading names ("MONDAY, JUNE 3") for its section
    section_place: str | None = None  # the region a heading names ("Kherson region:")
    # (paragraph, date, claimant named with it) of the paragraph's last dated sentence
    paragraph_date: tuple[int, str, str | None] | None = None
    last_month: str | None = None  # the last month named ("in July"), for "during the month"
    last_year: str | None = None  # the last year named ("in 2024"), for "over the year"
    # the last region, district and city named, for "in the region", "in the district"
    last_places: dict[str, str] = field(default_factory=dict)
    last_subject: Subject | None = None
    last_subject_by: ClaimantType | None = None  # the kind of source that counted it
    # the side last counted losing each kind of equipment, and the kind of source counting
    equipment_side: dict[Category, tuple[Subject, ClaimantType]] = field(default_factory=dict)
    last_scope: tuple[int, Scope] | None = None  # (sentence index, scope) of the last claim
    # (sentence, claimant, as_of, period_start) of the last dated period figure: a periodic
    # report's later breakdowns ("In the Donetsk region, the mission recorded 98 ...")
    last_period: tuple[int, str, str | None, str | None] | None = None
    last_figure: Figure | None = None  # for a bare number that continues it ("Not 300,000")
    recent_figures: list[Figure] = field(default_factory=list)  # for "Of the 3,406 guns, ..."
    salvo: Salvo | None = None  # the weapons launched last ("Russia launched 188 drones")
    recent_claims: list[Claim] = field(default_factory=list)  # the last three, for their sums
    unit: tuple[int, str] | None = None  # (paragraph, "Sever group of forces") opening it
    units: dict[str, str] = field(default_factory=dict)  # claimant name -> unit it speaks for
    previous: Sentence | None = None  # the sentence read last
    unit_sector: tuple[int, str] | None = None  # (sentence, "Khortytsia group's sector") last named
    # (paragraph, place, claimant, population) of the last toll
    place: tuple[int, str, str, Population] | None = None
    last_toll: tuple[int, int, Claim] | None = None  # (sentence, paragraph, claim) of people
    undercounting: set[str] = field(default_factory=set)  # "the actual number is higher"
    # (paragraph, claimant) of a caveat about the figures just given: the paragraph's later
    # figures of the claimant too ("Of the children killed, 97 were under three")
    undercounting_here: tuple[int, str] | None = None
    last_claim_paragraph: int = -1
    last_claim_sentence: int = -1
    loss_list: ListContext | None = None
    loss_article: bool = False  # its title speaks of losses
    loss_paragraph: int = -1  # the last paragraph a sentence of which spoke of losses
    own_answers: bool = False  # an interviewer asked about the interviewee's side's losses
    kursk: bool = False  # it speaks of the Kursk region (and of the incursion there)
    text: str = ""  # the article's
    home_found: Subject | None = None  # (``home``'s, once asked)
    full_names: dict[str, str] | None = None  # surname -> "First Surname" (once asked)
    exchange: bool = False  # it speaks of prisoners: those "returned" are prisoners freed
    # "covering the period from 24 February 2022 to 15 February 2023": (scope, end) of the
    # figures that follow without dates of their own
    report_period: tuple[Scope, str, str | None] | None = None  # scope, end, start
    named: dict[int, Claimant] = field(default_factory=dict)  # sentence index -> its claimant
    documents: dict[str, Claimant] = field(default_factory=dict)  # "update" -> who issued it
    # name -> the kind of source an aside says it is ("Perimetr, an independent outlet")
    described: dict[str, ClaimantType] = field(default_factory=dict)
    pending_roles: dict[int, str] = field(default_factory=dict)  # "the governor" not yet named
    titled: list[tuple[int, Claimant]] = field(default_factory=list)  # people with a title
    event: tuple[int, str, str | None] | None = None  # (sentence, strike, its date) last told
    event_paused: int | None = None  # the paragraph a toll of another cue left it in
    last_population: dict[str, Population] = field(default_factory=dict)  # per claimant name
    civilian_side: dict[str, Subject] = field(default_factory=dict)  # whose civilians, per claimant
    # the side a source of no stated side was found to speak for ("The 47th Brigade said it
    # had destroyed 12 Russian tanks. The brigade also lost two of its own"): a named one's
    # first, a title's or group's last
    sides_found: dict[str, ClaimantType] = field(default_factory=dict)

    def named_in_full(self, surname: str) -> bool:
        """Does the article name the person of ``surname`` in full ("Andrii Levchenko")?
        (All its names are gathered in one pass, the first time it is asked.)"""
        if self.full_names is None:
            self.full_names = {}
            for m in _FULL_NAME.finditer(self.text):
                self.full_names.setdefault(m.group(2), f"{m.group(1)} {m.group(2)}")
        return surname in self.full_names and is_personal_name(self.full_names[surname])

    def remember(self, claimant: Claimant) -> None:
        self.seen.pop(claimant, None)
        self.seen[claimant] = None

    def home(self) -> Subject:
        """Whose country the article's own people are (asked of a few figures only)."""
        if self.home_found is None:
            self.home_found = home_side(self.text)
        return self.home_found

    def side_known(self, claimant: Claimant, carried: bool) -> Claimant:
        """The claimant, typed by the side it was found to speak for earlier, if it was: a
        named source anywhere, a title or group ("city officials") only in the sentences
        that go on with it (``carried``: "city officials say. ... Of those killed")."""
        found = self.sides_found.get(claimant.name) if claimant.type is _UNKNOWN and (
            carried or not claimant.name.islower()) else None  # fmt: skip
        return claimant._replace(type=found) if found else claimant

    def side_found(self, claimant: Claimant) -> None:
        if claimant.type is _UNKNOWN:
            return
        if claimant.name.islower():  # ("the mayor" of one town is not the mayor of the next)
            self.sides_found[claimant.name] = claimant.type
        else:
            self.sides_found.setdefault(claimant.name, claimant.type)

    @property
    def history(self) -> list[Claimant]:
        return list(self.seen)

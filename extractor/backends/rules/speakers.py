"""Who gave each figure: the claimants a sentence names, resolved against those named
before ("it said", "the ministry", "Fedorov"), and claimants credited to figures that come
before their source ("Russia lost 1,200 troops. The figures come from the General Staff.").
"""

from __future__ import annotations

import re

from extractor.backends.rules.attributions import Attribution, find_attributions
from extractor.backends.rules.claimants import (
    UNKNOWN,
    UNNAMED_CLAIMS,
    Claimant,
    canonical_claimant,
    described_kind,
    infer_type,
)
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.names import introduced_body, introduced_person
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.references import (
    DOCUMENT_NOUNS,
    LOCAL,
    OFFICIAL_OFFICE,
    PERSON_ROLES,
    own_voice,
    resolve_reference,
    the_outlet,
)
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.sides import counts_own, side_typed
from extractor.backends.rules.subjects import claimant_side
from extractor.folding import ascii_aware
from schemas import Claim, ClaimantType, Subject

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_UNKNOWN, _INDEPENDENT = ClaimantType.UNKNOWN, ClaimantType.INDEPENDENT

# "the Ukrainian army lost", "losses on the Ukrainian army": the loser, not a source.
_OPENING_NAME = re.compile(r"[^,;:.]{3,50},\s+(?:which|who|whose)\b")
_LOSSES_OF_A_FORCE = guarded(
    r"\b(?:on|against|of|in|into|from|within)\s+the\s+(?:Ukrainian|Russian)\s+"
    r"(?:military|army|armed\s+forces)\b|"
    r"\b(?:Ukrain(?:e's|ian)|Russia(?:'s|n)|Kyiv's|Moscow's)\s+(?:military|army|armed\s+forces)"
    r"(?:'s)?\s+(?=(?:deaths|dead|casualties|losses|personnel|troops|fatalities|lost|suffered|"
    r"sustained|has\s+lost|had\s+lost|have\s+lost|boats?|vehicles?|aircraft|equipment|hardware|"
    r"positions?|targets?|facilit(?:y|ies)|units?|airfields?)\b)",
    re.IGNORECASE,
)
_REJECTED_CLAIMS = guarded(
    r"\b(?:dismiss(?:ed|es|ing)?|den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|refut(?:ed|es|ing))\s+"
    r"(?:as\s+[\"“]?[\w-]+[\"”]?\s+)?(?:the\s+)?(?:(?P<maker>western|media|Russian|Russia's|"
    r"Moscow's|Ukrainian|Ukraine's|Kyiv's)\s+)?(?:claims?|reports?|allegations?)\s+(?:that|of)\b",
    re.IGNORECASE,
)
# Whose claims a sentence rejects, when it says only their side ("denied Russian claims that")
_RUSSIAN_CLAIMS = Claimant("Russian officials", ClaimantType.RUSSIA_OFFICIAL)
_UKRAINIAN_CLAIMS = Claimant("Ukrainian officials", ClaimantType.UKRAINE_OFFICIAL)
_CLAIMS_MADE_BY = {
    "russian": _RUSSIAN_CLAIMS, "russia's": _RUSSIAN_CLAIMS, "moscow's": _RUSSIAN_CLAIMS,
    "ukrainian": _UKRAINIAN_CLAIMS, "ukraine's": _UKRAINIAN_CLAIMS, "kyiv's": _UKRAINIAN_CLAIMS,
    "western": Claimant("Western officials", ClaimantType.FOREIGN_OFFICIAL),
}  # fmt: skip
_DOCUMENT = guarded(rf"\b({'|'.join(DOCUMENT_NOUNS)})\b", re.IGNORECASE)
_PRONOUN_OR_DOCUMENT = ascii_aware(re.compile(r"\b(?:it|he|she|they|update|report|statement)\b",
                                               re.I))  # fmt: skip
_MEDIA = re.compile(r"\b(?:BBC|Reuters|Associated\s+Press|AFP|news|outlet|newspaper|media|"
                    r"Times|Post|Journal|Guardian|Service)\b")  # fmt: skip


def attribute_forward(
    sentences: list[Sentence], per_sentence: list[list[Claim]], context: ArticleContext
) -> None:
    """Unattributed figures take the claimant named next in their paragraph.

    A lede often gives the figures first and the source after ("Russia lost 1,200 troops
    in a day. The figures come from Ukraine's General Staff."). A title named before its
    holder ("..., the regional governor said" then "Gov. Ivan Fedorov") takes the next
    person with that title a few sentences on (a live blog's next governor is another's).
    """
    named = context.named
    for position, claims in enumerate(per_sentence):
        if not claims:
            continue
        index = sentences[position].index
        role = context.pending_roles.get(index)
        if not any(_awaits_a_name(c, role) for c in claims):
            continue
        paragraph = sentences[position].paragraph
        later = next(
            (person for at, person in context.titled
             if index < at <= index + _TITLE_REACH and role in person.role),
            None,
        ) if role else None  # fmt: skip
        for after in range(position + 1, len(sentences)):
            if later is not None:
                break
            following = sentences[after]
            if following.paragraph != paragraph:
                break  # sentences come in paragraph order: none of this paragraph is left
            if following.index in named:
                later = named[following.index]
        if later is None or _is_title(later.name, role):
            continue  # ("..., he added": the title itself again, already typed by its figures)
        claims[:] = [_credited(c, later) if _awaits_a_name(c, role) else c for c in claims]


def _awaits_a_name(claim: Claim, role: str | None) -> bool:
    """Is the claim's source still to be named: unknown (but not the unnamed makers of claims
    a sentence rejects), or a title (``role``) that named no one?"""
    if claim.claimant_type is _UNKNOWN and claim.claimant != UNNAMED_CLAIMS.name:
        return True
    return _is_title(claim.claimant, role)


def _is_title(name: str, role: str | None) -> bool:
    """Is ``name`` the title ``role`` alone ("the regional governor"), no one's name?"""
    return role is not None and name.rsplit(" ", 1)[-1].lower() == role


def _credited(claim: Claim, claimant: Claimant) -> Claim:
    typed = side_typed(claimant, claim.subject,
                        counts_own(claim.population, claim.categories, False))  # fmt: skip
    return claim.model_copy(update={"claimant": typed.name, "claimant_type": typed.type})


_TITLE_REACH = 4  # sentences within which a title's holder is named after it
_BARE_SIDES = {"kyiv", "kiev", "ukraine", "moscow", "russia"}  # a country named as a source
_GENERAL_STAFF: Claimant = canonical_claimant("General Staff")  # type: ignore[assignment]


# ("the city's military administration" is the city's body, not the city)
_POSSESSOR = re.compile(r"^(?:the\s+)?(?!(?:city|town|region|village|district|oblast)['’])"
                        r"([\w-]+)['’]s\s.*$", re.IGNORECASE | re.DOTALL)  # fmt: skip


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_ACRONYMS_DOCUMENT = re.compile(
    rf"^([A-Z]{{2,6}})\s+(?:{'|'.join(DOCUMENT_NOUNS)}|breakdown|count|tally|figures|data)$")
_UNSPELLED = frozenset({"for", "of", "the", "and", "on", "in", "to"})


def _initials(name: str) -> str:
    """"ICA" for "Institute for Conflict Analysis"."""
    return "".join(w[0] for w in name.split() if w.lower() not in _UNSPELLED).upper()


def _spelled_out(acronym: str, text: str) -> Claimant | None:
    """A body the article spells out once ("the Centre for Journalist Safety (CJS)"), typed
    by its name, for its acronym where no claimant of that name spoke before."""
    if f"({acronym})" not in text:
        return None
    for m in re.finditer(rf"((?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){{0,6}}?)\({acronym}\)", text):
        words = m.group(1).split()
        for start in range(len(words)):  # ("In its annual report, the Centre for ...")
            name = " ".join(words[start:])
            if name[0].isupper() and _initials(name) == acronym:
                # ("South Korea's National Intelligence Service (NIS)": typed with its country)
                kind = infer_type(name)
                kind = infer_type(m.group(1)) if kind is _UNKNOWN else kind
                return Claimant(name, kind) if kind is not _UNKNOWN else None
    return None


def _resolve(attribution: Attribution, context: ArticleContext) -> Claimant | None:
    named = attribution.claimant
    if named is not None and named.name.lower() in _BARE_SIDES:
        # "Kyiv said" after Ukraine's General Staff was named: the same source.
        same_side = [c for c in context.history if c.type is named.type and c != named]
        return same_side[-1] if same_side else named
    if named is not None and named.type is _UNKNOWN and (
            owner := _ACRONYMS_DOCUMENT.match(named.name)):  # fmt: skip
        named = named._replace(name=owner.group(1))  # "The SES breakdown ... puts": the SES
    if named is not None and named.type is _UNKNOWN and _ACRONYM.match(named.name):
        # "ICA has geolocated" in the Institute for Conflict Analysis's own assessment; "ISW
        # said" after the Institute for the Study of War was named
        spelled = [c for c in context.history if _initials(c.name) == named.name]
        if spelled:
            return spelled[-1]
        ours = the_outlet(context.outlet)
        if _initials(ours.name) == named.name:
            return ours
        if spelled_out := _spelled_out(named.name, context.text):
            return spelled_out
    if named is not None and " " not in named.name:
        # "Fedorov said" after "Gov. Ivan Fedorov": the same person by surname.
        same = [c for c in context.history if c.is_person and c.name.endswith(f" {named.name}")]
        if same:
            return same[-1]
        # ("chief doctor Andrii Levchenko looked ..." before "Levchenko said": the person the
        # article named in full, though not as a source)
        if context.named_in_full(named.name):
            return named._replace(is_person=True)
        return named
    if named is not None:
        return named
    head = attribution.phrase.split()[-1].lower() if attribution.phrase else ""
    if head in context.documents:
        return context.documents[head]  # "The update says" -> whoever issued the update
    # "the ministry's daily briefing said": the ministry is who is referred to (but "the
    # prosecutor's office" is a body of its own, not the last person named)
    phrase = attribution.phrase if OFFICIAL_OFFICE.search(attribution.phrase) else (
        _POSSESSOR.sub(r"the \1", attribution.phrase))  # fmt: skip
    attribution = attribution._replace(phrase=phrase)
    resolved = resolve_reference(phrase, context.history)
    if resolved is None:
        return None
    side = claimant_side(resolved.type)
    # "the defense ministry" after a Russian claimant is Russia's ministry.
    if not _PRONOUN_OR_DOCUMENT.search(attribution.phrase):
        adjective = {Subject.RUSSIA: "Russian", Subject.UKRAINE: "Ukrainian"}.get(side)  # type: ignore[arg-type]
        head = attribution.phrase.split()[-1].lower()
        if adjective and head not in resolved.name.lower():
            named = canonical_claimant(f"{adjective} {attribution.phrase}")
            if named is not None:
                return named
    return resolved


# "Russia has been even more reticent. Its defence ministry said ...": the body of the
# country the sentence before opened with
_ITS_BODY = re.compile(r"(?:its|their)\s+(?P<body>(?:defen[cs]e\s+)?ministry|military|army)\b",
                       re.IGNORECASE)  # fmt: skip
_OPENING_COUNTRY = re.compile(r"^\W*(?:(?:But|And|Meanwhile|Still|Yet),?\s+)?"
                              r"(?P<country>Russia|Ukraine|Moscow|Kyiv|Kiev)\b")  # fmt: skip


def _owned_by_country(sentence: str, start: int, before: Sentence | None) -> Claimant | None:
    found = _ITS_BODY.match(sentence, start) if before is not None else None
    opening = _OPENING_COUNTRY.match(before.text) if found and before else None
    if found is None or opening is None:
        return None
    owner, body = f"{opening.group('country')}'s", found.group("body")
    return canonical_claimant(f"{owner} {body.title()}") or canonical_claimant(
        f"{owner} {body.lower()}")  # fmt: skip


def sentence_claimants(
    sentence: Sentence, context: ArticleContext
) -> list[tuple[Attribution, Claimant]]:
    stripped = sentence.text.strip()
    if stripped[:1] == "(" and stripped[-1:] == ")":
        return []  # "(Updates toll ..., adds Russian ministry claim)": an editor's note
    # (Found first: the gazetteer's index is then asked about the sentence, then its rest.)
    found = find_attributions(sentence.text, context.outlet)
    # ("the headquarters said Ukraine had received 1,000 bodies which, according to the
    # Russian side, belong to Ukrainian servicemen": a source in a clause about the things
    # counted says what they are, not how many; the sentence's first source gave the count)
    # (and "the bodies of 1,000 people that Moscow says were soldiers": what they were)
    found = [a for i, a in enumerate(found) if not (
        i and _RELATIVE_BEFORE.search(sentence.text, found[i - 1].end, a.start)) and not (
        _SAYS_WHAT_THEY_WERE.match(sentence.text, a.end)
        and _RELATIVE_SOURCE.search(sentence.text, max(0, a.end - 60), a.end))]  # fmt: skip
    # A body the gazetteer knows joins the history even unattributed ("contacted X"), but
    # not when it names the losses ("Ukrainian military deaths are close to 70,000").
    # (the body the sentence opens on, its subject, before one named later: "Ukraine's
    # General Staff, which ..., has folded the SBU's claim into its count")
    opening = _OPENING_NAME.match(sentence.text)
    known = (opening and canonical_claimant(opening.group())) or canonical_claimant(
        _LOSSES_OF_A_FORCE.sub("", sentence.text))
    if known is None and (owned := _owned_by_country(stripped, 0, context.previous)):
        context.remember(owned)  # "Its defence ministry has not updated its toll"
    elif known is not None and (not found or (early := canonical_claimant(
            _LOSSES_OF_A_FORCE.sub("", sentence.text[: found[-1].start])))):  # fmt: skip
        # named before the sentence's last source: "Mediazona, which ..., said that it
        # had confirmed" (but not "It has documented 41 ..., deaths the Russian Defence
        # Ministry has never acknowledged": "it" is no body named after it)
        context.remember((early if found else None) or known)
    resolved: list[tuple[Attribution, Claimant]] = []
    for attribution in found:
        # "we" outside a quotation is the outlet giving its own count
        we = attribution.phrase.lower() == "we"
        claimant = (own_voice(sentence.text, context.outlet) if we else None) or (
            _named_before_in(resolved, attribution)
        ) or (
            _owned_by_country(sentence.text, attribution.start, context.previous)
        ) or _resolve(attribution, context)  # fmt: skip
        if claimant is not None and claimant.type is _UNKNOWN and (
                kind := described_kind(claimant, context.described)):  # fmt: skip
            claimant = claimant._replace(type=kind)  # what the article says it is
        elif claimant is not None and claimant.type is _UNKNOWN and context.outlet and (
                f"{context.outlet.lower()} ".startswith(f"{claimant.name.lower()} ")):  # fmt: skip
            claimant = the_outlet(context.outlet)  # "Meridian has observed": the outlet's own
        if claimant is not None:
            resolved.append((attribution, claimant))
            if claimant.is_person and claimant.role:
                context.titled.append((sentence.index, claimant))
        elif unnamed := _unnamed_official(attribution.phrase):
            # "…, the regional governor said" with no governor named before: the title
            # speaks (typed by the side whose losses it counts) until its holder is named.
            resolved.append((attribution, unnamed))
            if unnamed.role:
                context.pending_roles[sentence.index] = unnamed.role
    if known is not None and not any(c == known for _, c in resolved):
        context.remember(known)  # (for the sentences after it)
    introduced = introduced_person(sentence.text) or (introduced_body(
        sentence.text, context.described) if known is None and not resolved else None)
    if introduced is not None and not any(c.name == introduced.name for _, c in resolved):
        context.remember(introduced)  # for "she said" (or "it said") to come
    speaker = context.speaker
    if speaker is not None and all(a.phrase.lower() == "we" for a, _ in resolved):
        # an interviewee's answer that names no other source: its figures are the speaker's,
        # and its "we" is the speaker's side, not the outlet
        context.remember(speaker)
        resolved = [(Attribution(0, 0, speaker.name, speaker), speaker)]
    if not resolved:
        # "We have confirmed the deaths of 12,870 men", "our model suggests": the outlet's own
        # count, in its own voice (not a quoted source's "we")
        ours = own_voice(sentence.text, context.outlet)
        if ours is not None:
            resolved.append((Attribution(0, 0, "we", ours), ours))
    if any(a.phrase.lower() == "we" for a, _ in resolved) and (
            worked := _WORKED_OUT_FROM.search(sentence.text)) and (
            source := canonical_claimant(worked.group("owner"))):  # fmt: skip
        # "Adding up the General Staff's daily reports, we found that its tally grew by
        # 35,370": a figure the outlet works out is its source's
        resolved = [(a, source if a.phrase.lower() == "we" else c) for a, c in resolved]
    if resolved:
        for document in _DOCUMENT.findall(sentence.text):
            context.documents[document.lower()] = resolved[0][1]
    return resolved


_WORKED_OUT_FROM = re.compile(
    r"\b(?i:adding\s+up|summing\s+up|summing|totting\s+up|from|using|based\s+on)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports|figures|data|bulletins|updates|numbers|tallies|totals)\b"
)


# Whom a pronoun can stand for: a body ("it"), a person ("he", "she"), either ("they").
_PRONOUN_PERSON: dict[str, bool | None] = {"it": False, "he": True, "she": True, "they": None}


def _named_before_in(resolved: list[tuple[Attribution, Claimant]],
                     attribution: Attribution) -> Claimant | None:  # fmt: skip
    """The source a pronoun (or a document: "its update") refers to when its own sentence
    named one before it: "Colombia's foreign ministry said that it had confirmed the deaths
    of 43"."""
    if attribution.claimant is not None or not resolved:
        return None
    pronoun = attribution.phrase.lower()
    if pronoun in DOCUMENT_NOUNS:  # ("Oryx ... had by its Friday update confirmed")
        return resolved[-1][1]
    if pronoun not in _PRONOUN_PERSON:
        return None
    person = _PRONOUN_PERSON[pronoun]
    fits = [c for _, c in resolved if person is None or c.is_person is person]
    return fits[-1] if fits else None


# Unnamed sources that speak for an authority: "officials said", "local authorities said".
_OFFICIAL_GROUPS = frozenset({"officials", "authorities"})


def _unnamed_official(phrase: str) -> Claimant | None:
    """A title, a group of officials or a local body that no claimant named before fits
    ("the regional governor", "the city's mayor", "officials", "the regional prosecutor's
    office"), as a claimant of its own."""
    words = phrase.split()
    head = words[-1].lower() if words else ""
    # "the prosecutor general's office" (an official's, not an office building), "the air
    # force", "the navy": a body of the state
    body = (head == "office" and OFFICIAL_OFFICE.search(phrase) is not None) or (
        phrase.lower().endswith(("air force", "navy", "ministry")))
    if head not in PERSON_ROLES and head not in _OFFICIAL_GROUPS and not body and (
            words[0].lower() not in LOCAL):  # fmt: skip
        return None
    person = head in PERSON_ROLES
    return Claimant(phrase, _UNKNOWN, person, head if person else "")


# Sources in a relative clause about the things counted: "which, according to the Russian
# side, belong to", "people that Moscow says were soldiers"
_SAYS_WHAT_THEY_WERE = re.compile(r"\s+(?:said|says|claimed|claims)\s+(?:were|was|are|is|belong)\b")
_RELATIVE_SOURCE = re.compile(r"\b(?:that|which|who)\s+[^,;]*$")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who),?\s*(?:according\s+to\s+(?:the\s+)?)?$")
# The end of a sentence after its closing source: "..., the office said on Monday."
_CLOSING = re.compile(r"(?:\s+(?:said|says|reported|added|stated|announced|claimed))?"
                      r"(?:\s+(?:on|in|last|this)\s+\w+)?\W*")  # fmt: skip
_INCREMENTED = re.compile(r"\s*\(\s*\+\s*\d")  # "8,673 (+7)": a running total and its day's


def pick_claimant(figure: Figure, attributions: list[tuple[Attribution, Claimant]],
                   context: ArticleContext, text: str) -> Claimant:  # fmt: skip
    """The claimant of a figure, typed by the side it was found to speak for if it states
    none."""
    # ("Another 140 were wounded, he added": the governor goes on, a pronoun or none)
    carried = all(a.phrase.lower() in _PRONOUN_PERSON for a, _ in attributions)
    return context.side_known(_claimant_of(figure, attributions, context, text), carried)


def _claimant_of(figure: Figure, attributions: list[tuple[Attribution, Claimant]],
                 context: ArticleContext, text: str) -> Claimant:  # fmt: skip
    rejected = _REJECTED_CLAIMS.search(text, 0, figure.phrase_start)
    if rejected and not any(rejected.end() <= a.start < figure.phrase_start
                            for a, _ in attributions):  # fmt: skip
        # "The Kremlin dismissed as fake claims that 500,000 ...": the figure is the claims'
        # makers', not the Kremlin's; the sentence may name only their side
        return _CLAIMS_MADE_BY.get((rejected.group("maker") or "").lower(), UNNAMED_CLAIMS)
    if not attributions:
        if context.loss_list and context.loss_list.claimant:
            return context.loss_list.claimant
        if context.current is None and ((context.loss_list and not context.loss_list.civic)
                                        or figure.increment_of is not None
                                        or _INCREMENTED.match(text, figure.number_end)):
            # An unsigned "N (+n)" loss list is the General Staff's own daily format.
            return _GENERAL_STAFF
        return context.current or UNKNOWN
    # A media outlet that relays another claimant's figure is not the claimant.
    candidates = [a for a in attributions if not (
        a[1].type is _INDEPENDENT and _MEDIA.search(a[0].phrase)
        and a[1].name.count(" and ") == 0)] or attributions  # fmt: skip
    before = [a for a in candidates if a[0].end <= figure.phrase_start]
    after = [a for a in candidates if a[0].start >= figure.phrase_end]
    inside = [a for a in candidates if a not in before and a not in after]
    if before and after and before[-1][0].phrase.lower() in _BARE_SIDES and (
            text[before[-1][0].end : before[-1][0].end + 1] not in ("'", "’")
            and _CLOSING.fullmatch(text, after[-1][0].end)):  # fmt: skip
        # "Ukraine has recorded 245 ..., the prosecutor's office said": the office's count
        before = []
    chosen = (inside or before[-1:] or after[:1] or candidates)[0]
    return chosen[1]

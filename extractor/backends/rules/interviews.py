"""Who speaks in an interview or a transcript: a paragraph opened by its speaker's label
("Kravets: In spring they still came with armour", "A: Not the biggest share", "MS. WHITCOMB:
Good afternoon", "[00:01:12] DANIEL ROSS: ...") holds that person's words, and the "we" in
them is the speaker's unit, not the outlet.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import Claimant, canonical_claimant, infer_type
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.names import TITLE, titled_person
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.sentences import Sentence
from extractor.folding import ascii_aware
from schemas import ClaimantType

# "Kravets: ...", "A: ...", "MS. WHITCOMB: ...", "[00:00:35] MARTA KOVAL (host): ...",
# "The Minister for the Armed Forces (Mr David Rourke): ...": a speaker's label, then a colon
_HONORIFIC = r"(?i:Mr|Mrs|Ms|Dr|Sir|Dame|Madam)\.?\s+"
_LABEL = guarded(
    r"^\W{0,3}(?:\[\d{1,2}(?::\d\d){1,2}\]\s*)?"
    # ("GEN. COSTA": a title's abbreviation too)
    rf"(?P<label>(?:{_HONORIFIC})?[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’.-]+|for|of"
    r"|the)){0,6})(?P<asides>(?:\s+\([^()\n]{1,60}\)){0,2})\s*:\s+(?=\S)"
)
# The person a label's aside names: "(Mr David Rourke)"
_NAME_ASIDE = re.compile(
    rf"\((?:{_HONORIFIC})?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}})\)"
)
_LEADING_HONORIFIC = re.compile(f"^{_HONORIFIC}")
_ANSWER = frozenset({"A", "Answer"})
# The person an interview is with, as its introduction names them: "Colonel Andrii
# Marchenko, 47, the spokesman for ..."; "Major Oleh Kravets, 36, commands ..."
_INTRODUCED = ascii_aware(re.compile(
    r"\b(?:Colonel|Major|General|Lieutenant|Captain|Sergeant|Commander|Governor|Minister|"
    r"spokes(?:man|woman|person)|commander|governor|mayor|chief|head)\s+(?:[A-Z][a-z'’-]+\s+)?"
    # (a letter of a name may be any lower-case one: "Jörg Hallstein")
    r"(?P<name>[A-Z](?:[^\W\d_A-Z]|['’-])+\s+[A-Z](?:[^\W\d_A-Z]|['’-])+)\b"
))


# An interview introduces its speakers at its top: only so much is searched for them (and
# the time per paragraph stays bounded, whatever the article's length).
_INTRODUCTION = 3000
_AROUND = 80  # the words before and after an introduction that may say whom it serves
# where the words in apposition to a name end: "Raymond Costa, director of the DIA, and ..."
_APPOSITION_END = re.compile(r",\s+and\s|;|(?<![A-Z])\.\s")


# ("Personnel: about 724,050": a list's line, its value alone after the label)
_LIST_VALUE = re.compile(rf"{lexicon.HEDGE}\d[\d,.  ]*(?:[,;.]?\s*(?:\n|$)|,\s+plus\b)",
                         re.IGNORECASE)  # fmt: skip


def interview_speaker(paragraph_opening: str, text: str, start: int) -> Claimant | None:
    """The speaker whose label opens the paragraph at ``start`` of ``text``, if the
    article has introduced them before it. Questions and list labels ("Tanks: 37") name no
    one introduced, so no speaker."""
    label = _LABEL.match(paragraph_opening)
    if label is None or _LIST_VALUE.match(paragraph_opening, label.end()):
        return None
    text_before = text[: min(start, _INTRODUCTION)]
    word = label.group("label")
    named = _NAME_ASIDE.search(label.group("asides"))
    if named:  # "The Minister for the Armed Forces (Mr David Rourke)": titled in the label
        return Claimant(named.group("name"), infer_type(label.group(0)), True)
    if titled := titled_person(word, Claimant(word, infer_type(word))):
        return titled  # "Mayor Ihor Lytvynenko: ...": the label names the person in full
    if word in _ANSWER:
        introduced = _INTRODUCED.search(text_before)
    else:
        # "Kravets", "MS. WHITCOMB", "MARTA KOVAL", "Mr Crane": the surname, in any case
        surname = _LEADING_HONORIFIC.sub("", word).split()[-1]
        # (not another label: "The Front Desk:" introduces no one)
        introduced = re.search(rf"\b(?P<name>[A-Z][a-z'’-]+\s+(?i:{re.escape(surname)}))\b"
                               r"(?!\s*(?:\([^()\n]*\)\s*)?:)", text_before)  # fmt: skip
        if introduced is None:
            return _labelled(surname, text[: min(start + label.end(), _INTRODUCTION)])
    return _typed(introduced, text_before) if introduced else None


def _labelled(surname: str, text_before: str) -> Claimant | None:
    """The person a transcript introduces in a label of theirs, by full name and what
    they are: "OKSANA DMYTRENKO (member of the Verkhovna Rada, national security
    committee): ...", then "DMYTRENKO: ..."."""
    found = re.search(rf"^\W{{0,3}}(?P<name>[A-Z][\w'’-]+\s+(?i:{re.escape(surname)}))\s*"
                      r"\((?P<aside>[^()\n]{1,100})\)\s*:", text_before, re.MULTILINE)  # fmt: skip
    if found is None:
        return None
    name, aside = found.group("name"), found.group("aside")
    body = canonical_claimant(aside)
    return Claimant(name.title() if name.isupper() else name,
                    body.type if body is not None else infer_type(aside), True, aside.lower())


# A question put to someone ("How many wounded are you seeing now?"): a paragraph of its own
_QUESTION_TO_YOU = re.compile(r"^[^\n]*\b(?:you|your)\b[^\n]*\?[ \t]*$", re.MULTILINE | re.I)


def unlabelled_interviewee(text: str) -> Claimant | None:
    """The person an interview with unlabelled answers is with: the article puts questions
    to "you" in paragraphs of their own, and introduces the person at its top."""
    if "?" not in text or not _QUESTION_TO_YOU.search(text):
        return None
    top = text[:_INTRODUCTION]
    introduced = _INTRODUCED.search(top)
    return _typed(introduced, top) if introduced else None


def _typed(introduced: re.Match[str], text_before: str) -> Claimant:
    """The person an introduction names, typed by the words around it."""
    # (the type from the words around the introduction: "Pentagon Press Secretary Dana
    # Whitcomb", "Colonel Andrii Marchenko, 47, the spokesman for a Ukrainian brigade")
    line_start = text_before.rfind("\n", 0, introduced.start()) + 1
    line_end = text_before.find("\n", introduced.end())
    if line_end == -1:
        line_end = len(text_before)
    around = text_before[max(line_start, introduced.start() - _AROUND) :
                         min(line_end, introduced.end() + _AROUND)]  # fmt: skip
    # (the words after the name first: "Raymond Costa, director of the Defense Intelligence
    # Agency", whatever war the sentence before names)
    after = _APPOSITION_END.split(
        text_before[introduced.start() : min(line_end, introduced.end() + _AROUND)], maxsplit=1
    )[0]
    body = canonical_claimant(after)
    kind = body.type if body is not None else infer_type(after)
    if body is None and _OUTSIDE_THE_STATE.search(text_before, line_start, line_end):
        kind = ClaimantType.INDEPENDENT  # "left Russia ..., runs a channel critical of the war"
    return Claimant(introduced.group("name"),
                    infer_type(around) if kind is ClaimantType.UNKNOWN else kind, True)


# A person who speaks for no state: a critic, an exile, a blogger
_OUTSIDE_THE_STATE = re.compile(
    r"\b(?:critic(?:s|al)?\s+of|dissident|in\s+exile|exiled|(?:left|fled|leaving|fleeing)\s+"
    r"(?:Russia|Ukraine)|runs\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:channel|blog|podcast)|blogger)\b",
    re.IGNORECASE,
)


# "The following is our translation of President X's evening video address": the address
# is X's words, up to a heading in capitals ("WIRE RECAP") or a dateline ("KYIV, March 8")
_ADDRESS_OF = re.compile(
    r"\b(?:the\s+following\s+is|below\s+is|here\s+is)\s+(?:our|an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:translation|transcript|text|excerpt)\s+of\s+(?P<whose>[^.\n]{3,120}?)['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:address|speech|statement|remarks|message|post)\b",
    re.IGNORECASE,
)
_SECTION_END = re.compile(r"^(?:[A-Z][A-Z' ]{3,}$|[A-Z]{3,}(?:\s[A-Z]+)*,\s)", re.MULTILINE)


# "Estonia's defence minister, Kristjan Saar, set out ... in an eight-part thread on X":
# the thread that follows is the minister's, in the first person
_THREAD_OF = re.compile(
    r"^(?P<whose>[A-Z][^.\n]{3,100}?)\s+(?:set\s+out|posted|wrote|published|laid\s+out|"
    r"gave)\b[^.\n]{0,120}?\bin\s+(?:an?|his|her|a\s+long)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:thread|series\s+of\s+posts)\b",
)
# "By Iryna Hordiienko" over an essay, a diary, a first-person account: the author's words
_BYLINE = re.compile(r"^By\s+(?P<whose>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})[ \t]*\n")
_FIRST_PERSON_FORM = re.compile(r"\b(?:essay|diary|first-person|memoir|column|op-ed)\b",
                                re.IGNORECASE)  # fmt: skip
_NAME_IN_APPOSITION = re.compile(r",\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),?$")


def address_speaker(text: str) -> tuple[Claimant, int, int] | None:
    """Whose address (or thread, or essay) an article gives in full, and where it runs."""
    top = text[:_INTRODUCTION]  # (an introduction: the top alone)
    found = _ADDRESS_OF.search(top) or _THREAD_OF.search(top)
    if found is None and (byline := _BYLINE.match(top)) and _FIRST_PERSON_FORM.search(top, 0, 600):
        found = byline
    if found is None:
        return None
    whose = found.group("whose")
    named = canonical_claimant(whose)
    # ("Estonia's defence minister, Kristjan Saar,": the name in apposition to the title)
    name = _NAME_IN_APPOSITION.search(whose)
    speaker = named if named is not None and named.is_person else Claimant(
        name.group(1) if name else TITLE.sub("", whose).strip(), infer_type(whose), True)
    rest = top[found.end() :]
    if found.re is _BYLINE and speaker.type is ClaimantType.UNKNOWN and (
            again := re.search(rf"\b(?P<name>{re.escape(speaker.name)})\b", rest)):  # fmt: skip
        # (an author is typed by how the essay introduces them, as an interviewee is:
        # "Iryna Hordiienko, 41, is a senior nurse in the Armed Forces of Ukraine")
        speaker = _typed(again, rest)
    end = _SECTION_END.search(text, found.end())
    return speaker, found.end(), end.start() if end else len(text)


def paragraph_speaker(opening: str, text: str, start: int, question_before: bool,
                      interviewee: Claimant | None,
                      address: tuple[Claimant, int, int] | None) -> Claimant | None:  # fmt: skip
    """Who speaks in the paragraph opening at ``start``: its label's speaker, the
    interviewee answering the question before it, or the speaker of an address given in
    full that it belongs to."""
    return (interview_speaker(opening, text, start)
            or (interviewee if question_before else None)
            or (address[0] if address and address[1] <= start < address[2] else None))


# An interviewer's question on losses: "And equipment?", "The wounded, then?"
_LOSS_QUESTION = re.compile(r"\b(?:losses|equipment|vehicles|armou?r|tanks|casualties|wounded|"
                            r"dead)\b[^.?!]{0,20}\?\W*$", re.IGNORECASE)  # fmt: skip
# ... on the interviewee's own side's: "What about your own losses?"
_OWN_QUESTION = re.compile(r"\byour\s+(?:own\s+)?(?:losses|casualties|wounded|dead|men)\b",
                           re.IGNORECASE)  # fmt: skip
_ENEMY_NAMED = re.compile(r"\b(?:Russian|Russians|Russia's|enemy|occupiers)\b", re.IGNORECASE)
_ENEMY_SOURCE = re.compile(r"\b(?:Russia's|Russian|Moscow's|the\s+enemy's)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:said|says|claimed|claims|reported|reports)\b")  # fmt: skip
_QUESTION_END = re.compile(r"\?\W*$")


def interview_turn(sentence: Sentence, figures: list[Figure], context: ArticleContext) -> None:
    """Read an interviewer's question for what its answer counts, and mark an answer's
    figures of no stated side as the interviewee's own after "What about your own losses?"
    (until a question turns to the enemy or away from losses)."""
    if not _QUESTION_END.search(sentence.text):
        if context.own_answers and _ENEMY_SOURCE.search(sentence.text):
            context.own_answers = False  # (a question's lead-in: "Russia's ministry said ...")
        for figure in figures if context.own_answers else ():
            if figure.nationality is None and not figure.enemy:
                figure.own_side = True
        return
    if not figures and _LOSS_QUESTION.search(sentence.text):
        # ("And equipment?" "Thirty-one tanks, 64 armoured vehicles ...": the answer's bare
        # counts are losses)
        context.loss_paragraph = sentence.paragraph + 1
    if _OWN_QUESTION.search(sentence.text):
        context.own_answers = True
    elif figures or _ENEMY_NAMED.search(sentence.text) or not _LOSS_QUESTION.search(
            sentence.text):  # fmt: skip
        context.own_answers = False

"""Capitalised job titles and the offices, units and fields they name, which are no actors."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from .. import recall
from .. import thresholds as T
from ..gazetteer import Gazetteer
from ...names import fold, HONORIFICS, is_acronym, is_person_title, is_title_word, leading_title_length
from .base import INSTITUTION_WORDS


# A business unit inside a job title: "vice president, Acme Sales & Operations at Acme Inc.",
# "General Manager of Life Care Europe at Acme": the title's, not an actor.
_TITLE_BEFORE = re.compile(r"(?P<title>[\w.]+)(?: of|,)\s*$")
_AT_EMPLOYER = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")

# A rank that is also an adjective, opening the names of bodies and events: "General Electric",
# "the General Assembly", "the General Staff", "the General Election".
_ADJECTIVE_RANKS = frozenset({"General"})

_OFFICE_OF = re.compile(r"(?P<title>[A-Z][\w.-]*) (?:of|for) [A-Z]")
_LISTED_AFTER = re.compile(r"(?:,? (?:and|&) [A-Z][\w'\u2019-]*)? ")


def _rank_before_noun(text: str, nouns: AbstractSet[str]) -> bool:
    """"General Electric", "General Election": such a rank before one common noun names a body or an
    event, no one (a general is named by a surname: "General Petraeus")."""
    words = text.split()
    return len(words) == 2 and words[0] in _ADJECTIVE_RANKS and words[1].lower() in nouns


def _unit_of_a_title(text: str, start: int, end: int) -> bool:
    """A name between a person's title ("president,", "Manager of") and "at" an employer: the
    business unit the title is of ("General Manager of Life Care Europe at Acme")."""
    before = _TITLE_BEFORE.search(text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
    return bool(before and is_person_title(before["title"]) and _AT_EMPLOYER.match(text, end))


# An envoy's country after his title: "Pakistan's High Commissioner to Britain", "its Ambassador to France".
_ENVOY_TO = re.compile(r" to (?:the )?[A-Z]")


def _job_title(text: str, start: int, end: int) -> bool:
    """A title written whole: opening and closing with a title's words ("Chief Product Officer"),
    a title and its field before "at" an employer ("Lecturer in Management at Acme"), or an envoy's
    title before the country he is sent to ("High Commissioner to Britain")."""
    words = text[start:end].split()
    if len(words) >= 2 and is_person_title(words[-1]) and _ENVOY_TO.match(text, end):
        return True
    if len(words) < 2 or not is_title_word(words[0]):
        return False
    return is_person_title(words[-1]) or words[1] in {"in", "of"} and bool(_AT_EMPLOYER.match(text, end))


# A lowercase "secretary of" before a capitalised field: American copy's cabinet title ("the former secretary of State
# Hillary Clinton", "as secretary of State"), whose field is part of her title, no department that acts (the
# department is named so: "the State Department"). Only a lowercase title: "Secretary of State" is a title whole.
_LOWERCASE_SECRETARY_OF = re.compile(r"\bsecretary of (?:the )?$")


def _field_of_a_lowercase_secretary(text: str, start: int, end: int) -> bool:
    """One capitalised word right after a lowercase "secretary of": the field of a cabinet title ("secretary of State",
    "secretary of Defense"), no body of the story."""
    return " " not in text[start:end] and bool(_LOWERCASE_SECRETARY_OF.search(text[max(0, start - 20) : start]))


def _office_before_holder(doc: Doc, text: str, start: int, end: int) -> bool:
    """A person's title and what it is of, right before the name of its holder: "Commissioner of
    Food and Drugs Frank E. Young", "Minister for Europe Jo Roe" (not "Queen of the South", a club)."""
    m = _OFFICE_OF.match(text, start, end)
    if m is None or not is_person_title(m["title"]):
        return False
    after = _LISTED_AFTER.match(text, end)
    holder = doc.char_span(after.end(), after.end() + 1, alignment_mode="expand") if after else None
    return holder is not None and holder[0].ent_type_ == "PERSON" and holder[0].ent_iob_ == "B"


def _employer_after_field(text: str, start: int, end: int) -> int | None:
    """Where the employer starts in a span that runs from a title's field to it: "Professor of
    [Management at Rice University]" is Rice University. Not "University of Texas at Austin"."""
    at = text.find(" at ", start, end)
    before = _TITLE_BEFORE.search(text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
    if at < 0 or not (before and is_person_title(before["title"])):
        return None
    employer = at + 4
    if text.startswith("the ", employer):
        employer += 4
    return employer if text[employer : employer + 1].isupper() else None


def _part_of_title(text: str, start: int, end: int, gaz: Gazetteer | None) -> bool:
    """A one-word name that is a word of a person's title: "Communications Minister", "Secretary of State"
    (not before an honorific: "Speaking in Harrogate Mr Kennedy said")."""
    name = text[start:end]
    if " " in name or is_acronym(name) or gaz and (gaz.country(name) or gaz.region(name) or gaz.lookup(name)):
        return False
    after = text[end:].split(maxsplit=1)
    before = text[:start].split()[-2:]
    title = after[0].strip(",.;:") if after else ""
    if fold(title) in _HEADS_OF_A_BODY:
        return False  # "former Hewlett-Packard CEO Carly Fiorina": the firm she ran, never a field of her title
    return (is_person_title(title) and title[:1].isupper() and fold(title).rstrip(".") not in HONORIFICS) or (
        len(before) == 2 and before[1] == "of" and is_person_title(before[0]) and before[0][:1].isupper()
    )


# Titles of the one who chairs or runs a body, whose name is written before them: "Federal Reserve Chair Janet
# Yellen", "Perry Capital CEO Richard Perry" (a field comes before a minister's or a secretary's title, never these).
_HEADS_OF_A_BODY = frozenset({"chair", "chairman", "chairwoman", "chairperson", "ceo"})


def _field_of_an_office(text: str, start: int, end: int, lexicon: AbstractSet[str]) -> bool:
    """Common words before a person's title, which the model took for a body: the field the office
    is of ("National Security" of "National Security Adviser"), where a body's name has a name's
    word ("FEMA Administrator", "Acme News Finance Minister") or ends with a body's head noun ("Home
    Office Minister")."""
    words = text[start:end].split()
    after = text[end:].split(maxsplit=1)
    titled = bool(after) and after[0][:1].isupper() and is_person_title(after[0].strip(",.;:"))
    if not titled or not words or words[-1].lower() in recall.ORG_HEAD_NOUNS | INSTITUTION_WORDS:
        return False  # "Home Office Minister", "Central Intelligence Agency Director": a body's head noun
    if fold(after[0].strip(",.;:")) in _HEADS_OF_A_BODY:
        return False  # "Federal Reserve Chair Janet Yellen", "Perry Capital CEO": a chair chairs a body, a CEO runs one
    return all(w.istitle() and w.lower() in lexicon for w in words)  # not an acronym: "FCC Chairwoman"


def _titled_full_name(text: str) -> bool:
    """A person's title, then a name of two words or more: "General Guven Ergenc" (not a body named
    after one, "Prince Charles Foundation")."""
    cut = leading_title_length(text)
    rest = text[cut:].split()
    return 0 < cut and is_person_title(text[:cut].split()[-1]) and len(rest) >= 2 \
        and all(w[:1].isupper() and w.isalpha() for w in rest) and rest[-1].lower() not in recall.ORG_HEAD_NOUNS

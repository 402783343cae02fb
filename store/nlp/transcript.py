"""Turns of a broadcast transcript: paragraphs that open with their speaker's name in capitals
and a colon ('ROSIE CURTS: If vouchers pass, ...', later 'CURTS: ...').

One reader of the labels serves both stages: the entities stage takes each label's name for a
person (transcript_labels), the quotes stage each turn of a person the story reports on for that
person's words (transcript_turns). A radio or television transcript writes no quotation marks:
each such turn is a direct quote. The programme's own people (the host, the reporter: 'SACHA
PFEIFFER, HOST:', 'JO ROE, BYLINE:', then 'ROE:') narrate, so their turns are prose like any other
paragraph, read for reported speech as prose is. A label that names no one ('UNIDENTIFIED PERSON:',
'CROWD:') or a place (a dateline's 'NEW DELHI:') is no turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..names import name_key, surname_key
from . import thresholds as T

# A label: a name of up to four words in capitals, a role after a comma ("JO ROE, HOST"), a colon.
_LABEL = re.compile(
    r"(?P<name>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3})(?:, (?P<role>[A-Z][A-Z ]*[A-Z]))?:\s+(?=\S)"
)
# Words of a label that names no one: "UNIDENTIFIED PERSON", "CROWD", "ANNOUNCER".
_ANONYMOUS_WORDS = frozenset(
    "unidentified unknown crowd group audience person man woman child speaker announcer narrator protesters".split()
)
# Roles after a label's comma that make its person one of the programme's, whose turns narrate.
STAFF_ROLES = frozenset({"host", "byline", "anchor", "correspondent", "reporter", "moderator", "interviewer", "narrator"})


@dataclass(frozen=True)
class Label:
    seq: int  # the paragraph it opens
    start: int  # where the name starts, and ends
    end: int
    name: str
    role: str  # the words after its comma ("HOST"), or ""
    turn: int  # where the turn's words start


@dataclass(frozen=True)
class Turn:
    start: int  # where the turn's words start in the paragraph's text
    speaker: str  # entity key of the person the label names


def transcript_labels(paras, is_place: Callable[[str], bool] = lambda name: False) -> list[Label]:
    """The labels of an article's turns; none unless it is a transcript: at least
    TRANSCRIPT_MIN_TURNS prose paragraphs open with a label naming someone (no place: "NEW DELHI:",
    "MUMBAI:" are datelines), and one of them is a full name (a one-word label needs it)."""
    found = []
    for p in paras:
        m = _LABEL.match(p.text) if p.doc is not None and not p.skip else None
        if m and not any(w.lower() in _ANONYMOUS_WORDS for w in m["name"].split()) and not is_place(m["name"]):
            found.append(Label(p.seq, m.start("name"), m.end("name"), m["name"], m["role"] or "", m.end()))
    if len(found) < T.TRANSCRIPT_MIN_TURNS or not any(" " in label.name for label in found):
        return []
    return found


def transcript_turns(paras, names: dict[str, tuple[str, str]]) -> dict[int, Turn]:
    """Paragraph seq -> the turn it is, for the turns of people the article names (a place the
    entities stage found is no one's label)."""
    places = {name_key(name) for name, label in names.values() if label in {"GPE", "LOC", "FAC"}}
    labels = transcript_labels(paras, lambda name: name_key(name) in places)
    full: dict[str, str] = {}
    by_surname: dict[str, set[str]] = {}
    for key, (name, label) in names.items():
        if label == "PERSON":
            full.setdefault(name_key(name), key)
            by_surname.setdefault(surname_key(name), set()).add(key)
    staff: set[str] = set()
    turns: dict[int, Turn] = {}
    for label in labels:
        if set(label.role.lower().split()) & STAFF_ROLES:
            staff.add(surname_key(label.name))
            continue
        if surname_key(label.name) in staff:
            continue
        key = full.get(name_key(label.name))
        if key is None and len(label.name.split()) == 1 and len(by_surname.get(name_key(label.name), ())) == 1:
            key = next(iter(by_surname[name_key(label.name)]))  # 'CANTWELL:' after 'TRAVIS CANTWELL:'
        if key is not None:
            turns[label.seq] = Turn(label.turn, key)
    return turns

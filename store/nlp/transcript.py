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
    people = _People(names)
    staff: set[str] = set()
    turns: dict[int, Turn] = {}
    for label in labels:
        if set(label.role.lower().split()) & STAFF_ROLES:
            staff.add(surname_key(label.name))
            continue
        if surname_key(label.name) in staff:
            continue
        key = people.named(label.name)
        if key is not None:
            turns[label.seq] = Turn(label.turn, key)
    return turns


class _People:
    """The people an article names, by full name and by surname, to read a label's name against."""

    def __init__(self, names: dict[str, tuple[str, str]]):
        self.full: dict[str, str] = {}
        self.by_surname: dict[str, set[str]] = {}
        for key, (name, label) in names.items():
            if label == "PERSON":
                self.full.setdefault(name_key(name), key)
                self.by_surname.setdefault(surname_key(name), set()).add(key)

    def named(self, label: str) -> str | None:
        """The entity key of the person a label names: its full name, or the surname one person has
        ('CANTWELL:' after 'TRAVIS CANTWELL:')."""
        key = self.full.get(name_key(label))
        if key is None and len(label.split()) == 1 and len(self.by_surname.get(name_key(label), ())) == 1:
            key = next(iter(self.by_surname[name_key(label)]))
        return key


def quoted_turn(words: str, names: dict[str, tuple[str, str]]) -> Turn | None:
    """The turn a direct quote's words are when they open on a transcript's label: a transcript quoted
    paragraph by paragraph, each in its own marks ('"ROE: Will she be there?' then '"LEE: She will not.'),
    is a dialogue whose every quote is the words of the person its label names, not the one the
    story introduced it with. Turn.start is where the words after the label start."""
    m = _LABEL.match(words)
    if m is None or m["role"] or any(w.lower() in _ANONYMOUS_WORDS for w in m["name"].split()):
        return None
    key = _People(names).named(m["name"])
    return Turn(m.end(), key) if key is not None else None

"""Turns of a broadcast transcript: paragraphs that open with their speaker's name in capitals
and a colon ('ROSIE CURTS: If vouchers pass, ...', later 'CURTS: ...').

A radio or television transcript writes no quotation marks: each turn of a person the story
reports on is that person's words, a direct quote. The programme's own people (the host, the
reporter: 'SACHA PFEIFFER, HOST:', 'JO ROE, BYLINE:', then 'ROE:') narrate, so their turns are
prose like any other paragraph, read for reported speech as prose is. A label that names no one
the article names ('UNIDENTIFIED PERSON #1:', a dateline's 'NEW DELHI:') is no one's quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import name_key, surname_key
from . import thresholds as T

# A label: capitals (with digits, '#', hyphens, apostrophes, periods, a comma before a role),
# no lowercase letter, then a colon and the turn's words.
_LABEL = re.compile(r"([A-Z][A-Z0-9 .,#'\u2019\-]{1,80}?):\s+(?=\S)")
# Roles after a label's comma that make its person one of the programme's, whose turns narrate.
STAFF_ROLES = frozenset({"host", "byline", "anchor", "correspondent", "reporter", "moderator", "interviewer", "narrator"})


@dataclass(frozen=True)
class Turn:
    start: int  # where the turn's words start in the paragraph's text
    speaker: str  # entity key of the person the label names


def transcript_turns(paras, names: dict[str, tuple[str, str]]) -> dict[int, Turn]:
    """Paragraph seq -> the turn it is, for the turns of people the article names; empty unless the
    article is a transcript (at least TRANSCRIPT_MIN_TURNS paragraphs open with a label)."""
    labelled = []
    for p in paras:
        m = _LABEL.match(p.text) if p.doc is not None else None
        if m and len(m.group(1).split()) <= T.TRANSCRIPT_LABEL_MAX_WORDS:
            labelled.append((p, m))
    if len(labelled) < T.TRANSCRIPT_MIN_TURNS:
        return {}
    full: dict[str, str] = {}
    by_surname: dict[str, set[str]] = {}
    for key, (name, label) in names.items():
        if label == "PERSON":
            full.setdefault(name_key(name), key)
            by_surname.setdefault(surname_key(name), set()).add(key)
    staff: set[str] = set()
    turns: dict[int, Turn] = {}
    for p, m in labelled:
        label, _, role = m.group(1).partition(",")
        if set(role.lower().split()) & STAFF_ROLES:
            staff.add(surname_key(label))
            continue
        if surname_key(label) in staff:
            continue
        key = full.get(name_key(label))
        if key is None and len(label.split()) == 1 and len(by_surname.get(name_key(label), ())) == 1:
            key = next(iter(by_surname[name_key(label)]))  # 'CANTWELL:' after 'TRAVIS CANTWELL:'
        if key is not None:
            turns[p.seq] = Turn(m.end(), key)
    return turns

"""A sports report's team sheet ("Newcastle: Given, Carr, Boumsong, ...; Subs Not Used: Butt, Harper"):
a list of surnames, not prose, whose names the gold of such reports leaves out unless the story's
prose names the player too."""

from __future__ import annotations

import re

from .base import _Group, Para

# One player as a team sheet writes him: a surname with an initial or a second word ("L Deacon", "Ben Haim",
# "N'Gotty", "Simpson-Daniel"), a replacement after a slash ("Buckland/Cockerill"), a minute ("Bowyer 35") or
# a note in brackets ("Dallaglio (capt)", "Robert (Jenas 77)").
_PLAYER = r"(?:[A-Z]\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?(?:/(?:[A-Z] )?[A-Z][\w'\u2019-]+)?(?: \d{1,3})?(?: \([^()]{1,30}\))?"

# A sheet's heading: its side or its part ("Newcastle:", "Subs Not Used:", "Replacements (from):").
_HEADING = r"(?:[A-Z][\w']*(?: [A-Z][\w']*){0,3}(?: \([a-z]+\))?: )?"

# Four players or more, separated by commas or semicolons, filling a sentence of their own: a list has no
# "and" before its last name, and no verb, which prose has ("Britain, France, Italy and Spain agreed").
_SHEET = re.compile(rf"(?:^|(?<=[.!?\"\u201d] )){_HEADING}{_PLAYER}(?:[,;] {_PLAYER}){{3,}}(?=\.?$|\. )")


def lineup_start(text: str) -> int | None:
    """Where a paragraph's team sheets begin, when it has any: from there on it is sheets and their
    furniture ("Goals: Bowyer 35", "Att: 50,430 Ref: S Dunn"), which come last in a report."""
    m = _SHEET.search(text)
    return m.start() if m else None


def without_lineup_only_names(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """The entities named outside team sheets: a player the prose never names is a list's entry,
    no one the story is about; one it names keeps the sheet's mentions too."""
    starts = {p.seq: s for p in prose if (s := lineup_start(p.text)) is not None}
    if not starts:
        return groups
    return [g for g in groups if any(m.seq not in starts or m.start < starts[m.seq] for m in g.mentions)]

"""Prizes the copy names without saying "annual" or a count (kinds._prizes reads those): by a prize's lowercase noun
after the name, or by what someone won for a work or a role. A prize is no actor and no place, though the model tags
one as either; a body the prize is named after acts elsewhere in the article ("Bafta said"), which keeps it a body."""

from __future__ import annotations

import re

from .base import Para

_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"

# "nominated for three Grammy awards", "an Ig Nobel prize for its work", "Mobo award organisers" (the noun in
# lowercase: "the Nobel Prize" is tagged whole, and "Brit Awards" is the ceremony's name).
_NAME_BEFORE_PRIZE_NOUN = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME}) (?:awards?|prizes?|trophy|trophies|statuettes?)(?![\w-])")

# "has scooped both the Golden Globe and the Bafta for his supporting role", "won Baftas for best action adventure":
# what is won for a work, a role or a category.
_WON_FOR = re.compile(
    rf"\b(?:won|wins|win|winning|scooped|scooping|collected|bagged|picked up|took home) (?:both )?(?:the |an? |\d{{1,2}} )?"
    rf"(?P<name>{_NAME})(?: and (?:the |an? )?(?P<other>{_NAME}))? for (?:best|his|her|its|their)\b"
)

# A determiner that opens a sentence before the prize's noun ("The awards honour ..."), no name.
_DETERMINERS = frozenset({"The", "These", "Those", "This", "That", "Its", "His", "Her", "Their"})


def _prizes_by_their_noun_or_win(prose: list[Para]) -> set[str]:
    """Names of prizes written before a prize's noun or as what was won for a work ("three Grammy awards", "scooped
    the Golden Globe and the Bafta for his role"): an event wherever written."""
    names = {m["name"] for p in prose for m in _NAME_BEFORE_PRIZE_NOUN.finditer(p.text)}
    names |= {n for p in prose for m in _WON_FOR.finditer(p.text) for n in (m["name"], m["other"]) if n}
    return {n.split(" ", 1)[1] if n.split(" ", 1)[0] == "The" and " " in n else n for n in names} - _DETERMINERS

"""Prizes the copy names without saying "annual" or a count (kinds._prizes reads those): by a prize's lowercase noun
after the name, by a word of winning or nominating joined to it ("Oscar-winning", "an Oscar nominee"), or by what someone
won ("won the Golden Globe and Oscar for Boys Don't Cry", "winning an Academy Award"); then the prize in the plural and
by the last word of its name ("the Oscars", "a five-time Globe winner"). A prize is no actor and no place, though the model tags
one as either; a body the prize is named after acts elsewhere in the article ("Bafta said"), which keeps it a body."""

from __future__ import annotations

import re

from ...names import is_acronym
from ..recall import NATIONAL_BODY_HEADS
from .base import Para

_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"

# "nominated for three Grammy awards", "an Ig Nobel prize for its work", "Mobo award organisers" (the noun in
# lowercase: "the Nobel Prize" is tagged whole, and "Brit Awards" is the ceremony's name).
_NAME_BEFORE_PRIZE_NOUN = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME}) (?:awards?|prizes?|trophy|trophies|statuettes?)(?![\w-])")

# "has scooped both the Golden Globe and the Bafta for his supporting role", "won Baftas for best action adventure":
# what is won for a work, a role or a category.
_WON_FOR = re.compile(
    rf"\b(?:[Ww]on|[Ww]ins?|[Ww]inning|scooped|scooping|collected|bagged|picked up|took home) (?:both )?(?:the |an? |\d{{1,2}} )?"
    rf"(?P<name>{_NAME})(?: and (?:the |an? )?(?P<other>{_NAME}))? for (?:best|his|her|its|their)\b"
)

# "Oscar-winning composer", "Grammy Award-winning", "the Oscar-nominated movie", "Oscar nominee The Fisher King",
# "Brit Award nominations" (not "the Democratic nominee": a people's adjective, which the model tags NORP).
_NAME_THEN_WIN_OR_NOMINATION = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_NAME})(?:-(?:winning|nominated|winner)| (?P<nominee>nominees?|nominations?))(?![\w-])"
)

# Last words of a body, or of the seat one is nominated to, before "nominee": "a Supreme Court nominee", "the White
# House nominee", "his Cabinet nominees" (the seat; no prize is named so).
_SEAT_HEADS = NATIONAL_BODY_HEADS | {"house", "cabinet"}

# "won the Golden Globe and Oscar for Boys Don't Cry", "winning an Academy Award.", "won two Brit Awards.": a name
# won, after an article or a count, that ends its phrase (not "won the Labour seat": the name qualifies a noun).
_WON = re.compile(
    rf"\b(?:[Ww]on|[Ww]ins?|[Ww]inning|scooped|scooping|collected|bagged|took home) (?:both )?(?:the|an?|\d{{1,2}}|two|three|four|five) "
    rf"(?P<name>{_NAME})(?: and (?:the |an? )?(?P<other>{_NAME}))?(?=[,;:]|\.(?!\w)| (?:for|at|in|with|and)\b|$)"
)

# Last words of a prize's name that are its kind, no name of it alone: "Academy Award" is no "Award".
_PRIZE_KINDS = frozenset({"Award", "Awards", "Prize", "Prizes", "Trophy", "Cup", "Medal", "Open"})

# A determiner that opens a sentence before the prize's noun ("The awards honour ..."), no name.
_DETERMINERS = frozenset({"The", "These", "Those", "This", "That", "Its", "His", "Her", "Their"})


def _prizes_by_their_noun_or_win(prose: list[Para]) -> set[str]:
    """Names of prizes written before a prize's noun, joined to a word of winning or nominating, or as what was won
    ("three Grammy awards", "Oscar-winning", "scooped the Golden Globe and the Bafta for his role"), and their other
    spellings: an event wherever written."""
    names = {m["name"] for p in prose for m in _NAME_BEFORE_PRIZE_NOUN.finditer(p.text)}
    names |= {m["name"] for p in prose for m in _NAME_THEN_WIN_OR_NOMINATION.finditer(p.text) if not _nominee_to_a_seat(m)}
    names |= {n for p in prose for pattern in (_WON_FOR, _WON) for m in pattern.finditer(p.text) for n in (m["name"], m["other"]) if n}
    names = {n.split(" ", 1)[1] if n.split(" ", 1)[0] == "The" and " " in n else n for n in names} - _DETERMINERS
    return {spelling for n in names for spelling in _other_spellings(n)}


def _nominee_to_a_seat(m: re.Match) -> bool:
    """"a Supreme Court nominee", "CIA nominee Gina Haspel", "the AG nomination": political copy's nominee is
    nominated to a seat, a body's or an office's, which the name before the word is (a body's head noun, an acronym),
    never a prize, as an "Oscar nominee"'s is."""
    name = m["name"]
    return m["nominee"] is not None and (name.rsplit(" ", 1)[-1].lower() in _SEAT_HEADS or is_acronym(name))


def _other_spellings(prize: str) -> set[str]:
    """A prize's name in the plural, and its last word so ("Golden Globe": "Golden Globes", "Globe", "Globes"), which
    copy writes for the prize once named ("Unlike the Oscars", "a five-time Globe winner"). Not the singular of a plural:
    "Bafta" of "won Baftas for best action adventure" is the academy that gives them, where "Bafta said" so."""
    *_, last = prize.split(" ")
    forms = {prize} | ({last} if last != prize and last not in _PRIZE_KINDS else set())
    return forms | {f + "s" for f in forms if not f.endswith("s")}

"""Games by their title after a game's noun: a work, though the model takes its made-up name for a body or a person."""

from __future__ import annotations

from .base import Para
from .kinds import name_spans_after

# "PlayStation 2 title Singstar", "GameCube bongo rhythm game Donkey Konga", "its popular game The Sims", "the
# classic Windows game Minesweeper" (kinds.WORK_NOUNS holds the nouns of films, records and books).
_GAME_NOUNS = frozenset({"game", "games", "title", "titles"})


def _games_after_their_noun(prose: list[Para]) -> set[str]:
    """Titles written right after a game's noun: a work wherever written."""
    return {
        name.text for p in prose for name in name_spans_after(p.doc, _GAME_NOUNS)
        if not (name.end < len(name.doc) and name.doc[name.end].pos_ == "VERB")
    }  # (a name a verb follows may be a relative clause's subject, no title: "The game Arsenal won was dull")

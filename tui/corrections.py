"""The TUI's side of corrections and notes: what `x` offers, what `u` can take back.

The decisions themselves are store/db/corrections.py's; the main screen asks
(screens/ask.py), writes in a worker and keeps the session's changes here so
`u` undoes the last one, correction or selection alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsx.store import ROLES
from newsx.store.db import corrections, queries

from .text import line_text


@dataclass
class Change:
    """One thing `u` can take back: a correction (by id), or a paragraph's selections as they were."""

    what: str  # for "Undid: …" in the status line
    correction_id: int | None = None
    paragraph_id: int | None = None
    selections: list[dict] | None = None

    def undo(self, db) -> None:
        if self.correction_id is not None:
            corrections.undo(db, self.correction_id)
        else:
            assert self.paragraph_id is not None and self.selections is not None
            queries.restore_selections(db, self.paragraph_id, self.selections)


def entity_choices(detail: dict) -> list[tuple[str, str]]:
    """The corrections `x` offers for an entity: (label, choice)."""
    choices = [("Merge into another entity… (m)", "merge"), ("Rename…", "rename")]
    choices += [(f"Role: {role}" + ("…" if role == "location" else ""), f"role:{role}") for role in ROLES if role != detail["role"]]
    if detail["role"] == "location":
        choices.append(("Coordinates…", "role:location"))
    aliases = detail["aliases"]
    for i, alias in enumerate(aliases):
        if len(aliases) > 1:
            choices.append((f"Split “{line_text(alias).plain}” off into its own entity", f"split:{i}"))
        choices.append((f"“{line_text(alias).plain}” is not an entity", f"not-entity:{i}"))
    return choices


QUOTE_CHOICES = [("Said by another speaker… (pick them)", "speaker"), ("Not a quote", "not-quote")]


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """"35.33, 43.77" (or with a space) -> (35.33, 43.77); ValueError with the reason if it is not that."""
    parts = text.replace(",", " ").split()
    if not parts:
        return None
    if len(parts) != 2:
        raise ValueError("give the coordinates as “latitude, longitude”, e.g. 35.33, 43.77")
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(f"“{line_text(text).plain}” is not two numbers: latitude, longitude") from None

"""Finding things: fuzzy over entity names and aliases (rapidfuzz), full text over paragraphs (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils
from rapidfuzz import fuzz, process, utils

from .errors import NewsxError

MAX_QUERY_TERMS = 32


class SearchError(NewsxError):
    """A query that cannot be searched as given."""


@dataclass(frozen=True)
class EntityHit:
    entity_id: int
    name: str
    role: str
    alias: str
    score: float


class EntityIndex:
    """Every alias of every entity, ready for typo-tolerant lookup."""

    def __init__(self, rows: list[tuple[int, str, str, str]]):
        # (entity_id, name, role, alias)
        self._rows = rows
        self._choices = [utils.default_process(alias) for *_, alias in rows]

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> "EntityIndex":
        rows = db.execute(
            "SELECT e.id, e.name, e.role, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE e.id IN (SELECT entity_id FROM mentions)"
        ).fetchall()
        return cls([tuple(r) for r in rows])

    def __len__(self) -> int:
        return len(self._rows)

    def search(self, query: str, role: str | None = None, limit: int = 50, cutoff: float = 60) -> list[EntityHit]:
        """Best-scoring entities for `query`, one hit per entity (its best alias)."""
        q = utils.default_process(query)
        if not q:
            return []
        found = process.extract(
            q, self._choices, scorer=fuzz.WRatio, processor=None, limit=limit * 4 + 20, score_cutoff=cutoff
        )
        best: dict[int, EntityHit] = {}
        for _, score, i in found:
            entity_id, name, entity_role, alias = self._rows[i]
            if role and entity_role != role:
                continue
            if entity_id not in best or score > best[entity_id].score:
                best[entity_id] = EntityHit(entity_id, name, entity_role, alias, score)
        return sorted(best.values(), key=lambda h: (-h.score, h.name))[:limit]


class NoWordsError(SearchError):
    """A query of punctuation or spaces only: there is nothing to search for."""


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: every word must appear; no FTS syntax gets through.

    Each word is quoted, so operators (AND, NEAR, *, -, ^, column:) are
    searched as the words they are or dropped as punctuation.
    """
    words = re.findall(r"\w+", query)
    if not words:
        raise NoWordsError("nothing to search for: the query has no words")
    if len(words) > MAX_QUERY_TERMS:
        # Dropping words would search for something else than what was asked.
        raise SearchError(f"the query has {len(words):,} words; search takes at most {MAX_QUERY_TERMS}")
    return " ".join(f'"{w}"' for w in words)


def paragraphs(db: sqlite_utils.Database, query: str, limit: int = 100) -> list[dict]:
    """Readable paragraphs matching every word of `query`, best first."""
    return list(
        db.query(
            "SELECT p.id AS paragraph_id, p.seq, p.kind, p.text, a.id AS article_id, a.title, a.agency,"
            " a.published, a.source FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid"
            " JOIN articles a ON a.id = p.article_id"
            " WHERE paragraphs_fts MATCH ? AND p.kind NOT IN ('boilerplate', 'credit')"
            " ORDER BY f.rank LIMIT ?",
            [fts_query(query), limit],
        )
    )


def quotes_by_speaker(db: sqlite_utils.Database, speaker: str, cutoff: float = 75) -> list[dict]:
    """Quotes whose speaker, or the speaker entity's aliases, match `speaker` fuzzily."""
    from . import queries

    needle = utils.default_process(speaker)
    if not needle:
        raise SearchError("--speaker needs a name")
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in db.execute("SELECT entity_id, alias FROM aliases"):
        aliases.setdefault(entity_id, []).append(alias)
    matched = []
    for q in queries.quotes(db):
        names = [q["speaker"] or ""] + aliases.get(q["speaker_entity_id"], [])
        if any(fuzz.WRatio(needle, utils.default_process(n)) >= cutoff for n in names if n):
            matched.append(q)
    return matched


QUICK_SEARCH_ABOVE = 5000


def quick_search(index: EntityIndex, query: str, limit: int = 50, cutoff: float = 60, pool: int = 400) -> list[EntityHit]:
    """`index.search` for every keystroke of a live filter over a large index.

    WRatio over 100,000 aliases takes tens of milliseconds per role; a cheap
    partial_ratio pass first keeps the `pool` most promising aliases, and only
    those are scored with WRatio. Small indexes are searched in full.
    """
    if len(index) <= QUICK_SEARCH_ABOVE:
        return index.search(query, limit=limit, cutoff=cutoff)
    q = utils.default_process(query)
    if not q:
        return []
    found = process.extract(q, index._choices, scorer=fuzz.partial_ratio, processor=None, limit=pool, score_cutoff=cutoff * 0.8)
    subset = EntityIndex([index._rows[i] for _, _, i in found])
    return subset.search(query, limit=limit, cutoff=cutoff)

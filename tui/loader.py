"""What the TUI shows, read from the store. Called from worker threads, never on the UI thread."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from newsx.store import ROLES
from newsx.store.db import queries
from newsx.store.db.search import EntityIndex

SPARK_BINS = 8


@dataclass
class ArticleView:
    """One article as the reader shows it, with everything needed to highlight and cite it."""

    article: dict
    paragraphs: list[dict]
    mentions: list[dict]
    quotes: list[dict]
    selected: set[int]
    spans: dict[int, list[tuple[int, int]]]  # paragraph id -> its selected parts
    notes: dict[int, list[str]] = field(default_factory=dict)  # paragraph id -> its selections' notes

    def mentions_of(self, entity_id: int) -> list[dict]:
        return [m for m in self.mentions if m["entity_id"] == entity_id]

    def paragraph(self, paragraph_id: int) -> dict | None:
        return next((p for p in self.paragraphs if p["id"] == paragraph_id), None)


@dataclass
class Facets:
    """The entities of the current scope, per role, sorted by mention count, and their fuzzy indexes;
    and the scope's quotes, in reading order."""

    scope: str
    by_role: dict[str, list[dict]] = field(default_factory=dict)
    indexes: dict[str, EntityIndex] = field(default_factory=dict)
    by_id: dict[int, dict] = field(default_factory=dict)
    quotes: list[dict] = field(default_factory=list)


def load_article(db: sqlite_utils.Database, article_id: int) -> ArticleView | None:
    article = queries.article(db, article_id)
    if article is None:
        return None
    return ArticleView(
        article=article,
        paragraphs=queries.paragraphs(db, article_id),
        mentions=queries.article_mentions(db, article_id),
        quotes=queries.quotes(db, article_id=article_id),
        selected=queries.selected_paragraph_ids(db),
        spans=queries.selection_spans(db, article_id),
        notes=paragraph_notes(db, article_id),
    )


def paragraph_notes(db: sqlite_utils.Database, article_id: int) -> dict[int, list[str]]:
    notes: dict[int, list[str]] = defaultdict(list)
    for n in queries.notes(db, article_id):
        notes[n["paragraph_id"]].append(n["note"])
    return dict(notes)


def load_facets(db: sqlite_utils.Database, scope: str, view: ArticleView | None) -> Facets:
    if scope == "article":
        if view is None:
            return Facets(scope)
        facets = _article_facets(db, view)
        facets.quotes = view.quotes
        return facets
    facets = _corpus_facets(db)
    facets.quotes = queries.quotes(db)
    return facets


def _article_facets(db: sqlite_utils.Database, view: ArticleView) -> Facets:
    rows = queries.alias_rows(db, view.article["id"])
    positions: dict[int, list[int]] = defaultdict(list)
    for m in view.mentions:
        positions[m["entity_id"]].append(m["seq"])
    last_seq = max((p["seq"] for p in view.paragraphs), default=0)
    entities: dict[int, dict] = {}
    for entity_id, name, role, _alias in rows:
        if entity_id not in entities and positions.get(entity_id):
            seqs = positions[entity_id]
            entities[entity_id] = {
                "id": entity_id,
                "name": name,
                "role": role,
                "mentions": len(seqs),
                "spark": spark_bins(seqs, last_seq),
            }
    return _facets("article", list(entities.values()), [r for r in rows if r[0] in entities])


def _corpus_facets(db: sqlite_utils.Database) -> Facets:
    entities = queries.entities(db)
    top = max((e["mentions"] for e in entities), default=1)
    rows = []
    for e in entities:
        e["bar"] = e["mentions"] / top
        rows.extend((e["id"], e["name"], e["role"], alias) for alias in e["aliases"])
    return _facets("corpus", entities, rows)


def _facets(scope: str, entities: list[dict], rows: list[tuple]) -> Facets:
    facets = Facets(scope)
    for role in ROLES:
        facets.by_role[role] = sorted(
            (e for e in entities if e["role"] == role), key=lambda e: (-e["mentions"], e["name"].casefold())
        )
        facets.indexes[role] = EntityIndex([r for r in rows if r[2] == role])
    facets.by_id = {e["id"]: e for e in entities}
    return facets


def spark_bins(seqs: list[int], last_seq: int, bins: int = SPARK_BINS) -> list[int]:
    """How many mentions fall in each of `bins` equal stretches of the article."""
    counts = [0] * bins
    for seq in seqs:
        counts[min(bins - 1, seq * bins // (last_seq + 1))] += 1
    return counts

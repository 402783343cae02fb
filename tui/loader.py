"""What the TUI shows, read from the store. Called from worker threads, never on the UI thread."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils

from newsx.store import ROLES
from newsx.store.db import queries
from newsx.store.db.search import CorpusIndex, EntityIndex

from .pages import RowPages, entity_pages, quote_pages

SPARK_BINS = 8
# Entities read for each role of the corpus scope (its panes page through all of them): what `actor:` alone
# lists in the palette, and where a search's hits find their rows.
CORPUS_ENTITIES = 300


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


@dataclass(frozen=True)
class Orders:
    """The order each list is read in (queries.ENTITY_ORDERS per facet role, queries.ARTICLE_ORDERS)."""

    facets: tuple[tuple[str, str], ...] = tuple((role, queries.ENTITY_ORDERS[0]) for role in ROLES)
    articles: str = queries.ARTICLE_ORDERS[0]

    def facet(self, role: str) -> str:
        return dict(self.facets).get(role, queries.ENTITY_ORDERS[0])

    def with_facet(self, role: str, order: str) -> "Orders":
        return Orders(tuple((r, order if r == role else o) for r, o in self.facets), self.articles)


@dataclass
class Facets:
    """The entities of the current scope, per role, in the order `orders` gives each pane, and their
    fuzzy indexes; and the scope's quotes, in reading order (an article's as rows, the corpus's paged)."""

    scope: str
    by_role: dict[str, list[dict]] = field(default_factory=dict)
    indexes: dict[str, EntityIndex | CorpusIndex] = field(default_factory=dict)
    by_id: dict[int, dict] = field(default_factory=dict)
    quotes: list[dict] = field(default_factory=list)
    # the corpus scope reads only the first rows of its lists: how many there are in all
    totals: dict[str, int] = field(default_factory=dict)
    quote_total: int | None = None
    orders: Orders = field(default_factory=Orders)
    quote_pages: RowPages | None = None  # every quote of the corpus scope, read as the Quotes pane draws it
    # every entity of a role in the corpus scope, read as its pane draws it (in the orders store.db.pages
    # lists); `top`: the most mentions, a full bar
    entity_pages: dict[str, RowPages] = field(default_factory=dict)
    top: int = 1
    # the panes' hits (role -> hits) of the last queries searched in this scope: a query typed again (a letter
    # rubbed out, a name typed afresh, its first letters) is shown without searching again, which over a large
    # corpus is most of what a key costs. Kept with the facets, so a store changed or re-sorted searches afresh
    recent_hits: OrderedDict[str, dict] = field(default_factory=OrderedDict, repr=False, compare=False)
    RECENT_KEPT = 64

    def remember_hits(self, query: str, results: dict) -> None:
        """Keep `results`, the hits of `query` (the search worker's, from its thread: one dict operation at a time)."""
        self.recent_hits[query] = results
        while len(self.recent_hits) > self.RECENT_KEPT:
            self.recent_hits.popitem(last=False)

    def add_hits(self, hits) -> None:
        """Entities found by search past the first rows the corpus scope read, as their panes show them: their
        bars against `top`, as the rows the panes page in, whatever order the panes are in."""
        for h in hits:
            if h.entity_id not in self.by_id:
                self.by_id[h.entity_id] = {
                    "id": h.entity_id, "name": h.name, "role": h.role, "mentions": h.mentions, "bar": h.mentions / self.top,
                }


class CorpusIndexes:
    """The corpus's fuzzy indexes, one per role, and what its scope shows first, kept as long as the
    store is unchanged: a scope switch reuses them, and the word lists they read as searches need them.
    A search takes a connection of its own for its length, one kept from the searches before when one is free."""

    # Connections kept between searches (a keystroke's, a cancelled one's still finishing beside it). A new one
    # reads the store's schema at its first statement (1.45 ms at every corpus keystroke, of a search of ~15) and
    # starts with an empty page cache. Each is read-write like the screen's own: a read-only connection held open
    # (8ca00ba9) failed with 'disk I/O error' while another process held the write lock.
    KEPT_CONNECTIONS = 2

    def __init__(self, db_path, signature: tuple):
        self.db_path = str(db_path)
        self.signature = signature
        self.by_role = {role: CorpusIndex(self.connect, role) for role in ROLES}
        self._lock = threading.Lock()
        self._facets: dict[Orders, Facets] = {}
        self._idle: list[sqlite3.Connection] = []  # kept, none in use
        self._closed = False
        self._pool = threading.Lock()

    def facets(self, db: sqlite_utils.Database, orders: Orders, highlighted: dict[str, int] | None = None) -> Facets:
        """The corpus scope's facets in `orders`, read once (ahead of `s`, with the store, before it is drawn).
        `highlighted`: the entity each pane highlights, whose page of its list is read too (the panes keep
        their highlight across the switch, and finding it far down a list is a count of every row above it)."""
        with self._lock:
            facets = self._facets.get(orders)
            if facets is None:
                facets = self._facets[orders] = _corpus_facets(db, self, orders)
            for role, entity_id in (highlighted or {}).items():
                rows = facets.entity_pages.get(role)
                index = rows.index_of(entity_id) if rows is not None else None
                if index is not None:
                    rows.row(index)
            return facets

    def read(self, orders: Orders) -> Facets | None:
        """The corpus scope's facets in `orders`, if they were read."""
        return self._facets.get(orders)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection for the length of a `with`, one thread's at a time: kept afterwards (KEPT_CONNECTIONS) unless
        the search failed or the indexes were closed (the store changed)."""
        with self._pool:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = sqlite3.connect(self.db_path, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
        kept = False
        try:
            yield conn
            if not conn.in_transaction:  # kept, a transaction left open would hold its snapshot of the store
                with self._pool:
                    if not self._closed and len(self._idle) < self.KEPT_CONNECTIONS:
                        self._idle.append(conn)
                        kept = True
        finally:
            if not kept:
                conn.close()

    def close(self) -> None:
        """Close the kept connections; a search still running closes its own when done."""
        with self._pool:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


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


def load_facets(
    db: sqlite_utils.Database,
    scope: str,
    view: ArticleView | None,
    corpus: CorpusIndexes | None = None,
    orders: Orders = Orders(),
    highlighted: dict[str, int] | None = None,
) -> Facets:
    """The scope's entities and quotes; the corpus scope needs `corpus`, its indexes (and reads the pages of
    the entities `highlighted`)."""
    if scope == "article":
        if view is None:
            return Facets(scope, orders=orders)
        facets = _article_facets(db, view, orders)
        facets.quotes = view.quotes
        return facets
    assert corpus is not None
    return corpus.facets(db, orders, highlighted)


def _article_facets(db: sqlite_utils.Database, view: ArticleView, orders: Orders) -> Facets:
    positions: dict[int, list[int]] = defaultdict(list)
    for m in view.mentions:
        positions[m["entity_id"]].append(m["seq"])
    last_seq = max((p["seq"] for p in view.paragraphs), default=0)
    facets = Facets("article", orders=orders)
    for role in ROLES:
        facets.by_role[role] = queries.article_entities(db, view.article["id"], role, orders.facet(role))
        for e in facets.by_role[role]:
            e["spark"] = spark_bins(positions[e["id"]], last_seq)
            facets.by_id[e["id"]] = e
    rows = [r for r in queries.alias_rows(db, view.article["id"]) if r[0] in facets.by_id]
    for role in ROLES:
        facets.indexes[role] = EntityIndex([r for r in rows if r[2] == role])
    return facets


def _corpus_facets(db: sqlite_utils.Database, corpus: CorpusIndexes, orders: Orders) -> Facets:
    """The first entities of each role in the pane's order, every one paged, and every quote paged, from counts
    the write path keeps; never every row (a large corpus has millions)."""
    facets = Facets("corpus", indexes=dict(corpus.by_role), orders=orders)
    for role in ROLES:
        facets.by_role[role] = queries.top_entities(db, role, CORPUS_ENTITIES, orders.facet(role))
        facets.totals[role] = queries.entity_total(db, role)
    # bars against the corpus's most mentioned, whatever order the panes are in
    top = facets.top = max((queries.most_mentions(db, role) for role in ROLES), default=1) or 1
    for e in (e for es in facets.by_role.values() for e in es):
        e["bar"] = e["mentions"] / top
        facets.by_id[e["id"]] = e
    for role in ROLES:
        facets.entity_pages[role] = entity_pages(corpus.db_path, role, facets.totals[role], orders.facet(role))
    facets.quote_total = queries.quote_total(db)
    facets.quote_pages = quote_pages(corpus.db_path, facets.quote_total)
    # the first and last pages of each list, here in the worker: drawn on the UI thread, each read cost the switch
    # its frame (and End its own)
    for rows in (*facets.entity_pages.values(), facets.quote_pages):
        rows.read_ends()
    return facets


def spark_bins(seqs: list[int], last_seq: int, bins: int = SPARK_BINS) -> list[int]:
    """How many mentions fall in each of `bins` equal stretches of the article."""
    counts = [0] * bins
    for seq in seqs:
        counts[min(bins - 1, seq * bins // (last_seq + 1))] += 1
    return counts

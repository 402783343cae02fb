"""The TUI's way into the store: each call opens its own connection, does one job and closes it (the corpus's
fuzzy searches keep theirs between keystrokes: loader.CorpusIndexes.connect; `close` closes them).

Called from the main screen's thread workers, never on the UI thread; every
function returns plain data and leaves showing it to the screen. Another
process may write the store at the same time (WAL).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from newsx.store import NewsxError, open_db
from newsx.store.db import queries, search

from .corrections import Change
from .loader import ArticleView, CorpusIndexes, Facets, Orders, load_article, load_facets
from .pages import RowPages, TablePages, mention_pages
from .reading_position import find_article
from .thresholds import TEXT_RANKED_AT_MOST, TEXT_STOP_CHECK


@dataclass
class StoreSnapshot:
    """What the screen shows of the store as a whole."""

    articles: RowPages  # every article, in the list's order, read a page at a time
    view: ArticleView | None
    facets: Facets
    counts: dict
    signature: tuple
    replaced: bool  # the article shown before was re-ingested, and `view` is its new version
    orders: Orders  # the orders its lists were read in


class StoreAccess:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        # Selection writes and the reads that decide what the screen shows take turns, and each
        # posts its result before the next begins: results reach the screen in the order the
        # store changed, so a slow read can never paint over a newer selection with an older one.
        self.turn = threading.Lock()
        # The signature's steps (before, after) taken by this app's own writes and not yet heard by the screen:
        # the poll takes a signature it reaches by them for no other process's. Recorded before the write's lock
        # is let go, and the poll reads under the same lock, so it never sees a write of ours not recorded yet.
        # The screen asks about them under a lock of their own: waiting for a write would stop it.
        self._writing = threading.Lock()
        self._own_steps: list[tuple[tuple, tuple]] = []
        self._steps = threading.Lock()
        self._corpus: CorpusIndexes | None = None  # kept while the store is unchanged
        # The text searches running, each its connection and its `stop` (text_hits), for stop_text_hits to interrupt
        self._text_searches: dict[sqlite3.Connection, Callable[[], bool]] = {}
        self._text_lock = threading.Lock()
        # The order each list is read in; the screen sets it, every read after that follows it.
        self.orders = Orders()

    def corpus(self, signature: tuple) -> CorpusIndexes:
        """The corpus's fuzzy indexes for the store as `signature` says it is."""
        corpus = self._corpus
        if corpus is None or corpus.signature != signature:
            if corpus is not None:
                corpus.close()  # its kept connections: a search still running through it closes its own
            corpus = self._corpus = CorpusIndexes(self.db_path, signature)
        return corpus

    def close(self) -> None:
        """Close what is kept open between reads (the corpus searches' connections)."""
        if self._corpus is not None:
            self._corpus.close()

    @contextmanager
    def open(self) -> Iterator[sqlite_utils.Database]:
        db = open_db(self.db_path)
        try:
            yield db
        finally:
            db.close()

    def snapshot(self, scope: str, shown: dict | None, wanted: int | dict | None = None) -> StoreSnapshot:
        """Everything, keeping the article `shown` (or the new version of it, if it was re-ingested).
        With none shown, the `wanted` one: an article id, or a reading position (reading_position.py)."""
        orders = self.orders
        with self.open() as db:
            articles = self._article_pages(db, orders.articles)
            article_id = _keep_article(db, articles, shown, wanted)
            view = load_article(db, article_id) if article_id is not None else None
            _read_ahead(articles, article_id)
            # a new version may even have kept the old id (SQLite reuses the highest one)
            replaced = bool(
                shown and view and view.article["sha256"] != shown["sha256"] and view.article["source"] == shown["source"]
            )
            signature = queries.store_signature(db)
            corpus = self.corpus(signature)
            facets = load_facets(db, scope, view, corpus, orders)
            if scope == "article":
                # what `s` shows first, read here, before the store is drawn: read by a worker of its own once it
                # was, it took the GIL from that drawing and from the keys pressed meanwhile, and `s` pressed then
                # waited for it (tens of ms alone, hundreds beside the drawing)
                corpus.facets(db, orders, first_entities(facets))
            return StoreSnapshot(articles, view, facets, queries.store_counts(db), signature, replaced, orders)

    def article(self, article_id: int, scope: str) -> tuple[ArticleView | None, Facets | None]:
        """An article, and its facets when the panes show this article's (and then, read ahead of `s`, the
        corpus's pages of the entities its panes will highlight)."""
        orders = self.orders
        with self.open() as db:
            view = load_article(db, article_id)
            facets = load_facets(db, "article", view, orders=orders) if scope == "article" and view else None
            if facets is not None and self._corpus is not None:
                self._corpus.facets(db, orders, first_entities(facets))
            return view, facets

    def corpus_read(self, highlighted: dict[str, int]) -> Facets | None:
        """The corpus scope's facets as read ahead of `s`, if the pages its panes show first are read, those of
        the entities `highlighted` (role -> id) among them: shown at once, with no worker. None: read them."""
        facets = self._corpus.read(self.orders) if self._corpus is not None else None
        if facets is None:
            return None
        for role, entity_id in highlighted.items():
            rows = facets.entity_pages.get(role)
            if rows is not None and rows.index_kept(entity_id) is None:
                return None
        return facets

    def facets(self, scope: str, view: ArticleView | None, highlighted: dict[str, int] | None = None) -> Facets:
        """The scope's facets; in the corpus scope with the pages of the entities `highlighted` (role -> id) read."""
        orders = self.orders
        with self.open() as db:
            return load_facets(db, scope, view, self.corpus(queries.store_signature(db)), orders, highlighted)

    def articles(self, current_id: int | None = None) -> tuple[RowPages, str]:
        """Every article in the order the list is in, paged, with the page of `current_id` read; and that order."""
        order = self.orders.articles
        with self.open() as db:
            articles = self._article_pages(db, order)
        _read_ahead(articles, current_id)
        return articles, order

    def article_rows(self) -> list[dict]:
        """Every article, read whole, in the order the list is in (the palette matches each)."""
        with self.open() as db:
            return queries.articles(db, self.orders.articles)

    def _article_pages(self, db: sqlite_utils.Database, order: str) -> TablePages:
        return TablePages(self.db_path, "articles", order, queries.article_count(db), queries.articles_by_id)

    def signature(self) -> tuple | None:
        """The store's signature, or None when it cannot be opened right now (being replaced, say)."""
        with self._writing:
            try:
                db = open_db(self.db_path, readonly=True)
            except NewsxError:
                return None
            try:
                return queries.store_signature(db)
            finally:
                db.close()

    @contextmanager
    def _own_write(self) -> Iterator[sqlite_utils.Database]:
        with self._writing, self.open() as db:
            before = queries.store_signature(db)
            yield db
            self._take_own_step(before, queries.store_signature(db))

    def own_step(self, before: tuple | None) -> tuple | None:
        """The store's signature now, its step from `before` taken as this app's own: for the writes of the app's
        ingest, a child process whose commits the app hears of only once they landed; it runs while the poll
        waits, so each step is recorded before the poll reads again."""
        after = self.signature()
        self._take_own_step(before, after)
        return after

    def _take_own_step(self, before: tuple | None, after: tuple | None) -> None:
        # from no store (not made yet, or being replaced) there is no signature the screen could have known
        if before is not None and after is not None and after != before:
            with self._steps:
                self._own_steps.append((before, after))

    def own_steps_reach(self, known: tuple | None, signature: tuple) -> bool:
        """Whether this app's own writes alone took the store from the `known` signature to `signature`."""
        with self._steps:
            return self._walk_own_steps(known, until=signature) == signature

    def hear_own_steps(self, known: tuple | None) -> tuple | None:
        """`known` moved on by this app's own writes, which the screen has now heard of."""
        with self._steps:
            known = self._walk_own_steps(known)
            # a step that does not follow from `known` came after another process's write, which the poll reports
            self._own_steps.clear()
        return known

    def _walk_own_steps(self, known: tuple | None, until: tuple | None = None) -> tuple | None:
        """`known` moved along the own steps that follow from it, stopping at `until` (a merge then its undo pass
        through a signature twice); the caller holds `_steps`."""
        for before, after in self._own_steps:
            if until is not None and known == until:
                break
            if known == before:
                known = after
        return known

    def first_quotes(self, limit: int) -> list[dict]:
        with self.open() as db:
            return queries.first_quotes(db, limit)

    def entity_detail(self, entity_id: int) -> dict | None:
        with self.open() as db:
            return queries.entity_detail(db, entity_id)

    def mentions(self, entity_id: int, here: int | None = None) -> tuple[RowPages, int]:
        """An entity's mentions in the corpus, each with its article's title, paged; and where the first of them
        in the article `here` is (0 if none is there). The pages it will show first are read here."""
        found = mention_pages(self.db_path, entity_id)
        with self.open() as db:
            mention_id = queries.first_mention_in(db, entity_id, here) if here is not None else None
        first = (found.index_of(mention_id) if mention_id is not None else None) or 0
        found.read_ends()  # the first and the last (N from the first wraps to it)
        if first:
            found.row(first)  # the one jumped to
        return found, first

    def toggle_selection(self, paragraph_id: int, span: tuple[int, int] | None) -> tuple[list[tuple[int, int]], dict]:
        """Select or unselect the paragraph, or only `span` of it: (its selected spans now, store counts)."""
        with self.open() as db:
            if span is None:
                queries.toggle_selection(db, paragraph_id)
                spans = queries.paragraph_spans(db, paragraph_id)
            else:
                spans = queries.toggle_span(db, paragraph_id, *span)
            return spans, queries.store_counts(db)

    def selections(self) -> list[dict]:
        with self.open() as db:
            return queries.selections(db)

    def unselect(self, selection_id: int) -> list[dict]:
        """Drop one selection; the list as it is now."""
        with self.open() as db:
            queries.unselect(db, selection_id)
            return queries.selections(db)

    def selection_rows(self, paragraph_id: int) -> list[dict]:
        """A paragraph's selections with their notes, as restore_selections takes them back."""
        with self.open() as db:
            return queries.paragraph_selections(db, paragraph_id)

    def set_note(self, selection_id: int, note: str) -> None:
        with self.open() as db:
            queries.set_note(db, selection_id, note)

    def notes(self) -> list[dict]:
        with self.open() as db:
            return queries.notes(db)

    def correct(self, make: Callable[[sqlite_utils.Database], dict]) -> dict:
        """Make a correction (one of store.db.corrections' makers, given the store): the correction made."""
        with self._own_write() as db:
            return make(db)

    def undo(self, change: Change) -> None:
        with self._own_write() as db:
            change.undo(db)


    def move_selection(self, selection_id: int, step: int) -> tuple[bool, list[dict]]:
        """Move a selection `step` places in the list: (whether it moved, the list now)."""
        with self.open() as db:
            return queries.move_selection(db, selection_id, step), queries.selections(db)

    def clear_selections(self) -> int:
        with self.open() as db:
            return queries.clear_selections(db)

    def text_hits(
        self, query: str, limit: int, here: int | None = None, stop: Callable[[], bool] = lambda: False
    ) -> list[dict] | None:
        """Paragraphs with every word of `query` (FTS5), the last perhaps half typed: those of the article `here`
        first, in reading order, then the best (the last ingested first, each `ranked` False, when it matches too
        many to rank: TEXT_RANKED_AT_MOST), with the spans of the words found; None if `stop()` turned true before
        they were found. Raises
        search.SearchError for a query that cannot be searched (no words, too many)."""
        with self.open() as db:
            # A short prefix common in a large corpus ("sas*" over two million paragraphs) ranks every paragraph
            # it matches: seconds of a core, which the next keystrokes' searches and drawing shared. SQLite asks
            # `stop` as it goes and gives up when told to (the hits of a query the reader typed past are dropped).
            # FTS5 ranks inside few of its steps, so the handler is asked only every 25 ms of a core or so: a search
            # told to stop is also interrupted at once (stop_text_hits), and the handler stops one told between
            # two statements, when an interrupt finds none to stop.
            db.conn.set_progress_handler(stop, TEXT_STOP_CHECK)
            with self._text_lock:
                self._text_searches[db.conn] = stop
            try:
                return search.paragraphs(
                    db, query, limit=limit, with_spans=True, prefix=True, ranked_at_most=TEXT_RANKED_AT_MOST, first=here
                )
            except sqlite3.OperationalError:
                if stop():
                    return None
                raise
            finally:
                with self._text_lock:
                    del self._text_searches[db.conn]

    def stop_text_hits(self) -> None:
        """Interrupt now the text searches (text_hits) whose `stop` is true, from any thread: SQLite gives up at the
        step in hand. Left to the progress handler, a cancelled search of a common prefix ran on for up to 25 ms of
        a core at 100,000 articles, beside the next key's own search on the machine's two cores."""
        with self._text_lock:
            for conn, stop in self._text_searches.items():
                if stop():
                    conn.interrupt()

    def passages(self, what: str, target) -> list[dict]:
        """Cited passages to export: `what` is "selection", "entity" (target: its id), "article" (its id),
        "quotes" (a list of quote ids) or "text" (a query)."""
        with self.open() as db:
            if what == "entity":
                return queries.entity_passages(db, target)
            if what == "article":
                return queries.article_passages(db, target)
            if what == "quotes":
                return queries.quote_passages(db, target)
            if what == "text":
                found = search.paragraphs(db, target, limit=10_000, prefix=True)  # what the pane listed
                return sorted(found, key=lambda p: (p["article_id"], p["seq"]))
            return queries.selections(db)


def first_entities(facets: Facets) -> dict[str, int]:
    """role -> the first entity of an article's pane: the one it highlights when shown."""
    return {role: entities[0]["id"] for role, entities in facets.by_role.items() if entities}


def _read_ahead(articles: RowPages, article_id: int | None) -> None:
    """Read, in the worker, the pages the article list draws first: its top, and where `article_id` is; and its
    end, where End goes."""
    articles.read_ends()
    index = articles.index_of(article_id) if article_id is not None else None
    if index is not None:
        articles.row(index)


def _keep_article(
    db: sqlite_utils.Database, articles: RowPages, shown: dict | None, wanted: int | dict | None = None
) -> int | None:
    """The article to show: the one shown, else its new version (same source); with none shown the
    one `wanted`; else the first of the list."""
    if not len(articles):
        return None
    if shown is None and isinstance(wanted, dict):
        shown_now = find_article(db, wanted)
        if shown_now is not None:
            return shown_now
    elif shown is None and wanted is not None and queries.has_article(db, wanted):
        return wanted
    if shown is not None:
        if queries.has_article(db, shown["id"]):
            return shown["id"]
        source = shown.get("source") or ""
        # "<stdin>" and the like name no file: two of them are not versions of one article
        if source and not source.startswith("<"):
            newer = queries.newest_version(db, source)
            if newer is not None:
                return newer
    first = articles.row(0)
    return first["id"] if first is not None else None

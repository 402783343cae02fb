"""A list of the store read a page at a time, when the list widget draws it (store.db.pages).

The reads run on the UI thread, as Toolong reads the lines it draws: each is
one index range of PAGE rows (a millisecond or two, even a million rows in;
the far half of a list is read backwards from its end, and a page next to one
kept from that page's edge row on), and the pages last drawn are kept. What
grows with the list is nothing: its count, read by the worker that built the
list, sizes the scrollbar.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import sqlite_utils

from newsx.store.db import pages, queries

PAGE = 100
KEEP = 8  # pages kept: a screen, a page either side, and the ends a reader jumps between


def _read_only(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 2000")
    return conn


class RowPages:
    """`total` rows, read `page` at a time by `read(offset, limit)`; `locate(row_id)` says where a row is."""

    counts_to_locate = False  # whether `locate` reads the store (a count of the rows before the row)

    def __init__(
        self,
        total: int,
        read: Callable[[int, int], list[dict]],
        locate: Callable[[int], int | None] | None = None,
        page: int = PAGE,
        keep: int = KEEP,
    ) -> None:
        self.total = total
        self._read, self._locate = read, locate
        self.page, self.keep = page, keep
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self.error: str | None = None  # why the last read failed (the store gone, locked…)

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: int) -> dict | None:
        return self.row(index + self.total if index < 0 else index)

    def row(self, index: int) -> dict | None:
        """Row `index`, or None when it cannot be read now (self.error says why)."""
        if not 0 <= index < self.total:
            raise IndexError(index)
        number, at = divmod(index, self.page)
        rows = self._pages.get(number)
        if rows is None:
            try:
                rows = self._read(number * self.page, self.page)
            except sqlite3.Error as exc:
                self.error = str(exc)
                return None
            self.error = None
            self._pages[number] = rows
            while len(self._pages) > self.keep:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[at] if at < len(rows) else None

    def read_ends(self) -> None:
        """Read its first and last pages now, in the worker that made the list: Home and End then find them kept,
        and the first End a reader presses costs what Home does, not a read on the UI thread besides."""
        if self.total:
            self.row(0)
            self.row(self.total - 1)

    def index_of(self, row_id: int) -> int | None:
        """Where the row with id `row_id` is: found in the pages kept, else asked of the store."""
        found = self.index_kept(row_id)
        if found is not None or self._locate is None:
            return found
        try:
            return self._locate(row_id)
        except sqlite3.Error as exc:
            self.error = str(exc)
            return None

    def located(self, row_id: int) -> int | None:
        """Where the row with id `row_id` is, asked of the store whatever is kept; touches nothing of this list's
        but its store, so it can run in a worker while the list is drawn."""
        return self._locate(row_id) if self._locate is not None else None

    def index_kept(self, row_id: int) -> int | None:
        """Where the row with id `row_id` is, if it is in a page kept (no store read)."""
        for number, rows in self._pages.items():
            for at, row in enumerate(rows):
                if row["id"] == row_id:
                    return number * self.page + at
        return None


class ListPages(RowPages):
    """Rows already read (an article list, an entity's mentions): no store read, only no option per row."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows
        self._at: dict[int, int] | None = None
        super().__init__(len(rows), lambda offset, limit: rows[offset : offset + limit], self._find)

    def _find(self, row_id: int) -> int | None:
        if self._at is None:
            self._at = {row["id"]: i for i, row in enumerate(self.rows)}
        return self._at.get(row_id)


class TablePages(RowPages):
    """The rows of one of store.db.pages' lists (`params`: its condition's) narrowed by its `filters`, in one
    of its orders, read from the store at `db_path`; `rows` reads the rows of a page's ids. `total`: how many
    rows the list has; None: count them now (an index range, on the UI thread as the pages are read)."""

    counts_to_locate = True

    def __init__(
        self, db_path: Path, name: str, order: str, total: int | None,
        rows: Callable[[sqlite_utils.Database, list[int]], list[dict]], params: tuple = (), filters: tuple[str, ...] = (),
    ) -> None:
        pages.listing(name, order)  # a list or order that is not listed fails here, not when drawn
        pages.LISTS[name].condition(filters)  # and so does a filter
        self.db_path, self.name, self.order, self.params, self._rows = Path(db_path), name, order, params, rows
        self.filters = filters
        self._edges: dict[int, tuple[int, int]] = {}  # page number -> the ids of its first and last rows
        super().__init__(0, self._page, self._position)
        self.total = self._count() if total is None else total

    def also(self, *filters: str) -> int:
        """How many of its rows `filters` keep as well (0 if the store cannot be read now)."""
        return self._count(filters)

    def _count(self, more: tuple[str, ...] = ()) -> int:
        try:
            with closing(self._connect()) as conn:
                return pages.count(conn, self.name, self.params, (*self.filters, *more))
        except sqlite3.Error as exc:
            self.error = str(exc)
            return 0

    def _connect(self) -> sqlite3.Connection:
        return _read_only(self.db_path)

    def _page(self, offset: int, limit: int) -> list[dict]:
        number, wanted = offset // self.page, min(limit, self.total - offset)
        self._edges = {kept: edges for kept, edges in self._edges.items() if kept in self._pages}
        with closing(self._connect()) as conn:
            # Page down (or up) a long list from its middle: each page from the edge of the one before, not by
            # OFFSET, which walks every row it skips (a tenth of a second half a million quotes in)
            ids = None
            if number - 1 in self._edges:
                ids = self._beside(conn, self._edges[number - 1][1], wanted, before=False)
            elif number + 1 in self._edges:
                ids = self._beside(conn, self._edges[number + 1][0], wanted, before=True)
            if ids is None:  # no page kept beside it, or its edge row has left the list
                ids = pages.window(conn, self.name, self.order, offset, limit, self.total, self.params, self.filters)
            if ids:
                self._edges[number] = (ids[0], ids[-1])
            return self._rows(sqlite_utils.Database(conn), ids)

    def _beside(self, conn: sqlite3.Connection, row_id: int, limit: int, before: bool) -> list[int] | None:
        return pages.beside(conn, self.name, self.order, row_id, limit, self.params, self.filters, before=before)

    def _position(self, row_id: int) -> int | None:
        with closing(self._connect()) as conn:
            return pages.position(conn, self.name, self.order, row_id, self.params, self.filters)


def quote_pages(db_path: Path, total: int | None, order: str = "reading", which: str = "all", speaker: str | None = None) -> TablePages:
    """The quotes of the store that the filter `which` keeps (one of tui/who_said.FILTERS), every one or
    those of the speaker whose who_said.speaker_key is `speaker`, in `order` (one of store.db.pages.LISTS'
    for quotes); `total`: how many, None to count them."""
    filters = () if which == "all" else (which,)
    if speaker is None:
        return TablePages(db_path, "quotes", order, total, queries.quotes_by_id, (), filters)
    kind, _, words = speaker.partition(":")
    if kind == "entity":
        return TablePages(db_path, "entity_quotes", order, total, queries.quotes_by_id, (int(words),), filters)
    return TablePages(db_path, "said_quotes", order, total, queries.quotes_by_id, (words,), filters)  # unattributed: ''


def entity_pages(db_path: Path, role: str, total: int, order: str = "mentions") -> TablePages:
    """Every entity of one role the store mentions, in `order` (one of store.db.pages.LISTS["entities"]'s)."""
    return TablePages(db_path, "entities", order, total, queries.entities_by_id, (role,))


def speaker_pages(db_path: Path, which: str, total: int | None = None) -> TablePages:
    """Who said the quotes of the store the filter `which` (one of tui/who_said.FILTERS) keeps, most quoted first,
    a row each ({id: key, key, name, entity_id, quotes}) from the counts the store keeps; an unnamed speaker's
    words as its first quote writes them. `total`: how many speakers, None to count them."""

    def rows(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
        found = queries.speakers_by_id(db, ids)
        for row in found:
            if row["key"].startswith("said:"):
                row["name"] = pages.said_as(db.conn, row["key"][len("said:") :]) or row["name"]
        return found

    return TablePages(db_path, "speakers", "quotes", total, rows, (which,))


def speaker_quote_count(db_path: Path, speaker: str, which: str) -> int | None:
    """How many quotes of the speaker (its who_said.speaker_key) the filter `which` keeps, from the counts the store
    keeps (speaker_counts); None when the store cannot be read now. Counted from the quotes instead, an unnamed
    speaker's took a walk of every one of them: "officials", 500,000 of the 100,000-article store, 0.5-1.3 s."""
    try:
        with closing(_read_only(db_path)) as conn:
            row = conn.execute("SELECT quotes FROM speaker_counts WHERE speaker = ? AND filter = ?", [speaker, which]).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else 0


def mention_pages(db_path: Path, entity_id: int, total: int | None = None) -> TablePages:
    """One entity's mentions in the corpus in reading order, each with its paragraph and its article's title."""
    return TablePages(db_path, "entity_mentions", "reading", total, queries.mentions_by_id, (entity_id,))

"""A list of the store read a page at a time, when the list widget draws it (store.db.pages).

The reads run on the UI thread, as Toolong reads the lines it draws: each is
one index range of PAGE rows (a millisecond or two, even a million rows in;
the far half of a list is read backwards from its end), and the pages last
drawn are kept. What grows with the list is nothing: its count, read by the
worker that built the list, sizes the scrollbar.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from newsx.store.db import pages, queries

PAGE = 100
KEEP = 8  # pages kept: a screen, a page either side, and the ends a reader jumps between


class RowPages:
    """`total` rows, read `page` at a time by `read(offset, limit)`; `locate(row_id)` says where a row is."""

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

    def index_of(self, row_id: int) -> int | None:
        """Where the row with id `row_id` is: found in the pages kept, else asked of the store."""
        for number, rows in self._pages.items():
            for at, row in enumerate(rows):
                if row["id"] == row_id:
                    return number * self.page + at
        if self._locate is None:
            return None
        try:
            return self._locate(row_id)
        except sqlite3.Error as exc:
            self.error = str(exc)
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
    """The rows of one of store.db.pages' lists (`params`: its condition's), in one of its orders, read from
    the store at `db_path`; `rows` reads the rows of a page's ids."""

    def __init__(
        self, db_path: Path, name: str, order: str, total: int,
        rows: Callable[[sqlite_utils.Database, list[int]], list[dict]], params: tuple = (),
    ) -> None:
        pages.listing(name, order)  # a list or order that is not listed fails here, not when drawn
        self.db_path, self.name, self.order, self.params, self._rows = Path(db_path), name, order, params, rows
        super().__init__(total, self._page, self._position)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        conn.execute("PRAGMA busy_timeout = 2000")
        return conn

    def _page(self, offset: int, limit: int) -> list[dict]:
        conn = self._connect()
        try:
            ids = pages.window(conn, self.name, self.order, offset, limit, self.total, self.params)
            return self._rows(sqlite_utils.Database(conn), ids)
        finally:
            conn.close()

    def _position(self, row_id: int) -> int | None:
        conn = self._connect()
        try:
            return pages.position(conn, self.name, self.order, row_id, self.params)
        finally:
            conn.close()


def quote_pages(db_path: Path, total: int, order: str = "reading") -> TablePages:
    """Every quote of the store, in `order` (one of store.db.pages.LISTS["quotes"]'s)."""
    return TablePages(db_path, "quotes", order, total, queries.quotes_by_id)


def entity_pages(db_path: Path, role: str, total: int, order: str = "mentions") -> TablePages:
    """Every entity of one role the store mentions, in `order` (one of store.db.pages.LISTS["entities"]'s)."""
    return TablePages(db_path, "entities", order, total, queries.entities_by_id, (role,))

"""Long lists read a page at a time: the rows at any offset of a list, in an order from a fixed list.

A list on screen shows a few dozen of its rows; a corpus has a million
quotes. A page is one index range: OFFSET steps through the order's index
without reading the rows it skips, and a page past the middle is read from
the far end backwards, so the last page costs what the first does. Orders
are named, never SQL from a caller: each is a tuple of (column expression,
descending), so a new sort order is one more entry in ORDERS.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    """An ORDER BY of a table's own columns; its last term must make it total (the row id)."""

    terms: tuple[tuple[str, bool], ...]

    def clause(self, backwards: bool = False) -> str:
        return ", ".join(f"{expr} {'DESC' if desc != backwards else 'ASC'}" for expr, desc in self.terms)


# table -> order name -> Order. Reading order rides on the (article_id, paragraph_id, start) index:
# an article's paragraph ids rise with their seq.
ORDERS: dict[str, dict[str, Order]] = {
    "quotes": {"reading": Order((("article_id", False), ("paragraph_id", False), ("start", False), ("id", False)))},
}


def order(table: str, name: str) -> Order:
    try:
        return ORDERS[table][name]
    except KeyError:
        raise ValueError(f"no order {name!r} for {table}: one of {', '.join(ORDERS.get(table, {}))}") from None


def count(conn: sqlite3.Connection, table: str) -> int:
    order(table, next(iter(ORDERS[table])))  # only the tables listed here
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def window(conn: sqlite3.Connection, table: str, order_name: str, offset: int, limit: int, total: int) -> list[int]:
    """The ids of rows [offset, offset + limit) of `table` in the named order; `total`: how many rows it has."""
    by = order(table, order_name)
    offset = max(0, offset)
    wanted = max(0, min(limit, total - offset))
    if wanted == 0:
        return []
    if offset + wanted / 2 <= total / 2:
        sql = f"SELECT id FROM {table} ORDER BY {by.clause()} LIMIT ? OFFSET ?"
        return [r[0] for r in conn.execute(sql, [wanted, offset])]
    sql = f"SELECT id FROM {table} ORDER BY {by.clause(backwards=True)} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [wanted, total - offset - wanted])][::-1]


def position(conn: sqlite3.Connection, table: str, order_name: str, row_id: int) -> int | None:
    """Where the row `row_id` is in the named order (how many rows come before it); None if it is gone."""
    by = order(table, order_name)
    exprs = [expr for expr, _ in by.terms]
    key = conn.execute(f"SELECT {', '.join(exprs)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    if key is None:
        return None
    if not any(desc for _, desc in by.terms):
        # a row value compares term by term, and SQLite walks the order's index for it
        before, params = f"({', '.join(exprs)}) < ({', '.join('?' * len(exprs))})", list(key)
    else:
        parts, params = [], []
        for i, (expr, desc) in enumerate(by.terms):
            same = [f"{e} IS ?" for e in exprs[:i]]
            parts.append("(" + " AND ".join([*same, f"{expr} {'>' if desc else '<'} ?"]) + ")")
            params += [*key[:i], key[i]]
        before = " OR ".join(parts)
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {before}", params).fetchone()[0]

"""Long lists read a page at a time: the rows at any offset of a list, in an order from a fixed list.

A list on screen shows a few dozen of its rows; a corpus has a million
quotes. A page is one index range: OFFSET steps through the order's index
without reading the rows it skips, and a page past the middle is read from
the far end backwards, so the last page costs what the first does. Lists and
orders are named, never SQL from a caller: a list is a table and a fixed
condition on it (its parameters given), an order a tuple of (column
expression, descending), so a new sort order is one more entry in LISTS.
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


@dataclass(frozen=True)
class Listing:
    """The rows of `table` that `where` keeps (a fixed condition; its `?` are given as parameters), in
    one of `orders`."""

    table: str
    where: str
    orders: dict[str, Order]


# Reading order rides on the quotes' (article_id, paragraph_id, start) index (an article's paragraph ids
# rise with their seq); the entities of a role by mentions on idx_entities_by_mentions; each order of the
# article list (queries.ARTICLE_ORDERS, the same ORDER BY) on an index of its own (schema.py).
LISTS: dict[str, Listing] = {
    "quotes": Listing(
        "quotes", "1", {"reading": Order((("article_id", False), ("paragraph_id", False), ("start", False), ("id", False)))}
    ),
    "entities": Listing(  # of one role: the parameter
        "entities",
        # `+`: a count of the rows before one (position) bounds mention_count by that row's, not by 0
        "role = ? AND +mention_count > 0",
        {"mentions": Order((("mention_count", True), ("name COLLATE NOCASE", False), ("id", False)))},
    ),
    "articles": Listing(
        "articles",
        "1",
        {
            "date": Order((("published IS NULL", False), ("published", True), ("id", False))),
            "title": Order((("coalesce(title, source) COLLATE NOCASE", False), ("id", False))),
            "source": Order(
                (("agency IS NULL", False), ("agency COLLATE NOCASE", False), ("source COLLATE NOCASE", False), ("id", False))
            ),
            "ingested": Order((("ingested_at", True), ("id", True))),
        },
    ),
}


def listing(name: str, order_name: str) -> tuple[Listing, Order]:
    if name not in LISTS:
        raise ValueError(f"no list {name!r}: one of {', '.join(LISTS)}")
    found = LISTS[name]
    if order_name not in found.orders:
        raise ValueError(f"no order {order_name!r} for {name}: one of {', '.join(found.orders)}")
    return found, found.orders[order_name]


def window(
    conn: sqlite3.Connection, name: str, order_name: str, offset: int, limit: int, total: int, params: tuple = ()
) -> list[int]:
    """The ids of rows [offset, offset + limit) of the list `name` in the named order; `total`: how many rows
    it has; `params`: its condition's."""
    found, by = listing(name, order_name)
    offset = max(0, offset)
    wanted = max(0, min(limit, total - offset))
    if wanted == 0:
        return []
    select = f"SELECT id FROM {found.table} WHERE {found.where} ORDER BY"
    if offset + wanted / 2 <= total / 2:
        return [r[0] for r in conn.execute(f"{select} {by.clause()} LIMIT ? OFFSET ?", [*params, wanted, offset])]
    sql = f"{select} {by.clause(backwards=True)} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [*params, wanted, total - offset - wanted])][::-1]


def position(conn: sqlite3.Connection, name: str, order_name: str, row_id: int, params: tuple = ()) -> int | None:
    """Where the row `row_id` is in the named order of the list (how many rows come before it); None if it
    is not in the list."""
    found, by = listing(name, order_name)
    table = found.table
    exprs = [expr for expr, _ in by.terms]
    key = conn.execute(f"SELECT {', '.join(exprs)} FROM {table} WHERE id = ? AND {found.where}", [row_id, *params]).fetchone()
    if key is None:
        return None
    # The rows before it, as one count per term: the same as the row on the terms before that one, before it
    # on that one. Each count is one range of the order's index; their OR in one WHERE read the whole list.
    counts, count_params = [], []
    for i, (expr, desc) in enumerate(by.terms):
        # in brackets: `published IS NULL < ?` would read as `published IS (NULL < ?)`
        same = [f"({e}) IS ?" for e in exprs[:i]]
        before = " AND ".join([*same, f"({expr}) {'>' if desc else '<'} ?"])
        counts.append(f"(SELECT count(*) FROM {table} WHERE {found.where} AND {before})")
        count_params += [*params, *key[:i], key[i]]
    return conn.execute(f"SELECT {' + '.join(counts)}", count_params).fetchone()[0]

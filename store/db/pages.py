"""Long lists read a page at a time: the rows at any offset of a list, in an order from a fixed list.

A list on screen shows a few dozen of its rows; a corpus has a million
quotes. A page is one index range: OFFSET steps through the order's index
without reading the rows it skips, and a page past the middle is read from
the far end backwards, so the last page costs what the first does. A page
next to one already read starts from that page's edge row instead (`beside`):
OFFSET still walks the entries it skips, half a million of them in the middle
of the quotes (a tenth of a second), and a reader paging down from there reads
a page every few keys. Lists and
orders are named, never SQL from a caller: a list is a table and a fixed
condition on it (its parameters given), an order a tuple of (column
expression, descending), so a new sort order is one more entry in LISTS.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .schema import QUOTE_TO_REVIEW, SPEAKER_WORDS


@dataclass(frozen=True)
class Order:
    """An ORDER BY of a table's own columns; its last term must make it total (the row id). `index`: the index
    `beside` must read its ranges by, where SQLite's planner, which has no statistics, would take another."""

    terms: tuple[tuple[str, bool], ...]
    index: str | None = None

    def clause(self, backwards: bool = False) -> str:
        return ", ".join(f"{expr} {'DESC' if desc != backwards else 'ASC'}" for expr, desc in self.terms)


@dataclass(frozen=True)
class Listing:
    """The rows of `table` that `where` keeps (a fixed condition; its `?` are given as parameters), in
    one of `orders`, narrowed by any of `filters` (named conditions without parameters)."""

    table: str
    where: str
    orders: dict[str, Order]
    filters: dict[str, str] = field(default_factory=dict)

    def condition(self, filters: tuple[str, ...] = ()) -> str:
        for name in filters:
            if name not in self.filters:
                raise ValueError(f"no filter {name!r} for {self.table}: one of {', '.join(self.filters)}")
        return " AND ".join([self.where, *(f"({self.filters[name]})" for name in filters)])


_READING = Order((("article_id", False), ("paragraph_id", False), ("start", False), ("id", False)))
# The Quotes pane's filters (tui/who_said.FILTERS); the store knows two kinds, so reported speech is
# the other one, which the kind index then holds in reading order.
_QUOTE_FILTERS = {"direct": "kind = 'direct'", "reported": "kind = 'indirect'", "review": QUOTE_TO_REVIEW}
# One speaker's quotes are few beside the corpus's: found by the speaker, then filtered (`+` keeps SQLite
# from walking the kind's or the review index, which hold every speaker's, instead).
_SPEAKER_FILTERS = {name: f"+({condition})" for name, condition in _QUOTE_FILTERS.items()}


# Reading order rides on the quotes' (article_id, paragraph_id, start) index (an article's paragraph ids
# rise with their seq), and one entity's mentions on idx_mentions_in_reading_order; each order of the entities
# of a role (queries.ENTITY_ORDERS: ties go to the most mentioned, then to the name, never to row ids) and of
# the article list (queries.ARTICLE_ORDERS) on an index of its own (schema.py); the speakers of a filter on
# idx_speaker_counts_listed.
LISTS: dict[str, Listing] = {
    "quotes": Listing("quotes", "1", {"reading": _READING}, _QUOTE_FILTERS),
    # one named speaker's (an entity: the parameter), or one unnamed speaker's (its words, '' for none)
    "entity_quotes": Listing("quotes", "speaker_entity_id = ?", {"reading": _READING}, _SPEAKER_FILTERS),
    "said_quotes": Listing(
        "quotes", f"speaker_entity_id IS NULL AND {SPEAKER_WORDS} = ?", {"reading": _READING}, _SPEAKER_FILTERS
    ),
    "entities": Listing(  # of one role: the parameter
        "entities",
        "role = ? AND mention_count > 0",
        {
            "mentions": Order((("mention_count", True), ("name COLLATE NOCASE", False), ("id", False))),
            "name": Order((("name COLLATE NOCASE", False), ("mention_count", True), ("id", False))),
            # as they first appear reading the corpus from its earliest article (schema.py's entities.first_*)
            # A range of the entities first seen at one place and mentioned as often is also a range of
            # idx_entities_by_mentions (role, mention_count, name), which the planner took: all of that count's.
            "first": Order(
                (("first_published IS NULL", False), ("first_published", False), ("first_article_id", False),
                 ("first_place", False), ("mention_count", True), ("name COLLATE NOCASE", False), ("id", False)),
                index="idx_entities_by_first",
            ),
            "articles": Order(
                (("article_count", True), ("mention_count", True), ("name COLLATE NOCASE", False), ("id", False))
            ),
        },
    ),
    "entity_mentions": Listing(  # of one entity: the parameter
        "mentions", "entity_id = ?", {"reading": Order((("article_id", False), ("paragraph_id", False), ("start", False), ("id", False)))}
    ),
    # who said the quotes one filter keeps (the parameter: one of tui/who_said.FILTERS), most quoted first, then
    # named before unnamed, then by name
    "speakers": Listing(
        "speaker_counts", "filter = ? AND quotes > 0",
        {"quotes": Order((("quotes", True), ("entity_id IS NULL", False), ("name COLLATE NOCASE", False), ("id", False)))},
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


def count(conn: sqlite3.Connection, name: str, params: tuple = (), filters: tuple[str, ...] = ()) -> int:
    """How many rows the list `name` has (`params`: its condition's), narrowed by `filters`."""
    found = LISTS[name]
    return conn.execute(f"SELECT count(*) FROM {found.table} WHERE {found.condition(filters)}", params).fetchone()[0]


def window(
    conn: sqlite3.Connection, name: str, order_name: str, offset: int, limit: int, total: int, params: tuple = (),
    filters: tuple[str, ...] = (),
) -> list[int]:
    """The ids of rows [offset, offset + limit) of the list `name` narrowed by `filters`, in the named order;
    `total`: how many rows it has; `params`: its condition's."""
    found, by = listing(name, order_name)
    offset = max(0, offset)
    wanted = max(0, min(limit, total - offset))
    if wanted == 0:
        return []
    select = f"SELECT id FROM {found.table} WHERE {found.condition(filters)} ORDER BY"
    if offset + wanted / 2 <= total / 2:
        return [r[0] for r in conn.execute(f"{select} {by.clause()} LIMIT ? OFFSET ?", [*params, wanted, offset])]
    sql = f"{select} {by.clause(backwards=True)} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [*params, wanted, total - offset - wanted])][::-1]


def beside(
    conn: sqlite3.Connection, name: str, order_name: str, row_id: int, limit: int, params: tuple = (),
    filters: tuple[str, ...] = (), before: bool = False,
) -> list[int] | None:
    """The ids of the `limit` rows right after the row `row_id` in the named order of the list narrowed by
    `filters` (right before it, `before`), in that order; None if that row is not in the list."""
    found, by = listing(name, order_name)
    key = _key(conn, found, by, row_id, params, filters)
    if key is None:
        return None
    table = f"{found.table} INDEXED BY {by.index}" if by.index else found.table
    ids: list[int] = []
    # the rows nearest it first: those it ties with on every term but the last, then on all but the last two...
    for i, (condition, values) in reversed(list(enumerate(_ranges(by, key, after=not before)))):
        # ordered by the terms the range does not fix: SQLite sorted the rows of a range whose fixed terms are
        # expressions (`published IS NULL`) in a temporary tree, although the index holds them in that order
        rows = conn.execute(
            f"SELECT id FROM {table} WHERE {condition} AND {found.condition(filters)}"
            f" ORDER BY {Order(by.terms[i:]).clause(backwards=before)} LIMIT ?",
            [*values, *params, limit - len(ids)],
        )
        ids += [r[0] for r in rows]
        if len(ids) == limit:
            break
    return ids[::-1] if before else ids


def position(
    conn: sqlite3.Connection, name: str, order_name: str, row_id: int, params: tuple = (), filters: tuple[str, ...] = ()
) -> int | None:
    """Where the row `row_id` is in the named order of the list narrowed by `filters` (how many rows come
    before it); None if it is not in the list."""
    found, by = listing(name, order_name)
    key = _key(conn, found, by, row_id, params, filters)
    if key is None:
        return None
    # The rows before it, as one count per term; their OR in one WHERE read the whole list.
    where = found.condition(filters)
    counts, count_params = [], []
    for condition, values in _ranges(by, key, after=False):
        counts.append(f"(SELECT count(*) FROM {found.table} WHERE {condition} AND {where})")
        count_params += [*values, *params]
    return conn.execute(f"SELECT {' + '.join(counts)}", count_params).fetchone()[0]


def _key(
    conn: sqlite3.Connection, found: Listing, by: Order, row_id: int, params: tuple, filters: tuple[str, ...]
) -> tuple | None:
    """The values of the order's terms for the row `row_id`, if it is in the list."""
    exprs = ", ".join(expr for expr, _ in by.terms)
    return conn.execute(
        f"SELECT {exprs} FROM {found.table} WHERE id = ? AND {found.condition(filters)}", [row_id, *params]
    ).fetchone()


def _ranges(by: Order, key: tuple, after: bool) -> list[tuple[str, list]]:
    """The rows before `key` in the order (after it, `after`) as one condition per term, with its parameters:
    the same as `key` on the terms before that one, before (after) it on that one. Each is one range of the
    order's index. The range comes first: of two bounds on one column (`mention_count > ?` and the list's
    `> 0`) SQLite ranges over the first it meets."""
    exprs = [expr for expr, _ in by.terms]
    ranges = []
    for i, (expr, desc) in enumerate(by.terms):
        # in brackets: `published IS NULL < ?` would read as `published IS (NULL < ?)`
        same = [f"({e}) IS ?" for e in exprs[:i]]
        ranges.append((" AND ".join([*same, f"({expr}) {'>' if desc != after else '<'} ?"]), [*key[:i], key[i]]))
    return ranges


def said_as(conn: sqlite3.Connection, words: str) -> str | None:
    """An unnamed speaker's words as its first quote in reading order writes them ("Officials" for `officials`)."""
    row = conn.execute(
        f"SELECT speaker FROM quotes WHERE speaker_entity_id IS NULL AND {SPEAKER_WORDS} = ?"
        f" ORDER BY {_READING.clause()} LIMIT 1",
        [words],
    ).fetchone()
    return row[0] if row else None

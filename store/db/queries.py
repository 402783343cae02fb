"""Reading the store, for the CLI and the TUI alike; and the one thing the TUI writes, selections."""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from ..errors import NewsxError
from . import pages
from .corpus_counts import PLACE
from .pages import LISTS
from .schema import transaction
from .search import READABLE


# The orders a reader may list things in: the first of each is the default. Both are the paged lists' (pages.LISTS),
# so a whole list, its pages and an article's own list agree.
_ENTITY_ORDERS = LISTS["entities"].orders
ENTITY_ORDERS = tuple(_ENTITY_ORDERS)
_ARTICLE_ORDERS = LISTS["articles"].orders
ARTICLE_ORDERS = tuple(_ARTICLE_ORDERS)


_ARTICLE_COLUMNS = (
    "SELECT a.id, a.title, a.agency, a.published, a.source, a.place, a.dateline, a.ingested_at,"
    " coalesce(a.entity_count, 0) AS entity_count FROM articles a"
)


def articles(db: sqlite_utils.Database, order: str = "date") -> list[dict]:
    """Every article, in one of ARTICLE_ORDERS: newest published first, by title, by outlet, last ingested first."""
    # entity_count is kept by the write path: counting mentions here costs seconds on a large store;
    # the default order and the columns are schema.py's idx_articles_listed: neither the table nor a sort is read
    return list(db.query(f"{_ARTICLE_COLUMNS} ORDER BY {_ARTICLE_ORDERS[order].clause()}"))


def articles_by_id(db: sqlite_utils.Database, article_ids: list[int]) -> list[dict]:
    """The articles with these ids as `articles` gives them, in the order given (a page of the list)."""
    return _in_order(db, _ARTICLE_COLUMNS, "a.id", article_ids)


def article_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def has_article(db: sqlite_utils.Database, article_id: int) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None


def newest_version(db: sqlite_utils.Database, source: str, title: str | None = None, by_title: bool = False) -> int | None:
    """The newest article read from `source` (with `title` too when `by_title`), or None."""
    if by_title:
        return db.execute("SELECT max(id) FROM articles WHERE source = ? AND title IS ?", [source, title]).fetchone()[0]
    return db.execute("SELECT max(id) FROM articles WHERE source = ?", [source]).fetchone()[0]


def article(db: sqlite_utils.Database, article_id: int) -> dict | None:
    row = next(db.query("SELECT * FROM articles WHERE id = ?", [article_id]), None)
    if row:
        row["credits"] = json.loads(row["credits"] or "[]")
    return row


def paragraphs(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    return list(
        db.query("SELECT id, seq, kind, text FROM paragraphs WHERE article_id = ? ORDER BY seq", [article_id])
    )


def entities(db: sqlite_utils.Database, role: str | None = None, article_id: int | None = None) -> list[dict]:
    """Entities with their aliases and mention counts, most mentioned first."""
    where: list[str] = []
    params: list[object] = []
    if role:
        where.append("e.role = ?")
        params.append(role)
    if article_id is not None:
        where.append("m.article_id = ?")
        params.append(article_id)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = list(
        db.query(
            "SELECT e.id, e.name, e.type, e.role, e.lat, e.lon, count(m.id) AS mentions,"
            " count(DISTINCT m.article_id) AS articles"
            f" FROM entities e JOIN mentions m ON m.entity_id = e.id {clause}"
            " GROUP BY e.id ORDER BY mentions DESC, e.name",
            params,
        )
    )
    aliases: dict[int, list[str]] = {}
    for a in db.query("SELECT entity_id, alias FROM aliases ORDER BY alias"):
        aliases.setdefault(a["entity_id"], []).append(a["alias"])
    for row in rows:
        row["aliases"] = aliases.get(row["id"], [row["name"]])
    return rows


def article_entities(db: sqlite_utils.Database, article_id: int, role: str, order: str = "mentions") -> list[dict]:
    """The entities of one role an article mentions, in one of ENTITY_ORDERS: `mentions` and `first` (where the
    first mention is) within the article, `articles` in the corpus."""
    # The corpus's ORDER BY over the article's own counts, named as the entities' columns are: within one article
    # the first appearance is the first place. `+e.role`: the article's mentions first, never every mention of the role
    return list(
        db.query(
            "SELECT id, name, role, mention_count AS mentions, first_place AS first_at, article_count AS articles FROM"
            " (SELECT e.id AS id, e.name AS name, e.role AS role, count(*) AS mention_count, NULL AS first_published,"
            f" 0 AS first_article_id, min({PLACE}) AS first_place, coalesce(e.article_count, 0) AS article_count"
            " FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id JOIN entities e ON e.id = m.entity_id"
            f" WHERE m.article_id = ? AND +e.role = ? GROUP BY e.id) ORDER BY {_ENTITY_ORDERS[order].clause()}",
            [article_id, role],
        )
    )


_ENTITY_COLUMNS = "SELECT id, name, type, role, lat, lon, mention_count AS mentions, article_count AS articles FROM entities"


def top_entities(db: sqlite_utils.Database, role: str, limit: int, order: str = "mentions") -> list[dict]:
    """The first `limit` entities of one role in the corpus in one of ENTITY_ORDERS, from the counts the
    write path keeps ("first": as they appear reading the corpus from its earliest article)."""
    # their ids first, a walk of the order's own index (pages.window, read forwards): asked for the other columns
    # too, SQLite takes the mention count index for `mention_count > 0` and sorts the whole role (0.7 s at 100k)
    return entities_by_id(db, pages.window(db.conn, "entities", order, 0, limit, limit, (role,)))


def most_mentions(db: sqlite_utils.Database, role: str) -> int:
    """The mention count of the corpus's most mentioned entity of one role (0 for none)."""
    return db.execute("SELECT coalesce(max(mention_count), 0) FROM entities WHERE role = ?", [role]).fetchone()[0]


def _in_order(db: sqlite_utils.Database, select: str, column: str, ids: list[int], key: str = "id") -> list[dict]:
    """The rows of `select` whose `column` is one of `ids`, in the order of `ids` (SQL's IN keeps none);
    an id no row has is left out. `key`: the name `column` has in the rows."""
    if not ids:
        return []
    rows = {r[key]: r for r in db.query(f"{select} WHERE {column} IN ({','.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids if i in rows]


def entities_by_id(db: sqlite_utils.Database, entity_ids: list[int]) -> list[dict]:
    """The entities with these ids as top_entities gives them, in the order given (a page of a list)."""
    return _in_order(db, _ENTITY_COLUMNS, "id", entity_ids)


def entity_total(db: sqlite_utils.Database, role: str) -> int:
    """How many entities of one role the corpus mentions (kept in entity_totals)."""
    return db.execute("SELECT coalesce(max(mentioned), 0) FROM entity_totals WHERE role = ?", [role]).fetchone()[0]


_MENTION_COLUMNS = (
    'SELECT m.id, m.article_id, m.paragraph_id, m.start, m."end", m.text, p.seq, p.text AS paragraph'
    " FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id"
)


def mentions(db: sqlite_utils.Database, entity_id: int, article_id: int | None = None) -> list[dict]:
    """Mentions of an entity in reading order, with their paragraph's seq."""
    sql = _MENTION_COLUMNS + " WHERE m.entity_id = ?"
    params: list = [entity_id]
    if article_id is not None:
        sql += " AND m.article_id = ?"
        params.append(article_id)
    return list(db.query(sql + " ORDER BY m.article_id, p.seq, m.start", params))


def mentions_by_id(db: sqlite_utils.Database, mention_ids: list[int]) -> list[dict]:
    """The mentions with these ids as `mentions` gives them, each with its article's title, in the order given
    (a page of one entity's: pages.LISTS["entity_mentions"])."""
    return _in_order(
        db, _MENTION_COLUMNS.replace(" FROM", ", a.title FROM") + " JOIN articles a ON a.id = m.article_id", "m.id", mention_ids
    )


def first_mention_in(db: sqlite_utils.Database, entity_id: int, article_id: int) -> int | None:
    """The id of an entity's first mention in one article, if it has one there."""
    row = db.execute(
        "SELECT id FROM mentions WHERE entity_id = ? AND article_id = ? ORDER BY paragraph_id, start, id LIMIT 1",
        [entity_id, article_id],
    ).fetchone()
    return row[0] if row else None


def speakers_by_id(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
    """Speakers as the speakers view lists them (pages.LISTS["speakers"]), in the order given: each its
    who_said.speaker_key (`key`, the row's id), name, entity id (None: unnamed) and how many quotes."""
    rows = _in_order(db, "SELECT id AS row, speaker AS key, name, entity_id, quotes FROM speaker_counts", "id", ids, key="row")
    return [{**row, "id": row["key"]} for row in rows]


_QUOTE_COLUMNS = (
    'SELECT q.id, q.article_id, q.paragraph_id, p.seq, q.kind, q.text, q.start, q."end",'
    " q.speaker, q.speaker_entity_id, q.cue, q.sieve, e.name AS speaker_entity, a.title"
    " FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id JOIN articles a ON a.id = q.article_id"
    " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
)


def quotes(db: sqlite_utils.Database, article_id: int | None = None) -> list[dict]:
    sql, params = _QUOTE_COLUMNS, []
    if article_id is not None:
        sql += " WHERE q.article_id = ?"
        params.append(article_id)
    return list(db.query(sql + " ORDER BY q.article_id, p.seq, q.start", params))


def first_quotes(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The corpus's first quotes in reading order, without sorting them all: an article's paragraph ids
    rise with their seq, so the (article_id, paragraph_id, start) index holds reading order."""
    return list(db.query(_QUOTE_COLUMNS + " ORDER BY q.article_id, q.paragraph_id, q.start LIMIT ?", [limit]))


def quote_total(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM quotes").fetchone()[0]


def quotes_by_id(db: sqlite_utils.Database, quote_ids: list[int]) -> list[dict]:
    """The quotes with these ids, in the order given (a page of a list: store.db.pages.window)."""
    return _in_order(db, _QUOTE_COLUMNS, "q.id", quote_ids)


def passages(db: sqlite_utils.Database, paragraph_ids: list[int]) -> list[dict]:
    """Paragraphs with what a citation needs, in reading order."""
    if not paragraph_ids:
        return []
    marks = ",".join("?" * len(paragraph_ids))
    return list(
        db.query(
            "SELECT p.id AS paragraph_id, p.seq, p.text, a.id AS article_id, a.title, a.agency, a.byline,"
            f" a.published, a.source FROM paragraphs p JOIN articles a ON a.id = p.article_id"
            f" WHERE p.id IN ({marks}) ORDER BY a.id, p.seq",
            paragraph_ids,
        )
    )


def entity_passages(db: sqlite_utils.Database, entity_id: int, article_id: int | None = None) -> list[dict]:
    """Every paragraph that mentions an entity (in one article, or the corpus), cited, in reading order."""
    return passages(db, sorted({m["paragraph_id"] for m in mentions(db, entity_id, article_id)}))


def article_passages(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """An article's own text as passages: every paragraph but site furniture and credits."""
    ids = [
        r[0]
        for r in db.execute(
            f"SELECT p.id FROM paragraphs p WHERE p.article_id = ? AND {READABLE} ORDER BY p.seq",
            [article_id],
        )
    ]
    return passages(db, ids)


def quote_passages(db: sqlite_utils.Database, quote_ids: list[int]) -> list[dict]:
    """Quotes as passages, in the order given: each the quoted words of its paragraph, cited as an excerpt
    when they are not the whole paragraph."""
    found = _in_order(
        db,
        'SELECT q.id AS quote_id, q.start, q."end", p.id AS paragraph_id, p.seq, p.text, a.id AS article_id,'
        " a.title, a.agency, a.published, a.source FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id"
        " JOIN articles a ON a.id = q.article_id",
        "q.id",
        quote_ids,
        key="quote_id",
    )
    for row in found:
        start, end = row["start"] or 0, row["end"] if row["end"] is not None else len(row["text"])
        row["excerpt"] = (start, end) != (0, len(row["text"]))
        row["text"] = row["text"][start:end]
    return found


def selections(db: sqlite_utils.Database) -> list[dict]:
    """Every selection as a passage, in the Selections list's order: the selected part of its paragraph,
    with citation fields."""
    rows = list(
        db.query(
            'SELECT s.id, s.paragraph_id, s.start, s."end", s.note, s.position, p.seq, p.text, a.id AS article_id,'
            " a.title, a.agency, a.byline, a.published, a.source FROM selections s"
            " JOIN paragraphs p ON p.id = s.paragraph_id JOIN articles a ON a.id = p.article_id"
            " ORDER BY s.position, s.id"
        )
    )
    for row in rows:
        start = row["start"] or 0
        end = row["end"] if row["end"] is not None else len(row["text"])
        row["excerpt"] = (start, end) != (0, len(row["text"]))
        row["text"] = row["text"][start:end]
    return rows


def unselect(db: sqlite_utils.Database, selection_id: int) -> None:
    with transaction(db) as conn:
        conn.execute("DELETE FROM selections WHERE id = ?", [selection_id])


def clear_selections(db: sqlite_utils.Database) -> int:
    """Unselect everything; how many selections there were."""
    with transaction(db) as conn:
        return conn.execute("DELETE FROM selections").rowcount


def move_selection(db: sqlite_utils.Database, selection_id: int, step: int) -> bool:
    """Move a selection `step` places up (negative) or down the list; False at either end."""
    with transaction(db) as conn:
        order = [r[0] for r in conn.execute("SELECT id FROM selections ORDER BY position, id")]
        if selection_id not in order:
            return False
        at = order.index(selection_id)
        to = at + step
        if not 0 <= to < len(order):
            return False
        order.insert(to, order.pop(at))
        # Renumbered whole: positions written by older versions or other tools may tie.
        conn.executemany("UPDATE selections SET position = ? WHERE id = ?", [(i + 1, sid) for i, sid in enumerate(order)])
        return True


def selected_paragraph_ids(db: sqlite_utils.Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT DISTINCT paragraph_id FROM selections")}


def toggle_selection(db: sqlite_utils.Database, paragraph_id: int) -> bool:
    """Select a whole paragraph, or unselect it if any part of it is selected. Returns the new state."""
    with transaction(db) as conn:
        if conn.execute("SELECT 1 FROM selections WHERE paragraph_id = ?", [paragraph_id]).fetchone():
            conn.execute("DELETE FROM selections WHERE paragraph_id = ?", [paragraph_id])
            return False
        length = conn.execute("SELECT length(text) FROM paragraphs WHERE id = ?", [paragraph_id]).fetchone()[0]
        conn.execute(
            'INSERT INTO selections (paragraph_id, start, "end", note, created_at) VALUES (?, 0, ?, NULL, ?)',
            [paragraph_id, length, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
        )
        return True


def article_mentions(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """Every mention in one article in reading order, with its paragraph's seq (the reader's highlights)."""
    return list(
        db.query(
            'SELECT m.id, m.entity_id, m.article_id, m.paragraph_id, m.start, m."end", m.text, p.seq'
            " FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE m.article_id = ?"
            " ORDER BY p.seq, m.start",
            [article_id],
        )
    )


def alias_rows(db: sqlite_utils.Database, article_id: int | None = None) -> list[tuple[int, str, str, str]]:
    """(entity_id, name, role, alias) for every mentioned entity, or only those mentioned in one article."""
    if article_id is None:
        where, params = "WHERE e.id IN (SELECT entity_id FROM mentions)", []
    else:
        where, params = "WHERE e.id IN (SELECT entity_id FROM mentions WHERE article_id = ?)", [article_id]
    sql = f"SELECT e.id, e.name, e.role, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id {where}"
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def store_signature(db: sqlite_utils.Database) -> tuple:
    """Changes whenever an article is added, replaced or removed, or a correction made or undone:
    how a reader notices another writer."""
    # one subquery each: max() alone is one step down an index, where a max() beside count() scans
    return tuple(
        db.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT coalesce(max(id), 0) FROM articles),"
            " (SELECT coalesce(max(ingested_at), '') FROM articles),"
            " (SELECT count(*) || ':' || coalesce(max(id), 0) FROM corrections)"
        ).fetchone()
    )


def store_counts(db: sqlite_utils.Database) -> dict:
    """Headline numbers for the TUI's header."""
    # kept per role as entities change (entity_totals): finding the mentioned entities took seconds in
    # mentions, and a fifth of a second among the entities of a large corpus
    row = db.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT coalesce(sum(mentioned), 0) FROM entity_totals),"
        " (SELECT count(DISTINCT paragraph_id) FROM selections)"
    ).fetchone()
    return {"articles": row[0], "entities": row[1], "selected": row[2]}


def entity_detail(db: sqlite_utils.Database, entity_id: int) -> dict | None:
    """One entity as a detail line shows it: its fields, every alias, and how much the corpus says of it."""
    row = next(
        db.query(
            "SELECT e.id, e.name, e.type, e.role, e.lat, e.lon,"
            " (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions,"
            " (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles,"
            " (SELECT count(*) FROM quotes WHERE speaker_entity_id = e.id) AS quotes"
            " FROM entities e WHERE e.id = ?",
            [entity_id],
        ),
        None,
    )
    if row:
        row["aliases"] = [r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [entity_id])]
    return row


def selection_spans(db: sqlite_utils.Database, article_id: int) -> dict[int, list[tuple[int, int]]]:
    """paragraph id -> the (start, end) of each selection in it, for one article."""
    spans: dict[int, list[tuple[int, int]]] = {}
    rows = db.execute(
        'SELECT s.paragraph_id, coalesce(s.start, 0), coalesce(s."end", length(p.text)) FROM selections s'
        " JOIN paragraphs p ON p.id = s.paragraph_id WHERE p.article_id = ? ORDER BY s.paragraph_id, s.start",
        [article_id],
    )
    for paragraph_id, start, end in rows:
        spans.setdefault(paragraph_id, []).append((start, end))
    return spans


def toggle_span(db: sqlite_utils.Database, paragraph_id: int, start: int, end: int) -> list[tuple[int, int]]:
    """Select [start, end) of a paragraph, replacing any selection there it overlaps; or unselect it
    if exactly that span was selected. Returns the paragraph's spans afterwards."""
    with transaction(db) as conn:
        rows = conn.execute(
            'SELECT s.id, coalesce(s.start, 0), coalesce(s."end", length(p.text)) FROM selections s'
            " JOIN paragraphs p ON p.id = s.paragraph_id WHERE s.paragraph_id = ?",
            [paragraph_id],
        ).fetchall()
        exact = [r[0] for r in rows if (r[1], r[2]) == (start, end)]
        overlapping = [r[0] for r in rows if r[1] < end and start < r[2]]
        for row_id in exact or overlapping:
            conn.execute("DELETE FROM selections WHERE id = ?", [row_id])
        if not exact:
            conn.execute(
                'INSERT INTO selections (paragraph_id, start, "end", note, created_at) VALUES (?, ?, ?, NULL, ?)',
                [paragraph_id, start, end, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
        return [
            (r[0], r[1])
            for r in conn.execute(
                'SELECT start, "end" FROM selections WHERE paragraph_id = ? ORDER BY start', [paragraph_id]
            ).fetchall()
        ]


def paragraph_spans(db: sqlite_utils.Database, paragraph_id: int) -> list[tuple[int, int]]:
    """The (start, end) of each selection in one paragraph."""
    return [
        tuple(r)
        for r in db.execute(
            'SELECT coalesce(s.start, 0), coalesce(s."end", length(p.text)) FROM selections s'
            " JOIN paragraphs p ON p.id = s.paragraph_id WHERE s.paragraph_id = ? ORDER BY s.start",
            [paragraph_id],
        )
    ]


def paragraph_selections(db: sqlite_utils.Database, paragraph_id: int) -> list[dict]:
    """The selections in one paragraph with their notes, in reading order."""
    return list(
        db.query(
            'SELECT s.id, coalesce(s.start, 0) AS start, coalesce(s."end", length(p.text)) AS "end", s.note,'
            " s.created_at FROM selections s JOIN paragraphs p ON p.id = s.paragraph_id WHERE s.paragraph_id = ?"
            " ORDER BY s.start",
            [paragraph_id],
        )
    )


def set_note(db: sqlite_utils.Database, selection_id: int, note: str | None) -> str | None:
    """Write a selection's note (blank clears it); returns the note it had, so the change can be undone."""
    note = (note or "").strip() or None
    with transaction(db) as conn:
        row = conn.execute("SELECT note FROM selections WHERE id = ?", [selection_id]).fetchone()
        if row is None:
            raise NewsxError(f"no selection #{selection_id}: it was unselected")
        conn.execute("UPDATE selections SET note = ? WHERE id = ?", [note, selection_id])
        return row[0]


def notes(db: sqlite_utils.Database, article_id: int | None = None) -> list[dict]:
    """Selections that carry a note, with where they are (the palette's `note:` entries and the reader's gutter)."""
    sql = (
        'SELECT s.id, s.paragraph_id, s.start, s."end", s.note, p.seq, p.article_id, a.title FROM selections s'
        " JOIN paragraphs p ON p.id = s.paragraph_id JOIN articles a ON a.id = p.article_id"
        " WHERE s.note IS NOT NULL AND s.note != ''"
    )
    params: list = []
    if article_id is not None:
        sql += " AND p.article_id = ?"
        params.append(article_id)
    return list(db.query(sql + " ORDER BY a.id, p.seq, s.start", params))


def restore_selections(db: sqlite_utils.Database, paragraph_id: int, rows: list[dict]) -> None:
    """Put a paragraph's selections back as `paragraph_selections` gave them: how a selection change is undone."""
    with transaction(db) as conn:
        conn.execute("DELETE FROM selections WHERE paragraph_id = ?", [paragraph_id])
        conn.executemany(
            'INSERT INTO selections (id, paragraph_id, start, "end", note, created_at) VALUES (?,?,?,?,?,?)',
            [(r["id"], paragraph_id, r["start"], r["end"], r["note"], r["created_at"]) for r in rows],
        )

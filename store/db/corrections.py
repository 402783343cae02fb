"""A reader's corrections of what extraction got wrong, kept through every later write.

A correction is stored as the reader's decision - its kind, its target and the
new value - keyed by entity keys, aliases and quote text, never by row ids,
which a re-ingest changes. It is applied twice over: at once to the rows
already stored, recording every row it changes as it was (so `undo` can put
the store back exactly), and by `store_article` to every article it writes,
in the same transaction, so a changed copy of an article or a later article
naming the same alias cannot bring the mistake back.

Kinds and their JSON (the stable fields of `export --corrections`):

- merge       target {keys, names}            value {into, name}
- split       target {alias}                  value {key, name, type, role} (its own entity) or {onto, name}
- rename      target {key, name}              value {name}
- role        target {key, name}              value {role, lat, lon}
- not-entity  target {alias}                  value {}
- speaker     target {source, text}           value {key, name}
- not-quote   target {source, text}           value {}
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable

import sqlite_utils

from ..errors import NewsxError
from ..names import name_key
from ..records import READER_SIEVE, ROLES
from . import corpus_counts
from .schema import transaction

KINDS = ("merge", "split", "rename", "role", "not-entity", "speaker", "not-quote")

# kind -> (fields its target must have, fields its value must have): how an imported one is checked.
SHAPES = {
    "merge": (("keys", "names"), ("into", "name")),
    "split": (("alias",), ("name",)),
    "rename": (("key", "name"), ("name",)),
    "role": (("key", "name"), ("role",)),
    "not-entity": (("alias",), ()),
    "speaker": (("source", "text"), ("key", "name")),
    "not-quote": (("source", "text"), ()),
}

# What names one row of each table a correction may touch, for undo to find it again.
_ROW_KEYS = {"entities": ("id",), "aliases": ("entity_id", "alias"), "mentions": ("id",), "quotes": ("id",)}
# What else undo matches a row by: SQLite gives a deleted row's id to the next row written (a re-ingested article's
# mentions, the next new entity), and a row that took the id is another row, which undo must leave alone.
_IDENTITY = {
    "entities": ("key",),
    "mentions": ("article_id", "paragraph_id", "start", "end", "text"),
    "quotes": ("article_id", "paragraph_id", "start", "end", "text"),
}
# The columns that name an entity, per table.
_ENTITY_COLUMNS = {"entities": "id", "aliases": "entity_id", "mentions": "entity_id", "quotes": "speaker_entity_id"}


class CorrectionError(NewsxError):
    """A correction that cannot be made or undone as asked."""


class Journal:
    """Writes a correction's changes, remembering each row as it was: what undo writes back.

    At ingest a correction is applied to a new article's rows with an
    unrecording journal: there is nothing before it to go back to.
    """

    def __init__(self, conn, record: bool = True):
        self.conn = conn
        self.ops: list | None = [] if record else None
        # What the corpus counts must be taken again for: entities whose mentions, aliases or role
        # changed, and articles whose mentions did (corpus_counts.recount).
        self.entities: set[int] = set()
        self.articles: set[int] = set()

    def touch(self, table: str, row: dict) -> None:
        """Note the entities and articles a row of `table` counts for, as it is or was."""
        # an update's old values name only the columns it changed: a mention's article stays
        found = {"mentions": ("entity_id", "article_id"), "aliases": ("entity_id",), "entities": ("id",)}.get(table, ())
        for column in found:
            if row.get(column) is not None:
                (self.articles if column == "article_id" else self.entities).add(row[column])

    def touch_ids(self, table: str, ids: Iterable[int]) -> None:
        """touch() for rows given by id, as they are now (mentions and entities; quotes count for nothing)."""
        if table not in ("mentions", "entities"):
            return
        cols = "id, entity_id, article_id" if table == "mentions" else "id"
        for chunk in _chunked(list(ids)):
            for row in self.conn.execute(
                f"SELECT {cols} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall():
                self.touch(table, dict(zip(("id", "entity_id", "article_id"), row)))

    def recount(self) -> None:
        """The corpus counts and alias words of what this journal touched, from the rows as they now are."""
        corpus_counts.recount(self.conn, self.entities, self.articles)

    def update(self, table: str, ids: Iterable[int], **values) -> None:
        ids = list(ids)
        if not ids:
            return
        self.touch_ids(table, ids)
        if self.ops is not None:
            same = _IDENTITY.get(table, ())
            cols = ", ".join(f'"{c}"' for c in (*values, *same))
            for row_id in ids:
                old = self.conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", [row_id]).fetchone()
                key = {"id": row_id, **dict(zip(same, old[len(values):]))}
                self.ops.append(["update", table, key, dict(zip(values, old[: len(values)]))])
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self.conn.executemany(
            f"UPDATE {table} SET {sets} WHERE id = ?", [[*values.values(), row_id] for row_id in ids]
        )
        self.touch_ids(table, ids)

    def delete(self, table: str, where: str, params: list) -> None:
        if table == "entities":  # derived rows that point at it go first; corpus_counts keeps them
            going = [r[0] for r in self.conn.execute(f"SELECT id FROM entities WHERE {where}", params)]
            corpus_counts.forget_words(self.conn, going)
            corpus_counts.forget_votes(self.conn, going)
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
        for row in rows:
            self.touch(table, row)
        if self.ops is not None:
            self.ops.extend(["delete", table, row] for row in rows)
        self.conn.execute(f"DELETE FROM {table} WHERE {where}", params)

    def insert(self, table: str, **values) -> int:
        cols = ", ".join(f'"{c}"' for c in values)
        row_id = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(values))})", list(values.values())
        ).lastrowid
        self.touch(table, {"id": row_id, **values})
        if self.ops is not None:
            key = {k: values.get(k, row_id) for k in (*_ROW_KEYS[table], *_IDENTITY.get(table, ()))}
            self.ops.append(["insert", table, key])
        return row_id


def _chunked(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    return (ids[i : i + size] for i in range(0, len(ids), size))


def _revert(j: Journal, ops: list, gone: dict[int, dict], correction_id: int) -> set[int]:
    """Write back, newest first, every row a correction changed; `j` notes what that touches.

    Rows written since are respected: an entity the log names that has gone since (merged away by a later
    correction: its row as that one deleted it is in `gone`) comes back, for the later correction to decide
    about again; one whose key a later article made again is that entity; one whose id another row took
    comes back under a new id. An entity the correction made goes, and whatever articles written since gave
    it goes to the entity the correction took it from, or, where that was more than one, the undo is refused.
    """
    back = _Revert(j, gone, correction_id)
    made: list[dict] = []
    for op, table, row, *rest in reversed(ops):
        if op == "insert":
            made.append({"table": table, **row})
        elif op == "update":
            back.update(table, row, rest[0])
        else:
            back.restore(table, row)
    back.finish(made, ops)
    return back.brought_back  # entities it brought back


class _Nowhere(Exception):
    """The row names an entity that has left the store (its articles re-ingested without it): it stays as it is."""


class _Revert:
    """One undo's writing back: which entity each entity id of the log is now (`ids`)."""

    def __init__(self, j: Journal, gone: dict[int, dict], correction_id: int):
        self.j, self.conn, self.gone, self.correction_id = j, j.conn, gone, correction_id
        self.ids: dict[int, int] = {}
        self.brought_back: set[int] = set()

    def refuse(self, why: str) -> CorrectionError:
        return CorrectionError(f"cannot undo #{self.correction_id}: {why}; nothing was changed")

    def _key_of(self, entity_id: int) -> str | None:
        row = self.conn.execute("SELECT key FROM entities WHERE id = ?", [entity_id]).fetchone()
        return row[0] if row else None

    def entity(self, old_id: int | None, row: dict | None = None) -> int | None:
        """The stored entity that the log's entity `old_id` (as `row`, where the log holds it) is now."""
        if old_id is None or old_id in self.ids:
            return self.ids.get(old_id, old_id) if old_id is not None else None
        row = row or self.gone.get(old_id)
        if row is None:
            if self._key_of(old_id) is None:
                raise _Nowhere
            found = old_id
        elif (same_key := self.conn.execute("SELECT id FROM entities WHERE key = ?", [row["key"]]).fetchone()) is not None:
            found = same_key[0]  # an article written since made it again
        else:
            taken = self._key_of(old_id) is not None
            values = {k: v for k, v in row.items() if not (taken and k == "id")}
            cols = ", ".join(f'"{c}"' for c in values)
            found = self.conn.execute(
                f"INSERT INTO entities ({cols}) VALUES ({','.join('?' * len(values))})", list(values.values())
            ).lastrowid
            self.brought_back.add(found)
        self.ids[old_id] = found
        self.j.touch("entities", {"id": found})
        return found

    def _mapped(self, table: str, values: dict) -> dict:
        column = _ENTITY_COLUMNS.get(table)
        if column and column in values and table != "entities":
            return {**values, column: self.entity(values[column])}
        return values

    def update(self, table: str, key: dict, old: dict) -> None:
        try:
            self._update(table, key, old)
        except _Nowhere:
            pass

    def restore(self, table: str, row: dict) -> None:
        """A row the correction deleted, back in place where its place is still stored."""
        try:
            self._restore(table, row)
        except _Nowhere:
            pass

    def _update(self, table: str, key: dict, old: dict) -> None:
        if table == "entities":
            entity_id = self.ids.get(key["id"], key["id"])
            if self._key_of(entity_id) is None or ("key" in key and self._key_of(entity_id) != key["key"]):
                return  # it has left the store, and its id is another's now or nobody's
            key = {**key, "id": entity_id}
        old = self._mapped(table, old)
        where = " AND ".join(f'"{k}" = ?' for k in key)
        self.j.touch_ids(table, [key["id"]])
        sets = ", ".join(f'"{c}" = ?' for c in old)
        changed = self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", [*old.values(), *key.values()]).rowcount
        if changed:
            self.j.touch(table, {**key, **old})

    def _restore(self, table: str, row: dict) -> None:
        if table == "entities":
            self.entity(row["id"], row)
            return
        row = self._mapped(table, row)
        if table in ("mentions", "quotes"):
            # its article replaced since: the row has nowhere to go back to (the new version has its own)
            if not self.conn.execute(
                'SELECT 1 FROM paragraphs WHERE id = ? AND article_id = ? AND substr(text, ? + 1, ? - ?) = ?',
                [row["paragraph_id"], row["article_id"], row["start"], row["end"], row["start"], row["text"]],
            ).fetchone():
                return
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]).fetchone():
                row = {k: v for k, v in row.items() if k != "id"}  # its id went to a row written since
        cols = ", ".join(f'"{c}"' for c in row)
        self.conn.execute(f"INSERT OR IGNORE INTO {table} ({cols}) VALUES ({','.join('?' * len(row))})", list(row.values()))
        self.j.touch(table, row)

    def finish(self, made: list[dict], ops: list) -> None:
        """Take away the rows the correction made (its own entity last), and what it leaves with nothing to name."""
        for row in made:
            if row["table"] == "aliases":
                self._take_alias_back(self.ids.get(row["entity_id"], row["entity_id"]), row["alias"], ops)
        for row in made:
            key = self._key_of(row["id"]) if row["table"] == "entities" else None
            # (gone since, or its id another entity's now: nothing of it to take away)
            if key is not None and key == row.get("key", key):
                self._unmake(row["id"], ops)

    def _take_alias_back(self, entity_id: int, alias: str, ops: list) -> None:
        """An alias the correction gave an entity goes. Mentions of it that articles written since gave that entity
        (the alias led them there) go back to the one entity the correction took the alias from, as if it had never
        been made; where it took it from more than one, or from none (a rename's new name), they stay, and the alias
        with them."""
        conn = self.conn
        self.j.touch("aliases", {"entity_id": entity_id})
        if conn.execute("SELECT 1 FROM mentions WHERE entity_id = ? AND text = ?", [entity_id, alias]).fetchone():
            sources = {
                self.ids.get(row["entity_id"], row["entity_id"])
                for op, table, row, *_ in ops
                if op == "delete" and table == "aliases" and row["alias"] == alias
            } - {entity_id}
            sources = {s for s in sources if self._key_of(s) is not None}
            if len(sources) != 1:
                return
            (source,) = sources
            moved = [r[0] for r in conn.execute("SELECT id FROM mentions WHERE entity_id = ? AND text = ?", [entity_id, alias])]
            self.j.touch_ids("mentions", moved)
            conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ?", [source, entity_id, alias])
            conn.execute(
                "UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ? AND speaker = ?", [source, entity_id, alias]
            )
            conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", [source, alias])
            self.j.touch("entities", {"id": source})
        conn.execute("DELETE FROM aliases WHERE entity_id = ? AND alias = ?", [entity_id, alias])

    def _unmake(self, made_id: int, ops: list) -> None:
        """The entity the correction made goes; what articles written since gave it goes where the correction took it from."""
        conn = self.conn
        named = conn.execute(
            "SELECT (SELECT count(*) FROM mentions WHERE entity_id = ?) + (SELECT count(*) FROM quotes WHERE speaker_entity_id = ?)",
            [made_id, made_id],
        ).fetchone()[0]
        if named:
            sources = {
                self.ids.get(v, v)
                for op, table, row, *rest in ops
                for v in (
                    [rest[0].get(_ENTITY_COLUMNS[table])] if op == "update" and table in ("mentions", "quotes")
                    else [row["entity_id"]] if op == "delete" and table == "aliases" else []
                )
                if v is not None
            } - {made_id}
            sources = {s for s in sources if self._key_of(s) is not None}
            name = conn.execute("SELECT name FROM entities WHERE id = ?", [made_id]).fetchone()[0]
            if len(sources) != 1:
                names = sorted(conn.execute(
                    f"SELECT name FROM entities WHERE id IN ({','.join('?' * len(sources))})", sorted(sources)
                ).fetchall())
                raise self.refuse(
                    f"articles written since name {name} {named} time(s), which it made its own entity, and it took"
                    f" that name from {len(sources)} entities ({', '.join(n for (n,) in names) or 'none left'});"
                    f" give them to one (`correct split {name} --onto NAME`), then undo #{self.correction_id}"
                )
            (source,) = sources
            self.j.touch_ids("mentions", [r[0] for r in conn.execute("SELECT id FROM mentions WHERE entity_id = ?", [made_id])])
            conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", [source, made_id])
            conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", [source, made_id])
            conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias) SELECT ?, alias FROM aliases WHERE entity_id = ?", [source, made_id])
            self.j.touch("entities", {"id": source})
            # and the votes of the articles written since, unless one votes for the source already
            corpus_counts.move_votes(conn, made_id, source)
        corpus_counts.forget_words(conn, [made_id])
        corpus_counts.forget_votes(conn, [made_id])
        conn.execute("DELETE FROM aliases WHERE entity_id = ?", [made_id])
        conn.execute("DELETE FROM entities WHERE id = ?", [made_id])
        self.j.touch("entities", {"id": made_id})


# --- applying one correction -------------------------------------------------------------------
# Each returns False when what it names is not in the store (any more); it then changes nothing.
# `article_id` limits mention- and quote-level work to the article being written.


def entity_by_key(conn, key: str | None) -> tuple | None:
    """(id, name, type, role) of the entity with this key."""
    if not key:
        return None
    return conn.execute("SELECT id, name, type, role FROM entities WHERE key = ?", [key]).fetchone()


def _scoped(article_id: int | None, column: str = "article_id") -> tuple[str, list]:
    return (f" AND {column} = ?", [article_id]) if article_id is not None else ("", [])


def _drop_orphans(j: Journal, entity_ids: Iterable[int]) -> None:
    """Entities a correction left with no mention and no quote go, with their aliases."""
    for entity_id in sorted(set(entity_ids)):
        if j.conn.execute(
            "SELECT 1 FROM mentions WHERE entity_id = ? UNION ALL SELECT 1 FROM quotes WHERE speaker_entity_id = ?",
            [entity_id, entity_id],
        ).fetchone():
            continue
        j.delete("aliases", "entity_id = ?", [entity_id])
        j.delete("entities", "id = ?", [entity_id])


def _add_alias(j: Journal, entity_id: int, alias: str) -> None:
    if not j.conn.execute("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = ?", [entity_id, alias]).fetchone():
        j.insert("aliases", entity_id=entity_id, alias=alias)


def _merge(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    into = entity_by_key(j.conn, value["into"])
    if into is None:
        return False
    for key in target["keys"]:
        other = entity_by_key(j.conn, key)
        if other is None or other[0] == into[0]:
            continue
        ids = [r[0] for r in j.conn.execute("SELECT id FROM mentions WHERE entity_id = ?", [other[0]])]
        j.update("mentions", ids, entity_id=into[0])
        ids = [r[0] for r in j.conn.execute("SELECT id FROM quotes WHERE speaker_entity_id = ?", [other[0]])]
        j.update("quotes", ids, speaker_entity_id=into[0])
        for (alias,) in j.conn.execute("SELECT alias FROM aliases WHERE entity_id = ?", [other[0]]).fetchall():
            _add_alias(j, into[0], alias)
        j.delete("aliases", "entity_id = ?", [other[0]])
        j.delete("entities", "id = ?", [other[0]])
    return True


def _split(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    alias = target["alias"]
    dest = entity_by_key(j.conn, value.get("onto") or value.get("key"))
    if dest is None and value.get("onto"):
        return False
    dest_id = dest[0] if dest else -1
    scope, args = _scoped(article_id)
    mentions = j.conn.execute(
        f"SELECT id, entity_id FROM mentions WHERE text = ? AND entity_id != ?{scope}", [alias, dest_id, *args]
    ).fetchall()
    quotes = j.conn.execute(
        f"SELECT id, speaker_entity_id FROM quotes WHERE speaker = ? AND speaker_entity_id != ?{scope}",
        [alias, dest_id, *args],
    ).fetchall()
    holders = [r[0] for r in j.conn.execute("SELECT entity_id FROM aliases WHERE alias = ? AND entity_id != ?", [alias, dest_id])]
    if not mentions and not quotes and not holders:
        return True  # nothing names it here, or it is where it belongs already
    if dest is None:
        if not mentions and not quotes:
            return True  # nothing names it here: its own entity is made when something does
        dest_id = j.insert(
            "entities", name=value["name"], type=value.get("type"), role=value.get("role") or "actor",
            lat=None, lon=None, key=value["key"],
        )
    j.update("mentions", [r[0] for r in mentions], entity_id=dest_id)
    j.update("quotes", [r[0] for r in quotes], speaker_entity_id=dest_id)
    j.delete("aliases", "alias = ? AND entity_id != ?", [alias, dest_id])
    _add_alias(j, dest_id, alias)
    sources = {r[1] for r in mentions} | {r[1] for r in quotes} | set(holders)
    for entity_id in sorted(sources):
        row = j.conn.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row and row[0] == alias:
            # The name it was known by is someone else's now: it goes by its longest other alias.
            rest = j.conn.execute(
                "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY length(alias) DESC, alias LIMIT 1", [entity_id]
            ).fetchone()
            if rest:
                j.update("entities", [entity_id], name=rest[0])
    _drop_orphans(j, sources)
    return True


def _rename(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    entity = entity_by_key(j.conn, target["key"])
    if entity is None:
        return False
    if entity[1] != value["name"]:
        j.update("entities", [entity[0]], name=value["name"])
    _add_alias(j, entity[0], value["name"])
    return True


def _role(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    entity = entity_by_key(j.conn, target["key"])
    if entity is None:
        return False
    changes = {"role": value["role"]}
    if value.get("lat") is not None:
        changes |= {"lat": value["lat"], "lon": value["lon"]}
    old = j.conn.execute(f"SELECT {', '.join(changes)} FROM entities WHERE id = ?", [entity[0]]).fetchone()
    if tuple(old) != tuple(changes.values()):
        j.update("entities", [entity[0]], **changes)
    return True


def _not_entity(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    alias = target["alias"]
    scope, args = _scoped(article_id)
    touched = {r[0] for r in j.conn.execute(f"SELECT entity_id FROM mentions WHERE text = ?{scope}", [alias, *args])}
    touched |= {r[0] for r in j.conn.execute("SELECT entity_id FROM aliases WHERE alias = ?", [alias])}
    ids = [
        r[0]
        for r in j.conn.execute(
            f"SELECT id FROM quotes WHERE speaker = ? AND speaker_entity_id IS NOT NULL{scope}", [alias, *args]
        )
    ]
    if not touched and not ids:
        return True
    j.delete("mentions", f"text = ?{scope}", [alias, *args])
    j.update("quotes", ids, speaker_entity_id=None)
    j.delete("aliases", "alias = ?", [alias])
    _drop_orphans(j, touched)
    return True


def _quote_ids(j: Journal, target: dict, article_id: int | None) -> list[int]:
    scope, args = _scoped(article_id, "q.article_id")
    return [
        r[0]
        for r in j.conn.execute(
            f"SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.source = ? AND q.text = ?{scope}",
            [target["source"], target["text"], *args],
        )
    ]


def _speaker(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    speaker = entity_by_key(j.conn, value["key"])
    if speaker is None:
        return False
    ids = [
        q for q in _quote_ids(j, target, article_id)
        if j.conn.execute("SELECT speaker_entity_id, speaker FROM quotes WHERE id = ?", [q]).fetchone()
        != (speaker[0], speaker[1])
    ]
    # the reader's word, not a sieve's: a loose sieve's doubt (records.LOOSE_SIEVES) is settled
    j.update("quotes", ids, speaker_entity_id=speaker[0], speaker=speaker[1], sieve=READER_SIEVE)
    return True


def _not_quote(j: Journal, target: dict, value: dict, article_id: int | None) -> bool:
    ids = _quote_ids(j, target, article_id)
    for q in ids:
        j.delete("quotes", "id = ?", [q])
    return True


APPLY: dict[str, Callable[[Journal, dict, dict, int | None], bool]] = {
    "merge": _merge,
    "split": _split,
    "rename": _rename,
    "role": _role,
    "not-entity": _not_entity,
    "speaker": _speaker,
    "not-quote": _not_quote,
}


# --- making one: from what the reader pointed at (row ids, valid now) to a lasting decision ---------


def _entity(db: sqlite_utils.Database, entity_id: int) -> dict:
    row = next(db.query("SELECT id, name, type, role, key FROM entities WHERE id = ?", [entity_id]), None)
    if row is None:
        raise CorrectionError(f"no entity #{entity_id} in the store (was it merged or re-ingested away?)")
    return row


def _alias(db: sqlite_utils.Database, alias: str) -> str:
    """The alias as stored: exactly, else the one stored alias that differs from it only in case."""
    if db.execute("SELECT 1 FROM aliases WHERE alias = ?", [alias]).fetchone():
        return alias
    found = sorted({r[0] for r in db.execute("SELECT alias FROM aliases WHERE alias = ? COLLATE NOCASE", [alias])})
    if len(found) == 1:
        return found[0]
    if found:
        raise CorrectionError(f"{alias!r} could be any of: {'; '.join(found)}; give it exactly")
    raise CorrectionError(f"no entity is named {alias!r} (`newsx-tui entities` lists every alias)")


def _quote(db: sqlite_utils.Database, quote_id: int) -> dict:
    row = next(
        db.query(
            "SELECT q.id, q.text, a.source FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?",
            [quote_id],
        ),
        None,
    )
    if row is None:
        raise CorrectionError(f"no quote #{quote_id} (`newsx-tui quotes` lists their ids)")
    return row


def merge(db: sqlite_utils.Database, entity_id: int, into_id: int) -> dict:
    """`entity_id` and `into_id` are one thing, known by `into_id`'s name."""
    other, into = _entity(db, entity_id), _entity(db, into_id)
    if other["id"] == into["id"]:
        raise CorrectionError(f"{other['name']} and {into['name']} are already one entity")
    return add(db, "merge", {"keys": [other["key"]], "names": [other["name"]]}, {"into": into["key"], "name": into["name"]})


def split(db: sqlite_utils.Database, alias: str, onto_id: int | None = None) -> dict:
    """Mentions named `alias` are their own entity (or `onto_id`'s), here and in every later article."""
    alias = _alias(db, alias)
    holder = db.execute(
        "SELECT e.type, e.role FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?"
        " ORDER BY e.id LIMIT 1",
        [alias],
    ).fetchone()
    if onto_id is not None:
        onto = _entity(db, onto_id)
        if db.execute("SELECT 1 FROM aliases WHERE alias = ? AND entity_id != ?", [alias, onto_id]).fetchone() is None:
            raise CorrectionError(f"{alias} is already {onto['name']}'s alone")
        return add(db, "split", {"alias": alias}, {"onto": onto["key"], "name": onto["name"]})
    if db.execute(
        "SELECT 1 FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?"
        " AND (SELECT count(*) FROM aliases b WHERE b.entity_id = e.id) > 1",
        [alias],
    ).fetchone() is None:
        raise CorrectionError(f"{alias} is already an entity of its own")
    value = {"key": split_key(holder[1], alias), "name": alias, "type": holder[0], "role": holder[1]}
    return add(db, "split", {"alias": alias}, value)


def rename(db: sqlite_utils.Database, entity_id: int, name: str) -> dict:
    entity, name = _entity(db, entity_id), " ".join(name.split())
    if not name:
        raise CorrectionError("the new name is empty")
    if name == entity["name"]:
        raise CorrectionError(f"{entity['name']} is already its name")
    return add(db, "rename", {"key": entity["key"], "name": entity["name"]}, {"name": name})


def set_role(
    db: sqlite_utils.Database, entity_id: int, role: str, lat: float | None = None, lon: float | None = None
) -> dict:
    entity = _entity(db, entity_id)
    if role not in ROLES:
        raise CorrectionError(f"the role must be one of {', '.join(ROLES)}, not {role!r}")
    if (lat is None) != (lon is None):
        raise CorrectionError("give both --lat and --lon, or neither")
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CorrectionError(f"{lat}, {lon} is not on Earth: latitude -90..90, longitude -180..180")
    if lat is not None and role != "location":
        raise CorrectionError("only a location has coordinates")
    return add(db, "role", {"key": entity["key"], "name": entity["name"]}, {"role": role, "lat": lat, "lon": lon})


def not_entity(db: sqlite_utils.Database, alias: str) -> dict:
    """`alias` is never an entity, in the stored articles and every later one."""
    return add(db, "not-entity", {"alias": _alias(db, alias)}, {})


def speaker(db: sqlite_utils.Database, quote_id: int, entity_id: int) -> dict:
    quote, entity = _quote(db, quote_id), _entity(db, entity_id)
    return add(db, "speaker", {"source": quote["source"], "text": quote["text"]}, {"key": entity["key"], "name": entity["name"]})


def not_quote(db: sqlite_utils.Database, quote_id: int) -> dict:
    quote = _quote(db, quote_id)
    return add(db, "not-quote", {"source": quote["source"], "text": quote["text"]}, {})


# --- the store's side: make, list, undo, and apply at ingest -----------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def add(db: sqlite_utils.Database, kind: str, target: dict, value: dict, created_at: str | None = None) -> dict:
    """Store a correction and apply it to the stored rows, in one transaction; returns it as `listing` does."""
    with transaction(db) as conn:
        correction_id = insert(conn, kind, target, value, created_at)
    return next(c for c in listing(db) if c["id"] == correction_id)


def insert(conn, kind: str, target: dict, value: dict, created_at: str | None = None, *, strict: bool = True) -> int:
    """Apply and store one correction inside the caller's transaction; its id.

    `strict`: refuse a correction naming what is not stored. An imported one
    is kept anyway, to apply when an article naming it arrives.
    """
    if kind not in APPLY:
        raise CorrectionError(f"unknown correction {kind!r}; one of {', '.join(KINDS)}")
    journal = Journal(conn)
    if not APPLY[kind](journal, target, value, None) and strict:
        raise CorrectionError(f"nothing to correct: {describe(kind, target, value)} names what is not in the store")
    # Only the entities and articles whose rows it changed: a correction is not a full recount.
    journal.recount()
    return conn.execute(
        "INSERT INTO corrections (kind, target, value, created_at, undo) VALUES (?,?,?,?,?)",
        [kind, canonical(target), canonical(value), created_at or _now(), canonical(journal.ops)],
    ).lastrowid


def well_formed(kind, target, value) -> bool:
    """Whether a correction read from a file has what applying it needs."""
    if kind not in SHAPES or not isinstance(target, dict) or not isinstance(value, dict):
        return False
    needs_target, needs_value = SHAPES[kind]
    if any(not target.get(k) for k in needs_target) or any(not value.get(k) for k in needs_value):
        return False
    if kind == "merge" and not all(isinstance(k, str) for k in target["keys"]):
        return False
    if kind == "split" and not (value.get("onto") or value.get("key")):
        return False
    return kind != "role" or value["role"] in ROLES


def apply_to_article(conn, article_id: int) -> bool:
    """Every correction, oldest first, on the rows of the article store_article is writing;
    whether any of them found what it names."""
    journal = Journal(conn, record=False)
    applied = False
    for kind, target, value in conn.execute("SELECT kind, target, value FROM corrections ORDER BY id").fetchall():
        if kind in APPLY:
            applied |= bool(APPLY[kind](journal, *_parsed(target, value), article_id))
    return applied


@functools.lru_cache(maxsize=8192)
def _parsed(target: str, value: str) -> tuple[dict, dict]:
    """A stored correction's JSON, read once per process: every article written applies every correction."""
    return json.loads(target), json.loads(value)


def undo(db: sqlite_utils.Database, correction_id: int | None = None) -> dict:
    """Take back a correction (the latest if no id): the rows it changed are written back as they were."""
    with transaction(db) as conn:
        if correction_id is None:
            row = conn.execute("SELECT id FROM corrections ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                raise CorrectionError("no correction to undo")
            correction_id = row[0]
        row = conn.execute("SELECT kind, target, value, undo FROM corrections WHERE id = ?", [correction_id]).fetchone()
        if row is None:
            raise CorrectionError(f"no correction #{correction_id}; `newsx-tui correct list` shows them")
        kind, target, value, ops = row
        later = conn.execute(
            "SELECT id, kind, target, value, undo FROM corrections WHERE id > ? ORDER BY id", [correction_id]
        ).fetchall()
        # an entity a later correction deleted, as it deleted it: brought back if this one's rows name it
        gone: dict[int, dict] = {}
        for *_, later_ops in later:
            for op, table, was, *_rest in json.loads(later_ops or "[]"):
                if op == "delete" and table == "entities":
                    gone.setdefault(was["id"], was)
        journal = Journal(conn, record=False)
        back = _revert(journal, json.loads(ops or "[]"), gone, correction_id)
        conn.execute("DELETE FROM corrections WHERE id = ?", [correction_id])
        # Taking back an older correction may uncover rows a later one decides about; what it changes of
        # them joins its own undo, so that taking it back too leaves the store as before either.
        for later_id, later_kind, later_target, later_value, later_ops in later:
            again = Journal(conn)
            APPLY[later_kind](again, json.loads(later_target), json.loads(later_value), None)
            journal.entities |= again.entities
            journal.articles |= again.articles
            if again.ops:
                conn.execute(
                    "UPDATE corrections SET undo = ? WHERE id = ?",
                    [canonical(json.loads(later_ops or "[]") + again.ops), later_id],
                )
        # an entity brought back for a later correction that took everything of it again
        _drop_orphans(journal, back)
        journal.recount()
    return {"id": correction_id, "kind": kind, "description": describe(kind, json.loads(target), json.loads(value))}


def listing(db: sqlite_utils.Database) -> list[dict]:
    """Every correction, oldest first, with a one-line description and whether what it names is still stored."""
    rows = []
    for r in db.query("SELECT id, kind, target, value, created_at FROM corrections ORDER BY id"):
        target, value = json.loads(r["target"]), json.loads(r["value"])
        rows.append({
            "id": r["id"], "kind": r["kind"], "created_at": r["created_at"], "target": target, "value": value,
            "description": describe(r["kind"], target, value), "holds": _holds(db, r["kind"], target, value),
        })
    return rows


def _holds(db: sqlite_utils.Database, kind: str, target: dict, value: dict) -> bool:
    conn = db.conn
    if kind in ("rename", "role"):
        return entity_by_key(conn, target["key"]) is not None
    if kind == "merge":
        return entity_by_key(conn, value["into"]) is not None
    if kind == "split" and value.get("onto"):
        return entity_by_key(conn, value["onto"]) is not None
    if kind == "speaker":
        return entity_by_key(conn, value["key"]) is not None and bool(_quote_ids(Journal(conn, False), target, None))
    return True  # not-entity, not-quote and a split into its own entity hold by what they take away


def describe(kind: str, target: dict, value: dict) -> str:
    if kind == "merge":
        return f"merge {' + '.join(target.get('names') or target['keys'])} into {value['name']}"
    if kind == "split":
        return f"split {target['alias']} " + (f"onto {value['name']}" if value.get("onto") else "into its own entity")
    if kind == "rename":
        return f"rename {target['name']} to {value['name']}"
    if kind == "role":
        where = f" at {value['lat']}, {value['lon']}" if value.get("lat") is not None else ""
        return f"{target['name']} is a {value['role']}{where}"
    if kind == "not-entity":
        return f"{target['alias']} is not an entity"
    excerpt = _excerpt(target["text"])
    if kind == "speaker":
        return f"\u201c{excerpt}\u201d was said by {value['name']}"
    return f"\u201c{excerpt}\u201d is not a quote"


def _excerpt(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def canonical(data) -> str:
    """A target or value as stored: the same decision is always the same text."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def split_key(role: str, alias: str) -> str:
    """The key of the entity an alias is split off into: its own, so no extracted entity takes it."""
    return f"split:{role}:{name_key(alias)}"

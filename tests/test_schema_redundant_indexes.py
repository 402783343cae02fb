"""An index whose columns begin another index is dropped, and the write path does no work an article does not need.

idx_mentions_entity_id (entity_id) is the first column of idx_mentions_in_reading_order, idx_quotes_article_id
(article_id) the first of idx_quotes_article_id_paragraph_id_start: every query, and SQLite's foreign-key checks,
seek through the longer one as well, so the shorter cost every mention and quote written a write of its own. A store
of the current version loses them on open and keeps every row. An entity's aliases already stored keep the words
they were filed under (no seeks into the text-keyed indexes again), and an entity the article mentions is not looked
for as an orphan.
"""

from __future__ import annotations

import sqlite3

from newsx.store import open_db
from newsx.store.db.schema import SCHEMA_VERSION

from .test_corpus_counts import kept_and_derived
from .test_write_at_scale import person, plans, write

DROPPED = {"idx_mentions_entity_id": "mentions (entity_id)", "idx_quotes_article_id": "quotes (article_id)"}
EVERY_TABLE = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
)


def indexes(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def rows(db) -> dict[str, list]:
    """Every table's rows (`db`: a store or a plain connection)."""
    tables = [t for (t,) in db.execute(EVERY_TABLE).fetchall()]
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}


def test_a_store_of_the_current_version_loses_the_two_indexes_and_keeps_every_row(sample_db_path):
    conn = sqlite3.connect(sample_db_path)
    with conn:  # the store as the current version wrote it until now: its number, with the two indexes
        for name, on in DROPPED.items():
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    before = rows(conn)
    conn.close()

    db = open_db(sample_db_path)
    try:
        assert not indexes(db) & set(DROPPED)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert rows(db) == before
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_a_new_store_has_neither_and_their_queries_seek_through_the_longer_index(tmp_path):
    db = open_db(tmp_path / "s.db")
    try:
        assert not indexes(db) & set(DROPPED)
        found = plans(db, ["SELECT 1 FROM mentions WHERE entity_id = 1", "DELETE FROM quotes WHERE article_id = 1"])
        assert found == {
            "SELECT 1 FROM mentions WHERE entity_id = 1": [
                "SEARCH mentions USING COVERING INDEX idx_mentions_in_reading_order (entity_id=?)"
            ],
            "DELETE FROM quotes WHERE article_id = 1": [
                "SEARCH quotes USING COVERING INDEX idx_quotes_article_id_paragraph_id_start (article_id=?)"
            ],
        }
    finally:
        db.close()


def test_known_aliases_are_not_filed_again_and_mentioned_entities_not_looked_for_as_orphans(tmp_path):
    db = open_db(tmp_path / "s.db")
    try:
        write(db, "a", "Muqtada Sadr met Nuri al-Maliki.", person("Muqtada Sadr", "Sadr"), person("Nuri al-Maliki"))
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        # the same two people, one of them by a new alias
        write(db, "b", "Muqtada Sadr met Nuri al-Maliki again.", person("Muqtada Sadr", "Sadr"),
              person("Nuri al-Maliki", "Nouri al-Maliki"))
        db.conn.set_trace_callback(None)
        filed = [sql for sql in statements if sql.startswith("INSERT OR IGNORE INTO alias_words")]
        assert filed and all("'Nouri al-Maliki'" in sql for sql in filed)
        assert not [sql for sql in statements if "FROM mentions WHERE entity_id" in sql]
        assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 2
        kept, derived = kept_and_derived(db)
        assert kept == derived  # the words of every alias, as recompute files them

        # a new version of "b" names Sadr no more: he is still named by "a"; a new name alone in it goes with it
        write(db, "b", "Nuri al-Maliki and Jawad Bolani spoke.", person("Nuri al-Maliki"), person("Jawad Bolani"))
        write(db, "b", "Nuri al-Maliki spoke.", person("Nuri al-Maliki"))
        assert {r[0] for r in db.execute("SELECT name FROM entities")} == {"Muqtada Sadr", "Nuri al-Maliki"}
        kept, derived = kept_and_derived(db)
        assert kept == derived
    finally:
        db.close()

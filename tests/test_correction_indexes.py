"""A `split` or `not-entity` correction finds the mentions of its alias and the quotes its name said by a seek.

Making one on a store of 100,000 articles read every mention (3,800,000) and every quote for their text: seconds
(bench/corrections_bench.py measures it). The indexes on mentions.text and on a named speaker reach them; a store of
the current version gains them on open, and corrections there move the same rows as before.
"""

from __future__ import annotations

import sqlite3

from newsx.store import open_db
from newsx.store.db import corrections as c
from newsx.store.db.schema import SCHEMA_VERSION

from .test_corrections import holders, snapshot
from .test_write_at_scale import plans

NEW_INDEXES = {"idx_mentions_by_text", "idx_quotes_by_speaker"}
# The corrections table is read whole by design (test_write_at_scale); the rest must be reached by seeks.
READ_WHOLE = {"corrections"}


def scans(db, make) -> dict[str, list[str]]:
    """Every statement `make` runs that reads a table row by row, with the plan's lines that say so."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    make()
    db.conn.set_trace_callback(None)
    found = {
        sql: [line for line in lines if line.startswith("SCAN") and line.split()[1] not in READ_WHOLE]
        for sql, lines in plans(db, statements).items()
    }
    return {sql: lines for sql, lines in found.items() if lines}


def test_split_and_not_entity_read_no_whole_table(sample_db):
    statements: list[str] = []
    sample_db.conn.set_trace_callback(statements.append)
    c.split(sample_db, "Maliki")
    sample_db.conn.set_trace_callback(None)
    assert any("FROM mentions WHERE text = 'Maliki'" in sql for sql in statements), "the split looked its mentions up"
    assert scans(sample_db, lambda: c.split(sample_db, "Sadr")) == {}
    assert scans(sample_db, lambda: c.not_entity(sample_db, "Islamic")) == {}
    assert scans(sample_db, lambda: c.undo(sample_db)) == {}


def test_a_store_of_the_current_version_gains_the_indexes_and_corrects_the_same_rows(sample_db_path, tmp_path):
    expected_path = tmp_path / "expected.db"
    expected_path.write_bytes(sample_db_path.read_bytes())
    conn = sqlite3.connect(sample_db_path)
    with conn:  # the store as the current version wrote it: its number, without the two indexes
        for name in NEW_INDEXES:
            conn.execute(f"DROP INDEX {name}")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()

    db, expected = open_db(sample_db_path), open_db(expected_path)
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert NEW_INDEXES <= indexes
    for store in (db, expected):
        c.split(store, "Maliki")
        c.not_entity(store, "Islamic")
    assert holders(db, "Maliki") == {"Maliki"} and holders(db, "Nuri al-Maliki") == {"Nuri al-Maliki"}
    assert holders(db, "Islamic") == set()
    assert snapshot(db) == snapshot(expected)
    db.close()
    expected.close()

"""Item 7: stores from other schema versions.

An older store (made by this version, then `user_version` lowered and a
column and an index dropped) is migrated on open; a migration that cannot
finish leaves the store exactly as it was; a store from a newer version is
refused and not modified, even with its last writes still in the WAL.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from newsx.store.db.schema import SCHEMA_VERSION

from .procs import cli

CONTRACT = ("articles", "paragraphs", "entities", "aliases", "mentions", "quotes", "selections")


def make_older(path, *, duplicate_article=False):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP INDEX idx_articles_sha256")
        conn.execute("ALTER TABLE articles DROP COLUMN byline")
        if duplicate_article:
            # Two copies of one article: an old store without the unique index could hold them.
            columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "id"]
            conn.execute(f"INSERT INTO articles ({', '.join(columns)}) SELECT {', '.join(columns)} FROM articles")
        conn.execute("PRAGMA user_version = 0")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def counts(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTRACT}
    finally:
        conn.close()


def test_older_store_is_migrated_on_open(sample_db_path):
    make_older(sample_db_path)
    before = counts(sample_db_path)

    run = cli("entities", "--json", "--db", sample_db_path)
    assert run.code == 0, run.err
    assert any(r["name"] == "Nuri al-Maliki" for r in json.loads(run.out))

    conn = sqlite3.connect(sample_db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "byline" in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'idx_articles_sha256'").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert counts(sample_db_path) == before
    search = cli("search", "refinery", "--json", "--db", sample_db_path)
    assert json.loads(search.out)["paragraphs"]


def test_an_upgrade_says_so_once_on_stderr(sample_db_path):
    """A large store's new indexes take a minute to build: the terminal says why it waits, the first time only."""
    make_older(sample_db_path)
    first = cli("entities", "--json", "--db", sample_db_path)
    assert first.code == 0 and first.err_lines == [f"newsx-tui: upgrading {sample_db_path} for this version (once; a large store takes a minute)"], first.err
    assert json.loads(first.out)
    again = cli("entities", "--json", "--db", sample_db_path)
    assert again.code == 0 and again.err_lines == [], again.err


def test_a_migration_that_cannot_finish_changes_nothing(sample_db_path):
    make_older(sample_db_path, duplicate_article=True)
    original = sample_db_path.read_bytes()

    run = cli("entities", "--db", sample_db_path)
    # the line that says an upgrade begins, then one error line
    assert run.code == 1 and len(run.err_lines) == 2 and run.err_lines[0].startswith("newsx-tui: upgrading "), run.err
    assert "cannot upgrade" in run.err_lines[1] and "the store is unchanged" in run.err_lines[1]
    assert sample_db_path.read_bytes() == original
    conn = sqlite3.connect(sample_db_path)
    assert "byline" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


NEWER = SCHEMA_VERSION + 1


def test_newer_store_is_refused_and_not_modified(sample_db_path):
    conn = sqlite3.connect(sample_db_path)
    conn.execute(f"PRAGMA user_version = {NEWER}")
    conn.close()
    original = sample_db_path.read_bytes()

    run = cli("entities", "--db", sample_db_path)
    assert run.code == 1 and len(run.err_lines) == 1, run.err
    assert f"newer newsx-tui (schema {NEWER}" in run.err
    assert sample_db_path.read_bytes() == original
    assert not sample_db_path.with_name(sample_db_path.name + "-wal").exists()


def test_newer_store_with_its_last_writes_in_the_wal_is_not_checkpointed(sample_db_path):
    # A newer newsx-tui that was killed: its last transaction is only in the WAL.
    script = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        f"conn.execute('PRAGMA user_version = {NEWER}')\n"
        "conn.execute(\"UPDATE articles SET title = 'changed by the newer version'\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(sample_db_path)], check=True, timeout=60)
    wal = sample_db_path.with_name(sample_db_path.name + "-wal")
    assert wal.stat().st_size > 0
    original, original_wal = sample_db_path.read_bytes(), wal.read_bytes()

    for args in (["entities"], ["ingest", "-"]):
        run = cli(*args, "--db", sample_db_path, stdin=b"")
        assert run.code == 1 and len(run.err_lines) == 1, run.err
        assert f"newer newsx-tui (schema {NEWER}" in run.err
    assert sample_db_path.read_bytes() == original
    assert wal.read_bytes() == original_wal


def test_a_store_from_before_corrections_gains_their_table_and_keeps_everything(sample_db_path):
    conn = sqlite3.connect(sample_db_path)
    with conn:
        conn.execute("DROP TABLE corrections")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    before = counts(sample_db_path)

    run = cli("correct", "not-entity", "AP", "--db", sample_db_path)
    assert run.code == 0, run.err
    conn = sqlite3.connect(sample_db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT kind FROM corrections").fetchall() == [("not-entity",)]
    conn.close()
    after = counts(sample_db_path)
    assert after["mentions"] == before["mentions"] - 1
    assert {t: n for t, n in after.items() if t != "mentions"} == {t: n for t, n in before.items() if t != "mentions"} | {
        "entities": before["entities"] - 1, "aliases": before["aliases"] - 1
    }

"""lone_names (schema 12): each alias of a person known by no name of more than one word, where resolution finds the
stored person known only as "Maliki" for "Nuri al-Maliki".

Through `aliases` that look-up read every entity holding the alias and the aliases of each, more of them the more
people share the surname (bench/shared_names.py: 86 -> 193 steps from 1,000 to 20,000 articles). The table is
derived from `aliases` and `entities.type`, so at every step it must equal that derivation: after ingest, a replaced
article, every correction and its undo, corrections applied to a later article, and an ingest killed before its
commit. A store of schema 11, written by the code of schema 11 (tests/stores/schema11.db.gz, made by
tests/stores/make_schema11.py), gains it on open and keeps everything else.
"""

from __future__ import annotations

import gzip
import shutil
import signal
import sqlite3

import pytest

from newsx.store import open_db
from newsx.store.db import corrections as c
from newsx.store.db import resolve
from newsx.store.db.schema import SCHEMA_VERSION

from .conftest import ROOT
from .test_corrections import CORRECTIONS
from .test_write_at_scale import entity_of, person, write, write_killed

SCHEMA_11 = ROOT / "tests" / "stores" / "schema11.db.gz"
SCHEMA_11_TABLES = (
    "articles", "paragraphs", "entities", "aliases", "mentions", "quotes", "selections", "corrections", "alias_words",
    "word_skeletons", "alias_skeletons", "alias_vocabulary", "entity_totals", "speaker_counts",
)


def derived(db) -> list[tuple]:
    """lone_names as the aliases now stored make it."""
    full = {e for (e, a) in db.execute("SELECT entity_id, alias FROM aliases") if len(a.split()) > 1}
    return sorted(
        (alias, entity_id)
        for entity_id, alias in db.execute(
            "SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.type = 'PERSON'"
        )
        if entity_id not in full
    )


def assert_kept(db) -> list[tuple]:
    rows = sorted(db.execute("SELECT alias, entity_id FROM lone_names").fetchall())
    assert rows == derived(db)
    return rows


def test_the_write_path_keeps_them(tmp_path):
    db = open_db(tmp_path / "w.db")
    write(db, "a", "Maliki met Jawad Bolani, Zebari and the Dawa party.", person("Maliki"),
          person("Jawad Bolani", "Bolani"), person("Zebari"), person("Dawa", type_="ORG"))
    rows = assert_kept(db)
    assert {alias for alias, _ in rows} == {"Maliki", "Zebari"}  # people with no full name only
    # a full name for Maliki, found through the table (the article names Jawad Bolani, whom his article names too):
    # he is no lone name any more
    write(db, "b", "Nuri al-Maliki met Jawad Bolani.", person("Jawad Bolani", "Bolani"), person("Nuri al-Maliki", "Maliki"))
    assert entity_of(db, "Nuri al-Maliki") == entity_of(db, "Maliki")
    assert {alias for alias, _ in assert_kept(db)} == {"Zebari"}
    # a new version of "a" names Zebari no more: he goes, and his rows with him
    write(db, "a", "Jawad Bolani spoke.", person("Jawad Bolani"))
    assert assert_kept(db) == []
    db.close()


def test_the_look_up_reads_only_people_with_no_full_name(tmp_path):
    """Many people share the surname in full; the one known by it alone is found, and read, alone."""
    db = open_db(tmp_path / "s.db")
    write(db, "ali", "Ali spoke.", person("Ali"))
    for i, first in enumerate(["Hassan", "Hussein", "Omar", "Karim", "Said", "Walid"]):
        write(db, f"other {i}", f"{first} Ali spoke.", person(f"{first} Ali", "Ali"))
    alone = db.execute("SELECT id FROM entities WHERE name = 'Ali'").fetchone()[0]
    assert [e for _, e in assert_kept(db)] == [alone]
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT e.id, e.name FROM lone_names n CROSS JOIN entities e ON e.id = n.entity_id"
        " WHERE e.type = 'PERSON' AND n.alias IN (?)", ["Ali"]))
    assert "SEARCH n" in plan and "SCAN" not in plan
    # "Zaid Ali" among his own article's names, as write.py resolves them (no other article read): the stored "Ali"
    # is the one person known only so
    found = resolve.existing(db.conn, person("Zaid Ali"))
    assert found == (alone, "Ali")
    db.close()


@pytest.mark.parametrize("kind", CORRECTIONS)
def test_every_correction_and_its_undo_keep_them(sample_db, kind):
    before = assert_kept(sample_db)
    CORRECTIONS[kind](sample_db)
    after = assert_kept(sample_db)
    if kind == "split":
        assert after != before, "the split-off 'Maliki' is a person known by no full name"
    c.undo(sample_db)
    assert assert_kept(sample_db) == before


def test_corrections_applied_to_later_articles_keep_them(tmp_path):
    db = open_db(tmp_path / "c.db")
    write(db, "a", "Muqtada Sadr met Nuri al-Maliki.", person("Muqtada Sadr", "Sadr"),
          person("Nuri al-Maliki", "Maliki"))
    write(db, "a2", "Bolani and Zebari spoke.", person("Bolani"), person("Zebari"))
    c.split(db, "Maliki")
    c.rename(db, entity_of(db, "Bolani"), "Jawad Bolani")
    c.merge(db, entity_of(db, "Zebari"), entity_of(db, "Maliki"))
    c.not_entity(db, "Sadr")
    assert_kept(db)
    write(db, "b", "Maliki, Bolani and Zebari met Muqtada Sadr.", person("Maliki"), person("Bolani"), person("Zebari"),
          person("Muqtada Sadr", "Sadr"))
    assert_kept(db)
    write(db, "a2", "Zebari spoke.", person("Zebari"))  # replaced
    assert_kept(db)
    while c.listing(db):
        c.undo(db, c.listing(db)[0]["id"])  # the oldest first: each later one applied again
        assert_kept(db)
    db.close()


def test_a_killed_ingest_leaves_them_as_they_were(tmp_path):
    path = tmp_path / "k.db"
    db = open_db(path)
    write(db, "a", "Maliki met Jawad Bolani.", person("Maliki"), person("Jawad Bolani", "Bolani"))
    before = assert_kept(db)
    assert [alias for alias, _ in before] == ["Maliki"]
    db.close()
    run = write_killed(
        path, "SELECT group_concat(alias) FROM lone_names",
        '"b", "Nuri al-Maliki met Jawad Bolani and Zebari.", person("Jawad Bolani", "Bolani"), person("Nuri al-Maliki", "Maliki"), person("Zebari")',
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert run.stdout.split() == ["Zebari"]  # the transaction had taken Maliki out and put Zebari in

    db = open_db(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert assert_kept(db) == before
    db.close()


def rows_of(conn, tables) -> dict:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_a_store_written_by_schema_11_gains_them_on_open_and_keeps_everything_else(tmp_path):
    path = tmp_path / "eleven.db"
    with gzip.open(SCHEMA_11) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 11
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'lone_names'").fetchone()
    before = rows_of(conn, SCHEMA_11_TABLES)
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 12
    assert rows_of(db.conn, SCHEMA_11_TABLES) == before
    rows = assert_kept(db)
    assert {"Bolani", "Zebari"} <= {alias for alias, _ in rows}
    assert not {"Obeidi", "Ali", "Maliki"} & {alias for alias, _ in rows}  # each the alias of someone with a full name
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # a full name of a stored lone name joins him through the migrated table, as among one article's own names
    bolani = entity_of(db, "Bolani")
    assert resolve.existing(db.conn, person("Jawad Bolani")) == (bolani, "Bolani")
    db.close()

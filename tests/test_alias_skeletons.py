"""alias_skeletons (schema 11): each alias of more than one word under its whole name's skeleton, where resolution
finds another romanisation of a full name.

It is derived from `aliases` (names.translit_key of each alias of more than one word), so at every step it must
equal that derivation: after ingest, a replaced article, every correction and its undo, corrections applied to a
later article, and an ingest killed before its commit. A store of schema 10, written by the code of schema 10
(tests/stores/schema10.db.gz, made by tests/stores/make_schema10.py), gains it on open and keeps everything else;
and the look-up through it finds what the look-up of schema 10 (word_skeletons joined to alias_words) found.
"""

from __future__ import annotations

import gzip
import shutil
import signal
import sqlite3

import pytest
from rapidfuzz import fuzz, utils

from newsx.store import open_db
from newsx.store.db import corrections as c
from newsx.store.db import resolve
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.db.thresholds import TRANSLITERATION
from newsx.store.names import name_key, translit_key
from newsx.store.records import ROLES

from .conftest import ROOT
from .test_corrections import CORRECTIONS
from .test_write_at_scale import entity_of, person, write, write_killed

SCHEMA_10 = ROOT / "tests" / "stores" / "schema10.db.gz"
# What the migration must leave as it was: every table of schema 10.
SCHEMA_10_TABLES = (
    "articles", "paragraphs", "entities", "aliases", "mentions", "quotes", "selections", "corrections", "alias_words",
    "word_skeletons", "alias_vocabulary", "entity_totals", "speaker_counts",
)


def derived(db) -> list[tuple]:
    """alias_skeletons as the aliases now stored make it."""
    return sorted(
        (translit_key(alias), entity_id, alias)
        for entity_id, alias in db.execute("SELECT entity_id, alias FROM aliases")
        if len(alias.split()) > 1
    )


def kept(db) -> list[tuple]:
    return sorted(db.execute("SELECT skeleton, entity_id, alias FROM alias_skeletons").fetchall())


def assert_kept(db) -> list[tuple]:
    rows = kept(db)
    assert rows == derived(db)
    return rows


def test_the_write_path_keeps_them(tmp_path):
    db = open_db(tmp_path / "w.db")
    write(db, "a", "Muqtada Sadr met Nuri al-Maliki.", person("Muqtada Sadr", "Sadr"), person("Nuri al-Maliki", "Maliki"))
    write(db, "b", "Moqtada al-Sadr spoke.", person("Moqtada al-Sadr"))
    write(db, "c", "Hassan Ali and Hussein Ali spoke.", person("Hassan Ali"), person("Hussein Ali"))
    rows = assert_kept(db)
    sadr = entity_of(db, "Muqtada Sadr")
    assert entity_of(db, "Moqtada al-Sadr") == sadr  # found through the table
    assert {("maktada sadr", sadr, "Muqtada Sadr"), ("maktada sadr", sadr, "Moqtada al-Sadr")} <= set(rows)
    assert not any(alias in ("Sadr", "Maliki") for *_, alias in rows)  # a surname alone is no full name
    # a new version of "c" names Hussein Ali no more: he goes, and his rows with him
    write(db, "c", "Hassan Ali spoke alone.", person("Hassan Ali"))
    rows = assert_kept(db)
    assert "Hussein Ali" not in {alias for *_, alias in rows}
    assert "Hassan Ali" in {alias for *_, alias in rows}
    db.close()


@pytest.mark.parametrize("kind", CORRECTIONS)
def test_every_correction_and_its_undo_keep_them(sample_db, kind):
    before = assert_kept(sample_db)
    CORRECTIONS[kind](sample_db)
    after = assert_kept(sample_db)
    if kind in ("rename", "merge"):
        assert after != before, f"{kind} moved no full name"
    c.undo(sample_db)
    assert assert_kept(sample_db) == before


def test_corrections_applied_to_later_articles_keep_them(tmp_path):
    db = open_db(tmp_path / "c.db")
    write(db, "a", "Muqtada Sadr met Nuri al-Maliki.", person("Muqtada Sadr", "Sadr"),
          person("Nuri al-Maliki", "Nuri Maliki", "Maliki"))
    write(db, "a2", "Nuri Maliki and Jawad Bolani spoke.", person("Nuri Maliki"), person("Jawad Bolani", "Bolani"))
    c.rename(db, entity_of(db, "Muqtada Sadr"), "Moqtada al-Sadr")
    c.split(db, "Nuri Maliki")
    c.not_entity(db, "Sadr")
    c.merge(db, entity_of(db, "Jawad Bolani"), entity_of(db, "Nuri al-Maliki"))
    rows = assert_kept(db)
    assert entity_of(db, "Nuri Maliki") != entity_of(db, "Nuri al-Maliki") == entity_of(db, "Jawad Bolani")
    assert ("jawad balana", entity_of(db, "Jawad Bolani"), "Jawad Bolani") in rows
    # each correction is applied again to the rows of every article written after it
    write(db, "b", "Muqtada Sadr and Nuri Maliki met Jawad Bolani.", person("Muqtada Sadr", "Sadr"),
          person("Nuri Maliki"), person("Jawad Bolani", "Bolani"))
    assert_kept(db)
    write(db, "a", "Muqtada Sadr spoke.", person("Muqtada Sadr", "Sadr"))  # replaced: Nuri al-Maliki's mention goes
    assert_kept(db)
    c.undo(db)  # the merge, after articles it was applied to
    assert_kept(db)
    db.close()


def test_a_killed_ingest_leaves_them_as_they_were(tmp_path):
    path = tmp_path / "k.db"
    db = open_db(path)
    write(db, "a", "Muqtada Sadr spoke.", person("Muqtada Sadr"))
    before = assert_kept(db)
    db.close()
    # an article whose new aliases (a romanisation of a stored name, a new person) are in the killed transaction
    run = write_killed(
        path, "SELECT count(*) FROM alias_skeletons",
        '"b", "Moqtada al-Sadr met Jawad Bolani.", person("Moqtada al-Sadr"), person("Jawad Bolani", "Bolani")',
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert int(run.stdout) == len(before) + 2  # the transaction had filed both new full names

    db = open_db(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert assert_kept(db) == before
    write(db, "b", "Moqtada al-Sadr met Jawad Bolani.", person("Moqtada al-Sadr"), person("Jawad Bolani", "Bolani"))
    assert len(assert_kept(db)) == len(before) + 2
    db.close()


def schema_10_store(tmp_path):
    path = tmp_path / "ten.db"
    with gzip.open(SCHEMA_10) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def rows_of(conn, tables) -> dict:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_a_store_written_by_schema_10_gains_them_on_open_and_keeps_everything_else(tmp_path):
    path = schema_10_store(tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alias_skeletons'").fetchone()
    before = rows_of(conn, SCHEMA_10_TABLES)
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 11
    assert rows_of(db.conn, SCHEMA_10_TABLES) == before
    rows = assert_kept(db)
    sadr = entity_of(db, "Muqtada Sadr")
    assert {("maktada sadr", sadr, "Muqtada Sadr"), ("maktada sadr", sadr, "Moqtada al-Sadr")} <= set(rows)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # another romanisation of a stored name is found through the migrated table
    entities = db.execute("SELECT count(*) FROM entities").fetchone()[0]
    write(db, "later", "Moktada al-Sadr spoke.", person("Moktada al-Sadr"))
    assert entity_of(db, "Moktada al-Sadr") == sadr
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == entities
    assert_kept(db)
    db.close()


def schema_10_romanisations(conn, full_name: str) -> list[tuple[int, str]]:
    """The look-up of schema 10, as resolve.existing ran it: through word_skeletons and every alias of a word of the
    surname's skeleton."""
    surname = full_name.split()[-1].split("-")[-1]
    words = utils.default_process(surname).split()
    skeleton = translit_key(words[-1]) if words else ""
    if not skeleton:
        return []
    rows = conn.execute(
        "SELECT DISTINCT e.id, e.name, w.alias FROM word_skeletons s CROSS JOIN alias_words w"
        " CROSS JOIN entities e ON e.id = w.entity_id WHERE s.skeleton = ?"
        f" AND w.role IN ({','.join('?' * len(ROLES))}) AND w.word = s.word AND w.alias LIKE ?"
        " AND e.type = 'PERSON'",
        [skeleton, *ROLES, f"%{surname[1:]}"],
    ).fetchall()
    found: dict[int, str] = {}
    for r in rows:
        if (
            len(r[2].split()) > 1 and translit_key(r[2]) == translit_key(full_name)
            and fuzz.ratio(name_key(r[2]), name_key(full_name)) >= TRANSLITERATION
        ):
            found.setdefault(r[0], r[1])
    return list(found.items())


def spellings(name: str) -> set[str]:
    """Other romanisations of a name: vowels changed, q and k swapped, the article dropped or added."""
    out = {name, name.replace("u", "o"), name.replace("o", "u"), name.replace("e", "i"), name.replace("i", "ee"),
           name.replace("q", "k"), name.replace("k", "q"), name.replace("al-", ""), name.replace("Al-", "")}
    parts = name.split()
    if len(parts) > 1:
        out.add(" ".join([*parts[:-1], "al-" + parts[-1]]))
    return out


def test_the_look_up_finds_what_schema_10_found(tmp_path):
    db = open_db(schema_10_store(tmp_path))
    write(db, "c", "Hassan Ali met Hasan Aly and Hussein Ali.", person("Hasan Aly"), person("Hassan Alee"))
    names = {a for (a,) in db.execute("SELECT alias FROM aliases") if len(a.split()) > 1}
    asked = {s for name in names for s in spellings(name)}
    found = 0
    for name in sorted(asked):
        old = schema_10_romanisations(db.conn, name)
        new = resolve.romanisations(db.conn, name)
        assert (new if len(new) == 1 else len(new) > 1) == (old if len(old) == 1 else len(old) > 1), name
        found += len(old) == 1 and name not in names
    assert found >= 5  # romanisations of stored names not stored as such were asked
    db.close()

import json
import sqlite3

import pytest

from newsx.store.db.schema import SCHEMA_VERSION, open_db
from newsx.store import StoreError
from newsx.store.ingest import ingest

from .conftest import SAMPLE

CONTRACT = {
    "articles": {"id", "source", "sha256", "title", "dek", "dateline", "place", "published", "agency", "credits", "raw", "ingested_at"},
    "paragraphs": {"id", "article_id", "seq", "kind", "text"},
    "entities": {"id", "name", "type", "role", "lat", "lon"},
    "aliases": {"entity_id", "alias"},
    "mentions": {"id", "entity_id", "article_id", "paragraph_id", "start", "end", "text"},
    "quotes": {"id", "article_id", "paragraph_id", "kind", "text", "start", "end", "speaker", "speaker_entity_id", "cue"},
    "selections": {"id", "paragraph_id", "start", "end", "note", "created_at"},
}


def test_schema_is_the_public_contract(tmp_path):
    db = open_db(tmp_path / "s.db")
    for table, columns in CONTRACT.items():
        assert columns <= set(db[table].columns_dict), table
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert "paragraphs_fts" in db.table_names()


def test_sample_is_stored(sample_db):
    art = next(sample_db.query("SELECT * FROM articles"))
    assert (art["place"], art["agency"], art["published"]) == ("Anbar", "Reuters", "2014-06-21")
    assert json.loads(art["credits"])[1] == {"role": "writing", "name": "Oliver Holmes"}
    assert art["raw"].startswith("Iraq Militants Seize Border Post")
    kinds = [r["kind"] for r in sample_db.query("SELECT kind FROM paragraphs ORDER BY seq")]
    assert kinds[:3] == ["title", "dek", "caption"] and kinds.count("caption") == 1


def test_mentions_point_at_their_text(sample_db):
    rows = list(sample_db.query(
        'SELECT m.start, m."end", m.text, p.text AS para, e.name FROM mentions m'
        " JOIN paragraphs p ON p.id = m.paragraph_id JOIN entities e ON e.id = m.entity_id"
    ))
    assert rows
    for r in rows:
        assert r["para"][r["start"]:r["end"]] == r["text"]
    names = {r["name"] for r in rows}
    assert "Nuri al-Maliki" in names and "Baghdad" in names
    maliki = [r for r in rows if r["name"] == "Nuri al-Maliki"]
    assert {r["text"] for r in maliki} >= {"Nuri al-Maliki", "Maliki"}


def test_boilerplate_yields_nothing_but_its_credited_writers(sample_db):
    # "(Additional reporting by Ahmed Rasheed in Baghdad; Writing by Oliver Holmes; Editing by Andrew Roche)": the
    # writers a credit line names are the story's actors (the gold's byline rule); nothing else of the furniture is
    rows = list(sample_db.query(
        "SELECT m.text FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE p.kind IN ('boilerplate', 'credit')"
    ))
    assert {r["text"] for r in rows} == {"Ahmed Rasheed", "Baghdad", "Oliver Holmes", "Andrew Roche"}


def test_direct_quote_with_named_speaker(sample_db):
    q = next(sample_db.query("SELECT * FROM quotes WHERE text LIKE 'Last night%'"))
    assert q["speaker"].endswith("Qassim al-Moussawi") and q["cue"] == "said"


def test_same_bytes_twice_changes_nothing(sample_db):
    before = sample_db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert [r.status for r in ingest(sample_db, [str(SAMPLE)])] == ["unchanged"]
    assert sample_db.execute("SELECT count(*) FROM mentions").fetchone()[0] == before
    assert sample_db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_a_failure_mid_article_leaves_the_store_as_it_was(sample_db, tmp_path, monkeypatch):
    from newsx.store.db import write

    story = tmp_path / "story.txt"
    story.write_text("Title Here\n\nPARIS (AFP) - President Emmanuel Macron said on Monday that talks would go on.\n")
    counts = [sample_db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTRACT]

    def explode(conn, rec, resolver=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(write, "_upsert_entity", explode)
    with pytest.raises(sqlite3.OperationalError):
        ingest(sample_db, [str(story)])
    assert [sample_db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTRACT] == counts


def test_changed_source_is_replaced_and_selection_kept(tmp_path):
    from newsx.store.db.queries import selections, toggle_selection

    path = tmp_path / "story.txt"
    path.write_text("Talks Resume\n\nPARIS (AFP) - Talks resumed in Paris on Monday, officials said.\n\nThe mood was calm.\n")
    db = open_db(tmp_path / "s.db")
    ingest(db, [str(path)])
    calm = db.execute("SELECT id FROM paragraphs WHERE text = 'The mood was calm.'").fetchone()[0]
    toggle_selection(db, calm)
    path.write_text("Talks Resume\n\nPARIS (AFP) - Talks resumed in Paris on Tuesday, officials said.\n\nThe mood was calm.\n")
    assert [r.status for r in ingest(db, [str(path)])] == ["replaced"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert [s["text"] for s in selections(db)] == ["The mood was calm."]


def test_refuses_a_newer_store(tmp_path):
    path = tmp_path / "new.db"
    open_db(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer newsx-tui"):
        open_db(path)


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some notes\n")
    with pytest.raises(StoreError, match="not an SQLite database"):
        open_db(path)
    assert path.read_bytes() == b"just some notes\n"

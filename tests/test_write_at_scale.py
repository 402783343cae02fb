"""Writing an article costs the same whatever the store holds: no query of the write path reads a whole table.

The cost itself is measured by bench/write_scale_bench.py on stores of 1,000 and
100,000 articles; here every statement store_article runs (entity resolution, the
reader's corrections, the corpus counts, a replaced version's clean-up) is put
through EXPLAIN QUERY PLAN, which names any table it would scan row by row.
Schema 7 added what two of those queries need; a version-6 store gains it on open.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

from newsx.store import open_db, transaction
from newsx.store.db import corrections
from newsx.store.db.schema import SCHEMA_VERSION, for_ingest
from newsx.store.db.write import store_article
from newsx.store.names import name_key, translit_key
from newsx.store.records import Anatomy, EntityRecord, Extraction, MentionRecord, Paragraph, Prepared

from .conftest import ROOT

# Read once per article by design: a store holds a reader's corrections, not the corpus's rows.
SCANNED_BY_DESIGN = {"corrections"}


def person(name: str, *aliases: str, role: str = "actor", type_: str = "PERSON") -> EntityRecord:
    return EntityRecord(f"{role}:{name_key(name)}", name, type_, role, {name, *aliases})


def write(db, source: str, text: str, *entities: EntityRecord, agency: str | None = "Reuters") -> tuple[int, str]:
    """One article naming each entity by its own name, resolved against the corpus as ingest resolves it."""
    paragraphs = [Paragraph(0, "title", source), Paragraph(1, "body", text)]
    mentions = [
        MentionRecord(1, text.index(e.name), text.index(e.name) + len(e.name), e.name, e.key)
        for e in entities
        if e.name in text
    ]
    prepared = Prepared(
        source, hashlib.sha256(text.encode()).hexdigest(), text, Anatomy(title=source, agency=agency, paragraphs=paragraphs)
    )
    return store_article(db, prepared, Extraction({e.key: e for e in entities}, mentions, []))


def entity_of(db, alias: str) -> int:
    """The entity an alias names (one written by `write`)."""
    return db.execute("SELECT entity_id FROM aliases WHERE alias = ?", [alias]).fetchone()[0]


def plans(db, statements: list[str]) -> dict[str, list[str]]:
    """Each traced statement's EXPLAIN QUERY PLAN lines."""
    out = {}
    for sql in statements:
        if sql.startswith("--") or sql.split()[0].upper() in {"BEGIN", "COMMIT", "ROLLBACK", "PRAGMA"}:
            continue
        out[sql] = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
    return out


def test_no_query_of_the_write_path_reads_a_whole_table(tmp_path):
    db = open_db(tmp_path / "s.db")
    write(db, "first", "Muqtada Sadr met Nuri al-Maliki and the Islamic State.", person("Muqtada Sadr"),
          person("Nuri al-Maliki", "Maliki"), person("Islamic State", type_="ORG"), agency="Nytimes")
    write(db, "second", "Talks with Maliki went on.", person("Maliki"), agency="REUTERS")
    corrections.add(db, "rename", {"key": "actor:islamic state", "name": "Islamic State"}, {"name": "IS"})
    corrections.add(db, "not-entity", {"alias": "Maliki"}, {})
    with transaction(db) as conn:  # every other kind, applied to each later article
        for kind, target, value in (
            ("merge", {"keys": ["actor:jawad bolani"], "names": ["Jawad Bolani"]}, {"into": "actor:muqtada sadr", "name": "x"}),
            ("split", {"alias": "Bolani"}, {"key": corrections.split_key("actor", "Bolani"), "name": "Bolani", "role": "actor"}),
            ("role", {"key": "actor:nuri al-maliki", "name": "x"}, {"role": "other"}),
            ("speaker", {"source": "third", "text": "spoke"}, {"key": "actor:muqtada sadr", "name": "x"}),
            ("not-quote", {"source": "third", "text": "spoke"}, {}),
        ):
            corrections.insert(conn, kind, target, value, strict=False)

    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    # every branch of resolution: a romanisation, a lone surname, a full name, a shared long name;
    # an agency spelled anew; a new version of a stored article (its old rows go, orphans with them)
    write(db, "third", "Moqtada al-Sadr, Maliki and Jawad Bolani spoke of the Islamic State.", person("Moqtada al-Sadr"),
          person("Maliki"), person("Jawad Bolani", "Bolani"), person("Islamic State", type_="ORG"), agency="NYTimes")
    write(db, "second", "Talks with Bolani went on.", person("Bolani"), agency="Reuters")
    db.conn.set_trace_callback(None)

    scans = {
        sql: [line for line in lines if line.startswith("SCAN") and line.split()[1] not in SCANNED_BY_DESIGN]
        for sql, lines in plans(db, statements).items()
    }
    assert any("FROM alias_skeletons" in sql for sql in scans), "the romanisation lookup ran"
    assert any("agency" in sql for sql in scans), "the agency spellings were looked up"
    assert {sql: lines for sql, lines in scans.items() if lines} == {}
    db.close()


def test_romanisations_agencies_and_the_skeletons_kept_by_the_write_path(tmp_path):
    db = open_db(tmp_path / "r.db")
    write(db, "a", "Muqtada Sadr spoke.", person("Muqtada Sadr"), agency="Nytimes")
    write(db, "b", "Moqtada al-Sadr spoke again.", person("Moqtada al-Sadr"), agency="NYTimes")
    write(db, "c", "Hassan Ali spoke.", person("Hassan Ali"))
    write(db, "d", "Hussein Ali spoke too.", person("Hussein Ali"))
    entity_of = {r[0]: r[1] for r in db.execute("SELECT DISTINCT a.alias, m.entity_id FROM aliases a JOIN mentions m USING (entity_id)")}
    assert entity_of["Moqtada al-Sadr"] == entity_of["Muqtada Sadr"]
    assert entity_of["Hassan Ali"] != entity_of["Hussein Ali"]  # one skeleton (hasan), but not one name
    # one spelling of the agency across the store, the one with more capitals
    assert {r[0] for r in db.execute("SELECT agency FROM articles WHERE source IN ('a', 'b')")} == {"NYTimes"}
    words = {r[0] for r in db.execute("SELECT word FROM alias_words")}
    skeletons = set(db.execute("SELECT skeleton, word FROM word_skeletons").fetchall())
    assert {(translit_key(w), w) for w in words} <= skeletons
    assert {("maktada", "moqtada"), ("maktada", "muqtada"), ("sadr", "sadr")} <= skeletons  # one skeleton, two spellings
    db.close()


def test_a_version_6_store_gains_the_skeletons_the_vocabulary_and_the_indexes(tmp_path):
    path = tmp_path / "six.db"
    db = open_db(path)
    write(db, "a", "Muqtada Sadr spoke.", person("Muqtada Sadr"))
    expected = sorted(db.execute("SELECT skeleton, word FROM word_skeletons").fetchall())
    vocabulary = sorted(db.execute("SELECT role, word FROM alias_vocabulary").fetchall())
    db.close()
    conn = sqlite3.connect(path)
    with conn:  # what schema 6 had: none of the tables and indexes of 7 and 8
        conn.execute("DROP TABLE word_skeletons")
        conn.execute("DROP TABLE alias_vocabulary")
        conn.execute("DROP INDEX idx_articles_agency_key")
        conn.execute("DROP INDEX idx_quotes_paragraph_id")
        conn.execute("DROP INDEX idx_articles_listed")
        conn.execute("PRAGMA user_version = 6")
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert sorted(db.execute("SELECT skeleton, word FROM word_skeletons").fetchall()) == expected
    assert sorted(db.execute("SELECT role, word FROM alias_vocabulary").fetchall()) == vocabulary
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_articles_agency_key", "idx_quotes_paragraph_id"} <= indexes
    before = db.execute("SELECT count(*) FROM entities").fetchone()[0]
    write(db, "b", "Moqtada al-Sadr spoke again.", person("Moqtada al-Sadr"))
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == before  # found through the migrated table
    db.close()


def test_an_ingest_connection_shows_each_article_to_readers_and_leaves_it_in_the_file(tmp_path):
    """Ingest's connection maps the store and checkpoints seldom (schema.for_ingest): the TUI, reading the store
    while ingest writes it, still sees each article once it is committed, and closing puts every one in the file."""
    path = tmp_path / "s.db"
    db = open_db(path)
    for_ingest(db)
    assert db.execute("PRAGMA mmap_size").fetchone()[0] > 0
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    stored = []
    for n, name in enumerate(["Muqtada Sadr", "Nuri al-Maliki", "Jawad Bolani"]):
        write(db, f"story-{n}", f"{name} spoke on Tuesday.", person(name))
        stored.append(name)
        assert [r[0] for r in reader.execute("SELECT name FROM entities ORDER BY id")] == stored
    reader.close()
    db.close()
    assert not (tmp_path / "s.db-wal").exists()
    after = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # the file alone, no log read
    assert after.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    after.close()


_KILLED = """
import os, signal, sys
from newsx.store import open_db
from newsx.store.db import corpus_counts
from tests.test_write_at_scale import person, write

db = open_db(sys.argv[1])
def killed(conn, article_id, names):
    print(conn.execute({query!r}).fetchone()[0], flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
corpus_counts.count_article = killed
write(db, {write_args})
"""


def write_killed(path, query: str, write_args: str) -> subprocess.CompletedProcess:
    """`write(db, <write_args>)` in a process killed inside the article's transaction, before the commit (as ingest
    is by a signal or a power cut), after printing what `query` reads there."""
    script = _KILLED.format(query=query, write_args=write_args)
    return subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True)

"""Corrections on the sample: each shows at once, holds through re-ingest and later articles, and undoes exactly."""

from __future__ import annotations

import pytest

from newsx.store.db import corrections as c
from newsx.store.db import portable, queries
from newsx.store.db.search import EntityIndex, find_entity
from newsx.store.ingest import ingest

from .conftest import ROOT, SAMPLE

OTHER = ROOT / "tests" / "articles" / "reuters_baghdad_maliki.txt"
TABLES = ("articles", "paragraphs", "entities", "aliases", "mentions", "quotes", "selections")
BRIGADES = "These brigades are sending a message of peace.%"


def snapshot(db) -> dict:
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in TABLES}


def eid(db, name: str) -> int:
    return find_entity(EntityIndex.load(db), name).entity_id


def quote_id(db, like: str) -> int:
    return db.execute("SELECT id FROM quotes WHERE text LIKE ?", [like]).fetchone()[0]


def holders(db, text: str) -> set[str]:
    """Names of the entities the mentions with this text belong to."""
    return {r[0] for r in db.execute(
        "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.text = ?", [text]
    )}


def entity(db, name: str) -> dict:
    return next(db.query("SELECT * FROM entities WHERE name = ?", [name]))


def speaker_of(db, like: str) -> tuple:
    return db.execute(
        "SELECT q.speaker, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.text LIKE ?",
        [like],
    ).fetchone()


CORRECTIONS = {
    "split": lambda db: c.split(db, "Maliki"),
    "split onto": lambda db: c.split(db, "Sadr", eid(db, "Nuri al-Maliki")),
    "merge": lambda db: c.merge(db, eid(db, "Rami Abdulrahman"), eid(db, "Syrian Observatory for Human Rights")),
    "rename": lambda db: c.rename(db, eid(db, "Muqtada Sadr"), "Moqtada al-Sadr"),
    "role": lambda db: c.set_role(db, eid(db, "Hawija"), "location", 35.33, 43.77),
    "not-entity": lambda db: c.not_entity(db, "Islamic"),
    "speaker": lambda db: c.speaker(db, quote_id(db, BRIGADES), eid(db, "Muqtada Sadr")),
    "not-quote": lambda db: c.not_quote(db, quote_id(db, "Hawija is falling apart")),
}


@pytest.mark.parametrize("kind", CORRECTIONS)
def test_undo_restores_every_table_exactly(sample_db, kind):
    before = snapshot(sample_db)
    made = CORRECTIONS[kind](sample_db)
    assert snapshot(sample_db) != before, f"{kind} changed nothing"
    assert [x["id"] for x in c.listing(sample_db)] == [made["id"]]
    assert c.undo(sample_db)["id"] == made["id"]
    assert snapshot(sample_db) == before
    assert c.listing(sample_db) == []


def test_undo_of_an_older_correction_keeps_the_later_ones(sample_db):
    before = snapshot(sample_db)
    first = c.split(sample_db, "Maliki")
    c.not_entity(sample_db, "Islamic")
    c.undo(sample_db, first["id"])
    assert holders(sample_db, "Maliki") == {"Nuri al-Maliki"}
    assert holders(sample_db, "Islamic") == set()
    c.undo(sample_db)
    assert snapshot(sample_db) == before


def test_each_correction_shows_at_once(sample_db):
    c.split(sample_db, "Maliki")
    assert holders(sample_db, "Maliki") == {"Maliki"} and holders(sample_db, "Nuri al-Maliki") == {"Nuri al-Maliki"}
    c.merge(sample_db, eid(sample_db, "Maliki"), eid(sample_db, "Nuri al-Maliki"))
    assert holders(sample_db, "Maliki") == {"Nuri al-Maliki"}
    assert "Maliki" in queries.entity_detail(sample_db, eid(sample_db, "Nuri al-Maliki"))["aliases"]
    c.not_entity(sample_db, "Islamic")
    assert not [e for e in queries.entities(sample_db) if e["name"] == "Islamic"]
    c.set_role(sample_db, eid(sample_db, "Kurds"), "other")
    assert entity(sample_db, "Kurds")["role"] == "other"
    c.speaker(sample_db, quote_id(sample_db, BRIGADES), eid(sample_db, "Muqtada Sadr"))
    assert speaker_of(sample_db, BRIGADES) == ("Muqtada Sadr", "Muqtada Sadr")


def test_corrections_hold_after_reingest_and_in_later_articles(tmp_path):
    from newsx.store import open_db

    copy = tmp_path / SAMPLE.name
    text = SAMPLE.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    db = open_db(tmp_path / "s.db")
    ingest(db, [str(copy)])
    c.split(db, "Maliki")
    c.not_entity(db, "Islamic")
    c.set_role(db, eid(db, "Hawija"), "location", 35.33, 43.77)
    c.set_role(db, eid(db, "Kurds"), "other")
    c.rename(db, eid(db, "Muqtada Sadr"), "Moqtada al-Sadr")
    c.speaker(db, quote_id(db, BRIGADES), eid(db, "Moqtada al-Sadr"))
    c.not_quote(db, quote_id(db, "Hawija is falling apart"))

    def holds(articles: int) -> None:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
        assert holders(db, "Maliki") == {"Maliki"}
        assert holders(db, "Nuri al-Maliki") <= {"Nuri al-Maliki"}
        assert holders(db, "Islamic") == set()
        assert not db.execute("SELECT 1 FROM aliases WHERE alias = 'Islamic'").fetchone()
        hawija = entity(db, "Hawija")
        assert (hawija["role"], hawija["lat"], hawija["lon"]) == ("location", 35.33, 43.77)
        assert {r[0] for r in db.execute("SELECT role FROM entities WHERE key = 'actor:kurds'")} == {"other"}
        assert not db.execute("SELECT 1 FROM entities WHERE name = 'Muqtada Sadr'").fetchone()
        assert speaker_of(db, BRIGADES) == ("Moqtada al-Sadr", "Moqtada al-Sadr")
        assert not db.execute("SELECT 1 FROM quotes WHERE text LIKE 'Hawija is falling apart%'").fetchone()
        assert all(x["holds"] for x in c.listing(db)) and len(c.listing(db)) == 7

    holds(1)
    # The same file again, one paragraph longer.
    marker = "Hawija could be seen as the spark"
    copy.write_text(
        text.replace(marker, "Maliki met Kurdish leaders in Hawija on Sunday, officials said.\n\n" + marker),
        encoding="utf-8",
    )
    assert [r.status for r in ingest(db, [str(copy)])] == ["replaced"]
    holds(1)
    assert len(list(db.query("SELECT 1 FROM mentions WHERE text = 'Maliki'"))) == 2
    # Another article naming the same people.
    assert [r.status for r in ingest(db, [str(OTHER)])] == ["ingested"]
    holds(2)
    # "Maliki" in the new article is the split-off entity too, not Nuri al-Maliki.
    assert len({m["article_id"] for m in queries.mentions(db, eid(db, "Maliki"))}) == 2


def test_a_merge_holds_after_reingest_and_in_later_articles(tmp_path):
    from newsx.store import open_db

    copy = tmp_path / SAMPLE.name
    text = SAMPLE.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    db = open_db(tmp_path / "s.db")
    ingest(db, [str(copy)])
    # Apart first (as extraction leaves them in other corpora), then the reader says they are one.
    c.split(db, "Maliki")
    assert holders(db, "Maliki") == {"Maliki"}
    c.merge(db, eid(db, "Maliki"), eid(db, "Nuri al-Maliki"))
    assert holders(db, "Maliki") == {"Nuri al-Maliki"}
    marker = "Hawija could be seen as the spark"
    copy.write_text(text.replace(marker, "Maliki met Kurdish leaders on Sunday.\n\n" + marker), encoding="utf-8")
    assert [r.status for r in ingest(db, [str(copy)])] == ["replaced"]
    assert holders(db, "Maliki") == {"Nuri al-Maliki"}
    assert [r.status for r in ingest(db, [str(OTHER)])] == ["ingested"]
    assert holders(db, "Maliki") == {"Nuri al-Maliki"}
    assert len({m["article_id"] for m in queries.mentions(db, eid(db, "Nuri al-Maliki"))}) == 2
    assert not db.execute("SELECT 1 FROM entities WHERE name = 'Maliki'").fetchone()


def test_export_then_import_carries_corrections_and_notes(sample_db, tmp_path):
    from newsx.store import open_db

    c.split(sample_db, "Maliki")
    c.speaker(sample_db, quote_id(sample_db, BRIGADES), eid(sample_db, "Muqtada Sadr"))
    paragraph = sample_db.execute("SELECT id FROM paragraphs WHERE text LIKE 'Hawija could be%'").fetchone()[0]
    queries.toggle_selection(sample_db, paragraph)
    queries.set_note(sample_db, queries.paragraph_selections(sample_db, paragraph)[0]["id"], "the spark")
    data = portable.export(sample_db)
    assert [x["kind"] for x in data["corrections"]] == ["split", "speaker"]
    assert data["selections"][0]["note"] == "the spark"

    other = open_db(tmp_path / "other.db")
    ingest(other, [str(SAMPLE)])
    counts = portable.import_(other, portable.load(__import__("json").dumps(data)))
    assert counts == {"corrections": 2, "selections": 1, "already there": 0, "not found": 0}
    assert holders(other, "Maliki") == {"Maliki"}
    assert speaker_of(other, BRIGADES)[1] == "Muqtada Sadr"
    assert [n["note"] for n in queries.notes(other)] == ["the spark"]
    again = portable.import_(other, portable.load(__import__("json").dumps(data)))
    assert again == {"corrections": 0, "selections": 0, "already there": 3, "not found": 0}


def test_notes_are_written_listed_and_exported(sample_db):
    from newsx.store import export

    paragraph = sample_db.execute("SELECT id FROM paragraphs WHERE text LIKE 'Hawija could be%'").fetchone()[0]
    queries.toggle_selection(sample_db, paragraph)
    selection = queries.paragraph_selections(sample_db, paragraph)[0]
    assert queries.set_note(sample_db, selection["id"], "  spark of the insurgency ") is None
    assert [n["note"] for n in queries.notes(sample_db)] == ["spark of the insurgency"]
    assert "*Note:* spark of the insurgency" in export.render(queries.selections(sample_db), "md").decode("utf-8")
    assert queries.set_note(sample_db, selection["id"], "") == "spark of the insurgency"
    assert queries.notes(sample_db) == []


def test_a_selection_change_is_undone_exactly(sample_db):
    paragraph = sample_db.execute("SELECT id FROM paragraphs WHERE text LIKE 'Hawija could be%'").fetchone()[0]
    queries.toggle_span(sample_db, paragraph, 0, 10)
    queries.set_note(sample_db, queries.paragraph_selections(sample_db, paragraph)[0]["id"], "first words")
    before, saved = snapshot(sample_db), queries.paragraph_selections(sample_db, paragraph)
    queries.toggle_selection(sample_db, paragraph)  # a partial selection: unselects the paragraph
    assert queries.paragraph_selections(sample_db, paragraph) == []
    queries.restore_selections(sample_db, paragraph, saved)
    assert snapshot(sample_db) == before


@pytest.mark.parametrize("kind", CORRECTIONS)
def test_a_correction_and_its_undo_count_only_what_they_touch(sample_db, kind):
    """The counts and alias words a correction and its undo keep equal a full recompute, and an
    entity and an article neither touched keep theirs as they were, wrong or right."""
    from .test_corpus_counts import kept_and_derived
    from .tui.synthetic import Article, Entity, write_article

    roe = Entity("Jane Roe", "actor", aliases=("Roe",))
    article = write_article(sample_db, Article("Fair opens", [("title", "Fair opens"), ("body", "Jane Roe opened it.")], [roe]))
    untouched = sample_db.execute("SELECT id FROM entities WHERE name = 'Jane Roe'").fetchone()[0]
    for step in (lambda: CORRECTIONS[kind](sample_db), lambda: c.undo(sample_db)):
        with sample_db.conn:  # a mark no targeted recount reaches, and a full one would take away
            sample_db.execute("UPDATE entities SET mention_count = 999 WHERE id = ?", [untouched])
            sample_db.execute("UPDATE articles SET entity_count = 999 WHERE id = ?", [article])
        step()
        assert sample_db.execute("SELECT mention_count FROM entities WHERE id = ?", [untouched]).fetchone()[0] == 999
        assert sample_db.execute("SELECT entity_count FROM articles WHERE id = ?", [article]).fetchone()[0] == 999
        with sample_db.conn:
            sample_db.execute("UPDATE entities SET mention_count = 1 WHERE id = ?", [untouched])
            sample_db.execute("UPDATE articles SET entity_count = 1 WHERE id = ?", [article])
        kept, derived = kept_and_derived(sample_db)
        assert kept == derived

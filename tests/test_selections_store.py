"""The Selections list's store side: its order (schema 2), unselect, clear, move; and what else exports."""

import sqlite3

from newsx.store import open_db
from newsx.store.db import queries
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.db.search import paragraphs
from newsx.store.db.write import store_article
from newsx.store.records import Anatomy, Extraction, Paragraph, Prepared

from .tui.synthetic import build_store, quoted_articles, two_articles


def para(db, text_start):
    return db.execute("SELECT id FROM paragraphs WHERE text LIKE ? || '%'", [text_start]).fetchone()[0]


def texts(db):
    return [s["text"][:20] for s in queries.selections(db)]


def test_selections_list_in_the_order_picked_and_moved(tmp_path):
    db = open_db(build_store(tmp_path / "s.db", two_articles()))
    for start in ("Critics said", "Government forces", "Prime Minister"):
        queries.toggle_selection(db, para(db, start))
    assert texts(db) == ["Critics said Maliki ", "Government forces sa", "Prime Minister Nuri "]
    third = queries.selections(db)[2]["id"]
    assert queries.move_selection(db, third, -1)
    assert queries.move_selection(db, third, -1)
    assert not queries.move_selection(db, third, -1)  # already first
    assert texts(db) == ["Prime Minister Nuri ", "Critics said Maliki ", "Government forces sa"]
    queries.unselect(db, queries.selections(db)[1]["id"])
    assert texts(db) == ["Prime Minister Nuri ", "Government forces sa"]
    queries.toggle_span(db, para(db, "Critics said"), 0, 7)  # a new one goes last
    assert texts(db)[-1] == "Critics"
    assert queries.clear_selections(db) == 3 and queries.selections(db) == []


def test_a_replaced_article_keeps_its_selections_place_in_the_list(tmp_path):
    db = open_db(build_store(tmp_path / "s.db", two_articles()))
    queries.toggle_selection(db, para(db, "Government forces"))
    queries.toggle_selection(db, para(db, "Prime Minister"))
    queries.move_selection(db, queries.selections(db)[1]["id"], -1)
    first = db.execute("SELECT * FROM articles WHERE title LIKE 'Militants%'").fetchone()
    rows = db.execute("SELECT seq, kind, text FROM paragraphs WHERE article_id = ? ORDER BY seq", [first[0]]).fetchall()
    anatomy = Anatomy(title="Militants advance", paragraphs=[Paragraph(*r) for r in rows] + [Paragraph(len(rows), "body", "More later.")])
    store_article(db, Prepared("synthetic:Militants advance on Mosul as Baghdad weighs its options", "new-sha", "x", anatomy), Extraction())
    assert texts(db) == ["Prime Minister Nuri ", "Government forces sa"]


def test_a_schema_1_store_gets_positions_in_reading_order(tmp_path):
    path = build_store(tmp_path / "s.db", two_articles())
    db = open_db(path)
    for start in ("Government forces", "Critics said", "Prime Minister"):
        queries.toggle_selection(db, para(db, start))
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER selections_position")
        conn.execute("ALTER TABLE selections DROP COLUMN position")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert texts(db) == ["Prime Minister Nuri ", "Critics said Maliki ", "Government forces sa"]
    # another tool's insert, with no position, lands last
    db.execute("INSERT INTO selections (paragraph_id, start, \"end\") VALUES (?, 0, 5)", [para(db, "Fighters of")])
    db.conn.commit()
    assert texts(db)[-1] == "Fight"


def test_full_text_hits_carry_the_spans_of_the_words_matched(tmp_path):
    db = open_db(build_store(tmp_path / "s.db", two_articles()))
    [hit] = paragraphs(db, "refineries north", with_spans=True)
    assert [hit["text"][a:b] for a, b in hit["spans"]] == ["refinery", "north"]
    assert "spans" not in paragraphs(db, "refinery")[0]


def test_passages_of_an_entity_an_article_and_quotes(tmp_path):
    db = open_db(build_store(tmp_path / "s.db", two_articles() + quoted_articles()))
    maliki = db.execute("SELECT id FROM entities WHERE name = 'Nuri al-Maliki'").fetchone()[0]
    assert [p["text"][:14] for p in queries.entity_passages(db, maliki)] == ["Prime Minister", "\u201cWe will hold ", "Critics said M"]
    article = db.execute("SELECT id FROM articles WHERE title = 'Oil refinery siege enters second week'").fetchone()[0]
    assert [p["seq"] for p in queries.article_passages(db, article)] == [0, 1, 2]
    first = db.execute("SELECT id FROM articles WHERE title LIKE 'Militants%'").fetchone()[0]
    assert "credit" not in {db.execute("SELECT kind FROM paragraphs WHERE id = ?", [p["paragraph_id"]]).fetchone()[0] for p in queries.article_passages(db, first)}
    ids = [q["id"] for q in queries.quotes(db) if q["speaker_entity"] == "Elena Vasquez"]
    quoted = queries.quote_passages(db, ids)
    assert [q["text"] for q in quoted] == [
        "the port would reopen within a week", "We have food for ten days,", "The door is still open,", "The first barge is in,",
    ]
    assert all(q["excerpt"] for q in quoted) and quoted[3]["title"] == "Port reopens to barges"

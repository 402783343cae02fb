"""Each article's language: detected when read, stored, reported, and a language the model
cannot read gets no English-model entities or quotes."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from newsx.store import open_db
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.ingest import ingest
from newsx.tui.cli import app

FRENCH = """Le Sénat adopte la réforme des retraites

PARIS (AFP) — Le Sénat a adopté mardi soir la réforme des retraites, après trois semaines de débats. « Aucune autre voie n'était possible », a déclaré la ministre Élisabeth Borne devant les sénateurs.

Les syndicats ont appelé à une nouvelle journée de grève jeudi dans toute la France, et promettent de ne pas céder.
"""
ENGLISH = """Senate passes pension reform

PARIS (AFP) — The French Senate passed the pension reform on Tuesday night after three weeks of debate. "There was no other way," minister Elisabeth Borne told senators.

Unions called for another day of strikes across France on Thursday and vowed not to give in.
"""


def test_french_article_is_stored_as_french_with_no_entities_or_quotes(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    db = open_db(tmp_path / "s.db")
    results = {r.source.rsplit("/", 1)[-1]: r for r in ingest(db, [str(tmp_path)])}
    assert (results["fr.txt"].language, results["en.txt"].language) == ("fr", "en")
    assert results["fr.txt"].warnings == [
        "written in language 'fr': entities and quotes not extracted (the model reads 'en')"
    ]
    assert results["en.txt"].warnings == []
    rows = dict(db.execute("SELECT language, id FROM articles").fetchall())
    counts = {
        lang: (
            db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [aid]).fetchone()[0],
            db.execute("SELECT count(*) FROM quotes WHERE article_id = ?", [aid]).fetchone()[0],
            db.execute("SELECT count(*) FROM paragraphs WHERE article_id = ? AND kind = 'body'", [aid]).fetchone()[0],
        )
        for lang, aid in rows.items()
    }
    assert counts["fr"] == (0, 0, 2)  # the text is kept and searchable, only not read by the model
    assert counts["en"][0] > 0 and counts["en"][1] > 0


def test_ingest_report_says_the_language_was_not_read(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "fr.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "1 ingested"
    # the article's report line (no entities or quotes, its language), its warning under it
    assert lines[-3].startswith("ingested  ") and "(0 entities" not in lines[-3]
    assert ", 0 entities, 0 quotes, fr)" in lines[-3] and lines[-3].endswith("fr.txt")
    assert lines[-2] == "  warning: written in language 'fr': entities and quotes not extracted (the model reads 'en')"


def test_a_schema_1_store_gains_the_language_column_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    ingest(db, [str(tmp_path / "en.txt")])
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE articles DROP COLUMN language")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT title, language FROM articles").fetchall() == [("Senate passes pension reform", None)]


def test_one_agency_one_spelling(tmp_path):
    story = ENGLISH.split("\n")[2].split("\u2014 ")[1]  # without the dateline's agency
    db = open_db(tmp_path / "s.db")
    for name, agency in (("a.html", "Nytimes"), ("b.html", "NYTimes")):
        html = (
            f'<!doctype html><html><head><title>Story {name}</title><meta property="og:site_name" content="{agency}">'
            f"</head><body><article><p>{story}</p><p>Story {name} goes on here with more words.</p>"
            "</article></body></html>"
        )
        (tmp_path / name).write_text(html, encoding="utf-8")
    ingest(db, [str(tmp_path / "a.html")])
    ingest(db, [str(tmp_path / "b.html")])
    assert {r[0] for r in db.execute("SELECT agency FROM articles")} == {"NYTimes"}


def test_too_little_text_is_not_judged_and_is_read():
    from newsx.store.read.language import detect_language

    assert detect_language(["Bridge closes", "Le pont ferme"]) is None
    assert detect_language([FRENCH]) == "fr"

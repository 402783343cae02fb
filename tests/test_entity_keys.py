"""Entity keys fold names with anyascii, and a version-1 store has its keys recomputed."""

from __future__ import annotations

from newsx.store.db.schema import SCHEMA_VERSION, open_db
from newsx.store.db.search import EntityIndex
from newsx.store.ingest import ingest
from newsx.store.names import name_key


def test_letters_nfkd_does_not_fold_share_a_key():
    assert name_key("Łódź") == name_key("Lodz") == "lodz"
    assert name_key("Kılıçdaroğlu") == name_key("Kilicdaroglu")
    assert name_key("Ørsted") == name_key("Orsted")
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire")


def _version_1_store(path):
    """A store as version 1 wrote it: NFKD keys, so 'Łódź' and 'Lodz' were two entities."""
    db = open_db(path)
    conn = db.conn
    conn.execute("INSERT INTO articles (id, source, sha256) VALUES (1, 'a.txt', 'x')")
    conn.execute("INSERT INTO paragraphs (id, article_id, seq, kind, text) VALUES (1, 1, 0, 'body', 'Łódź and Lodz.')")
    rows = [(1, "Łódź", "location:łodz"), (2, "Lodz", "location:lodz"), (3, "Kemal Kılıçdaroğlu", "actor:kemal kılıcdaroglu")]
    for entity_id, name, key in rows:
        role = key.split(":")[0]
        conn.execute(
            "INSERT INTO entities (id, name, type, role, key) VALUES (?, ?, ?, ?, ?)",
            [entity_id, name, "GPE" if role == "location" else "PERSON", role, key],
        )
        conn.execute("INSERT INTO aliases (entity_id, alias) VALUES (?, ?)", [entity_id, name])
    conn.execute("INSERT INTO mentions (entity_id, article_id, paragraph_id, start, \"end\", text) VALUES (1, 1, 1, 0, 4, 'Łódź')")
    conn.execute("INSERT INTO mentions (entity_id, article_id, paragraph_id, start, \"end\", text) VALUES (2, 1, 1, 9, 13, 'Lodz')")
    conn.execute(
        "INSERT INTO quotes (article_id, paragraph_id, kind, text, speaker, speaker_entity_id) VALUES (1, 1, 'direct', 'x', 'Lodz', 2)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    db.close()


def test_migration_recomputes_keys_and_merges_what_they_join(tmp_path):
    path = tmp_path / "old.db"
    _version_1_store(path)
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    entities = db.execute("SELECT id, name, key FROM entities ORDER BY id").fetchall()
    assert entities == [(1, "Łódź", "location:lodz"), (3, "Kemal Kılıçdaroğlu", "actor:kemal kilicdaroglu")]
    assert {a for (a,) in db.execute("SELECT alias FROM aliases WHERE entity_id = 1")} == {"Łódź", "Lodz"}
    assert [e for (e,) in db.execute("SELECT entity_id FROM mentions ORDER BY start")] == [1, 1]
    assert db.execute("SELECT speaker_entity_id FROM quotes").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_ascii_spelling_finds_the_stored_name(tmp_path):
    path = tmp_path / "s.db"
    _version_1_store(path)
    index = EntityIndex.load(open_db(path))
    assert [h.name for h in index.search("Lodz")] == ["Łódź"]
    assert [h.name for h in index.search("kilicdaroglu")] == []  # no mention of him: not in the panes
    assert index.search("Łódź")[0].alias in {"Łódź", "Lodz"}


def test_new_articles_join_migrated_entities(tmp_path):
    path = tmp_path / "old.db"
    _version_1_store(path)
    db = open_db(path)
    article = tmp_path / "vote.txt"
    article.write_text(
        "Turkish opposition\n\nANKARA (Reuters) - Opposition leader Kemal Kilicdaroglu said on Monday the vote"
        " had been unfair.\n",
        encoding="utf-8",
    )
    ingest(db, [str(article)])
    assert db.execute("SELECT entity_id FROM mentions WHERE text = 'Kemal Kilicdaroglu'").fetchone()[0] == 3

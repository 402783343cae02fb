"""Per-corpus counts and the alias words are kept by the write path, on add and on replace, and migrated.

What store_article keeps must equal what corpus_counts.recompute derives from the
contract tables (mentions, aliases) at every step; a store from schema 1 gets them
on open; the corpus index finds what the in-memory index finds.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from newsx.store import open_db
from newsx.store.db import corpus_counts, transaction
from newsx.store.db.schema import SCHEMA_VERSION, fill_speaker_counts
from newsx.store.db.search import CorpusIndex, EntityIndex

from .tui.synthetic import BAGHDAD, ISIL, MALIKI, MOSUL, OBAMA, Article, Entity, Quote, write_article

SNAPSHOT = (
    "SELECT (SELECT group_concat(id || ':' || mention_count || '/' || article_count || '@' || coalesce(first_published, '-')"
    " || '/' || coalesce(first_article_id, '-') || '/' || coalesce(first_place, '-'), ' ') FROM"
    " (SELECT * FROM entities ORDER BY id)),"
    " (SELECT group_concat(id || ':' || entity_count, ' ') FROM (SELECT * FROM articles ORDER BY id)),"
    " (SELECT group_concat(role || ':' || word || ':' || entity_id || ':' || alias, '|') FROM"
    " (SELECT * FROM alias_words ORDER BY 1, 2, 3, 4)),"
    " (SELECT group_concat(filter || ':' || speaker || ':' || coalesce(entity_id, '-') || ':' || name || ':' || quotes, '|')"
    " FROM (SELECT * FROM speaker_counts WHERE quotes > 0 ORDER BY filter, speaker)),"
    " (SELECT group_concat(skeleton || ':' || entity_id || ':' || alias, '|') FROM"
    " (SELECT * FROM alias_skeletons ORDER BY 1, 2, 3)),"
    " (SELECT group_concat(alias || ':' || entity_id, '|') FROM (SELECT * FROM lone_names ORDER BY 1, 2))"
)


def kept_and_derived(db) -> tuple[tuple, tuple]:
    kept = db.execute(SNAPSHOT).fetchone()
    with transaction(db) as conn:
        corpus_counts.recompute(conn)
        fill_speaker_counts(conn)
        derived = conn.execute(SNAPSHOT).fetchone()
    return kept, derived


def story(title: str, text: str, *entities: Entity) -> Article:
    return Article(title, [("title", title), ("body", text)], list(entities))


def test_counts_follow_every_write(tmp_path):
    db = open_db(tmp_path / "c.db")
    write_article(db, story("Talks", "Maliki met Obama in Baghdad. Maliki left.", MALIKI, OBAMA, BAGHDAD))
    write_article(db, story("Siege", "ISIL took Mosul; Maliki spoke in Baghdad.", ISIL, MOSUL, MALIKI, BAGHDAD))
    kept, derived = kept_and_derived(db)
    assert kept == derived
    row = db.execute("SELECT mention_count, article_count FROM entities WHERE name = 'Nuri al-Maliki'").fetchone()
    assert row == (3, 2)
    assert "actor:maliki:" in kept[2] and "actor:al:" in kept[2]  # "al-Maliki" is two words to the index

    # a new version of "Talks" names Obama no more: his counts go, and he and his words with them
    write_article(db, story("Talks", "Maliki met reporters in Baghdad.", MALIKI, BAGHDAD))
    kept, derived = kept_and_derived(db)
    assert kept == derived
    assert db.execute("SELECT count(*) FROM entities WHERE name = 'Barack Obama'").fetchone()[0] == 0
    assert "obama" not in kept[2]
    assert db.execute("SELECT mention_count, article_count FROM entities WHERE name = 'Nuri al-Maliki'").fetchone() == (2, 2)
    db.close()


def first_seen(db, name: str) -> tuple:
    return db.execute("SELECT first_published, first_article_id FROM entities WHERE name = ?", [name]).fetchone()


def test_where_each_entity_first_appears_follows_every_write(tmp_path):
    """An article dated earlier, written later, is where its entities now first appear; a replaced version that
    names one no more gives its first appearance back to the next article that names it."""
    db = open_db(tmp_path / "f.db")
    later = write_article(db, Article("Later", [("title", "Later"), ("body", "Obama spoke; Maliki too.")],
                                      [MALIKI, OBAMA], published="2014-06-21"))
    assert first_seen(db, "Nuri al-Maliki") == ("2014-06-21", later)
    undated = write_article(db, Article("Undated", [("title", "Undated"), ("body", "Maliki again.")], [MALIKI], published=None))
    assert first_seen(db, "Nuri al-Maliki") == ("2014-06-21", later)  # an undated article comes after every dated one
    earlier = write_article(db, Article("Earlier", [("title", "Earlier"), ("body", "Maliki first.")], [MALIKI],
                                        published="2014-06-01"))
    assert first_seen(db, "Nuri al-Maliki") == ("2014-06-01", earlier)
    assert first_seen(db, "Barack Obama") == ("2014-06-21", later)
    kept, derived = kept_and_derived(db)
    assert kept == derived
    write_article(db, Article("Earlier", [("title", "Earlier"), ("body", "Nobody first.")], [], published="2014-06-01"))
    assert first_seen(db, "Nuri al-Maliki") == ("2014-06-21", later)
    write_article(db, Article("Later", [("title", "Later"), ("body", "Obama spoke.")], [OBAMA], published="2014-06-21"))
    assert first_seen(db, "Nuri al-Maliki") == (None, undated)
    kept, derived = kept_and_derived(db)
    assert kept == derived
    db.close()


def test_the_quotes_of_each_speaker_are_counted_per_filter_as_they_are_written(tmp_path):
    db = open_db(tmp_path / "s.db")
    said = [("body", "\u201cWe hold,\u201d Maliki said. Officials said it was over. \u201cNo,\u201d he said.")]
    quotes = [Quote(1, "Maliki", "We hold,", entity=MALIKI.name), Quote(1, "Officials", "it was over", kind="indirect", entity=None),
              Quote(1, "he", "No,", entity=None)]
    write_article(db, Article("Talks", [("title", "Talks"), *said], [MALIKI], quotes=quotes))
    write_article(db, Article("More", [("title", "More"), *said], [MALIKI], quotes=quotes))
    counted = {(f, k): n for f, k, n in db.execute("SELECT filter, speaker, quotes FROM speaker_counts WHERE quotes > 0")}
    maliki = db.execute("SELECT id FROM entities WHERE name = ?", [MALIKI.name]).fetchone()[0]
    assert counted == {
        ("all", f"entity:{maliki}"): 2, ("direct", f"entity:{maliki}"): 2, ("all", "said:officials"): 2,
        ("reported", "said:officials"): 2, ("all", "said:he"): 2, ("direct", "said:he"): 2, ("review", "said:he"): 2,
    }
    write_article(db, Article("More", [("title", "More"), ("body", "Quiet.")], [], quotes=[]))  # replaced: its quotes go
    assert db.execute("SELECT quotes FROM speaker_counts WHERE filter = 'review' AND speaker = 'said:he'").fetchone() == (1,)
    kept, derived = kept_and_derived(db)
    assert kept == derived
    db.close()


def test_a_store_from_before_first_appearances_and_speaker_counts_gets_them_on_open(tmp_path):
    """A store of the version before (schema 9 as released) is migrated to them on open, its schema number unchanged."""
    path = tmp_path / "nine.db"
    db = open_db(path)
    quotes = [Quote(1, "Maliki", "We hold,", entity=MALIKI.name), Quote(1, "who", "it was over", kind="indirect", entity=None)]
    write_article(db, Article("Talks", [("title", "Talks"), ("body", "\u201cWe hold,\u201d Maliki said; it was over, who said.")],
                              [MALIKI, OBAMA], quotes=quotes))
    write_article(db, story("Siege", "Obama spoke of Mosul.", OBAMA, MOSUL))
    expected = db.execute(SNAPSHOT).fetchone()
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        for name in ("speaker_counts_ai", "speaker_counts_ad", "speaker_counts_au", "speaker_counts_named"):
            conn.execute(f"DROP TRIGGER {name}")
        for name in ("idx_entities_by_first", "idx_mentions_in_reading_order"):
            conn.execute(f"DROP INDEX {name}")
        conn.execute("DROP TABLE speaker_counts")
        for column in ("first_published", "first_article_id", "first_place"):
            conn.execute(f"ALTER TABLE entities DROP COLUMN {column}")
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute(SNAPSHOT).fetchone() == expected
    assert "@2014-06-21/1/" in expected[0] and "entity:" in expected[3]
    db.close()


def test_a_store_from_before_the_counts_gets_them_on_open(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    write_article(db, story("Talks", "Maliki met Obama in Baghdad.", MALIKI, OBAMA, BAGHDAD))
    expected = db.execute(SNAPSHOT).fetchone()
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE alias_words")
        conn.execute("UPDATE entities SET mention_count = NULL, article_count = NULL")
        conn.execute("UPDATE articles SET entity_count = NULL")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute(SNAPSHOT).fetchone() == expected
    db.close()


def test_corpus_index_finds_what_the_memory_index_finds(tmp_path):
    db = open_db(tmp_path / "i.db")
    write_article(db, story("Talks", "Maliki met Obama in Baghdad.", MALIKI, OBAMA, BAGHDAD))
    write_article(db, story("Siege", "Islamic State took Mosul.", ISIL, MOSUL))
    memory = EntityIndex.load(db)

    @contextmanager
    def connect():
        yield db.conn
    for query, role in (("malik", "actor"), ("islamic state", "actor"), ("bagdad", "location"), ("obma", "actor")):
        corpus = CorpusIndex(connect, role).search(query, limit=5)
        assert corpus, query
        assert corpus[0].name == memory.search(query, role=role, limit=5)[0].name, query
    assert CorpusIndex(connect, "location").search("maliki") == []
    db.close()


def test_corpus_index_narrows_by_every_word_when_each_is_common(tmp_path, monkeypatch):
    """Each word of "orma dam" starts more aliases than the index reads for one word (two million
    aliases hold thousands of each); the name holding both is the one the reader is typing."""
    monkeypatch.setattr(CorpusIndex, "MAX_CANDIDATES", 3)
    db = open_db(tmp_path / "c.db")
    others = [Entity(n, "actor") for n in ("Orma Kavane", "Orma Elripa", "Orma Ordasa", "Liba Damora", "Neja Damopa")]
    write_article(db, story("Talks", " and ".join(e.name for e in others) + " met.", *others))
    wanted = Entity("Orma Damopa", "actor")
    write_article(db, story("Visit", "Orma Damopa arrived.", wanted))

    @contextmanager
    def connect():
        yield db.conn
    assert [h.name for h in CorpusIndex(connect, "actor").search("orma dam", limit=3)][:1] == ["Orma Damopa"]
    db.close()


LODZ = Entity("Łódź", "location", "GPE")


def test_words_fold_by_anyascii_and_a_schema_6_store_gets_them_and_the_vocabulary_on_open(tmp_path):
    path = tmp_path / "six.db"
    db = open_db(path)
    write_article(db, story("Trains", "Trains left Baghdad for Łódź.", BAGHDAD, LODZ))
    words = "SELECT word FROM alias_words WHERE alias = 'Łódź' ORDER BY word"
    assert [r[0] for r in db.execute(words)] == ["lodz", "łódź"]  # the second: resolve's lone-surname lookup
    vocabulary = "SELECT role || ':' || word FROM alias_vocabulary ORDER BY 1"
    expected = [r[0] for r in db.execute(vocabulary)]
    assert {"location:lodz", "location:baghdad"} <= set(expected)
    db.close()
    conn = sqlite3.connect(path)
    with conn:  # as schema 6 left it: words as rapidfuzz alone folded them, no vocabulary
        conn.execute("DELETE FROM alias_words WHERE word = 'lodz'")
        conn.execute("DELETE FROM alias_vocabulary")
        conn.execute("PRAGMA user_version = 6")
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in db.execute(words)] == ["lodz", "łódź"]
    assert [r[0] for r in db.execute(vocabulary)] == expected

    @contextmanager
    def connect():
        yield db.conn
    assert [h.name for h in CorpusIndex(connect, "location").search("lodz", limit=3)][:1] == ["Łódź"]
    assert [h.name for h in CorpusIndex(connect, "location").search("lodzz", limit=3)][:1] == ["Łódź"]  # a near spelling
    db.close()

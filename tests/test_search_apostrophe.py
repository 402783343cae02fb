"""A name with an apostrophe is found as a reader types it: without the apostrophe ("ogara" finds
"O'Gara"), with a straight or a curly one, or in its parts ("gara", "o gara"); and a store whose alias
words were folded before that (the apostrophe as a space) gets them folded again on open."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest

from newsx.store import open_db
from newsx.store.db.corpus_counts import alias_words
from newsx.store.db.schema import APOSTROPHE_WORDS_VERSION, SCHEMA_VERSION
from newsx.store.db.search import CorpusIndex, EntityIndex, searchable

from .tui.synthetic import OBAMA, Article, Entity, write_article

PEOPLE = {
    "ogara": "Ronan O'Gara",
    "odriscoll": "Brian O\u2019Driscoll",  # curly apostrophe
    "oneill": "Paul O'Neill",
    "dalessandro": "Nick D\u02bcAlessandro",  # the modifier letter apostrophe
}
# a name still being typed
TYPING = {"oga": "Ronan O'Gara", "odris": "Brian O\u2019Driscoll", "onei": "Paul O'Neill", "dalessa": "Nick D\u02bcAlessandro"}
# what else a reader may type for Ronan O'Gara
OTHER_QUERIES = ["o'gara", "O\u2019Gara", "Ronan O'Gara", "gara", "o gara", "ronan ogara"]
OTHERS = ["Paul Ogden", "Nick Dale", "Brian Odell", "Gary Oldman", "Ronan Keating"]


def test_an_apostrophe_between_letters_is_folded_away():
    assert searchable("Ronan O'Gara") == "ronan ogara"
    assert searchable("Ronan O\u2019Gara") == "ronan ogara"
    assert searchable("Nick D\u02bcAlessandro") == "nick dalessandro"
    assert searchable("o'gara") == searchable("O\u2019Gara") == "ogara"
    # quote marks around a word are not within it: they part words as any punctuation does
    assert searchable("'Rocky' O'Gara").split() == ["rocky", "ogara"]


def test_the_alias_words_hold_the_joined_word_and_its_parts():
    assert alias_words("Ronan O'Gara") == {"ronan", "ogara", "o", "gara"}
    assert alias_words("Brian O\u2019Driscoll") >= {"brian", "odriscoll", "o", "driscoll"}
    assert alias_words("Paul Ogden") == {"paul", "ogden"}


def memory_index() -> EntityIndex:
    names = [*PEOPLE.values(), *OTHERS]
    return EntityIndex([(i, name, "actor", name) for i, name in enumerate(names)])


@pytest.mark.parametrize("query", [*PEOPLE, *TYPING, *OTHER_QUERIES])
def test_the_article_index_finds_the_name_first(query):
    wanted = {**PEOPLE, **TYPING}.get(query, "Ronan O'Gara")
    assert [h.name for h in memory_index().search(query, limit=3)][:1] == [wanted]


def story(title: str, text: str, *entities: Entity) -> Article:
    return Article(title, [("title", title), ("body", text)], list(entities))


def write_people(db) -> None:
    people = [Entity(name, "actor") for name in [*PEOPLE.values(), *OTHERS]]
    write_article(db, story("Rugby", " and ".join(e.name for e in people) + " met.", *people))
    write_article(db, story("Talks", "Barack Obama spoke.", OBAMA))


def corpus_names(db, query: str) -> list[str]:
    @contextmanager
    def connect():
        yield db.conn
    return [h.name for h in CorpusIndex(connect, "actor").search(query, limit=3)]


@pytest.mark.parametrize("query", [*PEOPLE, *TYPING, *OTHER_QUERIES])
def test_the_corpus_index_finds_the_name_first(tmp_path, query):
    db = open_db(tmp_path / "c.db")
    write_people(db)
    assert corpus_names(db, query)[:1] == [{**PEOPLE, **TYPING}.get(query, "Ronan O'Gara")]
    db.close()


def test_a_store_with_words_folded_the_old_way_gets_them_again_on_open(tmp_path):
    path = tmp_path / "nine.db"
    db = open_db(path)
    write_people(db)
    words = "SELECT word FROM alias_words WHERE alias = 'Ronan O''Gara' ORDER BY word"
    expected = [r[0] for r in db.execute(words)]
    assert expected == ["gara", "o", "ogara", "ronan"]
    untouched = "SELECT rowid, word FROM alias_words WHERE alias = 'Barack Obama' ORDER BY word"
    obama = db.execute(untouched).fetchall()
    db.close()
    conn = sqlite3.connect(path)
    with conn:  # as schema 9 left it: the apostrophe a space, no joined words
        conn.execute("DELETE FROM alias_words WHERE word IN ('ogara', 'odriscoll', 'oneill', 'dalessandro')")
        conn.execute("DELETE FROM alias_vocabulary WHERE word IN ('ogara', 'odriscoll', 'oneill', 'dalessandro')")
        conn.execute(f"PRAGMA user_version = {APOSTROPHE_WORDS_VERSION - 1}")
    conn.close()
    db = open_db(path, readonly=True)
    assert corpus_names(db, "ogara") == []  # opened read-only, an old store is not migrated
    db.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in db.execute(words)] == expected
    assert db.execute(untouched).fetchall() == obama  # an alias without an apostrophe is left as it was
    for query, name in PEOPLE.items():
        assert corpus_names(db, query)[:1] == [name], query
    db.close()

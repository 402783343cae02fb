"""What a corpus keystroke's search does, counted: work that cannot change its hits is not done (figures in
bench/RESULTS.md, "Session 14: the corpus keystroke's search and draw")."""

from __future__ import annotations

from contextlib import contextmanager

from newsx.store import open_db
from newsx.store.db.search import CorpusIndex

from .tui.synthetic import Article, Entity, write_article


def test_a_common_words_near_spellings_are_not_read_when_it_narrows_nothing(tmp_path, monkeypatch):
    """A word that starts more aliases than the index reads for one word narrows nothing while a rarer word is there,
    and its first rows are the candidates when none is: its near spellings (scored over the letter's vocabulary, then
    read) were looked for at every key, and thrown away."""
    monkeypatch.setattr(CorpusIndex, "MAX_CANDIDATES", 3)
    db = open_db(tmp_path / "c.db")
    people = [Entity(n, "actor") for n in ("Orma Kavane", "Ormat Elripa", "Ormadi Sasa", "Orman Dapo", "Liba Damopa")]
    write_article(db, Article("Talks", [("title", "Talks"), ("body", " and ".join(e.name for e in people) + " met.")], people))

    @contextmanager
    def connect():
        yield db.conn
    index = CorpusIndex(connect, "actor")
    near = index._near
    looked_for: list[str] = []

    def counted(word, vocabulary):
        looked_for.append(word)
        return near(word, vocabulary)
    monkeypatch.setattr(index, "_near", counted)
    assert [h.name for h in index.search("orma", limit=5)][:1] == ["Orma Kavane"]
    assert looked_for == []
    # a rare word beside it: the common one's near spellings are still not needed
    assert [h.name for h in index.search("orma damop", limit=5)][:1] == ["Liba Damopa"]
    assert looked_for == ["damop"]
    db.close()


def test_an_entitys_name_is_read_once_for_the_keys_that_find_it(tmp_path):
    """The names of the scored entities were read at every key, though a key's are mostly the key before's."""
    db = open_db(tmp_path / "c.db")
    people = [Entity(n, "actor") for n in ("Orma Kavane", "Ormat Elripa", "Liba Damopa")]
    write_article(db, Article("Talks", [("title", "Talks"), ("body", " and ".join(e.name for e in people) + " met.")], people))
    read: list[str] = []
    db.conn.set_trace_callback(lambda sql: read.append(sql) if "FROM entities" in sql else None)

    @contextmanager
    def connect():
        yield db.conn
    index = CorpusIndex(connect, "actor")
    assert [h.name for h in index.search("orma", limit=5)] == ["Orma Kavane", "Ormat Elripa"]
    assert len(read) == 1
    assert [h.name for h in index.search("ormat", limit=5)][:1] == ["Ormat Elripa"]
    assert [h.name for h in index.search("orma", limit=5)] == ["Orma Kavane", "Ormat Elripa"]
    assert len(read) == 1  # both entities' names were read with the first key's
    assert [h.name for h in index.search("liba", limit=5)] == ["Liba Damopa"]
    assert len(read) == 2
    db.close()

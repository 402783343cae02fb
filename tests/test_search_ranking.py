"""A query of several words ranks first the names each of whose words starts a word of the name ("rama el":
Rama Elshita, two words each begun, before Ramael, one word holding both), whatever WRatio gives them, and
lists such a name even under the cut-off ("mar u": Marlow United); the rest follow by score. A query of one
word ranks by score alone. Both indexes (the article's, in memory, and the corpus's, by SQL) rank so."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from newsx.store import open_db
from newsx.store.db.search import CorpusIndex, EntityIndex, starts_each_word
from newsx.tui.thresholds import FILTER_CUTOFF

from .tui.synthetic import Article, Entity, write_article

# (name, alias the query may find it by), made up; the first of each query's list is the one typed towards
PEOPLE = [
    ("Rama Elshita", "Rama Elshita"), ("Daor Ramael", "Ramael"), ("Daor Ramael", "Daor Ramael"),
    ("Tomo Blaku", "Tomo Blaku"), ("Tomo Bulaka", "Tomo Bulaka"), ("Tomo Lavandi", "Tomo Lavandi"),
    ("Tomo Wilder", "Tomo Wilder"), ("Marlow United", "Marlow United"), ("European Union", "European Union"),
    ("Kelvar Valdiston", "Kelvar Valdiston"), ("Kelvava", "Kelvava"),
]
# query -> the name it must find first; WRatio alone ranked another first (or, for "mar u", none at all)
TYPED = {"rama el": "Rama Elshita", "tomo bl": "Tomo Blaku", "mar u": "Marlow United", "kel va": "Kelvar Valdiston",
         "el rama": "Rama Elshita"}


def memory_index() -> EntityIndex:
    ids = {name: i for i, name in enumerate(dict.fromkeys(name for name, _ in PEOPLE))}
    return EntityIndex([(ids[name], name, "actor", alias) for name, alias in PEOPLE])


def test_each_word_must_begin_a_word_of_its_own():
    assert starts_each_word(["rama", "el"], "rama elshita")
    assert starts_each_word(["el", "rama"], "rama elshita")  # in any order
    assert not starts_each_word(["rama", "el"], "ramael")
    assert not starts_each_word(["rama", "ra"], "rama alsafa")  # "rama" took the one word starting "ra"
    assert starts_each_word(["ab", "abc"], "abc abd")  # the longer word first, or "ab" took "abc"


@pytest.mark.parametrize("query", TYPED)
def test_the_article_index_ranks_the_names_typed_first(query):
    hits = memory_index().search(query, limit=5, cutoff=FILTER_CUTOFF)
    assert [h.name for h in hits][:1] == [TYPED[query]]
    assert hits[0].word_starts


def test_the_others_follow_by_score():
    hits = memory_index().search("tomo bl", limit=5, cutoff=FILTER_CUTOFF)
    assert [h.name for h in hits][0] == "Tomo Blaku"
    rest = hits[1:]
    assert rest and not any(h.word_starts for h in rest)
    assert [h.score for h in rest] == sorted((h.score for h in rest), reverse=True)


def test_one_word_ranks_by_score_alone():
    hits = memory_index().search("ramael", limit=5, cutoff=FILTER_CUTOFF)
    assert hits[0].name == "Daor Ramael" and not any(h.word_starts for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def corpus_names(db, query: str) -> list[str]:
    @contextmanager
    def connect():
        yield db.conn
    return [h.name for h in CorpusIndex(connect, "actor").search(query, limit=5, cutoff=FILTER_CUTOFF)]


@pytest.mark.parametrize("query", TYPED)
def test_the_corpus_index_ranks_the_names_typed_first(tmp_path, query):
    db = open_db(tmp_path / "c.db")
    for name in dict.fromkeys(name for name, _ in PEOPLE):
        aliases = tuple(alias for n, alias in PEOPLE if n == name and alias != name)
        write_article(db, Article(name, [("title", name), ("body", f"{name} spoke.")], [Entity(name, "actor", aliases=aliases)]))
    assert corpus_names(db, query)[:1] == [TYPED[query]]
    db.close()


def test_of_names_the_query_fits_equally_the_corpus_ranks_the_most_mentioned_first(tmp_path):
    db = open_db(tmp_path / "c.db")
    for n, name in enumerate(["Nela Orwafa", "Nela Orwama", "Nela Orwama", "Nela Orwama"]):
        write_article(db, Article(f"Talks {n}", [("title", f"Talks {n}"), ("body", f"{name} spoke.")], [Entity(name, "actor")]))
    assert corpus_names(db, "nela orw")[:2] == ["Nela Orwama", "Nela Orwafa"]
    db.close()


# Real pages: the BBC's stories name four Tonys; "tony bl" scored Tony Bullock, Tony Lavender and Tony Wilson
# (85.5) above Tony Blair (82.4), whom the reader is typing towards.
TONYS = ["abortion_poll_issue.txt", "bt_equal_access.txt", "mccall_tannadice.txt", "wilson_raw_t.txt"]


@pytest.fixture(scope="module")
def tonys_store(tmp_path_factory):
    from newsx.store.ingest import ingest

    from .extraction_corpus import ARTICLE_DIR

    db = open_db(tmp_path_factory.mktemp("tonys") / "tonys.db")
    ingest(db, [str(ARTICLE_DIR / "bbcnews" / name) for name in TONYS])
    yield db
    db.close()


def test_real_pages_tony_bl_finds_tony_blair_first(tonys_store):
    names = corpus_names(tonys_store, "tony bl")
    assert names[0] == "Tony Blair"
    assert {"Tony Bullock", "Tony Lavender", "Tony Wilson"} <= set(names)  # still listed, after him
    index = EntityIndex.load(tonys_store)
    assert index.search("tony bl", role="actor", limit=5, cutoff=FILTER_CUTOFF)[0].name == "Tony Blair"

"""The corpus's searches keep their connections between keystrokes (session 21): a new one read the store's schema
at every key (1.45 ms of a ~15 ms search) and started with an empty page cache."""

from __future__ import annotations

import sqlite3

import pytest

from newsx.tui.loader import CorpusIndexes
from newsx.tui.store_access import StoreAccess
from tests.tui.synthetic import build_store, two_articles


@pytest.fixture
def db_path(tmp_path):
    return build_store(tmp_path / "two.db", two_articles())


def test_a_search_takes_the_connection_the_search_before_left(db_path):
    corpus = CorpusIndexes(db_path, ("signature",))
    with corpus.connect() as first:
        pass
    with corpus.connect() as second:
        # two at once (a cancelled keystroke's search still finishing beside the next one's): never the same one
        with corpus.connect() as beside:
            assert beside is not second
    assert second is first
    hits = corpus.by_role["actor"].search("maliki")  # a search without a connection of its own takes a kept one
    assert hits and hits[0].name == "Nuri al-Maliki"


def test_a_failed_search_does_not_leave_its_connection_kept(db_path):
    corpus = CorpusIndexes(db_path, ("signature",))
    with pytest.raises(sqlite3.OperationalError):
        with corpus.connect() as failed:
            failed.execute("SELECT no_such_column FROM articles")
            pytest.fail("not reached")
    with pytest.raises(sqlite3.OperationalError):
        with corpus.connect() as failed:
            failed.execute("SELECT * FROM no_such_table")
    with pytest.raises(sqlite3.ProgrammingError):
        failed.execute("SELECT 1")  # closed
    with corpus.connect() as conn:
        assert conn is not failed


def test_the_store_changed_closes_the_kept_connections(db_path):
    store = StoreAccess(db_path)
    corpus = store.corpus(("before",))
    with corpus.connect() as kept:
        pass
    assert store.corpus(("after",)) is not corpus
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")
    # the old indexes still search (a screen may hold them until its new facets come), on connections they close
    with corpus.connect() as conn:
        assert conn is not kept
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
    newer = store.corpus(("after",))
    with newer.connect() as mine:
        pass
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        mine.execute("SELECT 1")

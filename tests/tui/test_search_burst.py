"""Issue 11: a name and Enter typed in one burst (tmux's send-keys, a quick hand, a paste) cost one search, of the
query typed, and Enter chooses from that query's hits. Each key of "/obama" searched as it came: five corpus searches
over a 100,000-article store, four of them for hits never shown (1.1 s of CPU at 80x24 in session 15's walk)."""

from __future__ import annotations

import time

import pytest
from textual import events

from newsx.store.db.search import EntityIndex
from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen
from newsx.tui.store_access import StoreAccess
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle
from .synthetic import MALIKI, MOSUL, Article, Entity, build_store
from .test_corpus_keys import corpus_scope


def send_burst(app, keys: str) -> None:
    """Queue "/", each letter and Enter at once, as a terminal delivers a burst: none is handled before the last is
    queued."""
    app.post_message(events.Key("slash", "/"))
    for letter in keys:
        app.post_message(events.Key(letter, letter))
    app.post_message(events.Key("enter", "\r"))


def calls_of(monkeypatch, owner, name: str) -> list[str]:
    """The query (first argument) of each call of `owner.name` from now on."""
    queries: list[str] = []
    original = getattr(owner, name)

    def counted(self, query, *args, **kwargs):
        queries.append(query)
        return original(self, query, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return queries


@pytest.fixture
def corpus_searches(monkeypatch) -> list[str]:
    """The queries the corpus scope's search worker was started for."""
    return calls_of(monkeypatch, MainScreen, "filter_facets")


@pytest.fixture
def article_searches(monkeypatch) -> list[str]:
    """The queries an article's indexes were searched for (one search a role)."""
    return calls_of(monkeypatch, EntityIndex, "search")


@pytest.fixture
def chosen_from(monkeypatch) -> list[str]:
    """The query whose hits the panes showed each time Enter's choice was made."""
    queries: list[str] = []
    choose_best = MainScreen.choose_best

    def recorded(self):
        queries.append(self.hits_query)
        return choose_best(self)

    monkeypatch.setattr(MainScreen, "choose_best", recorded)
    return queries


async def test_a_corpus_burst_searches_once_and_chooses_from_its_hits(two_article_db, corpus_searches, chosen_from):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await corpus_scope(pilot)
        send_burst(app, "obama")
        await settle(pilot, rounds=5)
        assert corpus_searches == ["obama"]
        assert chosen_from == ["obama"]
        assert app.query_one(MentionsPane).entity_name == "Barack Obama"
        assert app.focused is app.main.reader


async def test_an_article_burst_searches_once_and_chooses_from_its_hits(two_article_db, article_searches, chosen_from):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        article_searches.clear()
        send_burst(app, "mosul")
        await settle(pilot, rounds=5)
        assert set(article_searches) == {"mosul"}
        assert len(article_searches) == len(app.main.facets.indexes)  # one search of each role's index
        assert chosen_from == ["mosul"]
        assert app.query_one(MentionsPane).entity_name == "Mosul"


async def test_keys_typed_one_by_one_still_search_at_each_key(two_article_db, corpus_searches):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await corpus_scope(pilot)
        await pilot.press("slash")
        for letter in "mos":
            await pilot.press(letter)
            await settle(pilot)
        assert corpus_searches == ["m", "mo", "mos"]
        await pilot.press("backspace", "backspace", "backspace")
        await settle(pilot)
        assert app.main.hits_query == ""  # emptied at once: every entity listed again
        assert app.main.facet("actor").query_text == ""


def two_ports(path):
    mosul = Article(
        "Talks in Mosul", [("title", "Talks in Mosul"), ("body", "Nuri al-Maliki met the governor in Mosul.")],
        [MALIKI, MOSUL], published="2014-06-21",
    )
    port = Article(
        "Ships return to Hong Kong", [("title", "Ships return to Hong Kong"), ("body", "Ships returned to Hong Kong.")],
        [Entity("Hong Kong", "location", "GPE")], published="2014-06-20",
    )
    return build_store(path, [mosul, port])


async def test_enter_after_s_chooses_from_the_corpus_hits_not_the_articles(tmp_path, monkeypatch):
    # `s`, a name only another article has, and Enter, in one burst, the corpus's panes slow to read (not read ahead,
    # as after a name was chosen): the article's hits (none) and the text's (none: "kng") came first, and Enter said
    # "Nothing matches" and left the reader on the article
    facets = StoreAccess.facets

    def slow(self, scope, *args, **kwargs):
        if scope == "corpus":
            time.sleep(0.5)
        return facets(self, scope, *args, **kwargs)

    monkeypatch.setattr(StoreAccess, "facets", slow)
    monkeypatch.setattr(StoreAccess, "corpus_read", lambda self, highlighted: None)
    app = NewsxApp(two_ports(tmp_path / "ports.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"] == "Talks in Mosul"
        await pilot.press("s")  # its panes on their way
        send_burst(app, "hong kng")
        await settle(pilot, rounds=6)
        assert app.main.scope == "corpus"
        assert app.query_one(MentionsPane).entity_name == "Hong Kong"
        assert not any("Nothing matches" in str(n.message) for n in app._notifications)

"""Issue 11: a name and Enter typed in one burst (tmux's send-keys, a quick hand, a paste) cost one search, of the
query typed, and Enter chooses from that query's hits. Each key of "/obama" searched as it came: five corpus searches
over a 100,000-article store, four of them for hits never shown (1.1 s of CPU at 80x24 in session 15's walk)."""

from __future__ import annotations

import pytest
from textual import events

from newsx.store.db.search import EntityIndex
from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle


def send_burst(app, keys: str) -> None:
    """Queue "/", each letter and Enter at once, as a terminal delivers a burst: none is handled before the last is
    queued."""
    app.post_message(events.Key("slash", "/"))
    for letter in keys:
        app.post_message(events.Key(letter, letter))
    app.post_message(events.Key("enter", "\r"))


@pytest.fixture
def corpus_searches(monkeypatch) -> list[str]:
    """The queries the corpus scope's search worker was started for."""
    started: list[str] = []
    filter_facets = MainScreen.filter_facets

    def counted(self, query, facets):
        started.append(query)
        return filter_facets(self, query, facets)

    monkeypatch.setattr(MainScreen, "filter_facets", counted)
    return started


@pytest.fixture
def article_searches(monkeypatch) -> list[str]:
    """The queries an article's indexes were searched for (one search a role)."""
    searched: list[str] = []
    search = EntityIndex.search

    def counted(self, query, *args, **kwargs):
        searched.append(query)
        return search(self, query, *args, **kwargs)

    monkeypatch.setattr(EntityIndex, "search", counted)
    return searched


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
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.main.scope == "corpus"
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
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash")
        for letter in "mos":
            await pilot.press(letter)
            await settle(pilot)
        assert corpus_searches == ["m", "mo", "mos"]
        await pilot.press("backspace", "backspace", "backspace")
        await settle(pilot)
        assert app.main.hits_query == ""  # emptied at once: every entity listed again
        assert app.main.facet("actor").query_text == ""

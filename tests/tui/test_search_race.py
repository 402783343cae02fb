"""Issue 15, item 1: a name and Enter typed in one burst open the best hit of *that* name.

The filter runs in a thread; here it is slowed down so that Enter always arrives
before the typed query's hits, as it does for a quick hand or tmux send-keys.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from textual import events

from newsx.store.db.search import EntityIndex
from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mentions_pane import MentionsPane
from newsx.tui.widgets.search_box import SearchBox

from .conftest import settle


@pytest.fixture
def slow_filter(monkeypatch):
    search = EntityIndex.search

    def slow(self, *args, **kwargs):
        time.sleep(0.15)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(EntityIndex, "search", slow)


def chosen(app) -> str | None:
    return app.query_one(MentionsPane).entity_name


async def test_a_burst_of_name_and_enter_opens_that_names_best_hit(two_article_db, slow_filter):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for burst, expected in [
            ("malik", "Nuri al-Maliki"),  # the unfiltered list's top is ISIL
            ("bagdad", "Baghdad"),  # a typo, in the Locations pane
            ("isis", "ISIL"),  # an alias
            ("obama", "Barack Obama"),  # right after another search's hits were shown
        ]:
            await pilot.press("escape", "slash", *burst, "enter")
            await settle(pilot)
            assert chosen(app) == expected, burst
            assert app.focused is app.main.reader
            first = app.query_one(MentionsPane).mentions[0]
            assert app.main.reader.cursor_paragraph["id"] == first["paragraph_id"], burst


async def test_the_sample_malik_burst_goes_to_al_maliki(sample_db_path, slow_filter):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"malik", "enter")
        await settle(pilot)
        assert chosen(app) == "Nuri al-Maliki"
        assert "Maliki" in app.main.reader.cursor_paragraph["text"]


async def test_enter_before_the_store_is_read_waits_for_it(two_article_db, slow_filter):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"mosul", "enter")  # no settle: the store may not be read yet
        await settle(pilot, rounds=5)
        assert chosen(app) == "Mosul"


async def test_a_burst_that_matches_nothing_says_so_and_chooses_nothing(two_article_db, slow_filter):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzqx", "enter")
        await settle(pilot)
        assert chosen(app) is None
        assert any("Nothing matches" in str(n.message) for n in app._notifications)


def send_burst(app, keys: list[tuple[str, str]]) -> None:
    """Queue every key at once, as a terminal delivers a burst from tmux send-keys: none is
    handled before the last is queued."""
    for key, character in keys:
        app.post_message(events.Key(key, character))


async def test_keys_queued_at_once_search_choose_and_leave_the_query_alone(two_article_db, slow_filter, monkeypatch):
    # the box takes its time over each key, as on a busy terminal: enter arrives before the letters are in
    handle_key = SearchBox._on_key

    async def slow_key(self, event):
        await asyncio.sleep(0.05)
        await handle_key(self, event)

    monkeypatch.setattr(SearchBox, "_on_key", slow_key)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, [("slash", "/"), *[(c, c) for c in "obama"], ("enter", "\r"), ("n", "n")])
        await settle(pilot, rounds=5)
        assert app.query_one("#search").value == "obama"  # the keys after "/" went to the box, "n" did not
        assert chosen(app) == "Barack Obama"  # not the unfiltered list's top, al-Maliki
        assert app.focused is app.main.reader

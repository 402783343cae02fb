"""Issue 15, item 1: a name and Enter typed in one burst open the best hit of *that* name.

The filter runs in a thread; here it is slowed down so that Enter always arrives
before the typed query's hits, as it does for a quick hand or tmux send-keys.
"""

from __future__ import annotations

import time

import pytest

from newsx.store.db.search import EntityIndex
from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mentions_pane import MentionsPane

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

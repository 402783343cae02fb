"""Issue 11: a corpus keystroke's search and its frame (session 14). What the search's worker does after posting
the hits waits until they are drawn; counted and ordered here, never timed."""

from __future__ import annotations

import threading
import time

import pytest

from newsx.store.db.search import CorpusIndex
from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen

from .conftest import settle
from .test_big_corpus import crowded_store


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


async def test_the_words_a_query_will_need_are_read_once_its_hits_are_drawn(crowd_db, monkeypatch):
    """After a one-letter key's hits the worker reads the words of that letter that the next keys' near spellings
    need (25-45 ms of a core at 2M aliases): read beside the hits' frame, it took a core and the GIL from it."""
    events: list[tuple[str, str]] = []
    lock = threading.Lock()
    on_hits_found, read_ahead = MainScreen.on_hits_found, CorpusIndex.read_ahead

    def handled(screen, message) -> None:
        time.sleep(0.05)  # a frame drawn on a loaded machine: the worker, left to run, reads meanwhile
        on_hits_found(screen, message)
        with lock:
            events.append(("drawn", message.query))

    def reading(index, query, conn=None) -> None:
        with lock:
            events.append(("read ahead", query))
        read_ahead(index, query, conn)

    monkeypatch.setattr(MainScreen, "on_hits_found", handled)
    monkeypatch.setattr(CorpusIndex, "read_ahead", reading)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", "d")
        await settle(pilot)
        assert app.main.hits_query == "d"
    of_d = [what for what, query in events if query == "d"]
    assert of_d[:1] == ["drawn"] and "read ahead" in of_d, events

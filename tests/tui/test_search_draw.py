"""Issue 11: a corpus keystroke's search and its frame (session 14). What the search's worker does after posting
the hits waits until they are drawn; counted and ordered here, never timed."""

from __future__ import annotations

import threading
import time

import pytest

from newsx.store.db.search import CorpusIndex
from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen
from textual.widget import Widget

from .conftest import settle
from .test_big_corpus import crowded_store
from .test_hits_frame import corpus_search, style_look_ups


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


async def test_the_words_a_query_will_need_are_read_once_its_hits_are_drawn(crowd_db, monkeypatch):
    """After a one-letter key's hits the worker reads the words of that letter that the next keys' near spellings
    need (23-39 ms of a core at 2M aliases): read beside the hits' frame, it took a core and the GIL from it."""
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
        await corpus_search(pilot, "d")
        assert app.main.hits_query == "d"
    of_d = [what for what, query in events if query == "d"]
    assert of_d[:1] == ["drawn"] and "read ahead" in of_d, events


async def test_a_corpus_keys_hits_frame_draws_only_what_it_updates(crowd_db, monkeypatch):
    """The hits' frame updates the facet panes: the widgets it asks for lines are those whose visible part is in
    that update. Textual asked every widget whose container overlapped it, for all its lines: the header, footer
    and status line, the whole context column."""
    drawn: list[str] = []
    on_hits_found, render_lines = MainScreen.on_hits_found, Widget.render_lines
    handling = [False]

    def handled(screen, message) -> None:
        handling[0] = True
        try:
            on_hits_found(screen, message)
        finally:
            handling[0] = False

    def counted(widget, crop):
        if handling[0]:
            drawn.append(widget.id or type(widget).__name__)
        return render_lines(widget, crop)

    monkeypatch.setattr(MainScreen, "on_hits_found", handled)
    monkeypatch.setattr(Widget, "render_lines", counted)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_search(pilot, "dele")
        assert app.main.hits_query == "dele"
    assert {"facet-actor", "facet-location"} <= set(drawn)
    assert not {"Header", "KeyFooter", "status", "context", "reading", "quotes", "search"} & set(drawn), drawn


async def test_the_panes_rows_styles_are_looked_up_once_for_the_keys_of_a_query(crowd_db, monkeypatch):
    """A pane's rows' styles are the same from one key's hits to the next while its width, scrollbar and theme are:
    looked up at every fill, they were still two style resolutions through the CSS a pane a key."""
    looked_up = style_look_ups(monkeypatch)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_search(pilot, "dele")
        actors = app.main.facet("actor")
        assert actors.show_vertical_scrollbar
        looked_up.clear()
        for key in "gate":
            await pilot.press(key)
            await settle(pilot)
            assert app.main.hits_query.endswith(key) and actors.option_count > actors.size.height  # new rows drawn
        assert looked_up.count(actors.id) == 0
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"  # another theme: its colours
        await settle(pilot)
        await pilot.press("backspace")
        await settle(pilot)
        assert looked_up.count(actors.id) == 2

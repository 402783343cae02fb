"""Issue 11: a row far down a long list (a quote chosen in the palette, an article opened by n/N) is located by
counting the rows before it in the store: in a worker, never on the UI thread, with no highlight until it is known
(never one left on a row that is not the one chosen), then on it."""

from __future__ import annotations

import threading

from newsx.tui.app import NewsxApp
from newsx.tui.pages import TablePages, quote_pages
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import screen_text
from .test_long_lists import ARTICLES, QUOTES_EACH, long_db  # noqa: F401  (the fixture, shared)

FAR = ARTICLES * QUOTES_EACH // 2  # past the first and last pages, which the pane keeps from the start


async def test_a_far_quote_chosen_elsewhere_is_located_in_a_worker_and_then_highlighted(long_db, monkeypatch):  # noqa: F811
    counted_on, released = [], threading.Event()
    position = TablePages._position

    def slow(self, row_id):  # a count over a million quotes
        counted_on.append(threading.current_thread() is threading.main_thread())
        released.wait(2)
        return position(self, row_id)

    monkeypatch.setattr(TablePages, "_position", slow)
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert pane.highlighted == 0
        quote = quote_pages(long_db, None).row(FAR)
        app.main.go_to_quote(quote)  # as the palette does
        await pilot.pause()
        assert counted_on == [False]  # counted in a worker: the screen goes on meanwhile
        assert pane.highlighted is None  # and highlights nothing rather than the row it was on
        assert app.main.reader.cursor_paragraph["id"] == quote["paragraph_id"]  # the reader is already there
        released.set()
        await settle(pilot)
        assert pane.highlighted == FAR and pane.highlighted_quote["id"] == quote["id"]
        assert quote["text"][:30] in screen_text(app)  # scrolled to it
        await pilot.press("right_square_bracket")  # and ] walks on from it
        await settle(pilot)
        assert pane.highlighted == FAR + 1 and app.main.current_quote["id"] == pane.highlighted_quote["id"]


async def test_a_far_row_located_after_the_reader_moved_the_highlight_leaves_it_there(long_db, monkeypatch):  # noqa: F811
    released = threading.Event()
    position = TablePages._position
    monkeypatch.setattr(TablePages, "_position", lambda self, row_id: released.wait(2) and position(self, row_id))
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        pane.show_quote(quote_pages(long_db, None).row(FAR)["id"])
        app.main.set_focus(pane)
        await pilot.press("home")  # the reader went on before the count came
        released.set()
        await settle(pilot)
        assert pane.highlighted == 0

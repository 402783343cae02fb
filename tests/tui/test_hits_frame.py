"""Issue 11: from a corpus keystroke's hits to the frame that shows them. The hits come from a worker; the frame
showing them is written when their handler returns (tui/frames.py), not at the screen's update timer's next tick;
and drawing the panes' new rows works out what every row shares (the rows' styles, the list's line table, padding
and width) once, not once a row or a line. Counted here: frames, look-ups, measures; never timed."""

from __future__ import annotations

import pytest
from textual.app import App

from newsx.store import ROLES
from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.lazy_options import LazyOptionList

from .conftest import settle
from .test_big_corpus import crowded_store


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


class Frames:
    """The frames an app writes, and for each corpus hits message: the frames written while it was handled, and
    whether its panes were left with a repaint still to draw."""

    def __init__(self, app: App, monkeypatch) -> None:
        self.written = 0
        self.handled: list[tuple[str, int, bool]] = []  # (query, frames written by the handler, repaint left)
        display = app._display

        def counted(screen, update) -> None:
            display(screen, update)
            self.written += 1

        app._display = counted  # type: ignore[method-assign]
        on_hits_found = MainScreen.on_hits_found

        def handled(screen, message) -> None:
            before = self.written
            on_hits_found(screen, message)
            panes = [screen.facet(role) for role in ROLES]
            left = any(p._repaint_required or p in screen._dirty_widgets for p in panes if p.display)
            self.handled.append((message.query, self.written - before, left))

        monkeypatch.setattr(MainScreen, "on_hits_found", handled)


async def corpus_search(pilot, query: str) -> None:
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    await pilot.press("slash", *query)
    await settle(pilot)


async def test_a_corpus_keys_hits_are_drawn_by_their_handler(crowd_db, monkeypatch):
    app = NewsxApp(crowd_db, poll_seconds=None)
    frames = Frames(app, monkeypatch)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_search(pilot, "delegate a")
        shown = [h for h in frames.handled if h[0] == app.main.hits_query]
        assert shown and app.main.hits_query == "delegate a"
        # each query's hits, once in the panes, were drawn in one frame before the handler returned: before, none
        # was (the update timer drew them at its next tick, up to 16.7 ms later)
        assert all(written == 1 and not left for _, written, left in shown), frames.handled


def style_look_ups(monkeypatch) -> list[str]:
    """The facet panes' component style look-ups from now on: the id of the pane of each."""
    looked_up: list[str] = []
    get_style = FacetPane.get_component_rich_style

    def counted(self, *names, partial=False):
        looked_up.append(self.id)
        return get_style(self, *names, partial=partial)

    monkeypatch.setattr(FacetPane, "get_component_rich_style", counted)
    return looked_up


async def test_the_panes_rows_are_styled_once_a_fill(crowd_db, monkeypatch):
    looked_up = style_look_ups(monkeypatch)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_search(pilot, "delegate a")
        looked_up.clear()
        await pilot.press("l")
        await settle(pilot)
        actors = app.main.facet("actor")
        assert app.main.hits_query == "delegate al" and actors.option_count > actors.size.height  # a pane of new rows
        # the match's and the shape's style, once for the pane's rows at most: before, twice a row drawn (since
        # session 14 once for its width and theme: test_search_draw.py)
        assert looked_up.count(actors.id) <= 2


async def test_a_list_measures_its_lines_once_a_draw(crowd_db, monkeypatch):
    draws: list[int] = []  # for each time a facet pane drew lines, how often it measured them meanwhile
    update_lines = LazyOptionList._update_lines
    render_lines = FacetPane.render_lines

    def measured(self):
        if draws and getattr(self, "drawing_now", False):
            draws[-1] += 1
        return update_lines(self)

    def drawn(self, crop):
        draws.append(0)
        self.drawing_now = True
        try:
            return render_lines(self, crop)
        finally:
            self.drawing_now = False

    monkeypatch.setattr(LazyOptionList, "_update_lines", measured)
    monkeypatch.setattr(FacetPane, "render_lines", drawn)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_search(pilot, "delegate a")
        draws.clear()
        await pilot.press("l")
        await settle(pilot)
        actors = app.main.facet("actor")
        assert app.main.hits_query == "delegate al" and actors.option_count > actors.size.height  # a pane of new rows
        assert draws  # the panes' new rows drawn
        # once a draw: before, once a line drawn as well (a pane of 14 rows measured itself 15 times)
        assert set(draws) == {1}, draws

"""Issue 11: Tab from the reader or one list to the next draws one frame, the pane left and the pane entered in it. Each
widget's scrollbar was repainted by its restyle (every scrollbar colour set again, none changed) after the pane's own
repaint had been drawn, a frame of its own, and the first time a list gained or lost the focus its scrollbar's own
rules laid the whole screen out: Tab to the Quotes pane of the 100,000-article store drew its last frame over a
second after the key at a load of 6."""

from __future__ import annotations

import pytest
from textual.app import App

from newsx.tui.app import NewsxApp

from .conftest import settle


@pytest.fixture
def frames(monkeypatch) -> list[int]:
    """One entry per frame the app writes from now on."""
    written: list[int] = []
    display = App._display

    def counted(self, screen, renderable):
        if renderable is not None:
            written.append(1)
        return display(self, screen, renderable)

    monkeypatch.setattr(App, "_display", counted)
    return written


def border_colour(app, region):
    """The colour the terminal shows a pane's top left corner in."""
    return app.screen.get_style_at(region.x, region.y).color


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_tab_from_the_reader_through_the_context_lists_draws_one_frame_a_key(quotes_db, frames, size):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        focused_colour = border_colour(app, app.main.reader.region)  # the reader has the focus
        for _ in range(2):  # the first focus and blur of each, then again
            app.main.set_focus(app.main.reader)
            await settle(pilot)
            previous = "reader"
            for pane in ("mentions", "quotes", "articles"):
                frames.clear()
                await pilot.press("tab")
                await settle(pilot)
                assert app.focused.id == pane
                assert len(frames) == 1, (previous, pane)
                # drawn: the pane entered in the focus's colour, the one left in its own again
                entered, left = (app.main.query_one(f"#{name}").region for name in (pane, previous))
                assert border_colour(app, entered) == focused_colour != border_colour(app, left)
                previous = pane

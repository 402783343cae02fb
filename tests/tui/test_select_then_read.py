"""`space` then `e`, `c`, `E` or `S` at once: the read of the selection waits for the write just asked for. It ran
in a worker of its own beside the write's and could read the store first: `space e` in one burst said "Nothing
selected", and the Selections snapshot listed two passages of three under load. The write is slowed here so that
the read would come first every time."""

from __future__ import annotations

import time

from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen
from newsx.tui.screens.selections import SelectionsScreen

from .conftest import settle


def slow_writes(app, monkeypatch) -> None:
    store = app.main.store
    toggle = store.toggle_selection

    def slowly(*args, **kwargs):
        time.sleep(0.3)
        return toggle(*args, **kwargs)

    monkeypatch.setattr(store, "toggle_selection", slowly)


async def test_space_then_e_exports_the_paragraph_just_selected(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        slow_writes(app, monkeypatch)
        await pilot.press("down", "space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert len(app.screen.passages) == 1


async def test_space_then_S_lists_the_paragraph_just_selected(two_article_db, monkeypatch):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        slow_writes(app, monkeypatch)
        await pilot.press("down", "space", "down", "space", "S")
        await settle(pilot)
        assert isinstance(app.screen, SelectionsScreen)
        assert len(app.screen.passages) == 2

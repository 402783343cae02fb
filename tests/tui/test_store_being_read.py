"""While the store is first read (a second or more for a large one, in a worker after the first paint), the reader
says so: it said "The store is empty. Ingest articles with `newsx-tui ingest PATH`." to a reader opening 100,000
articles, for the seconds the read took."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.screens.main import MainScreen

from .conftest import settle
from .screen import screen_text
from .synthetic import build_store, two_articles


async def test_the_reader_says_the_store_is_being_read_not_that_it_is_empty(tmp_path, monkeypatch):
    db = build_store(tmp_path / "two.db", two_articles())
    read = MainScreen.load_store
    monkeypatch.setattr(MainScreen, "load_store", lambda screen, reason="open": None)  # a read that takes its time
    app = NewsxApp(db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Reading the store" in screen_text(app) and "store is empty" not in screen_text(app)
        read(app.main)
        await settle(pilot)
        assert "Reading the store" not in screen_text(app) and app.main.view is not None


async def test_an_empty_store_still_says_so(tmp_path):
    app = NewsxApp(build_store(tmp_path / "empty.db", []), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "The store is empty" in screen_text(app)

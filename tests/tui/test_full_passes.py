"""The collector's full passes are held back while the reader types (at 100,000 articles one took 13-47 ms, and landed
between a key and the frame showing its hits) and run when typing pauses (tui/heap.py)."""

from __future__ import annotations

import gc

from newsx.tui import heap
from newsx.tui.app import NewsxApp

from .conftest import settle


async def test_full_passes_are_held_back_while_typing_and_run_when_it_pauses(two_article_db, monkeypatch):
    monkeypatch.setattr(heap, "RELEASE_PAUSE", 0.3)
    own = gc.get_threshold()
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "stop" and info["generation"] == 2:
            passes.append(1)

    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ahm")
        assert gc.get_threshold() == (own[0], own[1], heap.HELD_THRESHOLD)
        gc.callbacks.append(count)
        try:
            await pilot.pause(0.6)  # typing paused
        finally:
            gc.callbacks.remove(count)
        assert gc.get_threshold() == own
        assert passes  # the full pass held ran
    assert gc.get_threshold() == own

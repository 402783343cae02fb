from __future__ import annotations

from pathlib import Path

import pytest

from newsx.tui.thresholds import TEXT_SEARCH_PAUSE

from .synthetic import build_store, quoted_articles, two_articles


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers finish and their results reach the screen; the text of a query typed is
    searched once typing pauses, so wait for that pause as a reader would."""
    for _ in range(rounds):
        if getattr(pilot.app.screen, "text_search", None) is not None:
            await pilot.pause(TEXT_SEARCH_PAUSE)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


@pytest.fixture
def two_article_db(tmp_path) -> Path:
    return build_store(tmp_path / "two.db", two_articles())


@pytest.fixture
def quotes_db(tmp_path) -> Path:
    return build_store(tmp_path / "quotes.db", quoted_articles())

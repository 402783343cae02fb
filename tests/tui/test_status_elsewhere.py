"""The status line says when the article read does not mention the entity chosen: in the corpus scope, with
Bara Kamal chosen, opening a story that never names him said "Bara Kamal · 1 mention", as if the reader were on it."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text
from .test_narrow_panes import bar_store


def status(app) -> str:
    return screen_text(app).splitlines()[-2].strip()


async def test_another_article_says_none_of_the_mentions_is_here(tmp_path):
    app = NewsxApp(bar_store(tmp_path / "bar.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"bara kamal", "enter")
        await settle(pilot)
        assert "Bara Kamal · mention 1/1" in status(app)
        elsewhere = next(a["id"] for a in app.main.articles if a["title"].endswith("day 3"))
        app.main.open_article(elsewhere)
        await settle(pilot)
        assert "Bara Kamal · 1 mention, none here" in status(app)
        await pilot.press("n")  # back to the one there is
        await settle(pilot)
        assert "Bara Kamal · mention 1/1" in status(app)

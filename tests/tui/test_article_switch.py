"""Issue 11: a key that moves the reader into another article (n/N across articles, a quote, a text hit) says so on
the status line at once, while that article is read and drawn; the reader's position comes back with it."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text


async def test_n_into_another_article_says_it_is_opening_it_until_it_is_shown(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # the corpus's mentions of Baghdad span both articles
        await settle(pilot)
        await pilot.press("slash", *"baghdad", "enter")
        await settle(pilot)
        screen = app.main
        mentions, here = screen.entity_mentions, screen.mention_index
        assert screen.entity_name() == "Baghdad" and len(mentions) > 1
        before = screen.view.article["title"]
        target = (here - 1) % len(mentions)  # where N goes, wrapping at the first
        assert mentions[target]["article_id"] != screen.view.article["id"]
        with screen.store.turn:  # the article's read waits, as a large store's takes a while
            await pilot.press("N")
            await pilot.pause()
            assert "Opening the article…" in screen_text(app).splitlines()[-2]
            assert screen.view.article["title"] == before
        await settle(pilot)
        assert screen.view.article["id"] == mentions[target]["article_id"] and screen.view.article["title"] != before
        status = screen_text(app).splitlines()[-2]
        assert f"Baghdad · mention {target + 1}/{len(mentions)}" in status and "Opening" not in status

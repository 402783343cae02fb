"""The footer is one line drawn from the keys on offer: a change of focus changes what it says
without mounting a widget per key, the same keys are not drawn again, and a click presses a key."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.screens.help import HelpScreen
from newsx.tui.widgets.key_footer import KeyFooter

from .conftest import settle
from .screen import screen_text


async def test_the_footer_follows_the_focus_with_no_widget_per_key(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        footer = app.main.query_one(KeyFooter)
        assert " o Sort " not in screen_text(app).splitlines()[-1]  # the reader has no order
        app.main.set_focus(app.main.query_one("#articles"))
        await pilot.pause()
        assert " o Sort " in screen_text(app).splitlines()[-1]
        app.main.set_focus(app.main.reader)
        await pilot.pause()
        assert " o Sort " not in screen_text(app).splitlines()[-1]
        assert not footer.children


async def test_the_same_keys_are_not_drawn_again(two_article_db, monkeypatch):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        redrawn = []
        refresh = KeyFooter.refresh
        monkeypatch.setattr(KeyFooter, "refresh", lambda self, *a, **k: redrawn.append(1) or refresh(self, *a, **k))
        app.main.refresh_bindings()  # the bindings are asked again, and are what they were
        await pilot.pause()
        assert redrawn == []
        app.main.set_focus(app.main.query_one("#articles"))
        await pilot.pause()
        assert redrawn  # a key more: drawn again


async def test_a_click_on_a_key_presses_it(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        line = screen_text(app).splitlines()[-1]
        await pilot.click(KeyFooter, offset=(line.index("? Help") + 3, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)

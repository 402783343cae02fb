"""Keys typed while the app starts ("/maliki" and Enter at once, before the screen's widgets exist)
are held and pressed once they do, in order: no traceback, nothing lost. In a real terminal they
arrive before the Mount of the screen; here they are Key events stamped before it."""

from __future__ import annotations

from textual import events

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.search_box import SearchBox

from .conftest import settle
from .screen import screen_text


def typed_before_mount(app, key: str, character: str | None) -> events.Key:
    event = events.Key(key, character)
    event.time = app.main.mounted_at - 0.5
    return event


async def test_a_search_typed_while_the_app_starts_is_searched_and_chosen(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        keys = [("slash", "/"), *[(c, c) for c in "maliki"], ("ctrl+j", "\n")]  # the tty's Enter, not yet raw
        for key, character in keys:
            app.main.post_message(typed_before_mount(app, key, character))
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "maliki"
        assert "Mentions: Nuri al-Maliki" in screen_text(app)


async def test_no_binding_runs_before_the_screen_is_mounted(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.check_action("focus_search", ())
        screen = type(app.main)(sample_db_path, [], None, app.main.export_defaults)
        assert not screen.check_action("focus_search", ())  # "/" then reaches on_key, which holds it


async def test_a_key_bound_by_the_screen_typed_while_the_app_starts_does_what_it_does(two_article_db):
    """`s` typed as the app started came to the screen stamped before its Mount and was pressed again, by a Key the
    screen made: a message bubbles no further than its sender, so the app never ran the screen's binding of `s`."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        key = events.Key("s", "s")
        key.time = app.main.mounted_at - 0.5
        app.post_message(key)
        await settle(pilot)
        assert app.main.scope == "corpus" and "scope: corpus" in screen_text(app)

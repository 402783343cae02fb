"""A text box's editing keys (ctrl+u, backspace, ctrl+w) typed in one burst with letters act where they were typed.

Textual runs a non-priority binding only once its key has gone round the focused widget and come back to the app
as a bubbled event; the letters typed behind it were already on their way to the box, so ctrl+u then `abc` typed
at once emptied the box after `abc` was typed into it."""

from __future__ import annotations

from textual import events

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.search_box import SearchBox

from .conftest import settle
from .screen import screen_text
from .test_escape_keys import searching


def burst(app, *keys: str) -> None:
    """`keys` typed at once: all on the app's queue before it takes the first off (a terminal's one read)."""
    for key in keys:
        character = {"space": " "}.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


async def test_ctrl_u_then_letters_typed_at_once_leaves_the_letters(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot)
        burst(app, "ctrl+u", "a", "b", "c")
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        assert box.value == "abc"
        assert "abc" in screen_text(app).splitlines()[1]


async def test_backspace_and_ctrl_w_typed_at_once_with_letters_edit_in_order(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot)
        burst(app, "backspace", "x", "space", "o", "i", "l", "ctrl+w", "e")
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "refix e"


async def test_ctrl_u_letters_and_enter_typed_at_once_choose_the_letters(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot, "malik")
        burst(app, "ctrl+u", *"mosul", "enter")  # enter moves the focus on at once, the box takes the keys before it
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "mosul"
        assert "Mentions: Mosul" in screen_text(app)

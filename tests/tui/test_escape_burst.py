"""Letters, then Escape and a key, typed in one burst into the search box: the letters are typed, then the Escape
clears the box and leaves it, then the key acts. The terminal sends them in one read; the letters wait in the box's
queue while the app reads the Escape (escape_keys.read), which acted at once and cleared the box before them: the
box was left holding the letters, out of focus, and the next `/` searched for them."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.reader import Reader
from newsx.tui.widgets.search_box import SearchBox

from .conftest import settle
from .screen import screen_text
from .test_escape_keys import searching, typed


@pytest.mark.parametrize("burst", ["ry\x1bs", "ry\x1b\x1bs", "ry\x1b"])
async def test_letters_then_escape_typed_at_once_leave_the_search_box_empty(two_article_db, burst):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot, "refine")
        typed(app, burst)
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "" and isinstance(app.focused, Reader)
        if burst.endswith("s"):
            assert app.main.scope == "corpus" and "scope: corpus" in screen_text(app)

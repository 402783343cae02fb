"""`s` typed while the store is still being read switches the panes to the corpus once it is: the store's first
read (the article's panes, read in the scope it started in) came after the switch and showed the article's entities
and quotes under a status line saying "scope: corpus", until `s` was pressed twice more."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import screen_text
from .synthetic import build_store, quoted_articles, two_articles


async def test_s_typed_before_the_store_is_shown_shows_the_corpus(tmp_path):
    db = build_store(tmp_path / "four.db", [*quoted_articles(), *two_articles()])
    app = NewsxApp(db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.main.view is None, "the store not read yet"
        await pilot.press("s")
        await settle(pilot)
        assert app.main.scope == "corpus" and "scope: corpus" in screen_text(app)
        assert app.main.facets.scope == "corpus"
        assert app.main.query_one(QuotesPane).scope == "corpus"

"""Lists longer than any screen: the corpus's quotes, the article list and a very long article each reach their
end with End, show what is there, and Enter on a row far down opens that row's article and place."""

from __future__ import annotations

import datetime as dt

import pytest

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.article_list import ArticleList
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, Quote, build_store

ARTICLES = 60
QUOTES_EACH = 20  # 1,200 quotes in all: past the 1,000 the corpus scope used to stop at
LONG = 1600  # paragraphs of the long report: past the 1,500 the reader used to stop at


def briefing(i: int) -> Article:
    speaker = Entity(f"Spokesman Number{i:02d}", "actor")
    body = [("body", f"\u201cBriefing {i:02d} point {j:02d} stands,\u201d Number{i:02d} said.") for j in range(QUOTES_EACH)]
    return Article(
        title=f"Briefing {i:02d}",
        paragraphs=[("title", f"Briefing {i:02d}"), *body],
        entities=[speaker],
        quotes=[Quote(j + 1, f"Number{i:02d}", f"Briefing {i:02d} point {j:02d} stands,", entity=speaker.name) for j in range(QUOTES_EACH)],
        # newest first in the article list: briefing 00 is the last row
        published=(dt.date(2014, 1, 1) + dt.timedelta(days=i)).isoformat(),
    )


def long_report() -> Article:
    body = [("body", f"Item {k:04d} of the long report.") for k in range(LONG)]
    return Article(title="The long report", paragraphs=[("title", "The long report"), *body], published="2015-01-01")


@pytest.fixture(scope="module")
def long_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("long") / "long.db", [briefing(i) for i in range(ARTICLES)] + [long_report()])


async def test_end_in_the_corpus_quotes_shows_the_last_quote_and_enter_opens_it(long_db):
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert pane.option_count == ARTICLES * QUOTES_EACH
        assert pane.border_subtitle == f"{ARTICLES * QUOTES_EACH:,} · by order"
        app.main.set_focus(pane)
        await pilot.press("end")
        await settle(pilot)
        last = f"Briefing {ARTICLES - 1:02d} point {QUOTES_EACH - 1:02d} stands"
        assert pane.highlighted == ARTICLES * QUOTES_EACH - 1
        assert last in pane.highlighted_quote["text"]
        assert f"¶{QUOTES_EACH + 1} Briefing {ARTICLES - 1:02d}" in screen_text(app)  # drawn, not only highlighted
        await pilot.press("pageup", "up")
        # the page keys look for the next row from the highlight on: only the rows near it are made
        assert len(pane._paged._made) < 3 * pane.scrollable_content_region.height
        await pilot.press("enter")
        await settle(pilot)
        chosen = app.main.current_quote
        assert chosen["article_id"] == app.main.view.article["id"]
        assert app.main.view.article["title"] == f"Briefing {ARTICLES - 1:02d}"
        assert app.main.reader.cursor_paragraph["id"] == chosen["paragraph_id"]
        assert pane.highlighted_quote["id"] == chosen["id"]  # the pane stays on the quote chosen
        at = pane.highlighted
        await pilot.press("right_square_bracket")  # ] walks on from there, past the first thousand
        await settle(pilot)
        assert pane.highlighted == at + 1 and app.main.current_quote["id"] == pane.highlighted_quote["id"]
        assert app.main.reader.cursor_paragraph["id"] == app.main.current_quote["paragraph_id"]
        await pilot.press("tab")  # back in the pane (the reader took the focus), then to its start
        app.main.set_focus(pane)
        await pilot.press("home")
        assert "Briefing 00 point 00 stands" in pane.highlighted_quote["text"]


async def test_end_in_the_article_list_shows_the_last_article_and_enter_opens_it(long_db):
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        articles = app.query_one(ArticleList)
        assert articles.option_count == ARTICLES + 1
        app.main.set_focus(articles)
        await pilot.press("end")
        await settle(pilot)
        assert "Briefing 00" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.view.article["title"] == "Briefing 00"


async def test_end_in_the_reader_shows_the_last_paragraph_of_a_very_long_article(long_db):
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"] == "The long report"  # the newest
        await pilot.press("end")
        await settle(pilot)
        assert app.main.reader.cursor_paragraph["text"] == f"Item {LONG - 1:04d} of the long report."
        assert f"Item {LONG - 1:04d} of the long report." in screen_text(app)
        await pilot.press("up", "space")
        await settle(pilot)
        assert app.main.counts["selected"] == 1
        await pilot.press("home")
        await settle(pilot)
        assert app.main.reader.cursor_paragraph["seq"] == 0
        assert "The long report" in screen_text(app)

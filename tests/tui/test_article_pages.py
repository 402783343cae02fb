"""The article list is read a page at a time (tui/pages.py), never whole: an article far down it is still found,
highlighted and drawn when the store opens on it and after `o` sorts the list; the corpus's mentions still name
their articles."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from newsx.tui.app import NewsxApp
from newsx.tui.pages import PAGE
from newsx.tui.widgets.article_list import ArticleList
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, build_store

ARTICLES = 2 * PAGE + 50  # three pages
QUILL = Entity("Mara Quill", "actor")  # in the three oldest dispatches only
SIZE = (160, 48)


def dispatch(i: int) -> Article:
    people = [QUILL] if i < 3 else []
    body = "Mara Quill spoke." if i < 3 else f"Nothing of note in dispatch {i:03d}."
    return Article(
        title=f"Dispatch {i:03d}",
        paragraphs=[("title", f"Dispatch {i:03d}"), ("body", body)],
        entities=people,
        # newest first by date: dispatch 000 is the last row, the oldest
        published=(dt.date(2010, 1, 1) + dt.timedelta(days=i)).isoformat(),
    )


@pytest.fixture(scope="module")
def dispatches_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("pages") / "dispatches.db", [dispatch(i) for i in range(ARTICLES)])


def article_id(db, title: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0]


async def test_an_article_far_down_the_list_is_highlighted_when_the_store_opens_on_it(dispatches_db):
    deep = "Dispatch 005"  # by date, row ARTICLES - 6: in the last page
    app = NewsxApp(dispatches_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.query_one(ArticleList)
        assert articles.option_count == ARTICLES
        assert articles.border_subtitle == f"{ARTICLES} · by date"
        assert app.main.view.article["title"] == f"Dispatch {ARTICLES - 1:03d}"  # the newest
        app.main.open_article(article_id(dispatches_db, deep))
        await settle(pilot)
        assert app.main.view.article["title"] == deep
        assert articles.highlighted == ARTICLES - 6

    again = NewsxApp(dispatches_db, poll_seconds=None)  # where the reader left off
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = again.query_one(ArticleList)
        assert again.main.view.article["title"] == deep
        assert articles.highlighted == ARTICLES - 6
        assert deep in screen_text(again)  # scrolled to it, its row drawn
        assert len(articles.paged_rows._pages) < ARTICLES // PAGE + 1  # the middle page was never read
        again.main.set_focus(articles)
        await pilot.press("o")  # by title: Dispatch 005 is row 5
        await settle(pilot)
        assert articles.border_subtitle == f"{ARTICLES} · by title"
        assert articles.highlighted == 5
        assert again.main.view.article["title"] == deep  # sorting never changes what is read
        await pilot.press("end", "enter")
        await settle(pilot)
        assert again.main.view.article["title"] == f"Dispatch {ARTICLES - 1:03d}"


async def test_the_corpus_mentions_of_an_entity_name_their_articles(dispatches_db):
    app = NewsxApp(dispatches_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"quill", "enter")
        await settle(pilot)
        mentions = app.query_one(MentionsPane)
        assert len(app.main.entity_mentions) == 3
        shown = screen_text(app)
        for i in range(3):
            assert f"Dispatch {i:03d}" in shown, shown
        assert mentions.titled

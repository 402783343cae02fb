"""A word in more paragraphs than can be ranked in a moment lists the last ingested first, its pane saying "newest":
FTS5 ranked every paragraph it matched to give the best 200, and "tuesday" in a 100,000-article store (1.9 million
paragraphs) took 6 s of a core, over 20 s on a loaded machine, the facet column blank meanwhile at 80x24."""

from __future__ import annotations

import pytest

from newsx.store import open_db
from newsx.store.db import search
from newsx.tui import store_access
from newsx.tui.app import NewsxApp
from newsx.tui.screens import main
from newsx.tui.widgets.text_hits import TextHits

from .conftest import settle
from .synthetic import build_store, quoted_articles, two_articles


def test_a_query_matching_more_than_can_be_ranked_gets_the_last_ingested_first(tmp_path):
    db = open_db(build_store(tmp_path / "four.db", [*quoted_articles(), *two_articles()]))
    ranked = search.paragraphs(db, "said", limit=50, ranked_at_most=1000)
    assert len(ranked) > 2 and all(row["ranked"] for row in ranked)
    newest = search.paragraphs(db, "said", limit=50, ranked_at_most=2)
    assert not any(row["ranked"] for row in newest)
    assert [row["paragraph_id"] for row in newest] == sorted((row["paragraph_id"] for row in ranked), reverse=True)
    assert "ranked" not in search.paragraphs(db, "said", limit=50)[0]  # the CLI's search, ranked as it was


@pytest.fixture
def newest_three(monkeypatch):
    """The pane lists 3 paragraphs at most, the last ingested of a query in more than 2."""
    monkeypatch.setattr(store_access, "TEXT_RANKED_AT_MOST", 2)
    monkeypatch.setattr(main, "TEXT_LIMIT", 3)


async def test_the_in_the_text_pane_says_its_hits_are_the_newest(tmp_path, newest_three, monkeypatch):
    monkeypatch.setattr(main, "TEXT_LIMIT", 6)  # the article read has 3: the others' newest 3 after them
    app = NewsxApp(build_store(tmp_path / "four.db", [*quoted_articles(), *two_articles()]), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await settle(pilot)
        text = app.main.query_one(TextHits)
        assert len(text.hits) == 6 and "3 here + newest 3" in str(text.border_subtitle), text.border_subtitle
        ids = [hit["paragraph_id"] for hit in text.hits if hit["article_id"] != app.main.view.article["id"]]
        assert ids == sorted(ids, reverse=True)


async def test_the_article_being_read_lists_its_paragraphs_first_though_older_than_the_newest(tmp_path, newest_three):
    # "said" is in every article; the Mosul article, ingested first, has none of its paragraphs among the newest 3,
    # which were all the pane listed, the article being read then not in it at all
    app = NewsxApp(build_store(tmp_path / "four.db", [*two_articles(), *quoted_articles()]), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        app.main.open_article(next(a["id"] for a in app.main.articles if a["title"].startswith("Militants")))
        await settle(pilot)
        await pilot.press("slash", *"said")
        await settle(pilot)
        text = app.main.query_one(TextHits)
        here = app.main.view.article["id"]
        assert [(hit["article_id"], hit["seq"]) for hit in text.hits] == [(here, 4), (here, 5), (here, 6)]
        assert "first 3 here" in str(text.border_subtitle), text.border_subtitle  # its own, not the newest
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.view.article["id"] == here

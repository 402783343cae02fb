"""Counts that say what they know: the text's hits capped at TEXT_LIMIT are the best of more, not all of them (the
article being read has all its own first, counted apart),
and with no mention current the status line gives no position (it said "mention 0/6716")."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.screens import main
from newsx.tui.widgets.text_hits import TextHits, hits_count

from .conftest import settle
from .test_scope_mentions import status, vell_store


async def test_the_text_pane_counts_the_articles_own_hits_apart_from_the_best_of_the_rest(two_article_db, monkeypatch):
    monkeypatch.setattr(main, "TEXT_LIMIT", 4)  # "said" is in 5 paragraphs, 3 of them in the article read
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await pilot.pause(0.5)  # the pause in typing that starts the text search
        await settle(pilot)
        hits = app.main.query_one(TextHits)
        assert len(hits.hits) == 4
        subtitle = str(hits.border_subtitle)
        assert "in all" not in subtitle
        # the article's 3 come first whatever their rank: the best are the one listed of the other article's 2
        assert "3 here + best 1 elsewhere" in subtitle and "best 4" not in subtitle


def test_an_article_with_more_hits_than_listed_has_its_first_counted():
    hits = [{"article_id": 7}] * 4
    assert hits_count(hits, 7, capped=True, newest=False) == ("first 4 here",)
    assert hits_count(hits, 8, capped=True, newest=True) == ("newest 4",)
    assert hits_count(hits[:3] + [{"article_id": 8}], 7, capped=True, newest=True)[0] == "3 here + newest 1 elsewhere"


async def test_the_text_pane_says_in_all_when_it_lists_them_all(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await pilot.pause(0.5)
        await settle(pilot)
        subtitle = str(app.main.query_one(TextHits).border_subtitle)
        assert "5 in all" in subtitle and "best" not in subtitle


async def test_with_no_mention_current_the_status_line_gives_no_position(tmp_path):
    app = NewsxApp(vell_store(tmp_path / "vell.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mara vell", "enter")
        await settle(pilot)
        assert "Mara Vell · mention 1/2" in status(app)
        first = app.main.view.article["id"]
        # another article that names her: her mentions are its two, the reader on none of them
        app.main.set_focus(app.main.query_one("#articles"))
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.view.article["id"] != first
        assert app.main.mention_index == -1
        line = status(app)
        assert "mention 0/" not in line
        assert "Mara Vell · 2 mentions" in line

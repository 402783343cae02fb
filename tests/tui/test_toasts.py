"""A toast at 80x24 covers none of the panes the reader is reading: it is a line as wide as its words, standing on
the key footer (it covered most of the Quotes and Articles panes: 40 cells by four lines)."""

from __future__ import annotations

from textual.widgets._toast import Toast

from newsx.tui import app as app_module
from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text

PANES = ("#reader", "#mentions", "#quotes", "#articles", "#facets")


async def toast_after(pilot, key: str) -> Toast:
    """The one toast `key` brings up."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    toasts = list(pilot.app.screen.query(Toast))
    assert len(toasts) == 1
    return toasts[0]


def covers_no_pane(app, toast: Toast) -> bool:
    return not any(toast.region.overlaps(app.main.query_one(pane).region) for pane in PANES)


async def test_a_toast_at_80x24_is_one_line_over_the_footer(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        toast = await toast_after(pilot, "s")
        lines = screen_text(app).splitlines()
        assert "Entity panes now cover the whole corpus." in lines[-1]  # whole, on the footer's line
        assert toast.region.height == 1 and toast.region.y == 23
        assert "scope: corpus" in lines[-2]  # the status line stays readable
        assert covers_no_pane(app, toast)


async def test_a_long_warning_at_80x24_is_one_line_that_leaves_the_status_line_readable(two_article_db):
    """A notice of two lines covered the status line for its five seconds."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        toast = await toast_after(pilot, "o")  # the reader has the focus: the longest warning a key gives
        assert toast.region.height == 1 and toast.region.bottom == 24
        lines = screen_text(app).splitlines()
        assert "o sorts the pane in focus: tab to Actors, Locations, Other or Articles first." in lines[-1]
        assert "scope: article · ¶1" in lines[-2]
        assert covers_no_pane(app, toast)


async def test_a_notice_longer_than_the_footer_is_cut_and_an_error_is_not(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.notify("A notice " + "of many words " * 8 + "ends here.")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert lines[-1].rstrip().endswith("…") and "scope: article · ¶1" in lines[-2]
        app.notify("An error " + "of many words " * 8 + "ends here.", severity="error")
        await settle(pilot)
        assert "ends here." in screen_text(app)  # what failed, whole


async def test_a_toast_on_a_wide_terminal_stands_above_the_status_line(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        toast = await toast_after(pilot, "s")
        assert toast.region.height == 1 and toast.region.bottom == 46
        assert "Entity panes now cover the whole corpus." in screen_text(app).splitlines()[45]


async def test_a_key_pressed_again_brings_no_second_toast_of_the_same_words(two_article_db):
    """`n` three times with no entity chosen stacked three "Choose an entity first" toasts over the panes."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "n", "n")
        await settle(pilot)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1 and "Choose an entity first" in screen_text(app)


async def test_at_80x24_a_notice_takes_the_place_of_an_error_read_by_then(two_article_db, monkeypatch):
    """An error stacked under a later notice pushed it onto the status line, covered for as long as the error showed
    (30 s for an ingest's); an error just raised stays, though, the notice above it, unread else."""
    monkeypatch.setattr(app_module, "ERROR_READ_SECONDS", 0.5)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.notify("feed.html: not an article", severity="error", timeout=30)
        await pilot.press("s")
        await settle(pilot)
        assert {"feed.html: not an article", "Entity panes now cover the whole corpus."} <= {
            str(n.message) for n in app._notifications
        }
        await pilot.pause(0.6)
        await pilot.press("s")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert [str(n.message) for n in app._notifications] == ["Entity panes now cover this article."], lines[-3:]
        assert "Entity panes now cover this article." in lines[-1] and "scope: article" in lines[-2]


async def test_words_that_name_no_one_say_so_at_80x24_in_a_line_over_the_footer(two_article_db):
    """The notice of a query that names no one (Enter went to its words) took two lines, over the status line."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"refineries", "enter")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert "No name here: the first paragraph with the words. s searches every article." in lines[-1]
        assert "scope: article · ¶" in lines[-2]

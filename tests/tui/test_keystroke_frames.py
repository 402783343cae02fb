"""Issue 11: what a keystroke draws. A list refilled by a key lays nothing out (its height is the layout's,
its line count only its scroll range), yet shows the right rows whether the key shrank or grew it, scrolls to
its last row with End, and comes back to it after a resize; the text hits of an earlier query stay until the
new query's come, instead of going and coming back at every key; Enter on a name chooses it without waiting
for the text's hits."""

from __future__ import annotations

import threading

import pytest
from textual.screen import Screen
from textual.widgets import OptionList

from newsx.store import paragraph_number
from newsx.tui.app import NewsxApp
from newsx.tui.store_access import StoreAccess
from newsx.tui.widgets.quotes_pane import QuotesPane
from newsx.tui.widgets.text_hits import TextHits

from .conftest import settle
from .screen import screen_text
from .test_big_corpus import DELEGATES, crowded_store
from .test_long_lists import ARTICLES, QUOTES_EACH, long_db  # noqa: F401  (the fixture, shared)


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


def drawn(app, widget) -> str:
    """What the terminal shows where `widget` is."""
    x, y, width, height = widget.region
    return "\n".join(line[x : x + width] for line in screen_text(app).splitlines()[y : y + height])


def listed(pane) -> list[str]:
    """The names a facet pane lists, in its order."""
    return [pane.get_option_at_index(i).prompt.plain.split("  ")[0].strip() for i in range(pane.option_count)]


async def test_a_pane_that_shrinks_then_grows_shows_its_rows_and_end_reaches_the_last(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        actors = app.main.facet("actor")
        assert actors.option_count == DELEGATES + 1 and actors.show_vertical_scrollbar
        await pilot.press("slash", *"zelda quorn")  # every actor shrinks to one hit
        await settle(pilot)
        assert actors.option_count == 1 and actors.virtual_size.height == 1
        assert actors.max_scroll_y == 0 and actors.scroll_y == 0  # its scrollbar kept, with nothing to scroll
        assert "Zelda Quorn" in drawn(app, actors)
        await pilot.press("ctrl+u", *"delegate")  # and grows to a pane's worth and more
        await settle(pilot)
        many = actors.option_count
        assert many > actors.size.height and actors.virtual_size.height == many
        assert actors.show_vertical_scrollbar and actors.highlighted == 0
        first, last = actors.get_option_at_index(0).prompt.plain, actors.get_option_at_index(many - 1).prompt.plain
        shown = drawn(app, actors)
        assert first.split()[1] in shown and last.split()[1] not in shown
        await pilot.press("down")  # into the best pane
        assert app.focused is actors
        await pilot.press("end")
        await settle(pilot)
        assert actors.highlighted == many - 1 and actors.scroll_y == actors.max_scroll_y > 0
        shown = drawn(app, actors)
        assert f"{last.split()[0]} {last.split()[1]}" in shown and first.split()[1] not in shown
        await pilot.press("home")
        await settle(pilot)
        assert actors.highlighted == 0 and actors.scroll_y == 0


async def test_a_key_that_only_changes_the_panes_rows_lays_nothing_out(crowd_db, monkeypatch):
    layouts = []
    refresh_layout = Screen._refresh_layout

    def counted(self, *args, **kwargs):
        layouts.append(self)
        return refresh_layout(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"delegate a")
        await settle(pilot)
        actors = app.main.facet("actor")
        before = listed(actors)
        assert actors.show_vertical_scrollbar  # more hits than the pane shows, and so after the next keys
        layouts.clear()
        await pilot.press("l")
        await settle(pilot)
        assert listed(actors) != before  # the rows changed, the letter was typed: both drawn
        assert app.main.query_one("#search").value == "delegate al"
        assert "delegate al" in drawn(app, app.main.query_one("#search"))
        assert listed(actors)[0] in drawn(app, actors)
        assert actors.show_vertical_scrollbar and actors.virtual_size.height == actors.option_count
        assert layouts == []  # and the screen was not laid out again for either


async def test_a_key_whose_hits_cross_a_panes_height_lays_nothing_out(crowd_db, monkeypatch):
    layouts = []
    refresh_layout = Screen._refresh_layout
    monkeypatch.setattr(Screen, "_refresh_layout", lambda self, *a, **k: layouts.append(self) or refresh_layout(self, *a, **k))
    # no paragraph has the words: the text hits' pane, which shows or hides as a query's paragraphs come, stays hidden
    monkeypatch.setattr(StoreAccess, "text_hits", lambda self, *a, **k: [])
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"zelda quor")
        await settle(pilot)
        actors = app.main.facet("actor")
        assert actors.option_count == 1 and actors.max_scroll_y == 0
        layouts.clear()
        await pilot.press("ctrl+u", *"delegate")  # from one hit to more than the pane holds
        await settle(pilot)
        assert actors.option_count > actors.size.height and actors.max_scroll_y > 0
        assert listed(actors)[0] in drawn(app, actors) and "delegate" in drawn(app, app.main.query_one("#search"))
        await pilot.press("ctrl+u", *"zelda quorn")  # and back to one
        await settle(pilot)
        assert listed(actors) == ["Zelda Quorn"] and actors.max_scroll_y == 0 and "Zelda Quorn" in drawn(app, actors)
        assert layouts == []  # the scrollbar neither came nor went: the screen was never laid out again


async def test_a_row_drawn_from_its_text_looks_as_textual_draws_it(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"delegate ab")  # hits: a matched name, its count and bar, an alias line
        await settle(pilot)
        panes = [app.main.facet("actor"), app.main.query_one("#articles")]
        for pane in panes:
            for index in range(min(pane.option_count, 6)):
                option = pane.get_option_at_index(index)
                for component in ("option-list--option", "option-list--option-highlighted"):
                    style = pane.get_visual_style("option-list--option", component)
                    ours = pane._get_option_render(option, style)
                    pane._option_render_cache.clear()
                    theirs = OptionList._get_option_render(pane, option, style)
                    pane._option_render_cache.clear()
                    assert [cells(s) for s in ours] == [cells(s) for s in theirs]


def cells(strip) -> list[tuple[str, str]]:
    """Each cell of a drawn line: its character and its style."""
    return [(ch, str(segment.style)) for segment in strip for ch in segment.text]


async def test_the_text_hits_of_a_query_stay_until_the_next_querys_come(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"refin")
        await settle(pilot)
        text = app.main.query_one(TextHits)
        assert text.display and text.query_text == "refin" and text.hits
        await pilot.press("e")  # its text is searched once typing pauses: the pane keeps "refin"'s, saying so
        assert app.main.text_search is not None
        assert text.display and text.query_text == "refin" and "“refin”" in str(text.border_subtitle)
        await settle(pilot)
        assert text.display and text.query_text == "refine" and "“refine”" in str(text.border_subtitle)
        assert all("refine" in h["text"].lower() for h in text.hits)
        await pilot.press("ctrl+u")  # nothing typed: nothing to show
        await settle(pilot)
        assert not text.display


async def test_end_reaches_the_last_corpus_quote_after_a_resize(long_db):  # noqa: F811
    app = NewsxApp(long_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        app.main.set_focus(pane)
        await pilot.press("end")
        await settle(pilot)
        assert pane.highlighted == ARTICLES * QUOTES_EACH - 1
        quote = pane.highlighted_quote
        assert f"point {QUOTES_EACH - 1:02d}" in quote["text"] and quote["title"] == f"Briefing {ARTICLES - 1:02d}"
        last = f"¶{paragraph_number(quote['seq'])} "  # the last row drawn, at the bottom of the pane
        assert drawn(app, pane).splitlines()[-2].startswith(f"│ {last}")
        await pilot.resize_terminal(100, 30)  # narrower rows: the line table is made again for the new width
        await settle(pilot)
        await pilot.press("home", "end")
        await settle(pilot)
        assert pane.highlighted == ARTICLES * QUOTES_EACH - 1
        assert pane.virtual_size.height == ARTICLES * QUOTES_EACH and pane.scroll_y == pane.max_scroll_y
        assert drawn(app, pane).splitlines()[-2].startswith(f"│ {last}")


async def test_enter_on_a_name_does_not_wait_for_the_texts_hits(two_article_db, monkeypatch):
    text_hits = StoreAccess.text_hits
    released = threading.Event()

    def slow(self, *args, **kwargs):  # a full-text search over a large store
        released.wait(10)
        return text_hits(self, *args, **kwargs)

    monkeypatch.setattr(StoreAccess, "text_hits", slow)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mosul", "enter")
        for _ in range(100):
            if app.main.entity_name() == "Mosul":
                break
            await pilot.pause(0.02)
        assert app.main.entity_name() == "Mosul" and not released.is_set()  # chosen with the text still searched
        assert app.focused is app.main.reader
        released.set()
        await settle(pilot)
        assert app.main.entity_name() == "Mosul"
        assert app.main.query_one(TextHits).query_text == "mosul"  # and its hits listed when they came

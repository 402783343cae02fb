"""Escape then a key typed at once (within the terminal's ESCDELAY) does what the two keys do one after the other:
the terminal sends ESC and the key in one read, which Textual's parser took for Alt and the key (alt+s: the `s`
lost) or for the key alone (space, ?, /: the Escape lost). The keys here go through the parser the app's terminal
driver reads with, then to the app as the driver sends them."""

from __future__ import annotations

import time
import unicodedata

import pytest
from textual import events
from textual.constants import ESCAPE_DELAY
from textual.keys import REPLACED_KEYS, _get_unicode_name_from_key

from newsx.tui import escape_keys
from newsx.tui.app import NewsxApp
from newsx.tui.screens.help import HelpScreen
from newsx.tui.screens.main import MainScreen
from newsx.tui.screens.selections import SelectionsScreen
from newsx.tui.widgets.article_list import ArticleList
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.lazy_options import LazyOptionList
from newsx.tui.widgets.quotes_pane import QuotesPane
from newsx.tui.widgets.reader import Reader
from newsx.tui.widgets.search_box import SearchBox

from .conftest import settle
from .screen import screen_text


def read_by_the_driver(app, data: str) -> list[events.Key]:
    """The keys the app's terminal driver makes of `data` typed at once (its parser's, ESCDELAY waited out)."""
    parser = app.get_driver_class().run_input_thread.__globals__["XTermParser"]()
    keys = list(parser.feed(data))
    time.sleep(ESCAPE_DELAY * 1.5)
    return keys + list(parser.tick())


def typed(app, data: str) -> None:
    for key in read_by_the_driver(app, data):
        app.post_message(key)


async def searching(pilot, words: str = "refin") -> None:
    await settle(pilot)
    await pilot.press("slash", *words)
    await settle(pilot)
    assert isinstance(pilot.app.focused, SearchBox)


async def test_escape_then_s_typed_at_once_leaves_the_search_then_switches_the_scope(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot)
        assert "scope: article" in screen_text(app)
        typed(app, "\x1bs")
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "" and isinstance(app.focused, Reader)
        assert "scope: corpus" in screen_text(app) and app.main.scope == "corpus"


@pytest.mark.parametrize(
    "key, shown",
    [
        ("?", lambda app: isinstance(app.screen, HelpScreen)),  # the Escape was lost: "?" typed into the query
        ("S", lambda app: isinstance(app.screen, SelectionsScreen)),
        (" ", lambda app: "1 selected" in screen_text(app)),
        ("/", lambda app: isinstance(app.focused, SearchBox)),  # a new search, the old one cleared
        ("\r", lambda app: isinstance(app.focused, Reader)),  # enter chose the best match
    ],
)
async def test_escape_then_a_key_typed_at_once_in_the_search_box(two_article_db, key, shown):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot)
        typed(app, "\x1b" + key)
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == ""
        assert shown(app)


async def test_the_search_boxs_alt_word_moves_stay_its_own(two_article_db):
    """ESC b and ESC f are what a terminal sends for Alt+B and Alt+F, readline's word moves, which the search box
    binds (as ctrl+left and ctrl+right): there they move the cursor, the box keeps its words and the focus."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await searching(pilot, "oil refinery")
        box = app.main.query_one(SearchBox)
        typed(app, "\x1bb")
        await settle(pilot)
        assert box.value == "oil refinery" and box.cursor_position == len("oil ") and app.focused is box
        typed(app, "\x1bf")
        await settle(pilot)
        assert box.value == "oil refinery" and box.cursor_position == len("oil refinery") and app.focused is box


async def test_escape_then_f_typed_at_once_in_the_reader_filters_the_quotes(two_article_db):
    """ESC f was read as ctrl+right, which the reader does not bind: both keys were lost."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Reader) and "Quotes: to review" not in screen_text(app)
        typed(app, "\x1bf")
        await settle(pilot)
        assert "Quotes: to review" in screen_text(app)


def bound_keys() -> set[str]:
    """Every key the app and its screens and widgets bind that a terminal sends as a character."""
    classes = [NewsxApp, MainScreen, HelpScreen, SelectionsScreen, SearchBox, Reader, QuotesPane, FacetPane, ArticleList, LazyOptionList]
    keys = {key.strip() for cls in classes for binding in cls.BINDINGS for key in binding.key.split(",")}  # type: ignore[union-attr]
    return {key for key in keys if key != "escape" and character_of(key) is not None}


def character_of(key: str) -> str | None:
    special = {"space": " ", "enter": "\r", "tab": "\t", "backspace": "\x7f"}
    if key in special:
        return special[key]
    if len(key) == 1:
        return key
    if "+" in key or key == "delete":
        return None  # shift+up, ctrl+p, delete: sequences of their own, which ESC before them does not join
    try:
        return unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))  # as Pilot names them
    except KeyError:
        return None


def test_escape_then_any_key_the_app_binds_is_read_as_the_two_keys():
    keys = bound_keys()
    assert {"s", "S", "n", "N", "f", "question_mark", "slash", "space", "enter", "left_square_bracket", "backspace"} <= keys
    parser = escape_keys.EscapeThenKeyParser
    for key in sorted(keys):
        read = list(parser().feed("\x1b" + character_of(key)))
        if not read:
            time.sleep(ESCAPE_DELAY * 1.5)
        parsed = read or list(_ticked(parser, "\x1b" + character_of(key)))
        assert len(parsed) == 1, key
        meant = escape_keys.read(parsed[0], bound=lambda _: False)
        assert meant is not None and [k.key for k in meant] == ["escape", key], key


def _ticked(parser_class, data: str):
    parser = parser_class()
    list(parser.feed(data))
    time.sleep(ESCAPE_DELAY * 1.5)
    return parser.tick()


def test_a_real_alt_key_and_a_bound_one_are_left_as_they_are():
    """The kitty keyboard protocol's alt+s (no character: Escape is a sequence of its own there), and an alt+key
    something binds, are Alt keys, not an Escape typed fast."""
    assert escape_keys.read(events.Key("alt+s", None), bound=lambda _: False) is None
    assert escape_keys.read(events.Key("alt+s", "s"), bound=lambda key: key == "alt+s") is None
    assert escape_keys.read(events.Key("s", "s"), bound=lambda _: False) is None


def test_an_option_character_is_typed_where_text_is():
    """WezTerm on macOS sends Option+1 as ESC 1, which Textual reads as ¡: typed into a text field, as before;
    elsewhere Escape then 1."""
    (typed,) = escape_keys.read(events.Key("alt+1", "1"), bound=lambda _: False, typing=True)
    assert (typed.key, typed.character) == ("inverted_exclamation_mark", "¡")
    assert [k.key for k in escape_keys.read(events.Key("alt+1", "1"), bound=lambda _: False)] == ["escape", "1"]

"""Snapshots of the main screen (80x24, 160x48, light theme) and the help screen.

The store is written row by row (tests/tui/synthetic.py), not by spaCy, so
the pictures change only when the TUI does. Regenerate after a deliberate
change with `pytest tests/test_app_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsx.tui.app import NewsxApp

from .tui.conftest import settle
from .tui.synthetic import build_store, two_articles


@pytest.fixture
def store_here(tmp_path, monkeypatch) -> Path:
    """A store named by a relative path, so the header reads the same on every machine."""
    monkeypatch.chdir(tmp_path)
    build_store(tmp_path / "store.db", two_articles())
    return Path("store.db")


async def loaded(pilot) -> None:
    await settle(pilot)


async def maliki_chosen(pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *"malik", "enter", "n", "space")
    await settle(pilot)


def test_main_screen_80x24(snap_compare, store_here):
    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(80, 24), run_before=maliki_chosen)


def test_main_screen_160x48(snap_compare, store_here):
    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(160, 48), run_before=maliki_chosen)


def test_main_screen_light_theme(snap_compare, store_here):
    async def light(pilot) -> None:
        await loaded(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(120, 36), run_before=light)


def test_help_screen(snap_compare, store_here):
    async def help_open(pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(100, 40), run_before=help_open)


def test_who_said_what(snap_compare, tmp_path, monkeypatch):
    """Quotes by speaker, one speaker chosen, one of their quotes marked in the reader."""
    from .tui.synthetic import quoted_articles

    monkeypatch.chdir(tmp_path)
    build_store(tmp_path / "quotes.db", quoted_articles())

    async def speaker_and_quote(pilot) -> None:
        await settle(pilot)
        await pilot.press("g", "enter", "down", "enter")
        await settle(pilot)

    assert snap_compare(NewsxApp(Path("quotes.db"), poll_seconds=None), terminal_size=(120, 36), run_before=speaker_and_quote)


def test_text_search_results_80x24(snap_compare, store_here):
    """A word that names nothing: the paragraphs that have it, under the entity panes that found nothing."""

    async def searched(pilot) -> None:
        await settle(pilot)
        # the text is searched once typing pauses: by then the cursor's blink may be in either phase
        pilot.app.query_one("#search").cursor_blink = False
        await pilot.press("slash", *"said")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(80, 24), run_before=searched)


def test_text_search_enter_marks_the_words(snap_compare, store_here):
    async def entered(pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *"refinery", "enter")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(120, 36), run_before=entered)


def test_selections_list(snap_compare, store_here):
    """Three passages selected in two articles, listed with their citations in export order."""

    async def listed(pilot) -> None:
        await settle(pilot)
        await pilot.press("down", "space", "down", "space")
        await settle(pilot)
        main = pilot.app.main
        main.open_article(next(a["id"] for a in main.articles if a["title"].startswith("Oil refinery")))
        await settle(pilot)
        await pilot.press("down", "space", "S")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(80, 24), run_before=listed)


def test_actors_sorted_by_name_80x24(snap_compare, store_here):
    """`o` in the Actors pane: by name, said in its border, offered in the footer."""

    async def sorted_by_name(pilot) -> None:
        await settle(pilot)
        pilot.app.main.set_focus(pilot.app.main.facet("actor"))
        await pilot.press("o")
        await settle(pilot)

    assert snap_compare(NewsxApp(store_here, poll_seconds=None), terminal_size=(80, 24), run_before=sorted_by_name)


def test_corpus_search_80x24(snap_compare, tmp_path, monkeypatch):
    """The corpus scope searched at 80x24: two rows at least of the actors, places, other names and paragraphs
    found, each pane's count beside its title."""
    from .tui.test_narrow_panes import bar_store

    monkeypatch.chdir(tmp_path)
    bar_store(tmp_path / "bar.db")

    async def searched(pilot) -> None:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pilot.app.query_one("#search").cursor_blink = False
        await pilot.press("slash", *"bar")
        await settle(pilot)

    assert snap_compare(NewsxApp(Path("bar.db"), poll_seconds=None), terminal_size=(80, 24), run_before=searched)

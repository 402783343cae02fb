"""Export dialog, copy, help screen and command palette."""

from __future__ import annotations

import re

from textual.command import CommandList, CommandPalette
from textual.widgets import Checkbox, Input, Markdown

from newsx.tui import settings
from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen
from newsx.tui.screens.help import HELP_TEXT, HelpScreen
from newsx.tui.screens.main import MainScreen
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle
from .screen import screen_text
from .test_persisted import clipboard_free_session


async def select_two(pilot) -> list[dict]:
    """Select paragraphs 2 and 3 (after the title) and return them."""
    await pilot.press("down", "space", "down", "space")
    await settle(pilot)
    readable = pilot.app.main.reader.readable
    return [readable[1], readable[2]]


async def test_export_writes_cited_markdown_and_refuses_to_overwrite(two_article_db, tmp_path):
    target = tmp_path / "picked.md"
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        chosen = await select_two(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert chosen[0]["text"] in screen_text(app)  # the preview
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        written = target.read_text(encoding="utf-8")
        for p in chosen:
            assert f"> {p['text']}" in written
            assert f"\u201cMilitants advance on Mosul as Baghdad weighs its options\u201d, Reuters, 2014-06-21, \u00b6{p['seq'] + 1}" in written

        # a second export to the same path is refused until Overwrite is ticked
        target.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert "already exists" in screen_text(app)
        assert target.read_text(encoding="utf-8") == "keep me"
        app.screen.query_one("#export-overwrite", Checkbox).value = True
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert "\u00b6" in target.read_text(encoding="utf-8")


async def test_export_formats_and_cancel(two_article_db, tmp_path):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await select_two(pilot)
        await pilot.press("e")
        await settle(pilot)
        screen = app.screen
        await pilot.click("#export-format RadioButton", offset=(2, 0))  # Markdown is first; move to JSON
        screen.query_one("#export-format").focus()
        await pilot.press("right", "enter")
        await settle(pilot)
        assert screen.fmt == "json"
        assert screen.query_one("#export-path", Input).value.endswith(".json")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        # nothing exported (the settings file, where the reader is, lives there too)
        assert not [p for p in tmp_path.glob("*.json") if p != settings.config_path()]


async def test_export_and_copy_with_nothing_selected_say_so(two_article_db):
    for keys in (("e",), ("c",), ("e", "c")):
        app = NewsxApp(two_article_db, poll_seconds=None)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press(*keys)
            await settle(pilot)
            assert not isinstance(app.screen, ExportScreen)
            # e then c say the same thing: one toast while it shows, not two stacked
            assert sum("Nothing selected" in str(n.message) for n in app._notifications) == 1, keys


async def test_copy_puts_cited_markdown_on_the_clipboard(two_article_db, monkeypatch, tmp_path):
    clipboard_free_session(monkeypatch, str(tmp_path))
    monkeypatch.setenv("TERM", "xterm-kitty")  # a terminal that honours OSC 52
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        chosen = await select_two(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert f"> {chosen[1]['text']}" in app.clipboard
        assert f"\u00b6{chosen[1]['seq'] + 1}" in app.clipboard


async def test_help_lists_every_key(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = set(re.findall(r"`([^`]+)`", HELP_TEXT))
        for binding in [*NewsxApp.BINDINGS, *MainScreen.BINDINGS]:
            key = binding.key_display or binding.key
            assert key in shown, key
        for key in ("tab", "shift+tab", "enter", "escape", "ctrl+p", "home", "end", "j", "k"):
            assert any(key in item for item in shown), key
        assert app.screen.query_one(Markdown)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_scrolls_by_page_and_to_either_end(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 2 * body.size.height  # the help is longer than two screens here
        await pilot.press("pagedown")
        await pilot.pause()
        one_page = body.scroll_y
        assert body.size.height // 2 < one_page < body.size.height + 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > one_page
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        assert "or `?` to close it" in HELP_TEXT and "to close it" in screen_text(app) and "newsx-tui keys" not in screen_text(app)
        await pilot.press("pageup")
        await pilot.pause()
        assert body.scroll_y < body.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert body.scroll_y == 0 and "newsx-tui keys" in screen_text(app)


async def choose_hit(app, pilot, label: str) -> None:
    commands = app.screen.query_one(CommandList)
    texts = [str(commands.get_option_at_index(i).hit.text) for i in range(commands.option_count)]
    commands.highlighted = texts.index(label)
    await pilot.press("enter")


async def test_palette_finds_entities_by_alias_and_jumps(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"maliki")
        await pilot.pause(0.5)
        await settle(pilot)
        assert "actor: Nuri al-Maliki" in screen_text(app)
        await choose_hit(app, pilot, "actor: Nuri al-Maliki")
        await settle(pilot)
        assert len(app.query_one(MentionsPane).mentions) == 3
        assert "Maliki" in app.main.reader.cursor_paragraph["text"]


async def test_palette_actions_read_like_a_menu(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"scope")
        await pilot.pause(0.5)
        assert "view: Toggle scope" in screen_text(app)
        await choose_hit(app, pilot, "view: Toggle scope (article / corpus)")
        await settle(pilot)
        assert app.main.scope == "corpus"


async def test_the_default_export_path_is_never_an_existing_file(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsx-selection.md").write_text("earlier export", encoding="utf-8")
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await select_two(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "newsx-selection-2.md")
        await pilot.press("enter")
        await settle(pilot)
    assert (tmp_path / "newsx-selection.md").read_text(encoding="utf-8") == "earlier export"
    assert "\u00b6" in (tmp_path / "newsx-selection-2.md").read_text(encoding="utf-8")

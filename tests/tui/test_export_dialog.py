"""Issue 15, item 2: the export dialog as a quick hand uses it.

The path has the focus on open with the file's name selected; typing after a
Tab too many still reaches it; Enter exports from anywhere in the dialog and
never ticks Overwrite; the folder and format of the last export are where the
next one starts.
"""

from __future__ import annotations

import json

from textual import events
from textual.widgets import Checkbox, Input, RadioSet

from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen

from .conftest import settle
from .screen import screen_text


async def open_dialog(pilot) -> ExportScreen:
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ExportScreen)
    return pilot.app.screen


async def test_typing_a_name_at_once_renames_the_file_in_the_folder_shown(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        dialog = await open_dialog(pilot)
        assert app.focused is dialog.query_one("#export-path", Input)
        await pilot.press(*"mosul-notes", "enter")  # no extension typed: the format's is added
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert "> Fighters of the Islamic State" in (tmp_path / "mosul-notes.md").read_text(encoding="utf-8")


async def test_tab_then_typing_reaches_the_path_and_enter_never_ticks_overwrite(two_article_db, tmp_path):
    target = tmp_path / "picked.md"
    target.write_text("keep me", encoding="utf-8")
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        dialog = await open_dialog(pilot)
        overwrite = dialog.query_one("#export-overwrite", Checkbox)
        await pilot.press("tab", *str(target), "enter")  # the tab went to Overwrite
        await settle(pilot)
        assert dialog.query_one("#export-path", Input).value == str(target)
        assert not overwrite.value and isinstance(app.screen, ExportScreen)
        assert "already exists" in screen_text(app)
        assert target.read_text(encoding="utf-8") == "keep me"
        overwrite.focus()
        await pilot.press("enter")  # on the checkbox: still exports (refused), never ticks
        await settle(pilot)
        assert not overwrite.value and target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("space", "enter")  # ticked on purpose: now it replaces
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert "keep me" not in target.read_text(encoding="utf-8")


async def test_the_last_folder_and_format_are_where_the_next_export_starts(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "notes"
    folder.mkdir()
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        dialog = await open_dialog(pilot)
        dialog.query_one("#export-format").focus()
        await pilot.press("right", "enter")  # JSON: enter on the format row picks it
        await settle(pilot)
        assert dialog.fmt == "json" and isinstance(app.screen, ExportScreen)
        dialog.query_one("#export-path", Input).focus()
        await pilot.press(*str(folder / "first"), "enter")  # "/" first: a whole new path
        await settle(pilot)
        assert json.loads((folder / "first.json").read_text(encoding="utf-8"))

        dialog = await open_dialog(pilot)
        assert dialog.fmt == "json"
        assert dialog.query_one("#export-path", Input).value == str(folder / "newsx-selection.json")
        assert dialog.query_one(RadioSet).pressed_button.name == "json"
        await pilot.press("escape")
    assert not list(tmp_path.glob("newsx-selection*"))  # escape wrote nothing


async def test_a_burst_of_tab_path_and_enter_exports_to_that_path(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "burst" / "out"
    target.parent.mkdir()
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        dialog = await open_dialog(pilot)
        overwrite = dialog.query_one("#export-overwrite", Checkbox)
        overwrite.focus()  # as after a tab from the path
        await settle(pilot)
        # every key queued at once, as tmux send-keys delivers them: none handled before the last is in
        for key, character in [*[(c if c != "/" else "slash", c) for c in str(target)], ("enter", "\r")]:
            app.post_message(events.Key(key, character))
        await settle(pilot, rounds=5)
        assert not isinstance(app.screen, ExportScreen)
        assert not overwrite.value
    assert "> Fighters of the Islamic State" in (target.parent / "out.md").read_text(encoding="utf-8")
    assert not list(tmp_path.glob("newsx-selection*"))

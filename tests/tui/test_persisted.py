"""What a reader sets stays set (theme, scope, where and how they last exported), and `c` says
"Copied" only when the text reached a clipboard."""

from __future__ import annotations

import shutil
import stat

from textual.widgets import Input, RadioButton

from newsx.tui import settings
from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen

from .conftest import settle
from .screen import screen_text

SIZE = (160, 48)


async def test_theme_and_scope_survive_a_restart(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark" and "scope: article" in screen_text(app)
        await pilot.press("t", "s")
        await settle(pilot)
    saved = settings.load()
    assert (saved.theme, saved.scope) == ("textual-light", "corpus")

    again = NewsxApp(two_article_db, poll_seconds=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"
        assert "scope: corpus" in screen_text(again)


async def test_the_export_dialog_starts_where_the_last_export_went(two_article_db, tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        next(b for b in app.screen.query(RadioButton) if b.name == "docx").value = True
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(notes / "picked.docx")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert (notes / "picked.docx").read_bytes().startswith(b"PK")  # a Word document is a zip
    saved = settings.load()
    assert (saved.export_dir, saved.export_format) == (str(notes), "docx")

    again = NewsxApp(two_article_db, poll_seconds=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert again.screen.query_one("#export-path", Input).value == str(notes / "newsx-selection.docx")
        assert next(b for b in again.screen.query(RadioButton) if b.name == "docx").value


def clipboard_free_session(monkeypatch, path: str) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "SSH_TTY", "SSH_CONNECTION", "TMUX", "TERM_PROGRAM",
                 "WT_SESSION", "KITTY_WINDOW_ID", "WSL_DISTRO_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("PATH", path)


async def test_copy_says_copied_only_when_a_clipboard_took_it(two_article_db, tmp_path, monkeypatch):
    bin_dir, received = tmp_path / "bin", tmp_path / "clipboard.txt"
    bin_dir.mkdir()
    tool = bin_dir / "wl-copy"
    tool.write_text(f'#!/bin/sh\nexec {shutil.which("cat")} > "{received}"\n')
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)

    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        await settle(pilot)

        clipboard_free_session(monkeypatch, str(tmp_path / "empty"))
        await pilot.press("c")
        await settle(pilot)
        shown = [str(n.message) for n in app._notifications]
        assert any(m.startswith("Not copied: no clipboard here") and "Press e to export" in m for m in shown), shown
        assert not received.exists() and app.clipboard == ""
        app.clear_notifications()

        monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
        monkeypatch.setenv("PATH", str(bin_dir))
        await pilot.press("c")
        await settle(pilot)
        assert [str(n.message) for n in app._notifications] == ["Copied 1 passage(s) as Markdown (wl-copy)."]
        assert received.read_text(encoding="utf-8").startswith("# Selected passages")

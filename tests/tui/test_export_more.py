"""E: export from the TUI what the reader is looking at, not only the selection: an entity's
passages, a speaker's quotes, the paragraphs a search found, the whole article."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen
from newsx.tui.screens.export_choice import ExportChoiceScreen
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle


def offered(app) -> list[str]:
    screen = app.screen
    assert isinstance(screen, ExportChoiceScreen)
    return [c.key for c in screen.choices]


async def export_choice(app, pilot, key: str) -> str:
    """Choose `key` in the E dialog, accept the offered path with enter; the file's text."""
    await pilot.press("E")
    await settle(pilot)
    keys = offered(app)
    await pilot.press(*["down"] * keys.index(key), "enter")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportScreen)
    path = dialog.query_one("#export-path").value
    await pilot.press("enter")
    await settle(pilot)
    assert not isinstance(app.screen, ExportScreen)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


async def test_an_entitys_passages_across_the_store(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert offered(app) == ["selection", "article"]  # nothing chosen yet: only these make sense
        await pilot.press("escape")
        await pilot.press("slash", *"isil", "enter")
        await settle(pilot)
        written = await export_choice(app, pilot, "entity")
        assert (tmp_path / "newsx-isil.md").exists()
        assert written.startswith("# Passages mentioning ISIL")
        assert "> Fighters of the Islamic State of Iraq and the Levant pushed south from Mosul on Tuesday." in written
        assert "> The Islamic State fighters control roads around the site, residents said." in written  # the other article
        assert "3 passage(s)" in written


async def test_a_speakers_quotes(quotes_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # the corpus: her quotes in both articles
        await settle(pilot)
        await pilot.press("g", "enter")  # the speakers; the first is Elena Vasquez
        await settle(pilot)
        assert app.main.query_one(QuotesPane).speaker.name == "Elena Vasquez"
        written = await export_choice(app, pilot, "quotes")
        assert written.startswith("# Quotes of Elena Vasquez")
        quoted = [line for line in written.splitlines() if line.startswith("> ") and not line.startswith("> \u2014")]
        assert quoted == [
            "> the port would reopen within a week", "> We have food for ten days,", "> The door is still open,",
            "> The first barge is in,",
        ]
        assert "\u201cPort reopens to barges\u201d, Reuters, 2014-06-19, \u00b62 (excerpt)" in written


async def test_the_paragraphs_found_and_the_whole_article(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await settle(pilot)
        app.main.reader.focus()
        written = await export_choice(app, pilot, "text")
        assert written.startswith("# Passages matching \u201csaid\u201d") and "5 passage(s)" in written
        written = await export_choice(app, pilot, "article")
        assert written.startswith("# Militants advance on Mosul as Baghdad weighs its options")
        assert "> Prime Minister Nuri al-Maliki met his security chiefs in Baghdad late into the night." in written
        assert "Reporting by" not in written  # the credit line is not the article's text

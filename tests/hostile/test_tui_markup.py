"""Issue 6, item 1 (TUI): article text that looks like Rich/Textual markup, or carries terminal
escapes, is shown literally in every widget and triggers nothing."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import settle
from tests.tui.screen import screen_text, terminal_bytes
from tests.tui.synthetic import Article, Entity, Quote, build_store
from newsx.store.export import md_escape
from newsx.tui.app import NewsxApp
from newsx.tui.screens.export import ExportScreen
from newsx.tui.widgets.mentions_pane import MentionsPane

BOLD = "[bold]loud[/]"
LINK = "[link=file:///etc/passwd]click[/link]"
CLICK = "[@click=app.quit]x[/]"
VAR = "[$accent]v[/]"
ESCAPES = "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://evil.example\x1b\\ev\x1b]8;;\x1b\\ bell\x07 nul\x00 back\x08 \u202eevil"

EVIL = Entity("[bold]Evil[/] Corp", "actor", "ORG", ("[@click=app.quit]Evil[/]",))
PLACE = Entity("[link=file:///etc/passwd]Gotham[/link]", "location", "GPE")


def hostile_article() -> Article:
    return Article(
        title=f"Headline {BOLD} {LINK}",
        paragraphs=[
            ("title", f"Headline {BOLD} {LINK}"),
            ("body", f"[bold]Evil[/] Corp opened in [link=file:///etc/passwd]Gotham[/link] today {CLICK} {VAR}."),
            ("caption", f"Caption {ESCAPES}"),
            ("body", f"\u201cWe are {BOLD}\u201d, said [bold]Evil[/] Corp in [link=file:///etc/passwd]Gotham[/link]."),
            ("body", f"Unrelated {CLICK} and an unclosed [red tag and a stray [/] close."),
        ],
        entities=[EVIL, PLACE],
        quotes=[
            Quote(3, "[bold]Evil[/] Corp", f"We are {BOLD}"),
            Quote(4, f"a man in {LINK}", "Unrelated", kind="indirect", entity=None),
        ],
        agency="[i]Agency[/i]",
        published="2020-01-01",
        place="[blink]Place[/]",
    )


@pytest.fixture
def hostile_db(tmp_path):
    return build_store(tmp_path / "hostile.db", [hostile_article()])


def assert_safe(app) -> None:
    out = terminal_bytes(app)
    assert "\x1b]" not in out, "an OSC sequence (title, hyperlink) reached the terminal"
    assert "\x07" not in out and "\x08" not in out and "\x00" not in out and "\u202e" not in out
    assert "pwned" not in out and "evil.example" not in out
    assert app.is_running


async def test_markup_is_shown_literally_in_reader_panes_quotes_mentions(hostile_db):
    app = NewsxApp(hostile_db, poll_seconds=None)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        for literal in (BOLD, LINK, CLICK, VAR, "[bold]Evil[/] Corp", "[link=file:///etc/passwd]Gotham[/link]",
                        "[i]Agency[/i]", "[blink]Place[/]", "unclosed [red tag and a stray [/] close"):
            assert literal in text, literal
        assert "Caption red  ev bell nul back evil" in text  # escapes and controls gone, the words kept
        assert_safe(app)

        # the facet panes (with the alias that matched beside the name), the mentions list, the reader
        await pilot.press("slash", *"app.quit")
        await settle(pilot)
        assert "≈ [@click=app.q" in screen_text(app)  # the alias that matched (cut to the pane)
        await pilot.press("enter")
        await settle(pilot)
        assert len(app.query_one(MentionsPane).mentions) == 2
        assert "Mentions: [bold]Evil[/] Corp" in screen_text(app)
        assert "also: [@click=app.quit]Evil[/]" in screen_text(app)  # the entity's detail line
        assert "Quotes: [bold]Evil[/] Corp" in screen_text(app)  # the speaker's quotes
        assert_safe(app)

        # the speakers, named and described, and one speaker's quotes
        await pilot.press("g")
        await settle(pilot)
        assert f"a man in {LINK} 1 ≈1" in screen_text(app)
        await pilot.press("down", "enter")
        await settle(pilot)
        # the pane title, cut to the pane after a whole word: the link's text, one word, is left out, not linked
        assert "Quotes: a man in…" in screen_text(app)
        assert_safe(app)

        # clicking where the [@click=app.quit] text is shown does nothing
        await pilot.click("#reader", offset=(10, 5))
        await pilot.click("#quotes", offset=(5, 1))
        await settle(pilot)
        assert app.is_running


async def test_markup_is_shown_literally_in_palette_and_export_preview(hostile_db):
    app = NewsxApp(hostile_db, poll_seconds=None)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"evil")
        await pilot.pause(0.5)
        await settle(pilot)
        assert "actor: [bold]Evil[/] Corp" in screen_text(app)
        assert_safe(app)
        await pilot.press("escape")

        await pilot.press("ctrl+p", *"headline")
        await pilot.pause(0.5)
        assert f"article: Headline {BOLD} {LINK}" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"quote")
        await pilot.pause(0.5)
        assert f"quote: [bold]Evil[/] Corp — We are {BOLD}" in screen_text(app)
        assert_safe(app)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("down", "space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        # The preview shows the Markdown file as written: the article's brackets escaped for
        # Markdown (\\[), and the backslashes shown, not read as Rich's markup escapes.
        assert md_escape(CLICK) in screen_text(app)
        app.screen.query_one("#export-path", Input).value = "/nonexistent-dir/[bold]x[/].md"
        await pilot.press("enter")
        await settle(pilot)
        assert "/nonexistent-dir/[bold]x[/].md" in screen_text(app)  # the error quotes the path literally
        assert_safe(app)
        await pilot.press("escape")

        await pilot.press("question_mark")
        await settle(pilot)
        assert "newsx-tui keys" in screen_text(app)
        assert_safe(app)

"""Issue 15, item 4: the palette's prefixes and scope.

`actor: name` (the README's own example) finds actors, and only actors; a prefix
narrows the palette to its kind; actors, places and quotes come from the scope
the status line shows, and the palette says which.
"""

from __future__ import annotations

from textual.command import CommandInput, CommandList, CommandPalette

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle


async def palette(pilot, query: str) -> dict[str, str]:
    """Open the palette, type `query`, and return what it lists: {text: help}."""
    app = pilot.app
    await pilot.press("ctrl+p", *query)
    await pilot.pause(0.5)
    await settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    commands = app.screen.query_one(CommandList)
    options = [commands.get_option_at_index(i) for i in range(commands.option_count)]
    hits = [o.hit for o in options if hasattr(o, "hit")]  # not the "No matches found" line
    return {str(h.text): str(h.help or "") for h in hits}


async def close(pilot) -> None:
    await pilot.press("escape")
    await settle(pilot)


async def test_actor_prefix_finds_actors_only_and_jumps(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        listed = await palette(pilot, "actor: maliki")
        assert "actor: Nuri al-Maliki" in listed
        assert all(text.startswith("actor: ") for text in listed), listed
        assert "3 mentions in this article" in listed["actor: Nuri al-Maliki"]
        commands = app.screen.query_one(CommandList)
        commands.highlighted = list(listed).index("actor: Nuri al-Maliki")
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(MentionsPane).entity_name == "Nuri al-Maliki"

        listed = await palette(pilot, "location:bag")  # no space after the colon
        assert list(listed) == ["location: Baghdad"]
        await close(pilot)

        # without a prefix every kind may answer; with one, only that kind
        assert any(t.startswith("article: ") for t in await palette(pilot, "mosul"))
        await close(pilot)
        assert list(await palette(pilot, "article: refinery")) == ["article: Oil refinery siege enters second week (AP, 2014-06-20)"]
        await close(pilot)
        listed = await palette(pilot, "actor:")  # a bare prefix lists that kind
        assert set(listed) == {"actor: Nuri al-Maliki", "actor: ISIL", "actor: Barack Obama"}
        await close(pilot)
        assert len(await palette(pilot, "article:")) == 2
        await close(pilot)
        assert list(await palette(pilot, "quote:")) == ["quote: Nuri al-Maliki — We will hold the line,"]
        await close(pilot)


async def test_the_palette_searches_the_scope_the_status_line_shows_and_says_which(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert str(app.query_one("#status").render()).startswith("0 selected · scope: article")
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert "this article" in app.screen.query_one(CommandInput).placeholder
        await close(pilot)
        # the barge quote is in the other article: not in this article's palette
        assert await palette(pilot, "quote: barge") == {}
        await close(pilot)

        await pilot.press("s")
        await settle(pilot)
        assert str(app.query_one("#status").render()).startswith("0 selected · scope: corpus")
        listed = await palette(pilot, "quote: barge")
        assert list(listed) == ["quote: Elena Vasquez — The first barge is in,"]
        assert listed["quote: Elena Vasquez — The first barge is in,"].endswith("in the corpus")
        assert "the corpus" in app.screen.query_one(CommandInput).placeholder
        await close(pilot)
        listed = await palette(pilot, "actor: vasquez")
        assert "4 mentions in the corpus" in listed["actor: Elena Vasquez"]
        await close(pilot)


async def test_an_action_area_prefix_lists_actions_only(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        listed = await palette(pilot, "view: scope")
        assert "view: Toggle scope (article / corpus)" in listed
        assert not any(t.startswith(("actor:", "location:", "quote:", "article:")) for t in listed)

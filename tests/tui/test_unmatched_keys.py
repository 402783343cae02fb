"""Issue 11: the keys of a word that matches nothing (session 20). A pane already saying "No match" keeps its row,
and a border is set only when its text changes: each refill and each set was a refresh and a measure of the pane at
every key. Counted here, never timed."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.facet_pane import FacetPane

from .conftest import settle

NO_MATCH = "No match (esc clears)."


async def matching_nothing(pilot, role: str) -> FacetPane:
    """The pane of `role` once "qzx", which no name of the two articles fits, is typed in the search box."""
    await settle(pilot)
    await pilot.press("slash", *"qzx")
    await settle(pilot)
    pane = pilot.app.main.facet(role)
    assert pane.shown == 0 and pane.option_count == 1 and pane.get_option_at_index(0).prompt.plain == NO_MATCH
    return pane


async def test_a_pane_saying_no_match_keeps_its_row_while_the_query_changes(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        actors = await matching_nothing(pilot, "actor")
        row, title = actors.get_option_at_index(0), actors._border_title
        await pilot.press("j")
        await settle(pilot)
        assert actors.option_count == 1 and actors.get_option_at_index(0) is row  # not emptied and filled again
        assert actors._border_title is title  # "Actors", not set again
        assert "“qzxj”" in actors.border_subtitle  # but the query it says it searched is the new one


async def test_a_pane_that_said_no_match_lists_the_hits_of_the_next_query(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        locations = await matching_nothing(pilot, "location")
        app.main.query_one("#search").value = "mosul"  # as a paste over the query would
        await settle(pilot)
        assert locations.shown == 1 and locations.get_option_at_index(0).prompt.plain.startswith("Mosul ")
        assert "“mosul”" in locations.border_subtitle
        await pilot.press("escape")
        await settle(pilot)
        assert locations.option_count == 2 and NO_MATCH not in {locations.get_option_at_index(i).prompt.plain for i in range(2)}
        assert "“" not in locations.border_subtitle  # the query's gone from the border with it

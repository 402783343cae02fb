"""End in a list of rows taller than a few lines fills the pane: the last row at its bottom, the rest of the row
before it above. The In the text pane's rows (a paragraph of another article: its title, then a window of its text)
wrap to seven or eight lines at 80x24, and End scrolled on to a row's start (no part of a row at the top, which
suits rows of two lines): the last row alone, with four blank lines under it."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .synthetic import Article, build_store
from .test_end_whole_rows import pane_lines

TEXT = (
    "The harbour board said on Tuesday that the winter dredging of the outer channel would go ahead as planned, "
    "whatever the council decides about the budget for the coming year."
)


def harbour_articles(count: int) -> list[Article]:
    return [
        Article(
            title=f"Harbour board keeps the outer channel open through winter number {n}",
            paragraphs=[("title", f"Harbour board keeps the outer channel open through winter number {n}"), ("body", TEXT)],
            published=f"2014-06-{n + 1:02d}",
        )
        for n in range(count)
    ]


async def test_end_among_tall_rows_at_80x24_fills_the_pane_to_the_last_row(tmp_path):
    app = NewsxApp(build_store(tmp_path / "harbour.db", harbour_articles(8)), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"dredging")
        await settle(pilot)
        pane = app.main.query_one("#text-hits")
        app.main.set_focus(pane)
        await settle(pilot)
        last = pane.option_count - 1
        height = pane.scrollable_content_region.height
        assert pane._heights[last] >= 6 and height % pane._heights[last], "rows of six lines or more, not filling the pane"
        await pilot.press("end")
        await settle(pilot)
        shown = pane_lines(app, "#text-hits")
        assert pane.highlighted == last
        assert all(shown), f"blank lines under the last row: {shown}"
        assert shown[height - pane._heights[last]].startswith("¶"), f"the last row not whole at the bottom: {shown}"

"""At 80x24 the `█` right of the Reader's right border, against the terminal's last column, is the mention map
(one column a mark where the chosen entity is mentioned, one a dot where a paragraph is selected), as at 160x48:
not the Reader's scrollbar, whose thumb is drawn inside the border. Seen after Enter on a name, `n n N` and Escape
in the corpus scope, and taken for a thumb drawn outside the pane."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mention_map import MentionMap
from newsx.tui.widgets.reader import Reader

from .conftest import settle
from .screen import screen_text


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_marks_right_of_the_reader_are_the_mention_map_and_its_scrollbar_is_inside(two_article_db, size):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"maliki", "enter")
        await settle(pilot)
        await pilot.press("n", "n", "N", "escape")
        await settle(pilot)
        reader = app.main.query_one(Reader)
        border = reader.region.right - 1
        lines = screen_text(app).splitlines()
        inside = range(reader.region.y + 1, reader.region.bottom - 1)
        assert all(lines[y][border] == "│" for y in inside)
        marks = [y for y in inside if lines[y][border + 1] == "█"]
        assert marks, "the map marks Maliki's mentions"
        assert all(isinstance(app.screen.get_widget_at(border + 1, y)[0], MentionMap) for y in marks)
        if reader.show_vertical_scrollbar:
            assert reader.region.contains_region(reader.vertical_scrollbar.region)
            assert reader.vertical_scrollbar.region.right < border + 1

"""The Mentions pane's one detail line at 80x24 cuts the entity's other names when they do not fit: the cut read a
Rich Text's strip (which changes it in place and returns None) as a string's, and choosing ISIL, whose other name is
"Islamic State of Iraq and the Levant", stopped the app with an AttributeError."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mentions_pane import MentionsPane, detail_line

from .conftest import settle
from .test_search_ranking import caliphate_store

ISIL = {"name": "ISIL", "type": "ORG", "role": "actor", "mentions": 3, "articles": 2, "quotes": 0,
        "aliases": ["ISIL", "Islamic State of Iraq and the Levant", "ISIS", "Islamic State"]}


def test_the_other_names_are_cut_after_a_whole_word_with_an_ellipsis():
    line = detail_line(ISIL, 40).plain
    assert line.startswith("ORG · actor") and line.endswith("…") and len(line) <= 40
    assert "also: Islamic" in line
    assert not line.endswith(",…") and not line.endswith(" …")


async def test_choosing_isil_at_80x24_shows_its_other_names_cut(tmp_path):
    app = NewsxApp(caliphate_store(tmp_path / "caliphate.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"isil", "enter")
        await settle(pilot)
        pane = app.query_one(MentionsPane)
        assert pane.entity_name == "ISIL"
        first = pane.get_option_at_index(0).prompt.plain
        assert "also: Islamic" in first and first.endswith("…"), first

"""Counts of a thousand or more read with separators in every pane and the header, as the Quotes pane's did
(`1,000,000`): the facet panes and the article list said `Actors · 166667` and `100000 · by date`."""

from __future__ import annotations

import string

from newsx.tui.app import NewsxApp

from .conftest import settle
from .synthetic import Article, Entity, build_store

NAMES = [f"Agent {a}{b}{c}" for a in string.ascii_uppercase[:3] for b in string.ascii_lowercase for c in string.ascii_lowercase][:1200]


async def test_a_pane_of_twelve_hundred_actors_says_1200_with_a_separator(tmp_path):
    crowd = Article(
        title="A crowded room",
        paragraphs=[("title", "A crowded room"), ("body", ", ".join(NAMES) + " met on Tuesday.")],
        entities=[Entity(name, "actor") for name in NAMES],
    )
    app = NewsxApp(build_store(tmp_path / "crowd.db", [crowd]), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert str(app.main.query_one("#facet-actor").border_subtitle).startswith("1,200 ")
        assert "1,200 entities" in app.main.sub_title
        await pilot.press("s")  # the corpus scope's panes are paged: their count was said another way
        await settle(pilot)
        assert app.main.scope == "corpus"
        pane = app.main.query_one("#facet-actor")
        assert "1,200" in f"{pane.border_title} {pane.border_subtitle}"


async def test_the_status_line_and_the_mentions_pane_count_1200_mentions_with_a_separator(tmp_path):
    # the status line said `mention 96/6937` at 100,000 articles, and the Mentions pane `6937 mentions`
    siege = Article(
        title="A long siege",
        paragraphs=[("title", "A long siege"), *[("body", "Mosul held, " * 30 + "said the council.") for _ in range(40)]],
        entities=[Entity("Mosul", "location", "GPE")],
    )
    app = NewsxApp(build_store(tmp_path / "siege.db", [siege]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mosul", "enter")
        await settle(pilot)
        status = str(app.main.query_one("#status").render())
        assert "mention 1/1,200" in status
        await pilot.press("N")
        await settle(pilot)
        assert "mention 1,200/1,200" in str(app.main.query_one("#status").render())
        detail = app.main.query_one("#mentions").get_option_at_index(0).prompt.plain
        assert "1,200 mentions" in detail

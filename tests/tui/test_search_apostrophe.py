"""A name with an apostrophe is found as a reader types it, without the apostrophe: `oga`, then `ogara`,
shows Ronan O'Gara first in the actor pane, in the article scope and in the corpus scope."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp

from .conftest import settle
from .synthetic import Article, Entity, build_store

OGARA = Entity("Ronan O'Gara", "actor", "PERSON", ("O'Gara",))
SEXTON = Entity("Johnny Sexton", "actor", "PERSON", ("Sexton",))
CORK = Entity("Cork", "location", "GPE")


def rugby_store(path):
    kick = Article(
        "Munster win in Cork",
        [("title", "Munster win in Cork"),
         ("body", "Ronan O'Gara kicked the winning drop goal in Cork."),
         ("body", "Johnny Sexton said O'Gara had earned it.")],
        [OGARA, SEXTON, CORK], published="2014-06-22",
    )
    squad = Article(
        "A squad named", [("title", "A squad named"), ("body", "Johnny Sexton leads the squad.")],
        [SEXTON], published="2014-06-21",
    )
    return build_store(path, [kick, squad])


@pytest.mark.parametrize("scope", ["article", "corpus"])
async def test_ogara_typed_finds_ronan_ogara(tmp_path, scope):
    app = NewsxApp(rugby_store(tmp_path / "rugby.db"), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"] == "Munster win in Cork"
        if scope == "corpus":
            await pilot.press("s")
            await settle(pilot)
        assert app.main.scope == scope
        await pilot.press("slash")
        pane = app.main.facet("actor")
        # each keystroke's answer, not only the last: "oga" once found nothing, and said so
        for typed in ("oga", "r", "a"):
            await pilot.press(*typed)
            await settle(pilot)
            assert pane.option_count >= 1, typed
            assert pane.get_option_at_index(0).prompt.plain.startswith("Ronan O'Gara"), typed

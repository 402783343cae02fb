"""The corpus scope folds names as the article scope and entity keys do (anyascii): `lodz` finds
and marks `Łódź`, which rapidfuzz's own folding ("łódź") kept apart."""

from __future__ import annotations

from newsx.tui.app import NewsxApp
from newsx.tui.text import foreground

from .conftest import settle
from .synthetic import Article, Entity, build_store

LODZ = Entity("Łódź", "location", "GPE")
WARSAW = Entity("Warsaw", "location", "GPE")


def polish_store(path):
    trains = Article("Trains to Łódź", [("title", "Trains to Łódź"), ("body", "Trains left Warsaw for Łódź.")],
                     [LODZ, WARSAW], published="2014-06-21")
    mayor = Article("A mayor in Warsaw", [("title", "A mayor in Warsaw"), ("body", "Warsaw chose a mayor.")],
                    [WARSAW], published="2014-06-22")
    return build_store(path, [mayor, trains])


async def test_lodz_typed_in_the_corpus_scope_finds_and_marks_lodz(tmp_path):
    app = NewsxApp(polish_store(tmp_path / "pl.db"), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"] == "A mayor in Warsaw"  # Łódź is not in the article shown
        await pilot.press("s")
        await settle(pilot)
        assert app.main.scope == "corpus"
        await pilot.press("slash", *"lodz")
        await settle(pilot)
        pane = app.main.facet("location")
        prompt = pane.get_option_at_index(0).prompt
        assert prompt.plain.startswith("Łódź")
        match = foreground(pane.get_component_rich_style("facet-pane--match"))
        marked = {i for span in prompt.spans if span.style == match for i in range(span.start, span.end)}
        assert {0, 1, 2, 3} <= marked
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.main.query_one("#mentions").border_title) == "Mentions: Łódź"
        assert app.main.view.article["title"] == "Trains to Łódź"

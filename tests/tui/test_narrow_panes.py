"""At 80x24 a search that finds actors, places, other names and paragraphs shows a few rows of each: the left
column's thirteen lines held four panes' borders (eight lines) and the Actors pane's five rows, so that the
Locations, Other and text panes shrank to their borders, counts and no row. On a short narrow terminal each of
those panes has a title line (its count beside the title) and no bottom border; from 34 lines up, as at
120x40, they keep their borders, the count under them."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, build_store

ACTORS = [Entity(name, "actor") for name in ("Bara Kamal", "Barin Toma", "Baro Delgado", "Bart Lemon", "Barty Osei")]
PLACES = [Entity(name, "location", "GPE") for name in ("Barford", "Barnsley Vale", "Baridi", "Barrow Point")]
OTHERS = [Entity(name, "other", "NORP") for name in ("Baruan", "Barish", "Barolo")]


def bar_articles() -> list[Article]:
    """Three made-up stories whose actors, places, other names and text all hold "bar"."""
    stories = []
    for day, (actors, places, others) in enumerate(zip([ACTORS[:2], ACTORS[2:4], ACTORS[4:]], [PLACES[:2], PLACES[2:3], PLACES[3:]],
                                                     [OTHERS[:1], OTHERS[1:2], OTHERS[2:]]), start=1):
        title = f"Talks at the bar, day {day}"
        body = [
            ("body", f"{' and '.join(a.name for a in actors)} met in {' and '.join(p.name for p in places)}."),
            ("body", f"The {others[0].name} delegation stayed at the hotel bar until late."),
            ("body", "Nobody at the bar would say what was agreed."),
        ]
        stories.append(Article(title, [("title", title), *body], [*actors, *places, *others], published=f"2024-03-0{day}"))
    return stories


def bar_store(path):
    return build_store(path, bar_articles())


def rows_shown(app, pane_id: str) -> list[str]:
    """The lines of text the pane shows (its region of the screen, less its title line and borders)."""
    pane = app.main.query_one(pane_id)
    region = pane.scrollable_content_region
    lines = screen_text(app).splitlines()[region.y : region.y + region.height]
    return [line[region.x : region.x + region.width].strip() for line in lines if line[region.x : region.x + region.width].strip()]


PANES = ("#facet-actor", "#facet-location", "#facet-other", "#text-hits")


async def corpus_search(pilot, query: str = "bar") -> None:
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    await pilot.press("slash", *query)
    await settle(pilot)


async def test_80x24_corpus_search_shows_two_rows_of_each_pane(tmp_path):
    app = NewsxApp(bar_store(tmp_path / "bar.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await corpus_search(pilot)
        assert app.main.scope == "corpus"
        for pane_id in PANES:
            pane = app.main.query_one(pane_id)
            assert pane.display, pane_id
            assert len(rows_shown(app, pane_id)) >= 2, (pane_id, rows_shown(app, pane_id))
        text = screen_text(app)
        # each count beside its pane's title, the bottom border gone
        assert "Locations · 4 · “bar”" in text and "Other · 3 · “bar”" in text
        assert app.main.facet("location").compact_titles
        # the search kept once an actor is chosen: still two rows of each
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.entity_name() is not None and app.main.query_one("#search").value == "bar"
        for pane_id in PANES:
            assert len(rows_shown(app, pane_id)) >= 2, (pane_id, rows_shown(app, pane_id))


async def test_tall_enough_the_panes_keep_their_borders_and_counts_under_them(tmp_path):
    app = NewsxApp(bar_store(tmp_path / "bar.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await corpus_search(pilot)
        locations = app.main.facet("location")
        assert "Locations · 4" in str(locations.border_title)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert not locations.compact_titles
        assert str(locations.border_title) == "Locations" and str(locations.border_subtitle).startswith("4 · “bar”")
        for pane_id in PANES:
            assert len(rows_shown(app, pane_id)) >= 2, pane_id
        await pilot.resize_terminal(80, 24)  # and back: the title says the count again
        await settle(pilot)
        assert locations.compact_titles and "Locations · 4" in str(locations.border_title)
        assert not str(locations.border_subtitle)


async def test_the_pane_in_focus_grows(tmp_path):
    """Tab into a pane to read more of it: the narrow screen's focus rule was outweighed by each pane's own height."""
    app = NewsxApp(bar_store(tmp_path / "bar.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await corpus_search(pilot)
        before = {pane_id: len(rows_shown(app, pane_id)) for pane_id in PANES}
        app.main.set_focus(app.main.facet("location"))
        await settle(pilot)
        after = {pane_id: len(rows_shown(app, pane_id)) for pane_id in PANES}
        assert after["#facet-location"] > before["#facet-location"]
        assert all(after[pane_id] >= 2 for pane_id in PANES), after

"""End shows whole rows in every list: the last row whole and no half row at the top. A five-line pane of two-line
rows (the corpus's quotes and mentions, the articles at 80x24) showed the last row under half of the one before
it: the list scrolled only as far as its last line, and its line count left no room to scroll to a row's start."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, Quote, build_store, quoted_articles, two_articles


@pytest.fixture
def four_article_db(tmp_path):
    return build_store(tmp_path / "four.db", [*quoted_articles(), *two_articles()])


def pane_lines(app, pane_id: str) -> list[str]:
    """Every line the pane shows, blank ones too (its region of the screen, less its borders)."""
    region = app.main.query_one(pane_id).scrollable_content_region
    lines = screen_text(app).splitlines()[region.y : region.y + region.height]
    return [line[region.x : region.x + region.width].strip() for line in lines]


def row_lines(pane, index: int) -> list[str]:
    return [line.strip() for line in pane.get_option_at_index(index).prompt.plain.split("\n")]


def shows(lines: list[str], rows: list[str]) -> bool:
    """Whether `lines` are the lines of `rows`, each whole or cut short with an ellipsis."""
    return len(lines) == len(rows) and all(a == b or (a.endswith("…") and b.startswith(a[:-1])) for a, b in zip(lines, rows))


@pytest.mark.parametrize("pane_id", ["#quotes", "#articles"])
async def test_end_in_the_corpus_scope_at_80x24_shows_whole_rows(four_article_db, pane_id):
    app = NewsxApp(four_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.main.query_one(pane_id)
        app.main.set_focus(pane)
        await settle(pilot)
        shown = pane_lines(app, pane_id)
        assert len(shown) == 5 and pane.option_count * 2 > 5, "five lines, more two-line rows than fit"
        await pilot.press("end")
        await settle(pilot)
        last = pane.option_count - 1
        assert pane.highlighted == last
        assert shows(pane_lines(app, pane_id), [*row_lines(pane, last - 1), *row_lines(pane, last), ""])
        await pilot.press("home", "end")  # and again, from the top
        await settle(pilot)
        assert shows(pane_lines(app, pane_id), [*row_lines(pane, last - 1), *row_lines(pane, last), ""])


LONG = (
    "We will keep the quay open through the winter, whatever the talks decide, because the barges that feed this "
    "town cannot wait for another round of meetings in the capital,"
)


async def test_a_last_row_taller_than_the_pane_is_never_scrolled_out_of_sight(tmp_path):
    speech = Article(
        title="The mayor speaks at length",
        paragraphs=[("title", "The mayor speaks at length"), ("body", f"\u201c{LONG}\u201d Vasquez said.")],
        entities=[Entity("Maria Elena Vasquez de la Fuente", "actor", "PERSON", ("Vasquez",))],
        quotes=[Quote(1, "Vasquez", LONG, entity="Maria Elena Vasquez de la Fuente")],
    )
    # three context panes at 64 columns: the quote wraps to more lines than the pane has
    app = NewsxApp(build_store(tmp_path / "speech.db", [speech, *two_articles()]), poll_seconds=None)
    async with app.run_test(size=(64, 24)) as pilot:
        await settle(pilot)
        pane = app.main.query_one("#quotes")
        app.main.set_focus(pane)
        await pilot.press("end")
        await settle(pilot)
        assert pane._heights[pane.option_count - 1] > pane.scrollable_content_region.height, "a row taller than the pane"
        pane.scroll_end(animate=False, immediate=True)  # the scrollbar dragged to its end, or the wheel
        await settle(pilot)
        assert pane_lines(app, "#quotes")[0], "the pane scrolled past its last row"

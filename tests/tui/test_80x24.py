"""A new reader's terminal, 80x24: every pane shows whole rows, whole title parts and whole details, before and
after the terminal is resized."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .synthetic import Article, Entity, Quote, build_store
from .test_narrow_panes import rows_shown

HARBOUR = Entity("Port Selwyn", "location", "GPE")
SPEAKERS = ["Ana Okafor", "Bram Lindqvist", "Carla Mendes", "Dev Raman", "Edith Kowal", "Femi Adeyemi"]
SAID = [
    "The cranes will stand idle until every contract is signed again",
    "Nobody on the night shift has been told when the gates open",
    "We asked the council twice and heard nothing back from them",
    "Ships are turning away from here toward the northern terminals",
    "The barges go out at dawn, as they always do",
    "The barges will sail at first light as always",
]  # twelve words at most (who_said.FIRST_WORDS); the last two rows wrap to three lines at 32 or 34 cells, two at 36


def quoted_harbour() -> Article:
    """A made-up story of six speakers, each quoted once in words that wrap to two or three lines of a narrow pane."""
    title = "Harbour strike enters its second week"
    body = [("body", f"\u201c{words},\u201d {name} said at Port Selwyn.") for name, words in zip(SPEAKERS, SAID)]
    return Article(
        title, [("title", title), *body], [HARBOUR, *(Entity(name, "actor") for name in SPEAKERS)],
        [Quote(i + 1, name, f"{words},") for i, (name, words) in enumerate(zip(SPEAKERS, SAID))],
    )


async def test_end_shows_the_whole_last_row_of_a_list_of_wrapped_rows(tmp_path):
    """The Quotes pane, filled again when a place is chosen, measured its rows while it had no scrollbar: End then
    stopped a line short of the last quote's end."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"selwyn", "enter")
        await settle(pilot)
        quotes = app.main.query_one("#quotes")
        app.main.set_focus(quotes)
        await pilot.press("end")
        await settle(pilot)
        assert quotes.highlighted == len(SAID) - 1
        assert rows_shown(app, "#quotes")[-1].endswith("always,”"), rows_shown(app, "#quotes")

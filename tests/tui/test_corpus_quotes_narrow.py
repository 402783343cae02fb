"""In the corpus scope at 80 columns a quote's row is two lines, its speaker and its words first, where it was said
given up first (it was one line of 23 cells: `¶7 Elfa T… · Officia…`); a wide terminal's rows stay one line, and a
resize across the width makes them again."""

from __future__ import annotations

from rich.console import Console

from newsx.store import paragraph_number
from newsx.tui.app import NewsxApp
from newsx.tui.widgets.quotes_pane import QuotesPane, two_line_prompt

from .conftest import settle
from .test_narrow_panes import rows_shown


async def corpus_quotes(pilot) -> list[str]:
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    return rows_shown(pilot.app, "#quotes")


async def test_a_corpus_quote_at_80_columns_shows_its_speaker_and_its_words(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        rows = await corpus_quotes(pilot)
        assert app.main.query_one(QuotesPane).paged_rows is not None  # the corpus's quotes, paged
        assert rows[:4] == ["Elena Vasquez said ≈", "the port would reope…", "Elena Vasquez told", "“We have food for te…"]


async def test_a_wide_terminals_corpus_quote_stays_one_line(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        rows = await corpus_quotes(pilot)
        assert rows[0] == "¶2 Talks stall … · Elena Vasquez said ≈…"  # as before: 38 cells, a third to the title
        assert rows[1] == "¶3 Talks stall … · Elena Vasquez told “…"


async def test_a_resize_across_the_width_makes_the_rows_again_on_the_same_quote(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_quotes(pilot)
        quotes = app.main.query_one(QuotesPane)
        app.main.set_focus(quotes)
        await pilot.press("down", "down")
        chosen = quotes.highlighted_quote
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert quotes.highlighted_quote == chosen and len(rows_shown(app, "#quotes")) == 5
        assert rows_shown(app, "#quotes")[0] == "Elena Vasquez said ≈" or "¶" not in rows_shown(app, "#quotes")[0]
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert quotes.highlighted_quote == chosen and rows_shown(app, "#quotes")[0].startswith("¶2 ")


def test_where_a_quote_was_said_takes_the_room_its_words_leave():
    console = Console(width=80)
    short = {"seq": 4, "speaker": "Reyes", "kind": "direct", "text": "No.", "cue": None}
    assert two_line_prompt(short, True, "Talks stall as the river port changes hands", 23, console).plain == (
        f"Reyes “No.”\n¶{paragraph_number(4)} · Talks stall as th…"
    )
    two = {**short, "text": "We will see them at the quay."}
    assert two_line_prompt(two, True, "Talks stall", 23, console).plain == (
        f"Reyes “We will see them\nat the quay.” · ¶{paragraph_number(4)}"  # no room for a title worth reading
    )
    long = {**short, "text": "We will see them at the quay tomorrow morning, and then we talk."}
    assert two_line_prompt(long, True, "Talks stall", 23, console).plain == "Reyes “We will see them\nat the quay tomorrow m…"
    assert two_line_prompt(long, False, "Talks stall", 23, console).plain == "“We will see them at\nthe quay tomorrow morn…"

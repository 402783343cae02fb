"""The reader in an article of thousands of paragraphs, some wrapped over several lines: what it draws after End,
Home, a jump to a mention far down, scrolling up through paragraphs not drawn yet, page keys, a resize and a click;
and in a store with no article."""

from __future__ import annotations

import re

import pytest

from newsx.store import open_db
from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import drawn_in, reader_rows, rows_on
from .synthetic import Article, Entity, build_store

N = 3000  # body paragraphs
QUILLON = Entity("Ambassador Quillon", "actor", "PERSON", ("Quillon",))
MENTIONED = (2, N // 2, N - 1)  # the body paragraphs that name him: near the start, the middle and the end
LONG = (
    "the ministry said the port strike talks resumed after a night of rain, and that they would go on until every "
    "dock along the river had reopened to barges and their crews"
)
SIZE = (100, 30)


def line(k: int) -> str:
    """Body paragraph k (¶k+1): every fourth of the first half long enough to wrap over several lines, and every one
    of the second half, so that what the start says of the rest (the reader's estimate of the lines of paragraphs
    not drawn yet) is wrong there."""
    text = f"Line {k:04d}: " + (LONG if k % 4 == 0 or k > N // 2 else "a short remark.")
    return f"Quillon spoke. {text}" if k in MENTIONED else text


@pytest.fixture(scope="module")
def transcript_db(tmp_path_factory):
    title = "The long transcript"
    paragraphs = [("title", title), *(("body", line(k)) for k in range(1, N + 1))]
    return build_store(tmp_path_factory.mktemp("transcript") / "transcript.db", [Article(title, paragraphs, [QUILLON])])


def drawn_paragraphs(reader) -> list[tuple[int, str]]:
    """(number, text) of each paragraph whose first line is on screen, its text read back from its wrapped lines.
    Every line after a paragraph's first must be indented to where its text starts, after the gutter."""
    indent = " " * (len(str(N + 1)) + 2)
    found: list[tuple[int, list[str]]] = []
    open_paragraph = False
    for row in reader_rows(reader):
        first = re.match(r" *[●◐ ]?(\d+) (\S.*)", row)
        if first:
            found.append((int(first[1]), [first[2].strip()]))
            open_paragraph = True
        elif not row.strip():
            open_paragraph = False
        elif open_paragraph:
            assert row.startswith(indent) and row[len(indent)] != " ", f"not indented to the text: {row!r}"
            found[-1][1].append(row.strip())
    return [(number, " ".join(parts)) for number, parts in found]


def assert_drawn_whole(reader) -> None:
    """Each paragraph drawn, but the last on screen (it may go on below), reads back as its text exactly."""
    drawn = drawn_paragraphs(reader)
    assert drawn, reader_rows(reader)
    for number, text in drawn[:-1]:
        assert text == (line(number - 1) if number > 1 else "The long transcript"), number


async def opened(pilot) -> None:
    await settle(pilot)
    assert pilot.app.main.view.article["title"] == "The long transcript"


async def test_opening_draws_a_screen_and_end_shows_the_last_line_at_the_bottom(transcript_db):
    app = NewsxApp(transcript_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        reader = app.main.reader
        height = reader.scrollable_content_region.height
        heights = reader._heights  # what was wrapped: about a screen of paragraphs, not thousands
        assert sum(map(heights.measured, range(len(heights)))) <= height
        assert reader_rows(reader)[0].strip() == "1 The long transcript"
        await pilot.press("end")
        await settle(pilot)
        rows = reader_rows(reader)
        assert reader.cursor_paragraph["text"] == line(N)
        number, text = drawn_paragraphs(reader)[-1]
        assert (number, text) == (N + 1, line(N))  # the whole of the last paragraph, wrapped
        assert rows[-1].strip() == "" and rows[-2].strip().endswith("and their crews")  # its end on the last line
        cursor = rows_on(reader, "reader--cursor-paragraph")
        assert cursor == [row for row in rows if row.strip()][-len(cursor):] and len(cursor) >= 3
        assert_drawn_whole(reader)
        await pilot.press("home")
        await settle(pilot)
        assert reader.cursor == 0 and reader_rows(reader)[0].strip() == "1 The long transcript"
        assert rows_on(reader, "reader--cursor-paragraph") == [reader_rows(reader)[0]]


async def test_a_jump_far_down_centres_the_mention_with_its_paragraph_on_the_cursor(transcript_db):
    app = NewsxApp(transcript_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        reader = app.main.reader
        await pilot.press("slash", *"quillon", "enter")
        await settle(pilot)
        assert reader.cursor_paragraph["text"] == line(MENTIONED[0])
        await pilot.press("n")
        await settle(pilot)
        assert reader.cursor_paragraph["text"] == line(MENTIONED[1])
        assert drawn_in(reader, "reader--current") == ["Quillon"]
        rows, cursor = reader_rows(reader), rows_on(reader, "reader--cursor-paragraph")
        assert cursor[0].lstrip().startswith(f"{MENTIONED[1] + 1} Quillon spoke.")
        top, height = rows.index(cursor[0]), len(rows)
        assert abs(top - (height - len(cursor) - 1) // 2) <= 1, (top, len(cursor), height)  # in the middle
        assert_drawn_whole(reader)
        await pilot.press("N")
        await settle(pilot)
        assert reader.cursor_paragraph["text"] == line(MENTIONED[0])
        assert rows_on(reader, "reader--cursor-paragraph")[0].lstrip().startswith(f"{MENTIONED[0] + 1} Quillon spoke.")


async def test_scrolling_up_through_paragraphs_not_drawn_moves_the_screen_a_line_at_a_time(transcript_db):
    """Paragraphs above the screen are wrapped only as they come into it; doing so never moves what is on screen."""
    app = NewsxApp(transcript_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        reader = app.main.reader
        await pilot.press("end")
        await settle(pilot)
        height = reader.scrollable_content_region.height
        for _ in range(3 * height):  # past the screen drawn above the last paragraph when End was pressed
            before = reader_rows(reader)
            reader.scroll_to(y=reader.scroll_y - 1, animate=False)
            await pilot.pause()
            assert reader_rows(reader)[1:] == before[:-1]
        assert_drawn_whole(reader)


async def test_page_keys_move_a_screen_and_a_resize_wraps_again(transcript_db):
    app = NewsxApp(transcript_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        reader = app.main.reader
        height = reader.scrollable_content_region.height
        await pilot.press("pagedown")
        await settle(pilot)
        below = reader.cursor
        # the first paragraph that starts a screen (less two lines) below the title's line
        lines_before = sum(len(reader._lines(i)) for i in range(below))
        assert lines_before >= height - 2 > lines_before - len(reader._lines(below - 1))
        assert rows_on(reader, "reader--cursor-paragraph")[0].lstrip().startswith(f"{below + 1} ")
        await pilot.press("pagedown", "pagedown", "pageup")
        await settle(pilot)
        assert reader.cursor > below and rows_on(reader, "reader--cursor-paragraph")
        await pilot.press("end")  # the cursor on the last lines of the screen: narrower, they take more
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert all(len(row) == reader.scrollable_content_region.width for row in reader_rows(reader))
        assert reader.cursor == N and drawn_paragraphs(reader)[-1] == (N + 1, line(N))
        assert rows_on(reader, "reader--cursor-paragraph")
        assert_drawn_whole(reader)
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert rows_on(reader, "reader--cursor-paragraph")
        assert_drawn_whole(reader)


async def test_a_click_on_a_paragraph_puts_the_cursor_there_and_one_on_the_dateline_does_not(transcript_db):
    app = NewsxApp(transcript_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        reader = app.main.reader
        rows = reader_rows(reader)
        dateline = next(i for i, row in enumerate(rows) if "2014-06-21" in row)
        third = next(i for i, row in enumerate(rows) if row.lstrip().startswith("3 Quillon spoke. Line 0002"))
        await pilot.click(reader, offset=(5, 1 + dateline))  # the border's line first
        assert reader.cursor == 0
        await pilot.click(reader, offset=(5, 1 + third))
        assert reader.cursor == 2 and rows_on(reader, "reader--cursor-paragraph")[0].lstrip().startswith("3 Quillon")


async def test_an_empty_store_says_so_in_the_reader_and_its_keys_do_nothing(tmp_path):
    open_db(tmp_path / "empty.db").close()
    app = NewsxApp(tmp_path / "empty.db", poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.main.reader
        assert app.main.view is None
        said = " ".join(row.strip() for row in reader_rows(reader) if row.strip())
        assert said == "The store is empty. Ingest articles with `newsx-tui ingest PATH`."
        await pilot.press("j", "end", "home", "pagedown", "right", "space")
        await settle(pilot)
        assert reader.cursor_paragraph is None and app.is_running

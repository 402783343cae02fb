"""Pilot tests of the daily path: search, jump, walk the mentions, select, export, quit, reopen."""

from __future__ import annotations

import sqlite3

from newsx.store import paragraph_number
from newsx.tui.app import NewsxApp
from newsx.tui.text import foreground
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle
from .screen import drawn_in, gutter_marks, rows_on


def pane_names(pane: FacetPane) -> list[str]:
    options = [pane.get_option_at_index(i) for i in range(pane.option_count)]
    return [pane.by_id[int(o.id)]["name"] for o in options if o.id]


def cursor_paragraph(app) -> dict:
    return app.main.reader.cursor_paragraph


def cursor_drawn(app) -> bool:
    """The cursor paragraph's number is in the gutter, on the cursor's background."""
    number = paragraph_number(cursor_paragraph(app)["seq"])
    return any(row.lstrip(" ●◐").startswith(f"{number} ") for row in rows_on(app.main.reader, "reader--cursor-paragraph"))


def current_drawn(app) -> list[str]:
    """The words drawn as the current mention."""
    return drawn_in(app.main.reader, "reader--current")


def selected_drawn(app) -> set[int]:
    """The numbers of the paragraphs the gutter shows selected whole."""
    return {number for number, mark in gutter_marks(app.main.reader).items() if mark == "●"}


async def test_malik_enter_lands_on_a_paragraph_naming_him_and_n_walks_on(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"malik")
        await settle(pilot)
        assert "Nuri al-Maliki" in pane_names(app.main.facet("actor"))
        assert pane_names(app.main.facet("actor"))[0] == "Nuri al-Maliki"

        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.main.reader
        first = cursor_paragraph(app)
        assert "Maliki" in "".join(current_drawn(app))
        assert "Maliki" in first["text"]
        assert cursor_drawn(app)
        mentions = app.query_one(MentionsPane).mentions
        assert len(mentions) >= 2 and mentions[0]["paragraph_id"] == first["id"]

        await pilot.press("n")
        await settle(pilot)
        second = cursor_paragraph(app)
        assert second["id"] == mentions[1]["paragraph_id"]
        assert second["seq"] > first["seq"]
        assert len(current_drawn(app)) == 1 and "Maliki" in current_drawn(app)[0]  # the current mention moved on
        assert cursor_drawn(app)

        await pilot.press("N")
        await settle(pilot)
        assert cursor_paragraph(app)["id"] == first["id"]
        await pilot.press("N")  # before the first: wraps to the last, with a notice
        await settle(pilot)
        assert cursor_paragraph(app)["id"] == mentions[-1]["paragraph_id"]
        assert any("Wrapped" in str(n.message) for n in app._notifications)


async def test_typo_and_alias_search(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        for query, role, expected in [
            ("bagdad", "location", "Baghdad"),
            ("malik", "actor", "Nuri al-Maliki"),
            ("isis", "actor", "ISIL"),
            ("islamic state", "actor", "ISIL"),
        ]:
            await pilot.press("escape")  # clears the box and leaves it
            await pilot.press("slash", *query)
            await settle(pilot)
            assert pane_names(app.main.facet(role))[0] == expected, query
        # an empty filter shows everything again, by count
        app.query_one("#search").value = ""
        await settle(pilot)
        assert set(pane_names(app.main.facet("actor"))) == {"ISIL", "Nuri al-Maliki", "Barack Obama"}


async def test_matched_characters_are_highlighted(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"bagdad")
        await settle(pilot)
        pane = app.main.facet("location")
        prompt = pane.get_option_at_index(0).prompt
        assert prompt.plain.startswith("Baghdad ")
        match = foreground(pane.get_component_rich_style("facet-pane--match"))
        marked = {i for span in prompt.spans if span.style == match for i in range(span.start, span.end)}
        assert {0, 1, 2, 4, 5, 6} <= marked and 3 not in marked  # b-a-g, d-a-d; the h was not typed


async def test_escape_clears_the_search_and_returns_to_the_reader(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mosul")
        await settle(pilot)
        assert pane_names(app.main.facet("location")) == ["Mosul"]
        actors = app.main.facet("actor")
        assert actors.shown == 0 and actors.get_option_at_index(0).prompt.plain == "No match (esc clears)."
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.main.reader
        assert app.query_one("#search").value == ""
        assert set(pane_names(app.main.facet("location"))) == {"Baghdad", "Mosul"}


async def test_space_selects_and_the_selection_survives_a_restart(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "down", "space")
        await settle(pilot)
        chosen = cursor_paragraph(app)
        number = paragraph_number(chosen["seq"])
        assert selected_drawn(app) == {number}
        await pilot.press("j", "space", "space")  # select and unselect the next one
        await settle(pilot)
        assert selected_drawn(app) == {number}
        await pilot.press("q")
    assert app.return_code == 0
    with sqlite3.connect(sample_db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT paragraph_id FROM selections")] == [chosen["id"]]

    again = NewsxApp(sample_db_path, poll_seconds=None)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert selected_drawn(again) == {number}
        assert "1 selected" in again.main.sub_title


async def test_enter_on_a_quote_and_on_an_article(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        app.query_one("#quotes").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "hold the line" in cursor_paragraph(app)["text"] and cursor_drawn(app)
        assert app.focused is app.main.reader

        articles = app.query_one("#articles")
        articles.focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.view.article["title"] == "Oil refinery siege enters second week"
        assert cursor_paragraph(app)["kind"] == "title" and cursor_drawn(app)


async def test_scope_toggle_counts_the_whole_corpus(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        baghdad = next(e for e in app.main.facet("location").entities if e["name"] == "Baghdad")
        assert baghdad["mentions"] == 2 and app.main.scope == "article"
        await pilot.press("s")
        await settle(pilot)
        baghdad = next(e for e in app.main.facet("location").entities if e["name"] == "Baghdad")
        assert app.main.scope == "corpus" and baghdad["mentions"] == 3

        # in corpus scope, n walks into the other article
        await pilot.press("slash", *"baghdad", "enter")
        await settle(pilot)
        for _ in range(2):
            await pilot.press("n")
            await settle(pilot)
        assert app.main.view.article["title"] == "Oil refinery siege enters second week"
        assert current_drawn(app) == ["Baghdad"] and "Baghdad" in cursor_paragraph(app)["text"]


async def test_reader_keys_move_the_cursor(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        last = len(app.main.reader.readable) - 1
        await pilot.press("end")
        assert app.main.reader.cursor == last and cursor_drawn(app)
        await pilot.press("home")
        assert app.main.reader.cursor == 0
        await pilot.press("pagedown")
        assert app.main.reader.cursor > 1 and cursor_drawn(app)
        await pilot.press("k")
        await pilot.press("up")
        await pilot.press("j")
        assert 0 < app.main.reader.cursor < last


async def test_quick_presses_of_space_leave_screen_and_store_agreeing(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", *["space"] * 7, "j", *["space"] * 4)
        await settle(pilot)
        by_number = {paragraph_number(p["seq"]): p["id"] for p in app.main.reader.readable}
        shown = {by_number[number] for number in selected_drawn(app)}
        second = app.main.reader.readable[1]["id"]  # seven presses: selected; four: not
    with sqlite3.connect(two_article_db) as conn:
        stored = {r[0] for r in conn.execute("SELECT paragraph_id FROM selections")}
    assert shown == stored == {second}


async def test_a_store_that_cannot_be_read_says_so_in_one_line(tmp_path):
    garbage = tmp_path / "not-a-store.db"
    garbage.write_bytes(b"this is not an SQLite database, only some bytes\n" * 200)
    app = NewsxApp(garbage, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")  # export reads the store too, in a worker
        await settle(pilot)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert len(errors) == 2 and all("\n" not in e for e in errors), errors
        assert str(app.query_one("#status").render()) == errors[-1]
        assert not app.main.reader.loading and app.is_running

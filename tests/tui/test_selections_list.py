"""The Selections list (S): every selected passage across articles with its citation and note, in
export order; unselect, reorder, clear (after a question), export with enter, read one."""

from __future__ import annotations

from newsx.store import open_db
from newsx.tui.app import NewsxApp
from newsx.tui.screens.confirm import ConfirmScreen
from newsx.tui.screens.export import ExportScreen
from newsx.tui.screens.main import MainScreen
from newsx.tui.screens.selections import SelectionsScreen

from .conftest import settle
from .screen import gutter_marks, screen_text

MILITANTS = "\u201cMilitants advance on Mosul as Baghdad weighs its options\u201d, Reuters, 2014-06-21"
REFINERY = "\u201cOil refinery siege enters second week\u201d, AP, 2014-06-20"


async def select_three_in_two_articles(app, pilot) -> None:
    await pilot.press("down", "space", "down", "space")  # ¶2 and ¶3 of the first article
    await settle(pilot)
    other = next(a["id"] for a in app.main.articles if a["title"].startswith("Oil refinery"))
    app.main.open_article(other)
    await settle(pilot)
    await pilot.press("down", "space")  # ¶2 of the second
    await settle(pilot)


def rows(screen: SelectionsScreen) -> list[str]:
    return [f"{p['title'][:8]} \u00b6{p['seq'] + 1}" for p in screen.passages]


async def test_the_list_in_order_reordered_unselected_and_exported_with_enter(two_article_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await select_three_in_two_articles(app, pilot)
        assert str(app.main.query_one("#status").render()).startswith("3 selected")
        await pilot.press("S")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SelectionsScreen)
        assert rows(screen) == ["Militant \u00b62", "Militant \u00b63", "Oil refi \u00b62"]
        shown = screen_text(app)
        assert f"{MILITANTS}, \u00b62" in shown and f"{REFINERY}, \u00b62" in shown
        assert "Fighters of the Islamic State of Iraq and the Levant pushed south" in shown
        assert "3 passage(s) · 2 article(s)" in shown
        await pilot.press("J")  # the first goes down one
        await settle(pilot)
        assert rows(screen) == ["Militant \u00b63", "Militant \u00b62", "Oil refi \u00b62"]
        assert screen.current["seq"] == 1  # the moved passage keeps the highlight
        await pilot.press("K", "K")
        await settle(pilot)
        assert rows(screen) == ["Militant \u00b62", "Militant \u00b63", "Oil refi \u00b62"]
        await pilot.press("down", "x")  # unselect ¶3
        await settle(pilot)
        assert rows(screen) == ["Militant \u00b62", "Oil refi \u00b62"]
        await pilot.press("up", "J")
        await settle(pilot)
        assert rows(screen) == ["Oil refi \u00b62", "Militant \u00b62"]
        # export from the list: the dialog opens on a free name here, enter writes it
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        written = (tmp_path / "newsx-selection.md").read_text(encoding="utf-8")
        assert written.index(f"> \u2014 {REFINERY}, \u00b62") < written.index(f"> \u2014 {MILITANTS}, \u00b62")
        assert "> Government forces said they still held the refinery north of Baghdad." in written
        # enter reads the highlighted passage (the one just moved) in the reader
        assert screen.current["title"].startswith("Militants")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.main.view.article["title"].startswith("Militants")
        assert app.main.reader.cursor_paragraph["seq"] == 1
        # the reader's marks follow what the list changed: ¶3 is no longer selected
        reader = app.main.reader
        assert [p["seq"] for p in reader.readable if reader.view.spans.get(p["id"])] == [1]
        assert {number for number, mark in gutter_marks(reader).items() if mark != " "} == {2}
        assert str(app.main.query_one("#status").render()).startswith("2 selected")


async def test_clear_all_asks_first(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await select_three_in_two_articles(app, pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = app.screen
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Unselect all 3 passage(s)?" in screen_text(app)
        await pilot.press("enter")  # the focus starts on No: enter alone never clears
        await settle(pilot)
        assert app.screen is screen and len(screen.passages) == 3
        await pilot.press("C", "y")
        await settle(pilot)
        assert app.screen is screen and screen.passages == []
        assert "Nothing selected" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert not any(app.main.reader.view.spans.values())
        assert set(gutter_marks(app.main.reader).values()) == {" "}
        assert str(app.main.query_one("#status").render()).startswith("0 selected")
        assert open_db(two_article_db).execute("SELECT count(*) FROM selections").fetchone()[0] == 0


async def test_a_note_shows_under_its_passage(two_article_db):
    db = open_db(two_article_db)
    paragraph = db.execute("SELECT id FROM paragraphs WHERE text LIKE 'Government forces%'").fetchone()[0]
    db.execute('INSERT INTO selections (paragraph_id, start, "end", note) VALUES (?, 0, 17, ?)', [paragraph, "check with AP"])
    db.conn.commit()
    db.close()
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        shown = screen_text(app)
        assert f"{REFINERY}, \u00b62 (excerpt)" in shown
        assert "Government forces\n" in shown or "Government forces " in shown
        assert "note: check with AP" in shown

"""Corrections, notes and undo from the keyboard, on the sample article: each shows at once."""

from __future__ import annotations

from textual.command import CommandList
from textual.keys import _character_to_key

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.tui.app import NewsxApp
from newsx.tui.screens.ask import PickScreen
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.quotes_pane import QuotesPane
from newsx.tui.widgets.reader import Reader

from .conftest import settle
from .screen import gutter_marks, reader_rows, screen_text

SIZE = (170, 50)


def keys(text: str) -> list[str]:
    return [_character_to_key(c) for c in text]


def listed(app, role: str) -> list[str]:
    pane = app.screen.query_one(f"#facet-{role}", FacetPane)
    return [pane.get_option_at_index(i).prompt.plain.split("\n")[0] for i in range(pane.option_count)]


def names(app, role: str) -> set[str]:
    """The entity names a facet pane lists (each prompt starts with the name)."""
    entities = app.screen.facets.by_role.get(role, [])
    shown = " | ".join(listed(app, role))
    return {e["name"] for e in entities if e["name"] in shown}


def status(app) -> str:
    return " ".join(screen_text(app).split())


async def choose(pilot, query: str) -> None:
    """/ then the query then enter: the best match becomes the current entity."""
    await pilot.press("slash", *keys(query), "enter")
    await settle(pilot)


async def pick(pilot, label_start: str) -> None:
    """In the open PickScreen, move to the choice whose label starts so, and take it."""
    screen = pilot.app.screen
    assert isinstance(screen, PickScreen)
    index = next(i for i, (label, _) in enumerate(screen.choices) if label.startswith(label_start))
    await pilot.press(*["down"] * index, "enter")
    await settle(pilot)


async def split_maliki_off(pilot) -> None:
    """x on Nuri al-Maliki, then the choice that splits the alias Maliki off."""
    await choose(pilot, "nuri")
    await pilot.press("x")
    await settle(pilot)
    await pick(pilot, "Split “Maliki”")


def split_maliki(path) -> None:
    db = open_db(path)
    corrections.split(db, "Maliki")
    db.close()


async def test_m_merges_maliki_into_nuri_al_maliki_and_u_undoes_it(sample_db_path):
    split_maliki(sample_db_path)
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")
        await choose(pilot, "maliki")
        assert app.screen.entity_label(app.screen.entity_id) == "Maliki"
        await pilot.press("m")
        assert "Merge Maliki into: pick the entity" in status(app)
        await pilot.press(*keys("nuri"), "enter")
        await settle(pilot)
        assert "Corrected: merge Maliki into Nuri al-Maliki (u undoes it)" in status(app)
        assert "Maliki" not in names(app, "actor") and "Nuri al-Maliki" in names(app, "actor")
        # the merged entity is the current one: its mentions are both
        assert app.screen.entity_label(app.screen.entity_id) == "Nuri al-Maliki"
        assert len(app.screen.entity_mentions) == 2
        await pilot.press("u")
        await settle(pilot)
        assert "Undid: merge Maliki into Nuri al-Maliki" in status(app)
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")


async def test_escape_cancels_a_merge(sample_db_path):
    split_maliki(sample_db_path)
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(pilot, "maliki")
        await pilot.press("m", "escape")
        assert "Cancelled." in status(app)
        await choose(pilot, "nuri")
        assert app.screen.entity_label(app.screen.entity_id) == "Nuri al-Maliki"
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")


async def test_x_splits_an_alias_off(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await split_maliki_off(pilot)
        assert "Corrected: split Maliki into its own entity" in status(app)
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")


async def test_x_moves_a_place_to_the_location_role_with_coordinates(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(pilot, "kurds")
        await pilot.press("x")
        await settle(pilot)
        await pick(pilot, "Role: location")
        await pilot.press(*keys("36.19, 44.01"), "enter")
        await settle(pilot)
        assert "Corrected: Kurds is a location at 36.19, 44.01" in status(app)
        assert "Kurds" in names(app, "location") and "Kurds" not in names(app, "actor")
        await pilot.press("x")
        await settle(pilot)
        await pick(pilot, "Role: actor")
        assert "Kurds" in names(app, "actor")


async def test_x_marks_a_junk_span_not_an_entity(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Islamic" in names(app, "other")
        await choose(pilot, "islamic")
        await pilot.press("x")
        await settle(pilot)
        await pick(pilot, "“Islamic” is not an entity")
        assert "Corrected: Islamic is not an entity" in status(app)
        assert "Islamic" not in names(app, "other")
        assert app.screen.entity_id is None


async def test_x_in_the_quotes_pane_reattributes_and_unquotes(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(QuotesPane)

        async def highlight(start: str) -> None:
            quote = next(q for q in pane.quotes if q["text"].startswith(start))
            target = pane.get_option_index(f"q:{quote['id']}")
            pane.focus()
            await pilot.pause()
            steps = target - (pane.highlighted or 0)
            await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps))

        await highlight("These brigades")
        await pilot.press("x")
        await pick(pilot, "Said by another speaker")
        assert "was said by: pick the entity" in status(app)
        await pilot.press(*keys("sadr"), "enter")
        await settle(pilot)
        assert "was said by Muqtada Sadr" in status(app)
        brigades = next(q for q in pane.quotes if q["text"].startswith("These brigades"))
        assert brigades["speaker_entity"] == "Muqtada Sadr"
        assert "Muqtada Sadr" in pane.get_option(f"q:{brigades['id']}").prompt.plain

        await highlight("Hawija is falling apart")
        await pilot.press("x")
        await pick(pilot, "Not a quote")
        assert "is not a quote" in status(app)
        assert not any(q["text"].startswith("Hawija is falling apart") for q in pane.quotes)
        await pilot.press("u")
        await settle(pilot)
        assert any(q["text"].startswith("Hawija is falling apart") for q in pane.quotes)


async def test_u_undoes_a_selection_change(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "space")
        await settle(pilot)
        assert gutter_marks(app.screen.query_one(Reader))[2] == "●"
        await pilot.press("u")
        await settle(pilot)
        assert gutter_marks(app.screen.query_one(Reader))[2] == " "
        assert "Undid: selection of ¶2" in status(app)
        await pilot.press("u")
        assert "Nothing to undo in this session" in " ".join(n.message for n in app._notifications)


async def test_a_writes_a_note_shown_in_the_gutter_and_found_in_the_palette(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "a")
        await settle(pilot)
        assert "Select the passage first (space on ¶2)" in " ".join(n.message for n in app._notifications)
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*keys("caliphate claim"), "enter")
        await settle(pilot)
        assert "Note on ¶2 saved" in status(app)
        reader = app.screen.query_one(Reader)
        assert reader.view.notes[reader.readable[1]["id"]] == ["caliphate claim"]
        rows = reader_rows(reader)
        # under the passage, marked in the gutter, before the blank line that ends the paragraph
        note = next(i for i, row in enumerate(rows) if "✎ caliphate claim" in row)
        assert rows[note].lstrip().startswith("✎ ✎ caliphate claim") and rows[note + 1].strip() == ""
        assert any(row.lstrip().startswith("●2 ") for row in rows[:note])

        await pilot.press("ctrl+p", *keys("caliphate claim"))
        await settle(pilot)
        hits = app.screen.query_one(CommandList)
        prompts = [str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count)]
        assert any("note: caliphate claim — ¶2" in p for p in prompts), prompts
        await pilot.press("escape")
        await pilot.press("u")
        await settle(pilot)
        assert "Undid: note on ¶2" in status(app)
        assert not any("caliphate claim" in row for row in reader_rows(app.screen.query_one(Reader)))


async def test_a_correction_made_from_the_command_line_shows_in_a_running_tui(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Islamic" in names(app, "other")
        db = open_db(sample_db_path)  # another process, as far as the TUI can tell
        corrections.not_entity(db, "Islamic")
        db.close()
        app.screen.check_store(app.screen.signature)  # what the poll timer does every 2 s
        await settle(pilot)
        assert "Islamic" not in names(app, "other")
        assert "Another process wrote to the store: corrections were made." in [
            n.message for n in app._notifications
        ]


async def test_an_undo_the_store_refuses_stays_on_us_list(sample_db_path, monkeypatch):
    """A refused undo changed nothing and says why in one line; `u` can take the change back once the reader
    has done what the refusal asks."""
    app = NewsxApp(sample_db_path, poll_seconds=None)
    undo = corrections.undo
    refusals = iter([corrections.CorrectionError("cannot undo #1: Maliki is now two entities' name; nothing was changed")])

    def refuse_once(db, correction_id):
        for refusal in refusals:
            raise refusal
        return undo(db, correction_id)

    monkeypatch.setattr(corrections, "undo", refuse_once)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await split_maliki_off(pilot)
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")
        await pilot.press("u")
        await settle(pilot)
        assert "cannot undo #1" in status(app)
        assert {"Maliki", "Nuri al-Maliki"} <= names(app, "actor")
        await pilot.press("u")
        await settle(pilot)
        assert "Undid: split Maliki" in status(app)
        assert "Maliki" not in names(app, "actor")

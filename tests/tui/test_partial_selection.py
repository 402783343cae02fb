"""Selecting part of a paragraph: ←/→ pick a sentence, shift+→/← widen or narrow the range,
space stores exactly those characters, and export cites exactly them."""

from __future__ import annotations

import sqlite3

from newsx.store import export

from newsx.store.db import queries
from newsx.store import open_db
from newsx.tui.app import NewsxApp
from newsx.store.sentences import sentence_spans

from .conftest import settle
from .screen import drawn_in, gutter_marks, screen_text
from .synthetic import Article, build_store

THREE = "The convoy left at dawn. Gen. Ortiz said the road was clear. Nobody believed him."


def picked(app) -> str:
    """The picked sentences as the reader draws them (reverse video), the runs of its wrapped lines joined."""
    return " ".join(run.strip() for run in drawn_in(app.main.reader, "reader--pending"))


def spans(app) -> list[tuple[int, int]]:
    """The selected parts of the second paragraph (the one with THREE) in the article the reader shows."""
    reader = app.main.reader
    return reader.view.spans.get(reader.readable[1]["id"], [])


def test_sentences_skip_abbreviations_initials_and_decimals():
    text = "Gen. Ortiz met J. R. Smith in the U.S. on Jan. 5. Prices rose 3.5 percent. “Why?” he asked. Then he left"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Gen. Ortiz met J. R. Smith in the U.S. on Jan. 5.",
        "Prices rose 3.5 percent.",
        "“Why?” he asked.",
        "Then he left",
    ]
    assert sentence_spans("  padded.  ") == [(2, 9)]
    assert sentence_spans("") == []


def three_sentence_store(tmp_path):
    return build_store(
        tmp_path / "three.db",
        [Article(title="Convoy", paragraphs=[("title", "Convoy"), ("body", THREE), ("body", "A second paragraph.")])],
    )


async def test_a_sentence_range_is_stored_and_exported_exactly(tmp_path):
    db_path = three_sentence_store(tmp_path)
    app = NewsxApp(db_path, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "right", "right")  # the second sentence
        reader = app.main.reader
        assert THREE[slice(*reader.pending_span)] == "Gen. Ortiz said the road was clear."
        assert picked(app) == "Gen. Ortiz said the road was clear."
        assert "sentence 2 of 3" in str(app.query_one("#status").render())
        await pilot.press("shift+right", "shift+right")  # to the end: there is no fourth
        assert THREE[slice(*reader.pending_span)] == "Gen. Ortiz said the road was clear. Nobody believed him."
        assert picked(app) == "Gen. Ortiz said the road was clear. Nobody believed him."
        await pilot.press("shift+left")
        assert app.main.reader.span == (1, 2)
        await pilot.press("shift+right", "space")
        await settle(pilot)
        assert reader.pending_span is None and picked(app) == ""
        assert gutter_marks(reader)[2] == "◐"  # a part selected, not the whole
        assert "◐2 The convoy left at dawn." in screen_text(app)
        assert " ".join(drawn_in(reader, "reader--span")) == "Gen. Ortiz said the road was clear. Nobody believed him."
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute('SELECT start, "end" FROM selections').fetchall()
    start = THREE.index("Gen.")
    assert rows == [(start, len(THREE))]

    db = open_db(db_path)
    try:
        passages = queries.selections(db)
    finally:
        db.close()
    assert [p["text"] for p in passages] == ["Gen. Ortiz said the road was clear. Nobody believed him."]
    markdown = export.render_text(passages, "md", heading="Selected passages")
    assert "> Gen. Ortiz said the road was clear. Nobody believed him." in markdown
    assert "The convoy left at dawn." not in markdown

    # after a restart the part is still marked, and space with the same sentences unselects it
    again = NewsxApp(db_path, poll_seconds=None)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert spans(again) == [(start, len(THREE))]
        assert " ".join(drawn_in(again.main.reader, "reader--span")) == "Gen. Ortiz said the road was clear. Nobody believed him."
        assert again.main.reader.cursor_paragraph is again.main.reader.readable[1]  # it opens where the reader left it
        await pilot.press("left", "shift+left", "space")  # the last sentence alone: replaces the overlap
        await settle(pilot)
        assert spans(again) == [(THREE.index("Nobody"), len(THREE))]
        assert drawn_in(again.main.reader, "reader--span") == ["Nobody believed him."]
        await pilot.press("left", "space")  # the same sentence again: unselects it
        await settle(pilot)
        assert spans(again) == [] and gutter_marks(again.main.reader)[2] == " "
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM selections").fetchone()[0] == 0


async def test_moving_or_escape_drops_the_picked_sentences_and_space_then_takes_the_whole(tmp_path):
    db_path = three_sentence_store(tmp_path)
    app = NewsxApp(db_path, poll_seconds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "right")
        assert app.main.reader.span == (0, 1)
        await pilot.press("escape")
        assert app.main.reader.span is None and app.main.reader.pending_span is None and picked(app) == ""
        await pilot.press("right", "down")
        assert app.main.reader.span is None
        await pilot.press("up", "space")
        await settle(pilot)
        assert gutter_marks(app.main.reader)[2] == "●"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute('SELECT start, "end" FROM selections').fetchall() == [(0, len(THREE))]

"""Who said what: the Quotes pane by order and by speaker, scope, jumping to a quote, and the
entity detail line."""

from __future__ import annotations

import sqlite3

from textual.command import CommandList

from newsx.store.db import queries
from newsx.store import open_db
from newsx.tui.app import NewsxApp
from newsx.tui.who_said import group_by_speaker, palette_label
from newsx.tui.widgets.mentions_pane import MentionsPane
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import drawn_in, screen_text


def prompts(pane) -> list[str]:
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


def quote_marks(app) -> list[str]:
    """The words the reader draws marked as the chosen quote."""
    return drawn_in(app.main.reader, "reader--quote")


def test_speakers_merge_by_entity_and_by_description(quotes_db):
    db = open_db(quotes_db)
    try:
        speakers = group_by_speaker(queries.quotes(db))
    finally:
        db.close()
    names = [(s.name, len(s.quotes), s.direct, s.reported, s.named) for s in speakers]
    # "Mayor Elena Vasquez" and "Vasquez" are one entity: four quotes in two articles
    assert names[0] == ("Elena Vasquez", 4, 3, 1, True)
    # "a dock worker" and "A Dock Worker" are one described speaker, after the named one with as many quotes
    assert ("a dock worker", 2, 1, 1, False) in names
    assert names.index(("Tomas Reyes", 1, 0, 1, True)) == 2
    assert [q["seq"] for q in speakers[0].quotes] == sorted(q["seq"] for q in speakers[0].quotes if q["article_id"] == 1) + [1]


def test_palette_label_reads_speaker_then_first_words():
    q = {"speaker": "Vasquez", "speaker_entity": "Elena Vasquez", "text": "We have food\nfor ten days", "kind": "direct"}
    assert palette_label(q) == "quote: Elena Vasquez — We have food for ten days"
    assert palette_label({"speaker": None, "text": "x", "kind": "direct"}) == "quote: unattributed — x"


async def test_by_order_shows_direct_and_reported_apart(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        shown = prompts(pane)
        assert shown[0] == "¶2 Elena Vasquez said ≈ the port would reopen within a week"
        assert shown[1] == "¶3 Elena Vasquez told “We have food for ten days,”"
        assert shown[2] == "¶4 a dock worker said “Nobody has paid us since March,”"
        assert len(shown) == 5
        # the row's own style is plain: ¶N dim, speaker bold, the words themselves unstyled
        first = pane.get_option_at_index(1).prompt
        assert first.style == "" and not any(sp.start <= first.plain.index("We") < sp.end for sp in first.spans)
        assert str(pane.border_subtitle) == "5 · by order"


async def test_by_speaker_then_a_speaker_then_a_quote_marks_the_words(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        await pilot.press("g")  # from the reader: the pane switches and takes the focus
        assert app.focused is pane
        assert prompts(pane) == [
            "Elena Vasquez 3 “2 ≈1",
            "Tomas Reyes 1 ≈1",
            "a dock worker 1 “1",
        ]
        await pilot.press("enter")  # Elena Vasquez
        assert pane.speaker is not None and pane.speaker.name == "Elena Vasquez"
        assert str(pane.border_title) == "Quotes: Elena Vasquez"
        assert prompts(pane)[1:] == [
            "¶2 said ≈ the port would reopen within a week",
            "¶3 told “We have food for ten days,”",
            "¶6 said “The door is still open,”",
        ]
        await pilot.press("down", "enter")  # the second quote, ¶3 (the header cannot be highlighted)
        await settle(pilot)
        assert app.focused is app.main.reader
        assert app.main.reader.cursor_paragraph["seq"] == 2
        assert quote_marks(app) == ["We have food for ten days,"]

        pane.focus()
        await pilot.press("escape")  # back to the speakers, on the one we came from
        assert pane.speaker is None and pane.highlighted == 0 and pane.by_speaker
        await pilot.press("escape")  # nothing left to widen: back to the reader
        assert app.focused is app.main.reader
        await pilot.press("tab")  # a pane is still there to tab into
        assert app.focused is not None


async def test_choosing_an_entity_that_speaks_narrows_the_quotes_and_shows_its_detail(quotes_db):
    with sqlite3.connect(quotes_db) as conn:
        conn.execute("INSERT INTO aliases (entity_id, alias) SELECT id, 'Mayor Vasquez' FROM entities WHERE name = 'Elena Vasquez'")
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"vasquez", "enter")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert pane.speaker is not None and [q["seq"] for q in pane.shown_quotes] == [1, 2, 5]
        detail = app.query_one(MentionsPane).get_option_at_index(0).prompt.plain
        assert detail == "PERSON · actor · 4 mentions in 2 articles · 4 quotes\nalso: Mayor Vasquez, Vasquez"

        await pilot.press("escape", "slash", *"reyes", "enter")
        await settle(pilot)
        assert pane.speaker is not None and pane.speaker.name == "Tomas Reyes"


async def test_choosing_an_entity_that_never_speaks_widens_the_quotes(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"malik", "enter")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert pane.speaker is not None and pane.speaker.name == "Nuri al-Maliki"
        await pilot.press("escape", "slash", *"mosul", "enter")
        await settle(pilot)
        assert pane.speaker is None and len(pane.shown_quotes) == 1


async def test_a_place_shows_its_coordinates(two_article_db):
    with sqlite3.connect(two_article_db) as conn:
        conn.execute("UPDATE entities SET lat = 33.34, lon = 44.4 WHERE name = 'Baghdad'")
        conn.execute("UPDATE entities SET lat = -33.87, lon = -151.2 WHERE name = 'Mosul'")  # any sign, for the format
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"baghdad", "enter")
        await settle(pilot)
        detail = app.query_one(MentionsPane).get_option_at_index(0).prompt.plain
        assert detail == "GPE · location · 33.34°N 44.40°E · 3 mentions in 2 articles"
        await pilot.press("escape", "slash", *"mosul", "enter")
        await settle(pilot)
        assert "33.87°S 151.20°W" in app.query_one(MentionsPane).get_option_at_index(0).prompt.plain
        # enter on a mention below the detail line still goes to that mention
        mentions = app.query_one(MentionsPane)
        mentions.focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.reader.cursor_paragraph["id"] == mentions.mentions[1]["paragraph_id"]


async def test_corpus_scope_lists_every_article_and_jumps_across(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        shown = prompts(pane)
        assert len(pane.shown_quotes) == 7 and len(shown) == 7  # every one paged, none held
        # each row says its article: five of the first, then two of the second
        assert all(s.startswith(("¶2 Talks stall", "¶3 Talks stall", "¶4 Talks stall", "¶5 Talks stall", "¶6 Talks stall")) for s in shown[:5])
        assert shown[5].startswith("¶2 Port reopens") and shown[6].startswith("¶3 Port reopens")
        pane.focus()
        pane.highlighted = 5
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.view.article["title"] == "Port reopens to barges"
        assert quote_marks(app) == ["The first barge is in,"]
        assert "Talks stall" in screen_text(app)  # the corpus list stays when the article changes
        assert len(app.query_one(QuotesPane).shown_quotes) == 7

        await pilot.press("s")
        await settle(pilot)
        assert len(app.query_one(QuotesPane).quotes) == 2
        assert "No quotes" not in screen_text(app)


async def test_palette_quotes_read_speaker_then_words_and_jump(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"door")
        await pilot.pause(0.5)
        await settle(pilot)
        label = "quote: Elena Vasquez — The door is still open,"
        assert label in screen_text(app)
        commands = app.screen.query_one(CommandList)
        texts = [str(commands.get_option_at_index(i).hit.text) for i in range(commands.option_count)]
        commands.highlighted = texts.index(label)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.reader.cursor_paragraph["seq"] == 5
        assert quote_marks(app) == ["The door is still open,"]
        pane = app.query_one(QuotesPane)
        assert pane.get_option_at_index(pane.highlighted).id == f"q:{pane.quotes[4]['id']}"  # the pane follows


async def test_small_terminal_gives_the_room_to_what_has_content(tmp_path, two_article_db):
    """One article: no article list; no "other" entities: no Other pane; the export preview still shows text."""
    from newsx.tui.screens.export import ExportScreen
    from newsx.tui.widgets.article_list import ArticleList

    from .synthetic import build_store, two_articles

    single = build_store(tmp_path / "one.db", two_articles()[:1])
    app = NewsxApp(single, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.query_one(ArticleList).display and not app.main.facet("other").display
        assert app.query_one(QuotesPane).size.width >= 35  # two context panes share the width, not three
        await pilot.press("down", "space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert "> Fighters of the Islamic State" in screen_text(app)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one(ArticleList).display


async def test_a_corpus_lists_every_quote_and_every_speaker_past_the_rows_built_at_once(quotes_db, monkeypatch):
    from newsx.tui.widgets import quotes_pane

    monkeypatch.setattr(quotes_pane, "MAX_SHOWN", 2)
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        # in reading order the corpus is paged, never cut
        assert sum(1 for i in range(pane.option_count) if (pane.get_option_at_index(i).id or "").startswith("q:")) == 7
        await pilot.press("g")
        await settle(pilot)
        # the corpus's speakers are counted in the store and paged too: none is left out
        assert prompts(pane)[-1] == "Tomas Reyes 1"
        assert sum(1 for i in range(pane.option_count) if (pane.get_option_at_index(i).id or "").startswith("s:")) == 3


async def test_brackets_walk_one_speakers_quotes_from_the_reader(quotes_db):
    app = NewsxApp(quotes_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")  # no speaker chosen: every quote, the first
        await settle(pilot)
        assert quote_marks(app) == ["the port would reopen within a week"]
        await pilot.press("slash", *"vasquez", "enter")  # now only hers
        await settle(pilot)
        walked = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            walked.append(quote_marks(app)[0])
        assert walked == [
            "the port would reopen within a week",
            "We have food for ten days,",
            "The door is still open,",
            "the port would reopen within a week",  # wrapped, with a notice
        ]
        assert any("Wrapped to the first quote" in str(n.message) for n in app._notifications)
        assert app.focused is app.main.reader
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert quote_marks(app) == ["The door is still open,"]

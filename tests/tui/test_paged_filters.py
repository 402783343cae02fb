"""The corpus scope's filtered lists hold every row of the store, past the caps they used to stop at: the Quotes
pane filtered (f), narrowed to one speaker (g and enter, or an entity chosen), its speakers (g), a facet pane in
every order (o) and an entity's mentions each reach the corpus's last row with End, and their borders count every
row the store has."""

from __future__ import annotations

import datetime as dt

import pytest

from newsx.store.db import corrections, pages, queries
from newsx.store.db.schema import open_db
from newsx.tui.app import NewsxApp
from newsx.tui.pages import TablePages
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.mentions_pane import MentionsPane
from newsx.tui.who_said import FILTERS, group_by_speaker, keep
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, Quote, build_store, write_article

ARTICLES = 75
QUOTES_EACH = 20  # 1,500 quotes: past the first 1,000 the filters used to work on
DELEGATES = "abcde"  # 5 an article: with the spokesmen, past the 300 rows a facet order used to list
QUOTES = ARTICLES * QUOTES_EACH
ACTORS = ARTICLES * (1 + len(DELEGATES)) + 2  # the spokesmen, the delegates, Maliki and Zed Amos
MALIKI = Entity("Nuri al-Maliki", "actor", "PERSON", ("Maliki",))
MALIKI_SAYS, OFFICIALS_SAY = 3, 5  # the quote of each article they are given


def speaker_of(i: int, j: int) -> tuple[str, str | None]:
    """Who says quote j of article i, and the entity it is linked to (None: unlinked)."""
    if j % 10 == 9:
        return "who", None  # to review: two an article
    if j == MALIKI_SAYS:
        return "Maliki", MALIKI.name
    if j == OFFICIALS_SAY:
        return "Officials", None
    return f"Number{i:02d}", f"Spokesman Number{i:02d}"


def briefing(i: int) -> Article:
    spokesman = Entity(f"Spokesman Number{i:02d}", "actor", aliases=(f"Number{i:02d}",))
    delegates = [Entity(f"Delegate {i:02d}{k}", "actor") for k in DELEGATES]
    extra = [Entity("Zed Amos", "actor")] if i == 0 else []  # last by name, and by articles (one mention)
    met = ", ".join(e.name for e in delegates + extra)
    body = []
    quotes = []
    for j in range(QUOTES_EACH):
        words, linked = speaker_of(i, j)
        said = f"Briefing {i:02d} point {j:02d} stands,"
        body.append(("body", f"\u201c{said}\u201d {words} said."))
        direct = j % 2 == 0 or (j == MALIKI_SAYS and i % 2 == 0)  # Maliki's: direct in every other article
        quotes.append(Quote(j + 2, words, said, kind="direct" if direct else "indirect", entity=linked))
    return Article(
        title=f"Briefing {i:02d}",
        paragraphs=[("title", f"Briefing {i:02d}"), ("body", f"Nuri al-Maliki met {met}."), *body],
        entities=[spokesman, MALIKI, *delegates, *extra],
        quotes=quotes,
        published=(dt.date(2014, 1, 1) + dt.timedelta(days=i)).isoformat(),
    )


@pytest.fixture(scope="module")
def briefings_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("paged") / "briefings.db", [briefing(i) for i in range(ARTICLES)])


async def corpus_quotes(pilot) -> QuotesPane:
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    pane = pilot.app.query_one(QuotesPane)
    pilot.app.main.set_focus(pane)
    await pilot.pause()
    return pane


async def test_each_filter_lists_every_quote_of_the_corpus_it_keeps_to_the_last(briefings_db):
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await corpus_quotes(pilot)
        assert pane.border_subtitle == f"{QUOTES:,} · by order"
        # filter -> (how many the corpus has, its first quote, its last)
        expected = {
            "review": (2 * ARTICLES, (0, 9), (ARTICLES - 1, 19)),
            "direct": (QUOTES // 2 + ARTICLES // 2 + 1, (0, 0), (ARTICLES - 1, 18)),
            "reported": (QUOTES // 2 - ARTICLES // 2 - 1, (0, 1), (ARTICLES - 1, 19)),
        }
        for which, (count, (first_i, first_j), (last_i, last_j)) in expected.items():
            await pilot.press("f")
            await settle(pilot)
            assert pane.filter == which
            assert pane.border_subtitle == f"{count:,}/{QUOTES:,} · by order"
            assert pane.option_count == count
            await pilot.press("end")
            await settle(pilot)
            last = f"Briefing {last_i:02d} point {last_j:02d} stands"
            assert last in pane.highlighted_quote["text"]
            assert f"¶{last_j + 3} Briefing {last_i:02d} ·" in screen_text(app)  # drawn, not only highlighted
            await pilot.press("home")
            await settle(pilot)
            assert f"Briefing {first_i:02d} point {first_j:02d} stands" in pane.highlighted_quote["text"]
        await pilot.press("f")  # all again: every quote of the store
        await settle(pilot)
        assert pane.border_subtitle == f"{QUOTES:,} · by order"


async def test_the_speakers_view_lists_every_speaker_of_the_corpus_and_one_picked_all_their_quotes(briefings_db):
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await corpus_quotes(pilot)
        await pilot.press("g")
        await settle(pilot)
        # every speaker of the corpus, those past its first 1,000 quotes too: the spokesmen, Maliki, the
        # officials and "who"; most quoted first, then named before unnamed, then by name
        assert pane.option_count == ARTICLES + 3
        assert pane.border_subtitle == f"{QUOTES:,} · by speaker"
        await pilot.press("end")
        await settle(pilot)
        spokesman = f"Spokesman Number{ARTICLES - 1:02d} {QUOTES_EACH - 4}"
        assert pane.get_option_at_index(pane.highlighted).prompt.plain == spokesman
        assert spokesman in screen_text(app)
        await pilot.press("home")
        assert pane.get_option_at_index(pane.highlighted).prompt.plain == f"who {2 * ARTICLES}"
        pane.highlighted = pane.get_option_index("s:said:officials")
        await pilot.press("enter")
        await settle(pilot)
        assert pane.speaker is not None and pane.speaker.key == "said:officials"
        assert pane.border_subtitle == f"{ARTICLES}/{QUOTES:,} · by order"
        assert f"Officials {ARTICLES} ≈{ARTICLES}" in screen_text(app)  # every one reported
        await pilot.press("end")
        await settle(pilot)
        last = f"Briefing {ARTICLES - 1:02d} point {OFFICIALS_SAY:02d} stands"
        assert last in pane.highlighted_quote["text"]
        assert f"¶{OFFICIALS_SAY + 3} Briefing {ARTICLES - 1:02d} ·" in screen_text(app)
        await pilot.press("f", "f")  # direct: none of theirs, so the pane widens to the speakers again
        await settle(pilot)
        assert pane.speaker is None and pane.by_speaker
        assert pane.border_subtitle == f"{QUOTES // 2 + ARTICLES // 2 + 1:,}/{QUOTES:,} · by speaker"


async def test_an_entity_chosen_narrows_the_corpus_quotes_to_all_of_its_own(briefings_db):
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await corpus_quotes(pilot)
        actors = app.query_one("#facet-actor", FacetPane)
        app.main.set_focus(actors)
        await pilot.press("home", "enter")  # the most mentioned: Maliki, in every article
        await settle(pilot)
        assert pane.speaker is not None and pane.speaker.name == MALIKI.name
        assert pane.border_subtitle == f"{ARTICLES}/{QUOTES:,} · by order"
        assert f"{MALIKI.name} {ARTICLES} “{ARTICLES // 2 + 1} ≈{ARTICLES // 2}" in screen_text(app)
        app.main.set_focus(pane)
        await pilot.press("end")
        await settle(pilot)
        last = f"Briefing {ARTICLES - 1:02d} point {MALIKI_SAYS:02d} stands"
        assert last in pane.highlighted_quote["text"]
        assert f"¶{MALIKI_SAYS + 3} Briefing {ARTICLES - 1:02d} ·" in screen_text(app)
        await pilot.press("E")  # export: all of his quotes, not those among the corpus's first
        await settle(pilot)
        assert f"Quotes of {MALIKI.name} ({ARTICLES})" in screen_text(app)


async def test_a_facet_pane_in_every_paged_order_lists_every_entity_of_the_corpus(briefings_db):
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_quotes(pilot)
        pane = app.query_one("#facet-actor", FacetPane)
        app.main.set_focus(pane)
        # by first appearance: Maliki opens the earliest briefing; the last briefing's spokesman speaks last
        last_spokesman = f"Spokesman Number{ARTICLES - 1:02d}"
        for order, label, first, last in (
            ("name", "name", "Delegate 00a", "Zed Amos"), ("first", "appearance", MALIKI.name, last_spokesman),
            ("articles", "articles", MALIKI.name, "Zed Amos"),
        ):
            while pane.order != order:
                await pilot.press("o")
                await settle(pilot)
            assert str(pane.border_subtitle) == f"{ACTORS} · by {label}"
            assert pane.option_count == ACTORS
            await pilot.press("home")
            assert pane.get_option_at_index(pane.highlighted).entity["name"] == first
            await pilot.press("end")
            await settle(pilot)
            assert pane.get_option_at_index(pane.highlighted).entity["name"] == last
            assert last in screen_text(app)


def test_the_store_filters_and_counts_speakers_as_the_pane_does_for_one_article(briefings_db):
    """The corpus's SQL (store/db/pages.py, and the speaker counts the store keeps) and an article's Python
    (tui/who_said.py) keep the same quotes and group them under the same speakers, in the same order."""
    db = open_db(briefings_db, readonly=True)
    try:
        every = queries.quotes(db)
        for which in FILTERS:
            kept = [q for q in every if keep(q, which)]
            filters = () if which == "all" else (which,)
            assert pages.count(db.conn, "quotes", (), filters) == len(kept)
            ids = pages.window(db.conn, "quotes", "reading", 0, len(kept), len(kept), (), filters)
            assert ids == [q["id"] for q in kept]
            total = pages.count(db.conn, "speakers", (which,))
            rows = queries.speakers_by_id(db, pages.window(db.conn, "speakers", "quotes", 0, total, total, (which,)))
            counted = [(row["key"], row["quotes"]) for row in rows]
            assert counted == [(s.key, len(s.quotes)) for s in group_by_speaker(kept)]
    finally:
        db.close()


async def test_the_speakers_view_counts_what_an_ingest_and_corrections_change(tmp_path):
    """`g` reads the counts the store keeps as quotes are written: another writer's article and a correction (a
    rename, a merge) show in the speakers view at the next reload, each count exact."""
    path = build_store(tmp_path / "few.db", [briefing(i) for i in range(3)])
    app = NewsxApp(path, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await corpus_quotes(pilot)
        await pilot.press("g")
        await settle(pilot)
        shown = screen_text(app)
        # a spokesman says 16 of his briefing's 20; Maliki, the officials one each, "who" two each
        assert "Spokesman Number00 16" in shown and f"{MALIKI.name} 3" in shown and "who 6" in shown
        db = open_db(path)
        try:
            write_article(db, briefing(3))  # another writer's ingest
            await pilot.press("r")
            await settle(pilot)
            assert pane.by_speaker
            assert f"{MALIKI.name} 4" in screen_text(app) and "who 8" in screen_text(app)
            maliki = db.execute("SELECT id FROM entities WHERE name = ?", [MALIKI.name]).fetchone()[0]
            corrections.rename(db, maliki, "Nouri al-Maliki")
            spokesman = db.execute("SELECT id FROM entities WHERE name = 'Spokesman Number02'").fetchone()[0]
            corrections.merge(db, spokesman, maliki)  # his 16 are Maliki's now
        finally:
            db.close()
        await pilot.press("r")
        await settle(pilot)
        app.main.set_focus(pane)
        await pilot.press("home")
        assert pane.get_option_at_index(pane.highlighted).prompt.plain == "Nouri al-Maliki 20"
        assert "Spokesman Number02" not in screen_text(app)
        assert pane.border_subtitle == f"{4 * QUOTES_EACH:,} · by speaker"


async def test_the_mentions_of_an_entity_named_in_every_article_reach_the_last_and_wrap(briefings_db):
    """Maliki's mentions in the corpus (two a briefing: he meets the delegates, then speaks; paged from the store,
    not read whole): End shows the last briefing's last, and N from the first wraps to it too."""
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_quotes(pilot)
        await pilot.press("slash", *"maliki", "enter")
        await settle(pilot)
        mentions = app.query_one(MentionsPane)
        assert mentions.border_subtitle == str(2 * ARTICLES)
        assert isinstance(mentions.paged_rows, TablePages)
        last = f"Briefing {ARTICLES - 1:02d}"
        app.main.set_focus(mentions)
        await pilot.press("end")
        await settle(pilot)
        assert last in screen_text(app)
        assert mentions.get_option_at_index(mentions.highlighted).mention["title"] == last
        app.main.set_focus(app.main.reader)
        await pilot.press("home")
        app.main.focus_mention(0)
        await settle(pilot)
        await pilot.press("N")  # from the first, wrapped to the last: that briefing is read
        await settle(pilot)
        assert app.main.mention_index == 2 * ARTICLES - 1
        assert app.main.view.article["title"] == last


async def test_G_takes_every_list_to_its_last_row_as_end_does(briefings_db):
    """G (as in vim and less) in the corpus's quotes, actors, Maliki's mentions, the article list and the text's
    hits: the last row highlighted and drawn; home back to the first."""
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_quotes(pilot)
        # list -> how many rows, and what its last one says (the quotes before Maliki is chosen: then they are his)
        expected = {
            "#quotes": (QUOTES, f"¶{QUOTES_EACH + 2} Briefing {ARTICLES - 1:02d} ·"),  # its last point's paragraph
            "#articles": (ARTICLES, "Briefing 00"),  # newest first
            "#mentions": (2 * ARTICLES, f"Briefing {ARTICLES - 1:02d}"),
        }
        for selector, (count, last) in expected.items():
            if selector == "#mentions":
                await pilot.press("slash", *"maliki", "enter")
                await settle(pilot)
            pane = app.main.query_one(selector)
            app.main.set_focus(pane)
            await pilot.press("home", "G")
            await settle(pilot)
            # the mentions follow a row on the entity itself
            assert (len(pane.paged_rows), pane.highlighted) == (count, pane.option_count - 1), selector
            assert last in pane.get_option_at_index(pane.highlighted).prompt.plain, selector
            assert last in screen_text(app), selector  # drawn, not only highlighted
            await pilot.press("home")
            assert pane.highlighted == pane.option_count - count
        await pilot.press("slash", *"stands")  # every quote's paragraph has the word: the text's hits fill their pane
        await settle(pilot)
        hits = app.main.query_one("#text-hits")
        assert hits.option_count > 20
        app.main.set_focus(hits)
        await pilot.press("G")
        assert hits.highlighted == hits.option_count - 1
        await pilot.press("escape")  # the search cleared: the actors in the corpus, by mentions
        await settle(pilot)
        actors = app.main.facet("actor")
        app.main.set_focus(actors)
        await pilot.press("G")
        await settle(pilot)
        assert (actors.option_count, actors.highlighted) == (ACTORS, ACTORS - 1)
        assert "Zed Amos" in screen_text(app)  # the one actor named once


async def test_paging_down_and_up_a_long_list_reads_each_page_from_the_one_beside_it(briefings_db, monkeypatch):
    """Page keys from either end of the corpus's quotes cross its pages (100 rows) onto the right rows, and each
    new page is read from the edge row of the page beside it: never by OFFSET, which walks every row it skips
    (a tenth of a second half a million quotes in)."""
    statements: list[str] = []
    connect = TablePages._connect

    def traced(self):
        conn = connect(self)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(TablePages, "_connect", traced)
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await corpus_quotes(pilot)

        def shows(index: int) -> bool:
            i, j = divmod(index, QUOTES_EACH)  # reading order: briefing by briefing, point by point
            return f"Briefing {i:02d} point {j:02d} stands" in pane.highlighted_quote["text"]

        statements.clear()
        while pane.highlighted < 250:  # into the third page
            await pilot.press("pagedown")
        assert shows(pane.highlighted)
        await pilot.press("end")
        statements.clear()
        while pane.highlighted > QUOTES - 250:  # back into the third page from the end
            await pilot.press("pageup")
        await settle(pilot)
        assert shows(pane.highlighted)
        assert screen_text(app).count("stands") > 5  # the rows around it drawn
    reads = [sql for sql in statements if "ORDER BY" in sql]
    assert reads and not [sql for sql in reads if "OFFSET" in sql]

"""A new reader's terminal, 80x24: every pane shows whole rows, whole title parts and whole details, before and
after the terminal is resized."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, Quote, build_store
from .test_narrow_panes import rows_shown

HARBOUR = Entity("Port Selwyn", "location", "GPE")
SPEAKERS = ["Ana Okafor", "Bram Lindqvist", "Carla Mendes", "Dev Raman", "Edith Kowal", "Femi Adeyemi"]
ONLOOKERS = ["Gus Pereira", "Hana Sato", "Ivo Marsh", "Jun Park", "Kofi Mensah", "Lea Brandt"]
SAID = [
    "The cranes will stand idle until every contract is signed again",
    "Nobody on the night shift has been told when the gates open",
    "We asked the council twice and heard nothing back from them",
    "Ships are turning away from here toward the northern terminals",
    "The barges go out at dawn, as they always do",
    "The barges will sail at first light as always",
]  # twelve words at most (who_said.FIRST_WORDS); the last two rows wrap to three lines at 32 or 34 cells, two at 36


def quoted_harbour() -> Article:
    """A made-up story of six speakers, each quoted once in words that wrap to two or three lines of a narrow pane,
    and six onlookers: twelve actors, more than a short terminal's Actors pane shows."""
    title = "Harbour strike enters its second week"
    body = [("body", f"\u201c{words},\u201d {name} said at Port Selwyn.") for name, words in zip(SPEAKERS, SAID)]
    body.append(("body", f"Also on the quay were {', '.join(ONLOOKERS)}."))
    return Article(
        title, [("title", title), *body], [HARBOUR, *(Entity(name, "actor") for name in SPEAKERS + ONLOOKERS)],
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


async def test_a_resize_keeps_each_list_on_its_highlighted_row(tmp_path):
    """A list kept the scroll of the size it had: back at 80x24 from 120x40, the Quotes pane showed two quotes
    above the last one, which End had highlighted."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.set_focus(app.main.query_one("#quotes"))
        await pilot.press("end")
        await settle(pilot)
        for size in ((120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert rows_shown(app, "#quotes")[-1].endswith("always,”"), (size, rows_shown(app, "#quotes"))


async def test_a_facet_giving_up_the_focus_keeps_its_highlighted_row_in_view(tmp_path):
    """At 80x24 the pane in focus grows; the row End took it to went out of view when it shrank again."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        actors = app.main.facet("actor")
        app.main.set_focus(actors)
        await pilot.press("end")
        await settle(pilot)
        last = actors.by_id[actors.highlighted_entity_id]["name"]
        app.main.set_focus(app.main.reader)
        await settle(pilot)
        assert any(row.startswith(last) for row in rows_shown(app, "#facet-actor")), rows_shown(app, "#facet-actor")


async def test_narrowed_to_80_columns_a_search_hides_the_panes_that_found_nothing(tmp_path):
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour()]), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"selwyn")
        await settle(pilot)
        assert app.main.facet("actor").display  # wide, every pane stays
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not app.main.facet("actor").display
        assert len(rows_shown(app, "#text-hits")) >= 4
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert app.main.facet("actor").display


def harbour_diary() -> Article:
    """A second made-up story that says "Selwyn" in each of its paragraphs: a query with ten hits or more."""
    title = "A week on the Selwyn waterfront"
    body = [("body", f"Day {day}: the Selwyn quay was quiet again, and the barges stayed tied up.") for day in range(1, 8)]
    return Article(title, [("title", title), *body], [HARBOUR], published="2014-06-20")


def border_lines(app, pane_id: str) -> list[str]:
    """The pane's top and bottom border lines as the screen shows them (its title, count and order); a short
    terminal's facet panes have a top one only."""
    pane = app.main.query_one(pane_id)
    region, lines = pane.region, screen_text(app).splitlines()
    borders = (region.y,) if pane.compact_titles else (region.y, region.y + region.height - 1)
    return [lines[y][region.x : region.x + region.width] for y in borders]


async def test_80_columns_keep_whole_title_parts_and_the_query(tmp_path):
    """Textual cut a label at the border's end: "Actors · 12 · by menti…", "In the text · 13 · “sel…"."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour(), harbour_diary()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panes = ("#facet-actor", "#facet-location", "#mentions", "#quotes", "#articles")
        for pane_id in panes:
            assert not any("…" in line for line in border_lines(app, pane_id)), (pane_id, border_lines(app, pane_id))
        assert "Actors · 12" in border_lines(app, "#facet-actor")[0]
        await pilot.press("slash", *"selwyn")
        await settle(pilot)
        hits = app.main.query_one("#text-hits")
        assert len(hits.hits) >= 10
        assert "“selwyn”" in border_lines(app, "#text-hits")[0], border_lines(app, "#text-hits")
        for pane_id in ("#facet-location", "#text-hits"):
            assert not any("…" in line for line in border_lines(app, pane_id)), (pane_id, border_lines(app, pane_id))
        await pilot.resize_terminal(120, 40)  # a wider pane: its count comes back, under it
        await settle(pilot)
        assert f"{len(hits.hits)} · “selwyn”" in border_lines(app, "#text-hits")[-1], border_lines(app, "#text-hits")


def test_a_title_gives_up_whole_parts_highest_rank_first():
    from rich.text import Text

    from newsx.tui.widgets.titles import Part, fit, named, quoted

    parts = [Part.of("In the text"), Part.of("3 here, 12 in all", "12", rank=2), quoted(Text("selwyn"), rank=1)]
    assert fit(parts, 60).plain == "In the text · 3 here, 12 in all · “selwyn”"
    assert fit(parts, 27).plain == "In the text · 12 · “selwyn”"
    assert fit(parts, 26).plain == "In the text · “selwyn”"
    assert fit(parts, 22).plain == "In the text · “selwyn”"
    assert fit([Part.of("In the text"), quoted(Text("harbour strike talks"), rank=1)], 24).plain == "In the text · “harbour…”"
    assert fit([Part.of("Actors"), Part.of("18", rank=1), Part.of("by mentions", rank=2)], 22).plain == "Actors · 18"
    name = named("Mentions", Text("Islamic State in Iraq and the Levant"))
    assert fit([name], 60).plain == "Mentions: Islamic State in Iraq and the Levant"
    assert fit([name], 30).plain == "Mentions: Islamic State in…"
    assert fit([name], 20).plain == "Mentions: Islamic…"
    assert fit([name], 12).plain == "Mentions"


async def test_the_header_keeps_whole_parts_at_80_columns(tmp_path):
    """The header cut the store's path and counts at any cell ("· 40 entities …"): at 80 columns it names the
    store's file and its counts, in full from 160."""
    db = build_store(tmp_path / "harbour.db", [quoted_harbour()])
    app = NewsxApp(db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        header = screen_text(app).splitlines()[0]
        assert "…" not in header and "newsx-tui — harbour.db · 1 article(s) · 13 entities" in header, header
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        header = screen_text(app).splitlines()[0]
        assert f"{db} · 1 article(s) · 13 entities · 0 selected" in header, header


async def test_the_mentions_pane_shows_the_details_whole_or_not_at_all(tmp_path):
    """Scrolled to a mention, a short Mentions pane began with the last line of the entity's details ("article"):
    there they take one line, in whole parts."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"port selwyn", "enter")
        await settle(pilot)
        assert rows_shown(app, "#mentions")[0] == "GPE · location · 6 mentions"
        for key in ("n", "n", "n", "N", "N", "end", "home"):
            await pilot.press(key)
            await settle(pilot)
            first = rows_shown(app, "#mentions")[0]
            # the details whole, a mention's first line, or the second line of a mention's snippet ("… said at Port")
            assert first.startswith(("GPE · location", "¶")) or " said at " in first, (key, rows_shown(app, "#mentions"))
        assert rows_shown(app, "#mentions")[0].startswith("GPE · location")


async def test_the_text_hits_grow_in_focus(tmp_path):
    """Tab into a pane of the left column and it grows: the text hits' did not, though their rows are the longest."""
    app = NewsxApp(build_store(tmp_path / "harbour.db", [quoted_harbour(), harbour_diary()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"selwyn")
        await settle(pilot)
        before = len(rows_shown(app, "#text-hits"))
        app.main.set_focus(app.main.query_one("#text-hits"))
        await settle(pilot)
        assert len(rows_shown(app, "#text-hits")) > before


def test_a_mention_snippet_ends_after_a_whole_word():
    """A narrow Mentions pane's row ended "…death in B…": the window around a mention is cut between words."""
    from newsx.tui.text import snippet

    raw = "The High Court ruled on Tuesday that Baha Mousa's death in British custody in Iraq fell within the law."
    start = raw.index("Mousa")
    shown = snippet(raw, start, start + len("Mousa"), "bold", width=36).plain
    assert shown.endswith("…") and shown[:-1].rstrip().split()[-1] in raw.split(), shown
    assert raw[raw.index(shown[1:-1]) + len(shown[1:-1])] == " ", shown


async def test_a_name_at_the_end_of_a_long_headline_is_in_its_mention_row(tmp_path):
    """In the corpus scope a mention's row begins with its article's title: the snippet was cut as if it had both lines
    to itself, and a name at the end of a long headline wrapped past the row's second line ("…Allegation Against")."""
    assange = Entity("Julian Assange", "actor")
    title = "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange"
    articles = [
        Article(title, [("title", title), ("body", "Prosecutors closed the case on Tuesday.")], [assange]),
        Article("Embassy talks", [("title", "Embassy talks"), ("body", "Julian Assange stayed in London.")], [assange]),
    ]
    app = NewsxApp(build_store(tmp_path / "assange.db", articles), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s", "slash", *"julian ass", "enter")
        await settle(pilot)
        rows = rows_shown(app, "#mentions")
        headline = next(i for i, row in enumerate(rows) if row.startswith("¶1 Sweden"))
        assert rows[headline + 1].endswith("Julian Assange"), rows

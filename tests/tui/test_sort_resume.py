"""`o` sorts the pane in focus (Actors, Locations, Other by mentions, name, appearance, articles; the
Articles list by date, title, source, last ingested), the orders last, and the store opens where its
reader left it (issue 15 item 9)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsx.store import open_db
from newsx.tui import settings
from newsx.tui.app import NewsxApp

from ..conftest import SAMPLE
from .conftest import settle
from .screen import rows_on, screen_text
from .synthetic import Article, Entity, build_store, write_article

SIZE = (160, 48)
WALID = Entity("Walid Omar", "actor")
AMIRA = Entity("Amira Haddad", "actor")
KARIM = Entity("Karim Zaid", "actor")
ACTORS = [e.name for e in (WALID, AMIRA, KARIM)]

# Every order gives the three actors in a different sequence, in the newest article and in the corpus:
#   mentions   Karim (3), Walid (2 here; 3 in the corpus, Karim first by name), Amira (1)
#   name       Amira, Karim, Walid
#   appearance Walid (¶2 here; the earliest article in the corpus), Amira (¶2, after him), Karim (¶3)
#   articles   Walid (2 articles), Karim (1, 3 mentions), Amira (1, 1 mention)
ORDERS = {
    "mentions": ["Karim Zaid", "Walid Omar", "Amira Haddad"],
    "name": ["Amira Haddad", "Karim Zaid", "Walid Omar"],
    "appearance": ["Walid Omar", "Amira Haddad", "Karim Zaid"],
    "articles": ["Walid Omar", "Karim Zaid", "Amira Haddad"],
}
# ingested in this order: Earlier talks, Talks in Basra, Aid reaches the port
ARTICLE_ORDERS = {
    "date": ["Talks in Basra", "Aid reaches the port", "Earlier talks"],
    "title": ["Aid reaches the port", "Earlier talks", "Talks in Basra"],
    "source": ["Earlier talks", "Aid reaches the port", "Talks in Basra"],  # AFP, AP, Reuters
    "last ingested": ["Aid reaches the port", "Talks in Basra", "Earlier talks"],
}
PORT_TEXT = [
    "The first ship docked before dawn.",
    "Cranes worked through the morning.",
    "By noon the quay was full of sacks of flour.",
    "Volunteers loaded the trucks in the afternoon.",
]


def articles() -> list[Article]:
    earlier = Article(
        title="Earlier talks",
        paragraphs=[("title", "Earlier talks"), ("body", "Walid Omar arrived in the city.")],
        entities=[WALID],
        agency="AFP",
        published="2014-06-01",
    )
    basra = Article(
        title="Talks in Basra",
        paragraphs=[
            ("title", "Talks in Basra"),
            ("body", "Walid Omar met Amira Haddad on Monday."),
            ("body", "Karim Zaid said Walid Omar would stay, and Karim Zaid agreed."),
            ("body", "Karim Zaid left before the evening."),
        ],
        entities=[WALID, AMIRA, KARIM],
        agency="Reuters",
        published="2014-06-10",
    )
    port = Article(
        title="Aid reaches the port",
        paragraphs=[("title", "Aid reaches the port"), *(("body", text) for text in PORT_TEXT)],
        agency="AP",
        published="2014-06-05",
    )
    return [earlier, basra, port]


@pytest.fixture
def talks_db(tmp_path) -> Path:
    return build_store(tmp_path / "talks.db", articles())


def shown_names(pane, names: list[str]) -> list[str]:
    """The names the pane's rows start with, top to bottom, as drawn."""
    rows = [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]
    return [next(n for n in names if row.startswith(n)) for row in rows if any(row.startswith(n) for n in names)]


def shown_titles(app) -> list[str]:
    pane = app.main.query_one("#articles")
    return [pane.get_option_at_index(i).prompt.plain.split("\n")[0] for i in range(pane.option_count)]


async def sort_and_check(pilot, pane, names: list[str]) -> None:
    """Press o on the pane through every order and back: each shows its rows and says its name."""
    app = pilot.app
    app.main.set_focus(pane)
    await pilot.pause()
    assert " o Sort " in screen_text(app).splitlines()[-1]  # the footer offers it in the pane
    for label, expected in [*list(ORDERS.items())[1:], *list(ORDERS.items())[:1]]:
        await pilot.press("o")
        assert str(pane.border_subtitle).endswith(f"by {label}")  # said at once, before the rows come
        await settle(pilot)
        assert shown_names(pane, names) == expected, label
        assert f"by {label}" in screen_text(app)


async def test_o_sorts_the_actors_of_the_article_and_of_the_corpus(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = app.main.facet("actor")
        assert app.main.view.article["title"] == "Talks in Basra"
        assert shown_names(actors, ACTORS) == ORDERS["mentions"]
        assert str(actors.border_subtitle) == "3 · by mentions"
        await sort_and_check(pilot, actors, ACTORS)

        await pilot.press("s")  # the corpus: the same orders, counted over both articles
        await settle(pilot)
        assert "scope: corpus" in screen_text(app)
        assert shown_names(actors, ACTORS) == ORDERS["mentions"]
        await sort_and_check(pilot, actors, ACTORS)

        # each number shown is the one sorted by: articles, in the articles order
        app.main.set_focus(actors)
        await pilot.press("o", "o", "o")  # a burst: each press moves on from the last
        await settle(pilot)
        assert str(actors.border_subtitle) == "3 · by articles"
        rows = [actors.get_option_at_index(i).prompt.plain.split() for i in range(actors.option_count)]
        assert [r[2] for r in rows] == ["2", "1", "1"]  # Walid Omar in two articles, the others in one


async def test_a_search_ranks_by_match_whatever_the_order(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = app.main.facet("actor")
        app.main.set_focus(actors)
        await pilot.press("o")  # by name: Amira first
        await settle(pilot)
        await pilot.press("slash", *"walid omar")
        await settle(pilot)
        assert shown_names(actors, ACTORS)[0] == "Walid Omar"
        assert str(actors.border_subtitle).endswith("“walid omar” · by match")
        await pilot.press("escape")
        await settle(pilot)
        assert shown_names(actors, ACTORS) == ORDERS["name"]
        assert str(actors.border_subtitle) == "3 · by name"


async def test_o_sorts_the_article_list(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.main.query_one("#articles")
        assert shown_titles(app) == ARTICLE_ORDERS["date"]
        app.main.set_focus(pane)
        for label, expected in [*list(ARTICLE_ORDERS.items())[1:], *list(ARTICLE_ORDERS.items())[:1]]:
            await pilot.press("o")
            await settle(pilot)
            assert shown_titles(app) == expected, label
            assert str(pane.border_subtitle) == f"3 · by {label}"
        # the list says the date it is in the order of when it shows none otherwise
        await pilot.press("o", "o", "o")
        await settle(pilot)
        assert "ingested 20" in pane.get_option_at_index(0).prompt.plain
        assert app.main.view.article["title"] == "Talks in Basra"  # sorting never changes what is read


async def test_o_elsewhere_says_where_it_works(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert any("tab to Actors" in str(n.message) for n in app._notifications)


async def test_the_orders_survive_a_restart(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.main.set_focus(app.main.facet("actor"))
        await pilot.press("o", "o")  # appearance
        app.main.set_focus(app.main.query_one("#articles"))
        await pilot.press("o")  # title
        await settle(pilot)
    saved = settings.load()
    assert (saved.actor_order, saved.location_order, saved.article_order) == ("first", "mentions", "title")

    again = NewsxApp(talks_db, poll_seconds=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = again.main.facet("actor")
        assert shown_names(actors, ACTORS) == ORDERS["appearance"]
        assert str(actors.border_subtitle) == "3 · by appearance"
        assert shown_titles(again) == ARTICLE_ORDERS["title"]
        # not the top of the list as it is sorted now: the article read last
        assert again.main.view.article["title"] == "Talks in Basra"


async def read_port_to(pilot, paragraph: int) -> None:
    """Open "Aid reaches the port" from the article list and move the cursor to ¶`paragraph`."""
    app = pilot.app
    pane = app.main.query_one("#articles")
    app.main.set_focus(pane)
    pane.highlighted = shown_titles(app).index("Aid reaches the port")
    await pilot.press("enter")
    await settle(pilot)
    assert app.main.view.article["title"] == "Aid reaches the port"
    await pilot.press(*["down"] * (paragraph - 1))
    await settle(pilot)


def cursor_on(app) -> str:
    """The cursor paragraph's text, once its first line is seen drawn on the cursor's background."""
    reader = app.main.reader
    (first, *_) = rows_on(reader, "reader--cursor-paragraph")
    text = reader.cursor_paragraph["text"]
    assert text.startswith(first.split(maxsplit=1)[1].strip())
    return text


async def test_a_restart_opens_the_last_article_at_the_last_paragraph(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"] == "Talks in Basra"  # nothing read yet: the newest
        await read_port_to(pilot, 4)
        assert cursor_on(app) == PORT_TEXT[2]
    saved = json.loads(settings.config_path().read_text())["positions"][settings.store_key(talks_db)]
    assert saved["source"] == "synthetic:Aid reaches the port" and saved["paragraph"] == 3

    again = NewsxApp(talks_db, poll_seconds=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.main.view.article["title"] == "Aid reaches the port"
        assert cursor_on(again) == PORT_TEXT[2]  # the cursor paragraph, highlighted
        assert "¶4" in screen_text(again)  # and the status line says where
        await pilot.press("down")
        await settle(pilot)

    # a restart, and the paragraph found by its text after a new version moved it down
    build_store_again(talks_db, ["A correction was added at the top.", *PORT_TEXT])
    third = NewsxApp(talks_db, poll_seconds=None)
    async with third.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert third.main.view.article["title"] == "Aid reaches the port"
        assert cursor_on(third) == PORT_TEXT[3]


def build_store_again(path: Path, body: list[str]) -> None:
    """A new version of "Aid reaches the port" (same source: it replaces the old one, with new row ids)."""
    db = open_db(path)
    write_article(
        db,
        Article(title="Aid reaches the port", paragraphs=[("title", "Aid reaches the port"), *(("body", t) for t in body)],
                agency="AP", published="2014-06-05"),
    )
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE title = 'Aid reaches the port'").fetchone()[0] == 1


async def test_when_the_article_read_last_is_gone_the_newest_opens(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await read_port_to(pilot, 3)
    with sqlite3.connect(talks_db) as conn:  # deleted by hand, as a reader with sqlite3 might
        conn.execute("DELETE FROM paragraphs WHERE article_id = (SELECT id FROM articles WHERE title = 'Aid reaches the port')")
        conn.execute("DELETE FROM articles WHERE title = 'Aid reaches the port'")

    again = NewsxApp(talks_db, poll_seconds=None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.main.view.article["title"] == "Talks in Basra"
        assert cursor_on(again) == "Talks in Basra"  # at its top
        assert not any(n.severity == "error" for n in again._notifications)


async def test_a_path_given_to_open_wins_over_the_place_left(talks_db):
    app = NewsxApp(talks_db, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await read_port_to(pilot, 3)

    settings.update(article_order="title")  # so that the top of the list is not the article given either
    given = NewsxApp(talks_db, ingest_paths=[str(SAMPLE)], poll_seconds=None)
    async with given.run_test(size=SIZE) as pilot:
        for _ in range(600):  # the ingest runs in a child process
            await pilot.pause(0.1)
            if given.main.view is not None:
                break
        await settle(pilot)
        assert given.main.view.article["title"].startswith("Iraq Militants Seize Border Post")
        assert "Iraq Militants Seize Border Post" in cursor_on(given)

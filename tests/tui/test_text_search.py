"""Full-text search from the search box: paragraphs listed under the entity panes, Enter goes
there with the words marked; names still win, even typed fast."""

from __future__ import annotations

import threading
import time

from newsx.store.db import search
from newsx.tui import store_access
from newsx.tui.app import NewsxApp
from newsx.tui.store_access import StoreAccess
from newsx.tui.thresholds import TEXT_LIMIT, TEXT_SEARCH_PAUSE
from newsx.tui.widgets.text_hits import TextHits

from .conftest import settle
from .screen import drawn_in, screen_text
from .synthetic import Article, build_store


def found_words(app) -> list[str]:
    """The words the reader draws marked as found by the search."""
    return drawn_in(app.main.reader, "reader--found")


async def test_a_word_that_is_no_name_goes_to_the_paragraph_with_it_marked(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.main.view.article["title"].startswith("Militants")
        # typed and entered in one burst, as a quick hand or tmux send-keys does
        await pilot.press("slash", *"refineries", "enter")
        await settle(pilot)
        main = app.main
        assert main.view.article["title"] == "Oil refinery siege enters second week"
        assert "refinery" in main.reader.cursor_paragraph["text"]
        assert found_words(app) == ["refinery"]  # stemmed: "refineries" found "refinery"
        assert app.focused is main.reader
        hits = main.query_one(TextHits)
        assert hits.display and len(hits.hits) == 2
        assert "In the text" in screen_text(app)
        assert any("No name here" in str(n.message) for n in app._notifications)


async def test_a_name_of_another_article_typed_in_the_article_scope_opens_that_article_and_its_person(two_article_db):
    """Reading one story, a reader types a person of the other and presses Enter at once: that story opens
    on the person, as in the corpus scope, not on the words with a "no name here"."""
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        main = app.main
        main.open_article(next(a["id"] for a in main.articles if a["title"].startswith("Oil refinery")))
        await settle(pilot)
        assert main.scope == "article" and main.view.article["title"].startswith("Oil refinery")
        await pilot.press("slash", *"maliki", "enter")
        await settle(pilot)
        assert main.view.article["title"].startswith("Militants")
        assert main.entity_name() == "Nuri al-Maliki" and len(main.entity_mentions) == 3
        assert main.mention_index == 0  # on the first, as a name of this article is: n goes on to the second
        assert app.focused is main.reader
        assert not any("No name here" in str(n.message) for n in app._notifications)
        assert "Nuri al-Maliki" in screen_text(app)


async def test_a_word_still_being_typed_finds_the_words_it_begins(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"refin", "enter")
        await settle(pilot)
        assert app.main.view.article["title"] == "Oil refinery siege enters second week"
        assert found_words(app) == ["refinery"]
        # a finished word (a space after it) is a whole word, as the CLI's search takes it
        await pilot.press("escape", "slash", *"refin ")
        await pilot.pause(0.5)  # the pause in typing that starts the text search
        await settle(pilot)
        hits = app.main.query_one(TextHits)
        assert hits.query_text == "refin " and not hits.hits


async def test_enter_on_a_listed_paragraph_goes_there(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await settle(pilot)
        hits = app.main.query_one(TextHits)
        texts = [h["text"] for h in hits.hits]
        assert len(texts) == 5 and all("said" in t for t in texts)
        # the article being read comes first, and the hits of another article name it
        assert {h["article_id"] for h in hits.hits[:3]} == {app.main.view.article["id"]}
        assert "3 here, 5 in all" in str(hits.border_subtitle)
        other = next(i for i, t in enumerate(texts) if t.startswith("The Islamic State fighters"))
        assert other >= 3
        assert hits.get_option_at_index(other).prompt.plain.startswith("¶3 Oil refinery siege enters second week")
        hits.focus()
        await pilot.press(*["down"] * other, "enter")
        await settle(pilot)
        assert app.main.view.article["title"] == "Oil refinery siege enters second week"
        assert app.main.reader.cursor_paragraph["text"].startswith("The Islamic State fighters control roads")
        assert found_words(app) == ["said"]
        # escape drops the marks with the search
        app.main.query_one("#search").focus()
        await pilot.press("escape")
        await settle(pilot)
        assert found_words(app) == [] and not hits.display


async def test_a_name_typed_fast_still_opens_the_entity(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mosul", "enter")
        await settle(pilot)
        assert app.main.entity_name() == "Mosul"
        assert found_words(app) == []


async def test_a_query_of_no_words_says_why_nothing_was_searched(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"...", "enter")
        await settle(pilot)
        hits = app.main.query_one(TextHits)
        assert hits.hits == []
        assert hits.get_option_at_index(0).prompt.plain == "Not searched in the text: nothing to search for: the query has no words."
        assert app.main.entity_id is None


async def test_slash_and_the_words_after_it_in_one_burst_reach_the_search_box(two_article_db):
    """A terminal delivers `/refinery⏎` from tmux send-keys or a quick hand as one read: every key is
    queued before `/` is handled, so the search box must have the focus as soon as `/` is."""
    from textual import events

    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key, char in [("slash", "/"), *((c, c) for c in "refinery"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.main.query_one("#search").value == "refinery"
        assert app.main.view.article["title"] == "Oil refinery siege enters second week"
        assert found_words(app) == ["refinery"]


def test_a_text_search_told_to_stop_gives_up_and_says_so(tmp_path):
    """A short prefix common in a large corpus ranks every paragraph it matches (seconds of a core at a hundred
    thousand articles): SQLite asks the search's `stop` as it goes, and it returns None once told to."""
    report = Article("The long report", [("title", "The long report"), *[("body", f"Item {k} of the report.") for k in range(400)]])
    store = StoreAccess(build_store(tmp_path / "report.db", [report]))
    assert len(store.text_hits("item", TEXT_LIMIT)) == TEXT_LIMIT
    asked: list[bool] = []
    assert store.text_hits("item", TEXT_LIMIT, stop=lambda: asked.append(True) or True) is None
    assert asked


def test_a_text_search_told_to_stop_is_interrupted_at_once(tmp_path, monkeypatch):
    """FTS5 ranks a common prefix inside few of SQLite's steps, so the progress handler asks `stop` only every ~25 ms
    of a core: stop_text_hits interrupts a search told to stop where it is, and leaves the others running. Here a
    search that counts for minutes, and a handler that never asks."""
    store = StoreAccess(build_store(tmp_path / "two.db", [Article("A", [("title", "A"), ("body", "Words.")])]))

    def counting(db, query, **kwargs):
        upto = 100_000 if query == "short" else 10**12
        sql = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ?) SELECT count(*) FROM c"
        return [{"counted": db.execute(sql, [upto]).fetchone()[0]}]

    monkeypatch.setattr(search, "paragraphs", counting)
    monkeypatch.setattr(store_access, "TEXT_STOP_CHECK", 2**31 - 1)
    told, found = {"short": False, "long": False}, {}

    def searching(query: str) -> threading.Thread:
        thread = threading.Thread(target=lambda: found.update({query: store.text_hits(query, TEXT_LIMIT, stop=lambda: told[query])}))
        thread.start()
        while not store._text_searches:
            time.sleep(0.001)
        store.stop_text_hits()  # not told to stop: runs on
        return thread

    searching("short").join(30)
    assert found["short"] == [{"counted": 100_000}]
    long = searching("long")
    told["long"] = True
    deadline = time.monotonic() + 5
    while long.is_alive() and time.monotonic() < deadline:  # an interrupt before the statement started stops nothing
        store.stop_text_hits()
        long.join(0.05)
    assert not long.is_alive() and found["long"] is None
    assert not store._text_searches


async def test_a_key_typed_stops_the_text_search_of_the_query_before(two_article_db, monkeypatch):
    """The text of a query is searched once typing pauses; a key typed while that search runs stops it (its hits
    would be dropped anyway), so that it does not hold a core the next key's names need."""
    stops: dict[str, object] = {}

    def slow_text_hits(self, query, limit, here=None, stop=lambda: False):
        stops[query] = stop
        deadline = time.monotonic() + 5
        while not stop() and time.monotonic() < deadline:  # a search that takes seconds
            time.sleep(0.01)
        return None if stop() else []

    monkeypatch.setattr(StoreAccess, "text_hits", slow_text_hits)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"refin")
        await pilot.pause(TEXT_SEARCH_PAUSE + 0.1)
        assert "refin" in stops and not stops["refin"]()  # searching
        await pilot.press("e", "escape")
        await pilot.pause()
        assert stops["refin"]()
        await settle(pilot)
        assert "refine" not in stops  # left before typing paused: never searched

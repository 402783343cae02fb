"""Issue 11: a keystroke in the corpus scope. The three panes search over one connection per keystroke,
a burst of keys ends on the last query's hits, panes and text hits are replaced (not added to) at
each key, hits past the rows read get their bars against the most mentions known, and the heap is
frozen once per scope shown."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from textual.worker import get_current_worker

from newsx.store.db.search import CorpusIndex
from newsx.tui import heap
from newsx.tui.app import NewsxApp
from newsx.tui.loader import CorpusIndexes
from newsx.tui.widgets.text_hits import TextHits

from .conftest import settle
from .test_big_corpus import DELEGATES, crowded_store


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


async def corpus_scope(pilot) -> None:
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    assert pilot.app.main.scope == "corpus"


async def test_each_corpus_keystroke_searches_the_three_panes_over_one_connection(crowd_db, monkeypatch):
    opened: Counter = Counter()  # connections opened, by the worker (one per keystroke) that opened them
    connect = CorpusIndexes.connect

    def counted(self):
        opened[get_current_worker()] += 1
        return connect(self)

    monkeypatch.setattr(CorpusIndexes, "connect", counted)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_scope(pilot)
        opened.clear()
        await pilot.press("slash", *"zel")  # the first two letters read ahead the words of "z", on the same connection
        await settle(pilot)
        assert 1 <= len(opened) <= 3  # a worker per keystroke (one may have been cancelled before it began)
        assert set(opened.values()) == {1}
        assert app.main.facet("actor").get_option_at_index(0).prompt.plain.startswith("Zelda Quorn")


async def test_a_corpus_burst_and_enter_open_the_last_querys_best_hit(crowd_db, monkeypatch):
    search = CorpusIndex.search

    def slow(self, *args, **kwargs):
        time.sleep(0.05)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(CorpusIndex, "search", slow)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_scope(pilot)
        await pilot.press("slash", *"delegate aaa", "backspace", "backspace", "backspace", *"alk", "enter")
        await settle(pilot)
        assert str(app.main.query_one("#mentions").border_title) == "Mentions: Delegate Alk"
        assert app.main.facet("actor").query_text == "delegate alk"


async def test_each_key_replaces_the_panes_hits(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_scope(pilot)
        actors = app.main.facet("actor")
        await pilot.press("slash", *"delegate")
        await settle(pilot)
        many = actors.option_count
        assert many > 10 and actors.highlighted == 0
        assert actors.show_vertical_scrollbar  # more hits than the pane shows
        text = app.main.query_one(TextHits)
        assert text.display and text.hits and text.option_count == len(text.hits)
        await pilot.press("ctrl+u", *"zelda quorn")
        await settle(pilot)
        assert actors.option_count == len(actors._pairs) < many  # the new hits only, none left of before
        assert actors.get_option_at_index(0).prompt.plain.startswith("Zelda Quorn")
        assert not any("Delegate" in actors.get_option_at_index(i).prompt.plain for i in range(actors.option_count))
        await pilot.press("ctrl+u", *"qqqqqq")  # no name, no word
        await settle(pilot)
        assert actors.option_count == 1 and actors.get_option_at_index(0).prompt.plain == "No match (esc clears)."
        assert actors.highlighted is None
        assert text.option_count == 1 and text.hits == []
        await pilot.press("escape")
        await settle(pilot)
        assert actors.option_count == DELEGATES + 1  # every actor again, paged


async def test_hits_past_the_rows_read_have_bars_against_the_most_mentions_known(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await corpus_scope(pilot)
        by_id = app.main.facets.by_id
        assert not any(e["name"] == "Zelda Quorn" for e in by_id.values())
        for query in ("zelda", "delegate"):
            await pilot.press("slash", *query)
            await settle(pilot)
            await pilot.press("escape")
        top = max(e["mentions"] for e in by_id.values())
        zelda = next(e for e in by_id.values() if e["name"] == "Zelda Quorn")
        assert zelda["mentions"] == 1 and top > 1
        assert zelda["bar"] == 1 / top


async def test_the_heap_is_frozen_once_per_scope_shown(crowd_db, monkeypatch):
    settled = []
    monkeypatch.setattr(heap, "settle", lambda: settled.append(app.main.scope))
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert settled == ["article"]
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert settled == ["article", "corpus"]

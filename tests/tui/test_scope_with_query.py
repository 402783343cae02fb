"""Issue 11: `s` with a query in the search box never lists names the query does not match. The corpus scope's
panes came at once and its hits of the query a search later: for half a second over 100,000 articles the panes
listed the corpus's most mentioned entities (`Actors · 166,667`) under `rama els`. The panes keep the query's hits
of the scope before, saying they are searching, until the new scope's hits come; the scope's notice comes with them."""

from __future__ import annotations

import threading

import pytest

from newsx.store import ROLES
from newsx.store.db.search import CorpusIndex
from newsx.tui.app import NewsxApp

from .conftest import settle
from .test_big_corpus import crowded_store


@pytest.fixture
def held_corpus_search(monkeypatch) -> threading.Event:
    """The corpus scope's search of a query waits until the event is set, as a large store's does for a while."""
    go = threading.Event()
    search = CorpusIndex.search

    def held(self, *args, **kwargs):
        go.wait(10)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(CorpusIndex, "search", held)
    return go


def listed(pane) -> list[str]:
    return [pane.get_option_at_index(i).prompt.plain.split("  ")[0] for i in range(pane.option_count)]


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_s_with_a_query_keeps_its_hits_until_the_corpus_hits_come(tmp_path, held_corpus_search, size):
    app = NewsxApp(crowded_store(tmp_path / "crowd.db"), poll_seconds=None)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"delegate aab", "enter")  # chosen: the reader has the keys, the query stays
        await settle(pilot)
        assert app.main.entity_name() == "Delegate Aab"
        actors = app.main.facet("actor")
        hits = listed(actors)
        assert hits[0] == "Delegate Aab" and "Delegate Aaa" not in hits
        shown = {role: app.main.facet(role).display for role in ROLES}
        await pilot.press("s")
        for _ in range(3):
            await pilot.pause(0.05)  # the corpus scope read and drawn, its search held
        assert app.main.facets.scope == "corpus"
        # the article's hits of the query, not the corpus's most mentioned (Delegate Aaa first)
        assert listed(actors) == hits
        assert "searching" in str(actors.border_subtitle or actors.border_title)
        assert {role: app.main.facet(role).display for role in ROLES} == shown
        assert "Entity panes now cover the whole corpus." not in notices(app)
        held_corpus_search.set()
        await settle(pilot)
        found = app.main.facets.recent_hits["delegate aab"]["actor"]  # the corpus's hits of the query
        assert listed(actors) == [app.main.facets.by_id[h.entity_id]["name"] for h in found][: actors.option_count]
        assert listed(actors)[0] == "Delegate Aab" and listed(actors) != hits
        assert "searching" not in str(actors.border_subtitle) + str(actors.border_title)
        assert "“delegate" in str(actors.border_subtitle) + str(actors.border_title)
        assert "Entity panes now cover the whole corpus." in notices(app)


async def test_s_with_no_query_shows_the_corpus_and_says_so_at_once(tmp_path, held_corpus_search):
    app = NewsxApp(crowded_store(tmp_path / "crowd.db"), poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause(0.05)
        actors = app.main.facet("actor")
        assert listed(actors)[0] == "Delegate Aaa" and "searching" not in str(actors.border_subtitle) + str(actors.border_title)
        assert "Entity panes now cover the whole corpus." in notices(app)

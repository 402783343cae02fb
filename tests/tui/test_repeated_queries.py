"""Issue 11: a query typed again in the same scope (a letter rubbed out, a name typed afresh) shows the hits it had
without searching the corpus again; what the panes show is the same as when it was searched. A scope read again
(the store changed, another order) searches afresh."""

from __future__ import annotations

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.store.db.search import CorpusIndex
from newsx.tui.app import NewsxApp

from .conftest import settle


def listed(pane) -> list[str]:
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


async def test_a_query_typed_again_shows_its_hits_without_searching_again(two_article_db, monkeypatch):
    searched: list[str] = []
    search = CorpusIndex.search

    def counted(self, query, *args, **kwargs):
        searched.append(query)
        return search(self, query, *args, **kwargs)

    monkeypatch.setattr(CorpusIndex, "search", counted)
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        actors, locations = app.main.facet("actor"), app.main.facet("location")
        await pilot.press("slash", *"mali")
        await settle(pilot)
        assert "mali" in searched and listed(actors)[0].startswith("Nuri al-Maliki")
        shown = listed(actors), listed(locations)
        await pilot.press("backspace", "backspace")  # "ma": searched on the way, shown again as it was
        await settle(pilot)
        assert app.main.hits_query == "ma" and searched.count("ma") == 3  # once, in each role's index
        await pilot.press("l", "i")
        await settle(pilot)
        assert searched.count("mali") == 3 and (listed(actors), listed(locations)) == shown
        assert str(actors.border_subtitle).startswith("1 · “mali”")

        await pilot.press("escape")
        db = open_db(two_article_db)  # another process renames him: the scope is read again, and searched afresh
        maliki = db.execute("SELECT id FROM entities WHERE name = 'Nuri al-Maliki'").fetchone()[0]
        corrections.rename(db, maliki, "Nouri al-Maliki")
        db.close()
        app.main.check_store(app.main.signature)  # what the poll timer does every 2 s
        await settle(pilot)
        await pilot.press("slash", *"mali")
        await settle(pilot)
        assert searched.count("mali") == 6 and listed(actors)[0].startswith("Nouri al-Maliki")

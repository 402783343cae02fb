"""The corpus scope of a store with more entities than it reads at once: the panes say how many there are,
and search still finds (and enter still opens) an entity past the first rows read."""

from __future__ import annotations

import itertools
import string

from newsx.tui.app import NewsxApp
from newsx.tui.loader import CORPUS_ENTITIES

from .conftest import settle
from .synthetic import Article, Entity, build_store

DELEGATES = 320


def delegates() -> list[Entity]:
    codes = ("".join(c).capitalize() for c in itertools.product(string.ascii_lowercase, repeat=3))
    return [Entity(f"Delegate {code}", "actor") for code in itertools.islice(codes, DELEGATES)]


def crowded_store(path):
    crowd = delegates()
    talks = " ".join(f"{e.name} spoke." for e in crowd)
    summit = Article("Summit of many", [("title", "Summit of many"), ("body", talks), ("body", talks)], crowd,
                     published="2014-06-21")
    quiet = Entity("Zelda Quorn", "actor")
    aside = Article("A quiet aside", [("title", "A quiet aside"), ("body", "Zelda Quorn left early.")], [quiet],
                    published="2014-06-01")
    return build_store(path, [summit, aside])


async def test_corpus_scope_counts_all_and_finds_past_the_first_rows(tmp_path):
    app = NewsxApp(crowded_store(tmp_path / "crowd.db"), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        actors = app.main.facet("actor")
        assert str(actors.border_subtitle) == f"{CORPUS_ENTITIES} of {DELEGATES + 1} · by mentions"
        listed = {app.main.facets.by_id[int(actors.get_option_at_index(i).id)]["name"] for i in range(actors.option_count)}
        assert "Zelda Quorn" not in listed  # one mention: the least mentioned, past the rows read

        await pilot.press("slash", *"zelda")
        await settle(pilot)
        assert actors.get_option_at_index(0).prompt.plain.startswith("Zelda Quorn")
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.main.query_one("#mentions").border_title) == "Mentions: Zelda Quorn"
        assert app.main.view.article["title"] == "A quiet aside"

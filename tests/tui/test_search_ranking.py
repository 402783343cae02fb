"""Enter in the search box chooses the best hit of every pane, ranked as each pane ranks (store/db/search.py):
for "rama el" the actor Rama Elshita, whose words the reader typed, not the place Babaramael, known as Ramael,
whose one word WRatio scored higher (92 to 90). In both scopes, at 80x24."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp

from .conftest import settle
from .synthetic import Article, Entity, build_store

ELSHITA = Entity("Rama Elshita", "actor")
RAMAEL = Entity("Babaramael", "location", "GPE", ("Ramael",))


def rama_store(path):
    talks = Article(
        "Talks in Babaramael",
        [("title", "Talks in Babaramael"), ("body", "Rama Elshita arrived in Babaramael."), ("body", "Ramael was calm.")],
        [ELSHITA, RAMAEL], published="2024-05-02",
    )
    return build_store(path, [talks])


async def enter_chooses(store, scope: str, typed: str, role: str, listed_first: str) -> str | None:
    """The entity Enter chooses after `typed`, in `scope`, once the `role` pane lists `listed_first` at its top."""
    app = NewsxApp(store, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if scope == "corpus":
            await pilot.press("s")
            await settle(pilot)
        assert app.main.scope == scope
        await pilot.press("slash", *typed)
        await settle(pilot)
        assert app.main.facet(role).get_option_at_index(0).prompt.plain.startswith(listed_first)
        await pilot.press("enter")
        await settle(pilot)
        return app.main.entity_name()


@pytest.mark.parametrize("scope", ["article", "corpus"])
async def test_enter_chooses_the_name_whose_words_were_typed(tmp_path, scope):
    assert await enter_chooses(rama_store(tmp_path / "rama.db"), scope, "rama el", "location", "Babaramael") == "Rama Elshita"


ISIL = Entity("ISIL", "actor", "ORG", ("Islamic State of Iraq and the Levant",))
ISLAMIC = Entity("Islamic", "other", "NORP")


def caliphate_store(path):
    border = Article(
        "Militants seize a border post",
        [
            ("title", "Militants seize a border post"),
            ("body", "Fighters of the Islamic State of Iraq and the Levant took the post, ISIL said."),
            ("body", "They want an Islamic caliphate."),
        ],
        [ISIL, ISLAMIC], published="2014-06-21",
    )
    return build_store(path, [border])


@pytest.mark.parametrize("scope", ["article", "corpus"])
@pytest.mark.parametrize(("typed", "expected"), [("isl", "ISIL"), ("islamic", "Islamic")])
async def test_enter_prefers_an_actor_to_an_other_name_matching_about_as_well(tmp_path, scope, typed, expected):
    # "isl" scores the adjective Islamic 90 and the group ISIL 86: the reader typing it looks for the group; the whole
    # word typed (100 to 90) is the adjective
    assert await enter_chooses(caliphate_store(tmp_path / "caliphate.db"), scope, typed, "other", "Islamic") == expected

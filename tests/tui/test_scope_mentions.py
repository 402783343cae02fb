"""`s` with an entity chosen: its mentions follow the scope, and the mention the reader is on stays the current
one. They stayed the article's (the status line said "scope: corpus · mention 2/2" of a name the corpus mentions
six times, and n wrapped within the article), as a reader walking the 100,000-article store met it."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, build_store

VELL = Entity("Mara Vell", "actor")


def vell_store(path):
    articles = [
        Article(f"Talks, day {day}", [("title", f"Talks, day {day}"), ("body", f"Mara Vell arrived on day {day}."),
                                      ("body", "The talks went on."), ("body", f"Mara Vell left on day {day}.")],
                [VELL], published=f"2014-06-0{day}")
        for day in (1, 2, 3)
    ]
    return build_store(path, articles)


def status(app) -> str:
    return screen_text(app).splitlines()[-2]


async def test_s_lists_the_corpus_mentions_from_the_one_the_reader_is_on_and_back(tmp_path):
    app = NewsxApp(vell_store(tmp_path / "vell.db"), poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mara vell", "enter")
        await settle(pilot)
        await pilot.press("n")  # the article's second mention: "left"
        await settle(pilot)
        assert "Mara Vell · mention 2/2" in status(app)
        reading = app.main.view.article["id"]
        on = app.main.entity_mentions[1]

        await pilot.press("s")
        await settle(pilot)
        mentions = app.main.query_one("#mentions")
        assert str(mentions.border_subtitle) == "6"
        index = app.main.mention_index
        assert app.main.entity_mentions[index]["id"] == on["id"]  # still the one the reader is on
        assert f"scope: corpus · Mara Vell · mention {index + 1}/6" in status(app)
        assert mentions.highlighted == mentions.get_option_index(str(on["id"]))
        assert app.main.view.article["id"] == reading  # no jump

        await pilot.press("n")  # on from it, across the corpus: the next article's first, or the wrap to the first
        await settle(pilot)
        following = app.main.entity_mentions[(index + 1) % 6]
        assert app.main.view.article["id"] == following["article_id"] != reading
        assert f"mention {(index + 1) % 6 + 1}/6" in status(app)

        await pilot.press("N", "s")  # back to the mention left, then to this article's own
        await settle(pilot)
        assert str(mentions.border_subtitle) == "2"
        assert "scope: article · Mara Vell · mention 2/2" in status(app)
        assert app.main.entity_mentions[1]["id"] == on["id"]

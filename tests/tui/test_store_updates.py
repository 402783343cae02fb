"""Issue 15, item 3: the open article re-ingested by another process.

The reader stays on the new version of the same article, on the same paragraph,
and says the article was updated (not "+0 article(s)"). The new version is written
through the store's own write path from this process, with its own connection, as
another process's ingest would write it.
"""

from __future__ import annotations

import time

from newsx.store import open_db
from newsx.tui.app import NewsxApp
from newsx.tui.widgets.mentions_pane import MentionsPane

from .conftest import settle
from .synthetic import BAGHDAD, ISIL, Article, write_article

REFINERY = "Oil refinery siege enters second week"
ROADS = "The Islamic State fighters control roads around the site, residents said."


def new_version() -> Article:
    return Article(
        title=REFINERY,  # the same title: the same source, so the store replaces the article
        paragraphs=[
            ("title", REFINERY),
            ("body", "Update: talks began in Baghdad on Thursday to reopen the refinery."),
            ("body", "Government forces said they still held the refinery north of Baghdad."),
            ("body", ROADS),
        ],
        entities=[BAGHDAD, ISIL],
        agency="AP",
        published="2014-06-20",
    )


async def wait_for(pilot, condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():
        await pilot.pause(0.1)
    return condition()


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_open_article_replaced_elsewhere_stays_open_at_the_same_paragraph(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.main
        assert main.articles[0]["title"] != REFINERY  # the old bug jumped to the first article
        main.open_article(next(a["id"] for a in main.articles if a["title"] == REFINERY))
        await settle(pilot)
        await pilot.press("slash", *"baghdad", "enter", "end")
        await settle(pilot)
        assert main.reader.cursor_paragraph["text"] == ROADS

        # the store's signature tells versions apart by the second they were ingested in
        await pilot.pause(1.1)
        db = open_db(two_article_db)
        try:
            write_article(db, new_version())
        finally:
            db.close()
        assert await wait_for(pilot, lambda: len(main.reader.readable) == 4), "the TUI did not notice"
        await settle(pilot)
        assert main.view.article["title"] == REFINERY and len(main.articles) == 2
        assert main.reader.cursor_paragraph["text"] == ROADS  # the same paragraph, now ¶4
        assert any("updated" in n for n in notices(app)), notices(app)
        assert not any("+0" in n for n in notices(app)), notices(app)

        # the chosen entity's mentions are the new version's: n walks them
        mentions = app.query_one(MentionsPane).mentions
        assert [m["article_id"] for m in mentions] == [main.view.article["id"]] * 2  # one before: now two
        await pilot.press("n")
        await settle(pilot)
        assert main.reader.cursor_paragraph["text"].startswith("Update: talks began in Baghdad")
        assert not any("past the end" in n for n in notices(app))

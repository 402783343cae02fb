"""Issue 6, item 6: the TUI open while another process writes the store.

Neither side fails with "database is locked" (WAL, busy timeout, reads in
workers), and the TUI notices the new articles by itself (it polls the
store's signature) or on `r`.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from tests.tui.conftest import settle
from tests.tui.synthetic import build_store, two_articles
from newsx.tui.app import NewsxApp
from newsx.tui.ingest_worker import ingest_command

ARTICLE = """Harbour strike halts grain exports

LISBON (Reuters) - Dock workers in Lisbon walked out on Monday, halting grain exports for a third day.

"We will not go back until the contract is signed," union leader Maria Costa told reporters at the port.

The ministry of labour said talks with the union would resume in Porto on Wednesday.
"""


@pytest.fixture
def two_article_db(tmp_path):
    return build_store(tmp_path / "two.db", two_articles())


def errors(app) -> list[str]:
    return [str(n.message) for n in app._notifications if n.severity == "error"]


async def wait_for(pilot, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.2)
    return condition()


async def test_tui_sees_articles_ingested_by_another_process(two_article_db, tmp_path):
    story = tmp_path / "strike.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    app = NewsxApp(two_article_db, poll_seconds=0.3)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert len(app.main.articles) == 2
        child = subprocess.Popen(
            ingest_command(two_article_db, [str(story)]), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        # the reader keeps writing selections while the other process ingests
        toggles = 0
        while child.poll() is None:
            if toggles < 6:  # each on a new paragraph (the article has 8)
                await pilot.press("j", "space")
                toggles += 1
            await pilot.pause(0.3)
        out, err = child.communicate()
        assert child.returncode == 0, err
        assert "locked" not in err
        assert await wait_for(pilot, lambda: len(app.main.articles) == 3, 15), "the TUI did not notice the new article"
        await settle(pilot)
        titles = [a["title"] for a in app.main.articles]
        assert "Harbour strike halts grain exports" in titles
        assert any("Another process wrote to the store" in str(n.message) for n in app._notifications)
        assert not errors(app)
        assert toggles and app.main.counts["selected"] == toggles


HOLD_WRITE_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO articles (sha256, title, ingested_at) VALUES ('x', 'Written by another process', '2030')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    """
)


async def test_a_writer_holding_the_lock_delays_but_never_breaks_the_tui(two_article_db):
    app = NewsxApp(two_article_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        writer = subprocess.Popen(
            [sys.executable, "-c", HOLD_WRITE_LOCK, str(two_article_db), "1.5"], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline().strip() == "locked"
        await pilot.press("down", "space", "r")  # a write and a read while the other holds the write lock
        await settle(pilot)
        assert writer.wait(10) == 0
        await pilot.press("r")
        await settle(pilot)
        assert not errors(app)
        assert app.main.counts["selected"] == 1, ([str(n.message) for n in app._notifications], app.main.counts)
        assert "Written by another process" in [a["title"] for a in app.main.articles]

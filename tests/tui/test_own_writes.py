"""The poll that notices another process's writes takes none of the app's own for one.

The poll (check_store) may read the store at any moment: here it reads right after a write of the app's own has
landed, before the screen has heard of it, the moment it once mistook a merge for another process's correction.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time

from textual.worker import WorkerState

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.tui.app import NewsxApp
from newsx.tui.ingest_worker import ingest_command
from newsx.tui.messages import IngestFinished
from newsx.tui.screens import main

from .conftest import settle
from .test_corrections import SIZE, choose, keys, names, split_maliki, status

ELSEWHERE = "Another process wrote to the store"


def poll_after_writes(app, also=lambda: None) -> None:
    """Make every correction, undo and note the app writes run `also` and then the poll, as the write lands."""
    screen, store = app.screen, app.screen.store

    def then_poll(write):
        def written(*args):
            done = write(*args)
            also()
            app.call_from_thread(lambda: screen.check_store(screen.signature))
            return done

        return written

    store.correct, store.undo, store.set_note = then_poll(store.correct), then_poll(store.undo), then_poll(store.set_note)


def elsewhere(app) -> list[str]:
    return [n.message for n in app._notifications if n.message.startswith(ELSEWHERE)]


async def test_a_merge_an_undo_and_a_note_polled_as_they_land_are_not_taken_for_another_processs(sample_db_path):
    split_maliki(sample_db_path)
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        poll_after_writes(app)
        await choose(pilot, "maliki")
        await pilot.press("m", *keys("nuri"), "enter")
        await settle(pilot)
        assert elsewhere(app) == []
        assert "Corrected: merge Maliki into Nuri al-Maliki (u undoes it)" in status(app)
        assert "Maliki" not in names(app, "actor")
        await pilot.press("u")
        await settle(pilot)
        assert "Undid: merge Maliki into Nuri al-Maliki" in status(app)
        assert "Maliki" in names(app, "actor")
        await pilot.press("down", "space")
        await settle(pilot)
        await pilot.press("a", *keys("caliphate claim"), "enter")
        await settle(pilot)
        assert "saved (u undoes it)" in status(app)
        # and the poll of the timer, after them all
        app.screen.check_store(app.screen.signature)
        await settle(pilot)
        assert "saved (u undoes it)" in status(app)
        assert elsewhere(app) == []


async def test_another_process_correcting_as_the_apps_undo_lands_is_still_reported(sample_db_path):
    split_maliki(sample_db_path)
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Islamic" in names(app, "other")
        armed = []

        def correct_elsewhere():
            for _ in armed:
                db = open_db(sample_db_path)  # another process, as far as the app can tell
                corrections.not_entity(db, "Islamic")
                db.close()
            armed.clear()

        poll_after_writes(app, correct_elsewhere)
        await choose(pilot, "maliki")
        await pilot.press("m", *keys("nuri"), "enter")
        await settle(pilot)
        assert "Corrected: merge Maliki into Nuri al-Maliki (u undoes it)" in status(app)
        armed.append(True)
        await pilot.press("u")
        await settle(pilot)
        # the undo's own read may already show the other write: the poll still says another process wrote
        app.screen.check_store(app.screen.signature)
        await settle(pilot)
        assert "Islamic" not in names(app, "other") and "Maliki" in names(app, "actor")
        assert elsewhere(app) == [f"{ELSEWHERE}: corrections were made."]


STORY = "Harbor Strike Ends\n\nDock workers in Oakland returned to work on Monday, said Maria Lopez, a union spokeswoman.\n"


def a_story(tmp_path):
    path = tmp_path / "harbor.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


async def test_the_apps_own_ingest_polled_as_it_ends_is_not_taken_for_another_processs(sample_db_path, tmp_path, monkeypatch):
    read = threading.Event()
    real = main.ingest_messages

    def messages(db_path, paths):
        read.wait(60)  # the store shown (r) before the child writes
        for message in real(db_path, paths):
            if not isinstance(message, IngestFinished):
                yield message
                continue
            # the poll, once the screen was told the ingest finished and before the store it then reads is shown
            with app.screen.store.turn:
                yield message
                poll = app.call_from_thread(lambda: app.screen.check_store(app.screen.signature))
                while poll.state in (WorkerState.PENDING, WorkerState.RUNNING):
                    time.sleep(0.01)

    monkeypatch.setattr(main, "ingest_messages", messages)
    app = NewsxApp(sample_db_path, ingest_paths=[str(a_story(tmp_path))], poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        while app.screen.signature is None:
            await pilot.pause(0.05)
        read.set()
        for _ in range(600):  # the ingest runs in a child process
            await pilot.pause(0.1)
            if not any(w.group in ("ingest", "load") and w.is_running for w in app.workers):
                break
        await settle(pilot)
        notices = [n.message for n in app._notifications]
        assert "Ingest finished: 1 new, 0 failed." in notices
        assert elsewhere(app) == []
        assert "Harbor Strike Ends" in [a["title"] for a in app.screen.articles]


async def test_another_processs_ingest_is_still_reported(sample_db_path, tmp_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await asyncio.to_thread(subprocess.run, ingest_command(sample_db_path, [str(a_story(tmp_path))]), check=True)
        app.screen.check_store(app.screen.signature)
        await settle(pilot)
        assert elsewhere(app) == [f"{ELSEWHERE}: +1 article(s)."]
        assert "Harbor Strike Ends" in [a["title"] for a in app.screen.articles]

"""Item 5: `kill -9` during an ingest of many articles.

A real `newsx-tui ingest --jsonl` is killed a few milliseconds after it
reports an article, while it writes the next ones; twice, at different
moments, on the same store. Each time the store must open, pass integrity
checks, hold every article reported as finished, and hold each article
whole or not at all. Then the rest ingests as if nothing had happened.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time

from newsx.store.read.anatomy import dissect
from newsx.store.read.decode import read_text

from .procs import ROOT, cli, command, write_articles

TOTAL = 48


def ingest_and_kill(folder, db, after_lines: int, delay: float) -> list[str]:
    proc = subprocess.Popen(
        command("ingest", "--jsonl", "--quiet", folder, "--db", db),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    finished = []
    try:
        for line in proc.stdout:
            finished.append(json.loads(line)["source"])
            if len(finished) == after_lines:
                time.sleep(delay)  # into the middle of writing the next article
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(finished) == after_lines
    return finished


def assert_whole(db, stories, finished):
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')")
        stored = dict(conn.execute("SELECT source, id FROM articles").fetchall())
        assert set(finished) <= set(stored)
        for story in stories:
            article_id = stored.get(str(story.resolve()))
            if article_id is None:
                continue
            expected = [p.text for p in dissect(read_text(story.read_bytes())).paragraphs]
            paragraphs = [r[0] for r in conn.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY seq", [article_id])]
            assert paragraphs == expected, story.name
            for table in ("mentions", "quotes"):
                n = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()[0]
                assert n > 0, (story.name, table)
        return len(stored)
    finally:
        conn.close()


def test_kill_9_leaves_finished_articles_whole_and_nothing_half_written(tmp_path):
    folder = tmp_path / "stories"
    stories = write_articles(folder, TOTAL)
    db = tmp_path / "s.db"

    finished = ingest_and_kill(folder, db, after_lines=3, delay=0.003)
    first = assert_whole(db, stories, finished)
    finished += ingest_and_kill(folder, db, after_lines=first + 3, delay=0.006)
    stored = assert_whole(db, stories, finished)
    assert stored < TOTAL, "the kill came after the ingest had finished"

    again = cli("ingest", folder, "--db", db, timeout=180)
    assert again.code == 0, again.err
    assert f"{TOTAL - stored} ingested, {stored} unchanged" in again.err
    assert assert_whole(db, stories, finished) == TOTAL


def test_a_store_killed_mid_migration_gets_its_search_index_back(sample_db_path, tmp_path):
    # What a kill between creating the FTS table and its triggers left behind
    # when migration was not one transaction: an index that silently goes stale.
    conn = sqlite3.connect(sample_db_path)
    for suffix in ("ai", "ad", "au"):
        conn.execute(f"DROP TRIGGER paragraphs_{suffix}")
    conn.commit()
    conn.close()
    story = tmp_path / "story.txt"
    story.write_text(
        "Glacier Survey Ends\n\nOSLO (Reuters) - A survey of the Jostedal glacier ended on Friday, "
        "the Norwegian Water Resources and Energy Directorate said.\n\nThe glacier lost ice for a tenth year.\n"
    )
    assert cli("ingest", story, "--db", sample_db_path).code == 0
    found = json.loads(cli("search", "Jostedal", "--json", "--db", sample_db_path).out)["paragraphs"]
    assert len(found) == 1 and found[0]["text"].startswith("OSLO (Reuters) - A survey of the Jostedal glacier")
    conn = sqlite3.connect(sample_db_path)
    conn.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')")
    conn.close()

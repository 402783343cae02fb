"""Item 5: `kill -9` during an ingest of many articles.

A real `newsx-tui ingest --jsonl` is killed once it has reported a few
articles. The store must open, pass integrity checks, hold every article
reported as finished, and hold each article whole or not at all.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess

from store.anatomy import dissect
from store.read import read_text

from .procs import ROOT, cli, command, write_articles

TOTAL = 48


def test_kill_9_leaves_finished_articles_whole_and_nothing_half_written(tmp_path):
    stories = write_articles(tmp_path / "stories", TOTAL)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        command("ingest", "--jsonl", "--quiet", tmp_path / "stories", "--db", db),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    finished = []
    try:
        for line in proc.stdout:
            finished.append(json.loads(line)["source"])
            if len(finished) == 3:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(finished) == 3

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')")

    stored = dict(conn.execute("SELECT source, id FROM articles").fetchall())
    assert set(finished) <= set(stored)
    assert len(stored) < TOTAL, "the kill came after the ingest had finished"
    for story in stories:
        if str(story.resolve()) not in stored:
            continue
        article_id = stored[str(story.resolve())]
        expected = [p.text for p in dissect(read_text(story.read_bytes())).paragraphs]
        paragraphs = [r[0] for r in conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY seq", [article_id])]
        assert paragraphs == expected, story.name
        assert conn.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [article_id]).fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id = ?", [article_id]).fetchone()[0] > 0
    orphans = conn.execute(
        "SELECT count(*) FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE p.article_id != m.article_id"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()

    # The store carries on: the rest ingests, what was there is unchanged.
    again = cli("ingest", tmp_path / "stories", "--db", db, timeout=180)
    assert again.code == 0, again.err
    assert f"{TOTAL - len(stored)} ingested, {len(stored)} unchanged" in again.err

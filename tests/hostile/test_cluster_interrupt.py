"""Ctrl-C (to the whole terminal's process group) or TERM during `ingest --scheduler local:2`.

The client stops, keeps every article it wrote, says how far it got in one
line, and shuts its local cluster down: no worker process outlives it.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import time

import pytest

from .procs import ROOT, command, count, write_articles

TOTAL = 48


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("how", ["ctrl-c", "term"])
def test_interrupting_a_cluster_ingest_keeps_what_finished_and_leaves_no_workers(tmp_path, how):
    write_articles(tmp_path / "stories", TOTAL)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        command("ingest", tmp_path / "stories", "--db", db, "--scheduler", "local:2"),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # Its own process group, as a shell's foreground job: Ctrl-C reaches the workers too.
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'"):
                if count(db) > 0:
                    break
            time.sleep(0.02)
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=90)
        deadline = time.monotonic() + 30
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "a worker process outlived the ingest"
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    m = re.fullmatch(r"newsx-tui: interrupted after (\d+) article\(s\) \((\d+) ingested\); every finished article is kept", lines[0])
    assert m, lines[0]
    reported = int(m.group(1))
    assert int(m.group(2)) == reported

    stored = count(db)
    assert 0 < stored < TOTAL
    assert stored == reported
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute(
        "SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0] == 0
    conn.close()

"""Ctrl-C (to the whole terminal's process group) or TERM during `ingest --scheduler local:2`.

The client stops, keeps every article it wrote, says how far it got in one
line, and shuts its local cluster down: no worker process outlives it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from .procs import ROOT, assert_stopped_keeping_what_finished, command, count, write_articles

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
    assert_stopped_keeping_what_finished(proc.returncode, err, db, TOTAL)

"""Item 10: Ctrl-C (SIGINT) during ingest stops cleanly, keeps what finished, says how far it got;
`kill` (SIGTERM) and a closed terminal (SIGHUP) do the same."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from .procs import ROOT, assert_stopped_keeping_what_finished, command, count, write_articles

TOTAL = 48


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_a_stop_signal_stops_cleanly_and_reports_progress(tmp_path, signum):
    write_articles(tmp_path / "stories", TOTAL)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        command("ingest", tmp_path / "stories", "--db", db),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # As from an interactive shell, even if this test runner was started with SIGINT ignored.
        preexec_fn=lambda: [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)],
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'"):
                if count(db) > 0:
                    break
            time.sleep(0.02)
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert_stopped_keeping_what_finished(proc.returncode, err, db, TOTAL)

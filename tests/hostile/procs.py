"""Run newsx-tui as a real child process, the way a user's shell does."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What must never reach a terminal: C0 controls but tab and newline, DEL, C1,
# bidi embeddings, overrides and isolates.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class Run:
    code: int
    out: str
    err: str
    peak_mb: float = 0.0

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def command(*args) -> list[str]:
    return [sys.executable, "-m", "newsx.tui.cli", *(str(a) for a in args)]


def cli(*args, stdin: bytes | None = None, timeout: float = 120) -> Run:
    proc = subprocess.run(command(*args), cwd=ROOT, input=stdin, capture_output=True, timeout=timeout)
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


# Linux carries a process's memory high-water mark across exec, and subprocess starts the child
# with vfork, which shares the test runner's memory: measured from pytest, the command's peak was
# pytest's own (512 MB late in a full run, for a 230 MB ingest). A small launcher, started fresh,
# starts the command instead and reports the peak of that child alone.
_LAUNCHER = """
import os, sys
pid = os.spawnv(os.P_NOWAIT, sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def cli_measured(*args, workdir: Path, timeout: float = 120) -> Run:
    """Run the command and report its own peak resident memory (not the test runner's)."""
    out, err, peak = workdir / "stdout", workdir / "stderr", workdir / "peak_kb"
    with out.open("wb") as o, err.open("wb") as e:
        # Its own session, so that a timeout kills the command with the launcher.
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(peak), *command(*args)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=o, stderr=e, start_new_session=True,
        )
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            raise
    return Run(proc.returncode, out.read_text("utf-8"), err.read_text("utf-8"), int(peak.read_text()) / 1024)


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def write_articles(folder: Path, n: int) -> list[Path]:
    """n small, distinct wire stories, each with named people, places and a quote."""
    folder.mkdir(parents=True, exist_ok=True)
    cities = ["Lisbon", "Nairobi", "Lima", "Hanoi", "Oslo", "Quito", "Accra", "Dhaka", "Tunis", "Riga"]
    people = ["Maria Souza", "John Okafor", "Ana Quispe", "Tran Van Minh", "Ingrid Berg"]
    paths = []
    for i in range(n):
        city, person = cities[i % len(cities)], people[i % len(people)]
        text = (
            f"Port Workers In {city} Strike Over Pay, Day {i}\n\n"
            f"{city.upper()} (Reuters) - Dock workers in {city} walked out on day {i} of talks, "
            f"union leader {person} said on Monday.\n\n"
            f"\"We will stay out until the offer improves,\" {person} told reporters outside the port.\n\n"
            f"The port authority said {i + 3} ships were waiting to unload and that talks would resume.\n\n"
            f"Shipping agents in {city} said the delays would cost exporters millions of dollars this week.\n"
        )
        path = folder / f"story_{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def assert_stopped_keeping_what_finished(returncode: int, err: str, db: Path, total: int) -> None:
    """An ingest stopped by a signal: exit 130, one line saying how far it got, exactly the
    articles it reported stored, and nothing of the article in hand."""
    assert returncode == 130, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    m = re.fullmatch(
        r"newsx-tui: interrupted after (\d+) article\(s\) \((\d+) ingested\); every finished article is kept", lines[0]
    )
    assert m, lines[0]
    reported = int(m.group(1))
    assert int(m.group(2)) == reported
    stored = count(db)
    assert 0 < stored < total
    assert stored == reported
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # every paragraph belongs to a stored article
    assert conn.execute(
        "SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0] == 0
    conn.close()

"""Ingest from the TUI: a child process, so the app never imports spaCy.

The child is `newsx-tui ingest --jsonl`, which prints one JSON line per
article; each becomes an IngestProgress message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def ingest_command(db_path: Path, paths: list[str]) -> list[str]:
    return [sys.executable, "-m", "newsx.tui.cli", "ingest", "--jsonl", "--quiet", "--db", str(db_path), *paths]


def run_ingest(db_path: Path, paths: list[str]) -> Iterator[dict]:
    """Yield each article's result as the child reports it; the last item is {'exit': code, 'stderr': ...}."""
    proc = subprocess.Popen(
        ingest_command(db_path, paths),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            continue
    stderr = proc.stderr.read() if proc.stderr else ""
    yield {"exit": proc.wait(), "stderr": stderr.strip()}

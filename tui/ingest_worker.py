"""Ingest from the TUI: a child process, so the app never imports spaCy.

The child is `newsx-tui ingest --jsonl`, which prints one JSON line per
article; each becomes an IngestProgress message, and the end an IngestFinished.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from textual.message import Message

from .messages import IngestFinished, IngestProgress
from .text import line_text


def ingest_command(db_path: Path, paths: list[str]) -> list[str]:
    return [sys.executable, "-m", "newsx.tui.cli", "ingest", "--jsonl", "--quiet", "--db", str(db_path), *paths]


def ingest_messages(db_path: Path, paths: list[str]) -> Iterator[Message]:
    """Run the child and say what it reports, as it reports it. Blocks: call it from a thread worker."""
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
    done = failed = ingested = 0
    first: int | None = None
    for line in proc.stdout:
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        done += 1
        failed += item["status"] == "failed"
        ingested += item["status"] in ("ingested", "replaced")
        first = first if first is not None else item.get("article_id")
        yield IngestProgress(item["source"], item["status"], done, item.get("error"), item.get("article_id"))
    stderr = (proc.stderr.read() if proc.stderr else "").strip()
    error = None
    if proc.wait() and not done:
        error = line_text(stderr.splitlines()[-1] if stderr else "ingest failed").plain
    yield IngestFinished(ingested, failed, error, first)

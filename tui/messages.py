"""Messages the widgets post upward; the app reacts."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class IngestProgress(Message):
    """An ingest running in the background reported one article."""

    source: str
    status: str
    done: int
    error: str | None = None


@dataclass
class IngestFinished(Message):
    """The background ingest ended."""

    ingested: int
    failed: int

"""Passages -> Markdown, JSON or CSV, each cited; written atomically, never over a file unasked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from pathlib import Path

from .errors import ExportError
from .sanitize import one_line, strip_controls

FORMATS = ("md", "json", "csv")


def paragraph_number(seq: int) -> int:
    """Citations and the reader's gutter count paragraphs from 1 (paragraphs.seq + 1)."""
    return seq + 1


def citation(p: dict) -> str:
    """'"Title", Agency, 2014-06-21, ¶25' with whatever the article lacks left out."""
    parts = []
    if p.get("title"):
        parts.append(f"\u201c{one_line(p['title'])}\u201d")
    if p.get("agency"):
        parts.append(one_line(p["agency"]))
    if p.get("published"):
        parts.append(p["published"])
    parts.append(f"\u00b6{paragraph_number(p['seq'])}")
    return ", ".join(parts)


def _record(p: dict) -> dict:
    return {
        "article_id": p["article_id"],
        "title": p.get("title"),
        "agency": p.get("agency"),
        "published": p.get("published"),
        "source": p.get("source"),
        "paragraph": paragraph_number(p["seq"]),
        "paragraph_id": p["paragraph_id"],
        "text": strip_controls(p["text"]),
        "note": p.get("note"),
        "citation": citation(p),
    }


def render(passages: list[dict], fmt: str, heading: str | None = None) -> str:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    records = [_record(p) for p in passages]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(records[0]) if records else ["text"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return out.getvalue()
    lines = [f"# {one_line(heading or 'Passages')}", ""]
    lines.append(f"*Exported by newsx-tui on {dt.date.today().isoformat()}; {len(records)} passage(s).*")
    lines.append("")
    for r in records:
        for line in r["text"].splitlines() or [""]:
            lines.append(f"> {line}")
        lines.append(">")
        lines.append(f"> \u2014 {r['citation']}")
        if r["note"]:
            lines.append(f"\n*Note:* {one_line(r['note'])}")
        lines.append("")
    return "\n".join(lines)


def write(content: str, path: str | Path, *, force: bool = False) -> Path:
    """Write `content` to `path` atomically (temp file + rename); refuse to overwrite unless forced."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a directory")
    if path.exists() and not force:
        raise ExportError(f"{path} already exists; choose another name or overwrite explicitly (--force)")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        if not force and path.exists():
            raise ExportError(f"{path} already exists; choose another name or overwrite explicitly (--force)")
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
    return path

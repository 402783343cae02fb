"""Passages -> Markdown, JSON or CSV, each cited; written atomically, never over a file unasked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import secrets
from pathlib import Path

from .errors import ExportError
from .records import paragraph_number
from .sanitize import one_line, strip_controls, terminal_json

FORMATS = ("md", "json", "csv")


def citation(p: dict) -> str:
    """'"Title", Agency, 2014-06-21, ¶25' with whatever the article lacks left out; '¶25 (excerpt)' for part of one."""
    parts = []
    if p.get("title"):
        parts.append(f"\u201c{one_line(p['title'])}\u201d")
    if p.get("agency"):
        parts.append(one_line(p["agency"]))
    if p.get("published"):
        parts.append(one_line(p["published"]))
    # A reader checking the citation must know the passage is not the whole paragraph.
    parts.append(f"\u00b6{paragraph_number(p['seq'])}" + (" (excerpt)" if p.get("excerpt") else ""))
    return ", ".join(parts)


def _record(p: dict) -> dict:
    # A store written by another tool may hold anything: every text field is
    # cleaned, since an export goes to a terminal as often as to a file.
    def clean(key: str) -> str | None:
        value = p.get(key)
        return one_line(value) if isinstance(value, str) else value

    return {
        "article_id": p["article_id"],
        "title": clean("title"),
        "agency": clean("agency"),
        "published": clean("published"),
        "source": clean("source"),
        "paragraph": paragraph_number(p["seq"]),
        "paragraph_id": p["paragraph_id"],
        "text": strip_controls(p["text"]),
        "note": strip_controls(p["note"]) if p.get("note") else p.get("note"),
        "citation": citation(p),
    }


def render(passages: list[dict], fmt: str, heading: str | None = None) -> str:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    records = [_record(p) for p in passages]
    if fmt == "json":
        return terminal_json(records) + "\n"
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
    """Write `content` to `path` atomically; refuse to overwrite unless forced.

    The content goes to a temporary file beside `path`, which then takes the
    name in one step: a crash leaves the old file or the new one, never half
    of either. Without `force` the step is a hard link, which fails if
    anything (even a dangling symlink) took the name since we looked.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a directory")
    if (path.exists() or path.is_symlink()) and not force:
        raise _exists(path)
    if not path.parent.exists():
        raise ExportError(f"cannot write {path}: folder {path.parent} does not exist")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: {path.parent} is a file, not a folder")
    tmp = _create_temp(path)
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY), "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _exists(path: Path) -> ExportError:
    return ExportError(f"{path} already exists; choose another name or overwrite explicitly (--force)")


def _create_temp(path: Path) -> Path:
    """An empty file beside `path`, created with the user's umask like any new file."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    raise ExportError(f"cannot write {path}: no free temporary name in {path.parent}")


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # A file system without hard links: the check and the rename are two steps.
        if path.exists() or path.is_symlink():
            raise _exists(path) from None
        os.replace(tmp, path)

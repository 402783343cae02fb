"""A reader's own work - corrections, selections and their notes - as JSON to carry to another store.

Nothing in the file is a row id: corrections are keyed as they are stored
(entity keys, aliases, quote text) and a selection by its article's source
and its paragraph's text, so the file means the same in a store that
ingested the same articles in another order, or ingests them later.

    {"newsx_corrections": 1,
     "corrections": [{kind, target, value, created_at}],
     "selections": [{source, title, paragraph, paragraph_text, start, end, note, created_at}]}
"""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from ..records import paragraph_number
from . import corrections
from .schema import transaction

FORMAT_VERSION = 1


def export(db: sqlite_utils.Database) -> dict:
    return {
        "newsx_corrections": FORMAT_VERSION,
        "corrections": [
            {k: c[k] for k in ("kind", "target", "value", "created_at")} for c in corrections.listing(db)
        ],
        "selections": [
            {
                "source": r["source"], "title": r["title"], "paragraph": paragraph_number(r["seq"]),
                "paragraph_text": r["text"], "start": r["start"], "end": r["end"], "note": r["note"],
                "created_at": r["created_at"],
            }
            for r in db.query(
                'SELECT a.source, a.title, p.seq, p.text, s.start, s."end", s.note, s.created_at FROM selections s'
                " JOIN paragraphs p ON p.id = s.paragraph_id JOIN articles a ON a.id = p.article_id"
                " ORDER BY a.id, p.seq, s.start"
            )
        ],
    }


def load(text: str) -> dict:
    """The file's content, checked: a CorrectionError names the first thing wrong with it."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise corrections.CorrectionError(f"not a corrections file: invalid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("newsx_corrections") != FORMAT_VERSION:
        raise corrections.CorrectionError(
            f"not a corrections file: it must be a JSON object with \"newsx_corrections\": {FORMAT_VERSION}"
            " (made by `newsx-tui export --corrections`)"
        )
    if not isinstance(data.get("corrections", []), list) or not isinstance(data.get("selections", []), list):
        raise corrections.CorrectionError("not a corrections file: \"corrections\" and \"selections\" must be lists")
    for i, c in enumerate(data.get("corrections", [])):
        if not (isinstance(c, dict) and corrections.well_formed(c.get("kind"), c.get("target"), c.get("value"))):
            raise corrections.CorrectionError(f"correction {i + 1} in the file is not one newsx-tui knows")
    for i, s in enumerate(data.get("selections", [])):
        if not (
            isinstance(s, dict) and isinstance(s.get("source"), str) and isinstance(s.get("paragraph_text"), str)
            and all(isinstance(s.get(k), int) or s.get(k) is None for k in ("start", "end"))
            and (s.get("note") is None or isinstance(s.get("note"), str))
        ):
            raise corrections.CorrectionError(f"selection {i + 1} in the file lacks its source or paragraph text")
    return data


def import_(db: sqlite_utils.Database, data: dict) -> dict:
    """Add what the store lacks, in one transaction; returns counts of what was added, already there, or not found.

    A correction already stored is not added twice; one naming what this store
    does not hold yet is kept and applies when an article naming it arrives.
    A selection lands on the paragraph with its text in the article from its
    source (else the one paragraph anywhere with that text); an existing one
    with no note takes the imported note.
    """
    counts = {"corrections": 0, "selections": 0, "already there": 0, "not found": 0}
    with transaction(db) as conn:
        stored = {tuple(r) for r in conn.execute("SELECT kind, target, value FROM corrections")}
        for c in data.get("corrections", []):
            if (c["kind"], corrections.canonical(c["target"]), corrections.canonical(c["value"])) in stored:
                counts["already there"] += 1
                continue
            corrections.insert(conn, c["kind"], c["target"], c["value"], c.get("created_at"), strict=False)
            counts["corrections"] += 1
        for s in data.get("selections", []):
            counts[_import_selection(conn, s)] += 1
    return counts


def _import_selection(conn, s: dict) -> str:
    rows = conn.execute(
        "SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE a.source = ? AND p.text = ?",
        [s["source"], s["paragraph_text"]],
    ).fetchall() or conn.execute("SELECT id FROM paragraphs WHERE text = ?", [s["paragraph_text"]]).fetchall()
    if len(rows) != 1:
        return "not found"
    paragraph_id = rows[0][0]
    length = len(s["paragraph_text"])
    start, end = s.get("start") or 0, s["end"] if s.get("end") is not None else length
    if not 0 <= start < end <= length:
        return "not found"
    same = conn.execute(
        'SELECT id, note FROM selections WHERE paragraph_id = ? AND coalesce(start, 0) = ? AND coalesce("end", ?) = ?',
        [paragraph_id, start, length, end],
    ).fetchone()
    if same:
        if same[1] or not s.get("note"):
            return "already there"
        conn.execute("UPDATE selections SET note = ? WHERE id = ?", [s["note"], same[0]])
        return "selections"
    conn.execute(
        'INSERT INTO selections (paragraph_id, start, "end", note, created_at) VALUES (?,?,?,?,?)',
        [paragraph_id, start, end, s.get("note"),
         s.get("created_at") or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
    )
    return "selections"

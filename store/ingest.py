"""Articles end to end: bytes -> text -> anatomy -> extraction -> the store.

Each article is written in one transaction: a failure, a crash or a kill
leaves the store as it was before that article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import anatomy as anatomy_mod
from . import interrupts, limits, resolve
from .db import transaction
from .errors import IngestInterrupted, NewsxError, ReadError
from .html import html_to_text, looks_like_html
from .model import Anatomy, Extraction
from .read import read_text
from .sanitize import strip_controls

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md"}
MAX_BYTES = 64 * 1024 * 1024
STDIN = "-"


@dataclass
class IngestResult:
    source: str
    status: str  # ingested | replaced | unchanged | failed
    article_id: int | None = None
    title: str | None = None
    error: str | None = None


@dataclass
class Prepared:
    source: str
    sha256: str
    raw: str
    anatomy: Anatomy


def expand_paths(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files named, files under folders named (recursive, hidden skipped), or '-' for stdin.

    Raises ReadError for a path that does not exist or a folder with no articles.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw).expanduser()
        if not path.exists():
            raise ReadError(f"{raw}: no such file or directory")
        if path.is_dir():
            found = list(_walk(path))
            if not found:
                raise ReadError(f"{raw}: no articles in this folder (looked for {', '.join(sorted(ARTICLE_SUFFIXES))})")
            yield from found
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            yield Path(root) / name


def _read_bytes(item: str | Path) -> tuple[bytes, str]:
    if item == STDIN:
        return sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"
    path = Path(item)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{item}: file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise ReadError(f"{item}: permission denied") from None
    except IsADirectoryError:
        raise ReadError(f"{item}: is a directory") from None
    except OSError as exc:
        raise ReadError(f"{item}: {exc.strerror or exc}") from None
    return data, str(path.resolve())


def prepare(data: bytes, source: str) -> Prepared:
    """Bytes -> clean text and anatomy. Raises ReadError for anything that is not an article."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    sha = hashlib.sha256(data).hexdigest()
    if looks_like_html(data):
        limits.check_html_size(len(data))
        html = read_text(data)
        text, meta = html_to_text(html)
        raw = strip_controls(text)
    else:
        limits.check_plain_size(len(data))
        meta = {}
        raw = read_text(data)
    anatomy = anatomy_mod.dissect(raw)
    limits.check_article(raw, anatomy)
    if not any(p.kind == "body" for p in anatomy.paragraphs):
        raise ReadError("no article text found")
    if meta:
        anatomy.title = anatomy.title or meta.get("title")
        anatomy.published = anatomy.published or meta.get("date")
        anatomy.agency = anatomy.agency or meta.get("sitename")
        anatomy.byline = anatomy.byline or meta.get("author")
        if meta.get("url"):
            source = meta["url"]
    return Prepared(source, sha, raw, anatomy)


def ingest(
    db: sqlite_utils.Database,
    paths: Iterable[str],
    *,
    nlp=None,
    batch_articles: int = 16,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every article under `paths`; one failure is reported and skipped.

    `nlp` defaults to the configured spaCy model, loaded only when some
    article is new.
    """
    results: list[IngestResult] = []

    def report(result: IngestResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    batch: list[Prepared] = []
    try:
        for item in expand_paths(paths):
            try:
                data, source = _read_bytes(item)
                prepared = prepare(data, source)
            except ReadError as exc:
                label = "<stdin>" if item == STDIN else str(item)
                message = str(exc).removeprefix(f"{item}: ")
                report(IngestResult(label, "failed", error=message))
                continue
            existing = db.execute("SELECT id, title FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone()
            if existing:
                report(IngestResult(prepared.source, "unchanged", existing[0], existing[1]))
                continue
            batch.append(prepared)
            if len(batch) >= batch_articles or sum(len(p.raw) for p in batch) >= limits.BATCH_CHARS:
                nlp = _store_batch(db, batch, nlp, report)
                batch = []
        if batch:
            _store_batch(db, batch, nlp, report)
    except KeyboardInterrupt:
        # Every reported article is committed; the one in hand was rolled back.
        raise IngestInterrupted(results) from None
    return results


def _store_batch(db, batch: list[Prepared], nlp, report) -> object:
    from .extract import extract_many
    from .nlp import load_model

    nlp = nlp or load_model()
    anatomies = [p.anatomy for p in batch]
    for prepared, extraction in zip(batch, extract_many(nlp, anatomies, limits.parse_batch_size(anatomies))):
        with interrupts.deferred():  # a Ctrl-C lands after this article is stored and counted
            try:
                article_id, replaced = store_article(db, prepared, extraction)
            except NewsxError as exc:
                report(IngestResult(prepared.source, "failed", error=str(exc)))
                continue
            report(IngestResult(prepared.source, "replaced" if replaced else "ingested", article_id, prepared.anatomy.title))
    return nlp


def store_article(db: sqlite_utils.Database, prepared: Prepared, extraction: Extraction) -> tuple[int, bool]:
    """Write one article and everything found in it, in one transaction.

    A new version of a source already stored replaces it; selections whose
    paragraph text is still there move to the new paragraph.
    """
    a = prepared.anatomy
    with transaction(db) as conn:
        if conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone():
            row = conn.execute("SELECT id FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone()
            return row[0], False
        old = None
        if not prepared.source.startswith("<"):
            old = conn.execute(
                "SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1", [prepared.source]
            ).fetchone()
        kept_selections = _detach_article(conn, old[0]) if old else []
        article_id = conn.execute(
            "INSERT INTO articles (source, sha256, title, dek, dateline, place, published, agency,"
            " byline, credits, raw, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                prepared.source, prepared.sha256, a.title, a.dek, a.dateline, a.place, a.published,
                a.agency, a.byline, json.dumps(a.credits, ensure_ascii=False), prepared.raw,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ],
        ).lastrowid
        para_ids: dict[int, int] = {}
        by_text: dict[str, int] = {}
        for p in a.paragraphs:
            pid = conn.execute(
                "INSERT INTO paragraphs (article_id, seq, kind, text) VALUES (?,?,?,?)",
                [article_id, p.seq, p.kind, p.text],
            ).lastrowid
            para_ids[p.seq] = pid
            by_text.setdefault(p.text, pid)
        entity_ids = {key: _upsert_entity(conn, rec) for key, rec in extraction.entities.items()}
        conn.executemany(
            'INSERT INTO mentions (entity_id, article_id, paragraph_id, start, "end", text) VALUES (?,?,?,?,?,?)',
            [
                (entity_ids[m.entity_key], article_id, para_ids[m.seq], m.start, m.end, m.text)
                for m in extraction.mentions
            ],
        )
        conn.executemany(
            'INSERT INTO quotes (article_id, paragraph_id, kind, text, start, "end", speaker,'
            " speaker_entity_id, cue) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    article_id, para_ids[q.seq], q.kind, q.text, q.start, q.end, q.speaker,
                    entity_ids.get(q.speaker_key) if q.speaker_key else None, q.cue,
                )
                for q in extraction.quotes
            ],
        )
        conn.executemany(
            'INSERT INTO selections (paragraph_id, start, "end", note, created_at) VALUES (?,?,?,?,?)',
            [(by_text[text], *rest) for text, *rest in kept_selections if text in by_text],
        )
    return article_id, old is not None


def _upsert_entity(conn, rec) -> int:
    row = resolve.existing(conn, rec)
    if row:
        entity_id = row[0]
        if len(rec.name) > len(row[1] or ""):
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", [rec.name, entity_id])
        if rec.lat is not None:
            conn.execute(
                "UPDATE entities SET lat = ?, lon = ? WHERE id = ? AND lat IS NULL", [rec.lat, rec.lon, entity_id]
            )
    else:
        entity_id = conn.execute(
            "INSERT INTO entities (name, type, role, lat, lon, key) VALUES (?,?,?,?,?,?)",
            [rec.name, rec.type, rec.role, rec.lat, rec.lon, rec.key],
        ).lastrowid
    conn.executemany(
        "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
        [(entity_id, alias) for alias in sorted(rec.aliases | {rec.name})],
    )
    return entity_id


def _detach_article(conn, article_id: int) -> list[tuple]:
    """Delete an article's rows; return its selections keyed by paragraph text."""
    kept = conn.execute(
        'SELECT p.text, s.start, s."end", s.note, s.created_at FROM selections s'
        " JOIN paragraphs p ON p.id = s.paragraph_id WHERE p.article_id = ?",
        [article_id],
    ).fetchall()
    conn.execute(
        "DELETE FROM selections WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)",
        [article_id],
    )
    conn.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM articles WHERE id = ?", [article_id])
    orphans = "SELECT id FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions) AND id NOT IN (SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL)"
    conn.execute(f"DELETE FROM aliases WHERE entity_id IN ({orphans})")
    conn.execute(f"DELETE FROM entities WHERE id IN ({orphans})")
    return kept


def sample_paths() -> list[Path]:
    """The bundled sample articles: what a fresh store opens on."""
    # seeds/ sits beside store/ in a checkout and in site-packages alike.
    folder = Path(__file__).resolve().parent.parent / "seeds"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)

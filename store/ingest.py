"""Articles end to end: bytes -> text -> anatomy -> extraction -> the store.

Each article is written in one transaction: a failure, a crash or a kill
leaves the store as it was before that article. Reading and spaCy run in
this process or in worker processes (--jobs); only this process writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import anatomy as anatomy_mod
from . import interrupts, limits, resolve
from .db import transaction
from .errors import IngestInterrupted, NewsxError, ReadError
from .html import check_complete, declared_charset, looks_like_html, read_page
from .inputs import ARTICLE_SUFFIXES, STDIN, Item, Skipped, read_input, walk_inputs
from .model import Anatomy, Extraction
from .read import clean_text, decode, read_text

# Articles per nlp.pipe call in this process, and per task sent to a worker process.
BATCH_ARTICLES = 32
CHUNK_ARTICLES = 8


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


def prepare(data: bytes, source: str) -> Prepared:
    """Bytes -> clean text and anatomy. Raises ReadError for anything that is not an article."""
    sha = hashlib.sha256(data).hexdigest()
    if looks_like_html(data):
        limits.check_html_size(len(data))
        html = decode(data, declared_charset(data))
        check_complete(html)
        page = read_page(html)
        texts = _clean_blocks([text for _, text in page.blocks])
        blocks = [(hint, text) for (hint, _), text in zip(page.blocks, texts) if text.strip()]
        raw = "\n\n".join(text for _, text in blocks)
        anatomy = anatomy_mod.dissect_blocks(blocks, raw, reference=page.date)
        _apply_page_metadata(anatomy, page)
        source = page.url or source
    else:
        limits.check_plain_size(len(data))
        raw = read_text(data)
        anatomy = anatomy_mod.dissect(raw)
    limits.check_article(raw, anatomy)
    if not any(p.kind == "body" for p in anatomy.paragraphs):
        raise ReadError("no article text found")
    return Prepared(source, sha, raw, anatomy)


def _clean_blocks(texts: list[str]) -> list[str]:
    """Repair every block together, so one block's words vouch for another's (see read.clean_text)."""
    cleaned = clean_text("\n".join(texts)).split("\n")
    return cleaned if len(cleaned) == len(texts) else [clean_text(t) for t in texts]


def _apply_page_metadata(anatomy: Anatomy, page) -> None:
    """What the text itself says wins; the page's metadata fills the gaps."""
    anatomy.published = anatomy.published or _iso_date(page.date)
    anatomy.agency = anatomy.agency or page.sitename
    anatomy.source_url = page.url
    if page.author and not anatomy.byline:
        anatomy.byline = page.author
        names = [n.strip() for n in re.split(r";|\s+and\s+|,", page.author) if n.strip()]
        anatomy.credits[:0] = [{"role": "byline", "name": n} for n in names]


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value[:10]
    return None


def plan(paths: Iterable[str]) -> list[Item]:
    """Everything `ingest` will look at, so a progress bar knows its total."""
    return list(walk_inputs(paths))


def ingest(
    db: sqlite_utils.Database,
    paths: Iterable[str | Item],
    *,
    nlp=None,
    jobs: int = 1,
    batch_articles: int = BATCH_ARTICLES,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every article under `paths`; one failure is reported and skipped.

    `paths` are strings (files, folders, '-') or the items of plan(). With
    jobs > 1, reading and spaCy run in that many worker processes (one
    model load each) while this process alone writes the store. `nlp`
    defaults to the configured model, loaded only when some article is new.
    A database error stops the run; every article stored before it stays.
    """
    results: list[IngestResult] = []

    def report(result: IngestResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    def stored(source: str, prepared: Prepared | None, extraction: Extraction | None, error: str | None) -> None:
        if error is not None:
            report(IngestResult(source, "failed", error=error))
            return
        with interrupts.deferred():  # a Ctrl-C lands after this article is stored and counted
            try:
                article_id, status = store_article(db, prepared, extraction)
            except sqlite3.Error:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
                report(IngestResult(prepared.source, "failed", error=_describe(exc)))
                return
            report(IngestResult(prepared.source, status, article_id, prepared.anatomy.title))

    # WAL with synchronous=NORMAL: a commit no longer waits for the disk; a
    # crash or kill still keeps every committed article and never half of
    # one, and a power cut can lose only the last few, which ingest again.
    db.execute("PRAGMA synchronous = NORMAL")
    todo = _new_articles(db, paths, report)
    try:
        if jobs > 1:
            _run_in_workers(todo, jobs, stored)
        else:
            for chunk in _chunks(todo, batch_articles):
                nlp = nlp or _load_model()
                for outcome in analyse(chunk, nlp):
                    stored(*outcome)
    except KeyboardInterrupt:
        # Every reported article is committed; the one in hand was rolled back.
        raise IngestInterrupted(results) from None
    return results


def _new_articles(db, paths, report) -> Iterator[tuple[bytes, str, str]]:
    """(bytes, source, sha256) of each input not already stored; the rest reported at once."""
    seen: set[str] = set()
    for item in _as_items(paths):
        label = "<stdin>" if item == STDIN else str(item.source if isinstance(item, Skipped) else item)
        if isinstance(item, Skipped):
            report(IngestResult(label, "failed", error=item.reason))
            continue
        try:
            data, source = read_input(item)
        except ReadError as exc:
            report(IngestResult(label, "failed", error=str(exc)))
            continue
        sha = hashlib.sha256(data).hexdigest()
        existing = db.execute("SELECT id, title FROM articles WHERE sha256 = ?", [sha]).fetchone()
        if existing or sha in seen:
            report(IngestResult(source, "unchanged", *(existing or (None, None))))
            continue
        seen.add(sha)
        yield data, source, sha


def _as_items(paths: Iterable[str | Item]) -> Iterator[Item]:
    for item in paths:
        if isinstance(item, str) and item != STDIN:
            yield from walk_inputs([item])
        else:
            yield item


def _chunks(todo: Iterable[tuple[bytes, str, str]], size: int) -> Iterator[list]:
    """At most `size` articles, and no more text than limits.BATCH_CHARS past the one that fills it."""
    chunk, chars = [], 0
    for item in todo:
        chunk.append(item)
        chars += len(item[0])
        if len(chunk) >= size or chars >= limits.BATCH_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


Outcome = tuple[str, "Prepared | None", "Extraction | None", "str | None"]


def analyse(chunk: list[tuple[bytes, str, str]], nlp) -> list[Outcome]:
    """Read, take apart and run spaCy over a few articles: (source, prepared, extraction, error) each.

    Runs in this process or in a worker; touches no database.
    """
    from .extract import extract_many

    outcomes: list[Outcome] = []
    ready: list[Prepared] = []
    for data, source, _sha in chunk:
        try:
            ready.append(prepare(data, source))
        except ReadError as exc:
            outcomes.append((source, None, None, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a page that breaks the reader fails alone
            outcomes.append((source, None, None, _describe(exc)))
    try:
        anatomies = [p.anatomy for p in ready]
        extractions = extract_many(nlp, anatomies, batch_size=limits.parse_batch_size(anatomies))
    except Exception:  # noqa: BLE001 - find the article that broke the batch; the others go on
        extractions = []
        for p in ready:
            try:
                extractions.append(extract_many(nlp, [p.anatomy], batch_size=limits.parse_batch_size([p.anatomy]))[0])
            except Exception as exc:  # noqa: BLE001
                extractions.append(exc)
    for p, extraction in zip(ready, extractions):
        if isinstance(extraction, Exception):
            outcomes.append((p.source, None, None, f"could not be analysed: {_describe(extraction)}"))
        else:
            outcomes.append((p.source, p, extraction, None))
    return outcomes


def _describe(exc: Exception) -> str:
    if isinstance(exc, NewsxError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


def _load_model():
    from .nlp import load_model

    return load_model()


_worker_nlp = None


def _init_worker(model: str) -> None:
    global _worker_nlp
    import signal

    from .nlp import load_model

    # Ctrl-C is the parent's to handle: it stops handing out work and the
    # pool winds down, with no traceback from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_nlp = load_model(model)


def _analyse_in_worker(chunk: list[tuple[bytes, str, str]]) -> list[Outcome]:
    return analyse(chunk, _worker_nlp)


def _run_in_workers(todo: Iterator[tuple[bytes, str, str]], jobs: int, stored) -> None:
    """Fan chunks out to `jobs` processes; store results in input order as they come back.

    At most two chunks per worker are in flight, so memory stays flat
    however many articles there are.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .nlp import load_model, model_name

    model = model_name()
    if importlib.util.find_spec(model) is None:
        load_model(model)  # raises the one-line "model is not installed" error here, not in every worker
    # forkserver: workers start from a clean process, not a copy of one that
    # holds a database connection and a progress bar's thread.
    context = multiprocessing.get_context("forkserver")
    pending: deque = deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(model,)) as pool:
        try:
            for chunk in _chunks(todo, CHUNK_ARTICLES):
                pending.append(pool.submit(_analyse_in_worker, chunk))
                while len(pending) >= 2 * jobs:
                    for outcome in pending.popleft().result():
                        stored(*outcome)
            while pending:
                for outcome in pending.popleft().result():
                    stored(*outcome)
        except BrokenProcessPool:
            raise NewsxError("a worker process died (out of memory?); articles stored so far are kept") from None
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def store_article(db: sqlite_utils.Database, prepared: Prepared, extraction: Extraction) -> tuple[int, str]:
    """Write one article and everything found in it, in one transaction: (id, status).

    The same bytes again are "unchanged". A new version of a source already
    stored "replaced" it: its paragraphs, mentions and quotes go, selections
    whose paragraph text is still there move to the new paragraph, and an
    entity keeps its id unless no article names it any more.
    """
    a = prepared.anatomy
    with transaction(db) as conn:
        row = conn.execute("SELECT id FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone()
        if row:
            return row[0], "unchanged"
        old = None
        if not prepared.source.startswith("<"):
            old = conn.execute(
                "SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1", [prepared.source]
            ).fetchone()
        kept_selections, old_entities = _detach_article(conn, old[0]) if old else ([], set())
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
        _drop_orphans(conn, old_entities)
    return article_id, "replaced" if old else "ingested"


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


def _detach_article(conn, article_id: int) -> tuple[list[tuple], set[int]]:
    """Delete an article's rows; return its selections keyed by paragraph text and the entities it named."""
    entities = {
        r[0]
        for r in conn.execute(
            "SELECT entity_id FROM mentions WHERE article_id = ? UNION"
            " SELECT speaker_entity_id FROM quotes WHERE article_id = ? AND speaker_entity_id IS NOT NULL",
            [article_id, article_id],
        )
    }
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
    return kept, entities


def _drop_orphans(conn, entity_ids: set[int]) -> None:
    """Entities of a replaced version that no article names any more."""
    for entity_id in sorted(entity_ids):
        if conn.execute(
            "SELECT 1 FROM mentions WHERE entity_id = ? UNION ALL"
            " SELECT 1 FROM quotes WHERE speaker_entity_id = ? LIMIT 1",
            [entity_id, entity_id],
        ).fetchone():
            continue
        conn.execute("DELETE FROM aliases WHERE entity_id = ?", [entity_id])
        conn.execute("DELETE FROM entities WHERE id = ?", [entity_id])


def sample_paths() -> list[Path]:
    """The bundled sample articles: what a fresh store opens on."""
    # seeds/ sits beside store/ in a checkout and in site-packages alike.
    folder = Path(__file__).resolve().parent.parent / "seeds"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)

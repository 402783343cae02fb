"""Orchestration only: read -> nlp -> db, one transaction per article.

Each article is written in one transaction: a failure, a crash or a kill
leaves the store as it was before that article. Reading and spaCy run in
this process, in worker processes (--jobs) or on a Dask cluster
(--scheduler, store/cluster.py); only this process writes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils

from . import interrupts
from .db.schema import Checkpointer, background_checkpoints, for_ingest
from .db.write import store_article
from .errors import IngestInterrupted, NewsxError, ReadError
from .read import STDIN, Item, Skipped, is_article_name, prepare, read_input, walk_inputs
from .read import limits
from .records import Extraction, Prepared

# Articles per nlp.pipe call in this process, and per task sent to a worker process (small, so the
# first article is stored soon after the workers' model loads and no worker idles long at the end).
BATCH_ARTICLES = 32
CHUNK_ARTICLES = 4
# What every worker would import and load for itself: the forkserver does it once (spaCy, the model,
# the language identifier: store/nlp/preload.py), and each worker starts as a fork of it, ready.
WORKER_PRELOAD = ["spacy", "newsx.store.nlp.pipeline", "newsx.store.nlp.extract", "newsx.store.nlp.preload"]


@dataclass
class IngestResult:
    """One article's outcome: the ingest report's line (counts are of what this run stored)."""

    source: str
    status: str  # ingested | replaced | unchanged | failed
    article_id: int | None = None
    title: str | None = None
    error: str | None = None
    paragraphs: int | None = None
    entities: int | None = None
    quotes: int | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StdinLabel:
    """What the reader says text from stdin is, since it carries no path or page metadata."""

    source: str | None = None
    title: str | None = None

    def apply(self, prepared: Prepared) -> Prepared:
        anatomy = replace(prepared.anatomy, title=self.title or prepared.anatomy.title)
        return replace(prepared, source=self.source or prepared.source, anatomy=anatomy)


def plan(paths: Iterable[str]) -> list[Item]:
    """Everything `ingest` will look at, so a progress bar knows its total."""
    return list(walk_inputs(paths))


def ingest(
    db: sqlite_utils.Database,
    paths: Iterable[str | Item],
    *,
    nlp=None,
    jobs: int = 1,
    scheduler: str | None = None,
    scheduler_timeout: float | None = None,
    batch_articles: int = BATCH_ARTICLES,
    on_result: Callable[[IngestResult], None] | None = None,
    stdin: StdinLabel = StdinLabel(),
) -> list[IngestResult]:
    """Ingest every article under `paths`; one failure is reported and skipped.

    `paths` are strings (files, folders, '-') or the items of plan(). With
    jobs > 1, reading and spaCy run in that many worker processes (one
    model load each) while this process alone writes the store; with a
    `scheduler` (`tcp://HOST:PORT` or `local:N`) they run on a Dask cluster,
    which must answer within `scheduler_timeout` seconds. `nlp` defaults to
    the configured model, loaded only when some article is new. A database
    error stops the run; every article stored before it stays.
    `stdin` names the text read from '-'.
    """
    results: list[IngestResult] = []
    from_stdin: set[str] = set()  # sha256 of what was read from '-'
    checkpointer: Checkpointer | None = None  # the store's checkpoints, on their own thread once writing starts

    def report(result: IngestResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    def stored(source: str, prepared: Prepared | None, extraction: Extraction | None, error: str | None) -> None:
        if prepared is None or extraction is None:
            report(IngestResult(source, "failed", error=error))
            return
        if prepared.sha256 in from_stdin:
            prepared = stdin.apply(prepared)
        with interrupts.deferred():  # a Ctrl-C lands after this article is stored and counted
            try:
                article_id, status = store_article(db, prepared, extraction)
                if checkpointer is not None:
                    checkpointer.committed()
            except sqlite3.Error:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
                report(IngestResult(prepared.source, "failed", error=describe_failure(exc)))
                return
            a = prepared.anatomy
            report(IngestResult(
                prepared.source, status, article_id, a.title, paragraphs=len(a.paragraphs),
                entities=len(extraction.entities), quotes=len(extraction.quotes), language=a.language,
                warnings=list(a.warnings),
            ))

    for_ingest(db)
    todo = _new_articles(db, paths, report, from_stdin)
    try:
        with background_checkpoints(db) as checkpointer:
            if scheduler:
                from .cluster import run_on_cluster  # dask only for a run that asked for it

                run_on_cluster(todo, scheduler, stored, timeout=scheduler_timeout)
            elif jobs > 1:
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


def _new_articles(db, paths, report, from_stdin: set[str]) -> Iterator[tuple[bytes, str, str]]:
    """(bytes, source, sha256) of each input not already stored; the rest reported at once.

    The sha256 of what stdin held goes into `from_stdin`, so its label can be applied once read.
    """
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
        if item == STDIN:
            from_stdin.add(sha)
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
    from .nlp.extract import extract_many

    outcomes: list[Outcome] = []
    ready: list[Prepared] = []
    for data, source, sha in chunk:
        try:
            ready.append(prepare(data, source, sha))
        except ReadError as exc:
            outcomes.append((source, None, None, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a page that breaks the reader fails alone
            outcomes.append((source, None, None, describe_failure(exc)))
    try:
        anatomies = [p.anatomy for p in ready]
        batch = limits.parse_batch_size(anatomies)
        extractions: list[Extraction | Exception] = [*extract_many(nlp, anatomies, batch_size=batch)]
    except Exception:  # noqa: BLE001 - find the article that broke the batch; the others go on
        extractions = []
        for p in ready:
            try:
                extractions.append(extract_many(nlp, [p.anatomy], batch_size=limits.parse_batch_size([p.anatomy]))[0])
            except Exception as exc:  # noqa: BLE001
                extractions.append(exc)
    for p, extraction in zip(ready, extractions):
        if isinstance(extraction, Exception):
            outcomes.append((p.source, None, None, f"could not be analysed: {describe_failure(extraction)}"))
        else:
            outcomes.append((p.source, p, extraction, None))
    return outcomes


def describe_failure(exc: BaseException) -> str:
    """The one line a failed article is listed with."""
    if isinstance(exc, NewsxError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


def _load_model():
    from .nlp.pipeline import load_model

    return load_model()


_worker_nlp = None


def _init_worker(model: str) -> None:
    global _worker_nlp
    import signal

    from .nlp.pipeline import load_model

    # Ctrl-C and a closed terminal reach the whole process group, but they are
    # the parent's to handle: it stops handing out work and the pool winds down,
    # with no traceback from every worker. SIGTERM stays: the pool ends workers with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _worker_nlp = load_model(model)


def _analyse_in_worker(chunk: list[tuple[bytes, str, str]]) -> list[Outcome]:
    return analyse(chunk, _worker_nlp)


def worker_pool(jobs: int):
    """`jobs` worker processes, each forked ready to analyse (the model and the language identifier
    loaded once, before the fork: WORKER_PRELOAD)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .nlp.pipeline import load_model, model_name

    model = model_name()
    if importlib.util.find_spec(model) is None:
        load_model(model)  # raises the one-line "model is not installed" error here, not in every worker
    # forkserver: workers start from a clean process, not a copy of one that
    # holds a database connection and a progress bar's thread.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(model,))


def _run_in_workers(todo: Iterator[tuple[bytes, str, str]], jobs: int, stored) -> None:
    """Fan chunks out to `jobs` processes; store results in input order as they come back.

    At most two chunks per worker are in flight, so memory stays flat
    however many articles there are.
    """
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    pending: deque = deque()
    with worker_pool(jobs) as pool:
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


def sample_paths() -> list[Path]:
    """The bundled sample articles: what a fresh store opens on."""
    spec = importlib.util.find_spec("newsx.seeds")
    if spec is None or not spec.submodule_search_locations:
        raise NewsxError("the bundled sample articles are missing from this installation")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted(p for p in folder.iterdir() if is_article_name(p.name))

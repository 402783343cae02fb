"""Fuzzy search over a corpus-sized alias list, and FTS over a stored corpus."""

from __future__ import annotations

import statistics
import time

from rapidfuzz import process


def _timed(fn, queries) -> tuple[list[float], list]:
    times, answers = [], []
    for q in queries:
        t = time.perf_counter()
        answers.append(fn(q))
        times.append((time.perf_counter() - t) * 1000)
    return times, answers


def summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]}


def fuzzy(n_aliases: int, n_queries: int) -> dict:
    """EntityIndex.search against a plain rapidfuzz.process.extract over the same aliases."""
    from newsx.store.db.search import EntityIndex

    from .corpus import aliases, queries

    pool = aliases(n_aliases)
    t = time.perf_counter()
    index = EntityIndex([(i, a, "actor", a) for i, a in enumerate(pool)])
    build_s = time.perf_counter() - t
    qs = queries(pool, n_queries)
    ours, hits = _timed(lambda q: index.search(q, limit=50), qs)
    plain, full = _timed(lambda q: process.extract(q, pool, limit=50), qs)
    # Same scorer and processing on both sides, so the best score must agree
    # unless the candidate filter missed the full scan's best alias.
    same_best = sum(
        (h[0].score if h else 0) >= (f[0][1] if f and f[0][1] >= 60 else 0) for h, f in zip(hits, full)
    ) / len(qs)
    return {
        "aliases": len(pool),
        "queries": len(qs),
        "build_s": build_s,
        "ours": summary(ours),
        "plain": summary(plain),
        "same_best": same_best,
    }


FTS_QUERIES = (
    "refinery", "ceasefire border", "earthquake power", "budget schools", "warnings ignored", "minister",
    "Central Bank", "election ballots", "shop square business", "report published month", "talks", "exports demand",
)


def fts(db_path) -> dict:
    """store.search.paragraphs (what `search` and the TUI run) against a bare FTS5 MATCH and a LIKE scan."""
    from newsx.store import open_db
    from newsx.store.db.search import fts_query, paragraphs

    db = open_db(db_path, readonly=True)
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_paragraphs = db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    qs = list(FTS_QUERIES) * 5
    ours, _ = _timed(lambda q: paragraphs(db, q, limit=100), qs)
    bare, _ = _timed(
        lambda q: db.execute(
            "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT 100", [fts_query(q)]
        ).fetchall(),
        qs,
    )
    like, _ = _timed(
        lambda q: db.execute(
            "SELECT id FROM paragraphs WHERE " + " AND ".join(["text LIKE ?"] * len(q.split())) + " LIMIT 100",
            [f"%{w}%" for w in q.split()],
        ).fetchall(),
        qs,
    )
    return {"articles": articles, "paragraphs": n_paragraphs, "ours": summary(ours), "bare": summary(bare), "like": summary(like)}

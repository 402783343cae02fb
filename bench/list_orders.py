"""The orders `o` picks, against the default order read in the same run: what sorting costs on a large corpus.

`python -m bench.list_orders [ARTICLES]` (1000, 20000 or 100000: one of the stores bench/tui_store.py
caches; 20000 by default). The store is opened read-only, so the cached file is never written. For each
role, the corpus scope's first rows (loader.CORPUS_ENTITIES) in every entity order, and the whole
article list in every article order; each figure is the median of a few reads and its ratio to the
default order's ("mentions", "date").
"""

from __future__ import annotations

import hashlib
import sqlite3
import statistics
import sys
import time
from pathlib import Path

import sqlite_utils

from newsx.store import ROLES
from newsx.store.db import queries
from newsx.tui.loader import CORPUS_ENTITIES

from . import tui_store
from .__main__ import TUI_SIZES

REPEAT = 5


def _median_ms(fn) -> float:
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def cached_path(articles: int) -> Path:
    """The cached store's file, as tui_store.cached names it; never opened for writing here (cached()
    would migrate it in place), so `python -m bench` must have built it."""
    size = next(s for s in TUI_SIZES if s[0] == articles)
    digest = hashlib.sha256(Path(tui_store.__file__).read_bytes()).hexdigest()[:12]
    path = tui_store.CACHE / f"tui-{size[0]}-{size[1]}-{size[2]}-{digest}.db"
    if not path.exists():
        sys.exit(f"{path} is not built: run `python -m bench` first")
    return path


def run(articles: int) -> dict:
    path = cached_path(articles)
    db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    try:
        facets = {
            role: {
                order: _median_ms(lambda role=role, order=order: queries.top_entities(db, role, CORPUS_ENTITIES, order))
                for order in queries.ENTITY_ORDERS
            }
            for role in ROLES
        }
        article_list = {order: _median_ms(lambda order=order: queries.articles(db, order)) for order in queries.ARTICLE_ORDERS}
    finally:
        db.close()
    return {"articles": articles, "facets": facets, "article_list": article_list}


def report(result: dict) -> str:
    lines = [f"store of {result['articles']:,} articles (median of {REPEAT} reads; ratio to the default order)"]
    for role, orders in result["facets"].items():
        base = orders[queries.ENTITY_ORDERS[0]]
        lines.append(f"  {role:9} " + "  ".join(f"{o} {ms:.0f} ms ({ms / base:.1f}x)" for o, ms in orders.items()))
    base = result["article_list"][queries.ARTICLE_ORDERS[0]]
    lines.append("  articles  " + "  ".join(f"{o} {ms:.0f} ms ({ms / base:.2f}x)" for o, ms in result["article_list"].items()))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)))

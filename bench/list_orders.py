"""The orders `o` picks, against the default order read in the same run: what sorting costs on a large corpus.

`python -m bench.list_orders [ARTICLES]` (1000, 20000 or 100000: one of the stores bench/tui_store.py
caches; 20000 by default). The store is opened read-only, so the cached file is never written. For each
role, the corpus scope's first rows (loader.CORPUS_ENTITIES) in every entity order, and the whole
article list in every article order; each figure is the median of a few reads and its ratio to the
default order's ("mentions", "date").

`python -m bench.list_orders --pages [ARTICLES]`: every list the TUI pages (store.db.pages.LISTS), in every
order and filter, read as the TUI reads it (tui/pages.py, a fresh list each time, so no page is kept): its first
page (what Home shows), its last (End), the page after the middle one read from the middle page's edge (a page
key half-way down), the last row located (an entity or article found far down), and the count. The ratio
last / first is End against Home without any drawing: it should be about 1.
"""

from __future__ import annotations

import hashlib
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from newsx.store import ROLES
from newsx.store.db import queries
from newsx.tui.loader import CORPUS_ENTITIES
from newsx.tui.pages import TablePages, mention_pages, quote_pages, speaker_pages
from newsx.tui.who_said import FILTERS

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


def _paged_lists(db: sqlite_utils.Database, path: Path) -> list[tuple[str, Callable[[int | None], TablePages]]]:
    """(name, make(total) -> the list as the TUI makes it) for every list, order and filter the TUI pages; each
    list of one entity or speaker is its largest's."""
    def top(sql: str):
        row = db.execute(sql).fetchone()
        return row[0] if row else None

    made: list[tuple[str, Callable[[int | None], TablePages]]] = []
    for order in queries.ARTICLE_ORDERS:
        made.append((f"articles by {order}", lambda total, order=order: TablePages(path, "articles", order, total, queries.articles_by_id)))
    for role in ROLES:
        for order in queries.ENTITY_ORDERS:
            made.append((f"{role} by {order}", lambda total, role=role, order=order: TablePages(
                path, "entities", order, total, queries.entities_by_id, (role,))))
    for which in FILTERS:
        made.append((f"quotes {which}", lambda total, which=which: quote_pages(path, total, which=which)))
        made.append((f"speakers {which}", lambda total, which=which: speaker_pages(path, which, total)))
    named = top("SELECT speaker FROM speaker_counts WHERE filter = 'all' AND entity_id IS NOT NULL ORDER BY quotes DESC LIMIT 1")
    said = top("SELECT speaker FROM speaker_counts WHERE filter = 'all' AND entity_id IS NULL ORDER BY quotes DESC LIMIT 1")
    for key in (k for k in (named, said) if k):
        for which in FILTERS:
            made.append((f"quotes of {key} {which}", lambda total, key=key, which=which: quote_pages(path, total, which=which, speaker=key)))
    entity = top("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1")
    if entity is not None:
        made.append((f"mentions of entity {entity}", lambda total, entity=entity: mention_pages(path, entity, total)))
    return made


def _timed_ms(fn) -> tuple[float, object]:
    t = time.perf_counter()
    got = fn()
    return (time.perf_counter() - t) * 1000, got


def pages_run(articles: int) -> list[dict]:
    """For each paged list (_paged_lists): median ms of its count, its first page, its last page, a page read
    beside the middle one, and its last row located."""
    path = cached_path(articles)
    db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    try:
        lists = _paged_lists(db, path)
    finally:
        db.close()
    return [{"list": name, **_paged_timings(make)} for name, make in lists]


def _paged_timings(make: Callable[[int | None], TablePages]) -> dict:
    times: dict[str, list[float]] = {"count": [], "first": [], "last": [], "beside": [], "locate": []}
    counted, total = _timed_ms(lambda: make(None))
    times["count"].append(counted)
    total_rows = len(total)
    for _ in range(REPEAT if total_rows else 0):
        times["count"].append(_timed_ms(lambda: make(None))[0])
        times["first"].append(_timed_ms(lambda: make(total_rows).row(0))[0])
        last_ms, last = _timed_ms(lambda: make(total_rows).row(total_rows - 1))
        times["last"].append(last_ms)
        middle = make(total_rows)
        middle.row(total_rows // 2)  # the page the reader is on, kept; the next is read from its last row
        after = min(total_rows - 1, (total_rows // 2 // middle.page + 1) * middle.page)
        times["beside"].append(_timed_ms(lambda: middle.row(after))[0])  # noqa: B023 (called at once)
        if last:
            times["locate"].append(_timed_ms(lambda: make(total_rows).index_of(last["id"]))[0])  # noqa: B023
    return {"rows": total_rows, **{k: statistics.median(v) if v else float("nan") for k, v in times.items()}}


def pages_report(articles: int, results: list[dict]) -> str:
    lines = [f"store of {articles:,} articles: ms to read as the TUI does (median of {REPEAT}; load {_load()})",
             f"  {'list':40} {'rows':>9} {'count':>7} {'first':>7} {'last':>7} {'beside':>7} {'locate':>7}  last/first"]
    for r in results:
        lines.append(f"  {r['list'][:40]:40} {r['rows']:>9,} {r['count']:7.1f} {r['first']:7.1f} {r['last']:7.1f}"
                     f" {r['beside']:7.1f} {r['locate']:7.1f}  {r['last'] / r['first']:.2f}")
    return "\n".join(lines)


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--pages"]:
        size = int(args[1]) if len(args) > 1 else 20_000
        print(pages_report(size, pages_run(size)))
    else:
        print(report(run(int(args[0]) if args else 20_000)))

"""`python -m bench.write_scale_bench STORE [STORE ...] [--n 100] [--warm 100]`: the write path's cost per article against the size of
the store it writes into.

The same N generated wire stories (bench/corpus.py), analysed once by spaCy in
this run, are written through `store_article` (entity resolution against the
whole corpus, the corrections, the corpus counts, the full-text index) into a
copy of each STORE: a store of 1,000 articles and one of 100,000 (the cached
stores of bench/tui_store.py) should cost the same per article. Each STORE is
copied first and migrated outside the timing; the copy is deleted afterwards.
Prints ms/article (wall and CPU) for each and the ratio of each to the first.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import tempfile
import time
from pathlib import Path


def analysed(n: int, folder: Path, first: int = 0) -> list:
    from newsx.store.ingest import analyse
    from newsx.store.nlp.pipeline import load_model

    from .corpus import article

    chunk = []
    for i in range(first, first + n):
        data = article(i).encode("utf-8")
        chunk.append((data, str(folder / f"{i:05d}.txt"), hashlib.sha256(data).hexdigest()))
    outcomes = analyse(chunk, load_model())
    assert all(error is None for *_, error in outcomes), [o for o in outcomes if o[3]][:3]
    return [(prepared, extraction) for _source, prepared, extraction, _error in outcomes]


def _timed(db, articles: list) -> tuple[float, float]:
    """Wall and CPU ms per article of writing `articles`."""
    from newsx.store.db.write import store_article

    t, c = time.perf_counter(), time.process_time()
    for prepared, extraction in articles:
        store_article(db, prepared, extraction)
    return 1000 * (time.perf_counter() - t) / len(articles), 1000 * (time.process_time() - c) / len(articles)


def time_store(store: Path, work: Path, warm: list, articles: list) -> dict:
    from newsx.store import open_db

    copy = work / store.name
    shutil.copyfile(store, copy)
    try:
        db = open_db(copy)  # migrates an older store here, outside the timing
        db.execute("PRAGMA synchronous = NORMAL")  # as ingest runs it
        size = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        cold_ms, cold_cpu = _timed(db, warm) if warm else (float("nan"), float("nan"))
        ms, cpu_ms = _timed(db, articles)
        db.close()
    finally:
        for leftover in work.glob(copy.name + "*"):
            leftover.unlink()
    return {"store": store.name, "articles": size, "ms": ms, "cpu_ms": cpu_ms, "cold_ms": cold_ms, "cold_cpu_ms": cold_cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.write_scale_bench", description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path, help="stores to copy and write into (never written themselves)")
    parser.add_argument("--n", type=int, default=100, help="articles timed on the warm connection (default 100)")
    parser.add_argument("--warm", type=int, default=100, help="other articles written first, timed apart (default 100)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsx-write-scale-") as tmp:
        work = Path(tmp)
        articles = analysed(args.n, work)
        warm = analysed(args.warm, work, first=args.n) if args.warm else []
        rows = [time_store(store, work, warm, articles) for store in args.stores]
    with open("/proc/loadavg") as fh:
        load = " ".join(fh.read().split()[:3])
    print(f"{args.warm} articles on a fresh connection, then {args.n} on the warm one, written through store_article;"
          f" load average {load}")
    for r in rows:
        if args.warm:
            print(f"into {r['articles']:,} articles ({r['store']}), fresh connection: {r['cold_ms']:.1f} ms/article wall, "
                  f"{r['cold_cpu_ms']:.1f} ms CPU; {r['cold_cpu_ms'] / rows[0]['cold_cpu_ms']:.2f}x the first's CPU")
        print(f"into {r['articles']:,} articles ({r['store']}): {r['ms']:.1f} ms/article wall, "
              f"{r['cpu_ms']:.1f} ms CPU; {r['cpu_ms'] / rows[0]['cpu_ms']:.2f}x the first's CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

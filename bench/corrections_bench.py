"""`python -m bench.corrections_bench [ARTICLES] [CORRECTIONS]`: what a reader's corrections cost every write.

`python -m bench.corrections_bench --store STORE [KIND ...]`: what making one correction of each kind
(or the KINDs given), and undoing it, costs on a copy of STORE (a cached store of bench/tui_store.py):
each should take time in proportion to the rows it changes, not to the corpus. Timed with the indexes
`split` and `not-entity` read, then, in the same run, without them (as before); with what opening the
copy took (adding them to a store that lacks them) and their size.

store_article applies every correction to each article it writes. This writes
the same synthetic articles (bench/tui_store.py, no spaCy) through the write
path twice in this run: into a store with no corrections, and into one holding
CORRECTIONS of every kind about names those articles use; it prints both
times and their ratio. The write path is a small share of a real ingest,
which spaCy dominates (see bench/RESULTS.md).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from newsx.store import open_db, transaction
from newsx.store.db import corrections

from .tui_store import build


def add_corrections(path: Path, names: list[tuple[str, str]], count: int, seed: int = 11) -> None:
    """`count` corrections spread over every kind, about entities the synthetic articles name."""
    rng = random.Random(seed)
    db = open_db(path)
    with transaction(db) as conn:
        for i in range(count):
            e = rng.randrange(len(names))
            name, role = names[e]
            key = f"{role}:{e}"
            kind = corrections.KINDS[i % len(corrections.KINDS)]
            target, value = {
                "merge": ({"keys": [key], "names": [name]}, {"into": f"{role}:{(e + 1) % len(names)}", "name": "x"}),
                "split": ({"alias": name.split()[-1]}, {"key": corrections.split_key(role, name), "name": name, "type": "PERSON", "role": role}),
                "rename": ({"key": key, "name": name}, {"name": name.upper()}),
                "role": ({"key": key, "name": name}, {"role": "location", "lat": 1.0, "lon": 2.0}),
                "not-entity": ({"alias": name}, {}),
                "speaker": ({"source": f"synthetic/{1 + e % 50}.txt", "text": name}, {"key": key, "name": name}),
                "not-quote": ({"source": f"synthetic/{1 + e % 50}.txt", "text": name}, {}),
            }[kind]
            corrections.insert(conn, kind, target, value, strict=False)
    db.close()


def main(articles: int = 200, count: int = 500) -> dict:
    aliases = articles * 40
    with tempfile.TemporaryDirectory(prefix="newsx-corrections-bench-") as tmp:
        plain, corrected = Path(tmp) / "plain.db", Path(tmp) / "corrected.db"
        names = build(Path(tmp) / "names.db", articles=1, aliases=aliases)["names"]
        t = time.perf_counter()
        build(plain, articles=articles, aliases=aliases)
        plain_s = time.perf_counter() - t
        add_corrections(corrected, names, count)
        t = time.perf_counter()
        build(corrected, articles=articles, aliases=aliases)
        corrected_s = time.perf_counter() - t
    return {"articles": articles, "corrections": count, "plain_s": plain_s, "corrected_s": corrected_s}


def on_store(store: Path, kinds: list[str]) -> list[dict]:
    """Seconds to make and to undo one correction of each kind on a copy of `store`, migrated first (timed apart), with
    the indexes the corrections read (schema.py: mentions by text, quotes by named speaker) and then without them."""
    from .write_scale_bench import CORRECTION_INDEXES, drop_correction_indexes

    with tempfile.TemporaryDirectory(prefix="newsx-corrections-bench-") as tmp:
        copy = Path(tmp) / store.name
        shutil.copyfile(store, copy)
        had = _indexes(copy)
        t = time.perf_counter()
        db = open_db(copy)
        migrate_s = time.perf_counter() - t
        added = sorted(set(CORRECTION_INDEXES) - had)
        size_mb = {name: db.execute("SELECT sum(pgsize) FROM dbstat WHERE name = ? AND aggregate = 1", [name]).fetchone()[0]
                   / 1e6 for name in CORRECTION_INDEXES}
        store_mb = db.execute("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size").fetchone()[0] / 1e6
        actors = [r[0] for r in db.execute(
            "SELECT id FROM entities WHERE role = 'actor' AND type = 'PERSON' ORDER BY id LIMIT 6 OFFSET 1000")]
        surname, short = (db.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? AND alias NOT LIKE '% %'", [e]).fetchone()[0] for e in actors[:2])
        quotes = [r[0] for r in db.execute("SELECT id FROM quotes ORDER BY id LIMIT 2 OFFSET 5000")]
        make = {
            "merge": lambda: corrections.merge(db, actors[2], actors[3]),
            "split": lambda: corrections.split(db, surname),
            "rename": lambda: corrections.rename(db, actors[4], "Renamed Person"),
            "role": lambda: corrections.set_role(db, actors[5], "location", 1.0, 2.0),
            "not-entity": lambda: corrections.not_entity(db, short),
            "speaker": lambda: corrections.speaker(db, quotes[0], actors[4]),
            "not-quote": lambda: corrections.not_quote(db, quotes[1]),
        }
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"on a copy of {store.name} ({articles:,} articles, {store_mb:,.0f} MB): opening it added {', '.join(added) or 'no index'}"
              f" in {migrate_s:.1f} s; {', '.join(f'{n} {mb:.1f} MB' for n, mb in size_mb.items())}", flush=True)
        rows = []
        for indexes in ("with the indexes", "without them (before)"):
            if indexes.startswith("without"):
                with transaction(db) as conn:
                    drop_correction_indexes(conn)
            for kind in kinds:
                t = time.perf_counter()
                make[kind]()
                add_s = time.perf_counter() - t
                t = time.perf_counter()
                corrections.undo(db)
                rows.append({"kind": kind, "indexes": indexes, "add_s": add_s, "undo_s": time.perf_counter() - t})
                print(f"{indexes}: {kind}: {add_s:.3f} s to make, {rows[-1]['undo_s']:.3f} s to undo", flush=True)
        db.close()
    with open("/proc/loadavg") as fh:
        print(f"load average {' '.join(fh.read().split()[:3])}")
    return rows


def _indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--store"]:
        on_store(Path(sys.argv[2]), sys.argv[3:] or list(corrections.KINDS))
        sys.exit(0)
    r = main(*(int(a) for a in sys.argv[1:3]))
    print(
        f"{r['articles']} articles written through store_article: {r['plain_s']:.2f} s with no corrections, "
        f"{r['corrected_s']:.2f} s with {r['corrections']} ({r['corrected_s'] / r['plain_s']:.2f}×; "
        f"{1000 * (r['corrected_s'] - r['plain_s']) / r['articles']:.1f} ms more per article)"
    )

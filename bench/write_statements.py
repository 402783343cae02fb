"""`python -m bench.write_statements [--n 100] [--settings NAME] [STORE ...]`: where the write path's time and page
reads go, statement by statement.

The same analysed stories as bench/write_scale_bench.py are written through `store_article` into a fresh copy of
each STORE (by default the cached 1,000- and 100,000-article stores), N on the freshly opened connection, then N
on the warm one, with one of write_scale_bench.SETTINGS (default: as ingest opens the store). Each statement is
run to its last row as it is executed, so its CPU time and the read syscalls SQLite made for it (the store's
pages fetched from the OS, the log's at a checkpoint) are its own; the commit, where a checkpoint runs, is one
line. Prints, per connection, the statements that read the most pages, per article.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import sqlite_utils

from .write_scale_bench import SETTINGS, STORE_SIZES, analysed, cached_store, fresh_copy, load, migrated_copy, read_calls

# statement -> [calls, CPU seconds, read calls]
Tally = dict[str, list]


class _Rows:
    """A statement's rows, read to the end when it ran: what the write path reads of a cursor."""

    def __init__(self, rows: list, lastrowid: int | None):
        self.rows, self.lastrowid = rows, lastrowid

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class _Counted(sqlite3.Connection):
    tally: Tally

    def _count(self, sql: str, run):
        reads, cpu = read_calls(), time.process_time()
        out = run()
        # placeholders of any count as one, so that a statement is one line whatever the article
        line = self.tally[re.sub(r"\(\?(, ?\?)*\)", "(?...)", " ".join(sql.split()))]
        line[0] += 1
        line[1] += time.process_time() - cpu
        line[2] += read_calls() - reads - 1  # less read_calls' own
        return out

    def execute(self, sql, params=()):
        def run():
            cur = super(_Counted, self).execute(sql, params)
            return _Rows(cur.fetchall(), cur.lastrowid)

        return self._count(sql, run)

    def executemany(self, sql, params):
        rows = list(params)
        return self._count(sql, lambda: super(_Counted, self).executemany(sql, rows))

    def commit(self):
        return self._count("COMMIT", lambda: super(_Counted, self).commit())


def counted(base: Path, work: Path, settings, batches: dict[str, list]) -> dict[str, Tally]:
    """Per batch, each statement's tally, writing into a fresh copy of `base` on one connection opened as open_db does."""
    from newsx.store.db.write import store_article

    copy = fresh_copy(base, work / f"run-{base.name}")
    out: dict[str, Tally] = {}
    try:
        conn = sqlite3.connect(str(copy), factory=_Counted, check_same_thread=False)
        conn.tally = defaultdict(lambda: [0, 0.0, 0])
        db = sqlite_utils.Database(conn)
        for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "foreign_keys = ON"):
            sqlite3.Connection.execute(conn, f"PRAGMA {pragma}")  # as open_db opens a store, uncounted
        settings(db)
        for label, articles in batches.items():
            conn.tally = defaultdict(lambda: [0, 0.0, 0])
            for prepared, extraction in articles:
                store_article(db, prepared, extraction)
            out[label] = dict(conn.tally)
        conn.close()
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    return out


def render(name: str, size: int, label: str, tally: Tally, n: int, top: int) -> list[str]:
    reads = sum(t[2] for t in tally.values())
    cpu = sum(t[1] for t in tally.values())
    lines = [f"{size:,} articles ({name}), {label} connection: {reads / n:.0f} read calls and {1000 * cpu / n:.1f} ms CPU"
             " per article in SQL (statements with the most reads first):"]
    for sql, (calls, secs, r) in sorted(tally.items(), key=lambda kv: (-kv[1][2], -kv[1][1]))[:top]:
        lines.append(f"  {r / n:7.1f} reads {1000 * secs / n:6.2f} ms {calls / n:5.1f}x  {sql[:110]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.write_statements", description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path, help="stores to copy and write into (default: the cached 1,000- and 100,000-article stores)")
    parser.add_argument("--n", type=int, default=100, help="stories per connection, fresh and warm (default 100)")
    parser.add_argument("--settings", choices=list(SETTINGS), default=next(iter(SETTINGS)))
    parser.add_argument("--top", type=int, default=12, help="statements shown per connection (default 12)")
    args = parser.parse_args(argv)
    stores = args.stores or [cached_store(sizes) for sizes in STORE_SIZES]
    with tempfile.TemporaryDirectory(prefix="newsx-write-statements-") as tmp:
        work = Path(tmp)
        batches = {"fresh": analysed(args.n, work), "warm": analysed(args.n, work, first=args.n)}
        print(f"settings: {args.settings}; load average {load()}")
        for store in stores:
            base, size = migrated_copy(store, work)
            for label, tally in counted(base, work, SETTINGS[args.settings], batches).items():
                print("\n".join(render(store.name, size, label, tally, args.n, args.top)))
            base.unlink()
    print(f"load average {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`python -m bench.write_statements [--n 100] [--settings NAME] [STORE ...]`: where the write path's time and page
reads go, statement by statement.

The same analysed stories as bench/write_scale_bench.py are written through `store_article` into a fresh copy of
each STORE (by default the cached 1,000- and 100,000-article stores), N on the freshly opened connection, then N
on the warm one, with one of write_scale_bench.SETTINGS (default: as ingest opens the store). Each statement is
run to its last row as it is executed, so its CPU time and the read syscalls SQLite made for it (the store's
pages fetched from the OS, the log's at a checkpoint) are its own; the commit, where a checkpoint runs, is one
line. Prints, per connection, the statements that read the most pages, per article.

`--steps`: instead, SQLite's virtual-machine steps per article of each statement (a progress handler counts every
step, charged to the statement running it, its triggers' included) in each store, the statements whose steps grow
the most from the first store to the last first: a count the load does not move, of the work a statement does,
which grows with the rows it reads.

`--pages`: instead, where the pages each article writes are. Checkpoints are held off (`wal_autocheckpoint = 0`) so
that the log keeps every page each commit wrote; each page is then named by the table or index it belongs to
(SQLite's dbstat). Per table or index: the pages a commit writes to the log, per article, and the distinct pages a
run of CHECKPOINT_ARTICLES articles wrote (what one checkpoint copies into the store, per article). Both are counts
of pages, which the machine's load does not move.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sqlite3
import struct
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import sqlite_utils

from .write_scale_bench import (
    SETTINGS, STORE_SIZES, cached_store, fresh_copy, kept_stories, load, migrated_copy, read_calls,
)

# statement -> [calls, CPU seconds, read calls, virtual-machine steps]
Tally = dict[str, list]


class _Rows:
    """A statement's rows, read to the end when it ran: what the write path reads of a cursor."""

    def __init__(self, rows: list, lastrowid: int | None, rowcount: int):
        self.rows, self.lastrowid, self.rowcount = rows, lastrowid, rowcount

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class _Counted(sqlite3.Connection):
    tally: Tally
    steps = 0

    def count_steps(self) -> None:
        """Count every virtual-machine step from now on (slows each statement several times over)."""

        def step() -> int:
            self.steps += 1
            return 0

        self.set_progress_handler(step, 1)

    def _count(self, sql: str, run):
        reads, cpu, steps = read_calls(), time.process_time(), self.steps
        out = run()
        # placeholders of any count as one, so that a statement is one line whatever the article
        line = self.tally[re.sub(r"\(\?(, ?\?)*\)", "(?...)", " ".join(sql.split()))]
        line[0] += 1
        line[1] += time.process_time() - cpu
        line[2] += read_calls() - reads - 1  # less read_calls' own
        line[3] += self.steps - steps
        return out

    def execute(self, sql, params=()):
        def run():
            cur = super(_Counted, self).execute(sql, params)
            return _Rows(cur.fetchall(), cur.lastrowid, cur.rowcount)

        return self._count(sql, run)

    def executemany(self, sql, params):
        rows = list(params)
        return self._count(sql, lambda: super(_Counted, self).executemany(sql, rows))

    def commit(self):
        return self._count("COMMIT", lambda: super(_Counted, self).commit())


def counted(base: Path, work: Path, settings, batches: dict[str, list], steps: bool = False) -> dict[str, Tally]:
    """Per batch, each statement's tally, writing into a fresh copy of `base` on one connection opened as open_db does."""
    from newsx.store.db.write import store_article

    copy = fresh_copy(base, work / f"run-{base.name}")
    out: dict[str, Tally] = {}
    try:
        conn = sqlite3.connect(str(copy), factory=_Counted, check_same_thread=False)
        conn.tally = defaultdict(lambda: [0, 0.0, 0, 0])
        db = sqlite_utils.Database(conn)
        for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "foreign_keys = ON"):
            sqlite3.Connection.execute(conn, f"PRAGMA {pragma}")  # as open_db opens a store, uncounted
        with contextlib.ExitStack() as stack:
            extra = settings(db)
            checkpointer = stack.enter_context(extra) if extra is not None else None
            for label, articles in batches.items():
                conn.tally = defaultdict(lambda: [0, 0.0, 0, 0])
                if steps:
                    conn.count_steps()
                for prepared, extraction in articles:
                    store_article(db, prepared, extraction)
                    if checkpointer is not None:
                        checkpointer.committed()
                out[label] = dict(conn.tally)
        conn.close()
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    return out


# About one checkpoint's worth of articles at for_ingest's wal_autocheckpoint (10,000 pages of some 200 an article).
CHECKPOINT_ARTICLES = 50
_WAL_HEADER, _FRAME_HEADER = 32, 24


def wal_commits(wal: Path) -> list[list[int]]:
    """The pages of each commit in a WAL file, in order (frames after the last commit are left out)."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    commits, pages = [], []
    for at in range(_WAL_HEADER, len(data) - _FRAME_HEADER - page_size + 1, _FRAME_HEADER + page_size):
        page, size_after = struct.unpack(">II", data[at:at + 8])
        pages.append(page)
        if size_after:
            commits.append(pages)
            pages = []
    return commits


def page_owners(path: Path) -> dict[int, str]:
    """Each page of the store, by the table or index it belongs to (the WAL's pages included)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT pageno, name FROM dbstat"))
    finally:
        conn.close()


def written_pages(base: Path, work: Path, settings, articles: list) -> tuple[dict[str, float], dict[str, float]]:
    """Per table or index: pages written to the log per article, and distinct pages per article within each run of
    CHECKPOINT_ARTICLES articles (what a checkpoint copies)."""
    from newsx.store import open_db
    from newsx.store.db.write import store_article

    copy = fresh_copy(base, work / f"pages-{base.name}")
    try:
        db = open_db(copy)
        settings(db)
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for prepared, extraction in articles:
            store_article(db, prepared, extraction)
        commits = wal_commits(copy.with_name(copy.name + "-wal"))
        owners = page_owners(copy)
        db.close()
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    logged: dict[str, float] = defaultdict(float)
    checkpointed: dict[str, float] = defaultdict(float)
    for first in range(0, len(commits), CHECKPOINT_ARTICLES):
        window = commits[first:first + CHECKPOINT_ARTICLES]
        for page in {p for pages in window for p in pages}:
            checkpointed[owners.get(page, "(free or new)")] += 1 / len(commits)
        for pages in window:
            for page in pages:
                logged[owners.get(page, "(free or new)")] += 1 / len(commits)
    return dict(logged), dict(checkpointed)


def render_pages(sizes: list[int], results: list[tuple[dict, dict]], top: int) -> list[str]:
    names = sorted({name for logged, _ in results for name in logged},
                   key=lambda name: -max(checkpointed.get(name, 0) for _, checkpointed in results))
    head = " → ".join(f"{size:,}" for size in sizes)
    lines = [f"pages per article, stores of {head} articles: written to the log at commit | copied by a checkpoint "
             f"every {CHECKPOINT_ARTICLES} articles"]
    lines.append(f"  {'all':40s} " + " → ".join(f"{sum(r[0].values()):6.1f}" for r in results) + " | "
                 + " → ".join(f"{sum(r[1].values()):6.1f}" for r in results))
    for name in names[:top]:
        lines.append(f"  {name[:40]:40s} " + " → ".join(f"{r[0].get(name, 0):6.1f}" for r in results) + " | "
                     + " → ".join(f"{r[1].get(name, 0):6.1f}" for r in results))
    return lines


def render(name: str, size: int, label: str, tally: Tally, n: int, top: int) -> list[str]:
    reads = sum(t[2] for t in tally.values())
    cpu = sum(t[1] for t in tally.values())
    lines = [f"{size:,} articles ({name}), {label} connection: {reads / n:.0f} read calls and {1000 * cpu / n:.1f} ms CPU"
             " per article in SQL (statements with the most reads first):"]
    for sql, (calls, secs, r, _) in sorted(tally.items(), key=lambda kv: (-kv[1][2], -kv[1][1]))[:top]:
        lines.append(f"  {r / n:7.1f} reads {1000 * secs / n:6.2f} ms {calls / n:5.1f}x  {sql[:110]}")
    return lines


def render_steps(sizes: list[int], tallies: list[Tally], n: int, top: int) -> list[str]:
    """Steps per article of each statement in each store, those that grow the most first."""
    first, last = tallies[0], tallies[-1]
    growth = sorted({*first, *last}, key=lambda sql: -(last.get(sql, [0] * 4)[3] - first.get(sql, [0] * 4)[3]))
    head = " → ".join(f"{size:,}" for size in sizes)
    lines = [f"virtual-machine steps per article, stores of {head} articles (calls per article in the last):",
             "  " + " → ".join(f"{sum(t[3] for t in tally.values()) / n:8.0f}" for tally in tallies) + "  all"]
    for sql in growth[:top]:
        lines.append("  " + " → ".join(f"{tally.get(sql, [0] * 4)[3] / n:8.1f}" for tally in tallies)
                     + f" {last.get(sql, [0] * 4)[0] / n:5.1f}x  {sql[:100]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.write_statements", description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path, help="stores to copy and write into (default: the cached 1,000- and 100,000-article stores)")
    parser.add_argument("--n", type=int, default=100, help="stories per connection, fresh and warm (default 100)")
    parser.add_argument("--settings", choices=list(SETTINGS), default=next(iter(SETTINGS)))
    parser.add_argument("--top", type=int, default=12, help="statements shown per connection (default 12)")
    parser.add_argument("--pages", action="store_true", help="the pages each article writes, by table and index, instead")
    parser.add_argument("--steps", action="store_true",
                        help="each statement's virtual-machine steps per article in each store, instead")
    parser.add_argument("--stories", type=Path, help="keep the analysed stories in this file (bench.write_instructions)")
    args = parser.parse_args(argv)
    stores = args.stores or [cached_store(sizes) for sizes in STORE_SIZES]
    with tempfile.TemporaryDirectory(prefix="newsx-write-statements-") as tmp:
        work = Path(tmp)
        stories = kept_stories(2 * args.n, work, args.stories)
        if args.steps:
            sizes, tallies = [], []
            for store in stores:
                base, size = migrated_copy(store, work)
                sizes.append(size)
                tallies.append(counted(base, work, SETTINGS[args.settings], {"fresh": stories[: args.n]}, steps=True)["fresh"])
                base.unlink()
            print("\n".join(render_steps(sizes, tallies, args.n, args.top)))
            return 0
        if args.pages:
            articles = stories[: args.n]
            bases = [migrated_copy(store, work) for store in stores]
            results = [written_pages(base, work, SETTINGS[args.settings], articles) for base, _ in bases]
            print("\n".join(render_pages([size for _, size in bases], results, args.top)))
            for base, _ in bases:
                base.unlink()
            return 0
        batches = {"fresh": stories[: args.n], "warm": stories[args.n :]}
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

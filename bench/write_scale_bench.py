"""`python -m bench.write_scale_bench [--n 100] [--repeats 3] [--json] [STORE ...]`: the write path's cost per article
against the size of the store it writes into.

2N generated wire stories (bench/corpus.py) are analysed by spaCy once, before any clock starts: the question is the
store's side. Then, REPEATS times, a fresh copy of each STORE (by default the cached stores of 1,000, 20,000 and
100,000 articles of bench/tui_store.py, which are never written) is made for each setting of SETTINGS (by default the
first two: as ingest writes now, its checkpoints on a thread of their own, and as it wrote before, checkpoints in the
article's COMMIT; `--settings` adds the older ones: without the two indexes the corrections read, SQLite's defaults).
The same N stories are written through `store_article` (entity resolution against the whole corpus, the reader's
corrections, the corpus counts, the full-text index) into every copy, article by article, the order of the copies
turning with each article, on the freshly opened connections; then the other N on the now warm ones. The machine's
load at any moment so falls on every copy alike. The copies are of a base migrated once per run outside every
timing, flushed to disk before they are opened (else the first checkpoint waits for the copy's own gigabytes to
reach the disk).

Per article: the CPU time of the thread that writes (what `--jobs` waits for: its serial part) and of the thread
that checkpoints, where checkpoints have one (its CPU over each batch, the batch's last checkpoint waited for), which
the machine's other jobs disturb less than the wall clock; wall time; read calls (read syscalls: the store's pages
SQLite fetched from the OS, the log's at a checkpoint; a count, not a time, so the load does not move it). The
figures are the ratios of each repeat's time in each larger store to its time in the first, their median and spread
over the repeats, for the writer alone and for writer and checkpoints together.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import tui_store

# (articles, aliases, quotes) of the cached stores written into by default: the small one first (the ratio's baseline)
STORE_SIZES = [(1000, 100_000, 19_000), (20_000, 1_000_000, 380_000), (100_000, 2_000_000, 1_000_000)]
SECTION = "## The write path against the store's size"


# The indexes the corrections find their rows by (schema.py), which every article's mentions and quotes also write.
CORRECTION_INDEXES = ("idx_mentions_by_text", "idx_quotes_by_speaker")


def _ingest_settings(db) -> None:
    from newsx.store.db.schema import for_ingest

    for_ingest(db)


def _background_checkpoints(db):
    """As ingest writes: for_ingest, and the store's checkpoints on their own thread (schema.background_checkpoints)."""
    from newsx.store.db.schema import background_checkpoints

    _ingest_settings(db)
    return background_checkpoints(db)  # entered by one_repeat, after for_ingest's settings


def drop_correction_indexes(db) -> None:
    """The store as it was before the corrections' indexes (a connection or a transaction's)."""
    for name in CORRECTION_INDEXES:
        db.execute(f"DROP INDEX {name}")


def _before(db) -> None:
    """The store and connection as ingest had them before for_ingest: SQLite's 2 MB page cache, no map."""
    drop_correction_indexes(db)
    db.execute("PRAGMA synchronous = NORMAL")


def _ingest_without_correction_indexes(db) -> None:
    drop_correction_indexes(db)
    _ingest_settings(db)


# Connection settings (and indexes) each store is written with, in the same run: the first is ingest's
SETTINGS = {
    "as ingest writes: checkpoints on their own thread": _background_checkpoints,
    "checkpoints at COMMIT (ingest before)": _ingest_settings,
    "the same, without the corrections' two indexes": _ingest_without_correction_indexes,
    "before: SQLite's defaults, without those indexes": _before,
}


def cached_store(sizes: tuple[int, int, int]) -> Path:
    """The cached store of these sizes, found without opening it (tui_store.cached opens it, migrating it in place)."""
    digest = hashlib.sha256(Path(tui_store.__file__).read_bytes()).hexdigest()[:12]
    path = tui_store.CACHE / f"tui-{sizes[0]}-{sizes[1]}-{sizes[2]}-{digest}.db"
    return path if path.exists() else tui_store.cached(*sizes)[0]


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


def kept_stories(count: int, work: Path, kept: Path | None = None) -> list:
    """`analysed(count, work)`, read from `kept` when it holds as many (else analysed and written there): runs before
    and after a change then write the same analyses, whatever the extraction on either side."""
    import pickle

    if kept is not None and kept.exists():
        with open(kept, "rb") as fh:
            stories = pickle.load(fh)
        if len(stories) >= count:
            return stories[:count]
    stories = analysed(count, work)
    if kept is not None:
        with open(kept, "wb") as fh:
            pickle.dump(stories, fh)
    return stories


def read_calls() -> int:
    """The process's read syscalls so far, this one's own included (one read of /proc/self/io)."""
    fd = os.open("/proc/self/io", os.O_RDONLY)
    try:
        text = os.read(fd, 4096).decode()
    finally:
        os.close(fd)
    return next(int(line.split()[1]) for line in text.splitlines() if line.startswith("syscr"))


def _remove(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


def migrated_copy(store: Path, work: Path) -> tuple[Path, int]:
    """A copy of `store` brought to this schema (untimed) and checkpointed: the base of each run's copies."""
    from newsx.store import open_db

    base = work / f"base-{store.name}"
    shutil.copyfile(store, base)
    db = open_db(base)
    size = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return base, size


def fresh_copy(base: Path, copy: Path) -> Path:
    shutil.copyfile(base, copy)
    fd = os.open(copy, os.O_RDONLY)
    try:
        os.fsync(fd)  # else the first checkpoint's fsync would write the whole copy to disk, timed
    finally:
        os.close(fd)
    return copy


def one_repeat(bases: list[Path], work: Path, batches: dict[str, list], r: int, settings: list[str]) -> list[dict]:
    """A fresh copy of each base per setting, each opened as ingest opens a store; the same articles written into
    every copy article by article, in an order that turns with each article, so that the machine's load at any
    moment falls on every copy alike. Per copy and connection (fresh, then warm): wall and CPU ms (the process's, the
    writing thread's, a checkpoint thread's), read calls."""
    from newsx.store import open_db
    from newsx.store.db.write import store_article

    keys = [(label, i) for label in settings for i in range(len(bases))]
    copies = {key: fresh_copy(bases[key[1]], work / f"run-{n}-{bases[key[1]].name}") for n, key in enumerate(keys)}
    dbs = {}
    checkpointers = {}
    with contextlib.ExitStack() as stack:
        try:
            for key in keys:
                dbs[key] = open_db(copies[key])
                extra = SETTINGS[key[0]](dbs[key])
                if extra is not None:
                    checkpointers[key] = stack.enter_context(extra)
            fields = ("ms", "cpu_ms", "thread_ms", "checkpoint_ms", "reads")
            totals = {key: {phase: dict.fromkeys(fields, 0.0) for phase in batches} for key in keys}
            for phase, articles in batches.items():
                before = {key: c.cpu_seconds for key, c in checkpointers.items()}
                for k, (prepared, extraction) in enumerate(articles):
                    turn = (k + r) % len(keys)
                    for key in keys[turn:] + keys[:turn]:
                        reads, t, c, own = read_calls(), time.perf_counter(), time.process_time(), time.thread_time()
                        assert store_article(dbs[key], prepared, extraction)[1] == "ingested"
                        if key in checkpointers:
                            checkpointers[key].committed()
                        own, cpu, wall = time.thread_time() - own, time.process_time() - c, time.perf_counter() - t
                        tally = totals[key][phase]
                        tally["reads"] += read_calls() - reads - 1  # less read_calls' own
                        tally["ms"] += 1000 * wall
                        tally["cpu_ms"] += 1000 * cpu
                        tally["thread_ms"] += 1000 * own
                # the phase's last checkpoint finishes before the next phase (or the end) is counted
                for key, checkpointer in checkpointers.items():
                    checkpointer.wait()
                    totals[key][phase]["checkpoint_ms"] = 1000 * (checkpointer.cpu_seconds - before[key])
            for tally in (t for by_phase in totals.values() for t in by_phase.values()):
                for field in tally:
                    tally[field] /= len(next(iter(batches.values())))
        finally:
            stack.close()
            for db in dbs.values():
                db.close()
            for copy in copies.values():
                _remove(copy)
    return [{"repeat": r, "settings": label, "store": i, **totals[(label, i)]} for label, i in keys]


def load() -> str:
    with open("/proc/loadavg") as fh:
        return " ".join(fh.read().split()[:3])


def run(stores: list[Path], n: int, repeats: int, settings: list[str] | None = None) -> dict:
    settings = settings or list(SETTINGS)[:2]
    with tempfile.TemporaryDirectory(prefix="newsx-write-scale-") as tmp:
        work = Path(tmp)
        batches = {"fresh": analysed(n, work), "warm": analysed(n, work, first=n)}
        bases = [migrated_copy(store, work) for store in stores]
        started = load()
        runs: list[dict] = []
        for r in range(repeats):
            print(f"write scale: repeat {r + 1} of {repeats} ...", file=sys.stderr, flush=True)
            runs += one_repeat([base for base, _ in bases], work, batches, r, settings)
        for base, _ in bases:
            _remove(base)
    return {"n": n, "repeats": repeats, "sizes": [size for _, size in bases], "stores": [s.name for s in stores],
            "runs": runs, "load": [started, load()], "settings": settings}


def summary(result: dict) -> list[dict]:
    """Per setting and connection: median per store of the writing thread's CPU ms, a checkpoint thread's, and read
    calls; each repeat's ratio of every store to the first, for the writing thread and for both threads together."""
    rows = []
    for label in result.get("settings", SETTINGS):
        for phase in ("fresh", "warm"):
            of = {i: [r[phase] for r in result["runs"] if r["settings"] == label and r["store"] == i]
                  for i in range(len(result["sizes"]))}

            def ratios(measure, i, of=of):
                return [measure(big) / measure(small) for small, big in zip(of[0], of[i])]

            rows.append({
                "settings": label, "phase": phase,
                "thread_ms": [statistics.median(writer(x) for x in of[i]) for i in of],
                "checkpoint_ms": [statistics.median(x.get("checkpoint_ms", 0.0) for x in of[i]) for i in of],
                "reads": [statistics.median(x["reads"] for x in of[i]) for i in of],
                "ratios": [ratios(writer, i) for i in of][1:],
                "total_ratios": [ratios(both, i) for i in of][1:],
                "wall_ratio": [statistics.median(ratios(lambda x: x["ms"], i)) for i in of][1:],
            })
    return rows


def writer(x: dict) -> float:
    return x.get("thread_ms", x["cpu_ms"])  # a result of before the writing thread was timed alone


def both(x: dict) -> float:
    return writer(x) + x.get("checkpoint_ms", 0.0)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})"


def render(result: dict) -> list[str]:
    sizes = result["sizes"]
    head = " → ".join(f"{size:,}" for size in sizes)
    lines = [
        SECTION,
        "",
        f"`python -m bench.write_scale_bench`: the same {result['n']} generated wire stories (analysed by spaCy "
        "before any clock starts) written through `store_article`, as ingest writes them, into a fresh copy of each "
        f"cached store of {head} articles (bench/tui_store.py), {result['repeats']} times, one copy per setting, "
        "interleaved article by article; on a freshly opened connection (as each `newsx-tui ingest` run opens one), "
        f"then another {result['n']} on the warm one. CPU time per article of the thread that writes (the serial "
        "part of `--jobs`), and of the thread that checkpoints where checkpoints have their own; read calls per "
        "article are the read syscalls SQLite made for the store's pages (a count the load does not move). Ratios "
        "are each repeat's time in the larger store over its time in the first: median (range). Goal: flat (about "
        f"1×). Load average {result['load'][0]} at the start, {result['load'][1]} at the end.",
        "",
        f"| settings | connection | writer CPU ms / article, {head} | checkpoint thread ms / article "
        "| writer ratios | writer + checkpoint ratios | wall ratios | read calls / article |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in summary(result):
        lines.append(
            f"| {row['settings']} | {row['phase']} | {' → '.join(f'{v:.2f}' for v in row['thread_ms'])} "
            f"| {' → '.join(f'{v:.2f}' for v in row['checkpoint_ms'])} "
            f"| {'; '.join(_spread(r) for r in row['ratios'])} | {'; '.join(_spread(r) for r in row['total_ratios'])} "
            f"| {'; '.join(f'{w:.2f}×' for w in row['wall_ratio'])} | {' → '.join(f'{v:.0f}' for v in row['reads'])} |"
        )
    return lines + [""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.write_scale_bench", description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path,
                        help="stores to copy and write into, the baseline first (default: the cached 1,000- and 100,000-article stores)")
    parser.add_argument("--n", type=int, default=100, help="stories per connection, fresh and warm (default 100)")
    parser.add_argument("--repeats", type=int, default=3, help="copies of each store written into (default 3)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line after the table")
    parser.add_argument("--settings", choices=list(SETTINGS), action="append",
                        help="only these connection settings (repeatable; default: the first two, ingest now and before, "
                        "each a copy of every store per repeat)")
    args = parser.parse_args(argv)
    stores = args.stores or [cached_store(sizes) for sizes in STORE_SIZES]
    result = run(stores, args.n, args.repeats, args.settings)
    print("\n".join(render(result)))
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

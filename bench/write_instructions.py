"""`python -m bench.write_instructions [--n 100] [STORE ...]`: the write path's machine instructions per article
against the size of the store it writes into, a count the machine's load does not move.

The CPU times of bench/write_scale_bench.py move with the neighbours on a shared machine by more than the
differences sought (a few per cent). Here the same 2N analysed stories (bench/corpus.py, analysed once) are written
through `store_article` into a fresh copy of each STORE (by default the cached stores of 1,000, 20,000 and 100,000
articles), as ingest opens a store, with checkpoints held off (they run off the writer's thread: bench/write_scale_bench
measures them), by a child process under valgrind's callgrind, which counts the instructions it runs. Each store is
written three times: no article (the process's own start, the model-free imports, the store's open), N articles, 2N;
the differences over N are the instructions per article on the freshly opened connection (the first N) and on the
warm one (the next N). Needs valgrind; each child takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .write_scale_bench import STORE_SIZES, _remove, cached_store, fresh_copy, kept_stories, load, migrated_copy


def _child(store: str, stories: str, n: int) -> None:
    """Write the first n pickled stories into `store`, then leave without closing (a close would checkpoint)."""
    from newsx.store import open_db
    from newsx.store.db.schema import for_ingest
    from newsx.store.db.write import store_article

    with open(stories, "rb") as fh:
        articles = pickle.load(fh)[:n]
    db = open_db(store)
    for_ingest(db)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    for prepared, extraction in articles:
        assert store_article(db, prepared, extraction)[1] == "ingested"
    os._exit(0)


def instructions(base: Path, copy: Path, stories: Path, n: int, profile: Path | None = None) -> int:
    """Instructions a child runs writing n stories into a fresh copy of `base`; its callgrind profile kept in `profile`."""
    fresh_copy(base, copy)
    try:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={copy}.callgrind", sys.executable, "-m",
             "bench.write_instructions", "--child", str(copy), str(stories), str(n)],
            capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent,
            # one BLAS thread: numpy's (imported by the store's search) spins waiting for work, a count that varies
            # from run to run by up to 0.2 M instructions an article
            env={**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"},
        )
        if profile is not None:
            shutil.copyfile(f"{copy}.callgrind", profile)
    finally:
        _remove(copy)
    found = re.search(r"Collected : (\d+)", out.stderr)
    assert found, out.stderr[-2000:]
    return int(found.group(1))


def run(stores: list[Path], n: int, kept: Path | None = None, profiles: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsx-write-instr-") as tmp:
        work = Path(tmp)
        stories = work / "stories.pickle"
        with open(stories, "wb") as fh:
            pickle.dump(kept_stories(2 * n, work, kept), fh)
        started, rows = load(), []
        for store in stores:
            base, size = migrated_copy(store, work)
            print(f"write instructions: {size:,} articles ...", file=sys.stderr, flush=True)
            counts = [
                instructions(base, work / "copy.db", stories, k, profiles / f"{size}-{k}.callgrind" if profiles else None)
                for k in (0, n, 2 * n)
            ]
            _remove(base)
            rows.append({"size": size, "fresh": (counts[1] - counts[0]) / n, "warm": (counts[2] - counts[1]) / n,
                         "counts": counts})
    return {"n": n, "rows": rows, "load": [started, load()]}


def render(result: dict) -> list[str]:
    first = result["rows"][0]
    lines = [f"instructions per article written (millions), {result['n']} stories per connection;"
             f" load {' → '.join(result['load'])}",
             "| store | fresh connection | ratio | warm connection | ratio |", "|---|---:|---:|---:|---:|"]
    for row in result["rows"]:
        lines.append(
            f"| {row['size']:,} articles | {row['fresh'] / 1e6:.2f} | {row['fresh'] / first['fresh']:.3f}× |"
            f" {row['warm'] / 1e6:.2f} | {row['warm'] / first['warm']:.3f}× |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1], argv[2], int(argv[3]))
    parser = argparse.ArgumentParser(prog="python -m bench.write_instructions", description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path,
                        help="stores to copy and write into (default: the cached three)")
    parser.add_argument("--n", type=int, default=100, help="stories per connection, fresh and warm (default 100)")
    parser.add_argument("--stories", type=Path,
                        help="keep the analysed stories in this file, and write those it holds: runs before and after"
                        " a change write the same analyses, whatever the extraction on either side")
    parser.add_argument("--profiles", type=Path,
                        help="keep each child's callgrind profile in this folder, as STORE-SIZE-N.callgrind (for"
                        " callgrind_annotate: where the instructions that grow with the store go)")
    args = parser.parse_args(argv)
    stores = args.stores or [cached_store(size) for size in STORE_SIZES]
    if args.profiles:
        args.profiles.mkdir(parents=True, exist_ok=True)
    print("\n".join(render(run(stores, args.n, args.stories, args.profiles))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

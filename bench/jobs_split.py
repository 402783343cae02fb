"""`python -m bench.jobs_split [N] [--profile]`: where `ingest --jobs 2` spends its time, in CPU seconds.

A wall-clock speed-up on a shared machine says more about the neighbours than
about ingest, so this measures CPU time, which they disturb far less: per
article, what one process spends on the whole ingest (`--jobs 1`), what a
worker spends on its share (reading, spaCy, extraction: `ingest.analyse`, run
here on the same chunks), and what the parent of `--jobs 2` spends (reading,
hashing, handing out chunks, taking results back, writing). The parent is the
one writer, so its share is the serial part; with two cores running the
parent and two workers, the best `--jobs 2` can do against one job is
2 × one job's CPU / (parent + worker CPU), less the start-up (the workers'
model loads) that nothing overlaps. Wall times and the load average are
printed beside it. `--profile` adds the parent's cProfile, heaviest first.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path


def _load() -> str:
    with open("/proc/loadavg") as fh:
        return " ".join(fh.read().split()[:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.jobs_split", description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100, help="generated articles (default 100)")
    parser.add_argument("--profile", action="store_true", help="print the parent's cProfile of --jobs 2")
    args = parser.parse_args(argv)

    from newsx.store import open_db
    from newsx.store.ingest import CHUNK_ARTICLES, _chunks, _new_articles, analyse, ingest, plan
    from newsx.store.nlp.pipeline import load_model

    from .corpus import article

    with tempfile.TemporaryDirectory(prefix="newsx-jobs-split-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(args.n):
            (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
        t = time.perf_counter()
        nlp = load_model()
        load_s = time.perf_counter() - t
        print(f"load average at the start: {_load()}; model load in this process {load_s:.2f} s wall")

        # A worker's share: analyse() over the chunks --jobs hands out, in this process.
        empty = open_db(Path(tmp) / "empty.db")
        todo = list(_new_articles(empty, plan([str(folder)]), lambda r: None, set()))
        empty.close()
        analyse(todo[:2], nlp)  # warm caches, as a worker's first chunk would
        c = time.process_time()
        for chunk in _chunks(todo, CHUNK_ARTICLES):
            analyse(chunk, nlp)
        worker_cpu = (time.process_time() - c) / args.n

        def run(jobs: int, profile: cProfile.Profile | None = None) -> dict:
            db = open_db(Path(tmp) / f"jobs{jobs}.db")
            stamps: list[float] = []
            t, c = time.perf_counter(), time.process_time()
            if profile:
                profile.enable()
            results = ingest(db, plan([str(folder)]), nlp=nlp if jobs == 1 else None, jobs=jobs,
                             on_result=lambda r: stamps.append(time.perf_counter()))
            if profile:
                profile.disable()
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            db.close()
            assert sum(r.status == "ingested" for r in results) == args.n
            first = CHUNK_ARTICLES if jobs > 1 else min(args.n, 32)
            return {"wall": wall, "cpu": cpu / args.n, "first": stamps[0] - t,
                    "steady": (args.n - first) / (stamps[-1] - stamps[first - 1])}

        one = run(1)
        profile = cProfile.Profile() if args.profile else None
        two = run(2, profile)
        load = _load()

    serial = two["cpu"] / (two["cpu"] + worker_cpu)
    bound = 2 * one["cpu"] / (two["cpu"] + worker_cpu)
    print(f"N = {args.n}; load average at the end: {load}")
    print(f"CPU per article: one job {1000 * one['cpu']:.1f} ms; a worker's share {1000 * worker_cpu:.1f} ms; "
          f"the --jobs 2 parent {1000 * two['cpu']:.1f} ms (serial fraction {serial:.1%})")
    print(f"CPU-bound speed-up of --jobs 2 on 2 cores, start-up aside: at most {bound:.2f}x")
    print(f"wall: one job {one['wall']:.2f} s (model loaded before), --jobs 2 {two['wall']:.2f} s "
          f"(first article stored after {two['first']:.2f} s: start-up and model loads), "
          f"ratio {one['wall'] / two['wall']:.2f}x")
    print(f"steady articles/s after the first batch: one job {one['steady']:.1f}, --jobs 2 {two['steady']:.1f}, "
          f"ratio {two['steady'] / one['steady']:.2f}x")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

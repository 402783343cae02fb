"""`python -m bench.jobs_split [N] [--profile]`: where `ingest --jobs 2` spends its time, in CPU seconds.

A wall-clock speed-up on a shared machine says more about the neighbours than
about ingest, so this measures CPU time, which they disturb far less, part by
part. One job (`--jobs 1`, its model loaded before the clock) is split into
analysis (reading, spaCy, extraction: `ingest.analyse`) and writing
(`store_article`). A real `--jobs 2` run is split by process: each worker's
start-up (its CPU before its first chunk), its analysis of
the chunks it was handed (timed inside the worker, so two workers sharing the
machine's caches show in it) and the rest (sending results back); the
forkserver (spaCy, the model and the language identifier loaded once for all
workers: ingest.WORKER_PRELOAD); and the parent, the one
writer, by thread and by part: `store_article`, reading the files, the rest of
its main thread (hashing, handing out chunks, waiting) and its helper threads
(the pool's queues: pickling chunks out, unpickling results). The parent is
the serial part: with two cores running it and two workers, the steady rate
of `--jobs 2` is at most 2 × one job's CPU / (parent + worker CPU) per article
against one job's (Amdahl, with the parent's share spread over both cores).
Start-up is apart: nothing overlaps it. `--profile` adds the parent's
cProfile, heaviest first.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time
from pathlib import Path

# Where each worker appends its CPU figures (inherited by the forkserver, which starts with the first --jobs run).
LOG_DIR = "NEWSX_JOBS_SPLIT_LOG"
_TICK = os.sysconf("SC_CLK_TCK")


def _load() -> str:
    with open("/proc/loadavg") as fh:
        return " ".join(fh.read().split()[:3])


def analyse_timed(chunk: list) -> list:
    """ingest's worker task, with the worker's CPU logged: its total at the task's start and end, and the task's own."""
    from newsx.store import ingest

    start = time.process_time()
    outcomes = ingest._analyse_in_worker(chunk)
    end = time.process_time()
    with open(Path(os.environ[LOG_DIR]) / f"{os.getpid()}.log", "a") as fh:
        fh.write(f"{len(chunk)} {start} {end}\n")
    return outcomes


def worker_figures(log_dir: Path) -> list[dict]:
    """Per worker: CPU before its first task (start-up), in its first task (which pays the lazy loads), in the
    others, and between and after them (results sent back); articles in all and after the first task."""
    workers = []
    for log in sorted(log_dir.glob("*.log")):
        rows = [(int(n), float(s), float(e)) for n, s, e in (line.split() for line in log.read_text().splitlines())]
        tasks = sum(e - s for _, s, e in rows)
        workers.append({
            "articles": sum(n for n, _, _ in rows),
            "later_articles": sum(n for n, _, _ in rows[1:]),
            "startup": rows[0][1],
            "first": rows[0][2] - rows[0][1],
            "later": tasks - (rows[0][2] - rows[0][1]),
            "between": rows[-1][2] - rows[0][1] - tasks,
        })
    return workers


def child_cpu() -> dict[int, tuple[str, float]]:
    """CPU seconds of this process's live children (the forkserver, once the pool has gone), by pid."""
    me, found = os.getpid(), {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                name, rest = fh.read().rsplit(")", 1)
        except OSError:
            continue
        fields = rest.split()
        if int(fields[1]) == me:
            found[int(entry)] = (name.split("(", 1)[1], (int(fields[11]) + int(fields[12])) / _TICK)
    return found


class Timed:
    """A function of store/ingest.py wrapped to add up its main-thread CPU seconds."""

    def __init__(self, module, name: str):
        self.module, self.name, self.original, self.seconds = module, name, getattr(module, name), 0.0

    def __enter__(self) -> Timed:
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.thread_time() - start

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *exc) -> None:
        setattr(self.module, self.name, self.original)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.jobs_split", description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100, help="generated articles (default 100)")
    parser.add_argument("--profile", action="store_true", help="print the parent's cProfile of --jobs 2")
    args = parser.parse_args(argv)

    from newsx.store import ingest as ingest_module
    from newsx.store import open_db
    from newsx.store.ingest import CHUNK_ARTICLES, _chunks, _new_articles, analyse, ingest, plan
    from newsx.store.nlp.pipeline import load_model

    from .corpus import article

    n = args.n
    with tempfile.TemporaryDirectory(prefix="newsx-jobs-split-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n):
            (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
        t, c = time.perf_counter(), time.process_time()
        nlp = load_model()
        load_wall, load_cpu = time.perf_counter() - t, time.process_time() - c
        started = _load()

        # A worker's share without a second process beside it: analyse() over the chunks --jobs hands out.
        empty = open_db(Path(tmp) / "empty.db")
        todo = list(_new_articles(empty, plan([str(folder)]), lambda r: None, set()))
        empty.close()
        c = time.process_time()
        analyse(todo[:2], nlp)  # the lazy loads of a worker's first chunk (the language identifier)
        first_chunk_cpu = time.process_time() - c
        c = time.process_time()
        for chunk in _chunks(todo, CHUNK_ARTICLES):
            analyse(chunk, nlp)
        alone = (time.process_time() - c) / n

        def run(jobs: int, profile: cProfile.Profile | None = None) -> dict:
            db = open_db(Path(tmp) / f"jobs{jobs}.db")
            stamps: list[float] = []
            with Timed(ingest_module, "store_article") as writing, Timed(ingest_module, "read_input") as reading:
                t, c, m = time.perf_counter(), time.process_time(), time.thread_time()
                if profile:
                    profile.enable()
                results = ingest(db, plan([str(folder)]), nlp=nlp if jobs == 1 else None, jobs=jobs,
                                 on_result=lambda r: stamps.append(time.perf_counter()))
                if profile:
                    profile.disable()
                wall, cpu, main_thread = time.perf_counter() - t, time.process_time() - c, time.thread_time() - m
            db.close()
            assert sum(r.status == "ingested" for r in results) == n
            first = CHUNK_ARTICLES if jobs > 1 else min(n, ingest_module.BATCH_ARTICLES)
            return {"wall": wall, "cpu": cpu / n, "main": main_thread / n, "write": writing.seconds / n,
                    "read": reading.seconds / n, "first": stamps[0] - t,
                    "steady": (n - first) / (stamps[-1] - stamps[first - 1])}

        one = run(1)
        log_dir = Path(tmp) / "workers"
        log_dir.mkdir()
        os.environ[LOG_DIR] = str(log_dir)
        # by its module's own name, which a worker imports (as __main__ it would be another module there)
        from .jobs_split import analyse_timed as logged_task

        ingest_module._analyse_in_worker, task = logged_task, ingest_module._analyse_in_worker
        try:
            profile = cProfile.Profile() if args.profile else None
            two = run(2, profile)
        finally:
            ingest_module._analyse_in_worker = task
        workers = worker_figures(log_dir)
        forkserver = sum(cpu for _, cpu in child_cpu().values())
        ended = _load()

    assert sum(w["articles"] for w in workers) == n
    # The steady per-article CPU of a worker: its tasks after the first (the first pays its lazy loads) and
    # what it spends sending results back.
    worker = (sum(w["later"] for w in workers) / sum(w["later_articles"] for w in workers)
              + sum(w["between"] for w in workers) / n)
    parent = two["cpu"]
    serial = parent / (parent + worker)
    ms = lambda seconds: f"{1000 * seconds:.1f} ms"  # noqa: E731
    print(f"N = {n}; load average {started} at the start, {ended} at the end; CPU per article unless said")
    print(f"one job: {ms(one['cpu'])} = analysis {ms(one['cpu'] - one['write'])} + store_article {ms(one['write'])}")
    print(f"a worker's analysis alone in this process: {ms(alone)} (chunks of {CHUNK_ARTICLES})")
    for k, w in enumerate(workers, 1):
        print(f"--jobs 2, worker {k}: {w['articles']} articles; start-up {w['startup']:.2f} s (before its first chunk), "
              f"first chunk {w['first']:.2f} s (lazy loads), analysis after it "
              f"{ms(w['later'] / w['later_articles'])}, results sent back {ms(w['between'] / w['articles'])}")
    startup = forkserver + sum(w["startup"] + w["first"] for w in workers) - CHUNK_ARTICLES * len(workers) * worker
    print(f"  the forkserver {forkserver:.2f} s (WORKER_PRELOAD, once for all); start-up in all {startup:.2f} s CPU "
          f"({startup / n * 1000:.1f} ms an article at N = {n}); one job's model load here {load_cpu:.2f} s CPU "
          f"({load_wall:.2f} s wall), its first chunk's lazy loads {first_chunk_cpu - 2 * alone:.2f} s")
    print(f"--jobs 2, the parent (serial): {ms(parent)} = store_article {ms(two['write'])} + reading files "
          f"{ms(two['read'])} + the rest of its main thread {ms(two['main'] - two['write'] - two['read'])} "
          f"(hashing, handing out, taking back) + the pool's helper threads {ms(parent - two['main'])} (pickling)")
    print(f"serial fraction {serial:.1%}: steady-rate ceiling of --jobs 2 on 2 idle cores "
          f"2 x {ms(one['cpu'])} / ({ms(parent)} + {ms(worker)}) = {2 * one['cpu'] / (parent + worker):.2f}x one job "
          f"(with the worker's analysis alone in this process, {ms(alone)}: {2 * one['cpu'] / (parent + alone):.2f}x)")
    print(f"wall: one job {one['wall']:.2f} s (model loaded before), --jobs 2 {two['wall']:.2f} s "
          f"(first article stored after {two['first']:.2f} s: start-up and model loads), "
          f"ratio {one['wall'] / two['wall']:.2f}x")
    print(f"steady articles/s after the first batch: one job {one['steady']:.1f}, --jobs 2 {two['steady']:.1f}, "
          f"ratio {two['steady'] / one['steady']:.2f}x (the wall clock: the load decides it)")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

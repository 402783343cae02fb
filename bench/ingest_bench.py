"""Ingest of N generated articles against bare nlp.pipe over the same texts, in one fresh process.

Run as a child (`python -m bench.ingest_bench N FOLDER STORIES DB REPEAT JOBS`) so
its peak memory is its own; it prints one JSON line. Both timings exclude
the model load, which ingest does once per run whatever N is, except with
JOBS > 1, whose workers load their own: so the steady rate is reported too,
from the first article stored to the last, over the articles after the first
batch (BATCH_ARTICLES in one process, CHUNK_ARTICLES with workers).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from .process_memory import peak_mb, resident_mb

# The baseline's batch: spaCy's default (1000 docs) would hold every whole
# article of N = 1,000 at once, gigabytes; speed is the same within noise.
PIPE_BATCH = 128


def main(n: int, folder: Path, stories: Path, db_path: Path, repeat: int, jobs: int) -> dict:
    from newsx.store import open_db
    from newsx.store.ingest import BATCH_ARTICLES, CHUNK_ARTICLES, ingest, plan
    from newsx.store.nlp.pipeline import load_model, model_name

    nlp = load_model()
    # The baseline reads the story texts, for saved pages too: spaCy's share
    # of the work, whatever wraps the story on disk.
    texts = [p.read_text(encoding="utf-8") for p in sorted(stories.glob("*.txt"))]
    list(nlp.pipe(texts[:3]))  # warm caches both sides share
    model_rss = resident_mb()
    ingest_times, pipe_times, ingest_cpu, pipe_cpu = [], [], [], []
    ingest_peak = None
    steady, first = [], []
    for r in range(repeat):
        db_file = db_path if r == repeat - 1 else db_path.with_suffix(f".{r}.db")
        for stale in db_file.parent.glob(db_file.name + "*"):
            stale.unlink()
        db = open_db(db_file)
        items = plan([str(folder)])
        stamps: list[float] = []

        def stamp(_result, stamps=stamps) -> None:
            stamps.append(time.perf_counter())

        t, c = time.perf_counter(), time.process_time()
        results = ingest(db, items, nlp=nlp if jobs == 1 else None, jobs=jobs, on_result=stamp)
        ingest_times.append(time.perf_counter() - t)
        batch = min(n, BATCH_ARTICLES if jobs == 1 else CHUNK_ARTICLES)
        first.append(stamps[0] - t)
        if n > batch:
            steady.append((n - batch) / (stamps[-1] - stamps[0]))
        ingest_cpu.append(time.process_time() - c)
        ingest_peak = ingest_peak or peak_mb()  # before the baseline, whose batches hold many whole docs
        db.close()
        assert sum(x.status == "ingested" for x in results) == n, [x for x in results if x.status != "ingested"][:3]
        t, c = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=PIPE_BATCH):
            pass
        pipe_times.append(time.perf_counter() - t)
        pipe_cpu.append(time.process_time() - c)
    return {
        "n": n,
        "jobs": jobs,
        "model": model_name(),
        "pipes": nlp.pipe_names,
        "ingest_s": min(ingest_times),
        "pipe_s": min(pipe_times),
        "ingest_cpu_s": min(ingest_cpu),
        "first_stored_s": min(first),
        "steady_per_s": max(steady) if steady else None,
        "pipe_cpu_s": min(pipe_cpu),
        "model_rss_mb": model_rss,
        "peak_rss_mb": ingest_peak,
        "words": sum(len(t.split()) for t in texts),
        "page_kb": sum(p.stat().st_size for p in folder.iterdir()) / n / 1024,
    }


if __name__ == "__main__":
    n, folder, stories, db_path, repeat, jobs = sys.argv[1:7]
    print(json.dumps(main(int(n), Path(folder), Path(stories), Path(db_path), int(repeat), int(jobs))))

"""Ingest on a Dask cluster against local `--jobs`, and the one writer's ceiling.

`python -m bench.cluster_bench [--quick]` runs it alone and puts its section
into bench/RESULTS.md in place of the last one; `python -m bench` runs it
with the rest. Four ways to ingest the same generated wire stories, each
into a fresh store: one process (`--jobs 1`, model loaded before the clock
starts), `--jobs 2`, and Dask `local:1` and `local:2` (a LocalCluster started
by the run, as `--scheduler local:N` does). For each, the wall time as a user
meets it (start-up and model loads included) and the steady rate from the
first stored article to the last. Then the writer's ceiling: the client's
own time per article (read the file, hash it, store_article in one
transaction) with the analysis done beforehand, which bounds how many
workers one SQLite writer can keep busy.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECTION = "## Ingest on a Dask cluster"
MODES = (("--jobs 1", {"jobs": 1}), ("--jobs 2", {"jobs": 2}),
         ("local:1", {"scheduler": "local:1"}), ("local:2", {"scheduler": "local:2"}))


def first_batch(options: dict, n: int) -> int:
    """Articles finished before the first one is stored: the steady rate counts the rest."""
    from newsx.store.ingest import BATCH_ARTICLES, CHUNK_ARTICLES

    if options.get("scheduler"):
        return 1  # one article per task
    return min(n, BATCH_ARTICLES if options["jobs"] == 1 else CHUNK_ARTICLES)


def time_mode(folder: Path, db_path: Path, options: dict, nlp) -> dict:
    from newsx.store import open_db
    from newsx.store.ingest import ingest, plan

    db = open_db(db_path)
    items = plan([str(folder)])
    stamps: list[float] = []
    started = time.perf_counter()
    results = ingest(db, items, nlp=nlp if options.get("jobs") == 1 else None,
                     on_result=lambda r: stamps.append(time.perf_counter()), **options)
    wall = time.perf_counter() - started
    db.close()
    assert all(r.status == "ingested" for r in results), [r for r in results if r.status != "ingested"][:3]
    n = len(results)
    steady = (n - first_batch(options, n)) / (stamps[-1] - stamps[0])
    return {"n": n, "wall_s": wall, "first_s": stamps[0] - started, "steady_per_s": steady}


def writer_ceiling(folder: Path, db_path: Path, nlp) -> dict:
    """The client's time per article with the analysis already done: read, hash, one write transaction."""
    from newsx.store import open_db
    from newsx.store.db.schema import for_ingest
    from newsx.store.db.write import store_article
    from newsx.store.ingest import analyse
    from newsx.store.read import read_input

    paths = sorted(folder.iterdir())
    chunk = []
    for path in paths:
        data = path.read_bytes()
        chunk.append((data, str(path), hashlib.sha256(data).hexdigest()))
    outcomes = analyse(chunk, nlp)
    db = open_db(db_path)
    for_ingest(db)  # as ingest runs it
    read_s = write_s = 0.0
    for path, (_source, prepared, extraction, error) in zip(paths, outcomes):
        assert error is None, error
        t = time.perf_counter()
        data, _ = read_input(path)
        hashlib.sha256(data).hexdigest()
        db.execute("SELECT id FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone()
        read_s += time.perf_counter() - t
        t = time.perf_counter()
        store_article(db, prepared, extraction)
        write_s += time.perf_counter() - t
    db.close()
    n = len(paths)
    return {"n": n, "read_ms": 1000 * read_s / n, "write_ms": 1000 * write_s / n,
            "per_s": n / (read_s + write_s)}


def dispatch_ceiling(folder: Path, in_flight: int = 64) -> dict:
    """Article-sized tasks that do nothing, through a local:1 cluster: what Dask itself costs the client.

    The scheduler runs in this process, as with `local:N`, so this is an upper
    bound on the client's per-article Dask cost against a remote scheduler.
    """
    from distributed import Client, as_completed

    from newsx.store.cluster import local_cluster

    payloads = [p.read_bytes() for p in sorted(folder.iterdir())] * 4
    with local_cluster(1) as cluster, Client(cluster, set_as_default=False) as client, client.as_current():
        client.submit(len, b"", pure=False).result()
        started = time.perf_counter()
        todo = iter(payloads)
        arrivals = as_completed([client.submit(len, p, pure=False) for p in (next(todo) for _ in range(in_flight))])
        for future in arrivals:
            future.result()
            payload = next(todo, None)
            if payload is not None:
                arrivals.add(client.submit(len, payload, pure=False))
        elapsed = time.perf_counter() - started
    return {"n": len(payloads), "ms": 1000 * elapsed / len(payloads), "per_s": len(payloads) / elapsed}


def run(work: Path, quick: bool) -> dict:
    from newsx.store.nlp.pipeline import load_model

    from .corpus import article

    n = 96 if quick else 300
    folder = work / f"cluster-{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
    nlp = load_model()
    rows = {}
    for label, options in MODES:
        print(f"cluster bench: ingest N={n} {label} ...", file=sys.stderr, flush=True)
        rows[label] = time_mode(folder, work / f"cluster-{label.strip('-').replace(' ', '').replace(':', '')}.db",
                                options, nlp)
    print("cluster bench: writer ceiling ...", file=sys.stderr, flush=True)
    writer = writer_ceiling(folder, work / "cluster-writer.db", nlp)
    print("cluster bench: dispatch ceiling ...", file=sys.stderr, flush=True)
    dispatch = dispatch_ceiling(folder)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"n": n, "rows": rows, "writer": writer, "dispatch": dispatch, "load": load, "quick": quick}


def render(result: dict) -> list[str]:
    from newsx.store.ingest import BATCH_ARTICLES, CHUNK_ARTICLES

    rows, writer = result["rows"], result["writer"]
    base = rows["--jobs 1"]["steady_per_s"]
    per_worker = rows["local:1"]["steady_per_s"]
    lines = [
        SECTION,
        "",
        f"N = {result['n']} generated wire stories per run, each into a fresh store"
        f"{' (`--quick`)' if result['quick'] else ''}; load average {result['load']:.1f} at the end (shared machine). "
        "Wall time is what the command takes, start-up included (pool or LocalCluster, one model load per "
        "worker); the steady rate runs from the first stored article to the last, and counts the articles after "
        f"the first batch (`--jobs 1` stores in batches of {BATCH_ARTICLES}, `--jobs 2` in chunks of {CHUNK_ARTICLES}, "
        "a cluster one by one). "
        "`--jobs 1` loads its model before the clock starts.",
        "",
        "| how | wall (s) | first article stored after (s) | steady articles/s | steady ratio to --jobs 1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, r in rows.items():
        lines.append(f"| `{label}` | {r['wall_s']:.2f} | {r['first_s']:.2f} | {r['steady_per_s']:.1f} | "
                     f"{r['steady_per_s'] / base:.2f}× |")
    dispatch = result["dispatch"]
    client_ms = writer["read_ms"] + writer["write_ms"] + dispatch["ms"]
    ceiling = 1000 / client_ms
    lines += [
        "",
        f"Writer ceiling: per article the client spends {writer['read_ms']:.2f} ms reading and hashing it, "
        f"{writer['write_ms']:.2f} ms writing it (one transaction, entity resolution and the full-text index "
        f"included; {writer['n']} articles analysed beforehand), and {dispatch['ms']:.2f} ms on Dask itself "
        f"({dispatch['n']} article-sized tasks that do nothing, 64 in flight, through `local:1`, whose scheduler "
        f"shares the client's process): {client_ms:.2f} ms, so one writer keeps up with about {ceiling:.0f} "
        f"articles/s, about {ceiling / per_worker:.0f} workers at the `local:1` steady rate of "
        f"{per_worker:.1f} articles/s per worker measured above.",
        "",
    ]
    return lines


def replace_section(results_md: str, section: list[str]) -> str:
    """RESULTS.md with this bench's section swapped in (or added at the end)."""
    text = results_md.rstrip("\n") + "\n"
    if SECTION in text:
        before, _, after = text.partition(SECTION)
        rest = after.split("\n## ", 1)
        tail = "\n## " + rest[1] if len(rest) > 1 else ""
        return before + "\n".join(section).rstrip("\n") + "\n" + tail
    return text + "\n" + "\n".join(section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 96 instead of 300.")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsx-cluster-bench-") as tmp:
        section = render(run(Path(tmp), args.quick))
    existing = args.out.read_text(encoding="utf-8") if args.out.exists() else "# Benchmark results\n"
    args.out.write_text(replace_section(existing, section), encoding="utf-8")
    print("\n".join(section))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m bench [--quick]`: run the benchmarks and write bench/RESULTS.md.

Every figure is a ratio against a baseline measured in the same run on the
same machine: ingest against bare spaCy nlp.pipe over the same texts with
the same model, the fuzzy index against a plain rapidfuzz.process.extract,
store.search.paragraphs against a bare FTS5 MATCH, the read stage's body text of real
pages against bare trafilatura.extract on the same pages (bench/body_extraction.py),
the TUI against a bare app with the same widgets (and its keystrokes against
Textual's own echo), and the write path into a store of 100,000 articles against one of
1,000 (bench/write_scale_bench.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import body_extraction, cluster_bench, results_file, search_bench, write_scale_bench
from .tui_bench import slowest_end
from .corpus import article, page

HERE = Path(__file__).resolve().parent
GOAL_INGEST_RATIO = 1.3
GOAL_JOBS_RATIO = 1.6
GOAL_FUZZY_MEDIAN_MS = 10.0
# The TUI on synthetic stores (bench/tui_store.py): articles, aliases, quotes. Written once, then cached.
TUI_SIZES = [(1000, 100_000, 19_000), (20_000, 1_000_000, 380_000), (100_000, 2_000_000, 1_000_000)]
GOAL_PAINT_RATIO = 1.5
GOAL_SHOWN_MS = 1000
GOAL_SWITCH_MS = 300
GOAL_CORPUS_P95_MS = 50
GOAL_ARTICLE_P95_MS = 16
GOAL_RSS_MB = 1024
# End against Home in a list (after each list's first End): as fast at its end as at its start. A frame's worth of
# noise either way at the loads of a shared machine, hence not 1.0 exactly.
GOAL_END_HOME_RATIO = 1.5


def write_articles(folder: Path, n: int, kind: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        if kind == "html":
            (folder / f"{i:05d}.html").write_text(page(i), encoding="utf-8")
        else:
            (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")


def run_ingest(n: int, work: Path, repeat: int, jobs: int = 1, kind: str = "txt") -> dict:
    stories, folder = work / f"txt-{n}", work / f"{kind}-{n}"
    for where, what in ((stories, "txt"), (folder, kind)):
        if not where.exists():
            write_articles(where, n, what)
    db = work / f"store-{kind}-{n}-j{jobs}.db"
    out = subprocess.run(
        [sys.executable, "-m", "bench.ingest_bench", str(n), str(folder), str(stories), str(db), str(repeat), str(jobs)],
        check=True, capture_output=True, text=True, cwd=HERE.parent,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["db"] = str(db)
    return result


def tui_rows(quick: bool) -> list[dict]:
    rows = []
    for articles, aliases, quotes in TUI_SIZES[:1] if quick else TUI_SIZES:
        print(f"tui {articles} articles ...", file=sys.stderr, flush=True)
        rows.append(run_tui(articles, aliases, quotes, 3 if articles > 1000 else 5))
    return rows


def tui_only(out: Path, quick: bool) -> int:
    """The TUI's section of RESULTS.md anew, the rest as it was (the ingest benchmarks take many minutes)."""
    section = render_tui(tui_rows(quick))
    old = out.read_text(encoding="utf-8") if out.exists() else "# Benchmark results\n\n"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    stamp = (f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `python -m bench --tui-only` on "
             f"{os.cpu_count()} cores (load average {load:.1f} at the end: the machine is shared).\n\n")
    title, _, body = section.partition("\n\n")
    head, old_sections = results_file.sections(old)
    stamped = title + "\n\n" + stamp + body.rstrip("\n") + "\n\n"
    new = head + "".join(stamped if heading == title else text for heading, text in old_sections)
    if title not in (heading for heading, _ in old_sections):
        new = new.rstrip("\n") + "\n\n" + stamped
    out.write_text(results_file.merge(old, new), encoding="utf-8")
    print(section)
    return 0


def run_tui(articles: int, aliases: int, quotes: int, runs: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.tui_bench", "--articles", str(articles), "--aliases", str(aliases),
         "--quotes", str(quotes), "--runs", str(runs), "--json"],
        check=True, capture_output=True, text=True, cwd=HERE.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_write_scale() -> dict:
    print("write path at 1,000 and 100,000 articles ...", file=sys.stderr, flush=True)
    out = subprocess.run(
        [sys.executable, "-m", "bench.write_scale_bench", "--json"], check=True, capture_output=True, text=True, cwd=HERE.parent
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 10, 100; fewer queries; a quarter of the pages (about a minute).")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--tui-only", action="store_true", help="run only the TUI benchmark and replace its section of --out")
    args = parser.parse_args(argv)
    if args.tui_only:
        return tui_only(args.out, args.quick)

    sizes = [10, 100] if args.quick else [10, 100, 1000]
    repeats = {10: 5, 100: 3, 1000: 2}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsx-bench-") as tmp:
        work = Path(tmp)
        ingest_rows = []
        for n in sizes:
            print(f"ingest N={n} ...", file=sys.stderr, flush=True)
            ingest_rows.append(run_ingest(n, work, repeats[n]))
        print("ingest N=100 saved pages ...", file=sys.stderr, flush=True)
        html_row = run_ingest(100, work, 2, kind="html")
        jobs_n = 100
        print(f"ingest N={jobs_n} --jobs 2 ...", file=sys.stderr, flush=True)
        jobs_row = run_ingest(jobs_n, work, 1, jobs=2)
        print("fts ...", file=sys.stderr, flush=True)
        fts = search_bench.fts(ingest_rows[-1]["db"])
        print("fuzzy ...", file=sys.stderr, flush=True)
        fuzzy = search_bench.fuzzy(100_000, 60 if args.quick else 200)
        cluster = cluster_bench.run(work, args.quick)
    print("body extraction ...", file=sys.stderr, flush=True)
    body = body_extraction.run(args.quick)
    tui = tui_rows(args.quick)
    # after the TUI's rows, which write the cached stores it copies; --quick writes no store of 100,000 articles
    write_scale = None if args.quick else run_write_scale()
    elapsed = time.perf_counter() - started
    text = (
        render(ingest_rows, html_row, jobs_row, fuzzy, fts, elapsed, args.quick, cluster)
        + "\n" + body_extraction.render(body)
        + ("\n" + "\n".join(write_scale_bench.render(write_scale)) if write_scale else "")
        + "\n" + render_tui(tui)
    )
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.write_text(results_file.merge(old, text), encoding="utf-8")
    print(text)
    return 0


def jobs_verdict(single, jobs_row) -> str:
    speedup = single["ingest_s"] / jobs_row["ingest_s"]
    if speedup >= 1.1:
        return f"{speedup:.2f}× faster"
    return f"{speedup:.2f}×: no faster, the other core was busy"


def linearity_verdict(rows) -> str:
    per_article = [r["ingest_s"] / r["n"] for r in rows]
    spread = max(per_article) / min(per_article)
    if spread <= 1.3:
        return f"within {spread:.2f}× of each other: time grows linearly with N"
    return f"{spread:.2f}× apart: time is not linear in N"


def memory_verdict(rows) -> str:
    if len(rows) < 2:
        return "one size only"
    small, large = rows[-2], rows[-1]
    growth = large["peak_rss_mb"] / small["peak_rss_mb"]
    if growth <= 1.25:
        return f"{growth:.2f}× for {large['n'] // small['n']}× the articles: articles stream through in batches"
    return f"{growth:.2f}× for {large['n'] // small['n']}× the articles: memory grows with N"


def render(ingest_rows, html_row, jobs_row, fuzzy, fts, elapsed, quick, cluster) -> str:
    first = ingest_rows[0]
    single = next(r for r in ingest_rows if r["n"] == jobs_row["n"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        "# Benchmark results",
        "",
        f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `python -m bench{' --quick' if quick else ''}` "
        f"in {elapsed:.0f} s on {os.cpu_count()} cores (load average {load:.1f} at the end: the machine is shared), "
        f"Python {platform.python_version()}, spaCy model `{first['model']}` with pipes {', '.join(first['pipes'])}. "
        "Each ratio compares two timings taken in the same run; absolute times move with the machine's load.",
        "",
        "## Ingest against bare `nlp.pipe`",
        "",
        "Generated wire stories (about "
        f"{first['words'] // first['n']} words each, several agencies' datelines, quotes, a subhead, credits), "
        "written as files; ingest reads, decodes, takes apart, runs spaCy, extracts and stores them in one "
        "transaction each. The baseline pipes the same files' texts through the same loaded model and does nothing "
        f"with the docs (`nlp.pipe(texts, batch_size=128)`). Goal: ratio ≤ {GOAL_INGEST_RATIO}× (wall clock; the "
        "CPU-time ratio, which other jobs on the machine disturb less, is shown beside it, with the share of "
        "the wall time each side had a core: below 100% it waited for one). Model load (once per run) "
        "is outside both timings; each timing is the best of 5 / 3 / 2 runs for N = 10 / 100 / 1,000.",
        "",
        "| N | ingest (s) | bare nlp.pipe (s) | ratio | CPU-time ratio | CPU share ingest / pipe | ingest ms/article | goal met | peak RSS of ingest (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|:---:|---:|",
    ]
    for r in ingest_rows:
        ratio = r["ingest_s"] / r["pipe_s"]
        lines.append(
            f"| {r['n']:,} | {r['ingest_s']:.2f} | {r['pipe_s']:.2f} | {ratio:.2f}× | "
            f"{r['ingest_cpu_s'] / r['pipe_cpu_s']:.2f}× | "
            f"{100 * r['ingest_cpu_s'] / r['ingest_s']:.0f}% / {100 * r['pipe_cpu_s'] / r['pipe_s']:.0f}% | "
            f"{1000 * r['ingest_s'] / r['n']:.1f} | "
            f"{'yes' if ratio <= GOAL_INGEST_RATIO else 'no'} | {r['peak_rss_mb']:.0f} |"
        )
    growth = [f"{1000 * r['ingest_s'] / r['n']:.1f}" for r in ingest_rows]
    peaks = " / ".join(f"{r['peak_rss_mb']:.0f}" for r in ingest_rows)
    ns = " / ".join(f"{r['n']:,}" for r in ingest_rows)
    lines += [
        "",
        f"Time per article across N: {' → '.join(growth)} ms ({linearity_verdict(ingest_rows)}).",
        "",
        f"Peak memory: {first['model_rss_mb']:.0f} MB resident after loading the model; the peak of the process "
        f"through a whole ingest is {peaks} MB for N = {ns} ({memory_verdict(ingest_rows)}).",
        "",
        f"Saved web pages, N = {html_row['n']} (the same stories inside about "
        f"{html_row['page_kb']:.0f} KB of a news site's page each: scripts, menus, related links, comments): ingest "
        f"{html_row['ingest_s']:.2f} s against {html_row['pipe_s']:.2f} s for bare nlp.pipe over the stories' text, "
        f"{html_row['ingest_s'] / html_row['pipe_s']:.2f}× (CPU time {html_row['ingest_cpu_s'] / html_row['pipe_cpu_s']:.2f}×); "
        "the difference is trafilatura finding the story in the page.",
        "",
        f"`--jobs 2` at N = {jobs_row['n']}: {jobs_row['ingest_s']:.2f} s, including the two workers' own model "
        f"loads (the first article is stored after {jobs_row['first_stored_s']:.2f} s), against "
        f"{single['ingest_s']:.2f} s for one process whose model was loaded before the clock started "
        f"({jobs_verdict(single, jobs_row)}). Steady rate, from the first article stored to the last: "
        f"{jobs_row['steady_per_s']:.1f} against {single['steady_per_s']:.1f} articles/s "
        f"({jobs_row['steady_per_s'] / single['steady_per_s']:.2f}×; goal ≥ {GOAL_JOBS_RATIO}×). The machine is "
        "shared and the kernel shares a core between sessions, not processes (autogroup): under load, a run's "
        "workers divide one session's share and the ratio says more about the neighbours than about ingest; "
        "`python -m bench.jobs_split` gives the CPU-time split.",
        "",
        "## Fuzzy entity search",
        "",
        f"`store.search.EntityIndex.search` over {fuzzy['aliases']:,} generated aliases (people, organisations, "
        f"real place names) against `rapidfuzz.process.extract(query, aliases, limit=50)`, {fuzzy['queries']} queries "
        "as a reader types them (prefixes, lower case, swapped letters, a surname alone). "
        f"Goal: median ≤ {GOAL_FUZZY_MEDIAN_MS:.0f} ms.",
        "",
        "| | median (ms) | p95 (ms) |",
        "|---|---:|---:|",
        f"| EntityIndex.search | {fuzzy['ours']['median_ms']:.2f} | {fuzzy['ours']['p95_ms']:.2f} |",
        f"| plain process.extract | {fuzzy['plain']['median_ms']:.2f} | {fuzzy['plain']['p95_ms']:.2f} |",
        f"| ratio | {fuzzy['ours']['median_ms'] / fuzzy['plain']['median_ms']:.3f}× | "
        f"{fuzzy['ours']['p95_ms'] / fuzzy['plain']['p95_ms']:.3f}× |",
        "",
        f"Goal met: {'yes' if fuzzy['ours']['median_ms'] <= GOAL_FUZZY_MEDIAN_MS else 'no'}. Building the index "
        f"takes {fuzzy['build_s']:.2f} s. Both sides score with WRatio on the same processed strings; the index found "
        f"the full scan's best score for {100 * fuzzy['same_best']:.0f}% of queries.",
        "",
        "## Full-text search",
        "",
        f"`store.search.paragraphs` (joins, kind filter, rank; what `search` and the TUI run) over the store of "
        f"{fts['articles']:,} articles ({fts['paragraphs']:,} paragraphs) built above, against a bare FTS5 MATCH "
        "and a LIKE scan, 60 queries.",
        "",
        "| | median (ms) | p95 (ms) |",
        "|---|---:|---:|",
        f"| store.search.paragraphs | {fts['ours']['median_ms']:.2f} | {fts['ours']['p95_ms']:.2f} |",
        f"| bare FTS5 MATCH | {fts['bare']['median_ms']:.2f} | {fts['bare']['p95_ms']:.2f} |",
        f"| LIKE scan | {fts['like']['median_ms']:.2f} | {fts['like']['p95_ms']:.2f} |",
        f"| ratio to bare MATCH | {fts['ours']['median_ms'] / fts['bare']['median_ms']:.2f}× | "
        f"{fts['ours']['p95_ms'] / fts['bare']['p95_ms']:.2f}× |",
        "",
        *cluster_bench.render(cluster),
    ]
    return "\n".join(lines)


def render_tui(rows: list[dict]) -> str:
    def met(ok: bool) -> str:
        return "yes" if ok else "**no**"

    lines = [
        "## The TUI on large stores",
        "",
        "`python -m bench.tui_bench` on synthetic stores written through the store's write path "
        "(bench/tui_store.py; written once, then kept in the system's temporary directory). First paint is "
        "against a bare app with the same widgets and no store read, in the same process; a keystroke's time "
        "to filtered facet panes is shown beside Textual's own echo of it (Input.Changed); the scope switch "
        "is `s` to the corpus's panes and Quotes pane shown; (CPU …) is the process's CPU time over the same span, every "
        "thread, which the load stretches far less; memory is the TUI process's resident set with "
        f"the corpus shown and searched; End / Home is End against Home, the process's CPU time from the key to its "
        f"last frame, in each list and order a reader pages (bench/tui_bench.py ENDS_LISTS: the corpus's quotes, "
        f"filtered and of one speaker, the speakers, the article list in each order, the reader, the entities in each "
        f"order, the most mentioned actor's mentions; the median of at least 5 runs after each list's first End, which "
        f"also builds the rows it shows; that first End, wall time, is also given against a PageDown to a screen of "
        f"rows never drawn, the second from the start), the list where it is highest; load is the 1-minute load average as the row ended "
        f"(the machine is shared: every figure stretches with it). Goals: first paint ≤ {GOAL_PAINT_RATIO}× "
        f"bare, store shown ≤ {GOAL_SHOWN_MS / 1000:.0f} s, switch ≤ {GOAL_SWITCH_MS} ms, keystroke p95 ≤ "
        f"{GOAL_CORPUS_P95_MS} ms in corpus scope and ≤ {GOAL_ARTICLE_P95_MS} ms in article scope, memory ≤ "
        f"{GOAL_RSS_MB / 1024:.0f} GB, End / Home ≤ {GOAL_END_HOME_RATIO}.",
        "",
        "| articles / aliases / quotes | first paint: ratio to bare (ms / ms) | store shown (ms) | `s` to corpus scope (ms) "
        "| keystroke, corpus scope: median / p95 (ms) | keystroke, article scope: median / p95 (ms) "
        "| Textual's echo, median (ms) | memory (MB) | End / Home, highest (list; its first End / Home, / a PageDown to new rows) "
        "| load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        ratio = r["paint_ms"] / r["bare_paint_ms"]
        worst, end_ratio, first_ratio = slowest_end(r["ends"])
        first_page = r["ends"][worst]["first_end"] / r["ends"][worst]["first_page_down"]
        lines.append(
            f"| {r['articles']:,} / {r['aliases']:,} / {r['quotes']:,} "
            f"| {ratio:.2f}× ({r['paint_ms']:.0f} / {r['bare_paint_ms']:.0f}) {met(ratio <= GOAL_PAINT_RATIO)} "
            f"| {r['shown_ms']:.0f} {met(r['shown_ms'] <= GOAL_SHOWN_MS)} "
            f"| {r['switch_ms']:.0f} {met(r['switch_ms'] <= GOAL_SWITCH_MS)} "
            f"| {r['corpus']['median_ms']:.1f} / {r['corpus']['p95_ms']:.1f} {met(r['corpus']['p95_ms'] <= GOAL_CORPUS_P95_MS)} "
            f"(CPU {r['corpus']['cpu_median_ms']:.1f} / {r['corpus']['cpu_p95_ms']:.1f}) "
            f"| {r['article']['median_ms']:.1f} / {r['article']['p95_ms']:.1f} {met(r['article']['p95_ms'] <= GOAL_ARTICLE_P95_MS)} "
            f"(CPU {r['article']['cpu_median_ms']:.1f} / {r['article']['cpu_p95_ms']:.1f}) "
            f"| {r['corpus']['echo_ms']:.1f} "
            f"| {r['rss_mb']:.0f} {met(r['rss_mb'] <= GOAL_RSS_MB)} "
            f"| {end_ratio:.2f} {met(end_ratio <= GOAL_END_HOME_RATIO)} ({worst}; {first_ratio:.2f}, {first_page:.2f}) "
            f"| {r['load']:.1f} |"
        )
    return "\n".join(lines + [""])


if __name__ == "__main__":
    sys.exit(main())

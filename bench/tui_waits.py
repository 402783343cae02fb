"""Where a corpus keystroke's wall time goes beyond its CPU: per-key traces of the bench's keys.

    python -m bench.tui_waits --store COPY [--aliases 2000000] [--out EVENTS.json]
    python -m bench.tui_waits --events EVENTS.json --timehist TIMEHIST.txt

Runs `bench.tui_bench.keystrokes` (the same 151 keys) in the corpus scope with a stopwatch on each step of a key:
the key sent, `search_changed`, the filter worker's thread entered, the hits posted, their handler entered, the
panes filled (`show_hits`, the bench's "keystroke -> filtered panes"); each step with the process's CPU time and the
thread's own (on a core, and waiting on a run queue, from /proc/thread-self/schedstat). Beside them every garbage
collector pass (`gc.callbacks`), every full-text search and read-ahead. Prints, for the slowest keys, the critical
path: the main thread to the worker, the worker's search, the main thread's handler, each as CPU + run queue +
asleep, and the hand-offs between the threads.

The run queue of /proc counts only the time a woken thread waits for a core, not a preempted thread's. For both,
record the run's scheduling beside it (`perf sched record -k CLOCK_MONOTONIC -o SCHED -- sleep SECONDS`: that clock
is the stopwatch's), then `perf sched timehist --state -i SCHED > TIMEHIST.txt` and read it with the run's events:
the time in each key when no thread of the app ran is split into "one of them runnable, waiting for a core"
(preempted, or woken and not yet on one) and "all asleep" (an in-app wait: a timer, a lock, I/O, a hand-off).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import re
import statistics
import threading
import time
from collections import Counter
from pathlib import Path

from textual import work
from textual.pilot import Pilot

from newsx.store.db.search import CorpusIndex
from newsx.tui.screens.main import MainScreen

from . import tui_bench
from .tui_bench import TimedApp, TimedScreen, described, p95

EVENTS: list[tuple[float, float, str, str, dict]] = []  # (perf_counter, process_time, thread, what, details)


def thread_sched() -> tuple[int, int]:
    """This thread's ns on a core and ns waiting on a run queue after a wake-up."""
    run, wait, _ = Path("/proc/thread-self/schedstat").read_text().split()
    return int(run), int(wait)


def log(what: str, **details) -> None:
    details["sched"] = thread_sched()
    EVENTS.append((time.perf_counter(), time.process_time(), f"{threading.current_thread().name}/{threading.get_native_id()}",
                   what, details))


_gc_started: dict[int, tuple[float, float]] = {}


def timed_gc(phase: str, info: dict) -> None:
    if phase == "start":
        _gc_started[threading.get_ident()] = (time.perf_counter(), time.thread_time())
    elif (started := _gc_started.pop(threading.get_ident(), None)) is not None:
        EVENTS.append((time.perf_counter(), time.process_time(), threading.current_thread().name, "gc",
                       {"gen": info["generation"], "ms": (time.perf_counter() - started[0]) * 1000,
                        "cpu": (time.thread_time() - started[1]) * 1000}))


def traced(cls, name: str, what: str) -> None:
    method = getattr(cls, name)

    def wrapper(self, query, *args, **kwargs):
        log(f"{what} start", q=query, role=self.role)
        try:
            return method(self, query, *args, **kwargs)
        finally:
            log(f"{what} end", q=query, role=self.role)

    setattr(cls, name, wrapper)


class TracedScreen(TimedScreen):
    def search_changed(self, query: str) -> None:
        log("search_changed", q=query)
        super().search_changed(query)
        log("search_changed done", q=query)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False, description="filter_facets")
    def filter_facets(self, query, facets) -> None:
        log("worker in", q=query)
        MainScreen.filter_facets.__wrapped__(self, query, facets)

    @work(thread=True, exclusive=True, group="text", exit_on_error=False, description="search_text")
    def search_text(self, query: str, here: int | None) -> None:
        log("text start", q=query)
        try:
            MainScreen.search_text.__wrapped__(self, query, here)
        finally:
            log("text end", q=query)

    def post_message(self, message) -> bool:
        if type(message).__name__ == "HitsFound":
            log("posted", q=message.query)
        return super().post_message(message)

    def on_hits_found(self, message) -> None:
        log("handler in", q=message.query)
        super().on_hits_found(message)

    def show_hits(self, query, results) -> None:
        super().show_hits(query, results)
        log("shown", q=query)


class TracedApp(TimedApp):
    screen_class = TracedScreen


def keys_typed() -> list[tuple[int, str]]:
    """(index of the key's press event, the query it made) for every letter typed in the search box."""
    keys, typed, started = [], "", False
    for i, (_, _, _, what, details) in enumerate(EVENTS):
        if what != "press":
            continue
        key = details["key"]
        started = started or key == "slash"  # `s` before the first word switches the scope
        if key in ("escape", "slash"):
            typed = ""
        elif started and len(key) == 1:
            typed += key
            keys.append((i, typed))
    return keys


def after(i: int, what: str, query: str, end: int | None = None) -> int | None:
    """The first event `what` of `query` from event i (to `end`)."""
    return next((j for j in range(i, end or len(EVENTS)) if EVENTS[j][3] == what and EVENTS[j][4].get("q") == query), None)


def part(a: int, b: int) -> tuple[float, float, float, float]:
    """Wall, the thread's CPU, its run-queue wait, the rest (asleep, or preempted), ms, between two events of one
    thread."""
    wall = (EVENTS[b][0] - EVENTS[a][0]) * 1000
    cpu, queued = ((y - x) / 1e6 for x, y in zip(EVENTS[a][4]["sched"], EVENTS[b][4]["sched"]))
    return wall, cpu, queued, wall - cpu - queued


def critical_paths() -> list[dict]:
    paths = []
    for i, query in keys_typed():
        shown = after(i, "shown", query)
        done, worker_in, posted, handler_in = (after(i, name, query, shown) for name in ("search_changed done", "worker in", "posted", "handler in"))
        if shown is None or done is None or worker_in is None or posted is None or handler_in is None:
            continue  # a query whose hits were kept: no worker
        paths.append({
            "q": query, "wall": (EVENTS[shown][0] - EVENTS[i][0]) * 1000, "cpu": (EVENTS[shown][1] - EVENTS[i][1]) * 1000,
            "key": part(i, done), "to worker": (EVENTS[worker_in][0] - EVENTS[done][0]) * 1000, "search": part(worker_in, posted),
            "to handler": (EVENTS[handler_in][0] - EVENTS[posted][0]) * 1000, "handler": part(handler_in, shown),
            "gc": [(e[4]["gen"], round(e[4]["cpu"], 1)) for e in EVENTS[i:shown] if e[3] == "gc" and e[4]["gen"]],
            "beside": sorted({f"{e[3]} {e[4]['q']}" for e in EVENTS[i:shown] if e[3].startswith(("text", "read_ahead"))}),
            "span": (EVENTS[i][0], EVENTS[shown][0]),
        })
    return paths


TIMEHIST = re.compile(r"\s*([\d.]+) \[(\d+)\]\s+(.+?)\[(\d+)(?:/(\d+))?\]\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\S+)")


def off_core(paths: list[dict], timehist: Path, pid: int) -> None:
    """Each path's time when no thread of process `pid` ran: one runnable (preempted, or woken and not yet on a core:
    "queued") or all asleep ("asleep"), from `perf sched timehist --state`, in 0.1 ms steps."""
    spans: list[tuple[float, float, str]] = []
    state: dict[int, str] = {}
    for line in timehist.read_text().splitlines():
        m = TIMEHIST.match(line)
        if not m or int(m[5] or m[4]) != pid:
            continue
        end, tid, wait, delay, run = float(m[1]), int(m[4]), float(m[6]) / 1000, float(m[7]) / 1000, float(m[8]) / 1000
        spans.append((end - run, end, "run"))
        # perf counts a preempted thread's time off the core as its wait: it was runnable all along
        if state.get(tid) == "R" and wait:
            spans.append((end - run - delay - wait, end - run - delay, "queued"))
        if delay:
            spans.append((end - run - delay, end - run, "queued"))
        state[tid] = m[9]
    for path in paths:
        a, b = path["span"]
        steps = int((b - a) * 10_000) + 1
        marks: list[set[str]] = [set() for _ in range(steps)]
        for s, e, kind in spans:
            if e >= a and s <= b:
                for k in range(int((max(s, a) - a) * 10_000), min(int((min(e, b) - a) * 10_000) + 1, steps)):
                    marks[k].add(kind)
        path["queued"] = sum("run" not in m and "queued" in m for m in marks) / 10
        path["asleep"] = sum(not m for m in marks) / 10


def report(paths: list[dict]) -> None:
    def fmt(p: tuple[float, float, float, float]) -> str:
        return f"{p[0]:5.1f} ({p[1]:4.1f} + {p[2]:4.1f} + {p[3]:4.1f})"

    walls, cpus = [p["wall"] for p in paths], [p["cpu"] for p in paths]
    print(f"{len(paths)} keys searched by the worker: wall median {statistics.median(walls):.1f} p95 {p95(walls):.1f};"
          f" the process's CPU median {statistics.median(cpus):.1f} p95 {p95(cpus):.1f} ms (load {tui_bench.load()})")
    print("slowest keys, ms: the key on the main thread | to the worker | the search | to the handler | the handler"
          " (each: wall (own CPU + run queue + rest))" + ("; no thread of the app on a core: queued / asleep" if "queued" in paths[0] else ""))
    for p in sorted(paths, key=lambda p: -p["wall"])[:12]:
        print(f"{p['q']!r:10} {p['wall']:6.1f}: {fmt(p['key'])} | {p['to worker']:5.1f} | {fmt(p['search'])} | {p['to handler']:5.1f} |"
              f" {fmt(p['handler'])}" + (f"; {p['queued']:.1f} / {p['asleep']:.1f}" if "queued" in p else "")
              + (f"; gc {p['gc']}" if p["gc"] else "") + (f"; beside {p['beside']}" if p["beside"] else ""))
    figures = {
        "CPU on the path": lambda p: p["key"][1] + p["search"][1] + p["handler"][1],
        "run queue on the path (after wake-ups)": lambda p: p["key"][2] + p["search"][2] + p["handler"][2],
        "hand-offs": lambda p: p["to worker"] + p["to handler"],
    }
    if "queued" in paths[0]:
        figures |= {"no thread on a core, one runnable": lambda p: p["queued"], "no thread on a core, all asleep": lambda p: p["asleep"]}
    slowest = sorted(paths, key=lambda p: -p["wall"])[: max(1, len(paths) // 20)]
    for name, f in figures.items():
        values = [f(p) for p in paths]
        print(f"{name}: median {statistics.median(values):.1f}, p95 {p95(values):.1f}, mean over the slowest 5% {statistics.mean(map(f, slowest)):.1f} ms")
    gcs = Counter(g for p in paths for g, _ in p["gc"])
    print(f"keys with a collector pass of generation 1 / 2 in them: {gcs[1]} / {gcs[2]}; keys beside a text search or"
          f" read-ahead: {sum(bool(p['beside']) for p in paths)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="type on this copy of a kept store (the app may migrate it)")
    parser.add_argument("--aliases", type=int, default=2_000_000, help="the store's, to find its names as the bench does")
    parser.add_argument("--out", type=Path, default=None, help="write the run's events as JSON")
    parser.add_argument("--events", type=Path, default=None, help="read a run's events (--out) instead of running")
    parser.add_argument("--timehist", type=Path, default=None, help="with --events: perf sched timehist --state of that run")
    args = parser.parse_args()
    if args.events is not None:
        saved = json.loads(args.events.read_text())
        EVENTS.extend(saved["events"])
        paths = critical_paths()
        if args.timehist is not None:
            off_core(paths, args.timehist, saved["pid"])
        report(paths)
        return
    print(f"pid {os.getpid()}", flush=True)
    gc.callbacks.append(timed_gc)
    traced(CorpusIndex, "read_ahead", "read_ahead")
    press = Pilot.press

    async def logged_press(self, *keys: str) -> None:
        for key in keys:
            log("press", key=key)
        await press(self, *keys)

    Pilot.press = logged_press  # type: ignore[method-assign]
    tui_bench.TimedApp = TracedApp  # type: ignore[misc]  # keystrokes() makes a TimedApp
    asyncio.run(tui_bench.keystrokes(args.store, tui_bench.typed_words(described(args.store, args.aliases)), "corpus"))
    if args.out is not None:
        args.out.write_text(json.dumps({"pid": os.getpid(), "events": EVENTS}))
    report(critical_paths())
    tui_bench.shutil.rmtree(tui_bench.SETTINGS, ignore_errors=True)


if __name__ == "__main__":
    main()

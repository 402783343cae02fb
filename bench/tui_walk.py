"""A walk through the TUI by hand, timed by the app itself: how long each key a reader types waits for the screen.

    python -m bench.tui_walk STORE [--out FILE] [--log FILE]

Run it in a terminal (tmux: `send-keys` types as fast as a script can), walk, quit with `q`: it prints one line per
key, from the moment the terminal driver read the key to the first and to the last frame written after it (the last
before the next key, or before QUIET seconds of nothing drawn), in wall and in the process's CPU time (a loaded machine
stretches the wall's), to the frame after the panes of a scope or the hits of a query it brought were shown, and how
long the store took to be shown. A key typed while the app was still busy with the
one before it waits in the queue: its time counts that wait, as the reader's eyes do. Never redirect its standard
output: Textual asks it for the terminal's size, and a file made every resize read 80x24 (`--out` writes the lines).

The app opens STORE in place: give it a copy (the app migrates a store it opens). It starts as a new user's would,
with a settings file of its own (bench.tui_bench.TimedApp), and looks for other processes' articles as it ships.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from textual import events

from newsx.tui.app import POLL_SECONDS

from .tui_bench import TimedApp, TimedScreen

QUIET = 3.0  # seconds of nothing drawn that end a key's frames, when no key came sooner (a loaded machine's worker
# drew a corpus search's last pane over a second after the one before); a toast going drew 5 s after its key


class WalkScreen(TimedScreen):
    """The main screen, logging when a scope's panes and a query's hits are shown (the frame after is when seen)."""

    def show_facets(self, facets) -> None:
        super().show_facets(facets)
        self.app.note("panes", facets.scope)

    def show_hits(self, query, results) -> None:
        super().show_hits(query, results)
        if self.hits_query == query:
            self.app.note("hits", query)


class WalkApp(TimedApp):
    """newsx-tui logging each key its driver reads and each frame it writes, with the wall and the CPU time."""

    screen_class = WalkScreen

    def __init__(self, db: Path) -> None:
        super().__init__(db, poll_seconds=POLL_SECONDS)
        self.walk_log: list[tuple[str, float, float, str]] = []  # (kind, wall, cpu, key)
        self._log_lock = threading.Lock()

    def note(self, kind: str, key: str = "") -> None:
        with self._log_lock:
            self.walk_log.append((kind, time.perf_counter(), time.process_time(), key))

    def get_driver_class(self):
        driver_class = super().get_driver_class()
        app = self

        class Logged(driver_class):  # type: ignore[misc, valid-type]
            def send_message(self, message) -> None:
                if isinstance(message, events.Key):
                    app.note("key", message.key)  # in the input thread: when the key was read, before any queue
                super().send_message(message)

        return Logged

    def _display(self, screen, renderable) -> None:
        super()._display(screen, renderable)
        if renderable is not None and not self._batch_count:
            self.note("frame")


def waits(log: list[tuple[str, float, float, str]], quiet: float = QUIET) -> list[dict]:
    """One row per key: ms to its first and last frame (wall and CPU), the frames written, and to the frame after the
    last scope's panes or query's hits it brought were shown (`shown_ms`); None for what it did not draw."""
    rows = []
    for i, (kind, wall, cpu, key) in enumerate(log):
        if kind != "key":
            continue
        frames, shown_at, shown = [], None, None
        for later_kind, later_wall, later_cpu, _ in log[i + 1:]:
            if later_kind == "key" or (frames and later_wall - frames[-1][0] > quiet) or (not frames and later_wall - wall > 5):
                break
            if later_kind in ("panes", "hits"):
                shown_at = later_wall
            elif later_kind == "frame":
                frames.append((later_wall, later_cpu))
                if shown_at is not None:
                    shown, shown_at = (later_wall, later_cpu), None
        first, last = (frames[0], frames[-1]) if frames else (None, None)
        rows.append({
            "key": key,
            "at": wall,
            "first_ms": (first[0] - wall) * 1000 if first else None,
            "last_ms": (last[0] - wall) * 1000 if last else None,
            "cpu_last_ms": (last[1] - cpu) * 1000 if last else None,
            "shown_ms": (shown[0] - wall) * 1000 if shown else None,
            "cpu_shown_ms": (shown[1] - cpu) * 1000 if shown else None,
            "frames": len(frames),
        })
    return rows


def report(shown_ms: float | None, rows: list[dict]) -> list[str]:
    def ms(value: float | None) -> str:
        return f"{value:7.0f}" if value is not None else "      -"

    start = rows[0]["at"] if rows else 0.0
    lines = [f"store shown: {shown_ms:.0f} ms" if shown_ms is not None else "store shown: never"]
    for row in rows:
        lines.append(
            f"{row['at'] - start:8.2f} s  {row['key']:<12} first {ms(row['first_ms'])} ms  last {ms(row['last_ms'])} ms"
            f"  cpu {ms(row['cpu_last_ms'])} ms  panes or hits {ms(row['shown_ms'])} ms, cpu {ms(row['cpu_shown_ms'])} ms"
            f"  ({row['frames']} frames)"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--out", type=Path, help="write the lines here too")
    parser.add_argument("--log", type=Path, help="write the rows and every key and frame logged here, as JSON")
    args = parser.parse_args()
    app = WalkApp(args.store)
    app.run()
    rows = waits(app.walk_log)
    shown = app.loaded * 1000 if app.loaded is not None else None
    lines = report(shown, rows)
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    if args.log:
        args.log.write_text(json.dumps({"store_shown_ms": shown, "keys": rows, "log": app.walk_log}, indent=1))


if __name__ == "__main__":
    main()

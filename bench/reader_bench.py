"""The reader: from a key to the screen drawn, opening articles of a large store and walking a very long one.

    python -m bench.reader_bench --db COPY [--long PATH] [--paragraphs 100000] [--size 80x24] [--runs 7]

Every figure is the time from pressing a key to the last paint of the screen it
caused (the app's updates are timed as Textual hands them to the terminal; the
screen is taken as settled when nothing is painted for QUIET seconds), the
median of `--runs`, beside the same run's baseline: `down` in the article list,
a key that repaints two rows of a list, which no change to the reader touches.
Each ratio is key / baseline, so the machine's load cancels out.

On COPY (a copy of a cached store, e.g. bench/tui_store.py's 100,000 articles:
the TUI may write to it), in the corpus scope:
- enter on an article of the article list, to it painted;
- n / N along the most mentioned actor's mentions, apart for the keys that stay
  in the article and those that open another.

On the store at PATH (written here first if it is missing, through the store's
write path): one article of PARAGRAPHS paragraphs, some a line long and some
several, naming one actor at its start, its middle and its end:
- enter on it in the article list;
- End, Home, and n / N to the paragraph in its middle and back.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsx.store import open_db
from newsx.store.db.write import by_key, store_article
from newsx.store.records import Anatomy, EntityRecord, Extraction, MentionRecord, Paragraph, Prepared
from newsx.tui.app import NewsxApp
from newsx.tui.settings import CONFIG_ENV

QUIET = 0.15  # seconds without a paint after which the screen is settled
LIMIT = 20.0  # seconds a key may take before the run is called failed
ACTOR = "Ambassador Quillon"


class PaintTimedApp(NewsxApp):
    """newsx-tui noting when each update of the screen is handed to the terminal (headless: to no terminal)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.paints: list[float] = []

    def _display(self, screen, renderable) -> None:
        if renderable is not None:
            self.paints.append(time.perf_counter())
        super()._display(screen, renderable)


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


async def timed(pilot, keys: tuple[str, ...], done: Callable[[], bool]) -> float:
    """Ms from pressing `keys` to the last paint they caused, once `done()` says they did what they should."""
    app = pilot.app
    app.paints.clear()
    pressed = time.perf_counter()
    await pilot.press(*keys)
    while not done():
        if time.perf_counter() - pressed > LIMIT:
            raise RuntimeError(f"{keys} did not finish in {LIMIT} s")
        await asyncio.sleep(0.001)
    while True:
        seen = len(app.paints)
        await asyncio.sleep(QUIET)
        if len(app.paints) == seen:
            break
    return (app.paints[-1] - pressed) * 1000 if app.paints else float("nan")


async def settled(pilot) -> None:
    """Every worker done and its result shown."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def article_id(app) -> int | None:
    return app.main.view.article["id"] if app.main.view else None


async def walk_store(db: Path, size: tuple[int, int], runs: int) -> dict[str, list[float]]:
    """Enter on articles, and n / N across the most mentioned actor's mentions, in the corpus scope of `db`."""
    app = PaintTimedApp(db, poll_seconds=None)
    timings: dict[str, list[float]] = {"baseline: down in the article list": [], "enter on an article": [],
                                       "n/N within the article": [], "n/N into another article": []}
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("s")
        await settled(pilot)
        articles = app.main.query_one("#articles")
        for _ in range(runs):
            app.main.set_focus(articles)
            await settled(pilot)
            timings["baseline: down in the article list"].append(await timed(pilot, ("down",), lambda: True))
            before = article_id(app)
            timings["enter on an article"].append(
                await timed(pilot, ("enter",), lambda before=before: article_id(app) != before))
        actors = app.main.query_one("#facet-actor")
        app.main.set_focus(actors)
        await pilot.press("home", "enter")
        await settled(pilot)
        mentions = app.main.entity_mentions
        for step, key in [(1, "n")] * runs * 2 + [(-1, "N")] * runs * 2:
            target = mentions[(app.main.mention_index + step) % len(mentions)]
            name = "n/N into another article" if target["article_id"] != article_id(app) else "n/N within the article"
            ms = await timed(pilot, (key,), lambda target=target: article_id(app) == target["article_id"]
                             and app.main.reader.cursor_paragraph["id"] == target["paragraph_id"])
            timings[name].append(ms)
    return timings


def write_long_article(path: Path, paragraphs: int) -> None:
    """One article of `paragraphs` paragraphs (every seventh several lines long at 80 columns) naming ACTOR in its
    first, middle and last, and a short one, written through the store's write path."""
    rng = random.Random(11)
    db = open_db(path)
    db.execute("PRAGMA synchronous = OFF")
    actor = EntityRecord("actor:quillon", ACTOR, "PERSON", "actor", {ACTOR})
    words = "the port strike talks resumed on Tuesday after a night of rain and the ministry said more".split()
    texts = [f"Line {i:06d}: " + " ".join(rng.choice(words) for _ in range(60 if i % 7 == 0 else 6))
             for i in range(paragraphs)]
    extraction = Extraction(entities={actor.key: actor})
    for seq in (1, paragraphs // 2, paragraphs - 1):
        texts[seq - 1] = f"{ACTOR} spoke. " + texts[seq - 1]
        extraction.mentions.append(MentionRecord(seq, 0, len(ACTOR), ACTOR, actor.key))
    articles = [("The long transcript", texts), ("A short note", ["Nothing more to say."])]
    for number, (title, body) in enumerate(articles):
        paragraphs = [Paragraph(0, "title", title), *(Paragraph(i + 1, "body", t) for i, t in enumerate(body))]
        anatomy = Anatomy(title=title, published=f"2025-01-0{2 - number}", agency="Wire", paragraphs=paragraphs)
        store_article(db, Prepared(f"bench/long-{number}.txt", f"{number + 1:064x}", "", anatomy),
                      extraction if number == 0 else Extraction(), resolver=by_key)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


async def walk_long(db: Path, size: tuple[int, int], runs: int) -> dict[str, list[float]]:
    """Enter on the long article, End and Home in it, and n / N between its first and middle mentions."""
    app = PaintTimedApp(db, poll_seconds=None)
    timings: dict[str, list[float]] = {"baseline: down in the article list": [], "enter on the long article": [],
                                       "end": [], "home": [], "n/N to its middle and back": []}
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        articles = app.main.query_one("#articles")
        reader = app.main.reader
        for _ in range(runs):
            app.main.open_article(next(a["id"] for a in app.main.articles if a["title"] == "A short note"))
            await settled(pilot)
            app.main.set_focus(articles)
            await pilot.press("home")
            await settled(pilot)
            timings["baseline: down in the article list"].append(await timed(pilot, ("down",), lambda: True))
            await pilot.press("up")
            await settled(pilot)
            timings["enter on the long article"].append(
                await timed(pilot, ("enter",), lambda: app.main.view.article["title"] == "The long transcript"))
        last = len(reader.readable) - 1
        for _ in range(runs):
            timings["end"].append(await timed(pilot, ("end",), lambda: reader.cursor == last))
            timings["home"].append(await timed(pilot, ("home",), lambda: reader.cursor == 0))
        await pilot.press("slash", *"quillon", "enter")
        await settled(pilot)
        middle = app.main.entity_mentions[1]["paragraph_id"]
        first = app.main.entity_mentions[0]["paragraph_id"]
        for _ in range(runs):
            timings["n/N to its middle and back"].append(
                await timed(pilot, ("n",), lambda: reader.cursor_paragraph["id"] == middle))
            timings["n/N to its middle and back"].append(
                await timed(pilot, ("N",), lambda: reader.cursor_paragraph["id"] == first))
    return timings


def report(title: str, timings: dict[str, list[float]]) -> None:
    print(title, flush=True)
    baseline = statistics.median(next(iter(timings.values())))
    for name, ms in timings.items():
        if not ms:
            print(f"  {name}: not met in this run")
            continue
        median = statistics.median(ms)
        print(f"  {name}: median {median:.1f} ms, max {max(ms):.1f} ms over {len(ms)};"
              f" {median / baseline:.2f}x the baseline", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a copy of a large store (the TUI may write to it)")
    parser.add_argument("--long", type=Path, help="the long article's store: written there first if missing")
    parser.add_argument("--paragraphs", type=int, default=100_000, help="of the long article, when it is written")
    parser.add_argument("--size", default="80x24", help="the terminal, COLUMNSxROWS")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.db is None and args.long is None:
        parser.error("give --db, --long or both")
    # the app remembers its scope and place in the user's settings: each run starts from none
    os.environ[CONFIG_ENV] = str(Path(tempfile.mkdtemp(prefix="newsx-bench-")) / "settings.json")
    size = tuple(int(n) for n in args.size.split("x"))
    if args.db is not None:
        print(f"load {load()}", flush=True)
        timings = asyncio.run(walk_store(args.db, size, args.runs))
        report(f"{args.db} at {args.size}, corpus scope (load {load()} after):", timings)
    if args.long is not None:
        if not args.long.exists():
            t = time.perf_counter()
            write_long_article(args.long, args.paragraphs)
            print(f"wrote {args.long} ({args.paragraphs:,} paragraphs) in {time.perf_counter() - t:.1f} s", flush=True)
        print(f"load {load()}", flush=True)
        report(f"{args.long} at {args.size} (load {load()} after):", asyncio.run(walk_long(args.long, size, args.runs)))


if __name__ == "__main__":
    main()

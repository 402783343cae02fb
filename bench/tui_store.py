"""A synthetic store for TUI benchmarks, written through the store's write path (no spaCy): by default 1,000 articles,
100,000 aliases (25,000 entities with four surface forms each) and 19,000 quotes.

Large stores take minutes to write (the 100,000-article one 21 minutes with a core of its own, over an hour on a
busy machine), so `cached` keeps each one, by its sizes
and STORE_KEY, in the folder NEWSX_BENCH_CACHE names, else in a folder of the system's temporary directory (which a
new session of the machine may not have kept)."""

from __future__ import annotations

import hashlib
import inspect
import os
import random
import tempfile
from pathlib import Path

from newsx.store import open_db
from newsx.store.db.write import by_key, store_article
from newsx.store.records import Anatomy, EntityRecord, Extraction, MentionRecord, Paragraph, Prepared, QuoteRecord

SYLLABLES = "al ba da el fa ga ha ib ja ka la ma na or pa qu ra sa ta ul va wa ya za ri mo ne shi ku".split()
ROLES = ("actor", "location", "other")
TYPES = {"actor": "PERSON", "location": "GPE", "other": "EVENT"}


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


CACHE_ENV = "NEWSX_BENCH_CACHE"


def cache_dir() -> Path:
    """Where the kept stores are: the folder NEWSX_BENCH_CACHE names, else newsx-bench-cache in the temporary directory."""
    chosen = os.environ.get(CACHE_ENV)
    return Path(chosen).expanduser() if chosen else Path(tempfile.gettempdir()) / "newsx-bench-cache"


CACHE = cache_dir()
# The kept stores' key: what `build` writes. It was this whole file's digest, which every edit changed: 31b7aa6 moved
# `described` out of `cached`, which wrote nothing new, and `python -m bench --tui-only` wrote every store again (the
# 20,000 one in over 12 minutes, the 100,000 one in over an hour). Change it with what build writes:
# tests/test_bench_tui_store.py holds builder_digest() and fails until both are changed. This value is the old
# digest the kept stores were written under, so they are found again.
STORE_KEY = "157eeea4e238"


def builder_digest() -> str:
    """A digest of the source of what decides a store's contents here (not of `cached` or `described`)."""
    parts = [repr((SYLLABLES, ROLES, TYPES))] + [inspect.getsource(f) for f in (_word, _entities, build)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def cached(articles: int, aliases: int, quotes: int) -> tuple[Path, dict, bool]:
    """The store of these sizes, written once: (path, what build returned, whether it was written now).

    The benchmark only reads it (the TUI writes selections only when a key asks to)."""
    path = CACHE / f"tui-{articles}-{aliases}-{quotes}-{STORE_KEY}.db"
    if path.exists():
        return path, described(path, aliases), False
    CACHE.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    for leftover in CACHE.glob(part.name + "*"):
        leftover.unlink()  # a build that was killed
    built = build(part, articles=articles, aliases=aliases, quotes=quotes)
    part.rename(path)
    return path, built, True


def described(path: Path, aliases: int) -> dict:
    """What build returned for the store at `path`, written with `aliases` aliases, read back from it."""
    db = open_db(path)  # migrates a store written by an older schema, once
    counts = _counts(db)
    db.close()
    return {"names": [(r.name, r.role) for r in _entities(random.Random(7), aliases // 4)], **counts}


def _entities(rng: random.Random, entity_count: int) -> list[EntityRecord]:
    records: list[EntityRecord] = []
    for i in range(entity_count):
        role = ROLES[i % 3]
        first, last = _word(rng, 2), _word(rng, 3)
        name = f"{first} {last}" if role == "actor" else f"{first}{last.lower()}"
        forms = {name, last, f"{first[0]}. {last}", f"{name} ({_word(rng, 1)})"}
        while len(forms) < 4:
            forms.add(f"{name} {len(forms)}")
        records.append(EntityRecord(f"{role}:{i}", name, TYPES[role], role, forms))
    return records


def build(
    path: Path, articles: int = 1000, aliases: int = 100_000, quotes: int | None = None, paragraphs: int = 20, seed: int = 7
) -> dict:
    """Write the store at `path` (which must not exist) through the store's write path; returns what was written.

    `quotes`: how many in all (default one per body paragraph), spread evenly over the articles."""
    rng = random.Random(seed)
    db = open_db(path)
    # a benchmark's store can be written again: no waiting for the disk at each article's commit
    db.execute("PRAGMA synchronous = OFF")
    entity_count = aliases // 4
    records = _entities(rng, entity_count)
    names = [(r.name, r.role) for r in records]
    if quotes is None:
        quotes = articles * (paragraphs - 1)
    # every entity appears in some article (a sweep), a few frequent ones appear everywhere
    sweep = -(-entity_count // articles)
    for a in range(1, articles + 1):
        cast = [((a - 1) * sweep + k) % entity_count for k in range(sweep)]
        cast += [rng.randrange(300) for _ in range(10)] + [rng.randrange(entity_count) for _ in range(3)]
        cast = cast[: 2 * (paragraphs - 1)]
        title = f"{names[cast[0]][0]} and {names[cast[1]][0]} in talks over {names[cast[2]][0]}"
        anatomy = Anatomy(
            title=title, place=names[cast[3]][0], published=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
            agency=rng.choice(["Reuters", "AP", "AFP"]), paragraphs=[Paragraph(0, "title", title)],
        )
        extraction = Extraction()
        quotes_here = quotes // articles + (a <= quotes % articles)
        for seq in range(1, paragraphs):
            mentioned = [cast[(seq * 2 + k) % len(cast)] for k in range(2)]
            text = (
                f"Officials said {names[mentioned[0]][0]} met {names[mentioned[1]][0]} on Tuesday, "
                "according to people familiar with the talks, who asked not to be named."
            )
            anatomy.paragraphs.append(Paragraph(seq, "body", text))
            # what the speaker reported: from the first name to the end, as extraction would record it
            said = text.index(names[mentioned[0]][0])
            if seq <= quotes_here:
                speaker, speaker_key = (names[mentioned[1]][0], records[mentioned[1]].key) if seq % 2 else ("Officials", None)
                extraction.quotes.append(QuoteRecord(seq, "indirect", text[said:], said, len(text), speaker, "said", speaker_key))
            for e in mentioned:
                start = text.index(names[e][0])
                extraction.entities[records[e].key] = records[e]
                extraction.mentions.append(MentionRecord(seq, start, start + len(names[e][0]), names[e][0], records[e].key))
        prepared = Prepared(f"synthetic/{a}.txt", f"{a:064x}", "", anatomy)
        store_article(db, prepared, extraction, resolver=by_key)
    counts = _counts(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"names": names, **counts}


def _counts(db) -> dict:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "aliases", "mentions", "quotes")}

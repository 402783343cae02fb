"""A synthetic store for TUI benchmarks, written with plain SQL (no spaCy): by default 1,000 articles
and 100,000 aliases (25,000 entities with four surface forms each)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from store.db import open_db, transaction

SYLLABLES = "al ba da el fa ga ha ib ja ka la ma na or pa qu ra sa ta ul va wa ya za ri mo ne shi ku".split()
ROLES = ("actor", "location", "other")
TYPES = {"actor": "PERSON", "location": "GPE", "other": "EVENT"}


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def build(path: Path, articles: int = 1000, aliases: int = 100_000, paragraphs: int = 20, seed: int = 7) -> dict:
    """Write the store at `path` (which must not exist); returns what was written."""
    rng = random.Random(seed)
    db = open_db(path)
    entity_count = aliases // 4
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).isoformat()
    names: list[tuple[str, str]] = []
    with transaction(db) as conn:
        for i in range(entity_count):
            role = ROLES[i % 3]
            first, last = _word(rng, 2), _word(rng, 3)
            name = f"{first} {last}" if role == "actor" else f"{first}{last.lower()}"
            names.append((name, role))
            conn.execute(
                "INSERT INTO entities (id, name, type, role, key) VALUES (?,?,?,?,?)",
                [i + 1, name, TYPES[role], role, f"{role}:{i}"],
            )
            forms = {name, last, f"{first[0]}. {last}", f"{name} ({_word(rng, 1)})"}
            while len(forms) < 4:
                forms.add(f"{name} {len(forms)}")
            conn.executemany("INSERT INTO aliases (entity_id, alias) VALUES (?,?)", [(i + 1, f) for f in forms])
        # every entity appears in some article (a sweep), a few frequent ones appear everywhere
        sweep = -(-entity_count // articles)
        for a in range(1, articles + 1):
            cast = [((a - 1) * sweep + k) % entity_count for k in range(sweep)]
            cast += [rng.randrange(300) for _ in range(10)] + [rng.randrange(entity_count) for _ in range(3)]
            cast = cast[: 2 * (paragraphs - 1)]
            title = f"{names[cast[0]][0]} and {names[cast[1]][0]} in talks over {names[cast[2]][0]}"
            conn.execute(
                "INSERT INTO articles (id, source, sha256, title, place, published, agency, credits, raw, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [a, f"synthetic/{a}.txt", f"{a:064x}", title, names[cast[3]][0], f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
                 rng.choice(["Reuters", "AP", "AFP"]), "[]", "", now],
            )
            for seq in range(paragraphs):
                mentioned = [cast[(seq * 2 + k) % len(cast)] for k in range(2)]
                text = (
                    f"Officials said {names[mentioned[0]][0]} met {names[mentioned[1]][0]} on Tuesday, "
                    "according to people familiar with the talks, who asked not to be named."
                )
                kind = "title" if seq == 0 else "body"
                pid = conn.execute(
                    "INSERT INTO paragraphs (article_id, seq, kind, text) VALUES (?,?,?,?)",
                    [a, seq, kind, title if seq == 0 else text],
                ).lastrowid
                if seq == 0:
                    continue
                # what the speaker reported: from the first name to the end, as extraction would record it
                said = text.index(names[mentioned[0]][0])
                conn.execute(
                    'INSERT INTO quotes (article_id, paragraph_id, kind, text, start, "end", speaker, speaker_entity_id, cue)'
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    [a, pid, "indirect", text[said:], said, len(text), *(
                        (names[mentioned[1]][0], mentioned[1] + 1) if seq % 2 else ("Officials", None)), "said"],
                )
                for e in mentioned:
                    start = text.index(names[e][0])
                    conn.execute(
                        'INSERT INTO mentions (entity_id, article_id, paragraph_id, start, "end", text) VALUES (?,?,?,?,?,?)',
                        [e + 1, a, pid, start, start + len(names[e][0]), names[e][0]],
                    )
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "aliases", "mentions", "quotes")}
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"names": names, **counts}

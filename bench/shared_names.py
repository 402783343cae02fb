"""`python -m bench.shared_names [STORE ...]`: the virtual-machine steps of resolution's look-ups that read more rows as
people sharing a name accumulate, in each STORE (by default the cached stores of bench/tui_store.py of 1,000, 20,000
and 100,000 articles that exist), as schema 11 ran them and as they run now.

Each store is opened read-only and never written: a store of schema 11 gets the lone_names it lacks as a temporary
table, filled as the migration fills it. In those stores every entity is filed under its last word as an alias, so a
surname is held by about 0.9 entities per 1,000 articles and 18 in 100,000, and a frequent person (one of the first
300 entities) is in one article of 30. For the same people in every store (`--people` frequent actors, 40 by default,
and as many others, by id):

- surname-only: a new article names "Zyx SURNAME" in full: the stored people known only as SURNAME
  (resolve.known_only_as; schema 11 read every entity holding the alias, and its aliases);
- lone surname: a new article names SURNAME alone: the stored people with a full name ending so
  (resolve.full_names_ending, unchanged; it stops at the second);
- beside: whether a stored article of the person names in full someone of a surname the new article names in full
  (resolve._named_beside; the surname is another measured person's, whom his articles do not name: the case that
  reads the most). Schema 11 read every article of his, with every mention and alias in it.

Counts steps (a progress handler at every step), which the machine's load does not move.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from collections.abc import Callable
from functools import partial
from pathlib import Path

from newsx.store.db import resolve
from newsx.store.names import bare_key

from .write_scale_bench import STORE_SIZES

FREQUENT = 300  # tui_store: the entities every article draws ten of


class Stepped(sqlite3.Connection):
    steps = 0

    def count(self) -> None:
        def step() -> int:
            self.steps += 1
            return 0

        self.set_progress_handler(step, 1)

    def steps_of(self, call: Callable[[], object]) -> int:
        before = self.steps
        call()
        return self.steps - before


def schema11_known_only_as(conn, full: list[str]) -> list[tuple[int, str]]:
    """The surname-only look-up as schema 11 ran it: every entity holding the alias, and the aliases of each."""
    surnames = {f.split()[-1] for f in full}
    return resolve._candidates(
        conn,
        "SELECT DISTINCT e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id"
        f" WHERE e.type = 'PERSON' AND a.alias IN ({','.join('?' * len(surnames))})"
        " AND NOT EXISTS (SELECT 1 FROM aliases b WHERE b.entity_id = e.id AND b.alias LIKE '% %')",
        sorted(surnames),
    )


def schema11_named_beside(conn, entity_id: int, names: set[str], article: resolve.Article) -> bool:
    """_named_beside as schema 11 ran it: every article of the stored person, every person in it and his aliases."""
    kin = article.surnames - {bare_key(a.split()[-1]) for a in names if a.split()}
    rows = conn.execute(
        "SELECT DISTINCT a.alias FROM mentions n JOIN entities e ON e.id = n.entity_id AND e.type = 'PERSON'"
        " JOIN aliases a ON a.entity_id = e.id WHERE n.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " AND n.entity_id != ? AND a.alias LIKE '% %'",
        [entity_id, entity_id],
    )
    return any(bare_key(alias.split()[-1]) in kin for (alias,) in rows)


def _people(conn, each: int) -> list[tuple[int, str, bool]]:
    """(id, name, frequent) of the actors measured: the same in every store (ids follow the build's order)."""
    rows = conn.execute(
        "SELECT id, name, key FROM entities WHERE type = 'PERSON' AND key LIKE 'actor:%' AND name LIKE '% %' ORDER BY id"
    ).fetchall()
    frequent = [r for r in rows if int(r[2].split(":")[1]) < FREQUENT][:each]
    rest = [r for r in rows if int(r[2].split(":")[1]) >= FREQUENT][:each]
    return [(r[0], r[1], r in frequent) for r in frequent + rest]


def _with_lone_names(conn) -> None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'lone_names'").fetchone():
        conn.execute("CREATE TEMP TABLE lone_names (alias TEXT, entity_id INTEGER, PRIMARY KEY (alias, entity_id))")
        conn.execute(
            "INSERT INTO temp.lone_names SELECT a.alias, a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE e.type = 'PERSON' AND NOT EXISTS (SELECT 1 FROM alias_skeletons s WHERE s.entity_id = e.id) ORDER BY 1, 2"
        )


def measure(path: Path, each: int = 40) -> dict[str, list[int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, factory=Stepped)
    _with_lone_names(conn)
    conn.count()
    out: dict[str, list[int]] = {}
    people = _people(conn, each)
    for i, (entity_id, name, frequent) in enumerate(people):
        surname = name.split()[-1]
        other = people[(i + 1) % len(people)][1].split()[-1]
        article = resolve.Article(frozenset({bare_key(other)}))
        full = [f"Zyx {surname}"]
        beside = f"beside {'frequent' if frequent else 'other'}"
        nobody = resolve.Article(frozenset({"zzqx"}))
        measured = {
            "surname-only, schema 11": partial(schema11_known_only_as, conn, full),
            "surname-only, now": partial(resolve.known_only_as, conn, full),
            "lone surname (unchanged)": partial(resolve.full_names_ending, conn, surname),
            f"{beside}, schema 11": partial(schema11_named_beside, conn, entity_id, {surname}, article),
            f"{beside}, now": partial(resolve._named_beside, conn, entity_id, {surname}, article),
            # a surname the new article names in full that nobody stored holds: schema 11 read everything
            f"{beside}, a surname nobody has, schema 11": partial(schema11_named_beside, conn, entity_id, {surname}, nobody),
            f"{beside}, a surname nobody has, now": partial(resolve._named_beside, conn, entity_id, {surname}, nobody),
        }
        assert measured[f"{beside}, schema 11"]() == measured[f"{beside}, now"](), (name, other)
        for look, call in measured.items():
            out.setdefault(look, []).append(conn.steps_of(call))
    out["articles"] = [conn.execute("SELECT count(*) FROM articles").fetchone()[0]]
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="*", type=Path)
    parser.add_argument("--people", type=int, default=40, help="frequent people measured, and as many others (default 40)")
    args = parser.parse_args(argv)
    from .tui_store import CACHE

    stores = args.stores or [p for a, al, q in STORE_SIZES for p in sorted(CACHE.glob(f"tui-{a}-{al}-{q}-*.db"))[:1]]
    results = [measure(p, args.people) for p in stores]
    base = results[0]
    print(f"virtual-machine steps per look-up, mean over the same {2 * args.people} people [median], ratio to the first store:")
    for look in [k for k in base if k != "articles"]:
        cells = []
        for r in results:
            mean = statistics.fmean(r[look])
            cells.append(f"{r['articles'][0]:,}: {mean:,.0f} [{statistics.median(r[look]):,.0f}]"
                         f" ({mean / max(statistics.fmean(base[look]), 1):.2f}x)")
        print(f"  {look}: " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

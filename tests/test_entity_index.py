"""EntityIndex scores only candidate aliases; it must find what a full scan finds."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process, utils

from newsx.store.db.search import EntityIndex

SYLLABLES = "al ba da el fa ga ha ib ja ka la ma na or pa ra sa ta ul va wa ya za".split()


def big_index(n: int) -> EntityIndex:
    rng = random.Random(5)
    rows = []
    for i in range(n):
        name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(2))
        rows.append((i, name, "actor", name))
        rows.append((i, name, "actor", name.split()[-1]))
    rows += [(n, "Nuri al-Maliki", "actor", "Nuri al-Maliki"), (n, "Nuri al-Maliki", "actor", "Maliki")]
    rows += [(n + 1, "ISIL", "actor", "ISIL"), (n + 1, "ISIL", "actor", "Islamic State of Iraq and the Levant")]
    rows += [(n + 2, "Baghdad", "location", "Baghdad")]
    return EntityIndex(rows)


def test_candidates_hold_what_a_full_scan_finds():
    index = big_index(8000)
    rows = index._rows
    choices = [utils.default_process(alias) for *_, alias in rows]
    rng = random.Random(9)
    names = sorted({row[1] for row in rows})
    found = 0
    for name in rng.sample(names, 30):
        typed = name[: rng.randint(6, len(name))]
        for query in (typed, typed[:2] + typed[3:]):  # as typed, and with a dropped letter
            scan = process.extract(utils.default_process(query), choices, scorer=fuzz.WRatio, processor=None, limit=40)
            full = {rows[i][1] for _, _, i in scan}
            hits = [h.name for h in index.search(query, limit=40)]
            if name in full:
                assert name in hits, (query, name)
            found += name in hits
    assert found >= 45  # of 60: these made-up names are far more alike than real ones


def test_typos_acronyms_and_aliases():
    index = big_index(2000)
    assert index.search("malik")[0].name == "Nuri al-Maliki"
    assert index.search("islamic state")[0].name == "ISIL"
    assert index.search("bagdad", role="location")[0].name == "Baghdad"
    assert index.search("   ") == []

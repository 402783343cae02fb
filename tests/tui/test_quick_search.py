"""quick_search (the live filter over a large alias index) finds what the full search finds."""

from __future__ import annotations

import random

from store.search import QUICK_SEARCH_ABOVE, EntityIndex, quick_search

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
    return EntityIndex(rows)


def test_quick_search_finds_what_is_typed_on_a_large_index():
    index = big_index(8000)
    assert len(index) > QUICK_SEARCH_ABOVE
    rng = random.Random(9)
    names = sorted({row[1] for row in index._rows})
    found = 0
    for name in rng.sample(names, 30):
        typed = name[: rng.randint(6, len(name))]
        for query in (typed, typed[:2] + typed[3:]):  # as typed, and with a dropped letter
            quick = [h.name for h in quick_search(index, query, limit=10)]
            full = [h.name for h in index.search(query, limit=10)]
            if name in full:
                assert name in quick, (query, name)
            found += name in quick
    assert found >= 45  # of 60: these made-up names are far more alike than real ones
    assert quick_search(index, "malik")[0].name == "Nuri al-Maliki"
    assert quick_search(index, "islamic state")[0].name == "ISIL"


def test_small_indexes_are_searched_in_full():
    index = big_index(100)
    assert quick_search(index, "maliki", limit=5) == index.search("maliki", limit=5)
    assert quick_search(index, "   ") == []

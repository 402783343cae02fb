"""The fuzzy entity index on a corpus-sized alias list: the same answers a full scan gives, found fast."""

import itertools

from rapidfuzz import fuzz, process, utils

from newsx.store.db.search import EntityIndex

FIRST = ["Nuri", "Maria", "Ahmed", "Olga", "Kenji", "Fatima", "Pierre", "Giulia", "Chen", "Ivan", "Sara", "Omar"]
LAST = ["al-Maliki", "Okafor", "Rasheed", "Petrov", "Tanaka", "Haddad", "Dubois", "Ferrante", "Zhang", "Kowalska"]
MIDDLE = [f"{c}." for c in "ABCDEFGHIJKLMNOPRSTW"]


def rows():
    out = []
    names = [" ".join(p) for p in itertools.product(FIRST, MIDDLE, LAST)]  # 2,400 people
    orgs = [f"{head} of {place}" for head in ("Ministry of Finance", "Central Bank", "Port Authority")
            for place in ("Basra", "Mosul", "Kirkuk", "Erbil", "Najaf", "Karbala", "Tikrit", "Samarra")]
    for i, name in enumerate(names):
        out.append((i, name, "actor", name))
    for j, org in enumerate(orgs, start=len(names)):
        out.append((j, org, "actor", org))
    baghdad, basra = len(out), len(out) + 1
    # one place with two spellings, and a city an organisation is named after
    out += [(baghdad, "Baghdad", "location", "Baghdad"), (baghdad, "Baghdad", "location", "Bagdad"),
            (basra, "Basra", "location", "Basra")]
    return out


INDEX = EntityIndex(rows())


def test_typo_prefix_and_lowercase_find_the_target_first():
    assert INDEX.search("Nuri K. al-Maliki")[0].name == "Nuri K. al-Maliki"
    assert INDEX.search("nuri k al maliki")[0].name == "Nuri K. al-Maliki"
    assert INDEX.search("Nuri K. al-Mailki")[0].name == "Nuri K. al-Maliki"  # two letters swapped
    assert INDEX.search("central bank of mosl")[0].name == "Central Bank of Mosul"
    assert INDEX.search("Kowals")[0].name.endswith("Kowalska")  # typed so far


def test_one_hit_per_entity_and_role_filter():
    hits = INDEX.search("Baghdad")
    assert [h.name for h in hits].count("Baghdad") == 1
    assert hits[0].name == "Baghdad" and hits[0].alias == "Baghdad"
    assert {h.role for h in INDEX.search("Basra", role="location")} == {"location"}
    assert {h.role for h in INDEX.search("Basra", role="actor")} == {"actor"}
    assert INDEX.search("   ") == [] and EntityIndex([]).search("x") == []


def test_best_score_matches_a_full_scan():
    choices = [utils.default_process(r[3]) for r in rows()]
    for query in ("Okafor", "maria r okafor", "Port Authority of Erbil", "Giulai Ferrante", "Tanak"):
        full = process.extract(utils.default_process(query), choices, scorer=fuzz.WRatio, processor=None, limit=1)
        assert INDEX.search(query, limit=1)[0].score == full[0][1], query


def test_one_or_two_letters_give_aliases_starting_with_them():
    hits = INDEX.search("ba", limit=10)
    assert hits and all(h.alias.lower().startswith("ba") for h in hits)

"""`python -m bench.corpus_resolution [--rounds 24-60] [--order gold|reversed|shuffled] [--jobs N] [--show N]`: one stored
entity per real thing across the articles of a store, scored against the gold.

The gold (tests/gold/*.json, never tests/gold/reserved/) says which of an article's names are one thing; across
articles nothing says it, so a gold entity's full name is taken as its key: its longest alias of two or more words,
folded as the per-article bench folds forms (none that opens with a title: "Mr Bush" is any Bush), the gold's own name
among them (a gold listing `President Obama` and `Obama` names him `Barack Obama`), and for a place its name. Keys a gold entity lists together are one key ("Hillary Rodham Clinton" and "Hillary Clinton" of
one article's gold are one woman in every article), and so are a full name and the one other with a middle name between
its first and last words that the golds write ("John R. Kasich", "John Kasich"; not "George Bush" where the golds write
a "George W." and a "George H.W." Bush apart). Each (article, gold entity) with a key is an item; its stored
entity is the one holding most of its mentions in that article (a mention whose form is an alias of two of the
article's gold entities is neither's). Over the pairs of items of two different articles:

- recall: of the pairs with one key, the share the store keeps in one entity (Obama split into `Obama` and `Barack
  Obama` is a miss for every pair across the split);
- precision: of the pairs the store keeps in one entity, the share with one key (Jeb Bush's entity holding George W.
  Bush's `Bush` is a wrong join for every pair of a Jeb and a George W.).

What the key can tell: two full names that differ are two things ("Jeb Bush", "George W. Bush"); one full name in two
articles is one thing. What it cannot: a gold entity known only by a surname or one word ("Obama" alone, "Congress"
alone) has no full name and is left out, though it is where most wrong joins begin, so a lone `Bush` is scored only
through the articles that name him in full too; one full name of two things (two John Smiths, a "Federal Government"
of Canberra and of Washington, a generic "Police Department") is counted as one, so a store right to keep them apart
shows a miss and a store wrong to join them shows no wrong join; another spelling of a name no gold lists beside the
first ("Moqtada al-Sadr", "Muqtada Sadr") is two keys, so joining them is counted a wrong join. Within one article the
merges are the per-article bench's (bench/extraction_quality.py): only pairs across articles count here.

The articles are read and analysed by spaCy once and their extractions kept (`--cache`, by default in the bench cache
folder, keyed by the gold files named and the reading and extraction code), so a run after a change to resolution
writes a fresh store only: through store_article, in the gold files' order (`--order reversed` or `shuffled` to see
what ingest order moves).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .extraction_quality import GOLD_DIR, ROOT, _alias_key, _form, _untitled, article_id_of, gold_entities_with_forms, load_gold

DEFAULT_ROUNDS = (24, 60)


def gold_key(entity: dict) -> str | None:
    """The gold entity's full name as a key: its longest form of two or more words (the first of the longest), or a
    place's name; None for an entity known by one word alone."""
    if entity["role"] == "location":
        return _form(entity["name"])
    full = full_forms(entity)
    return max(full, key=len) if full else None


def full_forms(entity: dict) -> list[str]:
    """The gold entity's forms of two or more words that open with no title ("Mr Bush" is any Bush's), its name's
    too: a gold that lists `President Obama` and `Obama` and names him `Barack Obama` says which Obama he is."""
    forms = entity["forms"] | {_alias_key(entity["name"])}
    return [f for f in sorted(forms) if len(f.split()) > 1 and _untitled({f}) == {f}]


def key_classes(golds: list[dict]) -> dict[str, str]:
    """Each full-name form of the golds to one key for all the forms some gold entity lists together (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gold in golds:
        for entity in gold_entities_with_forms(gold):
            key = gold_key(entity)
            if key is None:
                continue
            # a place's every name is it ("US", "America", "Fla."): the gazetteer, not the gold's name, decides
            for form in sorted(entity["forms"]) if entity["role"] == "location" else full_forms(entity):
                a, b = find(key), find(form)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    # "John R. Kasich" of one gold and "John Kasich" of another are one man, where no gold names another John Kasich
    # by another middle name ("George W. Bush", "George H.W. Bush": then the two-word key stays its own)
    by_ends: dict[tuple[str, str], set[str]] = {}
    for form in list(parent):
        if len(words := form.split()) > 1:
            by_ends.setdefault((words[0], words[-1]), set()).add(find(form))
    for (first, last), found in by_ends.items():
        short = f"{first} {last}"
        middled = found - {find(short)}
        if short in parent and len(middled) == 1:
            a, b = sorted({find(short), *middled})
            parent[b] = a
    # each class by the key the golds give it most often ("hillary clinton", not "crooked hillary")
    named: dict[str, Counter] = {}
    for gold in golds:
        for e in gold_entities_with_forms(gold):
            if (k := gold_key(e)) is not None:
                named.setdefault(find(k), Counter())[k] += 1
    return {form: named[find(form)].most_common(1)[0][0] if find(form) in named else find(form) for form in parent}


@dataclass
class Item:
    """One gold entity of one article with a key, and the stored entity holding most of its mentions there."""

    article: str
    key: str
    name: str
    entity_id: int | None
    role: str = "actor"


def items_of(db, gold: dict, classes: dict[str, str]) -> list[Item]:
    article_id = article_id_of(db, gold["article"])
    if article_id is None:
        return []
    entities = gold_entities_with_forms(gold)
    owners = Counter(form for g in entities for form in g["forms"])
    held: dict[str, Counter] = {}
    for entity_id, text in db.execute("SELECT entity_id, text FROM mentions WHERE article_id = ?", [article_id]):
        held.setdefault(_form(text), Counter())[entity_id] += 1
    out = []
    for g in entities:
        key = gold_key(g)
        if key is None:
            continue
        votes: Counter = Counter()
        for form in g["forms"]:
            if owners[form] == 1:
                votes.update(held.get(form, {}))
        best = min(votes, key=lambda e: (-votes[e], e)) if votes else None
        out.append(Item(gold["article"], classes.get(key, key), g["name"], best, g["role"]))
    return out


@dataclass
class Result:
    same_key: int = 0  # pairs of one key
    kept: int = 0  # ... the store keeps in one entity
    joined: int = 0  # pairs the store keeps in one entity
    wrong: int = 0  # ... of two keys
    misses: Counter = field(default_factory=Counter)  # key -> pairs of it kept apart
    wrong_joins: Counter = field(default_factory=Counter)  # (stored name, key, key) -> pairs

    @property
    def recall(self) -> float:
        return self.kept / self.same_key if self.same_key else 1.0

    @property
    def precision(self) -> float:
        return (self.joined - self.wrong) / self.joined if self.joined else 1.0


def score(items: list[Item], names: dict[int, str] | None = None) -> Result:
    """Recall and precision over the pairs of items of two articles (items of one article are the per-article bench's)."""
    names = names or {}
    r = Result()
    found = [i for i in items if i.entity_id is not None]
    by_key: dict[str, list[Item]] = {}
    for i in items:
        by_key.setdefault(i.key, []).append(i)
    for key, group in by_key.items():
        for a, b in combinations(group, 2):
            if a.article == b.article:
                continue
            r.same_key += 1
            if a.entity_id is not None and a.entity_id == b.entity_id:
                r.kept += 1
            else:
                r.misses[key] += 1
    by_entity: dict[int, list[Item]] = {}
    for i in found:
        by_entity.setdefault(i.entity_id, []).append(i)  # type: ignore[arg-type]
    for entity_id, group in by_entity.items():
        for a, b in combinations(group, 2):
            if a.article == b.article:
                continue
            r.joined += 1
            if a.key != b.key:
                r.wrong += 1
                r.wrong_joins[(names.get(entity_id, str(entity_id)), *sorted((a.key, b.key)))] += 1
    return r


def _rounds(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition("-")
    return int(lo), int(hi or lo)


def golds_of(rounds: tuple[int, int]) -> list[dict]:
    return [g for g in load_gold() if g.get("round") is not None and rounds[0] <= g["round"] <= rounds[1]]


def _code_digest() -> str:
    """The reading and extraction code's digest: a kept extraction is stale once either changes."""
    h = hashlib.sha256()
    for folder in ("store/read", "store/nlp"):
        for p in sorted((ROOT / folder).rglob("*.py")):
            h.update(p.read_bytes())
    for name in ("names.py", "records.py", "sentences.py", "sanitize.py"):
        h.update((ROOT / "store" / name).read_bytes())
    return h.hexdigest()[:16]


def analysed(golds: list[dict], jobs: int = 1, cache: Path | None = None) -> list[tuple]:
    """(prepared, extraction) of each gold article, in the golds' order: analysed once, then kept in `cache`."""
    from newsx.store.read import read_input, walk_inputs

    from .tui_store import CACHE

    paths = [g["article"] for g in golds]
    digest = hashlib.sha256("\n".join(paths).encode() + _code_digest().encode()).hexdigest()[:16]
    cache = cache or CACHE / f"corpus-resolution-{digest}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from newsx.store import ingest as ing

    todo = []
    for path in dict.fromkeys(paths):
        for item in walk_inputs([str(ROOT / path)]):
            data, source = read_input(item)
            todo.append((data, source, hashlib.sha256(data).hexdigest()))
    done: dict[str, tuple] = {}

    def stored(source, prepared, extraction, error) -> None:
        if prepared is not None and extraction is not None:
            done[source] = (prepared, extraction)
        else:
            print(f"  {source}: {error}", file=sys.stderr)

    if jobs > 1:
        ing._run_in_workers(iter(todo), jobs, stored)
    else:
        nlp = ing._load_model()
        for chunk in ing._chunks(todo, ing.BATCH_ARTICLES):
            for outcome in ing.analyse(chunk, nlp):
                stored(*outcome)
    out = [done[source] for _, source, _ in todo if source in done]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def write_store(path: Path, outcomes: list[tuple]):
    """A fresh store of these articles, written through the one write path in this order."""
    from newsx.store.db.schema import for_ingest, open_db
    from newsx.store.db.write import store_article

    db = open_db(path)
    for_ingest(db)
    for prepared, extraction in outcomes:
        store_article(db, prepared, extraction)
    return db


def evaluate(
    golds: list[dict], outcomes: list[tuple], order: str = "gold", seed: int = 0, keep: Path | None = None
) -> dict[str, Result]:
    """The store's figures over every item, and over the actors' and the places' alone (`role` of the gold); the
    store is written to `keep` (a new file) where one is named, else to a temporary one."""
    if order == "reversed":
        outcomes = outcomes[::-1]
    elif order == "shuffled":
        outcomes = outcomes[:]
        random.Random(seed).shuffle(outcomes)
    classes = key_classes(golds)
    with tempfile.TemporaryDirectory() as tmp:
        db = write_store(keep or Path(tmp) / "corpus.db", outcomes)
        names = dict(db.execute("SELECT id, name FROM entities").fetchall())
        items = [i for g in golds for i in items_of(db, g, classes)]
        db.close()
    return {
        "all": score(items, names),
        "actors": score([i for i in items if i.role == "actor"], names),
        "places": score([i for i in items if i.role == "location"], names),
    }


def figures(label: str, r: Result) -> list[str]:
    return [
        f"{label}: recall {r.recall:.3f} ({r.kept:,} of {r.same_key:,} pairs of one full name kept in one entity),"
        f" precision {r.precision:.3f} ({r.joined - r.wrong:,} of {r.joined:,} pairs kept in one entity of one full name)"
    ]


def report(results: dict[str, Result], show: int = 15) -> str:
    lines = [line for label, r in results.items() for line in figures(label, r)]
    r = results["actors"]
    lines += [
        "actors, most pairs missed (full name: pairs kept apart):",
        *(f"  {k}: {n}" for k, n in r.misses.most_common(show)),
        "actors, most wrong joins (stored entity: the two full names, pairs):",
        *(f"  {e}: {a} / {b}: {n}" for (e, a, b), n in r.wrong_joins.most_common(show)),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", default=f"{DEFAULT_ROUNDS[0]}-{DEFAULT_ROUNDS[1]}", help="first-last (default 24-60)")
    parser.add_argument("--order", choices=("gold", "reversed", "shuffled"), default="gold")
    parser.add_argument("--seed", type=int, default=0, help="of --order shuffled")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the one analysis")
    parser.add_argument("--cache", type=Path, help="where the analysed articles are kept")
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="write the store here (a new file), to read it afterwards")
    args = parser.parse_args(argv)
    assert GOLD_DIR.exists()
    golds = golds_of(_rounds(args.rounds))
    outcomes = analysed(golds, args.jobs, args.cache)
    print(f"rounds {args.rounds}: {len(golds)} gold articles, {len(outcomes)} analysed, written in {args.order} order")
    print(report(evaluate(golds, outcomes, args.order, args.seed, args.keep), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Per gold article: gold actors and places not found, predicted ones matching no gold, junk kept.

    .venv/bin/python -m bench.entity_misses [--json OUT] GOLD.json ...

The named gold files are ingested into one fresh store, as the bench does (extraction_quality), and
read the bench's way: a prediction is right when it shares a folded form with a gold actor or place.
`--json` also writes the lists, so that two runs can be diffed per article.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.extraction_quality import SCORED_ROLES, _fold, _form, article_id_of, gold_entities_with_forms, ingest_all, load_gold


def misses(db, gold: dict) -> dict:
    name = Path(gold["article"]).name
    article_id = article_id_of(db, gold["article"])
    pred: dict[int, dict] = {}
    for entity_id, role, text in db.execute(
        "SELECT e.id, e.role, m.text FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?",
        [article_id],
    ):
        entry = pred.setdefault(entity_id, {"role": role, "forms": set(), "texts": set()})
        entry["forms"].add(_form(text))
        entry["texts"].add(text)
    scored = [p for p in pred.values() if p["role"] in SCORED_ROLES]
    golds = gold_entities_with_forms(gold)
    wanted = [g for g in golds if g["role"] in SCORED_ROLES]
    other = set().union(*(g["forms"] for g in golds if g["role"] not in SCORED_ROLES))
    mentioned = {_fold(t) for (t,) in db.execute("SELECT text FROM mentions WHERE article_id = ?", [article_id])}
    return {
        "article": name,
        "round": gold.get("round"),
        "missed": sorted(g["name"] for g in wanted if not any(p["forms"] & g["forms"] for p in scored)),
        "wrong": sorted(
            f"{' | '.join(sorted(p['texts']))} ({p['role']})"
            for p in scored
            if not any(p["forms"] & g["forms"] for g in wanted) and not p["forms"] & other
        ),
        "junk": [j for j in gold.get("junk", []) if _fold(j) in mentioned],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.entity_misses")
    parser.add_argument("--json", type=Path, help="also write the lists here")
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args(argv)
    golds = load_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        db = ingest_all(golds, Path(tmp) / "misses.db")
        try:
            rows = [misses(db, g) for g in golds]
        finally:
            db.close()
    for r in rows:
        if r["missed"] or r["wrong"] or r["junk"]:
            print(f"== {r['article']} (round {r['round']})")
            for key in ("missed", "wrong", "junk"):
                if r[key]:
                    print(f"  {key}: " + "; ".join(r[key]))
    for key in ("missed", "wrong", "junk"):
        print(f"{key}: {sum(len(r[key]) for r in rows)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

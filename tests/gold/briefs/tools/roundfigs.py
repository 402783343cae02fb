"""Score gold rounds, each round ingested into its own fresh store (as an untouched round is measured).

    roundfigs.py FIRST LAST [--no-head] [--json OUT] [--keep DIR | --rescore DIR] [--files GOLD ...]

--keep DIR keeps each round's store as DIR/rN.db; --rescore DIR scores those stores again (no ingest: seconds),
with the scorer of the current directory's bench/ (a scorer change measured on the same stores).

Without --files: every tests/gold/*.json of rounds FIRST..LAST (reserved/ never). Prints per round and
total recall of the issue-9 rows
--json writes article-by-article counts for compare.py.
"""
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, ".")
import bench.extraction_quality as eq

args = sys.argv[1:]
files = None
if "--files" in args:
    i = args.index("--files")
    files = [Path(p) for p in args[i + 1:]]
    args = args[:i]
if "--no-head" in args:
    args.remove("--no-head")
    eq._head_noun_phrase = lambda phrase: None
out = None
keep = rescore = None
if "--keep" in args:
    i = args.index("--keep")
    keep = Path(args[i + 1])
    del args[i:i + 2]
    keep.mkdir(parents=True, exist_ok=True)
if "--rescore" in args:
    i = args.index("--rescore")
    rescore = Path(args[i + 1])
    del args[i:i + 2]
if "--json" in args:
    i = args.index("--json")
    out = args[i + 1]
    del args[i:i + 2]
first, last = int(args[0]), int(args[1])
golds = eq.load_gold(files if files else None)
byround = defaultdict(list)
for g in golds:
    r = g.get("round")
    if r is not None and first <= r <= last:
        byround[r].append(g)
ATTRS = ("entities", "merges", "direct", "direct_speakers", "reported", "reported_speakers", "never_merge")
result = {}
total = {a: [0, 0, 0, 0] for a in ATTRS}
for r in sorted(byround):
    with tempfile.TemporaryDirectory() as tmp:
        if rescore:
            from newsx.store import open_db
            db = open_db(rescore / f"r{r}.db")
        else:
            path = keep / f"r{r}.db" if keep else Path(tmp) / "r.db"
            if path.exists():
                path.unlink()
            db = eq.ingest_all(byround[r], path)
        try:
            scores = [eq.score_article(db, g) for g in byround[r]]
        finally:
            db.close()
    rt = {a: [0, 0, 0, 0] for a in ATTRS}
    for g, s in zip(byround[r], scores):
        rec = {a: [getattr(s, a).hit_gold, getattr(s, a).gold, getattr(s, a).hit_pred, getattr(s, a).pred] for a in ATTRS}
        rec["never_merged"] = [list(p) for p in s.never_merged]
        rec["junk"] = s.junk
        rec["round"] = r
        result[g["article"]] = rec
        for a in ATTRS:
            for k in range(4):
                rt[a][k] += rec[a][k]
                total[a][k] += rec[a][k]
    cells = " ".join(f"{a[:10]} {rt[a][0]}/{rt[a][1]}={100*rt[a][0]/max(rt[a][1],1):.1f}" for a in ATTRS)
    print(f"round {r}: {cells}", flush=True)
    for g, s in zip(byround[r], scores):
        for a, b in s.never_merged:
            print(f"   never-merge break {Path(g['article']).name}: {a} = {b}", flush=True)
print("total: " + " ".join(f"{a} {total[a][0]}/{total[a][1]}={100*total[a][0]/max(total[a][1],1):.2f} P {total[a][2]/max(total[a][3],1):.4f}" for a in ATTRS))
if out:
    Path(out).write_text(json.dumps(result, indent=0))

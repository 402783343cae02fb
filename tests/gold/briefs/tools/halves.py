"""halves.py ROUND FIGS.json [FIGS_NOHEAD.json]: every row of a round's table, all and by half (README tables)."""
import json
import re
import sys
from pathlib import Path

rnd, figs = sys.argv[1], json.loads(Path(sys.argv[2]).read_text())
nohead = json.loads(Path(sys.argv[3]).read_text()) if len(sys.argv) > 3 else None
text = Path("tests/articles/allsides/README.md").read_text()
halves = {}
for half in "abcd":
    m = re.search(rf"## Round {rnd} \(half {half}\)\n(.*?)(?=\n## |\Z)", text, re.DOTALL)
    halves[half] = set(re.findall(r"^\| (\S+\.txt) \|", m.group(1), re.MULTILINE))
ROWS = [("direct quotes found", "direct", figs), ("direct, right speaker", "direct_speakers", figs),
        ("direct, right speaker, without the head-noun reading", "direct_speakers", nohead),
        ("reported found", "reported", figs), ("reported, right speaker", "reported_speakers", figs),
        ("reported, right speaker, without the head-noun reading", "reported_speakers", nohead),
        ("merges", "merges", figs), ("entities", "entities", figs), ("never-merge", "never_merge", figs)]
print(f"| round {rnd}, untouched | all (48) | half a | half b | half c | half d |")
for label, attr, src in ROWS:
    if src is None:
        continue
    cells = []
    for names in [None] + [halves[h] for h in "abcd"]:
        v = [0, 0, 0, 0]
        for art, rec in src.items():
            if names is None or art.split("/")[-1] in names:
                v = [x + y for x, y in zip(v, rec[attr])]
        cell = f"{100*v[0]/max(v[1],1):.1f}% ({v[0]}/{v[1]})"
        if names is None and attr in ("direct", "merges", "entities"):
            cell += f", P {v[2]/max(v[3],1):.3f}"
        cells.append(cell)
    print(f"| {label} | " + " | ".join(cells) + " |")

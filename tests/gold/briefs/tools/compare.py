"""compare.py A.json[,A2.json] B.json: article-by-article differences of two roundfigs runs."""
import json
import sys
from pathlib import Path


def load(spec):
    d = {}
    for p in spec.split(","):
        d.update(json.loads(Path(p).read_text()))
    return d


a, b = load(sys.argv[1]), load(sys.argv[2])
ATTRS = ("entities", "merges", "direct", "direct_speakers", "reported", "reported_speakers", "never_merge")
for art in sorted(set(a) & set(b)):
    diffs = []
    for x in ATTRS:
        da, db = a[art][x], b[art][x]
        if da[0] != db[0] or da[2] != db[2] or da[3] != db[3]:
            diffs.append(f"{x} {da[0]}->{db[0]} (P {da[2]}/{da[3]}->{db[2]}/{db[3]})")
    if diffs:
        print(f"{art.split('/')[-1]} [r{a[art].get('round')}]: " + "; ".join(diffs))
for x in ATTRS:
    sa = [sum(a[k][x][i] for k in set(a) & set(b)) for i in range(4)]
    sb = [sum(b[k][x][i] for k in set(a) & set(b)) for i in range(4)]
    print(f"{x:18} {sa[0]}/{sa[1]} -> {sb[0]}/{sb[1]} ({sb[0]-sa[0]:+d})   P {sa[2]/max(sa[3],1):.4f} -> {sb[2]/max(sb[3],1):.4f}")
na = sum(len(a[k]['never_merged']) for k in set(a) & set(b))
nb = sum(len(b[k]['never_merged']) for k in set(a) & set(b))
print(f"never-merge breaks {na} -> {nb}")

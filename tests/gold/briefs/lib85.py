"""Round 85 gold generator (reading aid only: it reads the gold you write and the text, never the program).

Usage in a per-text script sNN.py:
    from lib85 import write
    E = [("Lindsey Graham", "actor", ["Lindsey Graham", "Graham"]),
         ("Kentucky", "location", ["Kentucky", "Ky."], True),      # 4th item: coords (True/False); omit for no key
         ("Republican", "other", ["Republican", "GOP"])]
    NM = [("Lindsey Graham", "Rand Paul")]                          # forms, each an alias of a different entity
    J = ["ADVERTISEMENT", "R-Ky."]
    Q = [("direct", "the worst briefing I've seen", ["Lee", "briefing"]),   # a speaker item naming an entity
         ("indirect", "use the 2002 Iraq war authorization", ["Rand Paul"])] # (its name) brings in all its aliases
    write("graham_paul_war_powers_rift", E, NM, J, Q)
Set ROOT (env GOLD_ROOT) to your worktree.
"""
import json
import os
import re
import sys

ROOT = os.environ.get("GOLD_ROOT", os.getcwd())
ROUND = 85
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"}
ARTICLES = {"a", "an", "the"}
ABBREV = ("etc.", "U.S.", "a.m.", "p.m.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "D.C.", "U.K.", "U.N.", "St.", "A.G.")


def dump(d):
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def write(name, E, NM, J, Q, out_dir="tests/gold/reserved"):
    art = f"tests/articles/allsides/{name}.txt"
    text = open(os.path.join(ROOT, art), encoding="utf-8").read()
    low = text.casefold()
    errs = []
    ents, owner = [], {}
    for e in E:
        nm, role, al = e[0], e[1], list(dict.fromkeys(e[2]))
        d = {"name": nm, "role": role, "aliases": al}
        if len(e) > 3 and e[3] is not None:
            d["coords"] = bool(e[3])
        ents.append(d)
        for a in al:
            if a not in text:
                errs.append(f"alias not verbatim: {a!r}")
            if a in owner:
                errs.append(f"form in two entities: {a!r} ({owner[a]}, {nm})")
            owner[a] = nm
    byname = {d["name"]: d for d in ents}
    for j in J:
        if j.casefold() not in low:
            errs.append(f"junk not in text: {j!r}")
        if j in owner:
            errs.append(f"junk form is an alias: {j!r}")
    nms = []
    for a, b in NM:
        ea, eb = owner.get(a), owner.get(b)
        if not ea or not eb or ea == eb:
            errs.append(f"never-merge pair not two entities: {a!r}/{b!r}")
        if sorted([ea, eb]) in [sorted([owner.get(x), owner.get(y)]) for x, y in nms]:
            errs.append(f"duplicate never-merge pair: {a!r}/{b!r}")
        nms.append([a, b])
    quotes = []
    for item in Q:
        kind, snip, spk = item[:3]
        nth = item[3] if len(item) > 3 else 0   # which printing of a repeated snippet (0 = first), for order only
        if kind not in ("direct", "indirect"):
            errs.append(f"bad kind {kind!r}")
        if snip not in text:
            errs.append(f"snippet not verbatim: {snip!r}")
        words = snip.split()
        if len(words) < 2:
            errs.append(f"one-word snippet: {snip!r}")
        if snip != snip.strip() or (snip[-1:] in ".?!," and not snip.endswith(ABBREV)):
            errs.append(f"snippet ends on a mark or space: {snip!r}")
        if kind == "indirect":
            if re.search(r'["“”]', snip):
                errs.append(f"double mark in reported snippet: {snip!r}")
            if words and words[0].casefold() == "to":
                errs.append(f"reported snippet opens on 'to': {snip!r}")
            if words and words[-1].casefold() in ARTICLES:
                errs.append(f"reported snippet ends on an article: {snip!r}")
        sp = []
        for s in spk:
            if s in byname:
                sp.extend(byname[s]["aliases"])
            else:
                sp.append(s)
        sp = list(dict.fromkeys(sp))
        for s in sp:
            if s.lower() in PRONOUNS and not s.isupper():
                errs.append(f"bare pronoun speaker: {s!r}")
            if s.casefold() not in low:
                errs.append(f"speaker form not in text: {s!r}")
        for d in ents:  # a list naming an entity holds all its aliases
            if any(s in d["aliases"] for s in sp) and not all(a in sp for a in d["aliases"]):
                errs.append(f"speaker list {sp!r} lacks aliases of {d['name']}")
        pos = -1
        for _ in range(nth + 1):
            pos = text.find(snip, pos + 1)
        if pos < 0:
            errs.append(f"snippet printing {nth} not found: {snip!r}")
        quotes.append((pos, len(snip), {"kind": kind, "text": snip, "speaker": sp}))
    # text order; a shorter entry held by a later, longer one of its kind goes after it (lead ruling 1: order only)
    quotes.sort(key=lambda q: q[0])
    out = list(quotes)
    changed = True
    while changed:
        changed = False
        for i in range(len(out) - 1):
            for k in range(i + 1, len(out)):
                a, b = out[i], out[k]
                if (a[2]["kind"] == b[2]["kind"] and a[1] < b[1]
                        and a[2]["text"].casefold() in b[2]["text"].casefold()):
                    out.insert(k, out.pop(i))
                    changed = True
                    break
            if changed:
                break
    gold = {"article": art, "round": ROUND, "entities": ents, "never_merge": nms, "junk": list(J),
            "quotes": [q for _, _, q in out]}
    path = os.path.join(ROOT, out_dir, f"allsides{ROUND}_{name}.json")
    s = dump(gold)
    if dump(json.loads(s)) != s:
        errs.append("not byte-identical on re-dump")
    for e in errs:
        print(f"{name}: {e}", file=sys.stderr)
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)
    return gold, errs


def check_file(path):
    """A written file is byte-identical to a re-dump (indent 1, ensure_ascii=False, final newline)."""
    s = open(path, encoding="utf-8").read()
    d = json.loads(s)
    ok = dump(d) == s and list(d) == ["article", "round", "entities", "never_merge", "junk", "quotes"]
    return ok

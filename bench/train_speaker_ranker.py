"""Train the speaker ranker of store/nlp/speaker_ranker.py on the gold's direct quotes, and evaluate it held out.

    .venv/bin/python -m bench.train_speaker_ranker [--db STORE] [--features CACHE] [--evaluate] [--write]

Every gold file (never tests/gold/reserved/) is ingested into one store, as bench.extraction_quality does (or
--db names one already built); each gold direct quote the program finds gives one ranking example: the candidate
speakers of speaker_ranker.candidates, each labelled right when the scorer would accept it (right_speaker).
--evaluate prints the held-out figures by round and sieve: train on some rounds, rank the quotes of the others;
--write trains on every round and writes store/nlp/speaker_weights.py. Deterministic: Newton's method from zero
weights, a few seconds. --features caches the examples (JSON) so that the learner and the policy can be tried again
in seconds; the ingest of every gold article takes ten minutes and more. (The held-out figures leave out the ranker's
label-line guard, which reads paragraphs the cache does not keep; it only ever withholds a name.)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .extraction_quality import _fold, article_id_of, ingest_all, load_gold, match_quotes, right_speaker

L2 = 0.01
STEPS = 12  # Newton steps: the loss is convex and smooth, a dozen reach its minimum


@dataclass
class Example:
    round: int
    article: str
    sieve: str  # the group of the proposing sieve (speaker_ranker.sieve_group)
    speaker: str | None  # the sieve's pick, as the quote holds it
    speaker_key: str | None
    keys: list[str | None]  # the candidates, the sieve's pick first when it has one
    names: list[str]
    rows: list[dict[str, float]]
    right: list[bool]
    pick_right: bool  # the sieve's own speaker, as the scorer reads it

    def candidates(self) -> list:
        from newsx.store.nlp.speaker_ranker import Candidate

        return [Candidate(k, n, r) for k, n, r in zip(self.keys, self.names, self.rows)]

    def quote(self):
        from newsx.store.records import QuoteRecord

        return QuoteRecord(0, "direct", "", 0, 0, self.speaker, None, self.speaker_key, self.sieve)


def examples(db, golds: list[dict]) -> list[Example]:
    from newsx.store.nlp import speaker_ranker as sr
    from newsx.store.records import EntityRecord, MentionRecord, Paragraph, QuoteRecord

    aliases: dict[int, set[str]] = defaultdict(set)
    for entity_id, alias in db.execute("SELECT entity_id, alias FROM aliases"):
        aliases[entity_id].add(_fold(alias))
    out = []
    for g in golds:
        article_id = article_id_of(db, g["article"])
        paragraphs = [Paragraph(*row) for row in db.execute(
            "SELECT seq, kind, text FROM paragraphs WHERE article_id = ? ORDER BY seq", [article_id])]
        seq_of = dict(db.execute("SELECT id, seq FROM paragraphs WHERE article_id = ?", [article_id]).fetchall())
        mentions = [MentionRecord(seq_of[p], s, e, t, str(k)) for p, s, e, t, k in db.execute(
            "SELECT paragraph_id, start, end, text, entity_id FROM mentions WHERE article_id = ?"
            " ORDER BY paragraph_id, start", [article_id])]
        mentions.sort(key=lambda m: (m.seq, m.start))
        keys = {int(m.entity_key) for m in mentions}
        entities = {str(i): EntityRecord(str(i), n, t, r) for i, n, t, r in db.execute(
            f"SELECT id, name, type, role FROM entities WHERE id IN ({','.join(map(str, keys)) or 'NULL'})")}
        # the scorer's own query and order, so that its matching of gold to predicted quotes is the one scored
        rows = db.execute("SELECT q.kind, q.text, q.speaker, q.speaker_entity_id, q.sieve, q.paragraph_id, q.start,"
                          " q.end, q.cue FROM quotes q WHERE q.article_id = ?", [article_id]).fetchall()
        quotes = [QuoteRecord(seq_of[r[5]], r[0], r[1], r[6], r[7], r[2], r[8], None if r[3] is None else str(r[3]), r[4])
                  for r in rows]
        ordered = sorted(range(len(quotes)), key=lambda i: (quotes[i].seq, quotes[i].start))
        reading = [quotes[i] for i in ordered]
        for gq, i in zip(g["quotes"], match_quotes(g["quotes"], rows)):
            if i is None or gq["kind"] != "direct":
                continue
            q = quotes[i]
            cands = sr.candidates(paragraphs, entities, mentions, reading, ordered.index(i))
            right = [right_speaker(gq, c.name, aliases[int(c.key)] if c.key else set()) for c in cands]
            pick_right = right_speaker(gq, q.speaker, aliases.get(int(q.speaker_key), set()) if q.speaker_key else set())
            out.append(Example(g.get("round", 0), Path(g["article"]).name, sr.sieve_group(q.sieve, q.speaker), q.speaker,
                               q.speaker_key, [c.key for c in cands], [c.name for c in cands], [c.features for c in cands],
                               right, pick_right))
    return out


def _matrix(ex: Example) -> np.ndarray:
    from newsx.store.nlp.speaker_ranker import FEATURES

    return np.array([[row.get(name, 0.0) for name in FEATURES] for row in ex.rows], dtype=float)


def train(exs: list[Example]) -> dict[str, float]:
    """Conditional logit: each quote's candidates compete, the right ones share the mass; L2 on the weights; fitted
    by Newton's method (a few dozen weights: the Hessian is small)."""
    from newsx.store.nlp.speaker_ranker import FEATURES

    usable = [e for e in exs if any(e.right) and len(e.rows) > 1]
    x = np.vstack([_matrix(e) for e in usable]) if usable else np.zeros((0, len(FEATURES)))
    sizes = np.array([len(e.rows) for e in usable], dtype=int)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int)
    group = np.repeat(np.arange(len(usable)), sizes)
    y = np.concatenate([np.array(e.right, dtype=float) / sum(e.right) for e in usable]) if usable else np.zeros(0)
    w = np.zeros(len(FEATURES))
    for _ in range(STEPS if usable else 0):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p /= np.add.reduceat(p, starts)[group]
        expected = np.add.reduceat(x * p[:, None], starts)
        gradient = L2 * w + x.T @ (p - y) / len(usable)
        hessian = L2 * np.eye(len(w)) + ((x * p[:, None]).T @ x - expected.T @ expected) / len(usable)
        w -= np.linalg.solve(hessian, gradient)
    return {name: round(float(v), 4) for name, v in zip(FEATURES, w)}


def _ranker_pick(ex: Example, weights: dict[str, float]):
    """The candidate the shipped policy names for the quote (speaker_ranker.choose), or None."""
    from newsx.store.nlp.speaker_ranker import choose, open_to_ranker

    q = ex.quote()
    return choose(q, ex.candidates(), weights) if open_to_ranker(q) else None


def shipped(ex: Example, weights: dict[str, float]) -> bool:
    """Whether the quote ends with the right speaker under the shipped policy."""
    c = _ranker_pick(ex, weights)
    return ex.pick_right if c is None else ex.right[ex.keys.index(c.key)]


def override(ex: Example, weights: dict[str, float], sieves: set[str], margin: float) -> bool:
    """Whether the quote ends with the right speaker if the ranker may override the sieves named, its top candidate
    beating the sieve's pick by `margin` (the policy tried and refused: see speaker_ranker's docstring)."""
    from newsx.store.nlp.speaker_ranker import Candidate, score

    if ex.sieve not in sieves or not ex.rows:
        return ex.pick_right
    scores = [score(Candidate(None, n, r), weights) for n, r in zip(ex.names, ex.rows)]
    best = max(range(len(scores)), key=scores.__getitem__)
    has_pick = ex.sieve != "no speaker"
    if has_pick and (best == 0 or scores[best] - scores[0] < margin):
        return ex.pick_right
    return ex.right[best]


SPLITS = {
    "train 1-50, test 51-58": (lambda r: r <= 50, lambda r: 51 <= r <= 58),
    "train <=45 + 51-58, test 46-50": (lambda r: r <= 45 or r >= 51, lambda r: 46 <= r <= 50),
}
GROUPS = ("cue after", "cue before", "continued", "cue clause", "other sieve", "no speaker")
# The sieves an override may be tried on, the loosest first (round 58 untouched: their wrong speakers).
OVERRIDABLE = ("cue clause", "continued", "cue before", "cue after")


def evaluate(exs: list[Example], gold_direct: dict[int, int], margins=(0.0, 0.5, 1.0, 2.0)) -> str:
    """Per held-out split: what overriding each sieve would fix and break, the shipped policy by round, and each
    override at each margin on top of it by round."""
    from newsx.store.nlp.thresholds import RANKER_MIN_SHARE

    lines = []
    for split, (train_on, test_on) in SPLITS.items():
        weights = train([e for e in exs if train_on(e.round)])
        test = [e for e in exs if test_on(e.round)]
        lines.append(f"== {split}: {len(test)} direct quotes found held out")
        for group in GROUPS:
            sub = [e for e in test if e.sieve == group]
            if not sub:
                continue
            base = sum(e.pick_right for e in sub)
            cells = " ".join(f"m{m}: {_fixed_broken(sub, weights, {group}, m)}" for m in margins)
            lines.append(f"  {group:14} {len(sub):4} quotes, sieve right {base:4}; ranker fixes/breaks {cells}")
        lines.append(f"  shipped policy (speakerless and he/she quotes, top share >= {RANKER_MIN_SHARE}):")
        total = [0, 0, 0]
        for r in sorted({e.round for e in test}):
            sub = [e for e in test if e.round == r]
            base, after, n = sum(e.pick_right for e in sub), sum(shipped(e, weights) for e in sub), gold_direct[r]
            named = sum(_ranker_pick(e, weights) is not None for e in sub)
            total = [total[0] + base, total[1] + after, total[2] + n]
            lines.append(f"    round {r}: {n} gold direct, {len(sub)} found; right speaker {base / n:.1%} -> {after / n:.1%}"
                         f" ({after - base:+d}; the ranker named {named})")
        lines.append(f"    all: {total[0] / total[2]:.1%} -> {total[1] / total[2]:.1%} ({total[1] - total[0]:+d})")
        lines += _override_lines(test, weights, margins)
        lines.append(f"  weights: {json.dumps(weights)}")
    return "\n".join(lines)


def _override_lines(test: list[Example], weights: dict[str, float], margins) -> list[str]:
    """Each sieve's override at each margin on top of the shipped policy: the quotes it fixes and breaks by round
    (an override is kept only if it gains on both splits and on two rounds, and no round falls)."""
    lines = ["  overrides on top of the shipped policy, by round (+fixed/-broken):"]
    for group in OVERRIDABLE:
        for m in margins:
            cells = []
            for r in sorted({e.round for e in test}):
                sub = [e for e in test if e.round == r]
                after = [policy(e, weights, {group}, m) for e in sub]
                fixed = sum(a and not shipped(e, weights) for a, e in zip(after, sub))
                broken = sum(shipped(e, weights) and not a for a, e in zip(after, sub))
                if fixed or broken:
                    cells.append(f"r{r} +{fixed}/-{broken}")
            lines.append(f"    {group:10} m{m}: {' '.join(cells) or 'no change'}")
    return lines


def policy(ex: Example, weights: dict[str, float], sieves: set[str], margin: float) -> bool:
    """Whether the quote ends with the right speaker under the shipped policy plus an override of `sieves`."""
    from newsx.store.nlp.speaker_ranker import open_to_ranker

    return shipped(ex, weights) if open_to_ranker(ex.quote()) else override(ex, weights, sieves, margin)


def _fixed_broken(exs: list[Example], weights: dict[str, float], sieves: set[str], margin: float) -> str:
    after = [override(e, weights, sieves, margin) for e in exs]
    fixed = sum(a and not e.pick_right for a, e in zip(after, exs))
    broken = sum(e.pick_right and not a for a, e in zip(after, exs))
    return f"+{fixed}/-{broken}"


def weights_module(weights: dict[str, float], quotes: int) -> str:
    lines = [f'"""The speaker ranker\'s weights (store/nlp/speaker_ranker.py), trained on the {quotes} direct quotes the program',
             'finds in gold rounds 1-58 by `python -m bench.train_speaker_ranker --write`; do not edit by hand."""', "",
             "WEIGHTS = {"]
    lines += [f"    {name!r}: {value!r}," for name, value in weights.items()]
    return "\n".join(lines + ["}", ""])


def gold_direct_counts(golds: list[dict]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for g in golds:
        counts[g.get("round", 0)] += sum(q["kind"] == "direct" for q in g["quotes"])
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.train_speaker_ranker", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a store of every gold article already ingested")
    parser.add_argument("--features", type=Path, help="cache of the examples (read when it exists, else written)")
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    golds = [g for g in load_gold() if g.get("round")]
    if args.features and args.features.exists():
        exs = [Example(**e) for e in json.loads(args.features.read_text(encoding="utf-8"))]
    else:
        exs = _examples_of_store(golds, args.db)
        if args.features:
            args.features.write_text(json.dumps([asdict(e) for e in exs]), encoding="utf-8")
    counts = gold_direct_counts(golds)
    if args.evaluate:
        print(evaluate(exs, counts))
    if args.write:
        from newsx.store.nlp.speaker_ranker import WEIGHTS_FILE

        started = time.perf_counter()
        weights = train(exs)
        print(f"trained on {len(exs)} quotes in {time.perf_counter() - started:.0f}s")
        WEIGHTS_FILE.write_text(weights_module(weights, len(exs)), encoding="utf-8")
    return 0


def _examples_of_store(golds: list[dict], db_path: Path | None) -> list[Example]:
    """The examples of a store of every gold article: `db_path` when it exists, else one ingested now (kept at
    `db_path` when named)."""
    from newsx.store import open_db

    with tempfile.TemporaryDirectory() as tmp:
        if db_path is not None and db_path.exists():
            db = open_db(db_path)
        else:
            db = _ingest_without_ranker(golds, db_path or Path(tmp) / "ranker.db")
        try:
            return examples(db, golds)
        finally:
            db.close()


def _ingest_without_ranker(golds: list[dict], path: Path):
    """Ingest every gold article with the ranker left out: the store keeps the sieves' own picks, which the ranker
    learns to weigh (with it in, the quotes it named came back as its own labels, a sieve "other" always right
    in-sample)."""
    from unittest import mock

    from newsx.store.nlp import speaker_ranker

    with mock.patch.object(speaker_ranker, "rerank", lambda *args: None):
        return ingest_all(golds, path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

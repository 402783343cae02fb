"""Quotes the program and the gold disagree on, for named gold files: gold quotes not found,
predictions of that kind no gold quote matches, and (with --speakers) quotes found with a speaker
the gold does not accept; then each round's direct and reported figures.

    .venv/bin/python -m bench.quote_misses tests/gold/bbcnews24_*.json [--kind direct|indirect|both] [--speakers]

Matching and scoring are bench.extraction_quality's own (one store of every named article).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .extraction_quality import _fold, Counts, Score, add_to_pool, article_id_of, ingest_all, load_gold, match_quotes, right_speaker, score_article


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def misses(db, gold: dict, kinds: set[str], speakers: bool) -> list[str]:
    """One line per disagreement on this article's quotes of the kinds asked for."""
    rows = db.execute("SELECT q.kind, q.text, q.speaker, q.speaker_entity_id, q.sieve FROM quotes q"
                      " WHERE q.article_id = ?", [article_id_of(db, gold["article"])]).fetchall()
    aliases: dict[int, set[str]] = {}
    for entity_id, alias in db.execute("SELECT entity_id, alias FROM aliases"):
        aliases.setdefault(entity_id, set()).add(_fold(alias))
    hits = match_quotes(gold["quotes"], rows)
    lines = []
    for g, i in zip(gold["quotes"], hits):
        if g["kind"] not in kinds:
            continue
        if i is None:
            lines.append(f"  MISSED {g['kind']:8} [{'/'.join(g['speaker'][:2])}] {_short(g['text'])}")
        elif speakers and not right_speaker(g, rows[i][2], aliases.get(rows[i][3], set())):
            lines.append(f"  WRONG  {g['kind']:8} {rows[i][2]!r} ({rows[i][4]}) not {'/'.join(g['speaker'][:2])}: {_short(g['text'])}")
    matched = {i for i in hits if i is not None}
    for i, (kind, text, speaker, _, sieve) in enumerate(rows):
        if kind in kinds and i not in matched:
            lines.append(f"  EXTRA  {kind:8} [{speaker} / {sieve}] {_short(text)}")
    return lines


def _cell(c: Counts) -> str:
    return f"{c.recall:6.1%} ({c.hit_gold}/{c.gold}) P {c.precision:.2f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quote_misses", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--kind", choices=("direct", "indirect", "both"), default="direct")
    parser.add_argument("--speakers", action="store_true", help="also list quotes found with a wrong speaker")
    args = parser.parse_args(argv)
    kinds = {"direct", "indirect"} if args.kind == "both" else {args.kind}
    golds = load_gold(args.gold)
    rounds: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = ingest_all(golds, Path(tmp) / "misses.db")
        try:
            for g in golds:
                lines = misses(db, g, kinds, args.speakers)
                if lines:
                    print(Path(g["article"]).name)
                    print("\n".join(lines))
                key = f"round {g['round']}" if "round" in g else "other gold"
                add_to_pool(rounds.setdefault(key, Score(key)), score_article(db, g))
        finally:
            db.close()
    print(f"\n{'':12} {'direct found':>26} {'direct speakers':>26} {'reported found':>26} {'reported speakers':>26}")
    total = Score("all named")
    for key, s in sorted(rounds.items(), key=lambda kv: (kv[0] == "other gold", len(kv[0]), kv[0])):
        add_to_pool(total, s)
        print(f"{key:12} " + " ".join(f"{_cell(c):>26}" for c in (s.direct, s.direct_speakers, s.reported, s.reported_speakers)))
    print(f"{'all named':12} " + " ".join(f"{_cell(c):>26}" for c in (total.direct, total.direct_speakers, total.reported, total.reported_speakers)))
    print(f"quotes P {total.quotes.precision:.3f} R {total.quotes.recall:.3f}; speakers P {total.speakers.precision:.3f} R {total.speakers.recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

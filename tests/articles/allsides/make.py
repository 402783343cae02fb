"""Rebuild the plain-text stories here from the AllSides articles of Baly et al. (EMNLP 2020), "Article-Bias-Prediction".

    git clone https://github.com/ramybaly/Article-Bias-Prediction     # or any copy holding the commit below
    python tests/articles/allsides/make.py Article-Bias-Prediction --list          # every article: ID, source, date, words, marks, said, title
    python tests/articles/allsides/make.py Article-Bias-Prediction NAME=ID ...     # e.g. NAME=C5062z5TkklAU9vR

The source (github ramybaly/Article-Bias-Prediction, commit ced8111a720948e6a410e52031ace99c4e53f096) may be the
repository (a clone or a bare git directory: the files are read as `COMMIT:data/jsons/<ID>.json` with `git cat-file`) or a
folder of the json files (`data/jsons/`, or any folder holding `<ID>.json`); `--list` takes seconds on the folder,
minutes on a repository (37,554 blobs read through git). A story here is the article's `title` as
the first line, then `content_original` (the body as newspaper3k returned it) split on newlines, each line stripped,
empty lines dropped; the lines joined with one blank line between. Nothing else is changed (the words and any
furniture newspaper3k left stay). The counts of --list are of `content_original`: words (whitespace-separated tokens),
double quotation marks (`"`, `\u201c`, `\u201d` each counted), whole-word case-sensitive said/says/told/added.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
SAID = re.compile(r"\b(?:said|says|told|added)\b")


def articles(source: Path, ids: list[str] | None = None) -> dict[str, dict]:
    """ID -> the article's json object (only the given IDs when ids is given)."""
    out = {}
    folder = next((f for f in (source / "data" / "jsons", source) if f.is_dir() and any(f.glob("*.json"))), None)
    if folder is not None:
        paths = [folder / f"{i}.json" for i in ids] if ids else sorted(folder.glob("*.json"))
        for path in paths:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        return out
    git = ["git", "-C", str(source)]
    if ids is None:
        names = subprocess.run(
            git + ["ls-tree", "--name-only", f"{COMMIT}:data/jsons/"], check=True, capture_output=True, text=True
        ).stdout.split()
        ids = [n[: -len(".json")] for n in names if n.endswith(".json")]
    # one `git cat-file --batch` for all of them (a `git show` each is slow for 37,554 files)
    query = "".join(f"{COMMIT}:data/jsons/{i}.json\n" for i in ids).encode()
    raw = subprocess.run(git + ["cat-file", "--batch"], input=query, check=True, capture_output=True).stdout
    at = 0
    for i in ids:
        header_end = raw.index(b"\n", at)
        size = int(raw[at:header_end].split()[2])
        out[i] = json.loads(raw[header_end + 1 : header_end + 1 + size].decode("utf-8"))
        at = header_end + 1 + size + 1
    return out


def story(article: dict) -> list[str]:
    """The title, then the body's lines that hold text, stripped."""
    body = [line.strip() for line in article["content_original"].splitlines() if line.strip()]
    return [article["title"].strip()] + body


def counts(article: dict) -> tuple[int, int, int]:
    body = article["content_original"]
    marks = sum(body.count(c) for c in '"\u201c\u201d')
    return len(body.split()), marks, len(SAID.findall(body))


def main(argv: list[str]) -> None:
    source, *wanted = argv
    if wanted[:1] == ["--list"]:
        for i, article in sorted(articles(Path(source)).items()):
            words, marks, said = counts(article)
            print(f"{i}\t{article['source']}\t{article['date']}\t{words}\t{marks}\t{said}\t{article['title'].strip()}")
        return
    pairs = [item.split("=") for item in wanted]
    found = articles(Path(source), [i for _, i in pairs])
    for name, i in pairs:
        out = HERE / f"{name}.txt"
        out.write_text("\n\n".join(story(found[i])) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent.parent), i)


if __name__ == "__main__":
    main(sys.argv[1:])

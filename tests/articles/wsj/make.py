"""Rebuild the plain-text articles here from the Penn Treebank sample in NLTK's data (treebank.zip).

    python tests/articles/wsj/make.py /path/to/treebank/raw NAME=wsj_NNNN ...

Each story is one `raw/wsj_NNNN` file of the sample (Wall Street Journal, 1989). A raw file opens
with a `.START` line, then holds the story's paragraphs separated by blank lines, one sentence a
line. The source has no headline: the article here is its paragraphs, the first paragraph on the
first line, one paragraph per line with blank lines between, as tests/articles/bbcnews/ holds its
stories (sentences re-joined with a space, runs of spaces made one). The words, spellings and
punctuation are the file's, its tokenizer's traces included (`Co. 's`, `` `Cosby' ``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def story(raw: str) -> str:
    lines = raw.splitlines()
    if lines and lines[0].strip() == ".START":
        lines = lines[1:]
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", "\n".join(lines))]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def main(folder: Path, wanted: list[str]) -> None:
    for item in wanted:
        name, source = item.split("=")
        text = story((folder / source).read_text(encoding="latin-1"))
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, source, text.splitlines()[0][:70])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

"""Rebuild the plain-text articles here from the ABC corpus in NLTK's data (abc.zip).

    python tests/articles/abc/make.py /path/to/abc NAME=rural:N NAME=science:N ...

The folder is the unzipped `abc.zip` (`rural.txt`, `science.txt`: Australian Broadcasting Commission, 2006). Each
file is running text of many stories, one paragraph a line (most paragraphs one sentence), the stories separated by
a blank line (`science.txt` has CRLF line ends and some lines end in spaces). `rural:N` is the N-th story block of
`rural.txt` (counted from 0, empty blocks skipped): its first line is the story's headline; a rural story with
crossheads runs on over further blocks (`Email questions`, `Support`, ...), and none of those is used here.
`science.txt` has no headlines: its block's first line is the picture caption or standfirst the ABC's page showed,
kept as the article's first line. The article is the block's lines, one paragraph a line with blank lines between
(runs of spaces made one, spaces at the ends dropped). Words, spellings and punctuation are the corpus's
(`Hales` beside `Hale`, `Buford` beside `Bruford`, `Soufri&egrave;re`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def blocks(raw: str) -> list[str]:
    raw = raw.replace("\r\n", "\n")
    return [b for b in re.split(r"\n[ \t]*\n", raw) if b.strip()]


def story(block: str) -> str:
    paragraphs = [" ".join(line.split()) for line in block.split("\n")]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def main(folder: Path, wanted: list[str]) -> None:
    cache: dict[str, list[str]] = {}
    for item in wanted:
        name, source = item.split("=")
        part, index = source.split(":")
        if part not in cache:
            cache[part] = blocks((folder / f"{part}.txt").read_text(encoding="latin-1"))
        text = story(cache[part][int(index)])
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, source, text.splitlines()[0][:70])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

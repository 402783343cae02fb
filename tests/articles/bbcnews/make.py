"""Rebuild the plain-text articles here from the BBC News dataset of Greene and Cunningham (2006).

    python tests/articles/bbcnews/make.py /path/to/bbc NAME=SECTION/NUMBER ...

The path is the dataset's `bbc/` folder (one folder per section, `NNN.txt` in each). A story there
is its headline, a blank line, then its paragraphs; each article here is that headline as the first
line, then one paragraph per line, blank lines between, as tests/articles/aeb/ holds the aeb pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_story(path: Path) -> str:
    """Copies of the dataset differ in encoding: UTF-8 in some, Latin-1 in others (the pound sign)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def main(folder: Path, wanted: list[str]) -> None:
    for item in wanted:
        name, story = item.split("=")
        lines = [" ".join(line.split()) for line in read_story(folder / f"{story}.txt").splitlines()]
        text = "\n\n".join(line for line in lines if line) + "\n"
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, story, lines[0])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

"""Rebuild the plain-text articles here from the Reuters-21578 collection (Distribution 1.0).

    python tests/articles/reuterswire/make.py /path/to/folder/with/reut2-NNN.sgm NAME=NEWID ...

Each story is the `<REUTERS NEWID="...">` record of that id in the collection's `reut2-NNN.sgm`
files. The article here is its `<TITLE>` as the first line, then its `<DATELINE>` opening the body,
one paragraph per line with blank lines between, as tests/articles/bbcnews/ holds its stories. The
wire's paragraphs are the body's lines indented by spaces; its lines are re-joined with a space. The
SGML's character entities are decoded (`&lt;` to `<`), its control characters dropped, and the
closing `Reuter` (or `REUTER`) sign-off line is left off; the words are otherwise as the wire sent them.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORD = re.compile(r'<REUTERS [^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def field(record: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return found.group(1) if found else ""


def records(folder: Path) -> dict[str, str]:
    """The collection's files are Latin-1 (a few bytes above ASCII in 21,578 stories)."""
    by_id = {}
    for path in sorted(folder.glob("reut2-[0-9][0-9][0-9].sgm")):
        for found in RECORD.finditer(path.read_text(encoding="latin-1")):
            by_id[found.group(1)] = found.group(2)
    return by_id


def clean(text: str) -> str:
    text = html.unescape(text)
    return "".join(ch for ch in text if ch in "\n" or ch >= " ")


def story(record: str) -> str:
    title = " ".join(clean(field(record, "TITLE")).split())
    dateline = " ".join(clean(field(record, "DATELINE")).split())
    lines = clean(field(record, "BODY")).splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].strip().casefold() == "reuter":
        lines.pop()
    paragraphs: list[list[str]] = [[dateline]] if dateline else [[]]
    for line in lines:
        if line.startswith(" ") and any(paragraphs[-1]):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    body = [" ".join(" ".join(p).split()) for p in paragraphs]
    return "\n\n".join([title, *(p for p in body if p)]) + "\n"


def main(folder: Path, wanted: list[str]) -> None:
    by_id = records(folder)
    for item in wanted:
        name, newid = item.split("=")
        text = story(by_id[newid])
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, newid, text.splitlines()[0])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

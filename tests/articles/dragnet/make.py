"""Rebuild the plain-text stories here from Moz's Dragnet data (hand-corrected article text of 2012 web pages).

    git clone https://github.com/seomoz/dragnet_data          # or any copy holding the commit below
    python tests/articles/dragnet/make.py dragnet_data/dragnet_Corrected.tar.gz --list   # every page: X, words, marks, said, first line
    python tests/articles/dragnet/make.py dragnet_data/dragnet_Corrected.tar.gz NAME=X ...  # e.g. NAME=R797

The source (github seomoz/dragnet_data, commit 95559bee8812387d8e2cca2e8090004319ab9602) may be the tarball
`dragnet_Corrected.tar.gz` or the folder it unpacks to (`Corrected/` or its parent). `Corrected/<X>.html.corrected.txt`
is the text a person kept from page X; before the line `!@#$%^&*()  COMMENTS` is the main article, after it the
comments. A story here is the main part only: each line stripped, empty lines dropped, the lines joined with one blank
line between. Nothing else is changed (the page's first line, whatever it is, stays first; its furniture stays).
The files are decoded as UTF-16 when they carry its byte-order mark, else UTF-8, else Windows-1252.
"""

from __future__ import annotations

import re
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "95559bee8812387d8e2cca2e8090004319ab9602"
MARKER = "!@#$%^&*()  COMMENTS"
SUFFIX = ".html.corrected.txt"
SAID = re.compile(r"\b(?:said|says|told|added)\b")


def decode(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def pages(source: Path) -> dict[str, bytes]:
    """X -> the raw bytes of Corrected/X.html.corrected.txt."""
    out = {}
    if source.is_file():
        with tarfile.open(source) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(SUFFIX):
                    out[Path(member.name).name[: -len(SUFFIX)]] = tar.extractfile(member).read()
    else:
        folder = source / "Corrected" if (source / "Corrected").is_dir() else source
        for path in folder.glob("*" + SUFFIX):
            out[path.name[: -len(SUFFIX)]] = path.read_bytes()
    return out


def story(raw: bytes) -> list[str]:
    """The main part's lines that hold text, stripped."""
    text = decode(raw).split(MARKER)[0]
    return [line.strip() for line in text.splitlines() if line.strip()]


def counts(lines: list[str]) -> tuple[int, int, int]:
    body = "\n".join(lines)
    marks = sum(body.count(c) for c in '"\u201c\u201d')
    return len(body.split()), marks, len(SAID.findall(body))


def main(argv: list[str]) -> None:
    source, *wanted = argv
    found = pages(Path(source))
    if wanted[:1] == ["--list"]:
        for x in sorted(found):
            lines = story(found[x])
            words, marks, said = counts(lines)
            print(f"{x}\t{words}\t{marks}\t{said}\t{lines[0] if lines else ''}")
        return
    for item in wanted:
        name, x = item.split("=")
        lines = story(found[x])
        out = HERE / f"{name}.txt"
        out.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent.parent), x)


if __name__ == "__main__":
    main(sys.argv[1:])

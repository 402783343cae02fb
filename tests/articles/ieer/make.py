"""Rebuild the plain-text stories of nytwire/ and apwire/ from the NIST 1999 IE-ER newswire sample (NLTK's `ieer`).

    git -C /path/to/nltk_data show 5db857e6f7df11eabb5e5665836db9ec8df07e28:packages/corpora/ieer.zip > ieer.zip
    unzip ieer.zip                                                 # a folder ieer/ of six files
    python tests/articles/ieer/make.py ieer NAME=DOCNO ...        # e.g. annan_africa_debate=APW19980424.0864
    python tests/articles/ieer/make.py ieer --list                # every story: DOCNO, words, marks, headline

The sample (github nltk/nltk_data, commit 5db857e6f7df11eabb5e5665836db9ec8df07e28, `packages/corpora/ieer.zip`,
166,156 bytes) holds 94 stories of March and April 1998: 51 of The New York Times News Service (DOCNO `NYT...`) and
43 of the Associated Press (`APW...`), as the wires sent them, with the evaluation's entity, time and number marks
(`<b_enamex type="PERSON">Annan<e_enamex>`) written into the text. Only the text is used; the marks are taken out,
never read.

Each story here is its headline, then its body's paragraphs, a blank line between. A paragraph begins where the wire
indents a line; its lines are joined by a space. The wire's ASCII quotation marks are written as the marks they
stand for (```` `` ```` and `''` as “ and ”, a lone ` as ‘, `'''` as ’”), its SGML `&AMP;` as `&` (its typesetting codes
`&UR;` and `&LR;` left out); the editors' notes between `<ANNOTATION>` marks
(`(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)`) are left out, as a reader never sees them. Nothing else is
changed: the AP's ` _ ` dashes, its datelines (`UNITED NATIONS (AP) _`) and the wires' spellings are kept.
A story goes to `nytwire/` or `apwire/` by its DOCNO.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER_OF_SERVICE = {"NYT": "nytwire", "APW": "apwire"}

DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
MARK = re.compile(r"<[be]_(?:enamex|timex|numex)[^>]*>")
# the wire's SGML: `&AMP;` is an ampersand; `&UR;` and `&LR;` are typesetting codes around an editor's line
ENTITIES = {"&AMP;": "&", "&UR;": "", "&LR;": ""}
ANNOTATION = re.compile(r"<ANNOTATION>.*?</ANNOTATION>", re.S)


def field(doc: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return m.group(1) if m else ""


def as_written(text: str) -> str:
    """The wire's ASCII marks and SGML entities as the characters they stand for."""
    for entity, char in ENTITIES.items():
        text = text.replace(entity, char)
    # `'''` closes a single quotation, then the double one round it
    return text.replace("'''", "’”").replace("``", "“").replace("''", "”").replace("`", "‘")


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: a line the wire indents opens one, the lines after it run on."""
    paras: list[list[str]] = []
    for line in ANNOTATION.sub("", body).splitlines():
        if not line.strip():
            continue
        if line[:1] in "\t " or not paras:
            paras.append([])
        paras[-1].append(line.strip())
    return [as_written(" ".join(p)) for p in paras]


def stories(folder: Path) -> dict[str, tuple[str, list[str]]]:
    """DOCNO -> (headline, paragraphs), every story of the sample's six files."""
    found = {}
    for path in sorted(folder.iterdir()):
        if path.name == "README":
            continue
        for doc in DOC.findall(path.read_text(encoding="latin-1")):
            doc = MARK.sub("", doc)
            docno = field(doc, "DOCNO").strip()
            headline = " ".join(as_written(field(doc, "HEADLINE")).split())
            found[docno] = (headline, paragraphs(field(doc, "TEXT")))
    return found


def main(argv: list[str]) -> None:
    folder, *wanted = argv
    found = stories(Path(folder))
    if wanted == ["--list"]:
        for docno, (headline, paras) in found.items():
            text = " ".join(paras)
            print(f"{docno}\t{len(text.split())}\t{text.count('“')}\t{headline}")
        return
    for item in wanted:
        name, docno = item.split("=")
        headline, paras = found[docno]
        out = HERE / FOLDER_OF_SERVICE[docno[:3]] / f"{name}.txt"
        out.parent.mkdir(exist_ok=True)
        out.write_text("\n\n".join([headline, *paras]) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main(sys.argv[1:])

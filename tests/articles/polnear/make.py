"""Rebuild the plain-text stories of polnear/<publisher>/ from PolNeAR, the Political News Attribution Relations corpus.

    git clone https://github.com/networkdynamics/PolNeAR          # or any copy holding the commit below
    python tests/articles/polnear/make.py PolNeAR --list test      # every story of a split: file, words, marks, headline
    python tests/articles/polnear/make.py PolNeAR NAME=SPLIT/FILE   # e.g. obama_putin_model=test/breitbart_2016-10-18_obama-says-trump-modeling-polici.txt

PolNeAR (github networkdynamics/PolNeAR, commit c3eee833c035bf7b8c84f55b58c0bf7346cfae76, May 2018; Newell, Margolin
and Ruths, LREC 2018) holds 1,028 articles of the 2016 US election campaign (November 2015 to November 2016) from
seven national publishers, `breitbart`, `huff-post`, `nyt`, `politico`, `usa-today`, `wash-post` and `west-journal`,
split into `train`, `dev` and `test`. Only `data/<split>/text/*.txt` is read, never the corpus's attribution
annotations: the gold here is written by reading the text.

Each text there is the article as the corpus scraped it: the headline (with a full stop the corpus adds), then one
paragraph per line, some with a blank line between. Each story here is the same lines, one paragraph each, a blank
line between; a line's runs of spaces are closed up and its ends trimmed. Nothing else is changed: the page
furniture the scrape kept (`ABSTRACT.`, `FULL TEXT.`, `Read the rest here.`, a video's caption) stays, as a reader of
a saved page meets it. A story goes to the folder of its publisher.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
SPACES = re.compile(r"[ \t\u00a0]+")


def read(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{COMMIT}:{path}"], check=True, capture_output=True
    ).stdout.decode("utf-8")


def story(text: str) -> list[str]:
    """The headline, then the body's paragraphs: every line that holds text."""
    return [SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip()]


def listing(repo: Path, split: str) -> None:
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", f"{COMMIT}:data/{split}/text/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in names:
        headline, *paras = story(read(repo, f"data/{split}/text/{name}"))
        body = " ".join(paras)
        # some NYT pages write both marks as two apostrophes (''...''), as its archive does
        marks = body.count("“") + body.count('"') // 2 + body.count("''") // 2
        print(f"{split}/{name}\t{len(body.split())}\t{marks}\t{headline}")


def main(argv: list[str]) -> None:
    repo, *wanted = argv
    if wanted[:1] == ["--list"]:
        listing(Path(repo), wanted[1])
        return
    for item in wanted:
        name, source = item.split("=")
        split, file = source.split("/")
        lines = story(read(Path(repo), f"data/{split}/text/{file}"))
        out = HERE / file.split("_")[0] / f"{name}.txt"
        out.parent.mkdir(exist_ok=True)
        out.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main(sys.argv[1:])

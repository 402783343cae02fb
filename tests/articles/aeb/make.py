"""Rebuild the plain-text articles here from scrapinghub/article-extraction-benchmark.

    python tests/articles/aeb/make.py /path/to/article-extraction-benchmark NAME=HASHPREFIX ...

Each article is the page's og:title (or <title>) as the first line, then the benchmark's
ground-truth body (`articleBody`), one paragraph per line, blank lines between: plain-text
input, so the scores do not depend on the HTML reader.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def title_of(page: str) -> str:
    for pattern in (r'<meta[^>]+property="og:title"[^>]+content="([^"]*)"', r"<title[^>]*>(.*?)</title>"):
        m = re.search(pattern, page, re.S | re.I)
        if m:
            return " ".join(html.unescape(m.group(1)).split())
    return ""


def main(repo: Path, wanted: list[str]) -> None:
    truth = json.loads((repo / "ground-truth.json").read_text(encoding="utf-8"))
    for item in wanted:
        name, prefix = item.split("=")
        (key,) = [k for k in truth if k.startswith(prefix)]
        page = gzip.open(repo / "html" / f"{key}.html.gz").read().decode("utf-8", "replace")
        body = [" ".join(line.split()) for line in truth[key]["articleBody"].splitlines()]
        text = "\n\n".join([title_of(page), *[b for b in body if b]]) + "\n"
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, key, truth[key]["url"])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

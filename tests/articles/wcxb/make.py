"""Rebuild the plain-text articles here from Murrough-Foley/web-content-extraction-benchmark (WCXB).

    python tests/articles/wcxb/make.py /path/to/web-content-extraction-benchmark NAME=FILEID ...

Each article is the page's og:title (or <title>) as the first line, then WCXB's ground-truth
`main_content`, one paragraph per line, blank lines between: plain-text input, as
tests/articles/aeb/make.py writes the aeb pages, so the scores do not depend on the HTML reader.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _aeb_make():
    """aeb's make.py, whose title rule these pages share (both are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("aeb_make", HERE.parent / "aeb" / "make.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


title_of = _aeb_make().title_of


def main(repo: Path, wanted: list[str]) -> None:
    for item in wanted:
        name, file_id = item.split("=")
        (truth_path,) = [p for p in repo.glob(f"*/ground-truth/{file_id}.json") if p.parts[-3] == "dev"] or list(
            repo.glob(f"*/ground-truth/{file_id}.json")
        )
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        page = gzip.open(truth_path.parents[1] / "html" / f"{file_id}.html.gz").read().decode("utf-8", "replace")
        body = [" ".join(line.split()) for line in truth["ground_truth"]["main_content"].splitlines()]
        text = "\n\n".join([title_of(page), *[b for b in body if b]]) + "\n"
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, truth_path.parts[-3], file_id, truth["url"])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

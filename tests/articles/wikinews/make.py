"""Rebuild the plain-text articles here from the English Wikinews articles of the WikinewsSum code repository.

    git -C /path/to/WikinewsSum show 1d985031625909c908766812e8a18d0c88116ec8:endataset.json > endataset.json
    python tests/articles/wikinews/make.py endataset.json NAME=LINE ...

`endataset.json` (github airKlizz/WikinewsSum, commit 1d985031625909c908766812e8a18d0c88116ec8; removed from the
repository in later commits) holds one English Wikinews article a line, as JSON: its title, its wikitext as a list
of paragraphs, its categories and its sources. LINE is the article's line number in that file, counted from 0.
Each article here is the title as the first line, then one paragraph per line, blank lines between, as the BBC
articles in tests/articles/bbcnews/ are: the wikitext's links are replaced by their words, its templates (date,
publish, archive, have-your-say, licence), images, interlanguage links, bold and italic marks dropped, and the
HTML entities made characters; a dateline alone, a table, an HTML comment, a related-story link and a
horizontal rule left in the text are dropped (`_furniture`); nothing else is changed.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _link(match: re.Match) -> str:
    """[[Target|Words]] or [[Target]]; a file, an image or an interlanguage link is dropped."""
    parts = match.group(1).split("|")
    target = parts[0].strip()
    if re.match(r"(?i)(file|image|category):", target) or re.match(r"^[a-z]{2,3}(-[a-z]+)?:", target):
        return ""
    words = parts[-1] if len(parts) > 1 else target
    return re.sub(r"^w:", "", words)


def _template(match: re.Match) -> str:
    """{{w|Target|Words}} or {{w|Target}} gives its words; any other template is page furniture."""
    parts = match.group(1).split("|")
    if parts[0].strip() == "w" and len(parts) > 1:
        return parts[-1]
    return ""


def plain(wikitext: str) -> str:
    text = re.sub(r"\[\[((?:[^\[\]]|\[\[[^\]]*\]\])*)\]\]", lambda m: "" if re.match(r"(?i)(file|image):", m.group(1)) else m.group(0), wikitext)
    text = re.sub(r"\{\{([^{}]*)\}\}", _template, text)
    text = re.sub(r"\{[a-z]+\}\}", "", text)  # '{publish}}', '{archive}}': templates broken in the file
    text = re.sub(r"\[\[([^\[\]]*)\]\]", _link, text)
    text = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", text)
    text = re.sub(r"<br\s*/?>", "", text)
    text = re.sub(r"'''?", "", text)
    return html.unescape(text)


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _furniture(line: str) -> bool:
    """A dateline alone ('December 27, 2004'), a table or an HTML comment whose first character the file lost
    ('{| border', '!-- Instructions ...'), a related-story link whose first bracket it lost ('[Title]] (date)'),
    or a horizontal rule ('---')."""
    return bool(
        re.fullmatch(rf"(?:{MONTHS})(?: \d{{1,2}})?,? ?(?:\d{{4}})?", line)
        or line.startswith(("{|", "!--", "["))
        or re.fullmatch(r"-{3,}", line)  # a horizontal rule ('---' before the archive templates)
    )


def paragraphs(article: dict) -> list[str]:
    out = []
    for block in article["text"]:
        for line in plain(block).splitlines():
            line = " ".join(line.lstrip(":").split())
            if line and not _furniture(line):
                out.append(line)
    return out


def main(dataset: Path, wanted: list[str]) -> None:
    lines = dataset.read_text(encoding="utf-8").splitlines()
    for item in wanted:
        name, number = item.split("=")
        article = json.loads(lines[int(number)])
        text = "\n\n".join([article["title"], *paragraphs(article)]) + "\n"
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, number, article["title"])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])

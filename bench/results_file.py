"""RESULTS.md is part generated, part written by hand: a run rewrites each section's generated part and keeps the
`###` subsections written under it by hand (the by-hand history is the only record of figures taken on branches)."""

from __future__ import annotations

import re

_SECTION = re.compile(r"^## .*$", flags=re.M)
_BY_HAND = re.compile(r"^### ", flags=re.M)


def sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first `## ` heading, then each section as (heading line, whole section text)."""
    starts = [m.start() for m in _SECTION.finditer(text)]
    head = text[: starts[0]] if starts else text
    bounds = zip(starts, starts[1:] + [len(text)])
    return head, [(text[a:b].split("\n", 1)[0], text[a:b]) for a, b in bounds]


def by_hand(section: str) -> str:
    """The subsections written by hand under a section's generated part, or ''."""
    found = _BY_HAND.search(section)
    return section[found.start():] if found else ""


def merge(old: str, new: str) -> str:
    """`new` (generated) with every `### ` subsection of `old` under the section of the same heading; a section of
    `old` that `new` does not generate (a --quick run writes fewer) stays whole, at the end, and one that `new`
    already gives with subsections (copied from `old`) is taken as it is."""
    _, old_sections = sections(old)
    kept = {heading: by_hand(text) for heading, text in old_sections}
    head, new_sections = sections(new)
    out = [head]
    for heading, text in new_sections:
        extra = "" if by_hand(text) else kept.get(heading, "")
        out.append(text.rstrip("\n") + "\n\n" + extra.rstrip("\n") + "\n\n" if extra else text)
    generated = {heading for heading, _ in new_sections}
    out += [text for heading, text in old_sections if heading not in generated]
    return "".join(out).rstrip("\n") + "\n"

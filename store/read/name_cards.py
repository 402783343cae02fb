"""Hover cards a page prints after a person's name, taken out of the sentence they interrupt.

Some sites (The Hill, among the pages of the AllSides corpus) follow each politician's name with a
card that a text extractor keeps inline: the full name, glued to the headlines of three other
stories, then `MORE`:

    GOP Rep. Justin Amash Justin AmashTrump allies assail impeachment ... MORE, another Meadows ally

Left in, the card's headlines read as the story's names and statements, and the sentence that names
a speaker is broken apart from its cue. The card is known by its shape alone: a name written twice,
the second time in full (middle names added), then text up to a capitalised `MORE`. The name as the
story wrote it stays; the full article text is stored apart, so the card is not lost.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][\w.'\u2019\-]*"
# A card's full name may hold a nickname in brackets: "Addison (Mitch) Mitchell McConnell".
_CARD_WORD = rf"(?:{_WORD}|\({_WORD}\))"
_MORE = re.compile(r"(?<=[\w.,;:!?'\u2019\"\u201d)]) MORE\b(?![\w\-])")
# The name as written, ending on its surname, then the card's full name ending on the same surname
# (glued to the first headline on most pages, so no word boundary is asked after it).
# Looked for at every start (a lookahead), as "Charles Schumer Charles (Chuck) Ellis Schumer" also holds "Schumer
# Charles" after a "Charles": the card's full name is the one that ends last, where its headlines begin.
_NAME_TWICE = re.compile(
    rf"(?=\b(?:{_WORD} ){{0,3}}(?P<surname>[A-Z][\w'\u2019\-]+) (?P<full>(?:{_CARD_WORD} ){{1,4}}(?P=surname)))"
)
# A card holds three headlines; a longer run is prose that happens to repeat a name.
_MAX_CARD = 600


def without_name_cards(block: str) -> str:
    """`block` with every hover card after a name removed, the name kept."""
    start = 0
    out: list[str] = []
    for more in _MORE.finditer(block):
        if more.start() < start:
            continue
        window_start = max(start, more.start() - _MAX_CARD)
        names = [m for m in _NAME_TWICE.finditer(block, window_start, more.start()) if m.end("full") <= more.start()]
        if not names:
            continue
        card_start = max(names, key=lambda m: (m.end("full"), -m.start())).start("full") - 1  # with the space before it
        out.append(block[start:card_start])
        start = more.end()
    if not out:
        return block
    out.append(block[start:])
    return "".join(out)

"""A direct quote's words apart from the words it quotes in turn.

A speaker who quotes someone inside their own quote ('"It's a fun holiday for people: 'Let's party.' It's an extra day
off from work," said Carol Resh', '"... you know, 'I'm going to vote for Obama.' There's a change," Steel said') says the
words around the inner quote; the inner quote is another's words, or a phrase held up as one. quotes.py finds the outer
quote whole; split_at_nested gives its words before and after each inner quote as quotes of their own, with its speaker.

An inner quote closed on its own stop or comma ('Let's party.', 'Who appointed him?', 'under the bus.') is a sentence or
a clause set apart; a phrase in marks that runs on into the sentence ('the "fundamental" right', a title) is part of the
speaker's words and stays inside them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import QuoteRecord

# An inner quote in single or double marks set apart from the speaker's sentence (after a comma, a colon, a dash or a
# stop: 'for people: 'Let's party.'', not 'her team 'were extremely careless ...'', a phrase the sentence runs on into)
# whose words close on a stop, a question, an exclamation or a comma. A
# straight single mark opens only after a space or a mark and closes only before one, so an apostrophe ("players'
# union", "'90s") is none, nor is one inside a word of the inner quote ('Let's party.').
_INNER = re.compile(
    r"(?:(?<=^)|(?<=[,:;.?!(\u2014\u2013] )|(?<=[:(\u2014\u2013]))(?:\u2018(?:[^\u2018\u2019\n]|\u2019(?=\w))*?[.?!,]\u2019"
    r"|'(?:[^'\n]|'(?=\w))*?[.?!,]'(?=[\s,.;:?!)\u2014\u2013-]|$)"
    r"|\u201c[^\u201c\u201d]*?[.?!,]\u201d|\"[^\"\n]*?[.?!,]\")"
)
# What joins a piece of the speaker's words to the inner quote, left off the piece: 'for people: ', ', you know, '.
_JOINERS = " \t,;:\u2014\u2013-"


def split_at_nested(out: list[QuoteRecord]) -> list[QuoteRecord]:
    """Each direct quote that holds an inner quote followed by more of its own words, as its pieces before and after
    each inner quote (a piece with no word of its own is left out); other quotes as they are."""
    result = []
    for q in out:
        inner = list(_INNER.finditer(q.text)) if q.kind == "direct" else []
        if not inner or not re.search(r"\w", q.text[inner[-1].end() :]):
            result.append(q)
            continue
        bounds = [0] + [b for m in inner for b in (m.start(), m.end())] + [len(q.text)]
        for start, end in zip(bounds[::2], bounds[1::2]):
            piece = q.text[start:end]
            left, right = len(piece) - len(piece.lstrip(_JOINERS)), len(piece.rstrip(_JOINERS))
            if right > left and re.search(r"\w", piece):
                result.append(replace(q, text=piece[left:right], start=q.start + start + left, end=q.start + start + right))
    return result

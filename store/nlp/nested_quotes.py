"""A direct quote's words apart from the words it quotes in turn.

A speaker who quotes someone inside their own quote ('"It's a fun holiday for people: 'Let's party.' It's an extra day
off from work," said Carol Resh', '"... you know, 'I'm going to vote for Obama.' There's a change," Steel said') says the
words around the inner quote; the inner quote is another's words, or a phrase held up as one. quotes.py finds the outer
quote whole; split_at_nested gives its words before and after each inner quote as quotes of their own, with its speaker.

An inner quote closed on its own stop or comma ('Let's party.', 'Who appointed him?', 'under the bus.') is a sentence or
a clause set apart; a phrase in double marks that runs on into the sentence ('the "fundamental" right', a title) is part
of the speaker's words and stays inside them. Words in single marks inside a double-marked quote are relayed
words even when the sentence runs on through them ('"The deep pockets of the big abortion industry may feel 'burdened' as
a result of this compassionate law"', '"It's two words, it begins with 'F' and it ends with 'you.'"'): the quote stays
whole, and its words after each such phrase are a quote of their own too, of two words or more (the gold's parts around
single marks since round 81's lead ruling 2; older gold keeps the whole, or the part before).
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
# Words in single marks that the quote's sentence runs on through ('may feel 'burdened' as a result', 'a 'clean' spending
# bill', 'the campaign ‘I’m With Her’ just didn’t'): a curly opening mark, or a straight one after a space, a dash or an
# opening bracket and before a word, closed by a mark no letter follows (an apostrophe, "players' union", "don't", "'90s
# kids", opens or closes none: a letter stands on its other side).
_RUN_ON_INNER = re.compile(
    r"\u2018(?:[^\u2018\u2019\n]|\u2019(?=\w))+?\u2019(?!\w)"
    r"|(?:(?<=^)|(?<=[\s(\u2014\u2013]))'(?=\w)(?:[^'\n]|'(?=\w))+?(?<=[\w.?!,])'(?!\w)"
)
# What joins a piece of the speaker's words to the inner quote, left off the piece: 'for people: ', ', you know, '.
_JOINERS = " \t,;:\u2014\u2013-"


def split_at_nested(out: list[QuoteRecord]) -> list[QuoteRecord]:
    """Each direct quote that holds an inner quote set apart and followed by more of its own words, as its pieces before
    and after each inner quote (a piece with no word of its own is left out); other quotes as they are. Each quote or
    piece is followed by its parts after words it relays in single marks that its sentence runs on through."""
    result = []
    for q in out:
        for piece in _cut_at_set_apart(q):
            result.append(piece)
            result.extend(_parts_after_relayed_words(piece))
    return result


def _cut_at_set_apart(q: QuoteRecord) -> list[QuoteRecord]:
    inner = list(_INNER.finditer(q.text)) if q.kind == "direct" else []
    if not inner or not re.search(r"\w", q.text[inner[-1].end() :]):
        return [q]
    pieces = []
    bounds = [0] + [b for m in inner for b in (m.start(), m.end())] + [len(q.text)]
    for start, end in zip(bounds[::2], bounds[1::2]):
        if (piece := _piece(q, start, end)) is not None:
            pieces.append(piece)
    return pieces


def _parts_after_relayed_words(q: QuoteRecord) -> list[QuoteRecord]:
    """The words after each phrase in single marks that the quote's sentence runs on through, up to the next such
    phrase, as quotes of their own beside the whole ('"... may feel 'burdened' as a result of this compassionate law
    ..."' gives 'as a result of this compassionate law ...'), each of two words or more. The whole stays: its sentence
    runs on through the phrase, and it holds the words before it."""
    if q.kind != "direct":
        return []
    apart = [(m.start(), m.end()) for m in _INNER.finditer(q.text)]
    relayed = [m for m in _RUN_ON_INNER.finditer(q.text) if not any(s < m.end() and m.start() < e for s, e in apart)]
    ends = [m.start() for m in relayed[1:]] + [len(q.text)]
    parts = [_piece(q, m.end(), end) for m, end in zip(relayed, ends)]
    return [part for part in parts if part is not None and len(part.text.split()) >= 2]


def _piece(q: QuoteRecord, start: int, end: int) -> QuoteRecord | None:
    """The quote's words between `start` and `end` without what joins them to an inner quote, None if they hold no word."""
    piece = q.text[start:end]
    left, right = len(piece) - len(piece.lstrip(_JOINERS)), len(piece.rstrip(_JOINERS))
    if right <= left or not re.search(r"\w", piece):
        return None
    return replace(q, text=piece[left:right], start=q.start + start + left, end=q.start + start + right)

"""Label lines: a page's line naming who speaks in the quote paragraphs after it.

A round-up of voices writes each speaker's name on a line of its own, then their role or body, ending
in a colon, and the speaker's words in the paragraphs below it::

    Uli Lorimer, Director of Horticulture at Native Plant Trust:

    "December is a time of reflection ..."

Two readers need to know such a line, and they must agree on it, so it is defined here once: the
extraction (store/nlp/extract.py) sends it to the model though it is written in title case, so its
names become entities, and the quote sieve "label line" (store/nlp/quotes.py) gives the quote
paragraphs after it to the name it opens on. This module imports no other part of store/nlp but the
thresholds, so both can import it without a cycle.
"""

from __future__ import annotations

import re

from ..names import NAME_PARTICLES
from . import thresholds as T

_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# The leading name: two to four capitalised words, initials and particles between them ("Kelly D. Norris",
# "Edwina von Gal"); then what the line goes on with, the person's role or body (", Director of ...", " of
# Refugia") or a second person (" and Nadia Roe"), and the colon ending the line. A name alone before the colon
# ("Winter Tips:") is no label line: nothing tells it from a subhead in title case.
_LABEL_LINE = re.compile(
    rf"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:(?:{_PARTICLE})\s+)?(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){{1,3}})"
    r"(?:,\s|\s+(?:and|of|from)\s+(?:the\s+)?[A-Z])[^:\n]*:"
)


def label_line_name(text: str) -> str | None:
    """The name a label line opens on, None when the text is no label line: 'Uli Lorimer' of "Uli Lorimer,
    Director of Horticulture at Native Plant Trust:", 'Jo Lee' of "Jo Lee and Ann Roe of Refugia:" (the first of
    two speaking as one). It is only the line's shape: whether the name is a person's or an office's ("Head
    Gardener, Rosehill Trust:") is for the reader to tell."""
    text = text.strip()
    if len(text.split()) > T.LABEL_LINE_MAX_WORDS:
        return None  # a sentence that ends on a colon, no label
    m = _LABEL_LINE.fullmatch(text)
    return m["name"] if m else None

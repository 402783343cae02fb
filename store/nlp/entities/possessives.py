"""Names whose last word ends in "'s" of their own ("Moody's", "Standard & Poor's"), which clean_span cut as
a possessive."""

from __future__ import annotations

import re
from dataclasses import replace

from ...names import APOSTROPHE_S
from .base import _Mention, _whole_name_hits, Para

# After the "'s", what a possessive never stands before: another name joined by "and", the sentence's end, or a
# verb ("Moody's and Standard and Poor's.", "Standard & Poor's upgraded Pakistan", "Moody's said"), an adverb before
# it ("McDonald's recently announced that it would", not "Acme's recently announced plan").
_NOTHING_OWNED = re.compile(
    r"['\u2019]s(?:\s+(?:and|or)\s+[A-Z]|[.;:)]|\s+(?:[a-z]+ly\s+)?(?:said|says|has|have|is|was)\b|\s+[a-z]+ed\s+[A-Z]"
    r"|\s+[a-z]+ly\s+[a-z]+ed\s+(?:that|it|its|a|an|the|to)\b)"
)


def _names_ending_in_s(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """Give back the "'s" of a firm's name that the article always writes with it and once before nothing it could
    own ("rated AAA by both Moody's and Standard and Poor's."): the firm's own name, not its possessive ("Arsenal's
    fans" beside "Arsenal won" stays "Arsenal"; a place's is a possessive: "the size of Mexico's.")."""
    texts = [p.text for p in prose]
    whole: set[str] = set()
    for name in {m.text for m in spans if m.label == "ORG" and not m.text.endswith(APOSTROPHE_S)}:
        hits = [(text, end) for text in texts for _, end in _whole_name_hits(text, name)]
        if hits and all(text[end : end + 2] in APOSTROPHE_S for text, end in hits) and any(
            _NOTHING_OWNED.match(text, end) for text, end in hits
        ):
            whole.add(name)
    if not whole:
        return spans
    text_of = {p.seq: p.text for p in prose}
    return [
        replace(m, end=m.end + 2, text=text_of[m.seq][m.start : m.end + 2])
        if m.text in whole and m.seq in text_of and text_of[m.seq][m.end : m.end + 2] in APOSTROPHE_S else m
        for m in spans
    ]

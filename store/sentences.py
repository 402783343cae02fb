"""The one sentence splitter: the reader's sentence selection and the quote finder's cue search.

Character offsets, no spaCy, so the TUI can use it; the parse's own sentences
are for the nlp stage's grammar, this is for where a reader's sentence ends.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A full stop after one of these does not end a sentence ("Gen. Smith", "Jan. 5", "U.S. troops").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr gen col lt sgt capt maj adm gov sen rep rev hon pres "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs inc corp co ltd dept est approx".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def sentence_spans(raw: str) -> list[tuple[int, int]]:
    """Where each sentence of `raw` starts and ends, as character offsets (no surrounding spaces).

    Good enough for news prose, which is all it reads: a stop followed by a
    capital starts a new sentence, except after an abbreviation or an initial.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(raw):
        word = raw[:match.start()].rsplit(None, 1)[-1] if raw[:match.start()].strip() else ""
        word = word.lstrip("\"'“‘([")
        if match.group().startswith(".") and (word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(raw)))
    result = []
    for lo, hi in spans:
        piece = raw[lo:hi]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if hi - trail > lo + lead:
            result.append((lo + lead, hi - trail))
    return result


@lru_cache(maxsize=256)
def _spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """sentence_spans, kept for the paragraphs in hand: the quote finder asks where the sentences of
    one paragraph start and end several times for each quote in it."""
    return tuple(sentence_spans(text))


def sentence_end_after(text: str, pos: int) -> int:
    """Where the sentence holding (or starting after) `pos` ends."""
    return next((hi for _, hi in _spans_of(text) if hi > pos), len(text))


def sentence_start_before(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (0 when none ends before it)."""
    return max((lo for lo, _ in _spans_of(text) if lo <= pos), default=0)

"""Why a reader should doubt a text that read without error: the ingest report's warnings.

A section front that slipped past trafilatura, a page cut off by a paywall or
a bad save, a story in another language: each still becomes an article, and
the reader should hear about it at ingest, not find it out while citing.
"""

from __future__ import annotations

from ..records import Anatomy, paragraph_number
from .anatomy import _SENTENCE_END, _headline_like, _is_prose

# A body paragraph this long that stops without a sentence's end was cut, not a list item.
CUT_MIN_WORDS = 8
# An index page is mostly teaser headlines (read as deks, subheads or body): this many at least,
INDEX_MIN_TEASERS = 4
# and at most one paragraph of prose for every this many of them.
INDEX_TEASERS_PER_PROSE = 3


def find_doubts(anatomy: Anatomy) -> list[str]:
    """One line per reason to doubt the text, most serious first; [] for a clean article."""
    found = []
    body = [p for p in anatomy.paragraphs if p.kind == "body"]
    if _looks_like_index(anatomy):
        found.append("looks like an index or section page, not one article")
    cut = [p for p in body if _ends_mid_sentence(p.text)]
    if cut:
        where = ", ".join(f"\u00b6{paragraph_number(p.seq)}" for p in cut[:5]) + (", \u2026" if len(cut) > 5 else "")
        found.append(f"text looks cut: {where} ends mid-sentence")
    if anatomy.language and anatomy.language != "en":
        found.append(f"not English ({anatomy.language}): entities and quotes are read for English")
    return found


def _looks_like_index(anatomy: Anatomy) -> bool:
    teasers = sum(p.kind in ("dek", "subhead", "body") and _headline_like(p.text) for p in anatomy.paragraphs)
    prose = sum(p.kind == "body" and _is_prose(p.text) for p in anatomy.paragraphs)
    return teasers >= INDEX_MIN_TEASERS and prose * INDEX_TEASERS_PER_PROSE <= teasers


def _ends_mid_sentence(text: str) -> bool:
    text = text.rstrip()
    return len(text.split()) >= CUT_MIN_WORDS and not _SENTENCE_END.search(text)

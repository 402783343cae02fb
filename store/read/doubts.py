"""Why a reader should doubt a page that read without error: an index or section page.

A section front that slipped past trafilatura still becomes an "article" of
teaser headlines; the reader should hear so at ingest, not find it out while
citing. (A paragraph cut short is judged in anatomy.py, a language the model
cannot read in nlp/extract.py; their warnings join these in Anatomy.warnings.)
"""

from __future__ import annotations

from ..records import Anatomy
from . import thresholds
from .anatomy import _headline_like, _is_prose



def find_doubts(anatomy: Anatomy) -> list[str]:
    """One line per reason to doubt the page as an article; [] for a clean one."""
    return ["looks like an index or section page, not one article"] if _looks_like_index(anatomy) else []


def _looks_like_index(anatomy: Anatomy) -> bool:
    teasers = sum(p.kind in ("dek", "subhead", "body") and _headline_like(p.text) for p in anatomy.paragraphs)
    prose = sum(p.kind == "body" and _is_prose(p.text) for p in anatomy.paragraphs)
    return teasers >= thresholds.INDEX_MIN_TEASERS and prose * thresholds.INDEX_TEASERS_PER_PROSE <= teasers

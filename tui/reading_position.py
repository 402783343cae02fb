"""Where the reader was: an article and a paragraph, named by what outlives a re-ingest.

Row ids change when an article is ingested again, so a position names the
article by its source (a page's address or a file's path; and its title for
text read from stdin, whose sources are all alike) and the paragraph by its
number and a digest of its text: a new version of the article that moved the
paragraph is still found at it.
"""

from __future__ import annotations

import hashlib

import sqlite_utils

from newsx.store.db import queries

from .loader import ArticleView


def digest(text: str) -> str:
    """A paragraph's text as a position keeps it: enough to recognise it, none of its words."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def position_of(article: dict, paragraph: dict | None) -> dict:
    return {
        "source": article.get("source") or "",
        "title": article.get("title"),
        "paragraph": paragraph["seq"] if paragraph else 0,
        "text": digest(paragraph["text"]) if paragraph else None,
    }


def find_article(db: sqlite_utils.Database, where: dict) -> int | None:
    """The article `where` names (its newest version), or None when the store no longer holds it."""
    source = where.get("source") or ""
    if not source:
        return None
    # "<stdin>" names no file: only the title tells two such articles apart
    return queries.newest_version(db, source, where.get("title"), by_title=source.startswith("<"))


def find_paragraph(view: ArticleView, where: dict) -> dict | None:
    """The paragraph `where` names: the same number with the same text, else the same text (the article
    changed around it), else the same number."""
    number, text = where.get("paragraph"), where.get("text")
    by_text = [p for p in view.paragraphs if text and digest(p["text"]) == text]
    return (
        next((p for p in by_text if p["seq"] == number), None)
        or next(iter(by_text), None)
        or next((p for p in view.paragraphs if p["seq"] == number), None)
    )

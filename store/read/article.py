"""Bytes -> an article's anatomy: the read stage's one entry point.

Decides between a saved page and plain text, decodes and cleans the text,
takes it apart into paragraphs and header facts, and enforces the size
limits. No spaCy, no SQL.
"""

from __future__ import annotations

import hashlib
import re

from ..errors import ReadError
from ..records import Anatomy, Prepared
from . import limits
from .anatomy import dissect, dissect_blocks, retitle
from .decode import clean_text, decode, read_text, repair_page_mojibake
from .doubts import find_doubts
from .html import cut_short, declared_charset, looks_like_html, read_page
from .language import detect_language


def prepare(data: bytes, source: str, sha256: str | None = None) -> Prepared:
    """Bytes -> clean text and anatomy. Raises ReadError for anything that is not an article.

    `sha256` is the digest of `data` when the caller has it already (ingest does, to skip
    articles it has stored).
    """
    sha = sha256 or hashlib.sha256(data).hexdigest()
    nothing = "no article text found"
    cut = None
    if looks_like_html(data):
        limits.check_html_size(len(data))
        html = repair_page_mojibake(decode(data, declared_charset(data)))
        cut = cut_short(html)
        # a page whose only text turns out to be furniture or a title says so as read_page does
        nothing = f"the page has no article text; {cut}" if cut else "the page has no article text"
        try:
            page = read_page(html)
        except ReadError as exc:
            if cut:
                raise ReadError(f"{exc}; {cut}") from None
            raise
        texts = _clean_blocks([text for _, text in page.blocks])
        blocks = [(hint, text) for (hint, _), text in zip(page.blocks, texts) if text.strip()]
        raw = "\n\n".join(text for _, text in blocks)
        anatomy = dissect_blocks(blocks, raw, reference=page.date)
        _apply_page_metadata(anatomy, page)
        source = page.url or source
    else:
        limits.check_plain_size(len(data))
        raw = read_text(data)
        anatomy = dissect(raw)
    limits.check_article(raw, anatomy)
    if not any(p.kind == "body" for p in anatomy.paragraphs):
        raise ReadError(nothing)
    anatomy.language = detect_language([p.text for p in anatomy.paragraphs if p.kind in {"title", "body", "subhead"}])
    anatomy.warnings[:0] = find_doubts(anatomy)  # the most serious first
    if cut:
        anatomy.warnings.insert(0, f"{cut}: stored what it holds")
    return Prepared(source, sha, raw, anatomy)


def _clean_blocks(texts: list[str]) -> list[str]:
    """Repair every block together, so one block's words vouch for another's (see read.clean_text)."""
    cleaned = clean_text("\n".join(texts)).split("\n")
    return cleaned if len(cleaned) == len(texts) else [clean_text(t) for t in texts]


def _apply_page_metadata(anatomy: Anatomy, page) -> None:
    """What the text itself says wins; the page's metadata fills the gaps."""
    anatomy.published = anatomy.published or _iso_date(page.date)
    anatomy.agency = anatomy.agency or page.sitename
    host = re.sub(r"^(?:https?://)?(?:www\.)?([^/]+?)(?:\.[a-z]{2,3})+(?:/.*)?$", r"\1", page.url or "")
    retitle(anatomy, [page.sitename, page.author, anatomy.byline, anatomy.agency, host or None])
    if page.author and not anatomy.byline:
        anatomy.byline = page.author
        names = [n.strip() for n in re.split(r";|\s+and\s+|,", page.author) if n.strip()]
        anatomy.credits[:0] = [{"role": "byline", "name": n} for n in names]


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value[:10]
    return None

"""Saved web pages: the article's text and metadata, via trafilatura."""

from __future__ import annotations

import re

from .errors import ReadError

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048]))


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The page's main text (title first, paragraphs on their own lines) and its metadata."""
    import trafilatura

    text = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise ReadError("the page has no article text")
    meta = trafilatura.extract_metadata(html)
    info = {
        "title": getattr(meta, "title", None),
        "author": getattr(meta, "author", None),
        "date": getattr(meta, "date", None),
        "sitename": getattr(meta, "sitename", None),
        "url": getattr(meta, "url", None),
    }
    title = info["title"]
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return text, info

"""How much one article may hold: the bounds that keep ingest's memory and time in check.

spaCy's parser needs temporary memory in proportion to the length of the
text it parses, and every parsed paragraph of a batch stays in memory until
its article is stored. So the bounds are on characters, per paragraph and
per article, and a batch is cut short once it holds enough text. The
numbers are measured in README ("What the store guarantees"); they are far
above any news article, long reads included.
"""

from __future__ import annotations

import re

from ..errors import ReadError
from ..records import Anatomy

MAX_TEXT_CHARS = 500_000
MAX_PARAGRAPH_CHARS = 20_000
MAX_PARAGRAPHS = 5_000
# Parsed text held at once by one ingest batch, beyond the article that fills it.
BATCH_CHARS = 200_000
# No encoding spends more than four bytes on a character, so a plain-text file
# longer than this is over MAX_TEXT_CHARS before it is decoded.
MAX_PLAIN_BYTES = 4 * MAX_TEXT_CHARS + 4
# lxml holds a whole page's tree: about 35 times the page's size for dense text.
MAX_HTML_BYTES = 10 * 1024 * 1024


def check_plain_size(size: int) -> None:
    """Refuse a plain-text file too long to be one article, before decoding it."""
    if size > MAX_PLAIN_BYTES:
        raise ReadError(
            f"{size / (1024 * 1024):.1f} MB is too long for one article"
            f" (the limit is {MAX_TEXT_CHARS:,} characters of text)"
        )


def check_html_size(size: int) -> None:
    """Refuse a saved page too big to parse in bounded memory."""
    if size > MAX_HTML_BYTES:
        raise ReadError(
            f"{size / (1024 * 1024):.1f} MB is too big for a saved page (the limit is {MAX_HTML_BYTES // (1024 * 1024)} MB)"
        )


def check_input_size(size: int, head: bytes) -> None:
    """Refuse an input too big for its kind (page or plain text) before reading all of it."""
    from .html import looks_like_html

    (check_html_size if looks_like_html(head) else check_plain_size)(size)


# Nothing larger than this is read into memory, whatever it turns out to be.
MAX_INPUT_BYTES = max(MAX_PLAIN_BYTES, MAX_HTML_BYTES)


def check_article(text: str, anatomy: Anatomy) -> None:
    """Refuse an article with more text or more paragraphs than the bounds. (A paragraph over
    MAX_PARAGRAPH_CHARS refuses nothing: the anatomy cuts it with within_bound.)"""
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(
            f"{len(text):,} characters is too long for one article (the limit is {MAX_TEXT_CHARS:,})"
        )
    if len(anatomy.paragraphs) > MAX_PARAGRAPHS:
        raise ReadError(
            f"{len(anatomy.paragraphs):,} paragraphs is too many for one article (the limit is {MAX_PARAGRAPHS:,})"
        )


# Where a sentence ends and the next begins: its mark, any closing quotes or brackets, a space.
_SENTENCE_GAP = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019)\]\u300d\u300f]*\s+")


def within_bound(text: str, bound: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """A paragraph longer than the bound, cut into consecutive parts within it: after its last
    sentence that fits, else at its last space that fits, else (one run of letters longer than
    the bound) at the bound. A page that prints a whole story as one block is still a story,
    and no word of it is dropped; the bound only keeps spaCy's memory in check."""
    parts = []
    rest = text
    while len(rest) > bound:
        head = rest[: bound + 1]
        gaps = [m.end() for m in _SENTENCE_GAP.finditer(head)]
        cut = gaps[-1] if gaps else head.rfind(" ") + 1 or bound
        parts.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    return [part for part in (*parts, rest) if part]


# spaCy parses a minibatch of paragraphs at once, with temporary memory in
# proportion to the minibatch's text: long paragraphs go a few at a time.
PARSE_CHARS = 50_000


def parse_batch_size(anatomies: list[Anatomy], most: int = 64) -> int:
    longest = max((len(p.text) for a in anatomies for p in a.paragraphs), default=1)
    return max(1, min(most, PARSE_CHARS // max(longest, 1)))

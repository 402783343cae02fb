"""How much one article may hold: the bounds that keep ingest's memory and time in check.

spaCy's parser needs temporary memory in proportion to the length of the
text it parses, and every parsed paragraph of a batch stays in memory until
its article is stored. So the bounds are on characters, per paragraph and
per article, and a batch is cut short once it holds enough text. The
numbers are measured in README ("What the store guarantees"); they are far
above any news article, long reads included.
"""

from __future__ import annotations

from ..errors import ReadError
from ..records import Anatomy, paragraph_number

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
    """Refuse text or paragraphs beyond the bounds, naming the first one that is."""
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(
            f"{len(text):,} characters is too long for one article (the limit is {MAX_TEXT_CHARS:,})"
        )
    if len(anatomy.paragraphs) > MAX_PARAGRAPHS:
        raise ReadError(
            f"{len(anatomy.paragraphs):,} paragraphs is too many for one article (the limit is {MAX_PARAGRAPHS:,})"
        )
    for p in anatomy.paragraphs:
        if len(p.text) > MAX_PARAGRAPH_CHARS:
            raise ReadError(
                f"paragraph {paragraph_number(p.seq)} is {len(p.text):,} characters long"
                f" (the limit is {MAX_PARAGRAPH_CHARS:,}); is this an article?"
            )


# spaCy parses a minibatch of paragraphs at once, with temporary memory in
# proportion to the minibatch's text: long paragraphs go a few at a time.
PARSE_CHARS = 50_000


def parse_batch_size(anatomies: list[Anatomy], most: int = 64) -> int:
    longest = max((len(p.text) for a in anatomies for p in a.paragraphs), default=1)
    return max(1, min(most, PARSE_CHARS // max(longest, 1)))

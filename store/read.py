"""Bytes to clean text: encoding, mojibake repair, control characters.

HTML pages are handed to trafilatura (see `store/html.py`); everything
else is read as plain text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy

from .errors import ReadError
from .sanitize import strip_controls, strip_escape_sequences

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A right single quote (E2 80 99) read as cp1252 is "â€™"; pages that
# lost the two middle bytes show a bare "â" where an apostrophe was, as in
# "countryâs". ftfy cannot see that: "â" is a real letter in French,
# Romanian and transliterated Arabic ("château", "România", "Abbâs"). So
# the repair needs an English contraction ending after it and evidence
# that the stem is English: a contraction stem, a lowercase word, or a
# word the article also uses on its own.
_LOST_APOSTROPHE = re.compile(r"\b([A-Za-z]+)â(s|t|d|m|ll|re|ve)\b")
_CONTRACTION_STEMS = {
    "i", "you", "we", "they", "he", "she", "it", "that", "there", "what", "who", "here", "let",
    "isn", "aren", "wasn", "weren", "don", "doesn", "didn", "can", "couldn", "won", "wouldn",
    "shouldn", "hasn", "haven", "hadn", "ain", "mustn", "needn",
}
# The same loss on a dash (E2 80 93/94) leaves "â" standing alone between
# spaces, which is not a word in any language that uses the letter.
_LOST_DASH = re.compile(r"(?<= )â(?= )")


def decode(data: bytes) -> str:
    """Decode bytes in the encoding they most likely use.

    UTF-8 first (and any BOM), then cp1252, then latin-1. Raises ReadError
    when the bytes are not text in any of them.
    """
    if not data.strip():
        raise ReadError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(f"the file starts as {encoding} but is not valid {encoding}") from None
    if _looks_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1] == 0 else "utf-16-be")
        except UnicodeDecodeError:
            pass
    # A stray NUL is a control character like any other (stripped later);
    # binary files have them by the hundred.
    if data.count(b"\x00") * 100 > len(data):
        raise ReadError("the file is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if sum(ord(ch) > 127 for ch in damaged) - bad >= bad:
        # UTF-8 with a few broken bytes (a bad splice, a cut download): read
        # as cp1252 every other accent and dash would turn to mojibake.
        return damaged
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    return (odd_nul > 0.4 and even_nul < 0.05) or (even_nul > 0.4 and odd_nul < 0.05)


def clean_text(text: str) -> str:
    """Repair mojibake, normalise line ends and drop control characters."""
    # Whole escape sequences go before ftfy, which drops their ESC and BEL
    # and would leave the rest ("]0;title") as text.
    text = strip_escape_sequences(text).replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = _repair_lost_apostrophes(text)
    text = _LOST_DASH.sub("\u2013", text)
    return strip_controls(text)


def _repair_lost_apostrophes(text: str) -> str:
    if "â" not in text:
        return text
    words = set(re.findall(r"[^\W\d_]+", text))

    def repair(m: re.Match[str]) -> str:
        stem = m.group(1)
        if stem.islower() or stem.lower() in _CONTRACTION_STEMS or stem in words:
            return f"{stem}\u2019{m.group(2)}"
        return m.group(0)

    return _LOST_APOSTROPHE.sub(repair, text)


def check_is_text(text: str) -> None:
    """Refuse decoded text that is mostly not letters: a binary file read as cp1252."""
    sample = strip_escape_sequences(text[:20000])
    if not sample.strip():
        raise ReadError("the file has no text")
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"} and ch not in "\n\t\r"
    )
    if bad / len(sample) > 0.1:
        raise ReadError("the file is binary, not text")
    letters = sum(ch.isalpha() for ch in sample)
    if letters / len(sample.replace(" ", "") or "x") < 0.5:
        raise ReadError("the file does not read as text in any encoding")


def read_text(data: bytes) -> str:
    """Bytes of a plain-text article to clean text, or ReadError."""
    text = decode(data)
    check_is_text(text)
    text = clean_text(text)
    if not text.strip():
        raise ReadError("the file has no text")
    return text

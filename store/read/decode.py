"""Bytes to clean text: encoding, mojibake repair, control characters.

HTML pages are handed to trafilatura (see `store/html.py`); everything
else is read as plain text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

import ftfy

from ..errors import ReadError
from ..sanitize import strip_controls, strip_escape_sequences

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# What Python's codecs say when the bytes stop inside a character.
_CUT_SHORT = {"unexpected end of data", "truncated data"}

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


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes in the encoding they most likely use.

    A BOM wins, then UTF-16 by its NUL pattern, then strict UTF-8 (valid
    UTF-8 with non-ASCII bytes is almost never an accident), then the
    encoding the document declares (an HTML page's charset), then cp1252,
    which reads latin-1 text the same way. Raises ReadError for a file
    that is truncated inside a character or that is text in none of these.
    """
    if not data.strip():
        raise ReadError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                if exc.reason in _CUT_SHORT:
                    raise ReadError(f"the file is truncated (it ends inside a {encoding} character)") from None
                raise ReadError(f"the file starts as {encoding} but is not valid {encoding}") from None
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1] == 0 else "utf-16-be"
        if len(data) % 2:
            raise ReadError("the file is truncated (UTF-16 text with an odd number of bytes)")
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    # A stray NUL is a control character like any other (stripped later);
    # binary files have them by the hundred.
    if data.count(b"\x00") * 100 > len(data):
        raise ReadError("the file is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason in _CUT_SHORT and _valid_utf8(data[: exc.start]):
            raise ReadError("the file is truncated (it ends inside a UTF-8 character)") from None
    if declared and _known_codec(declared) not in {None, "utf-8"}:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if sum(ord(ch) > 127 for ch in damaged) - bad >= bad:
        # UTF-8 with a few broken bytes (a bad splice, a cut download): read
        # as cp1252 every other accent and dash would turn to mojibake.
        return damaged
    if b"\x00" in data:
        # Not UTF-8 and holding NULs: no single-byte text file has them.
        raise ReadError("the file is binary, not text")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Only the five bytes cp1252 leaves undefined get here; latin-1
        # reads them as C1 controls, which real text never holds.
        text = data.decode("latin-1")
    _check_single_byte_text(text)
    return text


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _check_single_byte_text(text: str) -> None:
    """Refuse bytes that cp1252 or latin-1 only "read" because every byte maps to something.

    European text in these encodings is mostly ASCII with an accented
    letter here and there; text from another encoding (Shift-JIS, GB2312,
    KOI8-R) or a compressed file read this way is mostly high characters.
    """
    sample = text[:20000]
    high = sum(ord(ch) > 0x7F for ch in sample)
    controls = sum(0x80 <= ord(ch) <= 0x9F for ch in sample)
    if high / len(sample) > 0.3 or controls > max(2, len(sample) // 1000):
        raise ReadError("the file's encoding is not recognised (not UTF-8, UTF-16, cp1252 or latin-1 text)")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    return (odd_nul > 0.4 and even_nul < 0.05) or (even_nul > 0.4 and odd_nul < 0.05)


# C1 controls (U+0080-U+009F) are in no real text; in a page decoded as UTF-8 they are the middle
# bytes of UTF-8 read as latin-1 and written out again ("â\x80\x99" for a right quote).
_C1 = re.compile("[\x80-\x9f]")


def repair_page_mojibake(html: str) -> str:
    """Undo double-encoded characters in a whole page before it is parsed: the HTML parser drops
    the C1 controls, leaving "â" where an apostrophe or a dash was, past repair by clean_text."""
    return ftfy.fix_encoding(html) if _C1.search(html) else html


def clean_text(text: str) -> str:
    """Repair mojibake, normalise line ends and drop control characters."""
    # Whole escape sequences go before ftfy, which drops their ESC and BEL
    # and would leave the rest ("]0;title") as text.
    text = strip_escape_sequences(text).replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = _repair_lost_apostrophes(text)
    text = _typeset_quotes(text)
    text = _LOST_DASH.sub("\u2013", text)
    return drop_soft_hyphens(strip_controls(text))


def drop_soft_hyphens(text: str) -> str:
    """Text without its soft hyphens (U+00AD): a typesetter's hint where a word may break, unseen
    on the page. Kept, one splits a name for the tagger ("Doug \u00adAndres") and for a reader's
    search, and some terminals draw it as a hyphen. It goes after ftfy, which reads a soft hyphen
    inside mojibake ("Garc\u00c3\u00ada") as half of the letter it stands for."""
    return text.replace("\u00ad", "")


def _typeset_quotes(text: str) -> str:
    """Copy keyed for typesetting (wire copy: ``We have the votes,'' Lott said.) writes its double
    marks as two backticks and two apostrophes: read as the curly marks they stand for, which is
    what quotes are found by. Only in a text that opens a quote so: elsewhere two apostrophes are
    an apostrophe typed twice, a mark closing a quote that opens with another, or both marks of an
    archive's copy (_two_apostrophe_marks). A backtick alone
    opens a single quotation, and three apostrophes close it and then the double (``He said `no',''),
    else the double mark would come out first."""
    if "``" not in text:
        return _two_apostrophe_marks(text)
    return text.replace("``", "\u201c").replace("'''", "\u2019\u201d").replace("''", "\u201d").replace("`", "\u2018")


# Where two apostrophes stand for a double mark with no backtick to open it (an archive's copy:
# ''A museum alone will not,'' he said.), the side of the word they stand on says which mark they are.
_OPENING_APOSTROPHES = re.compile(r"(?:^|(?<=[\s(\[\u2014-]))''(?=[^\s'])", re.M)
_CLOSING_APOSTROPHES = re.compile(r"(?<=[^\s'])''(?=[\s.,;:!?)\]\u2014-]|$)", re.M)


def _two_apostrophe_marks(text: str) -> str:
    """Read ''...'' as curly double marks, in a text that opens a quote so at a word's start; two
    apostrophes inside a word (`the company''s`) are an apostrophe typed twice and stay."""
    if not _OPENING_APOSTROPHES.search(text):
        return text
    return _CLOSING_APOSTROPHES.sub("\u201d", _OPENING_APOSTROPHES.sub("\u201c", text))


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


# Unicode categories of what no text is made of: controls, surrogates, private use, unassigned.
_NOT_TEXT = frozenset({"Cc", "Cs", "Co", "Cn"})


def check_is_text(text: str) -> None:
    """Refuse decoded text that is mostly not letters: a binary file read as cp1252."""
    sample = strip_escape_sequences(text[:20000])
    if not sample.strip():
        raise ReadError("the file has no text")
    # each distinct character judged once (an article holds a few dozen), not each of 20,000
    counts = Counter(sample)
    bad = sum(n for ch, n in counts.items() if ch not in "\n\t\r" and unicodedata.category(ch) in _NOT_TEXT)
    if bad / len(sample) > 0.1:
        raise ReadError("the file is binary, not text")
    letters = sum(n for ch, n in counts.items() if ch.isalpha())
    if letters / len(sample.replace(" ", "") or "x") < 0.5:
        raise ReadError("the file does not read as text in any encoding")


def read_text(data: bytes, declared: str | None = None) -> str:
    """Bytes of an article (or a page, with its declared charset) to clean text, or ReadError."""
    text = decode(data, declared)
    check_is_text(text)
    text = clean_text(text)
    if not text.strip():
        raise ReadError("the file has no text")
    return text

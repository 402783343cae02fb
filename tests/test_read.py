import pytest

from newsx.store import ReadError
from newsx.store.read import prepare
from newsx.store.read.decode import read_text


def test_lost_apostrophe_is_repaired():
    assert read_text("the countryâs largest refinery".encode()) == "the country\u2019s largest refinery"


def test_a_page_double_encoded_through_latin1_is_repaired():
    # UTF-8 bytes read as latin-1 and saved as UTF-8 again: the right quote's middle bytes are C1 controls
    twice = "Think of a Rottweiler’s fragile hips — or a Frenchie’s breathing.".encode().decode("latin-1")
    page = f"<html><head><title>Pet insurance</title></head><body><article><h1>Pet insurance</h1><p>{twice}</p>" \
        + "<p>Insurers price each breed by the claims its owners made in the past five years.</p></article></body></html>"
    body = " ".join(p.text for p in prepare(page.encode(), "pets.html").anatomy.paragraphs if p.kind == "body")
    assert "Rottweiler’s fragile hips — or a Frenchie’s" in body and "â" not in body


@pytest.mark.parametrize("word", ["château", "România", "câine", "Shâh Abbâs", "âge"])
def test_real_words_with_a_circumflex_stay(word):
    assert read_text(f"Le {word} est là.".encode()) == f"Le {word} est là."


def test_cp1252_and_utf16_and_bom():
    text = "Café “quoted” — Zürich"
    assert read_text(text.encode("cp1252")) == text
    assert read_text(text.encode("utf-16")) == text
    assert read_text(b"\xef\xbb\xbf" + text.encode()) == text


def test_windows_line_ends_become_newlines():
    assert read_text(b"Title\r\n\r\nBody text.\r\n") == "Title\n\nBody text.\n"


def test_controls_and_escapes_are_stripped():
    raw = "A \x1b[31mred\x1b[0m word\x07 and \u202eevil\x00".encode()
    with pytest.raises(ReadError):
        read_text(raw)  # a NUL byte means binary
    assert read_text("A \x1b[31mred\x1b[0m word\x07 and \u202eevil".encode()) == "A red word and evil"


def test_soft_hyphens_are_dropped_after_mojibake_is_repaired():
    # a soft hyphen inside a word is unseen on the page; inside mojibake it is half of a letter
    assert read_text("Rep. Tom Malinow\u00adski and Doug \u00adAndres".encode()) == "Rep. Tom Malinowski and Doug Andres"
    assert read_text("Jes\u00fas Garc\u00c3\u00ada said".encode()) == "Jes\u00fas Garc\u00eda said"


def test_a_real_page_keeps_no_soft_hyphen():
    from pathlib import Path

    raw = (Path(__file__).parent / "articles/allsides/federal_workers_resistance.txt").read_bytes()
    assert "\u00ad".encode() in raw
    text = read_text(raw)
    assert "\u00ad" not in text and "Tom Malinowski" in text


@pytest.mark.parametrize("data", [b"", b"   \n\t ", bytes(range(256)) * 20])
def test_not_an_article(data):
    with pytest.raises(ReadError):
        read_text(data)


@pytest.mark.parametrize(
    "broken, fixed",
    [
        ("Iraqâs army held Iraq.", "Iraq\u2019s army held Iraq."),
        ("We donât know.", "We don\u2019t know."),
        ("Itâs over.", "It\u2019s over."),
    ],
)
def test_contractions_are_repaired(broken, fixed):
    assert read_text(broken.encode()) == fixed


def test_transliterated_name_is_not_a_contraction():
    assert read_text("Shah Abbâs ruled from Isfahan.".encode()) == "Shah Abbâs ruled from Isfahan."

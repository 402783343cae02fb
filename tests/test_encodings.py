"""Plain-text wire copy and pages in every common encoding, with either line end."""

from pathlib import Path

import pytest

from newsx.store import ReadError
from newsx.store.read import prepare
from newsx.store.read.decode import read_text

STORY = (
    "Café Owners Protest in Zürich\n\n"
    "ZURICH (Reuters) \u2013 Owners of the city\u2019s caf\u00e9s marched on Tuesday, saying \u201crents are too high\u201d.\n\n"
    "The protest ended peacefully near the lake, police said.\n"
)
LATIN1_STORY = STORY.replace("\u2013", "-").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8", STORY),
        ("utf-8-sig", STORY),
        ("utf-16", STORY),  # with BOM
        ("utf-16-le", STORY),  # no BOM: found by its NUL pattern
        ("utf-16-be", STORY),
        ("cp1252", STORY),
        ("latin-1", LATIN1_STORY),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_text_in_every_common_encoding_reads_the_same(encoding, text, newline):
    data = text.replace("\n", newline).encode(encoding)
    assert read_text(data) == text
    a = prepare(data, "story.txt").anatomy
    assert a.title == "Café Owners Protest in Zürich"
    assert (a.place, a.agency) == ("Zurich", "Reuters")
    assert [p.kind for p in a.paragraphs] == ["title", "body", "body"]


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "latin1"])
def test_page_declaring_a_single_byte_charset(charset):
    body = "".join(
        f"<p>Le maire de N\u00eemes a d\u00e9clar\u00e9 que la f\u00eate {i} aurait lieu malgr\u00e9 la pluie, selon la pr\u00e9fecture.</p>"
        for i in range(3)
    )
    html = f'<html><head><meta charset="{charset}"><title>F\u00eate \u00e0 N\u00eemes</title></head><body><article><h1>F\u00eate \u00e0 N\u00eemes</h1>{body}</article></body></html>'
    p = prepare(html.encode("latin-1"), "page.html")
    assert p.anatomy.title == "F\u00eate \u00e0 N\u00eemes"
    assert "N\u00eemes a d\u00e9clar\u00e9" in p.raw


def test_utf8_page_that_declares_latin1_is_read_as_utf8():
    # Saved pages often keep a stale charset; valid UTF-8 is never an accident.
    body = "".join(f"<p>Paragraph {i}: the minister\u2019s plan for S\u00e3o Paulo drew protests, officials said.</p>" for i in range(3))
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><article><h1>Plan</h1>{body}</article></body></html>'
    assert "minister\u2019s plan for S\u00e3o Paulo" in prepare(html.encode("utf-8"), "p.html").raw


@pytest.mark.parametrize(
    "data, message",
    [
        ("Café au lait in Zü".encode()[:-1], "truncated"),  # cut inside the last letter
        (STORY.encode("utf-16")[:-1], "truncated"),
        (b"\xef\xbb\xbfHello \xff\xfe world", "not valid"),
        ("\u5317\u4eac\u662f\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u7684\u9996\u90fd\u3002".encode("gbk") * 20, "encoding is not recognised"),
        ("\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0442\u043e\u043b\u0438\u0446\u0430 \u0420\u043e\u0441\u0441\u0438\u0438.".encode("koi8_r") * 20, "encoding is not recognised"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    ],
)
def test_undecodable_and_truncated_text_is_refused(data, message):
    with pytest.raises(ReadError, match=message):
        read_text(data)


def test_two_apostrophes_open_and_close_a_quote_by_the_side_of_the_word_they_stand_on():
    # an archive's copy writes both double marks as two apostrophes; inside a word they are an apostrophe typed twice
    data = b"Vote\n\n''We have the votes,'' Lott said -- ''all of them.'' The party''s whip agreed.\n"
    assert read_text(data) == (
        "Vote\n\n\u201cWe have the votes,\u201d Lott said -- \u201call of them.\u201d The party''s whip agreed.\n"
    )
    assert read_text(b"Vote\n\nThe company''s plant will close.\n") == "Vote\n\nThe company''s plant will close.\n"


def test_the_nyt_archive_page_reads_its_quotes_as_curly_marks():
    # round 50's NYT page (PolNeAR), whose quotes went unfound while the two apostrophes were left as typed
    text = read_text((Path(__file__).parent / "articles/polnear/nyt/african_american_museum.txt").read_bytes())
    assert "\u201cA museum alone will not alleviate poverty in every inner city,\u201d he said." in text
    assert "''" not in text


def test_wire_copy_keyed_for_typesetting_reads_as_its_curly_marks():
    # ``...'' for double marks; `...' for a single quotation inside one, whose three apostrophes close both
    data = b"Vote\n\n``We have the votes,'' Lott said. ``He told me `no deal,''' Daschle said.\n"
    assert read_text(data) == "Vote\n\n\u201cWe have the votes,\u201d Lott said. \u201cHe told me \u2018no deal,\u2019\u201d Daschle said.\n"

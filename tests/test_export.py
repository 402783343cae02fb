"""Exports a reader can hand on: full citations, article text that stays text, files a spreadsheet
and a word processor open right."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import docx
import pytest
from markdown_it import MarkdownIt

from newsx.store import export

IMG = "<img src=x onerror=alert(1)>"
LINK = "[x](javascript:alert(1))"


def passage(**fields) -> dict:
    base = {
        "article_id": 7, "paragraph_id": 70, "seq": 2, "excerpt": False, "note": None,
        "title": "Port Strike Ends", "agency": "Harbor Wire", "byline": "Jane Doe, Sam Roe",
        "published": "2024-05-01", "source": "https://news.example.com/port-strike?id=1",
        "text": "Dock workers returned on Monday.",
    }
    return base | fields


HOSTILE = passage(
    title=f"Title {IMG} {LINK}",
    text=f"He wrote {IMG} and {LINK} then **bold** `code` &amp; <script>alert(2)</script>\n# not a heading\n- not a list",
    note=f"see {LINK}",
    source="javascript:alert(3)",
)


def test_a_citation_says_where_to_find_the_source_again():
    p = passage()
    assert export.citation(p) == (
        "\u201cPort Strike Ends\u201d, Harbor Wire, Jane Doe, Sam Roe, 2024-05-01, \u00b63, "
        "https://news.example.com/port-strike?id=1"
    )
    md = export.render_text([p], "md", "Passages")
    assert (
        "> \u2014 [\u201cPort Strike Ends\u201d](<https://news.example.com/port-strike?id=1>), "
        "Harbor Wire, Jane Doe, Sam Roe, 2024-05-01, \u00b63"
    ) in md
    html = MarkdownIt("commonmark").render(md)
    assert '<a href="https://news.example.com/port-strike?id=1">' in html
    # A file path is where the article came from, not an address to link to.
    assert export.citation(passage(source="/home/me/story.txt")).endswith("2024-05-01, \u00b63")


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _assert_inert(html: str) -> None:
    """No image, script or javascript: link came out of the article's text."""
    found = _elements(html)
    assert not [t for t, _ in found.tags if t in ("img", "script")], found.tags
    assert not [a for _, a in found.tags if any(k.startswith("on") for k in a)], found.tags
    assert not [a for _, a in found.tags if "javascript" in (a.get("href") or "")], found.tags
    text = "".join(found.text)
    assert IMG in text and LINK in text


def test_markdown_shows_hostile_text_literally_in_a_renderer():
    md = export.render_text([HOSTILE], "md", f"Heading {IMG}")
    rendered = MarkdownIt("commonmark").render(md)
    _assert_inert(rendered)
    found = _elements(rendered)
    # Emphasis, code, headings and lists inside the article stay text too.
    assert not [t for t, _ in found.tags if t in ("strong", "code", "ul", "h2")], found.tags
    assert [t for t, _ in found.tags if t == "h1"] == ["h1"]
    assert "**bold** `code` &amp; <script>alert(2)</script>" in "".join(found.text)


def test_html_is_one_self_contained_escaped_page():
    page = export.render_text([HOSTILE, passage()], "html", f"Heading {IMG}")
    _assert_inert(page)
    found = _elements(page)
    # Nothing is loaded from elsewhere and nothing runs, even if the page is edited later.
    assert not [a for t, a in found.tags if t in ("link", "script", "iframe") or a.get("src")]
    csp = [a for t, a in found.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]
    links = [a["href"] for t, a in found.tags if t == "a"]
    assert links == ["https://news.example.com/port-strike?id=1"]
    assert "<cite>" in page and "Jane Doe, Sam Roe" in page


def test_csv_opens_right_in_a_spreadsheet():
    rows = [
        passage(text="=HYPERLINK(\"http://evil\",\"x\")", note="+1 555"),
        passage(text="-2+3", title="@SUM(A1)"),
        passage(text="Café ‘quoted’ – fine"),
    ]
    data = export.render(rows, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: Excel reads it as UTF-8
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert records[0]["text"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert records[0]["note"] == "'+1 555"
    assert records[1]["text"] == "'-2+3" and records[1]["title"] == "'@SUM(A1)"
    assert records[2]["text"] == "Café ‘quoted’ – fine"
    assert records[2]["author"] == "Jane Doe, Sam Roe"
    assert records[2]["url"] == "https://news.example.com/port-strike?id=1"
    assert records[2]["article_id"] == "7"


def test_docx_has_the_passages_as_quotes_and_their_citations():
    data = export.render([HOSTILE, passage(excerpt=True)], "docx", "Selected passages")
    document = docx.Document(io.BytesIO(data))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Heading 1", "Selected passages")
    quotes = [text for style, text in paragraphs if style == "Quote"]
    assert quotes[0].startswith(f"He wrote {IMG} and {LINK}") and quotes[1] == "Dock workers returned on Monday."
    citations = [text for _, text in paragraphs if text.startswith("\u2014 ")]
    assert citations[1] == (
        "\u2014 \u201cPort Strike Ends\u201d, Harbor Wire, Jane Doe, Sam Roe, 2024-05-01, \u00b63 (excerpt), "
        "https://news.example.com/port-strike?id=1"
    )
    assert "alert(3)" not in citations[0]  # the hostile source is no address
    assert document.core_properties.title == "Selected passages"


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_renders_bytes_and_text_formats_render_text(fmt):
    data = export.render([passage()], fmt, "Passages")
    assert isinstance(data, bytes) and data
    if fmt in export.BINARY_FORMATS:
        with pytest.raises(export.ExportError):
            export.render_text([passage()], fmt)
    else:
        assert "Dock workers returned on Monday." in export.render_text([passage()], fmt)

"""Saved pages in the shape of real news sites: what becomes the article and what does not."""

from pathlib import Path

import pytest

from newsx.store import ReadError
from newsx.store.read.html import declared_charset, looks_like_html
from newsx.store.read import prepare

PAGES = Path(__file__).parent / "pages"


def page(name):
    return prepare((PAGES / name).read_bytes(), str(PAGES / name))


def kinds(prepared, kind):
    return [p.text for p in prepared.anatomy.paragraphs if p.kind == kind]


def all_text(prepared):
    return "\n".join(p.text for p in prepared.anatomy.paragraphs)


def test_local_paper_with_wire_story():
    p = page("harbor_wire.html")
    a = p.anatomy
    assert p.source == "https://harborledger.example/news/2024/03/05/port-strike"
    assert a.title == "Port Strike Halts Shipping Along the Coast"
    assert a.dek == "Dockworkers walked out at six ports after talks on automation collapsed."
    assert kinds(p, "subhead") == ["Economic Toll Mounts", "White House Urges Talks"]
    assert kinds(p, "caption") == ["Idle cranes stand at the container terminal in Savannah on Monday."]
    body = kinds(p, "body")
    assert body[0].startswith("SAVANNAH, Georgia (AP) \u2014 Tens of thousands")
    assert body[-1].endswith("ready to resume bargaining immediately.")
    assert len(body) == 7
    assert (a.place, a.agency, a.published, a.byline) == ("Savannah", "AP", "2024-03-05", "Maria Okafor")
    assert {"role": "byline", "name": "Maria Okafor"} in a.credits


@pytest.mark.parametrize(
    "furniture",
    [
        "World",  # navigation
        "Accept all cookies",
        "We use cookies",
        "Related coverage",
        "Automation fears grip dock towns",  # a related link
        "Comments (214)",
        "union should be ashamed",  # a reader's comment
        "All rights reserved",
        "Privacy policy",
    ],
)
def test_local_paper_furniture_is_never_article_text(furniture):
    p = page("harbor_wire.html")
    readable = [t for t in (kinds(p, "body") + kinds(p, "subhead") + kinds(p, "dek") + kinds(p, "caption"))]
    assert not any(furniture in t for t in readable)
    assert furniture not in p.raw


def test_broadcaster_page_byline_block_caption_label_and_topic_boxes():
    p = page("broadcaster_world.html")
    a = p.anatomy
    assert p.source == "https://www.northcast.example/news/world-europe-68123456"
    assert a.title == "Flooding forces thousands from homes in northern Italy"
    assert a.byline == "Giulia Ferrante"
    assert a.credits == [{"role": "byline", "name": "Giulia Ferrante"}]
    assert kinds(p, "credit") == ["By Giulia Ferrante", "Rome correspondent"]
    # the screen-reader label is not part of the caption
    assert kinds(p, "caption") == ["Residents were taken to safety by boat in the town of Lugo on Wednesday"]
    assert kinds(p, "subhead") == ["'We lost everything'", "Climate link"]
    assert (a.agency, a.published) == ("Northcast News", "2024-05-16")
    text = all_text(p)
    for furniture in ("Related Topics", "More on this story", "drought one year ago", "agree to cookies", "Weather"):
        assert furniture not in text
    assert kinds(p, "body")[0].startswith("Thousands of people have been forced")


def test_wire_page_in_cp1252_credits_and_year_from_page_date():
    p = page("wire_markets.html")
    a = p.anatomy
    assert declared_charset((PAGES / "wire_markets.html").read_bytes()) == "windows-1252"
    assert p.source == "https://www.globalwire.example/markets/commodities/copper-record-2024-05-20/"
    # the dateline gives no year; the story mentions March 2022, the page says 2024
    assert (a.place, a.agency, a.published) == ("London", "Global Wire", "2024-05-20")
    assert a.byline == "Pete Lindqvist, Sara Ndlovu"
    assert {"role": "editing", "name": "Jan Harvey"} in a.credits
    body = kinds(p, "body")
    assert any("\u201cThe market is pricing in a deficit" in t for t in body)  # cp1252 curly quotes read right
    assert any("world\u2019s copper" in t for t in body)
    assert kinds(p, "credit")[-1] == "(Reporting by Pete Lindqvist and Sara Ndlovu; Editing by Jan Harvey)"
    for furniture in ("Sign up here", "Most Read", "Gold slips", "Sign in"):
        assert furniture not in all_text(p)
    assert "Our Standards" not in " ".join(body)


def test_section_front_has_no_article():
    with pytest.raises(ReadError, match="no article text"):
        page("section_front.html")


def test_a_page_cut_in_half_is_read_up_to_the_cut_and_says_so():
    data = (PAGES / "harbor_wire.html").read_bytes()
    whole, half = page("harbor_wire.html"), prepare(data[: len(data) // 2], "cut.html")
    body = kinds(half, "body")
    assert body[:-1] == kinds(whole, "body")[: len(body) - 1]
    assert body[-1].endswith("to install automated cranes at the busie")
    assert half.anatomy.warnings[0] == "the page may be truncated (it never closes </body> or </html>): stored what it holds"


def test_sniffing_finds_pages_without_the_usual_start():
    assert looks_like_html(b'<?xml version="1.0" encoding="utf-8"?>\n<html><body></body></html>')
    assert looks_like_html(b"<!-- saved from url=(0030)https://example.org/story -->\n<html>")
    assert looks_like_html("<!DOCTYPE html><html>".encode("utf-16"))
    assert not looks_like_html(b"WASHINGTON (AP) \xe2\x80\x94 The <b>Senate</b> voted.")


def test_saved_from_comment_gives_the_source_and_headings_are_kinds():
    html = (
        "<!-- saved from url=(0034)https://news.example/2024/quake-hits -->\n<html><head><title>Quake hits coast</title></head><body><article>"
        "<h1>Quake hits coast</h1>"
        + "".join(
            f"<p>Paragraph {i} of the story tells what the rescuers found in the town, and what the officials said.</p>"
            for i in range(3)
        )
        + "<h2>Aftershocks</h2><p>Aftershocks continued through the night, the seismology institute said in a statement.</p>"
        "</article></body></html>"
    )
    p = prepare(html.encode(), "/tmp/quake.html")
    assert p.source == "https://news.example/2024/quake-hits"
    assert [q.kind for q in p.anatomy.paragraphs] == ["title", "body", "body", "body", "subhead", "body"]


def test_consent_wall_is_not_an_article():
    wall = (
        "<!DOCTYPE html><html><head><title>Just a moment | The Daily Example</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        "<main><div class='consent'><h2>We value your privacy</h2>"
        "<p>We use cookies and similar technologies to improve your experience on our site, to personalise content "
        "and ads and to analyse our traffic. By continuing to use this site you agree to our use of cookies.</p>"
        "<p>Please enable JavaScript in your browser to continue reading this article, or subscribe to get "
        "unlimited access to all our journalism.</p><button>Accept all</button></div></main>"
        "<footer>&copy; 2024 The Daily Example</footer></body></html>"
    )
    with pytest.raises(ReadError, match="no article text"):
        prepare(wall.encode(), "wall.html")


def test_kicker_above_the_headline_reads_after_it():
    html = (
        "<html><head><title>x</title></head><body><article><p class='kicker'>Exclusive</p><h1>Minister Quits Over Leak</h1>"
        + "".join(f"<p>Paragraph {i}: the minister resigned on Friday after documents leaked to the press, aides said.</p>" for i in range(3))
        + "</article></body></html>"
    )
    p = prepare(html.encode(), "k.html")
    assert p.anatomy.title == "Minister Quits Over Leak"
    assert p.anatomy.paragraphs[0].kind == "title"

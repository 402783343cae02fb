"""Pages in odd shapes are read for all they hold, never refused whole: a block of lines over the
paragraph bound, one unbroken paragraph over it, a page that never closes </html> or stops inside
a tag. Hand-made pages; what truly cannot be read is still one error line."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from newsx.store import ReadError
from newsx.store.read import prepare
from newsx.store.read.limits import MAX_PARAGRAPH_CHARS, within_bound

HEAD = "<!doctype html><html><head><title>River Report</title></head><body><article><h1>River Report</h1>"
FOOT = "</article><footer>About us</footer></body></html>"


def sentence(i: int) -> str:
    return f"On day {i} the council said the river had risen overnight and crews were clearing the roads."


def story(n: int = 5, start: int = 0) -> str:
    return "".join(f"<p>{sentence(i)} {sentence(i + 1000)}</p>" for i in range(start, start + n))


def read(html: str):
    return prepare(html.encode(), "page.html").anatomy


def texts(anatomy, kind="body"):
    return [p.text for p in anatomy.paragraphs if p.kind == kind]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_a_block_of_lines_over_the_paragraph_bound_is_read_line_by_line():
    lines = [f"{sentence(i)} {sentence(i + 1000)}" for i in range(150)]
    assert len(" ".join(lines)) > MAX_PARAGRAPH_CHARS
    a = read(HEAD + "<p>" + "<br>".join(lines) + "</p>" + FOOT)
    assert texts(a) == lines


def test_a_blank_line_inside_a_block_separates_paragraphs_and_a_line_break_does_not():
    first, second = f"{sentence(1)} {sentence(2)}", f"{sentence(3)} {sentence(4)}"
    a = read(HEAD + f"<div>{first}<br><br>{second}<br>\n&nbsp;<br>{sentence(5)}<br>{sentence(6)}</div>" + FOOT)
    assert texts(a) == [first, second, f"{sentence(5)} {sentence(6)}"]


def test_a_paragraph_over_the_bound_is_cut_at_sentence_ends_and_loses_no_word():
    long = " ".join(sentence(i) for i in range(300))
    a = read(HEAD + f"<p>{long}</p>" + story(3) + FOOT)
    body = texts(a)
    parts = body[: len(body) - 3]
    assert len(parts) == 2 and all(len(p) <= MAX_PARAGRAPH_CHARS for p in parts)
    assert all(p.endswith("roads.") for p in parts)
    assert " ".join(parts) == long


def test_plain_text_with_a_paragraph_over_the_bound_is_read():
    long = " ".join(sentence(i) for i in range(300))
    a = prepare(f"River Report\n\n{long}\n\n{sentence(999)}\n".encode(), "river.txt").anatomy
    assert " ".join(texts(a)[:-1]) == long and texts(a)[-1] == sentence(999)
    assert max(len(p.text) for p in a.paragraphs) <= MAX_PARAGRAPH_CHARS


@pytest.mark.parametrize("text", [
    " ".join(["floodwater"] * 5_000),  # words, no sentence end
    "x" * 45_000,  # one run of letters, no space at all
    "y" * 45_000 + " " + sentence(1),
])
def test_within_bound_cuts_anything_into_parts_within_it_and_keeps_every_character(text):
    parts = within_bound(text)
    assert len(parts) > 1 and all(0 < len(p) <= MAX_PARAGRAPH_CHARS for p in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


def test_a_paragraph_within_the_bound_is_one_part():
    assert within_bound(sentence(1)) == [sentence(1)]


def test_a_page_that_never_closes_html_is_read_with_a_warning():
    a = read(HEAD + story(5) + "</article><footer>About us</footer><script>var x = 1;</script>")
    assert len(texts(a)) == 5
    assert a.warnings[0] == "the page may be truncated (it never closes </body> or </html>): stored what it holds"


def test_a_page_cut_inside_its_story_is_read_up_to_the_cut_with_a_warning():
    html = HEAD + story(6)
    cut = html[: html.index(sentence(1004)) + 30]
    a = read(cut)
    assert texts(a)[-1].endswith(sentence(1004)[:30].strip())
    assert len(texts(a)) == 5
    assert "truncated" in a.warnings[0]


def test_a_page_that_stops_inside_a_tag_is_read_with_a_warning():
    a = read(HEAD + story(4) + "<a href='https://example.org/next")
    assert len(texts(a)) == 4
    assert a.warnings[0] == "the page is truncated (it ends inside a tag): stored what it holds"


def test_scripts_after_the_closing_tag_do_not_make_a_page_look_cut():
    trailer = "<script>" + "track();" * 20_000 + "</script>"
    a = read(HEAD + story(4) + FOOT + trailer)
    assert len(texts(a)) == 4 and a.warnings == []


def test_a_page_cut_before_its_story_is_one_error_naming_the_cut():
    with pytest.raises(ReadError, match=r"^the page has no article text; the page is truncated \(it ends inside a tag\)$"):
        read(HEAD[:70])


def test_the_lines_of_a_list_set_in_one_paragraph_stay_the_storys():
    intro = " ".join(sentence(i) for i in range(3))
    offers = [f"{n}) Boxed set of the {n}th season (DVD) http://shop.example/{n}" for n in range(1, 9)]
    a = read(HEAD + story(3) + f"<p>{intro}<br>\n<br>" + "<br>\n<br>".join(offers) + "</p>" + FOOT)
    assert texts(a)[-len(offers) - 1:] == [intro, *offers]


def test_a_short_line_after_the_story_in_an_element_of_its_own_is_still_furniture():
    a = read(HEAD + story(3) + "<p>Share on Facebook<br>\n<br>Share on X</p>" + FOOT)
    assert len(texts(a)) == 3


# Captions come from the page's own figures (trafilatura reads the page without its images,
# which on some pages made it drop whole lists and headings), put back where the page prints them.


def test_a_figure_caption_stands_where_the_page_prints_it_and_a_sidebars_does_not():
    a = read(
        HEAD + story(2)
        + "<figure><img src='bridge.jpg'><figcaption>Image caption, The bridge at dawn.</figcaption></figure>"
        + story(2, start=10)
        + "<p><img src='map.png'><span class='wp-caption-text'>The river's course, from the survey.</span></p>"
        + story(1, start=20)
        + "</article><aside><figure><img src='ad.jpg'><figcaption>Our best offers this week</figcaption></figure></aside>"
        + FOOT
    )
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["title", "body", "body", "caption", "body", "body", "caption", "body"]
    assert [p.text for p in a.paragraphs if p.kind == "caption"] == ["The bridge at dawn.", "The river's course, from the survey."]


def test_a_real_pages_feature_lists_and_numbered_headings_stay_in_the_story():
    # WCXB development page 4252 (bench/data/wcxb-dev/, a tuning page): read with images,
    # trafilatura dropped every list of features and every "1. QuickBooks" heading
    page = Path(__file__).resolve().parents[1] / "bench" / "data" / "wcxb-dev" / "html" / "4252.html.gz"
    a = prepare(gzip.decompress(page.read_bytes()), "4252.html").anatomy
    story_text = " ".join(p.text for p in a.paragraphs if p.kind in {"body", "subhead"})
    assert "Invoicing Customization: Create bespoke invoices" in story_text
    assert "1. QuickBooks" in texts(a, "subhead")


def test_a_list_precision_mode_drops_inside_the_story_is_put_back():
    # WCXB development page 4801 (a tuning page): trafilatura's precision mode drops the plain
    # lists of sentences after "This meant:" and "reparability is a huge benefit:"; balanced
    # mode keeps them
    page = Path(__file__).resolve().parents[1] / "bench" / "data" / "wcxb-dev" / "html" / "4801.html.gz"
    body = texts(prepare(gzip.decompress(page.read_bytes()), "4801.html").anatomy)
    for opening, items in (("This meant:", ("Fixed Switches:", "Difficult Repairs:")),
                           ("reparability is a huge benefit:", ("Simplified Troubleshooting:", "Increased Longevity:"))):
        at = next(i for i, t in enumerate(body) if t.endswith(opening))
        assert [t.split(":")[0] + ":" for t in body[at + 1: at + 3]] == list(items)

"""Page furniture and cut paragraphs: one small hand-made page or block list per rule, then a
few facts of real pages from the article-extraction benchmark (bench/data/aeb)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsx.store.read import prepare
from newsx.store.read.anatomy import dissect_blocks, looks_cut, strip_title_suffix

AEB = Path(__file__).resolve().parents[1] / "bench" / "data" / "aeb"
STORY = (
    "The council voted on Tuesday to close the harbour bridge for repairs, officials said, "
    "after inspectors found corroded cables under the eastern span."
)
MORE = "Engineers expect the work to take eight months and cost about $40 million, the council said."


def page(body: str, head: str = "<title>Bridge to Close for Repairs</title>") -> str:
    return f"<!doctype html><html><head>{head}</head><body><article><h1>Bridge to Close for Repairs</h1>{body}</article></body></html>"


def read(html: str):
    return prepare(html.encode(), "page.html").anatomy


def kinds(anatomy, kind):
    return [p.text for p in anatomy.paragraphs if p.kind == kind]


def blocks(*texts):
    return dissect_blocks([(None, t) for t in texts])


# 10. Paragraphs cut at HTML comments


def test_text_after_an_html_comment_inside_a_paragraph_is_kept():
    a = read(page(
        f"<p>The mayor, <!-- -->Jane Roe<!-- -->, said the bridge <!-- -->would reopen<!-- --> in spring.</p>"
        f"<p>{STORY}</p><p>{MORE}</p>"
    ))
    assert "The mayor, Jane Roe, said the bridge would reopen in spring." in kinds(a, "body")
    assert a.warnings == []


@pytest.mark.parametrize("text, cut", [
    ("The council voted to close the bridge, and the mayor said", True),
    ("The council voted to close the bridge on Tuesday after a long debate,", True),
    ("Engineers expect the work to take eight months and cost about the", True),
    (STORY, False),
    ("“We will rebuild it,” she said. “Every cable of it.", False),  # a quote running on
    ("Bridge Closed", False),
])
def test_a_paragraph_that_stops_mid_sentence_is_flagged(text, cut):
    assert looks_cut(text) is cut


def test_a_cut_paragraph_is_a_warning_with_its_number():
    a = blocks("Bridge to Close", STORY, "The council voted to close the bridge, and the mayor said", MORE)
    assert a.warnings == ["paragraph 3 looks cut short (ends mid-sentence: … to close the bridge, and the mayor said)"]


# 9. Titles with section, site or author suffixes


@pytest.mark.parametrize("title, known, clean", [
    ("Bridge to close | World news | Example Times", [], "Bridge to close"),
    ("Bridge to close - Jane Doe", ["Jane Doe"], "Bridge to close"),
    ("Bridge to close \u2013 The Harbour Post", ["harbourpost"], "Bridge to close"),
    ("Bridge to close-Harbour Post", ["Harbour Post"], "Bridge to close"),
    ("Opinion|Why the bridge must close", [], "Why the bridge must close"),
    # a dash inside a real headline stays when what follows names nobody we know
    ("Storm hits coast - thousands without power", ["Example Times"], "Storm hits coast - thousands without power"),
])
def test_title_suffixes(title, known, clean):
    assert strip_title_suffix(title, known) == clean


def test_page_title_loses_site_and_writer():
    head = (
        '<title>Bridge to close | Local | Harbour Post</title><meta property="og:site_name" content="Harbour Post">'
        '<meta property="og:title" content="Bridge to close - Jane Doe"><meta name="author" content="Jane Doe">'
    )
    html = f"<!doctype html><html><head>{head}</head><body><article><p>{STORY}</p><p>{MORE}</p></article></body></html>"
    assert read(html).title == "Bridge to close"


# 9. Captions written into the body


def test_agency_photo_captions_in_the_body_are_captions():
    cap = ("Defence Minister Jane Roe, left, and her counterpart shake hands in Hanoi, Vietnam "
           "Wednesday, Nov. 20, 2019. Roe is on a tour of the region.")
    credit = "The eastern span of the bridge (Credit: Harbour Authority)"
    expand = "Inspectors found corroded cables under the span. ... [+]"
    a = blocks("Bridge to Close", STORY, cap, credit, expand, MORE)
    assert kinds(a, "caption") == [cap, credit, expand]
    assert kinds(a, "body") == [STORY, MORE]


def test_a_full_date_in_a_story_sentence_is_not_a_caption():
    text = "The vote came on Wednesday, Nov. 20, 2019, after a year of hearings, the council said."
    assert kinds(blocks("Bridge to Close", STORY, text, MORE), "body") == [STORY, text, MORE]


def test_pop_up_cards_inside_paragraphs_are_dropped():
    a = read(page(
        '<p>The plan was backed by Rep. <span class="rollover-people"><a href="/p/roe">Jane Roe</a>'
        '<span class="rollover-people-block"><img src="roe.jpg"><a href="/x">Roe backs ferry plan</a></span></span>'
        f" and the mayor.</p><p>{STORY}</p><p>{MORE}<span style=\"display:none\">Hidden teaser</span></p>"
    ))
    body = kinds(a, "body")
    assert "The plan was backed by Rep. Jane Roe and the mayor." in body
    assert "Roe backs ferry plan" not in " ".join(body) and "Hidden teaser" not in " ".join(body)


# 9. Promo and widget lines


@pytest.mark.parametrize("line", [
    "Sign up for our morning briefing and get the news in your inbox.",
    "Loading\u2026",
    "Start your day with the Morning Memo, our free newsletter.",
    "Get the Harbour Post app for breaking news alerts",
    "Like this story? Share it with a friend!",
    "If you enjoyed this article, we have a proposition for you: join our members.",
    "Follow the Harbour Post on Facebook, Twitter and Instagram.",
    "SEE MORE: Ferry fares to rise in January",
    "Ferry fares to rise [INSIGHT] | Bridge tolls frozen [VIDEO]",
    "Note: we are temporarily moderating all comments submitted.",
])
def test_promo_lines_are_boilerplate(line):
    a = blocks("Bridge to Close", STORY, line, MORE)
    assert kinds(a, "boilerplate") == [line]
    assert kinds(a, "body") == [STORY, MORE]


# 9. Editor's notes


@pytest.mark.parametrize("line", [
    "This article was amended on 5 March 2024 to correct the length of the bridge.",
    "This story has been updated with comment from the council.",
    "Correction: An earlier version misstated the cost of the repairs.",
    "Editor's note: Jane Roe is a member of the Harbour Post's board.",
])
def test_editors_notes_are_their_own_kind(line):
    a = blocks("Bridge to Close", STORY, MORE, line)
    assert kinds(a, "note") == [line]
    assert kinds(a, "body") == [STORY, MORE]


# 9. Long page tails


def test_everything_after_a_tail_heading_is_furniture():
    tail = [f"Reader comment number {n}: I drive over that bridge every day and it has been awful for years." for n in range(60)]
    a = dissect_blocks(
        [(None, "Bridge to Close"), (None, STORY), (None, MORE), ("subhead", "Comments")]
        + [(None, t) for t in tail]
        + [("subhead", "Related Stories"), (None, "Ferry Fares Rise")]
    )
    assert kinds(a, "body") == [STORY, MORE]
    assert kinds(a, "subhead") == []
    assert len(kinds(a, "boilerplate")) == 63


@pytest.mark.parametrize("subhead", ["Discussion", "Related Risks Grow", "More Than a Bridge"])
def test_a_story_subhead_that_resembles_a_tail_heading_ends_nothing(subhead):
    a = dissect_blocks([(None, "Bridge to Close"), (None, STORY), (None, MORE), ("subhead", subhead), (None, STORY + " Again.")])
    assert kinds(a, "subhead") == [subhead]
    assert kinds(a, "body") == [STORY, MORE, STORY + " Again."]


def test_a_tail_heading_before_the_story_begins_ends_nothing():
    a = dissect_blocks([(None, "Bridge to Close"), ("subhead", "Related"), (None, STORY), (None, MORE)])
    assert kinds(a, "body") == [STORY, MORE]


# 9. By-lines


def test_byline_with_a_date_glued_on():
    line = "By Jane Doe Jane Doe The Harbour Post Biography Jane Doe @janedoe Nov. 19, 2019 8:03 am ET"
    a = blocks("Bridge to Close", line, STORY, MORE)
    assert kinds(a, "credit") == [line]
    assert (a.byline, a.published) == ("Jane Doe", "2019-11-19")


def test_by_alone_takes_the_next_line_as_the_byline():
    a = blocks("Bridge to Close", "By", "Jane Doe", STORY, MORE)
    assert kinds(a, "credit") == ["By", "Jane Doe"]
    assert a.byline == "Jane Doe"
    assert kinds(a, "body") == [STORY, MORE]


@pytest.mark.parametrize("line, byline", [
    ("By Jane Doe@janedoe Nov 18, 2019, 4:35pm EST", "Jane Doe"),
    ("By Jane DoeStaff Writer", "Jane Doe"),
    ("By Jane DoeFOXBusiness", "Jane Doe"),
    ("by Jane Doe", "Jane Doe"),
])
def test_bylines_shed_handles_roles_and_dates(line, byline):
    a = blocks("Bridge to Close", line, STORY, MORE)
    assert a.byline == byline
    assert a.agency is None  # a date is no outlet


@pytest.mark.parametrize("line, name", [
    ("Keith Lam contributed reporting from Hong Kong.", "Keith Lam"),
    ("Harbour News\u2019 Jane Doe contributed to this report.", "Jane Doe"),
])
def test_contributor_lines_are_credits(line, name):
    a = blocks("Bridge to Close", STORY, MORE, line)
    assert kinds(a, "credit") == [line]
    assert {"role": "contributing", "name": name} in a.credits


def test_writers_bio_at_the_end_is_a_credit():
    bio = "Jane Doe (jane@example.com) is the editor and publisher of the Harbour Post."
    a = blocks("Bridge to Close", STORY, MORE, bio)
    assert kinds(a, "credit") == [bio]


def test_update_time_stamp_is_a_credit():
    a = blocks("Bridge to Close", STORY, "Updated at 1:23 p.m.", MORE)
    assert kinds(a, "credit") == ["Updated at 1:23 p.m."]


# 13. Language


def test_language_is_detected():
    fr = ("Le conseil municipal a voté mardi la fermeture du pont du port pour des travaux, "
          "après la découverte de câbles corrodés sous la travée est, selon les responsables.")
    assert read(page(f"<p>{STORY}</p><p>{MORE}</p>")).language == "en"
    fr2 = "Les travaux dureront huit mois et coûteront environ quarante millions de dollars, a précisé le conseil."
    assert read(page(f"<p>{fr}</p><p>{fr2}</p>")).language == "fr"


# Facts of real pages (the benchmark's tuning half)


def aeb(name: str):
    truth = json.loads(gzip.decompress((AEB / "ground-truth.json.gz").read_bytes()))[name]
    html = gzip.decompress((AEB / "html" / f"{name}.html.gz").read_bytes())
    return prepare(html, truth["url"]).anatomy


def test_real_page_with_comments_in_its_paragraphs_keeps_its_sentences():
    a = aeb("702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed")
    body = kinds(a, "body")
    assert body[0].startswith("When President Trump’s advisers suggested that Beijing resume buying around $20 billion")
    assert any(p.startswith("Eswar Prasad, a trade professor at Cornell, said") for p in body)
    assert "Keith Bradsher contributed reporting from Hong Kong." in kinds(a, "credit")
    assert (a.title, a.byline, a.language) == ("Trump’s Made-for-TV Trade War Keeps World Guessing", "Ana Swanson", "en")


def test_real_page_with_a_dated_byline():
    a = aeb("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")
    assert (a.byline, a.published) == ("Sarah E. Needleman", "2019-11-19")
    assert not any(p.startswith("By ") for p in kinds(a, "body"))


def test_real_japanese_page_is_read_and_known_for_japanese():
    a = aeb("f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d")
    assert a.language == "ja"
    assert kinds(a, "body")[0].startswith("Kindle書籍を読む場合は")


def test_caption_lines_written_inside_a_figure_are_captions():
    a = read(page(
        f"<p>{STORY}</p>"
        "<figure><img src='span.jpg'><ul><li>The eastern span, photographed in May.</li>"
        "<li>Photograph: Harbour Authority</li></ul></figure>"
        f"<p>{MORE}</p>"
    ))
    assert kinds(a, "body") == [STORY, MORE]
    assert "The eastern span, photographed in May." in kinds(a, "caption")

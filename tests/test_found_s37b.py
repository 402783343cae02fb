"""Kinds of text rounds 49-59 showed losing a direct quote to its marks, tuned in session 37's second wave: a
made-up text per rule (invented names), and the real articles of two rounds it fixes."""

from __future__ import annotations

from newsx.store.nlp.quotes import quote_spans

from .extraction_corpus import direct_quote, extract_text
from .extraction_corpus import page as _page


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_spans(text)]


# An opening mark typed for the closing one right after a quoted phrase's last word, a space after it ('to conduct
# an “expedited review“ of'): it opens no word, so it closes the phrase (it used to open a quote running on).

def test_an_opening_mark_right_after_a_word_closes_the_quote():
    text = "The board called the plan \u201ca costly mistake\u201c and the mayor a \u201cpoor steward.\u201d"
    assert _spans(text) == ["a costly mistake", "poor steward."]


def test_an_opening_mark_typed_for_the_closing_one_after_a_word_is_found_on_the_page():
    found = extract_text(
        "Analysts rate the fleet\n\n"
        "Two analysts, Dana Orrin and Wes Kale, found last year that the navy is \u201cthe finest in the region\u201c "
        "and that its ports are \u201cthe busiest on the coast.\u201d\n"
    )
    assert direct_quote(found, "the finest in the region") is not None


def test_flint_and_israel_phrases_closed_by_an_opening_mark():
    # round 53's flint_sanders_clinton ('conduct an “expedited review“ of') and round 59's israel_doom_gloom ('is
    # “the best in the world“ and', 'explains “the advantages of peace ... states“ with') lost these quotes
    assert direct_quote(_page("polnear/huff-post/flint_sanders_clinton.txt"), "expedited review") is not None
    israel = _page("polnear/huff-post/israel_doom_gloom.txt")
    assert direct_quote(israel, "the best in the world") is not None
    assert direct_quote(israel, "the advantages of peace for Egypt and the Arab states") is not None

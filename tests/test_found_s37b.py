"""Kinds of text rounds 49-59 showed losing a direct quote to its marks, tuned in session 37's second wave: a
made-up text per rule (invented names), and the real articles of two rounds it fixes."""

from __future__ import annotations

from newsx.store.nlp.quotes import quote_spans

from .extraction_corpus import direct_quote, direct_speaker, extract_text
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


# A quote within a quote written with the same curly marks ('“If you care ..., you have to care even when “your
# team” needs to be held accountable.”'): the inner marks nest inside the outer quote, which runs on to its own
# closing mark (the inner mark used to open a new quote, losing the words before it).

def test_curly_marks_inside_a_curly_quote_nest():
    text = "\u201cWe asked them, \u201cWhere is the money?\u201d and heard nothing back,\u201d Roe said."
    assert _spans(text) == ["We asked them, \u201cWhere is the money?\u201d and heard nothing back"]


def test_a_quote_holding_a_quote_in_curly_marks_is_found_whole():
    found = extract_text(
        "Council fight goes on\n\n"
        "Councillor Mara Quill wrote, \u201cIf the board wants trust, it has to answer even when \u201cits own people\u201d "
        "are the ones asking. Nothing less will do.\u201d\n"
    )
    quote = direct_quote(found, "If the board wants trust")
    assert quote is not None and "Nothing less will do" in quote.text
    assert direct_speaker(found, "If the board wants trust") == "Mara Quill"


def test_zornick_and_klein_quotes_holding_quotes():
    # round 56's blm_clinton_emanuel ('Zornick ... wrote, “If you want ... when “your team” needs ...”') and round
    # 52's trump_carson_jewish_flop ('“Donald Trump’s absurd ... claim that ... “has to do with Israel ...” makes
    # clear ...,” wrote Morton Klein') kept only the words from the inner quote on
    blm = _page("polnear/west-journal/blm_clinton_emanuel.txt")
    assert direct_speaker(blm, "If you want people to know you care about police brutality") == "George Zornick"
    carson = _page("polnear/politico/trump_carson_jewish_flop.txt")
    assert direct_speaker(carson, "absurd and factually inaccurate claim") == "Morton Klein"


# A mark ending a paragraph with no quote open, right after a speech verb's stop or comma and a clause's words ('“...
# it's not true,” he said. I am not sure why ... admiral.”', 'she added, Donald Trump is a proven failure.”'): the
# copy dropped the opening mark, and the words after the verb are the quote (they used to be no one's).

def test_a_closing_mark_after_a_cue_opens_the_words_the_copy_left_unmarked():
    text = "\u201cIt was never the plan,\u201d she said. We will not sell the harbour to anyone.\u201d"
    assert _spans(text) == ["It was never the plan", "We will not sell the harbour to anyone."]
    added = "Listing the closures he added, the board has failed every town on the river.\u201d"
    assert _spans(added) == ["the board has failed every town on the river."]


def test_a_stray_closing_mark_after_a_cue_closes_no_words():
    text = "\u201cWe will rebuild every street,\u201d Whitcombe said.\u201d"
    assert _spans(text) == ["We will rebuild every street"]


def test_a_quote_whose_opening_mark_the_copy_dropped_after_a_cue_is_found_on_the_page():
    found = extract_text(
        "Mayor on the harbour sale\n\n"
        "\u201cIt was never the plan,\u201d Mayor Dana Whitcombe said. We will not sell the harbour to anyone.\u201d\n"
    )
    assert direct_speaker(found, "We will not sell the harbour") == "Dana Whitcombe"


def test_warren_and_admiral_harris_words_after_a_cue():
    # round 58's warren_proven_failure ('she added, Donald Trump is a proven businessman, a proven failure.”') and
    # round 59's admiral_rattles_beijing ("''..., it's not true,'' he said. I am not sure why ... admiral.''")
    warren = _page("polnear/breitbart/warren_proven_failure.txt")
    assert direct_speaker(warren, "Donald Trump is a proven businessman, a proven failure") == "Elizabeth Warren"
    admiral = _page("polnear/nyt/admiral_rattles_beijing.txt")
    assert direct_speaker(admiral, "I am not sure why they have to have an adjective") == "Harry B. Harris Jr"

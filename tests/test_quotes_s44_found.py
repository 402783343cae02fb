"""Reported speech the finder missed on rounds 60-72, tuned in session 44 (branch s44-found): one made-up test per
reading (invented names), and facts of real articles of the rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, page, reported


def _statements_holding(extraction, snippet: str) -> list[tuple[str, str | None]]:
    return [(text, speaker) for text, speaker in reported(extraction) if snippet in text]


# The short words of a reported clause before the phrase in marks that ends it are reported when they name the
# clause's subject ('his group was "glad ..."'), or when their last verb helps one the marks hold ('the US will
# "allow the facts to unfold"'): the gold keeps them as a reported snippet.

def test_a_named_subject_and_its_verb_before_a_phrase_in_marks_are_reported():
    found = extract_text("Harbour\n\nThe board met on Monday. Mayor Wes Kale said his group was \"glad to see the plan"
                         " go ahead.\"\n")
    assert _statements_holding(found, "his group was") == [("his group was", "Wes Kale")]


def test_an_auxiliary_whose_verb_is_in_marks_leaves_its_clause_reported():
    found = extract_text("Harbour\n\nThe board met on Monday. Mayor Wes Kale said the harbour board had not \"done"
                         " enough to keep the town safe.\"\n")
    assert [speaker for _, speaker in _statements_holding(found, "the harbour board had not")] == ["Wes Kale"]


def test_short_reported_words_before_a_phrase_in_marks_in_real_articles():
    # round 68's rove_tea_party_money ('said his group was "glad to have some big-time muscle join this cause"')
    assert [s for _, s in _statements_holding(page("rove_tea_party_money.txt"), "his group was")] == ["Fred Malek"]
    # round 69's pompeo_saudis_more_time ('instead saying the US will "allow the facts to unfold."')
    assert [s for _, s in _statements_holding(page("pompeo_saudis_more_time.txt"), "the US will")] == ["Mike Pompeo"]
    # round 72's obama_va_accountability ('declaring ... that his administration had not "done enough ..."')
    assert [s for _, s in _statements_holding(page("obama_va_accountability.txt"), "his administration had not")] == ["Kay Hagan"]

"""Direct speakers of exchanges and of quotes whose speaker the text set down before them, tuned in session 36 on
rounds 24-55: one made-up test per rule (invented names), and facts of real articles of two different rounds it fixes
(the held-out gate)."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, extract_text, page


# A quote-only paragraph after one whose last sentence has "he" or "she" for its subject ('She pauses.', 'He's used
# the software to design a pattern ...') is the words of the person that pronoun stands for: the paragraph before is
# about them as much as if it named them.

def test_a_quote_after_a_paragraph_about_she_is_hers():
    found = extract_text(
        "Volunteers call voters in Dayton\n\n"
        "Mary Colt, a retired nurse, has called voters for the campaign every evening since January.\n\n"
        "She reads the script slowly to each of them.\n\n"
        '"Well, thank you so much for your time tonight."\n')
    assert direct_speaker(found, "thank you so much") == "Mary Colt"
    assert direct_quote(found, "thank you so much").sieve == "paragraph before"


def test_a_quote_after_a_paragraph_about_someone_else_is_not_his():
    # the paragraph before is about the building, not the man named in it: no one to give the quote to
    found = extract_text(
        "A station opens again in Dayton\n\n"
        "Tom Pike, an architect, was in Dayton on Monday.\n\n"
        "The old station, which he saved from demolition, opens again next month.\n\n"
        '"It is a lovely building and the town deserves it."\n')
    assert direct_quote(found, "lovely building").sieve != "paragraph before"


def test_quotes_after_a_pronoun_subject_in_real_articles():
    # round 55's black_votes_south_carolina: '"I am calling from the Hillary Clinton campaign ..." Miller ... said
    # pleasantly into the phone. ... // She pauses. // "Well, thank you so much -."'; round 42's voiceprint_textiles:
    # 'He's used the software to design a pattern inspired by ... Japanese textiles ... // "Computer code is very
    # simple and minimalistic ..."'
    assert direct_speaker(page("polnear/wash-post/black_votes_south_carolina.txt"), "Well, thank you so much") == "Eva Miller"
    assert direct_speaker(page("abc/voiceprint_textiles.txt"), "Computer code is very simple") == "Pierre Proske"

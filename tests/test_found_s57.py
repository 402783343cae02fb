"""Session 57, direct quotes found (branch s57-found): a work's title in marks after words that name it a work is no
one's words, and a sentence of prose quoting words in capitals is parsed as prose. Facts of real pages of the gold
rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, page


def test_a_works_title_after_words_naming_it_one_is_no_quote():
    # round 97's biden_mccain_eulogy: 'journalist Robert Timberg wrote in "The Nightingale’s Song."', 'In his last book,
    # "The Restless Wave," McCain recalled ...'
    quoted = [q.text for q in page("allsides/biden_mccain_eulogy.txt").quotes if q.kind == "direct"]
    assert not [t for t in quoted if "Nightingale" in t or "Restless Wave" in t]
    # a lower-case phrase after a work's noun is still quoted
    words = extract_text('Headline\n\nSmith said the new book, “would change how people read history,” she added.\n')
    assert [q.text for q in words.quotes if q.kind == "direct"]


def test_a_sentence_quoting_a_post_in_capitals_is_prose():
    # round 97's trump_rouhani_never_threaten: 'He declared, "WE ARE NO LONGER A COUNTRY THAT WILL STAND FOR YOUR
    # DEMENTED WORDS OF VIOLENCE & DEATH. BE CAUTIOUS!"', a paragraph of its own after the tweet's first line
    assert direct_speaker(page("allsides/trump_rouhani_never_threaten.txt"), "WE ARE NO LONGER A COUNTRY") == "Donald Trump"
    # a subhead in capitals with a phrase in marks stays a subhead, unparsed
    subhead = extract_text('Headline\n\nThe crowd gathered early.\n\n“LOCK HER UP” CHANTS ERUPT AT RALLY\n\nThe crowd left.\n')
    assert not [q for q in subhead.quotes if q.kind == "direct" and "LOCK HER UP" in q.text]


def test_a_sentence_in_capitals_after_a_colon_is_the_posts_words():
    # round 97's trump_rouhani_never_threaten: 'Trump's tweet, posted in all-capital letters: "NEVER, EVER THREATEN THE
    # UNITED STATES AGAIN OR YOU WILL SUFFER CONSEQUENCES ..."', no cue in the prose but its owner before the colon
    speaker = direct_speaker(page("allsides/trump_rouhani_never_threaten.txt"), "NEVER, EVER THREATEN THE UNITED STATES")
    assert speaker == "Donald Trump"

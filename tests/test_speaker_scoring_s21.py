"""How the benchmark reads a predicted speaker against the gold's accepted names (session 21)."""

from __future__ import annotations

from bench.extraction_quality import right_speaker


def test_a_leading_article_on_either_side_is_no_other_speaker():
    assert right_speaker({"speaker": ["insider"]}, "an insider", set())
    assert right_speaker({"speaker": ["statement", "party"]}, "the statement", set())
    assert right_speaker({"speaker": ["the analysts"]}, "Analysts", set())
    assert right_speaker({"speaker": ["spokesman"]}, "A spokesman", set())
    assert right_speaker({"speaker": ["Trump campaign source"]}, "one Trump campaign source", set())
    assert right_speaker({"speaker": ["House Republican"]}, "Another House Republican", set())
    assert right_speaker({"speaker": ["class members"]}, "some class members", set())
    # an alias of the speaker's entity is read the same way
    assert right_speaker({"speaker": ["Treasury"]}, "it", {"the treasury"})


def test_dropping_the_article_never_makes_another_speaker_right():
    assert not right_speaker({"speaker": ["insider"]}, "an outsider", set())
    assert not right_speaker({"speaker": ["analysts"]}, "the analyst's client", set())
    assert not right_speaker({"speaker": ["Tony Blair", "Mr Blair"]}, "The prime minister on Sunday", set())
    # an article alone is no speaker, nor is a word that only begins like one
    assert not right_speaker({"speaker": ["a"]}, "the", set())
    assert not right_speaker({"speaker": ["other"]}, "another", set())
    assert not right_speaker({"speaker": ["one"]}, "the", set())
    assert not right_speaker({"speaker": ["adviser"]}, "one advisers' aide", set())
    assert not right_speaker({"speaker": ["Hague"]}, "The Hague Court", set())
    assert not right_speaker({"speaker": ["Republican"]}, "another", set())


def test_the_title_reading_never_parts_the_same_words_on_both_sides():
    # round 102 (cnbc_debate_moderators_backlash, iran_surpass_enrichment_limits): the gold's side was cut by its own
    # other form and the program's was not, or a noun was read as a title on one side only
    rnc = ["Reince Priebus", "chairman of the Republican National Committee", "Republican National Committee"]
    assert right_speaker({"speaker": rnc}, "the chairman of the Republican National Committee", set())
    assert right_speaker({"speaker": ["health care worker"]}, "A health care worker in Tehran", set())


def test_a_head_noun_phrase_reads_past_one_of_and_a_year():
    # round 103 (trump_steps_up_deportation_push, trump_fake_nbc_nuke_story): the gold's speakers are the memos and the
    # commission's document; "one of" and the year before the noun left no head to read
    assert right_speaker({"speaker": ["memos", "memo"]}, "one of the memos", set())
    assert right_speaker({"speaker": ["FCC", "commission document"]}, "A 2008 commission document", set())
    assert not right_speaker({"speaker": ["memos"]}, "one of the lawyers", set())
    assert not right_speaker({"speaker": ["commission"]}, "A 2008 commission document", set())

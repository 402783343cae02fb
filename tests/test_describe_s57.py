"""Session 57, speakers' second stage (branch s57-describe): the chosen speaker mention read as the right entity or
form. Facts of real pages of the gold rounds, driven through the real reader and pipeline, and the benchmark's reading
of an unnamed speaker's phrase against the gold's head noun."""

from __future__ import annotations

from bench.extraction_quality import right_speaker

from .extraction_corpus import direct_quote, direct_speaker, page


def test_a_named_persons_office_speaks_for_the_person():
    # round 96's us_reverses_settlements_stance: '"...," Netanyahu's office said in a statement.' (gold ruling 21: an
    # office speaking for its holder; gold accepts Netanyahu, as round 62's `Powell's office`)
    settlements = page("allsides/us_reverses_settlements_stance.txt")
    assert direct_speaker(settlements, "rights a historical wrong") == "Benjamin Netanyahu"
    # and still a body, whom "it" goes on with: round 80's korean_leaders_surprise_summit, '..., Mr Moon's office
    # said.' then '"Both leaders exchanged opinions...," it added'
    summit = page("allsides/korean_leaders_surprise_summit.txt")
    assert direct_quote(summit, "Both leaders exchanged opinions").speaker == "Mr Moon's office"
    assert direct_speaker(summit, "Both leaders exchanged opinions") == "Moon Jae-in"


def test_a_bodys_name_the_parser_split_as_an_apposition_is_whole():
    # round 96's medical_staffing_bailout_money: '"...," the Coalition Against Surprise Medical Billing said in a
    # statement to ProPublica.' (the parser hung "Medical Billing" on "Coalition" as an apposition)
    staffing = page("allsides/medical_staffing_bailout_money.txt")
    assert direct_quote(staffing, "support health care workers").speaker == "the Coalition Against Surprise Medical Billing"


def test_an_unnamed_speakers_phrase_is_the_gold_head_noun_phrase():
    # round 97's cnn_trump_war_personal ('..., a second source at CNN told The Hill'; '..., the network's
    # communications department shot back'), dhs_defund_bill_senate ('An aide to Sen. Claire McCaskill said'),
    # schumer_iran_deal_test ('One person familiar with the early March phone call between Schumer and McDonough')
    assert right_speaker({"speaker": ["second source", "source"]}, "a second source at CNN", set())
    assert right_speaker({"speaker": ["communications department", "CNN"]}, "the network\u2019s communications department", set())
    assert right_speaker({"speaker": ["aide", "Sen. Claire McCaskill"]}, "An aide to Sen. Claire McCaskill", set())
    assert right_speaker({"speaker": ["person familiar with the early March phone call", "person"]},
                         "One person familiar with the early March phone call between Schumer and McDonough", set())
    # and the other way round: the gold's phrase, the program's head noun
    assert right_speaker({"speaker": ["a source close to him"]}, "the source", set())


def test_a_head_noun_phrase_never_makes_another_speaker_right():
    # a named owner's office is not the gold's bare `office`, nor another head noun the gold's
    assert not right_speaker({"speaker": ["office"]}, "Netanyahu\u2019s office", set())
    assert not right_speaker({"speaker": ["source"]}, "an aide to the senator", set())
    assert not right_speaker({"speaker": ["aide"]}, "the senator's spokesman", set())
    # both sides cut to one head is no match: two sources apart
    assert not right_speaker({"speaker": ["source close to him"]}, "a source at CNN", set())
    # nor a name's words after a post-modifier's opener
    assert not right_speaker({"speaker": ["Bank"]}, "Bank of England", set())


def test_counted_members_of_a_party_speak_by_the_phrase_that_counts_them():
    # round 65's gop_infighting_agenda: '"I don't see how you put a coalition together ...," said one House Republican
    # who is close to Speaker Paul Ryan' (gold `one House Republican`); round 66's reid_filibuster_rules: 'Some
    # Democrats said they worried that ...' (gold `Some Democrats`); still linked to the party
    infighting = page("allsides/gop_infighting_agenda.txt")
    assert direct_quote(infighting, "put a coalition together").speaker == "one House Republican"
    reid = page("allsides/reid_filibuster_rules.txt")
    assert [q.speaker for q in reid.quotes if q.kind == "indirect" and "pull back from altering" in q.text] == ["Some Democrats"]

"""Session 57, speakers' second stage (branch s57-describe): the chosen speaker mention read as the right entity or
form. Facts of real pages of the gold rounds, driven through the real reader and pipeline, and the benchmark's reading
of an unnamed speaker's phrase against the gold's head noun."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, page


def test_a_named_persons_office_speaks_for_the_person():
    # round 96's us_reverses_settlements_stance: '"...," Netanyahu's office said in a statement.' (gold ruling 21: an
    # office speaking for its holder; gold accepts Netanyahu, as round 62's `Powell's office`)
    settlements = page("allsides/us_reverses_settlements_stance.txt")
    assert direct_speaker(settlements, "rights a historical wrong") == "Benjamin Netanyahu"


def test_a_bodys_name_the_parser_split_as_an_apposition_is_whole():
    # round 96's medical_staffing_bailout_money: '"...," the Coalition Against Surprise Medical Billing said in a
    # statement to ProPublica.' (the parser hung "Medical Billing" on "Coalition" as an apposition)
    staffing = page("allsides/medical_staffing_bailout_money.txt")
    assert direct_quote(staffing, "support health care workers").speaker == "the Coalition Against Surprise Medical Billing"

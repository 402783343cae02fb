"""Rounds 71, 73 and 74's never-merge breaks (session 45, s45-merges), each on the real page it fixes: a party's
acronym hyphened to a participle ("the GOP-orchestrated shutdown") is no use of it naming the party alone; a bare
surname written before the one full name of it, which follows a spouse's title ("first lady Michelle Obama"), is no
short name of hers; a people's word before "embassy" ("the Russian embassy") names the country's mission, no site
of that word's; two bodies the model ran into one span over "&" ("the Rep. House & Senate"), each written alone, are two."""

from __future__ import annotations

from .extraction_corpus import by_alias, named_apart, named_as_one, page


def test_a_partys_acronym_hyphened_to_a_participle_does_not_join_the_acting_plural():
    # round 71: "the GOP-orchestrated 16-day shutdown" beside "Republicans on Capitol Hill convinced him"
    assert named_apart(page("allsides/trump_good_time_shutdown.txt"), "GOP", "Republicans")


def test_a_partys_acronym_hyphened_or_before_its_noun_does_not_join_the_acting_plural():
    # round 73: "under a GOP-controlled Congress", "GOP opposition", beside "if Republicans keep the Speaker's gavel"
    assert named_apart(page("allsides/dems_fend_off_impeachment.txt"), "GOP", "Republicans")


def test_a_surname_written_before_the_full_name_after_a_spouses_title_is_not_hers():
    # round 74: "President Obama launched into his second term", then "he and first lady Michelle Obama exited the limo"
    assert named_apart(page("allsides/obama_second_term_agenda.txt"), "Obama", "Michelle Obama")


def test_a_peoples_word_before_embassy_is_no_form_of_the_embassy():
    # round 74: "The Russian embassy in Washington later posted a tweet" beside "60 Russian diplomats"
    extraction = page("allsides/russian_diplomats_expelled.txt")
    assert "Russian" in by_alias(extraction) and not named_as_one(extraction, "Russian", "Russian embassy")


def test_two_bodies_run_into_one_span_over_an_ampersand_are_two():
    # round 74: a tweet's "I am proud of the Rep. House & Senate" beside "The House already voted" and "the Senate was
    # the issue"
    assert named_apart(page("allsides/gop_mandate_repeal_tax_bill.txt"), "House", "Senate")

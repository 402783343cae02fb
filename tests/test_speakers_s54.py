"""Kinds of text that gave a found direct quote the wrong speaker (session 54, issue 9, s54-speakers): a pronoun after a
sentence with a subject in its main clause and another in a clause inside it. One test per rule kept, on the real
article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_the_main_clauses_subject_is_whom_the_next_pronoun_goes_on_with():
    # round 91: 'New York Governor Andrew Cuomo criticized the use of force against demonstrators to make way for Trump
    # to hold the picture-taking opportunity. "It was really, truly shameful," he said.': Trump is the subject of a
    # clause inside Cuomo's sentence, though the story writes Trump with "he" far more often
    smolder = _page("allsides/cities_smolder_trump_barr_meet.txt")
    assert direct_speaker(smolder, "It was really, truly shameful") == "Andrew Cuomo"
    # round 91: 'Carpenter held out the prospect that Kavanaugh could surprise LGBT advocates. "Judges are capable of
    # surprising us ...," he said.'
    kavanaugh = _page("allsides/lgbtq_advocates_fear_kavanaugh.txt")
    assert direct_speaker(kavanaugh, "Judges are capable of surprising us") == "Dale Carpenter"


def test_a_day_the_parser_took_for_the_subject_gives_way_to_the_name_beside_it():
    # round 92: 'Speaking of the DNC hack at the Aspen Security Forum Thursday, Director of National Intelligence James
    # Clapper said ... but added "there are just a few usual suspects."': the parser set the director beside "Thursday"
    dccc = _page("allsides/dccc_hack_dnc_breach_similar.txt")
    assert direct_speaker(dccc, "there are just a few usual suspects") == "James Clapper"


def test_a_verb_joined_to_a_verb_inside_the_quote_goes_on_with_the_quotes_cue():
    # round 92: 'Last week, Trump said, "I think it was Russia, and I think it could have been other people in other
    # countries," and later backtracked, saying, "Nobody really knows for sure."': the parser joined "backtracked" to
    # the quote's "think", whose subject is the quote's own "I"
    meeting = _page("allsides/trump_jr_russian_lawyer_meeting.txt")
    assert direct_speaker(meeting, "Nobody really knows for sure") == "Trump"  # the president, not the quote's "I"


def test_the_noun_after_a_preposition_read_as_a_clauses_mark_is_no_second_subject():
    # round 91: 'A senior US official before the talks described a first step ... that would stop Iran's nuclear
    # program "from moving forward for the first time in decades,"': the parser hung "before" on the verb as a mark
    # and gave it two subjects; the talks say nothing
    geneva = _page("allsides/iran_nuclear_talks_geneva_progress.txt")
    assert direct_speaker(geneva, "from moving forward for the first time in decades") == "A senior US official"

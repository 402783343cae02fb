"""Direct quotes the finder missed on the AllSides rounds, tuned in session 41 on rounds 24-66: one made-up test per
rule (invented names), and facts of real articles of different rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, page


# "Repeat" and "mention" report a statement through the that-clause they take ('repeated that her "..."', 'mentioned
# that any talk of ... "..."'): a phrase in marks inside that clause is the subject's words. They are no speech verbs
# of their own ("repeated calls", "mentioned in the report" say nothing), so only their that-clause is read.

def test_a_phrase_in_what_someone_repeated_is_hers():
    found = extract_text("Ann Coulby was asked three times whether she regretted the vote. Coulby repeated that the"
                         ' bill was "fair to every family in the state."\n')
    assert direct_speaker(found, "fair to every family") == "Ann Coulby"


def test_a_phrase_in_what_someone_mentioned_is_his():
    found = extract_text("The town council met on Monday, and Roy Hammet mentioned that the old pier was"
                         ' "falling apart at both ends."\n')
    assert direct_speaker(found, "falling apart at both ends") == "Roy Hammet"


def test_a_phrase_after_repeated_calls_is_no_ones():
    found = extract_text('The company has faced repeated calls from the council to shut the "old east wing" at night.\n')
    assert not [q for q in found.quotes if q.kind == "direct" and "old east wing" in q.text]


def test_repeated_and_mentioned_in_real_articles():
    # round 65's clinton_email_sorry: 'Clinton repeated that her “personal email use was fully above board."'; round
    # 66's clinton_aides_no_charges: 'Stephen Mull mentioned that Clinton’s “email server is down.”'; round 47's
    # moe_foner_king_union: 'He mentioned that any talk of urban unrest and “long, hot summers,” should ...' (King)
    email = page("allsides/clinton_email_sorry.txt")
    assert direct_speaker(email, "personal email use was fully above board") == "Hillary Clinton"
    aides = page("allsides/clinton_aides_no_charges.txt")
    assert direct_speaker(aides, "email server is down") == "Stephen Mull"
    foner = page("ieer/nytwire/moe_foner_king_union.txt")
    assert direct_speaker(foner, "long, hot summers") == "Martin Luther King Jr"

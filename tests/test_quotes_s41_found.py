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


# A headline closing on its cue may go on past the verb ("..., Howard Dean Tells Democratic Convention.", "...,
# activist Sharpton says at Floyd memorial"), and may describe the speaker before the name in lowercase ("..., researcher
# Anne-Maree Pearse says"): the quoted phrase before the cue is still the named speaker's.

def test_a_headline_cue_that_tells_someone_gives_the_phrase_its_speaker():
    found = extract_text("Ports Are ‘The Weakest Link In The Chain,’ Roy Hammet Tells Shipping Conference.\n\n"
                         "Roy Hammet, the harbour master of Dunmore, spoke on Tuesday to the shipping conference in Leeds.\n")
    assert direct_speaker(found, "The Weakest Link In The Chain") == "Roy Hammet"


def test_a_headline_cue_after_a_description_gives_the_phrase_its_speaker():
    found = extract_text('Old harbour walls are "falling apart at both ends", engineer Roy Hammet says\n\n'
                         "Roy Hammet, an engineer in Dunmore, inspected the harbour walls on Tuesday.\n")
    assert direct_speaker(found, "falling apart at both ends") == "Roy Hammet"


def test_a_headline_cue_in_real_articles():
    # round 61's dean_guns_public_health: 'Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic
    # Convention.'; round 39's devil_tumour_biting: '... looking "like pizza", researcher Anne-Maree Pearse says'
    dean = page("polnear/huff-post/dean_guns_public_health.txt")
    assert direct_speaker(dean, "The Ultimate Public Health Crisis") == "Howard Dean"
    devil = page("abc/devil_tumour_biting.txt")
    assert direct_speaker(devil, "like pizza") == "Anne-Maree Pearse"

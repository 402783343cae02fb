"""Kinds of text rounds 24-51 (rounds 49-51, PolNeAR's 2016 campaign stories, the freshest) showed giving a
direct quote a wrong speaker, tuned in session 32: one made-up test per rule (invented names), and a fact of
the real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text
from .extraction_corpus import page as _page


# A speech verb the parser joined to the last verb of a clause someone reports ('saying that the bill had ...
# but was stalled - and arguing that ...'): the reporter's words, not the reported clause's subject's.

def test_a_speech_verb_joined_to_a_reported_clause_s_last_verb_is_the_reporter_s():
    text = (
        "Harrow hits back over ferry bill\n\n"
        "Senator Dale Harrow pushed back on those claims Thursday, saying that the bill had the right safety "
        "rules but was stalled by local mistrust - and arguing that he and Mayor Tom Lusk shared \"almost all "
        "the same views on the harbour.\"\n"
    )
    assert direct_speaker(extract_text(text), "almost all the same views") == "Dale Harrow"


def test_cruz_rubio_gloves_rubio_argues_he_and_cruz_share_views():
    # round 51's cruz_rubio_gloves: '..., saying that the bill had the correct security components but was
    # waylaid by voter mistrust - and arguing that he and Cruz shared "..."' went to "the bill"
    page = _page("polnear/wash-post/cruz_rubio_gloves.txt")
    assert direct_speaker(page, "almost all the same views on immigration") == "Marco Rubio"


# A participle after "before"/"after" hung from a reported clause ('told Lee that the news was "troubling,"
# before noting that ...'): the one who reports goes on to note, not the clause's subject.

def test_a_participle_after_a_reported_clause_s_time_word_is_the_reporter_s():
    text = (
        "Host defends colleague\n\n"
        "Rita Colvane told Ben Ashdown that the leaked news was “very, very troubling,” before noting that "
        "Ana Ruiz is “a decent person.”\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "a decent person") == "Rita Colvane"


def test_tapper_brazile_leak_tapper_notes_brazile_is_a_good_person():
    # round 49's tapper_brazile_leak: 'Tapper told O'Connor that the WikiLeaks news was "...," before noting
    # that Brazile is "a good person."' went to "the WikiLeaks news"
    page = _page("polnear/breitbart/tapper_brazile_leak.txt")
    assert direct_speaker(page, "a good person") == "Jake Tapper"


# "according to its count" inside a clause someone reports ('X said that according to its analysis, the
# party has won ..., but "we ..."'): the source the reporter cites, not who speaks.

def test_according_to_inside_a_reported_clause_is_not_the_speaker():
    text = (
        "Opposition claims victory\n\n"
        "Tin Maung, a member of the party's central committee, said Tuesday that according to its own count, "
        "the party has won 70 percent of the vote, but \"we are still counting the ballots.\"\n"
    )
    assert direct_speaker(extract_text(text), "we are still counting the ballots") == "Tin Maung"


def test_burma_opposition_landslide_win_htein_still_counting():
    # round 51's burma_opposition_landslide: 'Win Htein, ..., said ... that according to its analysis, the NLD
    # has won 82 percent ..., but "we are still counting the seats."' went to "its analysis"
    page = _page("polnear/wash-post/burma_opposition_landslide.txt")
    assert direct_speaker(page, "we are still counting the seats") == "Win Htein"


# A description by a role ("the Republican candidate") after a sentence about someone given another job
# ("Mayor Bill Dale"): the person an earlier sentence of the last few is about, who may hold the role.

DESCRIBED_AFTER_A_MAYOR = (
    "Candidate wants patrols back\n\n"
    "Ronald Pekar has sought to look tough on crime this week.\n\n"
    "On Thursday, Pekar called upon Mayor Bill Dunmore to restart night patrols of the river district. "
    "Dunmore disbanded the unit in April.\n\n"
    "\"We ought to start the patrols up again, and start them up this morning,\" the Republican candidate "
    "said in a radio interview.\n"
)


def test_a_role_description_after_someone_of_another_job_is_the_earlier_topic():
    found = extract_text(DESCRIBED_AFTER_A_MAYOR)
    assert direct_speaker(found, "We ought to start the patrols up again") == "Ronald Pekar"


def test_a_role_description_after_someone_of_that_job_is_still_him():
    text = DESCRIBED_AFTER_A_MAYOR.replace("the Republican candidate", "the mayor")
    assert direct_speaker(extract_text(text), "We ought to start the patrols up again") == "Bill Dunmore"


def test_trump_muslim_surveillance_the_republican_candidate_is_trump():
    # round 51's trump_muslim_surveillance: 'Trump called upon Mayor Bill de Blasio to restart surveillance
    # ... De Blasio disbanded the unit ... "...," the Republican presidential candidate said' stayed unnamed
    page = _page("polnear/politico/trump_muslim_surveillance.txt")
    assert direct_speaker(page, "frankly good information") == "Donald Trump"
    assert direct_speaker(page, "There’s hatred and there’s hatred") == "Donald Trump"


# "The former first lady" after a person the article calls "the former secretary": a past career has
# many jobs, so a former one the article did not give is still hers.

def test_a_former_role_description_is_the_person_given_another_former_job():
    text = (
        "Forum on defence\n\n"
        "Adela Brisk, the former secretary of defence, said she has the steadiness for the job.\n\n"
        "The former first lady and senator said it was \"a bad error\" to skip the briefing.\n"
    )
    assert direct_speaker(extract_text(text), "a bad error") == "Adela Brisk"


def test_veterans_support_forum_the_former_first_lady_is_clinton():
    # round 50's veterans_support_forum: 'Clinton, the former secretary of State, ... The former first lady
    # and U.S. senator said it was "a mistake"' stayed unnamed
    page = _page("polnear/usa-today/veterans_support_forum.txt")
    assert direct_speaker(page, "a mistake") == "Hillary Clinton"


# A name set off by a comma after the speaker's own apposition ('said Ann Roe, a pollster who worked for
# Lee's rival, then-governor Tom Dale'): the person the apposition brings in, never who speaks.

def test_a_name_after_the_speaker_s_apposition_does_not_speak():
    text = (
        "Pollster sees steady climb\n\n"
        "\"He is doing the same good things: raising money, getting the message out,\" said Nora Callow, a "
        "Dallas-based pollster who worked for Vance's rival in the 2014 race, then-lieutenant governor Peter "
        "Grisham. \"So far, it's working.\"\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "He is doing the same good things") == "Nora Callow"
    assert direct_speaker(found, "So far, it's working") == "Nora Callow"


def test_cruz_2012_strategy_baselice_not_dewhurst():
    # round 51's cruz_2012_strategy: 'said Michael Baselice, an Austin-based political pollster who worked
    # for Cruz's opponent in the 2012 race, then-lieutenant governor David Dewhurst' went to Dewhurst
    page = _page("polnear/usa-today/cruz_2012_strategy.txt")
    assert direct_speaker(page, "In some ways he's doing some of the same good steps") == "Michael Baselice"


# A description by a role that stood for a named person a few sentences before ("the Vermont senator")
# stands for them again ("the senator"), though an interviewer was quoted in between.

def test_a_role_description_stands_again_for_whom_it_stood_for():
    text = (
        "Senator says he is the outsider\n\n"
        "Paul Redfern told the host Nadia Brill on Sunday that the endorsements did not worry him.\n\n"
        "\"It tells you that one of us is the candidate of the insiders,\" the Ohio senator said.\n\n"
        "\"And that would be you?\" Brill asked.\n\n"
        "\"That would be me, yes. I think that's probably right,\" the senator said.\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "one of us is the candidate") == "Paul Redfern"
    assert direct_speaker(found, "That would be me") == "Paul Redfern"


def test_sanders_establishment_endorsements_the_senator_answers_borger():
    # round 51's sanders_establishment_endorsements: '"That would be you?" Borger asked. "That would be me,
    # yes. ...," the senator said.' went to Borger
    page = _page("polnear/politico/sanders_establishment_endorsements.txt")
    assert direct_speaker(page, "That would be me, yes") == "Bernie Sanders"


# A paragraph ending on a verb that cues a quote beside it and a colon ('17-year-old Jo Roe echoed:'): the
# quote in the next paragraph is the one it brings in, as after 'said:'.

def test_a_paragraph_ending_on_echoed_and_a_colon_brings_in_the_next_quote():
    text = (
        "Voters at the diner\n\n"
        "81-year-old Walter Hume, a lifelong Republican, said that given the candidates:\n\n"
        "\"There's only one I like. He spends his own money.\"\n\n"
        "17-year-old Dylan Marsh echoed:\n\n"
        "\"He speaks his mind, and I think that might be what the country needs.\"\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "He speaks his mind") == "Dylan Marsh"


def test_bellwether_county_trump_potts_echoed():
    # round 51's bellwether_county_trump: '17-year-old Jared Potts echoed: // "He speaks his mind, ..."'
    # went on with Parker Eaton, quoted the paragraph before
    page = _page("polnear/breitbart/bellwether_county_trump.txt")
    assert direct_speaker(page, "He speaks his mind") == "Jared Potts"

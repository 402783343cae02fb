"""Kinds of text rounds 24-54 showed giving a quote a wrong speaker, tuned in session 35 under a held-out gate:
each rule fixes real articles of two different rounds. One made-up test per rule (invented names), and a fact of
each real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text
from .extraction_corpus import page as _page


# The one a question was put to answers it: 'X asked Y whether ... // "...," he said' is Y's, not the asker's
# (the asker is the sentence's subject, the one "he" would go on with); "he asked" stays the asker's.

_INTERVIEW = (
    "Mayor seeks third term\n\n"
    "Last week, The Daily Ledger's Tom Bale asked Mayor Ed Lomax whether his age would be an issue in the race.\n\n"
    "\u201cNot at all. I walk five miles every morning, and I have never missed a council meeting,\u201d he said.\n\n"
    "Bale then asked Lomax which wards he expected to carry.\n\n"
    "\u201cWhich ward will you lose?\u201d he asked.\n"
)


def test_the_one_asked_whether_answers_the_next_he_said():
    assert direct_speaker(extract_text(_INTERVIEW), "I walk five miles every morning") == "Ed Lomax"


def test_a_question_cue_stays_the_askers():
    assert direct_speaker(extract_text(_INTERVIEW), "Which ward will you lose") == "Tom Bale"


def test_sanders_medical_records_the_one_asked_answers():
    # round 53's sanders_medical_records: "The Huffington Post's Scott Conroy asked Sanders whether questions about his
    # health and age were fair game in the campaign. // '...,' he said" went to Conroy
    page = _page("polnear/huff-post/sanders_medical_records.txt")
    assert direct_speaker(page, "I would not have run if I was not blessed") == "Bernie Sanders"


def test_rubio_nomination_states_the_one_asked_answers():
    # round 54's rubio_nomination_states: "Earhardt then asked Rubio which states specifically he could win. //
    # '...,' he said" went to Earhardt
    page = _page("polnear/huff-post/rubio_nomination_states.txt")
    assert direct_speaker(page, "Well, we feel great in every one of those states") == "Marco Rubio"


# A place that ends an aside set off by commas between a name and its cue ('Mr. Vale, now 81 and retired in Dayton,
# Ohio, said'; 'as Eric Garner, gasping facedown on a sidewalk in Staten Island, said') is where the person is: the
# name before the aside speaks (the parser hangs the cue verb on the quote's own clause and leaves the place nearest).

def test_a_place_ending_an_aside_leaves_the_name_before_it_the_speaker():
    text = (
        "Prisoner swap recalled\n\n"
        "The governor also freed a smuggler in 1986 in exchange for Tom Vale, a reporter arrested in Havana.\n\n"
        "''If the governor had waited, I would have been sitting in a cell for a long time,'' Mr. Vale, now 81 and "
        "retired in Dayton, Ohio, said by telephone this week.\n"
    )
    assert direct_speaker(extract_text(text), "If the governor had waited") == "Tom Vale"


def test_prisoner_swap_costs_daniloff_retired_in_cambridge_mass():
    # round 54's prisoner_swap_costs: "''If Reagan had gone with Kemp, ...,'' Mr. Daniloff, now 81 and retired in
    # Cambridge, Mass., said by telephone this week. ''I've got to tell you ...''" went to "Mass" twice
    page = _page("polnear/nyt/prisoner_swap_costs.txt")
    assert direct_speaker(page, "If Reagan had gone with Kemp") == "Nick Daniloff"
    assert direct_speaker(page, "I've got to tell you about being arrested") == "Nick Daniloff"


def test_african_american_museum_garner_on_a_sidewalk_in_staten_island():
    # round 50's african_american_museum: "the words ''I can't breathe,'' as Eric Garner, gasping facedown on a
    # sidewalk in Staten Island, said before he died" went to Staten Island
    assert direct_speaker(_page("polnear/nyt/african_american_museum.txt"), "I can't breathe") == "Eric Garner"

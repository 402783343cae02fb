"""Kinds of text rounds 49-60 showed losing a direct quote or a reported statement, tuned in session 38 (branch
s38-found): a made-up text per rule (invented names), and the real articles of two rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page


# A naming verb's subject counted out as one of a kind ('one lawmaker called Trump "..."', 'One Clinton spokesman has
# called the situation "..."') is one person in particular, whose words the phrase is (it used to be read as people
# at large, whose cliche no one is quoted saying).

def test_one_of_a_kind_who_calls_something_a_phrase_says_it():
    found = extract_text(
        "Harbour bill\n\n"
        "The council passed the harbour bill on Monday. One senator called the bill \"a gift to the shipping lines.\" "
        "The vote was close.\n"
    )
    assert direct_speaker(found, "a gift to the shipping lines") == "One senator"


def test_people_of_a_kind_who_call_something_a_phrase_say_it():
    # (session 43: the gold of rounds 60-69 names such people as the speakers; this test asserted no quote before)
    found = extract_text(
        "Harbour bill\n\n"
        "The council passed the harbour bill on Monday. Shipping analysts called it the \"end of an era\" for the port.\n"
    )
    assert direct_speaker(found, "end of an era") == "Shipping analysts"


def test_philippine_lawmaker_calls_trump_a_prince():
    # round 59's philippine_trump_ban: 'one lawmaker called Trump "the orange prince of American self-publicity."'
    found = _page("polnear/wash-post/philippine_trump_ban.txt")
    assert direct_speaker(found, "the orange prince of American self-publicity") == "one lawmaker"


# A naming verb's complement the parser hung as a clause ('called the situation "overclassification run amok"', the
# phrase read as "overclassification runs amok") or as a preposition's phrase ('called that "beyond preposterous."')
# is what the subject called it, as an object complement is.

def test_a_complement_read_as_a_clause_or_a_preposition_is_what_was_called():
    found = extract_text(
        "Budget row\n\n"
        "Mayor Wes Kale has called the budget \"spending run wild.\" Councillor Dana Orrin called that \"beyond belief.\"\n"
    )
    assert direct_speaker(found, "spending run wild") == "Wes Kale"
    assert direct_speaker(found, "beyond belief") == "Dana Orrin"


def test_clinton_spokesman_and_weaver_call_things_in_marks():
    # round 55's clinton_adviser_top_secret ('One Clinton spokesman has called the situation "overclassification run
    # amok."') and round 54's barbs_pleas_nh_vote ('Jeff Weaver called that "beyond preposterous."')
    assert direct_quote(_page("polnear/politico/clinton_adviser_top_secret.txt"), "overclassification run amok") is not None
    assert direct_speaker(_page("polnear/wash-post/barbs_pleas_nh_vote.txt"), "beyond preposterous") == "Jeff Weaver"


# A comment made, a dictum and a stand taken are nouns of saying: their owner says the clause after them ("his comments
# that he would be a ''neutral guy''", "Reagan's dictum that the Soviet Union was an "evil empire"", "its position that
# the court lacks jurisdiction"), and a phrase in marks inside that clause is the owner's words.

def test_a_comment_or_a_position_that_reports_its_owner():
    found = extract_text(
        "Port plan\n\n"
        "Residents were angered by Mayor Wes Kale's comments that the new pier would be a \"floating casino for the "
        "rich.\" The harbour board has held to its position that the pier breaks no planning rules.\n"
    )
    assert direct_speaker(found, "floating casino for the rich") == "Wes Kale"
    assert reported_speakers(found, "the pier breaks no planning rules") != []


def test_reagans_dictum_and_chinas_position_are_found():
    # round 59's millennials_socialism ('President Reagan's dictum that the Soviet Union was an "evil empire"') and
    # us_south_china_sea ('its position that the court lacks jurisdiction in the case'); round 56's
    # republicans_lower_volume_debate ('his comments that he would be a ''neutral guy''')
    assert direct_quote(_page("polnear/usa-today/millennials_socialism.txt"), "evil empire") is not None
    assert reported_speakers(_page("polnear/huff-post/us_south_china_sea.txt"), "the court lacks jurisdiction in the case") != []
    assert direct_quote(_page("polnear/nyt/republicans_lower_volume_debate.txt"), "neutral guy") is not None


# What someone implies is reported speech, with or without "that" ("He implied a federal judge was biased"), when a
# person implies it: "That implied he was not providing insurance" is the writer's inference, as is a participle after
# a comma ("..., one source told Reuters, implying he was accused of spying").

def test_what_someone_implies_is_reported():
    found = extract_text(
        "Harbour row\n\n"
        "Councillor Dana Orrin spoke at the harbour meeting on Monday. She implied the board had hidden the pier's costs.\n\n"
        "The board published its accounts. That implied the costs had been known for years.\n\n"
        "The board met again on Friday, one source told the Harbour News, implying a vote was near.\n"
    )
    assert reported_speakers(found, "the board had hidden the pier's costs") == ["Dana Orrin"]
    assert reported_speakers(found, "the costs had been known for years") == []
    assert reported_speakers(found, "a vote was near") == []


def test_trump_and_swanson_imply():
    # round 60's trump_offensive_latinos ('He implied a federal judge was biased') and round 56's girl_scout_pastor
    # ('He then implied that scout leaders should be put to death')
    assert reported_speakers(_page("polnear/huff-post/trump_offensive_latinos.txt"), "a federal judge was biased") != []
    assert reported_speakers(_page("polnear/huff-post/girl_scout_pastor.txt"), "scout leaders should be put to death") != []

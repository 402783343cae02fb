"""Kinds of text rounds 24-50 (rounds 49-50, PolNeAR's 2016 campaign stories, the freshest) showed giving a
direct quote a wrong speaker, tuned in session 31: one made-up test per rule (invented names), and a fact of
the real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page


# A label line opening the quote's own paragraph ('Name, Affiliation: "..."'), no verb before the quote: a
# round-up of voices, each quote the name's (not the affiliation's, nor the last speaker's carried on).

PUNDITS = (
    "Who won the county debate?\n\n"
    "Local writers weighed in after Tuesday night's debate between the two candidates for county executive.\n\n"
    "Jo Ranleigh, The Harbour Ledger: \"Tonight was her best debate. She finally found the right tone.\"\n\n"
    "Tomas Vireo, editor of The Quarry Review: \"Neither of them said a word about the bridge.\"\n\n"
    "Marta Quillon, author: \"I'm tired of being told whom to vote for.\"\n"
)


def test_a_label_before_the_quote_in_its_paragraph_names_who_says_it():
    found = extract_text(PUNDITS)
    assert direct_speaker(found, "Tonight was her best debate") == "Jo Ranleigh"
    assert direct_speaker(found, "Neither of them said a word") == "Tomas Vireo"
    assert direct_speaker(found, "tired of being told") == "Marta Quillon"


def test_a_label_of_an_office_before_the_quote_names_no_one():
    text = PUNDITS.replace("Tomas Vireo, editor of The Quarry Review:", "Senior Editor, The Quarry Review:")
    assert direct_speaker(extract_text(text), "Neither of them said a word") != "Senior Editor"


def test_vegas_pundits_each_quote_is_its_label_s_person():
    # round 50's vegas_debate_pundits: 'Meghan McCain, Twitter: "..."', 'Howard Kurtz, Fox News: "..."': the
    # first went to "Twitter", the six after it carried that on
    page = _page("polnear/usa-today/vegas_debate_pundits.txt")
    assert direct_speaker(page, "Chris Wallace is the real winner") == "Meghan McCain"
    assert direct_speaker(page, "Trump had his strongest debate performance") == "Howard Kurtz"
    assert direct_speaker(page, "Clinton has convinced more voters") == "Windsor Mann"
    assert direct_speaker(page, "sick of being told whom to vote for") == "Jeremy Lott"


# A transcript quoted paragraph by paragraph, each turn in its own marks ('"WALLACE: ...'): each quote is
# the words of the person its label names, not of the guest the story introduced it with.

def test_a_quoted_transcript_turn_is_its_label_s_person():
    text = (
        "Pike: the ferry will keep running\n\n"
        "On this weekend's broadcast of Harbour Week, Governor Samuel Pike said the island ferry would keep "
        "running through the winter, in an interview with the host, Lorna Holloway.\n\n"
        "Partial transcript as follows:\n\n"
        "\"HOLLOWAY: Will the ferry run next week? People on the island want to know.\n\n"
        "\"PIKE: It will run every day. The island needs it, and we will pay for it.\n\n"
        "\"HOLLOWAY: And what about the winter timetable, Governor?\n\n"
        "\"PIKE: The winter timetable stays exactly as it is.\"\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "Will the ferry run next week") == "Lorna Holloway"
    assert direct_speaker(found, "what about the winter timetable") == "Lorna Holloway"
    assert direct_speaker(found, "The winter timetable stays") == "Samuel Pike"


def test_pence_interview_wallace_asks_his_own_questions():
    # round 49's pence_gennifer_flowers: '"WALLACE: Do you really see those two as equivalent?' went to Pence,
    # the guest the story opens on, carried on from turn to turn
    page = _page("polnear/breitbart/pence_gennifer_flowers.txt")
    assert direct_speaker(page, "Do you really see those two as equivalent") == "WALLACE"
    assert direct_speaker(page, "If I may, sir") == "WALLACE"
    assert direct_speaker(page, "Gennifer Flowers will not be attending") == "Mike Pence"


# A participle after a noun's that-clause ('expressed frustration that X was ..., telling an aide: "..."') is
# said by the one who voiced the noun, not by the clause's subject.

def test_a_participle_after_a_noun_s_that_clause_is_the_voicer_s():
    text = (
        "Senator weighs in on rival\n\n"
        "Before the primary, Senator Dana Whitlow, for whom Mr. Perrin once worked, privately expressed "
        "frustration that Mr. Perrin was not interested in policy, telling one aide: \"It's all noise with him.\"\n"
    )
    assert direct_speaker(extract_text(text), "It's all noise with him") == "Dana Whitlow"


def test_schumer_telling_an_aide_is_schumer():
    # round 49's weiner_unwelcome_return: 'Senator Chuck Schumer ... expressed frustration that Mr. Weiner was
    # insufficiently interested in substance, telling one aide: "It's all political ricochet."' went to Weiner
    page = _page("polnear/nyt/weiner_unwelcome_return.txt")
    assert direct_speaker(page, "It's all political ricochet") == "Chuck Schumer"


# A name owning the subject's apposition ("Paul Brenner, Grant's running mate, ...") is not whom the sentence
# is about: the "he" who speaks next is the subject.

def test_he_after_a_subject_with_an_owned_apposition_is_the_subject():
    text = (
        "Running mate breaks ranks\n\n"
        "Ronald Grant spoke in Ohio on Saturday.\n\n"
        "Even Paul Brenner, Grant's running mate, can't bring the campaign to heel. \"We will absolutely accept "
        "the results,\" he said Sunday.\n"
    )
    assert direct_speaker(extract_text(text), "We will absolutely accept") == "Paul Brenner"


def test_pence_trump_s_running_mate_is_he():
    # round 50's demogorgon_scenario: 'Even Mike Pence, Trump's running mate, can't bring the monster to heel.
    # "We will absolutely accept the results of the election," he said' went to Trump
    page = _page("polnear/wash-post/demogorgon_scenario.txt")
    assert direct_speaker(page, "We will absolutely accept the results") == "Mike Pence"


# Two roles joined under one determiner ("the former teacher and city councillor") are one person's: a role
# phrase (the person the sentences before are about), each role as long as a role phrase may be.

BRIDGE = (
    "Councillor speaks on bridge\n\n"
    "Helen Markby spoke out on Tuesday about the closure of the harbour bridge.\n\n"
    "The former teacher and city councillor said it was \"a mistake\" to close the bridge without notice.\n"
)


def test_two_roles_under_one_determiner_are_the_person_the_story_is_about():
    assert direct_speaker(extract_text(BRIDGE), "a mistake") == "Helen Markby"


def test_clinton_former_secretary_and_current_nominee_is_clinton():
    # round 49's clinton_white_people_shooting: 'the former secretary of state and current Democratic
    # presidential nominee said she wanted to speak "directly to white people"' was no one named
    page = _page("polnear/huff-post/clinton_white_people_shooting.txt")
    assert direct_speaker(page, "this is not who we are.") == "Hillary Clinton"


# "Many of whom say" speaks for the noun the relative is on ("residents of the valley, many of whom say"),
# however the parser hung the clause.

def test_many_of_whom_say_is_the_noun_before_it():
    text = (
        "Valley road plan draws fire\n\n"
        "The plan has not gone over well with residents of the upper valley, many of whom say the new road "
        "would cut their farms in two.\n"
    )
    assert reported_speakers(extract_text(text), "the new road would cut their farms") == ["residents of the upper valley"]


def test_jasta_many_of_whom_are_the_victims_families():
    # round 50's clinton_jasta_veto_break: 'family members of 9/11 victims, many of whom say the president's
    # claims ... are unfounded' was said by "many of whom"
    page = _page("polnear/west-journal/clinton_jasta_veto_break.txt")
    assert reported_speakers(page, "claims about potential retaliation") == ["family members of 9/11 victims"]


# A subject in quotation marks after the cue is a show's or a work's title ('said Thursday on Fox News's "Fox
# and Friends."'), never who spoke; nor is a time right after the verb ("said Thursday morning").

def _parsed(words, heads, deps, pos):
    """A parse given by hand, the parser's own mistake kept: which word it takes for the subject varies with the
    names, so the test builds the misparse it fixes."""
    from spacy.tokens import Doc

    from newsx.store.nlp.pipeline import load_model

    lemmas = [w.lower() if w != "said" else "say" for w in words]
    return Doc(load_model().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_quoted_show_after_the_cue_is_not_the_speaker():
    from newsx.store.nlp.speakers import subject_of

    # '..." Brandt, a top surrogate, said on Zed's "Star and Friends."', the show's first word parsed as the subject
    words = ["Brandt", ",", "a", "surrogate", ",", "said", "on", "Zed", "\u2019s", "\u201c", "Star", "and", "Friends", ".", "\u201d"]
    heads = [5, 0, 3, 0, 5, 5, 5, 8, 6, 5, 5, 10, 10, 5, 5]
    deps = ["dep", "punct", "det", "appos", "punct", "ROOT", "prep", "pobj", "case", "punct", "nsubj", "cc", "conj", "punct", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PART", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert subject_of(doc[5]).text == "Brandt"


def test_flynn_on_fox_and_friends_is_flynn():
    # round 49's flynn_generals_rubble: '"He's absolutely right. ...," Flynn, a top Trump surrogate, said Thursday
    # morning on Fox News's "Fox and Friends."' went to "Fox", the show's first word
    page = _page("polnear/politico/flynn_generals_rubble.txt")
    assert direct_speaker(page, "He's absolutely right") == "Michael Flynn"

"""Kinds of text that gave a found direct quote the wrong MENTION for its speaker (session 55, issue 9, s55-mention):
which mention a quote's cue points to. One test per rule kept, on the real article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_participle_after_a_clause_of_time_goes_on_with_that_clauses_actor_when_the_main_subject_is_a_thing():
    # round 94: 'The internal feuding only paused when Trump posted his tweets about those lawmakers Sunday morning --
    # saying the "Democrat Congresswomen" should go back and fix the "corrupt" and "crime infested places" ...': the
    # parser hung "saying" on "paused", whose subject, a feud, says nothing; Trump, who posted, goes on
    squad = _page("allsides/trump_squad_rebuke_challenge.txt")
    assert direct_speaker(squad, "crime infested places") == "Trump"
    # round 92: 'His appointment came after Mr Trump had fired FBI director James Comey, saying in an interview it was
    # because of "this Russia thing".'
    firing = _page("allsides/trump_denies_firing_mueller_order.txt")
    assert direct_speaker(firing, "this Russia thing") == "Donald Trump"


def test_a_judging_verb_in_the_infinitive_inside_a_report_leaves_the_quote_to_the_reporter():
    # round 94: 'Ohio Republican Gov. John Kasich, also on CNN, said "it's not appropriate" for Trump to criticize public
    # officials who are "in the middle of a disaster."': a criticism no one is said to have made; Kasich's words
    ingrates = _page("allsides/trump_puerto_rico_ingrates.txt")
    assert direct_speaker(ingrates, "in the middle of a disaster") == "John Kasich"


def test_a_cue_that_goes_on_quoting_someone_gives_the_words_to_the_one_quoted():
    # round 94: '"The wise and prudent administration of the vast resources required by defense calls for
    # extraordinary skill ...," Hagel said, quoting Eisenhower. "So the greatest effective use is made of resources
    # ..."': Hagel passes on Eisenhower's words, and the next paragraph of the quote goes on with them
    austerity = _page("allsides/hagel_eisenhower_austerity.txt")
    assert direct_speaker(austerity, "The wise and prudent administration") == "Dwight Eisenhower"
    assert direct_speaker(austerity, "So the greatest effective use") == "Dwight Eisenhower"


def test_a_topic_label_before_a_quote_names_what_the_answer_is_about_not_who_speaks():
    # round 94: '"Jeb's a good guy, a good governor," Cheney said. // On Christie: "I like him. I have not committed to
    # anyone and will not for some time."': an interview written up by topic; Cheney goes on answering
    benghazi = _page("allsides/cheney_clinton_benghazi_responsibility.txt")
    assert direct_speaker(benghazi, "I have not committed to anyone") == "Dick Cheney"


def test_a_hyphened_name_split_into_two_subjects_is_one_person_not_a_thing():
    # round 94: 'South Korean President Moon Jae-in said he was "very perplexed and it is very regrettable that the
    # North Korea-US summit will not be held", the Yonhap agency reported.': the parser made "Jae" and "in" two subjects;
    # "in" alone read as a thing, whose words the agency would give; Moon speaks, the agency only reports him
    summit = _page("allsides/trump_cancels_kim_summit.txt")
    assert direct_speaker(summit, "very perplexed and it is very regrettable") == "Moon Jae-in"


def test_a_verb_joined_back_past_a_relative_clause_goes_with_the_verb_its_and_hangs_on():
    # round 94: 'Trump and his campaign reacted after Twitter added a warning phrase to two Trump tweets that called
    # mail-in ballots "fraudulent" and predicted "mail boxes will be robbed."': the parser joined "predicted" to
    # "added", Twitter's act, though the "and" hangs on "called": the tweets predict, Trump's
    order = _page("allsides/trump_social_media_order.txt")
    assert direct_speaker(order, "mail boxes will be robbed") == "Donald Trump"

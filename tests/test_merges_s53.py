"""Merges and never-merge breaks of session 53 (s53-merges), each on the real page it fixes: a place closing one sentence
is no place a body opening the next is named after (places._word_right_before); a people's or a party's "base" is its
voters, no site (context.voters_base); a name apposed to a person's noun and the body after its
preposition is the person's, not the body's (appositions._of_a_persons_noun); a surname written first only before a
noun ("the Steele dossier") is no body named before its bearer (merge._written_as_a_body_before), so a surname two
people named in full bear is neither's alone; a department by its field beside its name with its country's
(bodies._departments_by_their_field)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page


def test_a_surname_opening_the_sentence_after_a_place_is_the_persons():
    # round 90: "... the politics surrounding gun laws in America. Oliva said the record sales were evidence ...", after
    # "Mark Oliva, a spokesman for the group, said"
    assert named_as_one(page("allsides/six_million_guns_sold.txt"), "Mark Oliva", "Oliva")


def test_a_partys_base_is_its_voters_not_a_site():
    # round 90: "threatened to flood the Republican base" beside "closed-door sessions with Republicans" and "The
    # Republican, viewed as a formidable potential presidential candidate"
    assert named_apart(page("allsides/christie_florida_fundraisers_scandal.txt"), "Republicans", "Republican")


def test_a_name_apposed_to_an_envoy_to_a_body_is_the_envoys():
    # round 89: "The US envoy to the UN, Nikki Haley, has predicted the session would be ..."
    assert named_apart(page("allsides/trump_chairs_un_security_council.txt"), "Nikki Haley", "UN")


def test_a_surname_written_first_before_a_noun_is_no_body_named_before_its_bearer():
    # round 80: "the so-called Steele dossier", then "A British former intelligence officer, Christopher Steele"; round
    # 87: "former Trump campaign adviser Carter Page", then "President Donald Trump, who has long attacked ..."
    assert named_as_one(page("allsides/horowitz_no_vindication.txt"), "Christopher Steele", "Steele")
    assert named_as_one(page("allsides/fbi_lawyer_altered_document.txt"), "Donald Trump", "Trump")


def test_a_surname_two_people_bear_in_full_is_neither_ones_alone():
    # round 90: "The Trump campaign has made ...", "The Donald Trump campaign spent most of Tuesday morning" beside
    # "Melania Trump sounded awfully like Michelle Obama": "Trump" is no more hers than the candidate's
    assert named_apart(page("allsides/delegates_melania_plagiarism_answer.txt"), "Melania Trump", "Trump")


def test_a_department_by_its_field_beside_its_name_with_its_country():
    # round 82: "released jointly by the SBA and the U.S. Treasury Department on Monday", then "the Treasury and the SBA
    # agreed that borrowers need only to certify"
    assert named_as_one(page("allsides/ppp_51_million_jobs_doubts.txt"), "U.S. Treasury Department", "Treasury")

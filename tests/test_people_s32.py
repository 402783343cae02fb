"""People's names (session 32, rounds 24-51 pooled): two full names of one given name and surname but other middle
initials are two people; a surname alone that the next sentence calls "she" is no short name of the one man named in
full once, in passing; a people's word the model took for a body is no short name of a body it opens; each rule with
a made-up story and the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


_TWO_PRESIDENTS = (
    "Tax plan gains ground\n\n"
    "\u201cIt is a good tax,\u201d said Harriet Olmsted, a former adviser to President Robert K. Danvers and a former "
    "director of the budget office.\n\n"
    "Senator Paul Rimmer advocates a plan modeled after one developed by Edwin Carrow, a professor and a tax official "
    "under President Robert T. Danvers.\n"
)


def test_two_full_names_of_other_middle_initials_are_two_people():
    ex = extract_text(_TWO_PRESIDENTS)
    assert named_apart(ex, "Robert K. Danvers", "Robert T. Danvers")


def test_a_middle_name_and_its_initial_are_one_person():
    ex = extract_text(
        "Senator in town\n\n"
        "Senator Marian Ostrow Pell visited the plant on Monday.\n\n"
        "\u201cWe need these jobs,\u201d said Marian O. Pell, who chairs the energy panel.\n"
    )
    assert named_as_one(ex, "Marian Ostrow Pell", "Marian O. Pell")


def test_two_presidents_bush_on_the_real_page():
    # "a former adviser to President George W. Bush", "a tax official under President George H.W. Bush"
    ex = page("polnear/nyt/consumption_tax_momentum.txt")
    assert named_apart(ex, "George W. Bush", "George H.W. Bush")


_NAMED_IN_PASSING = (
    "Voters in the bellwether county\n\n"
    "Walter Crane, a retired machinist who voted for Tom Harlow twice, said he liked the newcomer.\n\n"
    "\u201cHe pays his own way. I understand Harlow has already got millions of dollars from Ohio and Texas. So who "
    "does she owe favors to? Nobody knows.\u201d\n"
)


def test_a_surname_the_next_sentence_calls_she_is_no_short_name_of_a_man_named_once():
    ex = extract_text(_NAMED_IN_PASSING)
    assert named_apart(ex, "Tom Harlow", "Harlow")


def test_a_quotation_opening_the_next_sentence_says_nothing_of_the_surname():
    # the speaker's words are about others: "his hands" is the man's in Tulsa, not the candidate's
    ex = extract_text(
        "Candidate speaks on shooting\n\n"
        "Joan Harlow spoke at a church in Philadelphia on Sunday.\n\n"
        "\u201cHow many times do we have to see this?\u201d Harlow said. \u201cIn Tulsa, an unarmed man with his "
        "hands in the air was shot, and he died.\u201d\n"
    )
    assert named_as_one(ex, "Joan Harlow", "Harlow")


def test_a_given_name_the_dictionary_lacks_sets_no_sex_against_the_next_sentence():
    # "Foreign Minister Pik Botha has alleged ...", "Botha warned neighbouring black-ruled states ... He said": the sex
    # table calls "Pik" a woman's name, which the dictionary of given names does not know
    assert named_as_one(page("reuterswire/soweto_police_attack.txt"), "Pik Botha", "Botha")


def test_a_surname_called_she_beside_a_man_named_in_passing_on_the_real_page():
    # "a nominal Republican who voted for JFK and Bill Clinton", then "I understand Clinton has already got millions
    # of dollars from China and Japan and all them. So who in the hell does she owe favors to?"
    ex = page("polnear/breitbart/bellwether_county_trump.txt")
    assert named_apart(ex, "Bill Clinton", "Clinton")


def _peoples_word_beside(body: str) -> list:
    """What _merge makes of a people's word the model took for a body ("a general Ugandan bias", marked so) beside a
    body whose name it opens, and the country."""
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.merge import _merge
    from newsx.store.nlp.gazetteer import gazetteer

    gaz = gazetteer()
    word = _Group([_Mention(3, 40, 47, "Ugandan", "ORG", {"organisation"}), _Mention(5, 10, 17, "Ugandan", "ORG")], "ORG")
    named = _Group([_Mention(2, 30, 30 + len(body), body, "FAC" if body.endswith("Embassy") else "ORG")],
                   "FAC" if body.endswith("Embassy") else "ORG")
    country = _Group([_Mention(1, 0, 6, "Uganda", "GPE", {"locative"})], "GPE", gaz.country("Uganda"))
    return [g.aliases for g in _merge([country, named, word], gaz=gaz)]


def test_a_peoples_word_is_no_short_name_of_a_body_it_opens():
    # "a spokeswoman for the Ugandan Foreign Ministry", "the Ugandan Embassy in London", then "erased any obvious
    # Ugandan link": the people's word, whatever the model took it for, is neither body
    assert {"Ugandan"} in _peoples_word_beside("Ugandan Foreign Ministry")
    assert {"Ugandan"} in _peoples_word_beside("Ugandan Embassy")


def test_a_peoples_word_apart_from_the_embassy_on_the_real_page():
    # "a general Russian bias ... the Russian Embassy in London issued a statement"
    assert named_apart(page("polnear/nyt/british_bank_rt.txt"), "Russian", "Russian Embassy")


def test_also_called_right_after_a_name_is_its_verb_not_a_nickname():
    # "Pike also called Ellison ..." is Pike's verb: two people; "the prison, also called ..." is a second name
    ex = extract_text(
        "Candidate answers rival\n\n"
        "Ronald Pike unleashed a harsh attack on Walter Brisk last night.\n\n"
        "In the long rant against everyone from Brisk to Mary Ellison, Pike also called Ellison \u201ca liar\u201d and "
        "mocked Brisk.\n"
    )
    assert named_apart(ex, "Ronald Pike", "Mary Ellison") and named_apart(ex, "Pike", "Ellison")


def test_also_called_after_a_comma_still_gives_a_second_name():
    from newsx.store.nlp.entities.appositions import _NICKNAMED

    assert _NICKNAMED.fullmatch(", also called the \u201c") and _NICKNAMED.fullmatch(" (also called ")
    assert not _NICKNAMED.fullmatch(" also called ")


def test_a_state_after_also_called_on_the_real_page():
    # "Trump also called Iowa Republican primary voters “stupid” for supporting Carson"
    assert named_apart(page("polnear/west-journal/carson_pray_for_him.txt"), "Donald Trump", "Iowa")


def test_a_name_made_an_adjective_with_a_hyphen_is_the_name():
    # "The Walter Brisk-led Republican field": Walter Brisk, whom "Mr. Brisk" names after
    ex = extract_text(
        "Tax ideas gain ground\n\n"
        "The Walter Brisk-led Republican field has attracted outsize attention. A Mary Ellison-backed group said so "
        "too.\n\n"
        "Mr. Brisk says his plan would eliminate income taxes. Ms. Ellison agreed.\n"
    )
    assert named_as_one(ex, "Walter Brisk", "Brisk") and named_as_one(ex, "Mary Ellison", "Ellison")
    assert "Walter Brisk-led" not in by_alias(ex)


def test_a_name_made_an_adjective_on_the_real_page():
    # "The Donald Trump-led Republican presidential field", then "Mr. Trump says his plan would ..."
    assert named_as_one(page("polnear/nyt/consumption_tax_momentum.txt"), "Donald Trump", "Trump")

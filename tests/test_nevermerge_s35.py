"""Round 55's never-merge breaks (session 35, s35-nevermerge): a body's name followed by words naming an office or a
committee of it is another body; a people's word opens no firm's name as its short name; a family's surname in a
headline is no given name; a man's and a woman's given names a letter apart are two people; a bare surname of a
family the text names together goes to none of them. Each rule with a made-up story (or groups of one) and the
real round-55 page it fixes (tests/gold/README.md, "Tuned on round 55's never-merge breaks")."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, page


def _story(body: str):
    return extract_text(f"A story about a campaign.\n\n{body}\n\nThe rest of the story came later, they said.\n")


def _group(seq: int, text: str, label: str, *evidence: str):
    from newsx.store.nlp.entities.base import _Group, _Mention

    return _Group([_Mention(seq, 0, len(text), text, label, set(evidence))], label)


# A body's name followed by words naming an office, a committee or an agency of it: another body.


def test_a_bodys_high_commissioner_is_no_long_form_of_the_body():
    story = _story("The Vexar Union High Commissioner for Refugees (VUHCR) warned on Monday that the camps were full. "
                   "Jane Roe, a lawyer, said the Vexar Union had failed the refugees. The Vexar Union did not answer.")
    assert named_apart(story, "Vexar Union", "Vexar Union High Commissioner for Refugees")


def test_a_chambers_committee_named_after_a_kind_is_no_long_form_of_the_chamber():
    from newsx.store.nlp.entities.bodies import _firms_by_their_first_words

    # "chairman of the Senate Plindor and Vexar Committee", then "the Senate"
    groups = [_group(1, "Senate Plindor and Vexar Committee", "ORG", "organisation"), _group(2, "Senate", "ORG")]
    assert _firms_by_their_first_words(groups, frozenset(), None) == []


def test_a_firm_after_a_kind_still_goes_by_its_first_word():
    from newsx.store.nlp.entities.bodies import _firms_by_their_first_words

    # "the equity group Plindor Capital", then "Plindor": the rule above leaves a firm's own short name alone
    groups = [_group(1, "Plindor Capital", "ORG", "organisation"), _group(2, "Plindor", "ORG")]
    assert _firms_by_their_first_words(groups, frozenset(), None) == [(0, 1)]


def test_real_offices_and_committees_are_kept_apart_from_their_body():
    # round 55: "the United Nations High Commissioner for Refugees (UNHCR)" beside "the United Nations"
    refoulement = page("polnear/huff-post/refoulement_international_law.txt")
    assert named_apart(refoulement, "United Nations", "United Nations High Commissioner for Refugees")
    assert named_apart(refoulement, "United Nations", "UNHCR")
    # round 55: "chairman of the House Ways and Means Committee", then "the House"
    assert named_apart(page("polnear/nyt/tax_overhaul_distant_goal.txt"), "House", "House Ways and Means Committee")


# A people's word, written in the singular and the plural, opens a firm's name as that people's.


def test_a_peoples_word_opens_no_firms_name_as_its_short_name():
    from newsx.store.nlp.entities.bodies import _firms_by_their_first_words

    # "Vexaris are the fastest-growing group", then "A new Vexari Decisions poll" and "registered Vexari voters"
    groups = [_group(1, "Vexaris", "ORG"), _group(2, "Vexari Decisions", "ORG", "plural"), _group(3, "Vexari", "ORG")]
    assert _firms_by_their_first_words(groups, frozenset(), None) == []
    # without the plural, the word is the firm's short name as before
    assert _firms_by_their_first_words(groups[1:], frozenset(), None) == [(0, 1)]


def test_a_firms_short_name_in_the_plural_after_its_full_name_is_still_its_short_name():
    from newsx.store.nlp.entities.bodies import _firms_by_their_first_words

    # "firm Plindor Industries said", then "The deal with Plindors" and "Plindor chief executive" (round 41's
    # holcim_cement_deals, "Aggregate Industries", "Aggregates", "Aggregate", which the floors caught)
    groups = [_group(1, "Plindor Industries", "ORG"), _group(2, "Plindors", "ORG"), _group(3, "Plindor", "ORG")]
    assert (0, 2) in _firms_by_their_first_words(groups, frozenset(), None)


def test_real_peoples_word_is_no_pollsters_name():
    # round 55: "A new Latino Decisions poll", then "registered Latino voters", beside "Latinos"
    assert named_apart(page("polnear/wash-post/clinton_latinos_weakening.txt"), "Latino", "Latino Decisions")


# A family's surname in a headline is no given name of the family.


def test_a_surname_in_a_headline_is_no_given_name_of_the_family():
    from newsx.store.nlp.entities.base import Para
    from newsx.store.nlp.entities.headlines import _headline_given_names

    # "Members of the Vexmoor family ... Jon Vexmoor", and the subhead "Vexmoor: Survive to Plindor"
    groups = [_group(1, "Vexmoor family", "PERSON"), _group(1, "Jon Vexmoor", "PERSON")]
    paras = [Para(0, "subhead", "Vexmoor: Survive to Plindor", None)]
    assert ("Vexmoor", groups[0]) not in _headline_given_names(paras, groups)
    # a given name the text writes as no one's surname still names its bearer in a headline
    groups = [_group(1, "Venus Vexmoor", "PERSON")]
    assert _headline_given_names([Para(0, "title", "Venus stunned", None)], groups) == [("Venus", groups[0])]


def test_real_familys_surname_in_a_subhead_is_not_the_family():
    # round 55: the subhead "Bush: Survive to S.C." over "Members of the Bush family" and "Jeb Bush"
    extraction = page("polnear/usa-today/nh_primary_game_on.txt")
    assert "Bush family" in by_alias(extraction)
    assert not [m for m in extraction.mentions if m.text == "Bush" and m.entity_key == "actor:bush family"]


# A man's and a woman's given names a letter apart, each written in full with one surname: two people.


def test_his_and_her_given_names_a_letter_apart_are_two_people():
    story = _story("Paula Vexmoor, the daughter of Paul Vexmoor, who died in police custody in 2014, said on Monday "
                   "that she backed Jane Roe. Paula Vexmoor said Paul Vexmoor deserved justice.")
    assert named_apart(story, "Paula Vexmoor", "Paul Vexmoor")


def test_a_short_form_of_a_given_name_is_still_one_person():
    from newsx.store.nlp.entities.surnames import _one_person

    assert _one_person("Alex Vexmoor", "Alexandra Vexmoor")  # a short form, not a letter apart
    assert _one_person("Pat Vexmoor", "Patrick Vexmoor")
    assert not _one_person("Eric Vexmoor", "Erica Vexmoor")


def test_real_father_and_daughter_a_letter_apart():
    # round 55: "Erica Garner, the daughter of Eric Garner"
    assert named_apart(page("polnear/wash-post/black_votes_south_carolina.txt"), "Erica Garner", "Eric Garner")


# A bare surname of a family the text names together ("brothers Ammon and Ryan Bundy") goes to none of them.


def test_a_bare_surname_of_brothers_named_together_goes_to_neither():
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.surnames import _shared_surnames

    # "co-defendants such as brothers Ammar and Ryland Vexmoor took ...", then "a march with Ammar Vexmoor", then
    # "\"Go,\" Vexmoor says": Ryland is named in full first, but with his brother's given name before him
    text = "co-defendants such as brothers Ammar and Ryland Vexmoor took"
    at = text.index
    ammar = _Group([_Mention(1, at("Ammar"), at("Ammar") + 5, "Ammar", "PERSON", set()),
                    _Mention(2, 20, 33, "Ammar Vexmoor", "PERSON", set())], "PERSON")
    ryland = _Group([_Mention(1, at("Ryland"), at("Ryland") + 14, "Ryland Vexmoor", "PERSON", set())], "PERSON")
    kept = _shared_surnames([ammar, ryland, _group(3, "Vexmoor", "PERSON")])
    assert [g.aliases for g in kept] == [{"Ammar", "Ammar Vexmoor"}, {"Ryland Vexmoor"}, {"Vexmoor"}]


def test_a_bare_surname_still_goes_to_the_subject_named_first_alone():
    from newsx.store.nlp.entities.surnames import _shared_surnames

    # "Jon Vexmoor said ... his wife, Ann Vexmoor ... Vexmoor said": the subject, named in full first on his own
    jon, ann, bare = _group(1, "Jon Vexmoor", "PERSON"), _group(2, "Ann Vexmoor", "PERSON"), _group(3, "Vexmoor", "PERSON")
    assert len(_shared_surnames([jon, ann, bare])) == 2 and "Vexmoor" in jon.aliases


def test_real_bare_surname_of_brothers_goes_to_neither():
    # round 55: "brothers Ammon and Ryan Bundy", then "a march with Ammon Bundy", then "Bundy says to Santilli"
    entities = by_alias(page("polnear/wash-post/oregon_occupier_first_amendment.txt"))
    assert "Bundy" in entities and entities["Bundy"] is not entities["Ryan Bundy"]

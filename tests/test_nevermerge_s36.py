"""Round 56's never-merge breaks (session 36, s36-nevermerge): a place's own body written after the body the text
named without a place is another body; a person's name before a body's name is his administration, never the body
alone; a possessive pronoun before a kin noun, with a pronoun of the other sex after it, says no surname's sex. Each
rule with a made-up story (or groups of one) and the real round-56 page it fixes (tests/gold/README.md, "Tuned on round
56's never-merge breaks")."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def _group(seq: int, start: int, text: str, label: str, evidence: frozenset[str] = frozenset()):
    from newsx.store.nlp.entities.base import _Group, _Mention

    return _Group([_Mention(seq, start, start + len(text), text, label, set(evidence))], label)


# A body named without a place, then the same name with a place below a country before it: the place's own body.


def _party_pairs(short_first: bool, lead: str = "Ohio", short_evidence: frozenset[str] = frozenset()):
    from newsx.store.nlp.entities.bodies import _institutions_without_their_place
    from newsx.store.nlp.gazetteer import gazetteer

    # "set out to energize the Vexar Party", then "a former director of the Ohio Vexar Party" (or the other way round)
    short, full = (2, 1) if not short_first else (1, 2)
    groups = [_group(short, 10, "Vexar Party", "ORG", short_evidence), _group(full, 40, f"{lead} Vexar Party", "ORG"), _group(3, 0, lead, "GPE")]
    return _institutions_without_their_place(groups, gazetteer())


def test_a_states_party_named_after_the_party_is_another_body():
    assert _party_pairs(short_first=True) == []


def test_a_states_party_named_first_goes_by_the_partys_name_after():
    # "Allison Tant, the Florida Democratic Party chairwoman", then "took on the state's Democratic Party" (round 53)
    # (the place's possessive says the branch: the party's name alone would be the nation's, s37b-nevermerge)
    assert _party_pairs(short_first=False, short_evidence=frozenset({"place's own"})) == [(1, 0)]


def test_a_countrys_name_before_its_body_still_names_that_body():
    # "the Vexar Party", then "the U.S. Vexar Party": the nation's, as "the Supreme Court" and "the US Supreme Court"
    assert _party_pairs(short_first=True, lead="U.S.") == [(1, 0)]


def test_real_state_party_is_not_the_national_party():
    # round 56: "to inspire and energize the Democratic Party", then "a former executive director of the New York
    # Democratic Party"
    extraction = page("polnear/nyt/clinton_wins_signs_trouble.txt")
    assert named_apart(extraction, "Democratic Party", "New York Democratic Party")


# A person's name before a body's name: his administration, kept apart from the body it names.


def test_a_persons_white_house_is_his_administration_not_the_building():
    story = extract_text("Dale visits the White House\n\nSenator Jo Dale met President Roe at the White House on Wednesday.\n\n"
                         "Some aides felt the Roe White House was driving the train on foreign policy, officials said.\n")
    assert named_apart(story, "Roe White House", "White House")
    assert named_apart(story, "Roe White House", "Roe")


def test_real_obama_white_house_is_not_the_white_house():
    # round 56: "the Obama White House was driving the train on foreign policy", then "how the White House is setting
    # the agenda" and "White House Chief of Staff Denis McDonough"
    extraction = page("polnear/politico/clinton_emails_nevada_eve.txt")
    assert named_apart(extraction, "Obama White House", "White House")
    assert named_apart(extraction, "Obama White House", "Obama")


# A possessive pronoun before a kin noun, with a pronoun of the other sex after it: the sentence speaks of a couple.


def test_her_husband_and_his_legacy_say_no_sex_of_the_surname():
    from newsx.store.nlp.entities.base import _Mention
    from newsx.store.nlp.entities.surnames import mark_pronoun_sex

    text = "Even the agenda of Vexmoor's supporters came second to the well-being of her husband and his legacy."
    bare = _Mention(1, text.index("Vexmoor"), text.index("Vexmoor") + 7, "Vexmoor", "PERSON", set())
    mark_pronoun_sex([bare], {1: text})
    assert not bare.evidence & {"her pronoun", "his pronoun"}
    # "Vexmoor and her husband, Jon Vexmoor, attended": hers
    text = "Vexmoor and her husband, Jon Vexmoor, attended the wedding in 2005."
    bare = _Mention(1, 0, 7, "Vexmoor", "PERSON", set())
    mark_pronoun_sex([bare], {1: text})
    assert "her pronoun" in bare.evidence


def test_real_bare_surname_of_a_first_lady_story_is_the_presidents():
    # round 56: "Nancy Reagan" named first, "Ronald Reagan" in the same sentence; "She also provided Reagan with
    # feedback on ... his public remarks", "the political agenda of Reagan's base supporters came second to the
    # personal well-being of her husband and the reputation of his legacy"
    entities = by_alias(page("polnear/usa-today/nancy_reagan_powerhouse.txt"))
    assert entities["Reagan"] is not entities["Nancy Reagan"]
    assert named_as_one(page("polnear/usa-today/nancy_reagan_powerhouse.txt"), "Reagan", "Ronald Reagan")
    # round 55: "Clinton and her husband, former President Bill Clinton, attended Trump's third wedding": hers
    assert named_as_one(page("polnear/huff-post/clinton_trump_bigotry_fit.txt"), "Clinton", "Hillary Clinton")

"""Merges of session 43 (s43-never), tuned on rounds 65-70: a surname the model read as a body, written before the
person's full name, is still the person where the text writes it as a person's: by a pronoun of a sex after it, an
apposition or a title ("Hurwitz will lead the agency's division" before "Hugh Hurwitz", then "He led the prisons
bureau"; "President Trump's campaign staff" before "Donald Trump"). A body named after a family keeps its reading:
"Ford, the US car company, reported", then "chairman Bill Ford" (tests/test_merges_bodies_s26b.py). And "the Court",
capitalised alone, is the "Supreme Court" the article names bare ("The Court's decision could have implications"), as
"the House" is the one chamber named."""

from __future__ import annotations

from newsx.store.nlp.entities.base import _Group, _Mention
from newsx.store.nlp.entities.merge import _body_written_before_its_namesake

from .extraction_corpus import extract_text, named_apart, named_as_one, page


def _group(label: str, seq: int, text: str, evidence: set[str]) -> _Group:
    return _Group([_Mention(seq, 0, len(text), text, label, evidence)], label)


def test_a_surname_read_as_a_body_before_the_full_name_is_the_man_its_pronoun_says():
    man = _group("PERSON", 5, "Hugh Hurwitz", {"person"})
    assert not _body_written_before_its_namesake(_group("ORG", 4, "Hurwitz", {"his pronoun after"}), man)
    assert not _body_written_before_its_namesake(_group("ORG", 4, "Hurwitz", {"person"}), man)


def test_a_surname_read_as_a_body_before_the_full_name_with_nothing_said_of_a_person_is_the_body():
    assert _body_written_before_its_namesake(_group("ORG", 1, "Ford", set()), _group("PERSON", 5, "Bill Ford", {"person"}))


def test_a_surname_before_the_full_name_on_the_real_pages():
    # round 67: "Meanwhile, Hurwitz will lead the agency's Reentry Services Division", then "She will succeed Hugh
    # Hurwitz", "He led the prisons bureau"; round 70: "members of President Trump's campaign staff", then "President
    # Donald Trump"
    assert named_as_one(page("allsides/barr_prisons_director.txt"), "Hugh Hurwitz", "Hurwitz")
    assert named_as_one(page("allsides/trump_campaign_russia_calls.txt"), "Donald Trump", "Trump")


def test_the_court_capitalised_alone_is_the_supreme_court():
    extraction = extract_text(
        "Court Rebuffs Acme\n\n"
        "The Supreme Court declined on Monday to hear an appeal from Acme Corp over documents the state sought.\n\n"
        "The Massachusetts Supreme Judicial Court ruled last April that the company must hand them over.\n\n"
        "The Court's decision could have implications beyond the case, lawyers for the state said.\n"
    )
    assert named_as_one(extraction, "Supreme Court", "Court")
    assert named_apart(extraction, "Massachusetts Supreme Judicial Court", "Court")


def test_the_court_on_the_real_pages():
    # round 69: "The Court's decision could have implications" beside "The Supreme Court declined to hear an appeal"
    # and "the Massachusetts Supreme Judicial Court"; round 68: steyer_court_packing
    assert named_as_one(page("allsides/exxon_climate_case.txt"), "Supreme Court", "Court")
    assert named_apart(page("allsides/exxon_climate_case.txt"), "Massachusetts Supreme Judicial Court", "Court")
    assert named_as_one(page("allsides/steyer_court_packing.txt"), "Supreme Court", "Court")

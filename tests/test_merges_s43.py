"""Merges of session 43 (s43-never), tuned on rounds 65-70: a surname the model read as a body, written before the
person's full name, is still the person where the text writes it as a person's: by a pronoun of a sex after it, an
apposition or a title ("Hurwitz will lead the agency's division" before "Hugh Hurwitz", then "He led the prisons
bureau"; "President Trump's campaign staff" before "Donald Trump"). A body named after a family keeps its reading:
"Ford, the US car company, reported", then "chairman Bill Ford" (tests/test_merges_bodies_s26b.py)."""

from __future__ import annotations

from newsx.store.nlp.entities.base import _Group, _Mention
from newsx.store.nlp.entities.merge import _body_written_before_its_namesake

from .extraction_corpus import named_as_one, page


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

"""Session 55, speakers' second stage (branch s55-entity): the chosen speaker mention linked to the right entity.
Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def test_a_name_given_an_age_after_it_is_a_person_whom_she_goes_on_with():
    # round 94's daca_teens_limbo_ruling: 'One is Milagros Heredia, 18, whose mother carried her ...' (the model took
    # the name for a body) then '"You're never sure who's with you and who's against you," she said.'
    daca = page("allsides/daca_teens_limbo_ruling.txt")
    assert direct_speaker(daca, "never sure who") == "Milagros Heredia"
    assert direct_speaker(daca, "Appearances were everything") == "Milagros Heredia"

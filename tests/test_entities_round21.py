"""Kinds of text rounds 15 to 21 showed the entity rules missing or keeping (issue 9, session 16), one
test per rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/ (and recall's works)."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import role_of as _role, forms_of as _forms
from .extraction_corpus import extract_text as _extract


def test_two_surnames_joined_by_and_where_someone_works_are_one_firm():
    ex = _extract(
        "Firms\n\nJo Roe, computer analyst with Dunmore and Quist, said sales rose. A spokesman at stock brokers"
        " Tavistock and Karani said bonds fell. \"We bid,\" said Ann Lee, trader at primary dealer Alcott Laing and"
        " Pruitt Gilts Ltd. Tom Kay, with Tom Hanks and Rita Wilson, said so. Talks with Britain and France went on.\n"
    )
    assert _role(ex, "Dunmore and Quist") == "actor" and not {"Dunmore", "Quist"} & _forms(ex)
    assert _role(ex, "Tavistock and Karani") == "actor"
    assert _role(ex, "Alcott Laing and Pruitt Gilts Ltd") == "actor"
    assert _role(ex, "Tom Hanks") == "actor" and _role(ex, "Rita Wilson") == "actor"  # two people the model names whole
    assert _role(ex, "Britain") == "location" and _role(ex, "France") == "location"
    assert _role(page("reuterswire/near_supercomputers.txt"), "Hambrecht and Quist") == "actor"
    assert _role(page("reuterswire/german_car_results.txt"), "Phillips and Drew") == "actor"
    assert _role(page("reuterswire/india_state_bonds.txt"), "Batliwala and Karani") == "actor"
    assert _role(page("reuterswire/gilt_when_issued.txt"), "Alexanders Laing and Cruickshank Gilts Ltd") == "actor"

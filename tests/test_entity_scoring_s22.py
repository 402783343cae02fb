"""How the benchmark reads a predicted entity's forms against the gold's aliases (session 22)."""

from __future__ import annotations

from bench.extraction_quality import gold_entities_with_forms


def _forms(*aliases: str) -> set[str]:
    (entity,) = gold_entities_with_forms({"entities": [{"name": aliases[0], "role": "actor", "aliases": list(aliases)}]})
    return entity["forms"]


def test_a_gold_that_lists_only_a_titled_form_accepts_the_name_a_mention_stores():
    # mentions drop a leading title (store/names.py), so "Sir John Bourn" is stored as "John Bourn"
    assert "john bourn" in _forms("Sir John Bourn")
    assert {"goldman", "mr goldman"} <= _forms("Mr Goldman")
    assert "bush" in _forms("President Bush")


def test_a_name_with_no_title_gains_no_other_form():
    assert _forms("Meat and Livestock Australia") == {"meat and livestock australia"}
    assert _forms("Judith Damiani", "Ms Damiani") == {"judith damiani", "ms damiani", "damiani"}


def test_gold_text_is_read_with_its_html_entities_decoded_as_the_reader_decodes_them():
    from bench.extraction_quality import match_quotes

    assert "jose halloy" in _forms("Jos&eacute; Halloy") and _forms("Jos&eacute; Halloy") == _forms("José Halloy")
    gold = [{"kind": "direct", "text": "Mr Blair&#191;s government is all talk"}]
    assert match_quotes(gold, [("direct", "Mr Blair\u00bfs government is all talk. He must be judged")]) == [0]

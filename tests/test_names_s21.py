"""The possessive ending of a word, one helper (store/names.py) for every rule that asks (session 21)."""

from __future__ import annotations

from newsx.store.names import possessive_ending
from newsx.store.nlp.entities import clean_span


def test_a_word_written_as_an_owners_has_its_ending():
    assert possessive_ending("Acme's") == "'s" and possessive_ending("Acme\u2019s") == "\u2019s"
    assert possessive_ending("the Smiths'") == "s'" and possessive_ending("the Smiths\u2019") == "s\u2019"
    assert possessive_ending("Acme") == "" and possessive_ending("Acmes") == ""
    # the wire's double quote typed for the apostrophe is read only where asked for
    assert possessive_ending('Nigeria"s') == "" and possessive_ending('Nigeria"s', typed_quote=True) == '"s'


def test_a_names_possessive_is_trimmed_but_a_saints_name_keeps_it():
    for text, name in (("Acme's", "Acme"), ("Acme\u2019s", "Acme"), ("the Smiths'", "Smiths"), ('Nigeria"s', "Nigeria"),
                       ("St Mary's", "St Mary's")):
        start, end = clean_span(text, 0, len(text))
        assert text[start:end] == name

"""Merges of bodies and places tuned on rounds 24-41 (session 25, second wave): a relative "who" after a place's
preposition is no person's; a body named after a man is not the man; a firm's legal form makes its name a firm's,
"Limited" too; the bare name of a parent and its unit is the parent's; a one-word firm misspelt once is the firm;
a party's name and its noun in lowercase ("the Labour party") are one name.
Each on the real page it occurs on, some on made-up copy too."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_who_after_a_places_preposition_is_of_the_noun_before():
    forms = by_alias(page("bbcnews/tory_migrant_health_checks.txt"))
    # "from outside the EU", then "All people from outside the European Union who want to stay a year or more"
    assert forms["EU"] is forms["European Union"]
    forms = by_alias(extract_text(
        "Visas\n\nStudents from outside the Harlan Economic Union must pay more. Workers from outside the Harlan Economic "
        "Union who want to stay a year will need a permit, the HEU said.\n"
    ))
    assert forms["HEU"] is forms["Harlan Economic Union"]


def test_a_body_named_after_a_man_is_not_the_man():
    forms = by_alias(page("bbcnews/jarre_andersen_concert.txt"))
    # "the birth of writer Hans Christian Andersen", then "the Hans Christian Anderson School complex"
    assert forms["Hans Christian Anderson School"] is not forms["Hans Christian Andersen"]


def test_a_parent_firm_keeps_its_bare_name_beside_its_unit():
    forms = by_alias(page("reuterswire/navistar_capital_spending.txt"))
    # "Navistar International Corp expects ...", "chairman of the company's new truck and engine holding company,
    # Navistar International Transportation Corp, said", then "Springer said Navistar intends to ..."
    assert forms["Navistar International Transportation Corp"] is not forms["Navistar International Corp"]
    assert forms["Navistar"] is forms["Navistar International Corp"]
    assert forms["Navistar International Transportation Corp"].role == "actor"


def test_limited_is_a_legal_form():
    forms = by_alias(page("abc/cudeco_shares_halved.txt"))
    # "copper explorer Cudeco Limited", then "Shares in Cudeco, formerly known as Australian Mining Investments"
    assert forms["Cudeco"] is forms["Cudeco Limited"] is forms["Australian Mining Investments"]
    assert forms["Cudeco"].role == "actor"


def test_a_one_word_firm_misspelt_once_is_the_firm():
    forms = by_alias(page("bbcnews/daimler_mercedes_slump.txt"))
    # "DaimlerChrysler last week agreed ...", then "Looking forward, DaimerChrysler's profits are expected ..."
    assert forms["DaimerChrysler"] is forms["DaimlerChrysler"]


def test_a_partys_name_and_its_noun_in_lowercase_are_one_name():
    forms = by_alias(page("vaile_budget_roads.txt"))
    # "as most National party members are", and "the Nationals": two since lead ruling 37 (session 58), the party in
    # full and its plural
    assert forms["National party"] is not forms["Nationals"]
    forms = by_alias(extract_text(
        "Expelled\n\nGeorge Galloway spoke on Monday. Mr Galloway was expelled from the Labour party because of his "
        "opposition to the war. Labour said it would not comment. The Christmas party was cancelled.\n"
    ))
    assert forms["Labour"] is forms["Labour party"]
    assert "Christmas party" not in forms

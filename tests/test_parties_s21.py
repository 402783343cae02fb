"""A creed's word names a party's member when capitalised and the party acting in the plural ("a Communist
deputy", "the Communists"), as a party's own name does ("a Conservative candidate", "the Conservatives"):
round 31, measured untouched at the start of session 21, joined the two in India's budget story. The rule
is in store/nlp/entities/bodies.py (`_party_names_of`), the creeds in store/names.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_creeds_adjective_stays_apart_from_the_party_its_plural_names():
    ex = by_alias(extract_text(
        "Budget\n\nThe finance minister must keep his Communist allies onside, Jo Roe said on Monday. The"
        " Communists oppose the plan, and the Socialists, whose Socialist mayor Al Poe spoke, agree.\n"
    ))
    assert ex["Communists"].role == "actor" and ex.get("Communist") is not ex["Communists"]
    assert ex.get("Socialist") is not ex["Socialists"]
    india = by_alias(page("bbcnews/india_poverty_budget.txt"))  # "Communist allies", "The Communists are also hostile"
    assert india["Communists"].role == "actor" and india.get("Communist") is not india["Communists"]


def test_a_peoples_adjective_still_joins_its_plural():
    ex = by_alias(extract_text(
        "Talks\n\nThe Germans walked out on Monday, Jo Roe said. A German diplomat said the Germans would"
        " return.\n"
    ))
    assert "German" not in ex or ex["German"] is ex["Germans"]

"""Parties of session 59 (s59-parties), each on the real sentence shape it fixes. Lead ruling 37 holds for any
country's parties: a party named by a creed ("Liberal Party", Canada's) is apart from its capitalised singular, a
member's word ("the Liberal leader", "the Liberal and Conservative parties"), as "Republican" is from the "Republican
Party" (lead ruling 15; merge._members_party_word). A party's own name the model reads as a person as often as a body
("match Labour's spending" beside "under Labour") is the party (grouping._label_by_votes); a leader's possessive opening
a party's name ("Trudeau\u2019s Liberal Party") is the leader, then the party (model_spans._ner_spans)."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def test_a_creeds_party_is_apart_from_its_members_word_in_any_country():
    # round 101 (a Canadian story): "Trudeau's Liberal Party", then "the Liberal leader" and "the Liberal and
    # Conservative parties"; the gold keeps `Liberal` an `other` apart from the `Liberal Party`
    extraction = extract_text(
        "Trudeau Wins Second Term\n\n"
        "Canadian Prime Minister Justin Trudeau's Liberal Party will hold on to power, winning the most seats in a"
        " national election Monday. The Conservative Party, led by Andrew Scheer, won 121 seats.\n\n"
        "It wasn't the first time the Liberal leader had been questioned on his inappropriate cultural appropriation.\n\n"
        "The Trans Mountain Pipeline has divided the parties, with the Liberal and Conservative parties promising to go"
        " ahead with the pipeline expansion project.\n"
    )
    assert not named_as_one(extraction, "Liberal", "Liberal Party")
    assert named_apart(page("allsides/trudeau_wins_second_term.txt"), "Liberal", "Liberal Party")


def test_a_partys_own_name_read_as_a_person_as_often_as_a_body_is_the_party():
    # round 13 (BBC): the model reads "under Labour" and "how Labour would fund" as a body, "match Labour's spending"
    # and "Mr Davis said Labour had been" as a person
    extraction = page("bbcnews/blair_tory_spending.txt")
    assert named_as_one(extraction, "Labour", "Labour Party", "New Labour")
    assert "Labour" in by_alias(extraction)


def test_a_leaders_possessive_opening_a_partys_name_is_the_leader_and_the_party():
    # round 101: the model's one span "Trudeau\u2019s Liberal Party had won 157 of 338 seats" is the leader, then the
    # party he leads (as "Vietnam\u2019s Communist Party" is a place, then the party)
    extraction = page("allsides/trudeau_wins_second_term.txt")
    forms = by_alias(extraction)
    assert "Trudeau\u2019s Liberal Party" not in forms
    assert "Liberal Party" in forms and named_as_one(extraction, "Trudeau", "Justin Trudeau")


def test_a_partys_name_ending_in_a_possessive_word_and_party_stays_whole():
    # guard of the rule above, round 23 (BBC): "the Pakistan People's Party" is one name, no owner before "Party"
    assert "Pakistan People's Party" in by_alias(page("bbcnews/karachi_stocks_high.txt"))

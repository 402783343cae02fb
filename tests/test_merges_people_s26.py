"""Merges of people's names (session 26, rounds 24-42 pooled): a person's full name the model ran together with a
body's acronym or a capitalised job noun before it, the person then called by the surname alone; a foreign given name
opening a paragraph before a surname; a given name's short form alone ("Tommy" of "Thomas"). Each on the real page it
occurs on, some on made-up copy too."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_full_name_after_a_bodys_acronym_or_a_job_noun_is_the_persons():
    # "group EADS Philippe Camus is to leave his post", then "Mr Camus said"
    forms = by_alias(page("bbcnews/eads_camus_exit.txt"))
    assert forms["Philippe Camus"] is forms["Camus"]
    assert "EADS Philippe Camus" not in forms and forms["EADS"] is not forms["Camus"]
    # "SEC Chief Accountant Clarence Sampson told", then "Sampson said"
    forms = by_alias(page("reuterswire/sec_peer_review.txt"))
    assert forms["Clarence Sampson"] is forms["Sampson"]
    # a given name before it is no body's nor a job's: "Rep. John Paul Hammerschmidt", then "Hammerschmidt said"
    forms = by_alias(page("wsj/airline_buyout_bill.txt"))
    assert forms["John Paul Hammerschmidt"] is forms["Hammerschmidt"]
    # nor a surname a body ends with, written alone for no person ("Toronto Stock Exchange", then "the Exchange")
    forms = by_alias(page("reuterswire/toronto_power_blackout.txt"))
    assert forms["Toronto Stock Exchange"] is forms["Exchange"]
    forms = by_alias(extract_text(
        "Chief quits\n\nThe head of the rail group ACR Jonas Harlund is to step down. Mr Harlund said he would stay "
        "until a successor was found.\n"))
    assert "ACR Jonas Harlund" not in forms



def test_a_foreign_given_name_opening_a_paragraph_is_the_persons():
    # a paragraph that opens "Pranab Mukherjee said ..." after one that ends on a quote mark: his full name, then
    # "said Mr Mukerjee" (spelt so), one person
    forms = by_alias(page("bbcnews/aero_india_outsourcing.txt"))
    assert forms["Pranab Mukherjee"] is forms["Mukerjee"]
    forms = by_alias(extract_text(
        "Trade talks\n\n\"We will sign,\" an aide said.\n\nTadeusz Wronski said the deal was close.\n\n"
        "Wronski said talks would end on Friday.\n"))
    assert forms["Tadeusz Wronski"] is forms["Wronski"]
    # an English word opening the sentence is no given name
    forms = by_alias(extract_text(
        "Trade talks\n\n\"We will sign,\" an aide said.\n\nMeanwhile Wronski said the deal was close.\n\n"
        "Wronski said talks would end on Friday.\n"))
    assert "Meanwhile Wronski" not in forms


def test_a_given_names_short_form_alone_is_the_one_person_of_that_name():
    # "Everton's Thomas Gravesen", then his manager: "I speak to Tommy regularly" (the model took "Tommy" for a place)
    forms = by_alias(page("bbcnews/gravesen_real_talks.txt"))
    assert forms["Tommy"] is forms["Thomas Gravesen"]
    assert forms["David Moyes"] is not forms["Thomas Gravesen"]
    # another name of the same root is a person of her own, no short form: "Helen placed the paperback in my hands",
    # "writers including ... Ellen Kushner"
    forms = by_alias(page("aeb/slate_john_ford.txt"))
    assert "Helen" not in forms or forms["Helen"] is not forms.get("Ellen Kushner")

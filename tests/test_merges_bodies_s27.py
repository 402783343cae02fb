"""Merges of bodies tuned on rounds 24-44 (session 27): the subject and the object of one verb are two, however alike
their names. Each on the real pages it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_the_subject_and_the_object_of_one_verb_are_two():
    # "Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran": a publisher and its
    # paper (which the model reads as a person whose surname the publisher's name would be)
    jagran = by_alias(page("bbcnews/independent_jagran_stake.txt"))
    assert jagran["Jagran"] is not jagran["Dainik Jagran"]


def test_a_name_a_quoted_title_opens_on_is_found_there():
    # BBC titles quote their source: "'EU referendum could cost £80m'" names the European Union by its initials
    referendum = by_alias(page("bbcnews/eu_referendum_cost.txt"))
    assert referendum["EU"] is referendum["European Union"]


# Second wave, tuned on rounds 24-45: a long name and its acronym joined by "or" or spelt out in brackets after it,
# "&" inside a long name, a firm's plural trade, and two short names that are no firm's.


def test_a_long_name_or_its_acronym_is_one_body():
    # "Japan's ruling party, the Liberal Democratic Party or LDP": no list of two
    submarine = by_alias(page("wikinews/chinese_submarine_okinawa.txt"))
    assert submarine["LDP"] is submarine["Liberal Democratic Party"]


def test_an_acronym_spelt_out_in_brackets_after_it():
    # "the future of NORAD (North American Aerospace Defence Command)": the acronym takes syllables, not initials
    visit = by_alias(page("wikinews/bush_ottawa_visit.txt"))
    assert visit["NORAD"] is visit["North American Aerospace Defence Command"]


def test_an_ampersand_inside_a_long_name_its_acronym_spells():
    # "Airbus is owned by European Aeronautic Defense & Space Company (EADS)"
    emails = by_alias(page("wikinews/boeing_tanker_emails.txt"))
    assert emails["EADS"] is emails["European Aeronautic Defense & Space Company"]


def test_a_firm_by_its_first_word_before_a_plural_trade_in_ies():
    # "Northeast Utilities", then "Northeast" (a utility's plural: "utilities")
    bid = by_alias(page("wsj/new_england_electric_bid.txt"))
    assert bid["Northeast"] is bid["Northeast Utilities"]


def test_a_research_firm_by_its_first_word():
    # "a report by analysts Forrester Research", then "Forrester said"
    forecast = by_alias(page("bbcnews/forrester_pc_forecast.txt"))
    assert forecast["Forrester"] is forecast["Forrester Research"]


def test_a_short_name_opening_two_firms_names_is_neither_by_its_opening():
    # "Sears, Roebuck & Co." and the new "Sears Holdings": "Sears" alone is the firm Kmart buys, not the new company
    merger = by_alias(page("wikinews/kmart_sears_merger.txt"))
    assert merger["Sears"] is merger["Sears, Roebuck & Co"]
    assert merger["Sears"] is not merger["Sears Holdings"]


def test_a_nickname_after_a_persons_noun_and_a_body_is_the_persons():
    # "another employee of Noroeste Farm known as "Coco"": the employee's nickname, not the farm's
    killing = by_alias(page("wikinews/mst_cabixi_killing.txt"))
    assert killing["Coco"] is not killing["Noroeste Farm"]

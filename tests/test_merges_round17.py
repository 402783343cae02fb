"""The look-alikes round 17 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), fixed before anything was tuned on it: on a short article
written for it, and on the real page where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_bodies_named_one_after_another_in_a_list_stay_apart():
    ex = by_alias(extract_text(
        "Quangos row\n\nA think tank has named the bodies it calls useless, its author Jo Roe said on Monday."
        "\n\nThey were the Bean Marketing Council, the Cheese Development Council, the Lamp Savings Trust,"
        " Rural Pay Committees, the Cider Standards Board and the Harbour Licensing Authority. Roe said the"
        " Bean Marketing Council cost too much.\n"
    ))
    bodies = ["Bean Marketing Council", "Cheese Development Council", "Lamp Savings Trust", "Rural Pay Committees",
              "Cider Standards Board", "Harbour Licensing Authority"]
    assert len({id(ex[b]) for b in bodies if b in ex}) == len([b for b in bodies if b in ex]) >= 4
    quangos = by_alias(page("bbcnews/useless_quangos.txt"))  # nine bodies, "the X, the Y, Z, the W ..."
    assert quangos["British Potato Council"] is not quangos["Milk Development Council"]
    assert quangos["Energy Savings Trust"] is not quangos["Agricultural Wages Committees"]
    assert quangos["Wine Standards Board"] is not quangos["Westminster Foundation for Democracy"]
    assert quangos["Potato Council"] is quangos["British Potato Council"]  # its short name, later, still joins it


def test_an_apposition_still_names_one_body_twice():
    ex = by_alias(extract_text(
        "Vaccines\n\nGavi, the Vaccine Alliance, said on Monday it would buy more doses, its head Jo Roe said.\n"
    ))
    assert ex["Gavi"] is ex["Vaccine Alliance"]


def test_a_place_and_its_part_named_with_a_compass_word_are_two_places():
    ex = by_alias(extract_text(
        "Dogs row\n\nIt emerged a Wessex man had been told he could use his dogs to chase deer away, MP Al Poe"
        " said.\n\nNorth Wessex landowner Jo Roe was put in touch with a rural group. Mr Roe said he was told"
        " it was an offence.\n"
    ))
    assert ex["Wessex"] is not ex["North Wessex"]
    assert ex["Wessex"].role == ex["North Wessex"].role == "location"
    assert ex["Roe"] is ex["Jo Roe"]
    hunt = by_alias(page("bbcnews/hunt_ban_definition.txt"))  # "a Devon man", "North Devon landowner Giles Bradshaw"
    assert hunt["Devon"] is not hunt["North Devon"]
    assert hunt["Devon"].role == hunt["North Devon"].role == "location"


def test_a_given_name_beside_a_compass_place_stays_a_person():
    ex = by_alias(extract_text(
        "Match report\n\nDevon Hale scored twice for the club in North Devon on Saturday, its coach Jo Roe said."
        " Devon was superb, Roe said.\n"
    ))
    assert ex["Devon"] is not ex.get("North Devon")
    assert ex["Devon"].role == "actor"


# -- tuned on rounds 13-17 (session 14, branch s14-merges) ------------------------------------------


def _propagated(paragraphs: list[str], surname: str) -> set[str]:
    """The forms a lone surname's group holds once propagation has run over the paragraphs (the model's
    own spans left out: the surname's first mention stands for them)."""
    from newsx.store.nlp.entities.base import _Group, _Mention, Para
    from newsx.store.nlp.entities.propagate import _propagate

    prose = [Para(n, "body", text, None) for n, text in enumerate(paragraphs)]
    seq, at = next((n, t.index(surname + " said")) for n, t in enumerate(paragraphs) if surname + " said" in t)
    group = _Group([_Mention(seq, at, at + len(surname), surname, "PERSON", {"person", "surname"})], "PERSON")
    _propagate(prose, [group], frozenset({"will", "chairman"}))
    return group.aliases


def test_a_lone_surnames_full_name_written_once_untagged_joins_it():
    assert _propagated([
        '"The structure was developed by looking ahead," Kenjiro Hamadate told Reuters in an interview.',
        "Acme is turning to home electronics, Hamadate said.",
    ], "Hamadate") == {"Hamadate", "Kenjiro Hamadate"}
    assert _propagated([
        '"What we propose is a civic commons," Will Hamadate, a research fellow, told the BBC.',
        "Hamadate said so.",
    ], "Hamadate") == {"Hamadate", "Will Hamadate"}  # a given name that is a noun too, inside a sentence
    nec = by_alias(page("reuterswire/nec_sekimoto.txt"))  # '"...," Tadahiro Sekimoto told Reuters', then "Sekimoto said"
    assert nec["Tadahiro Sekimoto"] is nec["Sekimoto"]
    ippr = by_alias(page("bbcnews/ippr_civic_commons.txt"))  # '"...," Will Davies, senior research fellow at the IPPR'
    assert ippr["Will Davies"] is ippr["Davies"]


def test_no_title_day_noun_or_second_given_name_joins_a_lone_surname():
    assert _propagated(["Chairman Hamadate spoke on Monday.", "Hamadate said so."], "Hamadate") == {"Hamadate"}
    assert _propagated(["On Tuesday Hamadate spoke.", "Hamadate said so."], "Hamadate") == {"Hamadate"}
    assert _propagated(["Will Hamadate be there?", "Hamadate said so."], "Hamadate") == {"Hamadate"}
    assert _propagated(["MPs will debate the Gambling Hamadate.", "Hamadate said so."], "Hamadate") == {"Hamadate"}
    assert _propagated([
        "The firm was founded by Kenjiro Hamadate. His brother Takeshi Hamadate disagreed.", "Hamadate said so.",
    ], "Hamadate") == {"Hamadate"}  # two people of one family: which one is "Hamadate" is not said


def test_a_firms_name_without_its_legal_form_is_the_firm():
    ex = by_alias(extract_text(
        "BREWER HIT BY SUITS\n\nMANILA, April 8 - A bid by Mabuhay Kalinga Corp (MKC) to buy back shares has been hit"
        " by two new lawsuits, sources in the company said.\n\nA Mabuhay Kalinga spokesman said he had no comment.\n"
    ))
    assert ex["Mabuhay Kalinga"] is ex["Mabuhay Kalinga Corp"]
    wire = by_alias(extract_text(
        "BANK SEEKS BUY\n\nLOS ANGELES, March 26 - Less than two months after Valley National Bancorp withdrew its bid"
        " for Acme Corp, its chairman Jo Roe is still looking for a bank to buy.\n\nValley National, the fourth largest"
        " California bank, owns 24 banks, Roe said.\n"
    ))
    assert wire["Valley National"] is wire["Valley National Bancorp"]
    smc = by_alias(page("reuterswire/san_miguel_lawsuits.txt"))  # "San Miguel Corp (SMC)", "A San Miguel spokesman"
    assert smc["San Miguel"] is smc["San Miguel Corp"] and smc["San Miguel"].role == "actor"
    first = by_alias(page("reuterswire/first_interstate_pinola.txt"))  # "First Interstate Bancorp", then "First Interstate"
    assert first["First Interstate"] is first["First Interstate Bancorp"]



def test_a_place_misspelt_by_one_letter_is_the_place():
    ex = by_alias(extract_text(
        "TRADE TALKS\n\nOTTAWA, May 4 - Canada made progress in the sweeping talks with the Unites States, Prime"
        " Minister Jo Roe said. The United States wants more, Roe said, and U.S. officials agreed.\n"
    ))
    assert ex["Unites States"] is ex["United States"] is ex["U.S."]
    trade = by_alias(page("reuterswire/mulroney_premiers_trade.txt"))  # "the sweeping talks with the Unites States"
    assert trade["Unites States"] is trade["United States"]
    assert ex["Canada"] is not ex["United States"]
    lanka = by_alias(page("reuterswire/air_lanka_losses.txt"))  # a letter added at the end makes a people's word
    assert lanka.get("Sri Lankan") is not lanka["Sri Lanka"]


def test_a_partys_plurals_under_each_of_its_names_are_one_party():
    ex = by_alias(extract_text(
        "Poll blow\n\nVoters trust the Tories less than Labour, a poll for the BBC found. The Conservatives said the"
        " poll was wrong, and a Tory candidate, Jo Roe, said it would change.\n"
    ))
    assert ex["Tories"] is ex["Conservatives"]
    assert ex.get("Tory") is not ex["Tories"]  # a member's party, not the party acting
    poll = by_alias(page("bbcnews/voters_trust_poll.txt"))  # "the Tories" and "the Conservatives", no "Conservative Party"
    assert poll["Tories"] is poll["Conservatives"]

"""Kinds of text rounds 9 to 14 showed the entity rules keeping as entities, recurring in at least two
rounds (issue 9), one test per rule: on a short article written for it, and on a real story of
tests/articles/bbcnews/ or tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities/ and store/nlp/recall.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, direct_quote, page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def _mentioned(ex, form: str) -> bool:
    return any(m.text == form for m in ex.mentions)


def test_a_wires_ticker_code_is_no_mention_of_its_firm():
    ex = _extract(
        "Bids\n\nMorgan Stanley Group <MS> bid for Acme Corp <ACM>, General Electric Co <GE> said. Morgan"
        " Stanley said it agreed.\n"
    )
    assert not {"MS", "ACM", "GE"} & {m.text for m in ex.mentions}
    assert _role(ex, "Morgan Stanley") == "actor" and _role(ex, "General Electric Co") == "actor"
    burlington = page("reuterswire/burlington_injunction.txt")
    assert not _mentioned(burlington, "MS") and _role(burlington, "Morgan Stanley") == "actor"
    nbc = page("reuterswire/nbc_final_offer.txt")
    assert not {"GE", "CCB", "TBS"} & {m.text for m in nbc.mentions}
    assert _role(page("reuterswire/gm_buyback.txt"), "GM") == "actor"  # "The GM buyback": written, not a code


def test_titles_listed_after_their_kind_or_before_a_series_plural_are_works():
    ex = _extract(
        "Games firm grows\n\nAcme Games publishes blockbuster titles such as Zorbo and Jim Hartley, as well as"
        " video game versions of movies such as Tom Quill and the Max Stone films. Its popular game The Blips"
        " sold well. Jo Roe, the author of 1850's Fields of Gold, said Acme Games was growing. The game"
        " Arsenal won was dull, said Mark Lee.\n"
    )
    assert not {"Zorbo", "Jim Hartley", "Tom Quill", "Max Stone", "Blips", "Fields of Gold"} & {m.text for m in ex.mentions}
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Arsenal") == "actor" and _role(ex, "Mark Lee") == "actor"
    ea = page("bbcnews/ea_entertainment.txt")
    assert not {"Fifa", "John Madden", "Harry Potter", "James Bond", "Sims"} & {m.text for m in ea.mentions}
    assert _role(ea, "Electronic Arts") == "actor" and _role(ea, "Robbie Williams") == "actor"
    smith = page("bbcnews/greenspan_adam_smith.txt")
    assert not _mentioned(smith, "Wealth of Nations") and _role(smith, "Adam Smith") == "actor"
    wilson = page("bbcnews/wilson_raw_t.txt")
    assert _role(wilson, "Michael Winterbottom") == "actor"  # "the Michael Winterbottom film": its maker


def test_a_league_played_in_is_a_competition_but_one_that_speaks_acts():
    ex = _extract(
        "League row\n\nAcme Rovers want glory in the Champions League and a Champions League first-leg tie,"
        " and sit fourth in League One. The Premier League said it would appeal, and the Arab League met.\n"
    )
    assert not {"Champions League", "League One"} & {m.text for m in ex.mentions}
    assert _role(ex, "Premier League") == "actor" and _role(ex, "Arab League") == "actor"
    hodgson = page("bbcnews/hodgson_winter_break.txt")
    assert not _mentioned(hodgson, "Champions League") and not _mentioned(hodgson, "Premiership")
    assert _role(hodgson, "Uefa") == "actor"
    assert not _mentioned(page("bbcnews/ferguson_milan.txt"), "Champions League")
    assert not _mentioned(page("bbcnews/mccall_tannadice.txt"), "League One")


def test_a_memorandum_of_understanding_is_a_text_with_its_acronym():
    ex = _extract(
        "Deal\n\nAcme and Zorbia signed a Memorandum of Understanding (MoU) on trade. The MoU was welcomed by"
        " the Trade Council (TC).\n"
    )
    assert not {"Memorandum of Understanding", "MoU"} & {m.text for m in ex.mentions}
    assert _role(ex, "Trade Council") == "actor"
    star_wars = page("reuterswire/star_wars_contracts.txt")
    assert not _mentioned(star_wars, "MoU") and not _mentioned(star_wars, "Memorandum of Understanding")
    assert _role(star_wars, "Defence Committee") == "actor"


def test_a_countrys_acronym_before_a_treasury_or_a_court_is_part_of_the_bodys_name():
    ex = _extract(
        "Markets\n\nZURICH, March 3 - The franc rose after the U.S. Treasury said it would act. The UK Treasury"
        " agreed.\n\nNEW YORK, June 2 - U.S. District Court Judge Jo Roe said she would rule. U.S. Warships sailed.\n"
    )
    assert _role(ex, "U.S. Treasury") == "actor" and _role(ex, "UK Treasury") == "actor"
    bonds = _extract("Bonds\n\nLong-dated U.S. Treasury yields slipped, Jo Roe said.\n")
    assert not _mentioned(bonds, "U.S. Treasury") and _role(bonds, "U.S.") == "location"
    assert not _mentioned(page("aeb/reuters_asian_shares.txt"), "U.S. Treasury")
    assert _role(ex, "U.S. District Court") == "actor" and not _mentioned(ex, "Warships")
    assert _role(page("bbcnews/council_tax_wales.txt"), "UK Treasury") == "actor"
    assert _role(page("reuterswire/zurich_markets_mood.txt"), "U.S. Treasury") == "actor"
    assert _role(page("reuterswire/burlington_injunction.txt"), "U.S. District Court") == "actor"


def test_a_firms_legal_form_then_of_a_country_ends_its_name():
    ex = _extract("Deal\n\nAcme Textiles Inc of Canada agreed to buy Zorb, said Jo Roe of the Institute for Trade Studies.\n")
    assert _role(ex, "Acme Textiles Inc") == "actor" and _role(ex, "Canada") == "location"
    assert _role(ex, "Institute for Trade Studies") == "actor"
    burlington = page("reuterswire/burlington_injunction.txt")
    assert _role(burlington, "Dominion Textiles Inc") == "actor" and _role(burlington, "Canada") == "location"


def test_a_big_city_after_in_is_a_place_though_the_story_names_no_country_of_it():
    ex = _extract("Label\n\nThe label also owned a club in Manchester, said Jo Roe.\n")
    assert _role(ex, "Manchester") == "location"
    assert _role(page("bbcnews/wilson_raw_t.txt"), "Manchester") == "location"
    assert _role(page("bbcnews/chelsea_complaint.txt"), "Porto") == "location"


def test_a_firm_named_after_its_founders_and_associates_is_one_firm_apart_from_its_founder():
    ex = _extract(
        "Analysts\n\nThe market is freer now, says Boston analyst Carl Mendez of Carl Mendez and Associates. Mendez says"
        " dealers grow.\n"
    )
    assert _role(ex, "Carl Mendez and Associates") == "actor"
    assert by_alias(ex)["Mendez"] is by_alias(ex)["Carl Mendez"] is not by_alias(ex)["Carl Mendez and Associates"]
    dealers = page("reuterswire/car_dealers.txt")
    assert _role(dealers, "Arvid Jauppi and Associates") == "actor"
    assert by_alias(dealers)["Jauppi"] is by_alias(dealers)["Arvid Jauppi"]
    # the firm named after him leaves him a person, whom the next "he says" is
    assert direct_quote(dealers, "We're going to have international dealers").speaker == "Arvid Jauppi"

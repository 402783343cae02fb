"""A look-alike round 16 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), and its wrong merges, fixed before anything was tuned
on it: on a short article written for it, and on the real page where it occurs. The rules are in
store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_word_two_bodies_open_with_is_the_short_name_of_neither():
    ex = by_alias(extract_text(
        "Arts cash row\n\nA painter critical of Welsh arts funding being brought under government control has"
        " denied comparing it with dictatorships.\n\nJo Roe is worried that the Arts Board may be taken over by"
        " the Welsh Assembly Government. It has been in question since most Welsh quangos were to be abolished."
        "\n\nThree Welsh quangos, the Wales Tourist Board and the Welsh Enterprise Agency, will be brought under"
        " government control.\n"
    ))
    assert ex["Welsh"] is not ex["Welsh Enterprise Agency"] and ex["Welsh"] is not ex["Welsh Assembly Government"]
    arts = by_alias(page("bbcnews/welsh_arts_hitler.txt"))  # "most Welsh quangos", two bodies opening so
    assert arts.get("Welsh") is not arts["Welsh Development Agency"]


def test_a_club_named_after_its_town_is_not_the_town():
    ex = by_alias(extract_text(
        "Transfer row\n\nBirmingham have confirmed Hull made a bid for midfielder Jo Roe, the club said. \"He is"
        " not for sale,\" Birmingham manager Al Poe said. Roe has been superb for Birmingham City this season,"
        " Poe said.\n"
    ))
    assert ex["Birmingham City"] is not ex["Birmingham"] and ex["Birmingham City"].role == "actor"
    savage = by_alias(page("bbcnews/savage_blackburn.txt"))  # "terrific for Birmingham City", the city alone
    assert savage["Birmingham City"] is not savage["Birmingham"] and savage["Birmingham City"].role == "actor"


def test_a_town_written_with_city_as_a_place_stays_the_town():
    ex = by_alias(extract_text(
        "Fighting\n\nGAZA, May 4 (Reuters) - Fighting broke out in Gaza City on Monday, officials in Gaza said.\n"
    ))
    assert "Gaza City" not in ex or ex["Gaza City"].role == "location"


# -- tuned on rounds 12-16 (session 13, branch s13-merges) ------------------------------------------


def test_a_headline_writes_a_place_or_body_by_its_initials():
    ex = by_alias(extract_text(
        "Jobs boost for NE\n\nA carmaker will create 300 jobs in the North East, its chairman Jo Roe said on"
        " Monday. The region has lost many jobs.\n"
    ))
    assert ex["NE"] is ex["North East"]
    wire = by_alias(extract_text(
        "H.K. BANK LOANS FELL IN MARCH\n\nHONG KONG, April 4 - Loans by banks in Hong Kong fell 2 pct in March,"
        " the government said.\n"
    ))
    assert wire["H.K."] is wire["Hong Kong"]  # dotted initials on an ALL CAPS line; bare words there are not read


def test_a_firms_short_name_read_as_a_person_opens_its_legal_name():
    ex = by_alias(extract_text(
        "UNIT SOLD\n\nNEW YORK, May 4 - The chairman of Mark VII Industries Inc said on Monday it would sell its"
        " Ohio unit to Acme Corp for 30 mln dlrs.\n\nMark VII said the sale would cut its debt.\n"
    ))
    assert ex["Mark VII"] is ex["Mark VII Industries Inc"]


def test_an_airlines_first_word_stands_for_its_air_lines():
    ex = by_alias(extract_text(
        "PROFIT RISES AT AIRLINE\n\nATLANTA, May 4 - The first quarter profit of Frontier Air Lines Inc rose 20"
        " pct, the company said on Monday.\n\nFrontier said it carried more passengers, and Frontier shares rose.\n"
    ))
    assert ex["Frontier"] is ex["Frontier Air Lines Inc"]


def test_a_firms_legal_name_after_a_wire_dateline_is_the_firm():
    ex = by_alias(extract_text(
        "FIRM SEES FLAT SALES\n\nNEW YORK, June 2 - Hartwell Foods Corp said sales continue to remain flat.\n\n"
        "Hartwell Foods said demand would not pick up soon, its chairman Jo Roe said.\n"
    ))
    assert ex["Hartwell Foods"] is ex["Hartwell Foods Corp"]
    wire = by_alias(extract_text(
        "KANTO TO OPEN CANADIAN UNIT\n\nTORONTO, April 29 - Kanto Securities Co Ltd, of Tokyo, plans to open a"
        " Canadian unit.\n\nKanto Securities general manager Jo Roe said the unit would open in June.\n"
    ))
    assert wire["Kanto Securities"] is wire["Kanto Securities Co Ltd"]  # two legal forms, one name
    kmart = by_alias(page("reuterswire/kmart_turning_point.txt"))  # a one-letter word, no player's position
    assert kmart["K Mart"] is kmart["K Mart Corp"]

"""Merges tuned on rounds 23-30 of the unseen pages (session 21, issue 9): a name that opens on a country's acronym
and goes on is another body than the country; an "according to" source ends at its comma; a body's short name is
the words that open its full name, its head noun alone the one body it heads, and a firm named after its partners
or its kind goes by its first word. Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_name_opening_on_a_countrys_acronym_is_another_body():
    forms = by_alias(extract_text(
        "Weeklies fight\n\n"
        "Readers of Harlan Oduya's U.S. Farm & Ranch Journal rose 4% last year. U.S. Farm has yet to set its 1991 "
        "rates, a spokesman said, while U.S. officials said farm incomes fell.\n"
    ))
    assert "U.S. Farm & Ranch Journal" in forms and forms["U.S. Farm"] is forms["U.S. Farm & Ranch Journal"]
    assert forms["U.S."] is not forms["U.S. Farm & Ranch Journal"] and forms["U.S."].role == "location"
    newsweek = by_alias(page("wsj/newsweek_ad_rates.txt"))
    assert newsweek["U.S. News"] is newsweek["U.S. News & World Report"]
    assert newsweek["U.S. News & World Report"].role == "actor" and "U.S." not in newsweek


def test_the_name_after_an_according_to_source_opens_the_clause():
    forms = by_alias(extract_text(
        "Circulation slips\n\n"
        "Readership of weeklies fell in the spring. According to Harlan Media Survey, Lookout, the largest of them, "
        "lost 4% of its readers.\n"
    ))
    assert forms["Lookout"] is not forms["Harlan Media Survey"]
    # an apposition with its article after the source is still one body
    forms = by_alias(extract_text(
        "Sales rise\n\nAccording to Harlan Tech, the Harlan Valley Software Company, sales rose 4% last year.\n"
    ))
    assert forms["Harlan Tech"] is forms["Harlan Valley Software Company"]
    newsweek = by_alias(page("wsj/newsweek_ad_rates.txt"))
    assert newsweek["Time"] is not newsweek["Audit Bureau of Circulations"]


def test_a_body_goes_by_the_words_that_open_its_name():
    forms = by_alias(extract_text(
        "Utility bid\n\n"
        "Harlan Valley Power Cooperative said on Monday it would bid for the plant. Harlan Valley Power expects "
        "a ruling by May, its chairman said.\n"
    ))
    assert forms["Harlan Valley Power"] is forms["Harlan Valley Power Cooperative"]
    # a short name that opens two bodies' names is neither's
    forms = by_alias(extract_text(
        "Utility deal\n\nHarlan Valley Power Cooperative agreed to buy Harlan Valley Power Pool for $40 million. "
        "Harlan Valley Power said the deal would close in June.\n"
    ))
    assert forms["Harlan Valley Power"] is not forms["Harlan Valley Power Cooperative"]
    assert forms["Harlan Valley Power"] is not forms["Harlan Valley Power Pool"]
    electric = by_alias(page("wsj/new_england_electric_bid.txt"))
    assert electric["New England Electric"] is electric["New England Electric System"]


def test_a_bodys_head_noun_alone_stands_for_the_one_body_it_ends():
    forms = by_alias(extract_text(
        "Budget row\n\nThe European Commission said on Monday that Harlania must cut its deficit. The Commission will "
        "review the plan in May, a spokesman said.\n"
    ))
    assert forms["Commission"] is forms["European Commission"]
    # two bodies ending in the noun: the noun alone says neither
    forms = by_alias(extract_text(
        "Budget row\n\nThe European Commission and the Securities and Exchange Commission met on Monday. The "
        "Commission will review the plan in May, a spokesman said.\n"
    ))
    assert forms["Commission"] is not forms["European Commission"]
    assert forms["Commission"] is not forms["Securities and Exchange Commission"]
    ec = by_alias(page("bbcnews/ec_deficit_truce.txt"))
    assert ec["Commission"] is ec["European Commission"]
    afi = by_alias(page("bbcnews/landmark_movies_2004.txt"))
    assert afi["Institute"] is afi["American Film Institute"]


def test_a_firm_named_after_its_partners_or_its_kind_goes_by_its_first_word():
    forms = by_alias(extract_text(
        "Broker fined\n\nHarlow & Pettigrew agreed to pay $3 million, regulators said. Harlow said it had changed its "
        "rules.\n"
    ))
    assert forms["Harlow"] is forms["Harlow & Pettigrew"]
    forms = by_alias(extract_text(
        "Stake sold\n\nThe private equity group Larkspur Capital sold its stake in the bank on Monday. Larkspur bought "
        "the stake in 1999.\n"
    ))
    assert forms["Larkspur"] is forms["Larkspur Capital"]
    # a product's name, no kind before it, is no firm's full name
    forms = by_alias(extract_text(
        "Travel\n\nTravellers use Quillo Translate, and Quillo said it grew.\n"
    ))
    assert "Quillo" not in forms or forms["Quillo"] is not forms.get("Quillo Translate")
    marsh = by_alias(page("bbcnews/marsh_stearns_plea.txt"))
    assert marsh["Marsh"] is marsh["Marsh & McLennan"]
    kfb = by_alias(page("bbcnews/standard_chartered_kfb.txt"))
    assert kfb["Newbridge"] is kfb["Newbridge Capital"]


def test_someone_unveiled_as_a_clubs_new_manager_is_a_person():
    forms = by_alias(extract_text(
        "New boss\n\nHarlow Town are set to unveil Dennis Okafor as their new manager on Friday. Okafor, 52, quit "
        "his last club in March.\n"
    ))
    assert forms["Okafor"] is forms["Dennis Okafor"] and forms["Okafor"].role == "actor"
    # what a firm unveils is its product
    forms = by_alias(extract_text(
        "Phones\n\nAcme Mobile unveiled the Zorbo X7 on Monday, and analysts said sales would be strong.\n"
    ))
    assert "Zorbo X7" not in forms or forms["Zorbo X7"].role != "actor"
    saints = by_alias(page("bbcnews/redknapp_southampton.txt"))
    assert saints["Redknapp"] is saints["Harry Redknapp"]


def test_an_acronym_written_as_a_word_in_brackets_names_the_body_it_spells():
    forms = by_alias(extract_text(
        "Visitors up\n\nThe figures were compiled by the Federation of Rural Arts Museums (Fram). Some Fram members "
        "gave no figures, Jo Roe said.\n"
    ))
    assert forms["Fram"] is forms["Federation of Rural Arts Museums"]
    # a word in brackets that spells no initials defines nothing
    forms = by_alias(extract_text(
        "Visitors up\n\nThe figures were compiled by the Federation of Rural Arts Museums (Harlow). Harlow said visits "
        "rose.\n"
    ))
    assert "Harlow" not in forms or forms["Harlow"] is not forms["Federation of Rural Arts Museums"]
    gallery = by_alias(page("bbcnews/national_gallery_visitors.txt"))
    assert gallery["Alva"] is gallery["Association of Leading Visitor Attractions"]


def test_an_island_group_goes_by_its_plural():
    forms = by_alias(extract_text(
        "Fossils found\n\nGeologists found bones on the Harlow Islands, 800 kilometres east of the mainland. The find "
        "shows the Harlows were once joined to it, Jo Roe said.\n"
    ))
    assert forms["Harlows"] is forms["Harlow Islands"] and forms["Harlows"].role == "location"
    chathams = by_alias(page("abc/chatham_dinosaurs.txt"))
    assert chathams["Chathams"] is chathams["Chatham Islands"]

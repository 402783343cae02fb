"""Merges tuned on rounds 23-30 of the unseen pages (session 21, issue 9): a name that opens on a country's acronym
and goes on is another body than the country; an "according to" source ends at its comma; a body's short name is
the words that open its full name. Each on made-up copy and on the real page it occurs on."""

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

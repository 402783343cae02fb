"""Merges and never-merges of session 58 (s58-merges), each on the real sentence shape it fixes: a father's full name
with a middle initial, written before his son's name with a generational suffix, is the father's, no form of the son's
(surnames._named_plain_before_the_suffix); a given name alone in a list of someone's children after a colon is one of
that family, no short name of another man who bears it (surnames._KIN_LISTED_BEFORE); a place before a federal body's
name names its regional branch, apart from the federal body (bodies._a_places_own_body); a land's bare word beside
both its halves named by compass words is neither half (places._lands_word_beside_both_halves); a bare surname's
pronouns pick no bearer by sex where another bearer's given name says none (surnames._bearer_its_pronouns_say); a
state written with "state" after it is apart from the dateline's city of its name
(places._states_apart_from_the_datelines_city); a district named as an office's reach is the district, apart from the
dateline's city (places._districts_named_as_a_reach)."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart


_CHARITY = (
    "Donald J. Trump Foundation agrees to dissolve in deal with New York attorney general\n\n"
    "ALBANY, N.Y. \u2013 President Donald Trump's charity will shut down as part of an agreement filed Tuesday by New"
    " York Attorney General Barbara Underwood.\n\n"
    "An attorney for the Trump Foundation called Underwood's statement \"misleading,\" noting the Foundation first began"
    " winding down in 2016 \u2013 when then-Attorney General Eric Schneiderman began investigating it.\n\n"
    "\u201cThe Foundation has been seeking to dissolve since Donald J. Trump\u2019s victory in the 2016 Presidential"
    " election,\" the attorney, Alan Futerfas, said in a statement.\n\n"
    "Trump himself is a defendant in the case, as are the Trump Foundation and three of his children: Ivanka, Eric and"
    " Donald Trump Jr.\n\n"
    "When the suit was filed in June, Trump suggested it was politically motivated, pointing to now-former Attorney"
    " General Eric Schneiderman, a frequent Trump foe.\n"
)


def test_a_fathers_name_with_a_middle_initial_is_no_form_of_his_namesake_sons():
    # round 99 (USA Today): the father named "Donald J. Trump" before "Donald Trump Jr." closes a list of his children
    extraction = extract_text(_CHARITY)
    assert named_apart(extraction, "Donald J. Trump", "Donald Trump Jr")
    assert named_apart(extraction, "Donald Trump", "Donald Trump Jr")


def test_a_given_name_listed_among_someones_children_is_no_short_name_of_a_namesake():
    # round 99 (USA Today): "Eric" of "three of his children: Ivanka, Eric and ..." beside "Eric Schneiderman"
    extraction = extract_text(_CHARITY)
    assert named_apart(extraction, "Eric", "Eric Schneiderman")


def test_a_place_before_a_federal_bodys_name_names_its_regional_branch():
    # round 99 (Fox Business): the regional bank named first, the system by its possessive after
    extraction = extract_text(
        "Farm bankruptcies hit record\n\n"
        "Meanwhile, farms incomes are falling in Colorado, Kansas, Nebraska, Oklahoma, Wyoming, and portions of western"
        " Missouri and northern New Mexico, according to the Kansas City Federal Reserve.\n\n"
        "Farm income fell in each state within the region from a year ago and credit conditions in the Federal"
        " Reserve\u2019s Tenth District deteriorated in the third quarter.\n"
    )
    assert named_apart(extraction, "Federal Reserve", "Kansas City Federal Reserve")


def test_a_lands_bare_word_beside_both_its_halves_is_neither_half():
    # round 98 (USA Today): "South Korea" and "North Korea" throughout, then "the National Assembly speech in Korea",
    # which the gazetteer would put in the South
    extraction = extract_text(
        "Trump moderates tone on North Korea\n\n"
        "\"I really believe that it makes sense for North Korea to come to the table,\" Trump said after meeting Tuesday"
        " with South Korea President Moon Jae-in.\n\n"
        "\"He may say something that\u2019s prepared in the National Assembly speech in Korea, but then he may tweet"
        " something else,\" said Michael J. Green, senior vice president for Asia at the Center for Strategic &"
        " International Studies.\n"
    )
    assert named_apart(extraction, "Korea", "South Korea")
    assert named_apart(extraction, "Korea", "North Korea")


def test_a_state_written_with_state_after_it_is_apart_from_the_datelines_city():
    # round 91 (AP): the capital's dateline, then a lawmaker "of Washington state"
    extraction = extract_text(
        "Biden-Sanders task forces unveil joint goals for party unity\n\n"
        "WASHINGTON (AP) \u2014 Political task forces Joe Biden formed with onetime rival Bernie Sanders recommended"
        " Wednesday that the former vice president embrace major proposals to combat climate change.\n\n"
        "\u201cWe still believe that Medicare for All is the right way to go,\u201d said Democratic Rep. Pramila Jayapal"
        " of Washington state, who co-led the health care task force.\n"
    )
    state = next(m for m in extraction.mentions if m.text == "Washington")
    assert "WASHINGTON" not in extraction.entities[state.entity_key].aliases


def test_a_district_named_as_an_offices_reach_is_apart_from_the_datelines_city():
    # round 89 (Wall Street Journal): the capital's dateline, then a prosecutor's district
    extraction = extract_text(
        "Holder pressed on AP, IRS\n\n"
        "WASHINGTON\u2014Members of Congress expressed concern Wednesday about the Justice Department's seizure of"
        " phone records.\n\n"
        "The AP subpoenas were connected to a probe by Ronald Machen, U.S. attorney for the District of Columbia, into a"
        " leak concerning a 2012 counterterrorism operation.\n"
    )
    district = next(m for m in extraction.mentions if m.text == "District of Columbia")
    assert "WASHINGTON" not in extraction.entities[district.entity_key].aliases

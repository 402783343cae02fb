"""Merges tuned on rounds 24-35 (session 23): a paper kept apart from the group owning it, a state by its
abbreviation, a party's adjective apart from the party and its plural in a headline, a planet by its epithet, a
surname the model took for a body before its given name, a given name romanised twice, an acronym said as a word of
three letters, a person whose surname is a facility's noun, a people's word taken for a place, and a clipped name's
full form. Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_paper_is_not_the_group_owning_it():
    forms = by_alias(extract_text(
        "Papers cut costs\n\n"
        "The Harlan Herald is moving to a tabloid format, its editor said. The Harlan Herald Group said the cuts were "
        "needed. Rivals such as the Examiner Media Group and Trinity Mirror have invested in new presses. The Examiner "
        "stays a broadsheet.\n"
    ))
    assert forms["Examiner"] is not forms["Examiner Media Group"]
    telegraph = by_alias(page("bbcnews/telegraph_jobs_axe.txt"))
    assert telegraph["Guardian"] is not telegraph["Guardian Media Group"]
    assert telegraph["Telegraph"] is telegraph["Telegraph Group"]  # the paper's own company, by the paper's word


def test_a_state_goes_by_its_abbreviation():
    forms = by_alias(extract_text(
        "Cattle prices\n\n"
        "A station in the north of Western Australia has been sold. Prices have held up across much of WA this year, "
        "the agent said, and WA Farmers expects more sales.\n"
    ))
    assert forms["WA"] is forms["Western Australia"]
    assert "WA Farmers" not in forms or forms["WA Farmers"] is not forms["WA"]  # a body named after the state
    forms = by_alias(extract_text(
        "Storm damage\n\nTornadoes tore through Oklahoma on Monday. \"We are OK, the house is gone,\" said Jo Roe, "
        "who lives near Tulsa.\n"
    ))
    assert "OK" not in forms or forms["OK"] is not forms["Oklahoma"]  # letters a state's, written as a word
    assert by_alias(page("abc/wagyu_property_sale.txt"))["WA"] is by_alias(page("abc/wagyu_property_sale.txt"))["Western Australia"]
    marine = by_alias(page("abc/marine_pest_quarantine.txt"))
    assert marine["NT"] is marine["Northern Territory"]


def test_a_partys_adjective_alone_is_no_party_and_its_plural_heads_a_headline():
    forms = by_alias(extract_text(
        "Tories back tax cut\n\n"
        "The Conservative Party would cut income tax, its chairman said on Sunday. Meanwhile, senior Conservative MP "
        "Sir Harlan Roe warned that the plan could be costly.\n"
    ))
    assert "Conservative" not in forms or forms["Conservative"] is not forms["Conservative Party"]
    tories = page("bbcnews/tories_archer_door.txt")
    assert by_alias(tories)["Conservative"] is not by_alias(tories)["Conservative Party"]
    # the headline's "Tories" over the body's "Conservative Party" is the members', apart (lead ruling 37, session 58)
    party = by_alias(tories)["Conservative Party"]
    assert any(m.text == "Tories" for m in tories.mentions) and by_alias(tories)["Tories"] is not party


def test_the_red_planet_is_mars():
    forms = by_alias(extract_text(
        "Planet watch\n\nMars will be low in the west this month. The Red Planet was brighter in 2003, when it came "
        "close to Earth, astronomer Jo Roe says.\n"
    ))
    assert forms["Red Planet"] is forms["Mars"] and forms["Mars"].name == "Mars"
    mars = by_alias(page("abc/mars_hoax_email.txt"))
    assert mars["Red Planet"] is mars["Mars"]


def test_a_surname_the_model_took_for_a_body_goes_by_its_given_name():
    dawson = by_alias(page("bbcnews/dawson_squad_recall.txt"))
    assert dawson["Vickery"] is dawson["Phil Vickery"] and dawson["Phil Greening"] is not dawson["Phil Vickery"]


def test_a_given_name_romanised_twice_is_one_person():
    forms = by_alias(extract_text(
        "Spy protest\n\nViktor Harlanov, a former KGB officer, began a hunger strike on Monday. Officials took what "
        "Victor Harlanov knew and left him, his lawyer said. Harlanov says he was betrayed.\n"
    ))
    assert forms["Viktor Harlanov"] is forms["Victor Harlanov"]
    spy = by_alias(page("bbcnews/russian_spy_hunger_strike.txt"))
    assert spy["Victor Makarov"] is spy["Viktor Makarov"]


def test_a_three_letter_acronym_said_as_a_word_names_the_body_it_spells():
    tobacco = by_alias(page("bbcnews/china_tobacco_ban.txt"))
    assert tobacco["Bat"] is tobacco["British American Tobacco"]


def test_a_person_named_after_a_role_noun_is_no_facility():
    forms = by_alias(extract_text(
        "Injury blow\n\nChelsea left-back Wayne Bridge could miss the rest of the season. Bridge was hurt on Sunday, "
        "the club said.\n"
    ))
    assert forms["Bridge"] is forms["Wayne Bridge"] and forms["Wayne Bridge"].role == "actor"
    bridge = by_alias(page("bbcnews/bridge_ankle_injury.txt"))
    assert bridge["Bridge"] is bridge["Wayne Bridge"]


def test_a_peoples_word_taken_for_a_place_is_no_body_it_opens():
    venom = by_alias(page("abc/snake_venom_yields.txt"))
    assert venom["Australian"] is not venom["Australian Venom Research Unit"]


def test_a_clipped_name_written_out_is_one_body():
    forms = by_alias(extract_text(
        "Schools pledge\n\nThe Conservatives and Lib Dems both say the pledges are worthless. The Liberal Democrats "
        "are promising to cut class sizes, Jo Roe said.\n"
    ))
    assert forms["Lib Dems"] is forms["Liberal Democrats"]
    sailing = by_alias(page("bbcnews/blair_sailing_trip.txt"))
    assert sailing["Lib Dems"] is sailing["Liberal Democrats"]


def test_a_club_goes_by_its_word_before_its_city():
    forms = by_alias(extract_text(
        "Striker stays\n\nJo Roe has no plans to leave Sporting Lisbon, his agent said. He has scored 11 goals for "
        "Sporting this season.\n"
    ))
    assert forms["Sporting"] is forms["Sporting Lisbon"]
    owen = by_alias(page("bbcnews/owen_stay_madrid.txt"))
    assert owen["Real"] is owen["Real Madrid"]
    sociedad = by_alias(page("bbcnews/real_sociedad_bomb_scare.txt"))
    assert "Real" not in sociedad  # two clubs of that word: neither's


def test_a_headline_names_a_region_without_its_landform():
    mentions = page("abc/murray_darling_summit.txt").mentions
    assert any(m.text == "Murray Darling" and m.entity_key == next(
        n.entity_key for n in mentions if n.text == "Murray Darling Basin") for m in mentions)

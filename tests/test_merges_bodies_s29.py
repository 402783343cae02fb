"""Merges of bodies and places tuned on rounds 24-47 (session 29), round 47 the freshest evidence: a land by its first
word, a state's body by the word "State", an acronym mistyped once, a body's name in another order, an acronym spelling
some of its name's function words, a saint's house, a firm of practitioners by its initials. Each rule on made-up text
of its kind, and on the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_land_goes_by_its_first_word_once_named():
    forms = by_alias(extract_text(
        "Border talks stall\n\nTalks on the Varnok Heights broke down on Monday, officials in Ostrava said.\n\n"
        "The two sides have argued over the Varnok since 1990, and neither would give up the Varnok without a deal.\n"))
    assert forms["Varnok"] is forms["Varnok Heights"]
    # "the Golan Heights Israel captured from Syria", then "talks have been deadlocked over the Golan"
    golan = by_alias(page("rcvone/israel_syria_tensions.txt"))
    assert golan["Golan"] is golan["Golan Heights"]


def test_a_people_is_no_site_named_after_it():
    # "the Indian Museum" beside "Indians" (the people): a museum of them, not its short name
    museum = by_alias(page("ieer/nytwire/indian_museum_architect_fired.txt"))
    assert museum["Indians"] is not museum["Indian Museum"]


def test_a_states_body_by_the_word_state():
    forms = by_alias(extract_text(
        "Water theft\n\nKUALA DORANG - The Dorang Irrigation Department said on Monday it had found 40 illegal pipes.\n\n"
        "Chief Minister Ahmad Tarmizi said the State Irrigation Department had been told to recover the losses.\n"))
    assert forms["State Irrigation Department"] is forms["Dorang Irrigation Department"]
    # "The Selangor Waterworks Department and the police ...", then "the State Waterworks Department had been directed"
    water = by_alias(page("ieer/apwire/selangor_water_theft.txt"))
    assert water["State Waterworks Department"] is water["Selangor Waterworks Department"]


def test_a_state_bank_is_no_state_body():
    # "State Bank of Kenya" ends with no institution's noun: a bank of its own, never the "Reserve Bank of Kenya"
    forms = by_alias(extract_text(
        "Rates\n\nThe Reserve Bank of Kenya raised rates on Monday. The State Bank of Kenya, the largest lender, "
        "said it would follow.\n"))
    assert forms["State Bank of Kenya"] is not forms["Reserve Bank of Kenya"]


def test_a_countrys_body_is_no_state_body():
    forms = by_alias(extract_text(
        "Ruling\n\nThe U.S. Supreme Court refused to hear the case on Monday. The State Supreme Court had ruled for the "
        "company in May.\n"))
    assert forms["State Supreme Court"] is not forms["U.S. Supreme Court"]


def test_an_acronym_mistyped_once_is_the_acronym():
    forms = by_alias(extract_text(
        "Rebels speak\n\nThe leftist People's Liberation Front (PLF) said on Sunday it was ready to talk.\n\n"
        "Two PLF commanders spoke to reporters. They said the PFL had 3,000 fighters.\n\n"
        "The PLF has never fought the army in the open.\n"))
    assert forms["PFL"] is forms["PLF"]
    # "The leftist Popular Revolutionary Army (EPR)", then once "They said the ERP, whose fighters first appeared ..."
    epr = by_alias(page("rcvone/epr_mexico_interview.txt"))
    assert epr["ERP"] is epr["EPR"] is epr["Popular Revolutionary Army"]


def test_a_bodys_name_with_its_words_in_another_order():
    forms = by_alias(extract_text(
        "Architect\n\nHis best-known building is the Northern Museum of Maritime History in Tarn. Critics said his "
        "design for the Museum of Northern Maritime History was his finest.\n"))
    assert forms["Museum of Northern Maritime History"] is forms["Northern Museum of Maritime History"]
    # "the Canadian Museum of Civilization in Hull", then "his design for the Museum of Canadian Civilization"
    museum = by_alias(page("ieer/nytwire/indian_museum_architect_fired.txt"))
    assert museum["Museum of Canadian Civilization"] is museum["Canadian Museum of Civilization"]


def test_an_acronym_spelling_some_of_its_function_words():
    forms = by_alias(extract_text(
        "Cards\n\nA spokesman for the Federation of Retail and Banking Traders (Frabt) said card fraud had risen. "
        "Frabt said losses reached 20m last year.\n"))
    assert forms["Frabt"] is forms["Federation of Retail and Banking Traders"]
    # "the Association of Payment and Clearing Services (Apacs)": its "and" spelt, its "of" not
    cash = by_alias(page("bbcnews/windows_cash_machines.txt"))
    assert cash["Apacs"] is cash["Association of Payment and Clearing Services"]


def test_a_saints_name_in_the_possessive_is_the_house_named_after_the_saint():
    forms = by_alias(extract_text(
        "Church fires\n\nLITTLE FORK - Kelton Road Missionary Baptist Church and St. Lukes Missionary Baptist Church "
        "burned down on Sunday, police said.\n\n\"They won't scare us,\" said Ada Mbeki, a member of St. Luke's, who said "
        "she believed arson was to blame.\n"))
    assert forms["St. Luke's"] is forms["St. Lukes Missionary Baptist Church"]
    church = by_alias(page("rcvone/arkansas_church_fires.txt"))
    assert church["St. Matthew's"] is church["St. Matthews Missionary Baptist Church"]
    assert church["St. Matthew's"].role == "actor"


def test_a_firm_of_practitioners_goes_by_its_initials():
    forms = by_alias(extract_text(
        "Design\n\nThe museum hired KLMT Engineers of Leeds in May. In June it ended its contract with KLMT, a spokesman "
        "said.\n"))
    assert forms["KLMT"] is forms["KLMT Engineers"]
    # "GBQC Architects of Philadelphia", then "Cardinal's contract with GBQC"
    museum = by_alias(page("ieer/nytwire/indian_museum_architect_fired.txt"))
    assert museum["GBQC"] is museum["GBQC Architects"]


def test_a_networks_arm_is_not_its_short_name():
    # "WXTN News", the network's news arm, stays apart from "WXTN": what it makes, no one practising a trade
    forms = by_alias(extract_text(
        "Ratings\n\nWXTN said on Monday its ratings rose. WXTN News will add two hours of programmes, its editor said.\n"))
    assert forms["WXTN"] is not forms["WXTN News"]


def test_a_country_and_its_old_name():
    forms = by_alias(extract_text(
        "Council\n\nThe Council failed to act in last year's war in Kandoria, formerly East Velmaria, and in the Republic "
        "of Tarsa, where fighting goes on.\n\nAid workers left Kandoria in May.\n"))
    assert forms["Kandoria"] is forms["East Velmaria"] and forms["Kandoria"] is not forms["Republic of Tarsa"]
    # "last year's rebellion in the Congo, formerly Zaire, and in the Republic of Congo"
    annan = by_alias(page("ieer/apwire/annan_africa_debate.txt"))
    assert annan["Congo"] is annan["Zaire"] and annan["Congo"] is not annan["Republic of Congo"]


def test_an_acronyms_name_keeps_the_adjective_before_the_words_it_spells():
    forms = by_alias(extract_text(
        "Coalition\n\nThe centrist Unity party governs jointly with the Socialist United Workers Front (UWF) party, "
        "officials said.\n\nThe UWF is the second largest party in parliament.\n"))
    assert forms["UWF"] is forms["Socialist United Workers Front"]
    forms = by_alias(extract_text(
        "Lamb\n\n\"Others will follow,\" Cornish National Growers' League (NGL) chairman Yves Kerouac said on radio.\n\n"
        "The NGL wants the ban lifted.\n"))
    assert forms["NGL"] is forms["Cornish National Growers' League"]
    # "the Communist United Marxist-Leninist (UML) party"; "Welsh National Farmers' Union (NFU) chairman John Lloyd Jones"
    nepal = by_alias(page("rcvone/nepal_maoist_talks.txt"))
    assert nepal["UML"] is nepal["Communist United Marxist-Leninist"]
    lamb = by_alias(page("rcvone/eu_british_lamb.txt"))
    assert lamb["NFU"] is lamb["Welsh National Farmers' Union"]



def test_a_chairman_is_no_qualifier_of_an_acronyms_name():
    # "Chairman" before the name is his title, no adjective of it: the words the acronym spells are the name
    forms = by_alias(extract_text(
        "Rail\n\nThe report was sent to Mr Hale, Chairman Rail Passengers Committee (RPC). The RPC wants more trains.\n"))
    assert forms["RPC"] is forms["Rail Passengers Committee"]


def test_a_museum_by_some_of_its_words():
    forms = by_alias(extract_text(
        "Museum\n\nThe National Museum of Northern Fisheries opened in Tarn in May. Visitors to the Fisheries Museum rose "
        "by a third, its director said.\n"))
    assert forms["Fisheries Museum"] is forms["National Museum of Northern Fisheries"]
    # "the National Museum of the American Indian, planned for the Mall", then "The Indian Museum was his first ..."
    museum = by_alias(page("ieer/nytwire/indian_museum_architect_fired.txt"))
    assert museum["Indian Museum"] is museum["National Museum of the American Indian"]


def test_a_museum_whose_words_two_names_hold_is_neither():
    forms = by_alias(extract_text(
        "Museums\n\nThe National Museum of Northern Fisheries and the Northern Museum of Fisheries History both opened "
        "in May. Visitors to the Fisheries Museum rose by a third.\n"))
    assert forms["Fisheries Museum"] is not forms["National Museum of Northern Fisheries"]
    assert forms["Fisheries Museum"] is not forms["Northern Museum of Fisheries History"]

"""Kinds of names rounds 24 to 48 showed the program missing or taking for actors (session 30), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_lawmakers_bracketed_party_and_seat_are_a_body_and_a_place():
    ex = _extract(
        "Dam debate\n\nReplying to a question from Tuan Rashid Omar (PKR-Sungai Lembing), the minister said the dam"
        " would be finished. Ng Wei Ling (DAP-Batu Arang) asked about the cost.\n"
    )
    assert _role(ex, "PKR") == "actor"
    assert _role(ex, "Sungai Lembing") == "location"
    assert _role(ex, "DAP") == "actor" and _role(ex, "Batu Arang") == "location"
    assert _role(ex, "PKR-Sungai Lembing") is None and _role(ex, "DAP-Batu Arang") is None
    ex = _extract("Study\n\nThe virus (HIV-AIDS) spread, said Jo Roe (COVID-19) of the clinic.\n")
    assert _role(ex, "AIDS") != "location"  # an illness's words, all capitals: no seat
    story = page("ieer/apwire/malaysia_companies_act_ngos.txt")  # "Datuk M. Kayveas (BN-Tambun)"
    assert _role(story, "Tambun") == "location" and _role(story, "Teluk Intan") == "location"
    assert _role(story, "BN") == "actor" and _role(story, "BN-Tambun") is None
    story = page("ieer/apwire/commonwealth_games_preparations.txt")  # "Hashim Ismail (BN-Ledang)"
    assert _role(story, "Ledang") == "location" and _role(story, "BN-Ledang") is None


def test_a_persons_name_the_model_cut_in_two_or_stopped_a_word_short_of_is_one_name():
    ex = _extract(
        "Housing\n\nDeputy Minister of Works Datuk Tan Boon Heng said the roads were ready. Deputy Minister of Housing"
        " and Local Government Peter Chin Fah Kui said of this number, Pahang had achieved half.\n"
    )
    entity = by_alias(ex).get("Peter Chin Fah Kui")
    assert entity is not None and entity.role == "actor"
    assert _role(ex, "Peter Chin Fah") is None
    ex = _extract("Hospital\n\nPatients at the Mary Roe Memorial Hospital were moved, said Jo Roe Center director Ann Lee.\n")
    assert _role(ex, "Mary Roe Memorial") is None  # the run goes on into a body's name
    assert _role(page("ieer/apwire/malaysia_low_cost_houses.txt"), "Peter Chin Fah Kui") == "actor"
    # "Deputy Youth and Sports Minister Datuk Loke Yuen Yow": the model's "[Datuk Loke] [Yuen Yow]"
    story = page("ieer/apwire/commonwealth_games_preparations.txt")
    assert _role(story, "Loke Yuen Yow") == "actor" and _role(story, "Yuen Yow") is None
    # "Sex Pistol John Lydon": a full name opening on a given name after a label the model took for a name, his own
    assert _role(page("bbcnews/greer_big_brother.txt"), "John Lydon") == "actor"


def test_an_event_named_by_its_open_or_tour_and_its_last_word_alone_are_no_actors():
    ex = _extract(
        "Golf\n\nNAIROBI, Kenya (AP) - Tom Alder of England took the lead in the Rift Valley Open on Friday, a stop on the"
        " African Challenge Tour. Alder won the Qatar Open and the ATP Tour's final last year. The Open University sent a team.\n"
    )
    assert _role(ex, "Rift Valley Open") is None
    assert _role(ex, "Qatar") is None and _role(ex, "ATP") is None  # a tournament's label, no place nor body of the story
    assert _role(ex, "African Challenge Tour") is None
    assert _role(ex, "Tom Alder") == "actor"
    assert _role(ex, "Open University") == "actor"  # a body named on after its "Open"
    ex = _extract(
        "Games\n\nKUALA LUMPUR - Sixty nations will take part in the 18th Island Games, the minister said. He said all"
        " nations would be participating in the Games.\n"
    )
    assert _role(ex, "Games") is None
    story = page("ieer/apwire/kenya_open_litton_lead.txt")
    assert _role(story, "Tusker Kenya Open") is None and _role(story, "European Challenge Tour") is None
    assert _role(page("ieer/apwire/commonwealth_games_preparations.txt"), "Games") is None


def test_a_government_bond_by_its_term_is_no_body():
    ex = _extract(
        "Bonds\n\nA rally in bonds pushed the yield on the benchmark 10-year Treasury down. The Treasury said it would"
        " sell more bills.\n"
    )
    assert _role(ex, "Treasury") == "actor"  # the office acts
    ex = _extract("Bonds\n\nA rally pushed the yield on the benchmark 30-year Treasury down to 5.79 percent.\n")
    assert _role(ex, "Treasury") is None
    assert _role(page("ieer/nytwire/march_unemployment_rises.txt"), "Treasury") is None


def test_a_cause_before_a_hyphens_participle_is_no_place():
    ex = _extract(
        "Fires\n\nGEORGETOWN, Guyana - Troops were sent to fight fires from a La Nadia-fueled drought, officials said.\n"
    )
    assert _role(ex, "La Nadia") is None
    assert _role(ex, "Georgetown") == "location"
    ex = _extract("Stocks\n\nA Germany-driven rally lifted shares in Frankfurt, dealers said.\n")
    assert _role(ex, "Germany") == "location"  # a place the gazetteer knows stays the story's
    assert _role(page("ieer/apwire/guyana_rainforest_fires.txt"), "El Nino") is None


def test_a_firms_name_ending_in_s_before_an_adverb_and_its_verb_keeps_its_s():
    ex = _extract(
        "Jobs\n\nAnd while Bellamy\u2019s recently announced that it would invest in robots, help-wanted signs are still"
        " common. Bellamy\u2019s stores hire teenagers.\n"
    )
    assert _role(ex, "Bellamy\u2019s") == "actor" and _role(ex, "Bellamy") is None
    assert _role(page("ieer/nytwire/march_unemployment_rises.txt"), "McDonald's") == "actor"


def test_a_government_scheme_before_its_program_or_its_benefits_is_no_body():
    ex = _extract(
        "Care\n\nThe firm said the costs are coverable under the terms of the Carecover program. It is owed $8,000 by"
        " Carecover. The Pension Guarantee Agency said overall Silverplan outlays would fall.\n"
    )
    assert _role(ex, "Carecover") is None
    assert _role(ex, "Silverplan") is None
    assert _role(ex, "Pension Guarantee Agency") == "actor"  # the scheme's body, by its own noun
    ex = _extract("Schools\n\nThe Acme Foundation\u2019s program pays tutors, and Acme Foundation said it would grow.\n")
    assert _role(ex, "Acme Foundation") == "actor"  # an owner's possessive before "program": the body
    assert _role(page("rcvone/in_home_health_appeal.txt"), "Medicare") is None  # "the Medicare program"
    assert _role(page("wikinews/social_security_indexing.txt"), "Social Security") is None  # "Social Security outlays"


def test_a_label_line_naming_the_next_quotes_speaker_is_read_for_names():
    ex = _extract(
        "Winter Gardens: What Gives Us Hope\n\nWe asked designers what keeps them going this winter.\n\n"
        "Marta Kovalenko, Head of Planting at Riverside Meadow Trust:\n\n"
        "\u201cWinter is when I plan the meadow for spring, and it calms me to do so.\u201d\n\n"
        "Tobias Wren and Ilse van Dam of Greenfold Studio:\n\n"
        "\u201cWe collect seeds from our test plots every autumn and sow them in the nursery.\u201d\n"
    )
    assert _role(ex, "Marta Kovalenko") == "actor"
    assert _role(ex, "Tobias Wren") == "actor" and _role(ex, "Ilse van Dam") == "actor"
    ex = _extract("Ten Tips for Winter\n\nPlanting Bulbs And Caring For Them:\n\nDig a hole twice as deep as the bulb.\n")
    assert not by_alias(ex)  # a subhead in title case with no name before its comma or "and ... of": still unread
    story = page("wcxb/gardenista_garden_hope.txt")  # "Uli Lorimer, Director of Horticulture at Native Plant Trust:"
    for name in ("Uli Lorimer", "Kelly D. Norris", "Yinuo Sun", "Edwina von Gal"):
        assert _role(story, name) == "actor", name

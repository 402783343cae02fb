"""The wrong merges rounds 18 and 19 of the unseen pages (Reuters-21578 wire copy of 1987) made when they
were measured untouched (issue 9, kind 8), fixed before anything was tuned on them: on a short article
written for each, and on the real page where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_government_named_after_its_leader_is_not_the_leader():
    ex = by_alias(extract_text(
        "Farm talks\n\nWASHINGTON, May 4 - The United States will push for farm talks, officials said.\n\nWestern"
        " leaders, including president Lindqvist, will not negotiate, Jo Roe said.\n\nHe said the Lindqvist"
        " administration has not yet reached a decision on a proposal.\n"
    ))
    assert ex["Lindqvist"] is not ex["Lindqvist administration"]
    summit = by_alias(page("reuterswire/summit_farm_wallis.txt"))  # "president Reagan", "the Reagan administration"
    assert summit["Reagan"] is not summit["Reagan administration"]


def test_a_firms_trade_word_alone_is_not_its_short_name():
    ex = by_alias(extract_text(
        "Coffee war\n\nNEW YORK, May 4 - General Wares, the largest roaster, and Acme, which is third, sell the new"
        " coffee.\n\nGeneral Wares will make a name for itself, a source said.\n\nJo Roe, president of Harbor Wares,"
        " the Acme unit that makes the line, said it sells well.\n"
    ))
    assert ex.get("Wares") is not ex["Harbor Wares"]
    # "General Foods", its rank-like first word cut off, leaves "Foods", no short name of "A and P's Compass Foods"
    coffee = by_alias(page("reuterswire/gourmet_coffee_debut.txt"))
    assert coffee.get("Foods") is not coffee["Compass Foods"]


def test_a_club_still_goes_by_its_nickname():
    ex = by_alias(extract_text(
        "Play-off\n\nThe Oklahoma City Thunder beat the Denver Nuggets 101-99 on Monday, coach Jo Roe said.\n\n"
        "The Thunder now lead the series, Roe said.\n"
    ))
    assert ex["Thunder"] is ex["Oklahoma City Thunder"]


def test_a_firms_former_and_later_names_are_the_firm_and_its_spun_off_units_initials_are_not():
    ex = by_alias(extract_text(
        "Airline diversification\n\nNEW YORK, May 4 - Analysts mention Delmar Corp, initially Delmar Sea Lines,"
        " as an example of diversification gone wrong. Delmar Corp ended up spinning off its DSL ferry line."
        " Delmar, now DM Leisure, is selling its hotels, Jo Roe said.\n"
    ))
    assert ex["Delmar Corp"] is ex["Delmar Sea Lines"] is ex["Delmar"] is ex["DM Leisure"]
    assert ex["DSL"] is not ex["Delmar Corp"]
    # "Transworld Corp, initially Trans World Airlines, ... spinning off its TWA airline. Transworld, now TW Services"
    ual = by_alias(page("reuterswire/ual_takeover_talk.txt"))
    assert ual["Transworld Corp"] is ual["Trans World Airlines"] is ual["Transworld"] is ual["TW Services"]
    assert ual["TWA"] is not ual["Transworld Corp"]


def test_an_acronym_still_spells_a_name_given_once():
    ex = by_alias(extract_text(
        "Talks\n\nThe General Agreement on Tariffs and Trade (GATT) meets in May, Jo Roe said. GATT talks go on.\n"
    ))
    assert ex["GATT"] is ex["General Agreement on Tariffs and Trade"]


def test_a_surname_that_is_also_a_plural_noun_still_names_its_person():
    # the model reads "Eyamba Sowers" as a body, "Sowers" (a noun's plural too) as a person's name
    patrick = by_alias(page("aeb/ctpost_deval_patrick.txt"))
    assert patrick["Sowers"] is patrick["Eyamba Sowers"]


# -- tuned on rounds 14-19 (session 15, branch s15-merges) ------------------------------------------


def test_a_firm_named_once_by_its_legal_name_goes_by_the_name_without_it():
    ex = by_alias(extract_text(
        "Dutch shares\n\nAMSTERDAM, May 4 - Food chain Brevik NV reported a rise in profit, analysts said.\n\n"
        '"Brevik is too cautious over the dollar," analyst Jo Roe said.\n'
    ))
    assert ex["Brevik"] is ex["Brevik NV"]
    dutch = by_alias(page("reuterswire/dutch_share_prospects.txt"))  # "Ahold NV <AHLN.AS>", then "Ahold is too cautious"
    assert dutch["Ahold"] is dutch["Ahold NV"]
    noranda = by_alias(page("reuterswire/noranda_forest_zimmerman.txt"))  # "Mead Corp", then "Mead"
    assert noranda["Mead"] is noranda["Mead Corp"]


def test_a_firms_short_name_is_not_taken_inside_another_name():
    from newsx.store.nlp.entities.base import _Group, _Mention, Para
    from newsx.store.nlp.entities.propagate import _propagate

    prose = [Para(0, "body", "Brevik Corp said it gained. Brevik Johnson fell, and Brevik rose.", None)]
    group = _Group([_Mention(0, 0, 11, "Brevik Corp", "ORG", set())], "ORG")
    _propagate(prose, [group], frozenset())
    assert [m.start for m in group.mentions] == [0, 53]  # "Brevik rose", not "Brevik Johnson"


def test_a_given_names_short_form_names_the_same_person():
    ex = by_alias(extract_text(
        "Board fight\n\nCHICAGO, May 4 - Acme Inc chairman Richard Tolvane said on Monday the offer was too low.\n\n"
        '"We will fight it," Dick Tolvane told Reuters. Tolvane said the board agreed.\n'
    ))
    assert ex["Richard Tolvane"] is ex["Dick Tolvane"] is ex["Tolvane"]
    burlington = by_alias(page("reuterswire/burlington_injunction.txt"))  # "James Ammeen", "Jim Ammeen", "Ammeen"
    assert burlington["James Ammeen"] is burlington["Jim Ammeen"] is burlington["Ammeen"]
    ual = by_alias(page("reuterswire/ual_takeover_talk.txt"))
    assert ual["Dick Ferris"] is ual["Richard Ferris"]


def test_two_given_names_neither_short_for_the_other_stay_two_people():
    from newsx.store.nlp.entities.surnames import _one_person

    assert _one_person("Jim Tolvane", "James Tolvane") and _one_person("Bill Tolvane", "William Tolvane")
    assert not _one_person("Jim Tolvane", "John Tolvane") and not _one_person("Dick Tolvane", "Robert Tolvane")

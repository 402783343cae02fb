"""Kinds of text round 5 of the unseen pages showed the entity rules missing (issue 9, kinds 7, 8
and 11), one test per rule: on a short article written for it, and on the real page of
tests/articles/aeb/ where it occurs. The rules are in store/nlp/recall.py and store/nlp/entities/."""

from __future__ import annotations

import pytest

from newsx.store.names import trailing_title_length
from newsx.store.nlp.entities.surnames import _transposed
from newsx.store.nlp.gazetteer import gazetteer

from .extraction_corpus import by_alias as _by_alias
from .extraction_corpus import corpus
from .extraction_corpus import entity_in as _entity
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import forms_in as _forms
from .extraction_corpus import same_entity as _same


@pytest.fixture(scope="module")
def db():
    return corpus()[0]


# -- sports copy ------------------------------------------------------------------------------


def test_a_players_position_between_team_and_name_is_neither(db):
    ex = _by_alias(_extract(
        "Fight\n\nJets DL Marcus Wender, however, decided to weigh in on the fight on Monday.\n\n"
        "Wender said the league should act.\n"
    ))
    assert ex["Marcus Wender"].type == "PERSON" and ex["Wender"] is ex["Marcus Wender"]
    assert not any(" DL " in a or a.startswith("DL ") for a in ex)
    # "Browns DL Sheldon Richardson, however, ..." and "Thunder: F Hamidou Diallo missed ..."
    assert _same(db, "cbssports_rudolph.txt", "Sheldon Richardson", "Richardson")
    assert not _same(db, "cbssports_rudolph.txt", "Browns", "Richardson")
    assert _entity(db, "Hamidou Diallo", "mysanantonio_lebron.txt")["type"] == "PERSON"


def test_a_clause_the_model_took_for_a_name_is_no_name(db):
    # "before Garrett hit Rudolph in the head": tagged as one organisation, it made "Rudolph" the
    # surname of two names and kept it apart from "Mason Rudolph"
    assert not any(" hit " in f for f in _forms(db, "cbssports_rudolph.txt"))
    assert _same(db, "cbssports_rudolph.txt", "Mason Rudolph", "Rudolph")


def test_a_club_by_its_plural_nickname_is_an_organisation(db):
    ex = _by_alias(_extract(
        "Hockey\n\nThe home side lost again on Saturday, this time to the Penguins in overtime.\n"
    ))
    assert ex["Penguins"].role == "actor"
    # "an upset win over the Clippers", "while he was with the Rockets", "the loss to the Chiefs"
    for form, article in (("Clippers", "mysanantonio_lebron.txt"), ("Rockets", "mysanantonio_lebron.txt"),
                          ("Chiefs", "profootballtalk_lynn.txt")):
        assert _entity(db, form, article)["role"] == "actor", form
    assert _entity(db, "Clippers", "mysanantonio_lebron.txt")["type"] == "ORG"


def test_a_club_named_after_its_city_is_one_with_its_nickname(db):
    # "the surging Los Angeles Lakers" ... "the Lakers"; "over the Oklahoma City Thunder" ... "for the Thunder"
    assert _same(db, "mysanantonio_lebron.txt", "Los Angeles Lakers", "Lakers")
    assert _same(db, "mysanantonio_lebron.txt", "Oklahoma City Thunder", "Thunder")
    assert _entity(db, "Thunder", "mysanantonio_lebron.txt")["type"] == "ORG"
    assert not _same(db, "mysanantonio_lebron.txt", "Lakers", "Clippers")


# -- names the model leaves untagged or glues -------------------------------------------------


def test_two_places_joined_by_a_hyphen_are_two_places(db):
    ex = _by_alias(_extract("Roads\n\nTrucks queued for hours on the Baghdad-Damascus highway on Monday, drivers said.\n"))
    assert ex["Baghdad"].role == ex["Damascus"].role == "location" and ex["Baghdad"] is not ex["Damascus"]
    assert "Baghdad-Damascus" not in ex
    # "the Baghdad-Damascus (M2) highway", "their projected 180-day Earth-Mars cruise", "the U.S.-Mexico border"
    assert _entity(db, "Baghdad", "polygraph_al_tanf.txt")["role"] == "location"
    assert _entity(db, "Earth", "physorg_hibernation.txt")["role"] == "location"
    assert "U.S.-Mexico" not in _forms(db, "politifact_border_drugs.txt")
    assert "Mexico" in _forms(db, "politifact_border_drugs.txt")


def test_a_site_by_its_web_address_is_an_organisation(db):
    ex = _by_alias(_extract("Claims\n\nTwo analysts told Factwire.com on Monday that the figures were false.\n"))
    assert ex["Factwire.com"].type == "ORG"
    # "told Polygraph.info the Russian and Syrian claims are false"; "PanARMENIAN.Net - Verified video ..."
    assert _entity(db, "Polygraph.info", "polygraph_al_tanf.txt")["type"] == "ORG"
    assert _entity(db, "PanARMENIAN.Net", "panarmenian_iran_protests.txt")["type"] == "ORG"


def test_an_outlet_whose_name_opens_with_the(db):
    # "Jack Buser, director for games at Google, tells The Hollywood Reporter."
    assert _entity(db, "Hollywood Reporter", "hollywoodreporter_stadia.txt")["type"] == "ORG"


def test_a_lawmakers_party_and_state_tag_names_the_state(db):
    ex = _by_alias(_extract("Budget\n\nSen. Dana Whitmore, D-Calif., voted against the bill on Tuesday night.\n"))
    assert ex["Calif."].role == "location" and ex["Calif."].key.endswith(str(gazetteer().region("California").geonameid))
    # "Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border"
    assert _entity(db, "W.Va.", "politifact_border_drugs.txt")["key"].endswith(str(gazetteer().region("W.Va.").geonameid))


def test_the_first_author_of_a_cited_paper_is_a_person(db):
    ex = _by_alias(_extract(
        "Sleep\n\nResearchers studied sleep in bears for a decade, the team said on Monday.\n\n"
        "More information: R. Okonkwo et al. Torpor in Large Mammals: A Review, Journal of Sleep (2019).\n"
    ))
    assert ex["R. Okonkwo"].type == "PERSON"
    # "More information: G. Petit et al. Hibernation and Torpor: ..." (a title-case line the model does not read)
    assert _entity(db, "G. Petit", "physorg_hibernation.txt")["type"] == "PERSON"


def test_the_organisation_a_named_role_is_of(db):
    ex = _by_alias(_extract("Deal\n\n\"We are pleased,\" Jane Osei, CEO of Brightwave, said on Monday.\n"))
    assert ex["Brightwave"].type == "ORG"
    # "Will Moy, chief executive of the London-based fact-checking website": an adjective, no organisation
    assert "London-based" not in _forms(db, "ap_uk_tories.txt")
    # "Strauss Zelnick, CEO of Take-Two, adds." beside "Ubisoft and Take-Two Interactive", untagged
    assert _entity(db, "Take-Two", "hollywoodreporter_stadia.txt")["type"] == "ORG"
    assert _same(db, "hollywoodreporter_stadia.txt", "Take-Two", "Take-Two Interactive")


def test_an_employer_is_an_organisation(db):
    ex = _by_alias(_extract("Career\n\nThe former minister left politics in 2017. Lang now works for Brightwave, a software firm.\n"))
    assert ex["Brightwave"].type == "ORG"
    # "Clegg now works for Facebook."
    assert _entity(db, "Facebook", "ap_uk_tories.txt")["type"] == "ORG"


def test_a_name_split_where_it_is_written_again_is_whole(db):
    # "seizures ... from Customs and Border Protection." beside "the way that Customs and Border
    # Protection measures seizures": the model split the second at "and"
    forms = _forms(db, "politifact_border_drugs.txt")
    assert "Customs and Border Protection" in forms and not {"Customs", "Border Protection"} & forms


def test_an_institution_whose_name_holds_a_preposition(db):
    ex = _by_alias(_extract(
        "Housing\n\nRents rose again this year, said Ana Ruiz, a lawyer for the Families in Transition Project.\n"
    ))
    assert ex["Families in Transition Project"].type == "ORG"
    # "program administrator for the Refugees in Towns Project at Tufts University's ..."
    assert _entity(db, "Refugees in Towns Project", "polygraph_al_tanf.txt")["type"] == "ORG"


def test_an_organisation_an_organisation_owns(db):
    # "at Tufts University's Feinstein International Center": the owner and the centre, both
    assert _entity(db, "Feinstein International Center", "polygraph_al_tanf.txt")["type"] == "ORG"
    assert _entity(db, "Tufts University", "polygraph_al_tanf.txt")["type"] == "ORG"


def test_a_long_name_ending_in_a_qualifier_keeps_it(db):
    assert trailing_title_length("Columbia School of Public Health") == 0
    assert trailing_title_length("Islamic State") == 0
    assert trailing_title_length("FEMA Administrator") == len(" Administrator")
    # "in the fight against Islamic State."
    assert _entity(db, "Islamic State", "polygraph_al_tanf.txt")["type"] == "ORG"
    # "associate professor of epidemiology at Columbia University Mailman School of Public Health"
    assert "Columbia University Mailman School of Public Health" in _forms(db, "newsweek_cannabis.txt")


def test_a_journal_by_its_kind_noun(db):
    ex = _by_alias(_extract("Study\n\nThe findings were published in the journal Sleep Medicine Reviews on Monday.\n"))
    assert ex["Sleep Medicine Reviews"].type == "ORG"
    # "a case report published in the journal BMJ Case Reports" (the model says a product)
    assert _entity(db, "BMJ Case Reports", "forbes_feather_duvet.txt")["type"] == "ORG"


def test_a_district_before_area_is_a_place(db):
    # "the mall located in Delhi's Saket area"
    assert _entity(db, "Saket", "newsnation_oxygen_bar.txt")["role"] == "location"


def test_a_dateline_agency_spells_no_acronym_of_the_place(db):
    # "LOS ANGELES (AP) - ...": "(AP)" defines no acronym of the dateline's place (and a dateline's
    # agency names no entity: tests/test_extraction_rules.py)
    assert "AP" not in _forms(db, "mysanantonio_lebron.txt")
    assert _entity(db, "LOS ANGELES", "mysanantonio_lebron.txt")["role"] == "location"
    assert _entity(db, "LOS ANGELES", "mysanantonio_lebron.txt")["type"] == "GPE"


# -- places -----------------------------------------------------------------------------------


def test_a_name_listed_among_states_is_the_state():
    ex = _by_alias(_extract(
        "Ballots\n\nVoters in Colorado, Washington, Alaska and Oregon approved the measure in 2014.\n\n"
        "Lawmakers in Washington, D.C., were silent.\n"
    ))
    state = gazetteer().region("Washington")
    assert ex["Washington"].key.endswith(str(state.geonameid))


def test_a_state_in_a_list_is_not_the_capital(db):
    # "Colorado,Washington, Alaska, and Oregon" beside "11 states and the District of Columbia"
    assert not _same(db, "newsweek_cannabis.txt", "Washington", "District of Columbia")
    assert _entity(db, "Washington", "newsweek_cannabis.txt")["name"] == "Washington"
    assert _entity(db, "Washington", "newsweek_cannabis.txt")["key"].endswith(str(gazetteer().region("Washington").geonameid))


def test_a_name_misspelt_by_two_swapped_letters():
    assert _transposed("rubkan", "rukban")
    assert not _transposed("rukban", "rukban")
    assert not _transposed("salem", "slaem")  # too short to tell a typo from another name
    assert not _transposed("martins", "matrisn")


def test_a_misspelt_surname_is_one_person():
    from newsx.store.nlp.entities.surnames import _one_person

    assert _one_person("Jennifer Lindqvist", "Jennifer Lindqivst")
    assert not _one_person("Jennifer Lindqvist", "Anna Lindqivst")  # another given name: another person


def test_a_misspelt_place_is_one_place(db):
    # "the Rubkan refugee camp" ... "the Rukban camp, also known as the Berm"
    assert _same(db, "polygraph_al_tanf.txt", "Rubkan", "Rukban", "Berm")


def test_a_person_the_model_took_for_a_place(db):
    # "he didn't appear to clash with Rajon Rondo" (tagged a place) ... "Rondo had eight points"
    assert _entity(db, "Rajon Rondo", "mysanantonio_lebron.txt")["type"] == "PERSON"
    assert _same(db, "mysanantonio_lebron.txt", "Rajon Rondo", "Rondo")


# -- merges -----------------------------------------------------------------------------------


def test_a_surname_with_capitalised_particles_is_the_persons(db):
    ex = _by_alias(_extract(
        "Dance\n\nActor Pieter Van Der Berg danced a tango on Monday night, the judges said.\n\n"
        "Van Der Berg said he had trained for weeks.\n"
    ))
    assert ex["Van Der Berg"] is ex["Pieter Van Der Berg"]
    # "James Van Der Beek" ... "Van Der Beek"
    assert _same(db, "foxnews_van_der_beek.txt", "James Van Der Beek", "Van Der Beek")


def test_a_short_form_after_or_is_the_groups(db):
    # "the Syrian opposition forces known as Maghawir al Thawra, or MaT"
    assert _same(db, "polygraph_al_tanf.txt", "Maghawir al Thawra", "MaT")
    assert _entity(db, "MaT", "polygraph_al_tanf.txt")["type"] == "ORG"


def test_the_site_a_title_names_is_an_organisation_in_the_body(db):
    ex = _by_alias(_extract(
        "Is the new bridge safe? - Metro Wire\n\nMetro Wire asked three engineers about the bridge on Monday.\n"
    ))
    assert ex["Metro Wire"].type == "ORG"
    # "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300? - News Nation"
    assert _entity(db, "News Nation", "newsnation_oxygen_bar.txt")["type"] == "ORG"


def test_a_title_ending_with_its_writer_names_no_organisation():
    ex = _by_alias(_extract(
        "Why the bridge matters - Dana Whitmore\n\nDana Whitmore said the bridge was safe on Monday.\n"
    ))
    assert ex["Dana Whitmore"].type == "PERSON"


def test_a_name_the_model_skips_in_a_list_of_people(db):
    ex = _by_alias(_extract(
        "Study\n\nThe authors, Maria Lopez, Tomas KW Berg, and Owen Dempsey, wrote the report on Monday.\n"
    ))
    assert ex["Tomas KW Berg"].type == "PERSON"
    # "Chris RuiWen Kuo, Struan WA Wilkie, and Owen Dempsey of the Aberdeen Royal Infirmary"
    assert _entity(db, "Struan WA Wilkie", "forbes_feather_duvet.txt")["type"] == "PERSON"

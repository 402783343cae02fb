"""Names the small model splits, glues or never tags (store/nlp/recall.py and the merges that
follow them), one test per rule, each on a real page of the article-extraction benchmark
(tests/articles/aeb/) where the kind of text occurs; a rule no page shows yet is tested on a
short article written for it, like tests/test_attribution.py."""

from __future__ import annotations

import pytest

from .extraction_corpus import corpus
from .extraction_corpus import entity_in as _entity
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import forms_in as _forms
from .extraction_corpus import same_entity as _same


@pytest.fixture(scope="module")
def db():
    return corpus()[0]


def _names(extraction) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities.values()}


# -- the model's spans reshaped ---------------------------------------------------------------


def test_a_list_the_model_read_as_one_name_is_split(db):
    # "Astrobotic, Deep Space Systems, Draper, Firefly Aerospace, ..." tagged "Draper, Firefly Aerospace"
    assert _entity(db, "Draper", "spacenews_landers.txt")["type"] == "ORG"
    assert not _same(db, "spacenews_landers.txt", "Draper", "Firefly Aerospace")


def test_two_places_sharing_a_plural_place_noun_are_two_places(db):
    # "an area of Orange and Riverside counties"
    orange, riverside = _entity(db, "Orange", "timesunion_pge.txt"), _entity(db, "Riverside", "timesunion_pge.txt")
    assert orange["id"] != riverside["id"]
    assert orange["role"] == riverside["role"] == "location"


def test_an_organisations_possessive_is_cut_off(db):
    # "the Washington Healthcare Authority's Opioid Prevention campaign", "the Vox Media's Code Media conference"
    assert _entity(db, "Washington Healthcare Authority", "spokesman_meth_ads.txt")["type"] == "ORG"
    assert _entity(db, "Vox Media", "latimes_disney.txt")["type"] == "ORG"


def test_a_ticker_glued_to_an_organisation_is_cut_off(db):
    # "London Metal Exchange CMAL3" in a markets report
    assert "London Metal Exchange" in _forms(db, "reuters_asian_shares.txt")
    assert not any("CMAL3" in f for f in _forms(db, "reuters_asian_shares.txt"))


def test_a_name_cut_after_its_particles_goes_on_to_the_surname():
    ex = _extract("Summit\n\nUrsula von der Leyen flew to Paris on Monday for talks with ministers.\n")
    assert _names(ex).get("Ursula von der Leyen") == "PERSON"


def test_a_government_named_after_its_head_is_an_organisation():
    ex = _extract("Budget\n\nEconomists criticised the Trump administration's budget plan on Monday, saying it was late.\n")
    assert _names(ex).get("Trump administration") == "ORG"


def test_a_persons_name_ends_at_a_lowercase_word():
    ex = _extract(
        "Trade\n\nMaria Lopez, the trade minister, signed the deal on Friday in Geneva.\n\n"
        "\"I'm thrilled,\" wrote Lopez on Twitter.\n"
    )
    assert not any(" on " in e.name for e in ex.entities.values())
    assert ex.quotes[0].speaker == "Maria Lopez"


# -- names the model leaves untagged ----------------------------------------------------------


def test_an_institution_is_found_by_its_head_noun(db):
    # "Astrobotic, Deep Space Systems, Draper": untagged; "Masten Space Systems": taken for a person
    assert _entity(db, "Deep Space Systems", "spacenews_landers.txt")["type"] == "ORG"
    assert _entity(db, "Masten Space Systems", "spacenews_landers.txt")["type"] == "ORG"


def test_an_outlet_a_source_spoke_to_is_an_organisation(db):
    # "Dempsey told Gizmodo by email", "Noem told the Argus Leader Monday", "told Ruptly that"
    assert _entity(db, "Gizmodo", "gizmodo_feather.txt")["role"] == "actor"
    assert _entity(db, "Argus Leader", "usatoday_meth.txt")["type"] == "ORG"
    assert _entity(db, "Ruptly", "rt_bolivia.txt")["type"] == "ORG"
    # "told US media": a place stays a place
    assert _entity(db, "US", "aljazeera_afghan_helicopter.txt")["role"] == "location"


def test_a_name_before_a_group_noun_is_an_organisation(db):
    # "the Mercosur bloc", "the Ifo institute in Munich"
    assert _entity(db, "Mercosur", "afp_france_protests.txt")["type"] == "ORG"
    assert _entity(db, "Ifo", "reuters_germany_coalition.txt")["type"] == "ORG"


def test_a_person_after_a_nationality_or_a_role_noun(db):
    # "Australian Timothy Weeks" (the model took "Weeks" for a date), "Sabres center Casey Mittelstadt"
    assert _entity(db, "Timothy Weeks", "nypost_taliban_swap.txt")["type"] == "PERSON"
    assert _same(db, "nypost_taliban_swap.txt", "Timothy Weeks", "Weeks")
    assert _entity(db, "Casey Mittelstadt", "twincities_wild.txt")["type"] == "PERSON"


def test_the_given_names_before_a_lone_surname(db):
    # "Deputy Director of Public Prosecution Eva-Marie Persson" (untagged) beside "Ms Persson said"
    assert _same(db, "bbc_europe.txt", "Eva-Marie Persson", "Persson")
    # "The house where Adolf Hitler was born" beside "Hitler" tagged alone
    assert _same(db, "nbc_hitler_house.txt", "Adolf Hitler", "Hitler")


def test_a_nickname_in_quotes_is_one_thing_with_the_name(db):
    # "the city's Hoa Lo prison, dubbed the \u201cHanoi Hilton\u201d by American prisoners"
    assert _same(db, "chron_esper_vietnam.txt", "Hoa Lo prison", "Hanoi Hilton")


# -- merges -----------------------------------------------------------------------------------


def test_a_site_with_and_without_its_noun_is_one_place(db):
    assert _same(db, "bbc_europe.txt", "Belmarsh prison", "Belmarsh jail")
    assert _same(db, "cnn_trump_health.txt", "Walter Reed hospital", "Walter Reed")


def test_an_opening_phrase_after_a_locative_is_no_apposition(db):
    # "Following Assange's arrest in the UK, a lawyer for the woman ...": the UK stays the country
    uk = _entity(db, "UK", "albawaba_assange.txt")
    assert uk["role"] == "location" and _same(db, "albawaba_assange.txt", "UK", "Britain")


def test_a_place_apposition_makes_a_place(db):
    # "the house in Braunau am Inn, a town on the border with Germany"; later "born in Braunau"
    assert _entity(db, "Braunau am Inn", "nbc_hitler_house.txt")["role"] == "location"
    assert _same(db, "nbc_hitler_house.txt", "Braunau am Inn", "Braunau")


def test_an_acronym_spells_a_name_without_its_place(db):
    # "PUC" and "CPUC" beside "California Public Utilities Commission"
    assert _same(db, "timesunion_pge.txt", "California Public Utilities Commission", "PUC", "CPUC")


def test_a_clipped_company_name_is_the_company_itself(db):
    # "Disney" beside "Walt Disney Co." and "Disney Channel"
    assert _same(db, "latimes_disney.txt", "Disney", "Walt Disney Co")
    assert not _same(db, "latimes_disney.txt", "Disney", "Disney Channel")


def test_a_word_no_person_bears_joins_the_organisation_named_after_it(db):
    # "NASA's Goddard Space Flight Center" ... "at Goddard"
    assert _same(db, "sciencealert_europa.txt", "Goddard", "Goddard Space Flight Center")


def test_a_shared_surname_goes_to_the_person_named_first():
    # copy that names a second Park calls him by his full name; the bare surname stays the mayor's (the Clinton
    # stories of round 46: tests/test_merges_people_s28.py)
    ex = _extract(
        "Council\n\nMayor Linda Park opened the meeting on Tuesday night in the city hall.\n\n"
        "\"We cannot afford this,\" Park said.\n\n"
        "Her husband, David Park, spoke later.\n\n"
        "\"We will find the money somewhere,\" Park said.\n"
    )
    assert [(q.text[:9], q.speaker) for q in ex.quotes] == [("We cannot", "Linda Park"), ("We will f", "Linda Park")]


# -- reading and attribution ------------------------------------------------------------------


def test_a_name_heavy_body_sentence_is_read_as_prose():
    ex = _extract("Trade deal\n\nPresident Maria Lopez met Prime Minister Kenji Sato in Tokyo on Friday.\n")
    assert {"Maria Lopez", "Kenji Sato"} <= set(_names(ex))


def test_a_role_noun_subject_carries_the_next_pronoun():
    ex = _extract(
        "Trade deal\n\nPresident Maria Lopez met Prime Minister Kenji Sato in Tokyo on Friday.\n\n"
        "\"This is a historic day,\" the president said.\n\n"
        "The prime minister was more cautious. \"Much work remains,\" he said.\n"
    )
    assert [q.speaker for q in ex.quotes] == ["Maria Lopez", "Kenji Sato"]


def test_a_caption_is_attributed_on_its_own():
    ex = _extract(
        "Flood\n\n\"The water came in minutes,\" said Ana Ruiz, a farmer in the valley.\n\n"
        "\"We lost everything.\" Residents search a flooded street in the valley on Monday. (AP Photo/Jo Roe)\n\n"
        "\"We will rebuild,\" she said.\n"
    )
    speakers = {q.text[:9]: q.speaker for q in ex.quotes}
    assert speakers["We lost e"] is None  # the caption's quote is not the body's speaker's
    assert speakers["We will r"] == "Ana Ruiz"  # and the body reads on past the caption


def test_the_word_before_a_social_handle_is_a_platform():
    ex = _extract(
        "Storm\n\nResidents posted videos of the flooded streets on Twitter @stormwatch on Friday, the mayor said.\n"
    )
    assert _names(ex).get("Twitter") == "ORG"


def test_a_site_by_its_head_noun_is_a_place(db):
    # "a chest doctor at the Aberdeen Royal Infirmary" (the model says an organisation)
    assert _entity(db, "Aberdeen Royal Infirmary", "gizmodo_feather.txt")["role"] == "location"
    assert _entity(db, "Chaoyang Hospital", "smithsonian_plague.txt")["role"] == "location"
    # untagged, with a possessive inside
    ex = _extract("Strike\n\nNurses at St Mary's Hospital walked out on Monday over pay, the union said.\n")
    assert _names(ex).get("St Mary's Hospital") == "FAC"


def test_an_organisation_named_after_its_kind():
    ex = _extract(
        "Strike\n\nJulia Patterson, chief executive of the campaign group EveryDoctor, criticised the minister.\n\n"
        "\"He is not listening,\" said Patterson.\n"
    )
    assert _names(ex).get("EveryDoctor") == "ORG"  # and no person, though a verb follows its comma


def test_a_clause_the_model_took_for_a_title_gives_its_names_back():
    ex = _extract(
        "Strike\n\nHealth Secretary Steve Barclay said the offer was fair and final.\n\n"
        "\"The door is open,\" Barclay told the BBC. \"But the offer is final.\"\n"
    )
    assert _names(ex).get("BBC") == "ORG"  # the model read "Barclay told the BBC" as a work of art


def test_asking_not_to_be_named_reports_nothing():
    ex = _extract(
        "Strike\n\nA nurse at the hospital, who asked not to be named, said she had worked long shifts for a month.\n"
    )
    assert [q.text for q in ex.quotes if q.kind == "indirect"] == ["she had worked long shifts for a month"]


def test_a_newspaper_clipped_to_its_masthead_word(db):
    # "The New York Times" ... "the Times reports"
    assert _same(db, "smithsonian_plague.txt", "New York Times", "Times")


def test_a_moon_or_planet_is_a_place(db):
    # "the south pole of Saturn's icy, ocean-harboring moon Enceladus" (the model says a people)
    assert _entity(db, "Enceladus", "space_europa.txt")["role"] == "location"


def test_an_organisation_split_before_a_word_taken_for_a_person_is_joined(db):
    # "..., Intuitive Machines, Lockheed Martin, Masten Space Systems": "[Lockheed] [Martin]"
    assert _entity(db, "Lockheed Martin", "spacenews_landers.txt")["type"] == "ORG"

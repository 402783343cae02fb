"""Kinds of text round 7 of the unseen pages showed the entity rules missing (issue 9, kinds 7, 8,
9 and 11), one test per rule: on a short article written for it, and on the real page of
tests/articles/aeb/ where it occurs. The rules are in store/nlp/recall.py, store/nlp/entities/,
store/names.py and store/read/anatomy.py."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .extraction_corpus import by_alias as _by_alias
from .extraction_corpus import extract_text as _extract

AEB = Path(__file__).parent / "articles" / "aeb"


@cache
def _page(name: str):
    return _extract((AEB / name).read_text(encoding="utf-8"), name)


def _role(ex, form: str) -> str:
    return _by_alias(ex)[form].role


def _mentioned(ex, form: str):
    """The entity a surface form is mentioned as anywhere, headlines included (None if not)."""
    keys = {m.entity_key for m in ex.mentions if m.text == form}
    assert len(keys) <= 1, keys
    return ex.entities[keys.pop()] if keys else None


def test_a_brands_arm_in_a_place_is_not_the_brand():
    ex = _by_alias(_extract(
        "Sedans\n\nAcme still believes in sedans. Acme said sales rose, according to Jo Roe, a vice president"
        " at Acme North America Inc.\n"
    ))
    assert ex["Acme"] is not ex["Acme North America Inc"]
    nissan = _by_alias(_page("autoindustriya_nissan_sentra.txt"))
    assert nissan["Nissan"] is not nissan["Nissan North America Inc"]


def test_every_name_of_a_list_sharing_a_plural_place_noun_is_a_place():
    ex = _extract(
        "Virus\n\nStory County Health Department officials said the virus has been found in Boone, Story,"
        " Marshall and Van Meter counties.\n"
    )
    assert all(_role(ex, name) == "location" for name in ("Boone", "Story", "Marshall", "Van Meter"))
    eee = _page("cbslocal_eee_death.txt")
    assert all(_role(eee, name) == "location" for name in ("Berrien", "Cass", "Kalamazoo", "Van Buren"))
    assert _by_alias(eee)["Berrien"] is not _by_alias(eee)["Berrien County Health Department"]


def test_a_dateline_on_a_line_of_its_own_names_places():
    ex = _by_alias(_extract(
        "Acme signs a partnership with Bolt Medical\n\nZUG, SWITZERLAND\n\nAcme and Bolt Medical said on Monday"
        " that they would work together.\n"
    ))
    assert ex["Switzerland"].role == "location" and ex["Zug"].role == "location"
    ascom = _by_alias(_page("ascom_ge_healthcare.txt"))
    assert ascom["Baar"].role == "location" and ascom["Switzerland"].role == "location"


def test_an_event_is_no_actor_but_its_organiser_and_host_are_names():
    ex = _by_alias(_extract(
        "Awards\n\nJo Roe won the Philip Doe Award and played in the NBA Finals before the 2021 Lisbon"
        " International Motor Show opened.\n"
    ))
    assert "Philip Doe Award" not in ex or ex["Philip Doe Award"].role == "other"
    assert ex["NBA"].role == "actor" and ex["Lisbon"].role == "location"
    tennis = _by_alias(_page("telegraph_davis_cup_podcast.txt"))
    assert tennis["ATP"].role == "actor" and tennis["WTA"].role == "actor"
    assert all(e.role == "other" for a, e in tennis.items() if "Cup" in a or "Finals" in a)
    assert _by_alias(_page("autoindustriya_nissan_sentra.txt"))["Bangkok"].role == "location"


def test_the_street_of_an_address_is_a_place():
    ex = _by_alias(_extract(
        "Arrests\n\nPolice arrested Jo Roe, 32, of 1119 Ninth St., and Al Doe, 40, of 2134 Willow Place,"
        " a spokesman said.\n"
    ))
    assert ex["Ninth St."].role == "location" and ex["Willow Place"].role == "location"
    arrests = _by_alias(_page("therepublic_drug_arrests.txt"))
    assert {"Eighth St.", "Caldwell Place", "County Road 600S"} <= set(arrests)
    assert arrests["Caldwell Place"].role == "location"


def test_an_office_named_for_its_holders_title_and_a_unit_are_institutions():
    ex = _by_alias(_extract(
        "Arrests\n\nA Story County Sheriff's Department deputy and officers of the Ames Street Crimes Unit"
        " arrested two men, police said.\n"
    ))
    assert ex["Story County Sheriff's Department"].type == "ORG"
    assert ex["Ames Street Crimes Unit"].type == "ORG"
    arrests = _by_alias(_page("therepublic_drug_arrests.txt"))
    assert {"Bartholomew County Sheriff\u2019s Department", "Intelligence Led Policing Unit"} <= set(arrests)


def test_a_one_word_name_that_reports_is_an_outlet():
    ex = _by_alias(_extract(
        "Film\n\nThe studio is said to be in talks, Kestrel reported on Monday, and a sequel is planned.\n"
    ))
    assert ex["Kestrel"].role == "actor"
    assert _by_alias(_page("jpost_weizsaecker.txt"))["Kan"].role == "actor"
    assert _by_alias(_page("theverge_star_trek.txt"))["Deadline"].role == "actor"


def test_a_one_word_owner_inside_an_organisations_name():
    ex = _by_alias(_extract(
        "Music\n\nJo Roe, best known for creating HBO\u2019s Westworld, left. Earlier, Doe\u2019s Ithaca"
        " Holdings bought the label.\n"
    ))
    assert ex["HBO"].type == "ORG" and ex["Ithaca Holdings"].type == "ORG"
    assert not any("\u2019s" in a for a in ex)
    assert "FX" in _by_alias(_page("theverge_star_trek.txt"))
    swift = _by_alias(_page("dealbreaker_taylor_swift.txt"))
    assert swift["Ithaca Holdings"] is not swift["Braun"]


def test_footnote_references_name_no_one():
    ex = _by_alias(_extract(
        "Alarms\n\nAcme Health said its monitor cuts alarms [1].\n\n"
        "[1] Alarm fatigue: a review, Dunmore KJ, Pell D. Curr Opin Anaesthesiol. 2015; 28: 685-690.\n"
    ))
    assert "Acme Health" in ex and not any("Dunmore" in a or "Pell" in a for a in ex)
    assert not any("Ruskin" in a for a in _by_alias(_page("ascom_ge_healthcare.txt")))


def test_a_surname_with_its_particle_goes_to_the_one_named_last():
    ex = _by_alias(_extract(
        "Berlin\n\nThe son of former president Anna von Berg, Karl Otto von Berg, died on Monday during a talk"
        " led by von Berg at a clinic in Berlin.\n"
    ))
    assert ex["von Berg"] is ex["Karl Otto von Berg"] and ex["von Berg"] is not ex["Anna von Berg"]
    post = _by_alias(_page("jpost_weizsaecker.txt"))
    assert post["von Weizs\u00e4cker"] is post["Fritz Eckart von Weizs\u00e4cker"]


def test_a_pen_name_is_the_person():
    ex = _by_alias(_extract(
        "Books\n\nHis friends included Jo Roe, James Doe (better known as Robert Jade), and Al Poe.\n"
    ))
    assert ex["James Doe"] is ex["Robert Jade"]
    slate = _by_alias(_page("slate_john_ford.txt"))
    assert slate["James Rigney"] is slate["Robert Jordan"] is slate["Rigney"]


def test_a_headlines_lone_surname_is_the_one_person_of_that_name():
    ex = _extract(
        "Roe, Pell Drag Minister Doe to Court\n\nSenator Jane Roe and Senator Ben Pell have sued the interior"
        " minister, Ibrahim Doe, over the raid.\n"
    )
    assert _mentioned(ex, "Roe") is _by_alias(ex)["Jane Roe"]
    assert _mentioned(ex, "Doe") is _by_alias(ex)["Ibrahim Doe"]
    court = _page("theparadigm_saraki_court.txt")
    assert _mentioned(court, "Saraki") is _by_alias(court)["Bukola Saraki"]
    assert _mentioned(court, "Idris") is _by_alias(court)["Ibrahim Idris"]


def test_a_roles_country_glued_onto_a_name_is_cut_off():
    ex = _by_alias(_extract(
        "Claim\n\nFormer ambassador to the Ukraine Mary Ellen Roe testified. Roe said nothing more.\n"
    ))
    assert ex["Roe"] is ex["Mary Ellen Roe"] and ex["Mary Ellen Roe"].type == "PERSON"
    assert ex["Ukraine"].role == "location"
    snopes = _by_alias(_page("snopes_yovanovitch.txt"))
    assert snopes["Yovanovitch"] is snopes["Marie Yovanovitch"]


def test_a_firm_named_after_a_word_is_what_the_word_stands_for():
    swift = _by_alias(_page("dealbreaker_taylor_swift.txt"))
    assert swift["Carlyle"] is swift["Carlyle Group"]


def test_a_name_written_as_a_products_is_no_actor():
    ex = _by_alias(_extract(
        "Hospitals\n\nBolt Medical said the Vitalis Bedside Guard solution cuts alarms. The new alarm solution"
        " called Vitalis Bedside Guard collects data, and nurses carried a Lumetra strip.\n"
    ))
    assert "Bolt Medical" in ex and not any("Vitalis" in a or "Lumetra" in a for a in ex)
    for page, name in (("ascom_ge_healthcare.txt", "Digistat Patient Watch"), ("therepublic_drug_arrests.txt", "Suboxone"),
                       ("slate_john_ford.txt", "GURPS"), ("autoindustriya_nissan_sentra.txt", "Sylphy")):
        assert name not in _by_alias(_page(page)), name


def test_a_diseases_name_is_no_place():
    ex = _by_alias(_extract("Virus\n\nCases of Rift Valley Fever first appeared in Kenya in August.\n"))
    assert "Rift Valley Fever" not in ex and ex["Kenya"].role == "location"
    assert "Eastern Equine Encephalitis" not in _by_alias(_page("cbslocal_eee_death.txt"))


def test_a_case_number_is_no_organisation():
    ex = _by_alias(_extract(
        "Court\n\nThe suit, with Number FHC/LAG/12/345/2019, was filed by Jo Roe on behalf of the lawmakers.\n"
    ))
    assert not any("/" in a for a in ex)
    assert not any("/" in a for a in _by_alias(_page("theparadigm_saraki_court.txt")))


def test_a_business_unit_in_a_job_title_is_no_actor():
    ex = _by_alias(_extract(
        "Cars\n\n\u201cWe are proud,\u201d said Jo Roe, vice president, Acme Sales & Marketing at Acme Motors"
        " Inc. \u201cIt is new,\u201d added Al Doe, General Manager of Care Systems Europe at Bolt Health.\n"
    ))
    assert "Acme Sales & Marketing" not in ex and "Care Systems Europe" not in ex and "Manager" not in ex
    assert {"Jo Roe", "Al Doe", "Bolt Health"} <= set(ex)
    assert "Nissan Sales & Regional Operations" not in _by_alias(_page("autoindustriya_nissan_sentra.txt"))
    ascom = _by_alias(_page("ascom_ge_healthcare.txt"))
    assert "Life Care Solutions Europe" not in ascom and "Manager" not in ascom


def test_a_plural_acronym_names_a_kind_of_thing_not_a_body():
    ex = _by_alias(_extract(
        "Drones\n\nThe army of Ruritania bought more Unmanned Aerial Vehicles (UAVs) from Acme Defense. Each UAV"
        " flies for ten hours, Acme Defense said.\n"
    ))
    assert "Acme Defense" in ex and not any("UAV" in a or "Unmanned" in a for a in ex)
    ascom = _by_alias(_page("ascom_ge_healthcare.txt"))
    assert not any(a.startswith("ICU") or a == "Intensive Care Units" for a in ascom)


def test_a_given_name_the_model_took_for_an_organisation_is_the_person():
    ex = _by_alias(_extract(
        "Family\n\nMartha Fry and her brother Dale Ford agreed to an interview.\n\n"
        "\u201cI once visited him in Minneapolis,\u201d Dale wrote. \u201cHe was kind,\u201d Dale wrote.\n"
    ))
    assert "Dale" not in ex or ex["Dale"] is ex["Dale Ford"]
    slate = _by_alias(_page("slate_john_ford.txt"))
    assert slate["Dale"] is slate["Dale Ford"] and slate["Dale"].type == "PERSON"


def test_a_works_title_after_its_kind_noun_is_no_name():
    ex = _by_alias(_extract(
        "Books\n\nJo Roe soon wrote his first novel, Web of Lanterns, and the story collection Heat of Glass."
        " The book was called The Heron Waiting, and Roe said it sold well, as did his book \u201cMusicalia\u201d.\n"
    ))
    assert "Jo Roe" in ex and not any(w in a for a in ex for w in ("Lantern", "Glass", "Heron", "Musicalia"))
    slate = _by_alias(_page("slate_john_ford.txt"))
    assert "Dragon Waiting" not in slate and "Heat of Fusion" not in slate


def test_a_persons_name_ends_at_the_possessive():
    ex = _by_alias(_extract(
        "Books\n\nHe finished the last books of Robert Jade\u2019s Wheel of Stone series after Jade died.\n"
    ))
    assert not any("\u2019s" in a or a.endswith("Wheel") for a in ex)
    slate = _by_alias(_page("slate_john_ford.txt"))
    assert "Robert Jordan\u2019s Wheel" not in slate and "Wheel" not in slate

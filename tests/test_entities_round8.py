"""Kinds of text round 8 of the unseen pages (WCXB) showed the entity rules missing or keeping as
actors (issue 9, kinds 7, 8, 9 and 11), one test per rule: on a short article written for it, and
on the real page of tests/articles/wcxb/ where it occurs. The rules are in store/nlp/entities/,
store/nlp/recall.py, store/names.py and store/read/anatomy.py."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .extraction_corpus import by_alias as _by_alias
from .extraction_corpus import extract_text as _extract

WCXB = Path(__file__).parent / "articles" / "wcxb"


@cache
def _page(name: str):
    return _extract((WCXB / name).read_text(encoding="utf-8"), name)


def _named(ex, form: str) -> bool:
    """Is the form an actor's or a place's (not a thing's, not dropped)?"""
    entity = _by_alias(ex).get(form)
    return entity is not None and entity.role in {"actor", "location"}


def test_a_releases_about_section_is_furniture():
    from newsx.store.read.article import prepare

    text = (
        "Acme Health finds a new drug works\n\nBOSTON (May 2, 2024) \u2014 A trial run by Jo Roe found the drug"
        " works, Roe said on Thursday.\n\n\u201cIt works,\u201d said Roe.\n\nAbout Acme Health\n\nAcme Health is a"
        " network of ten hospitals run with Bolt Partners and the Zorn Institute.\n"
    )
    kinds = [p.kind for p in prepare(text.encode(), "t.txt").anatomy.paragraphs]
    assert kinds[-2:] == ["boilerplate", "boilerplate"]
    ex = _extract(text)
    assert not _named(ex, "Bolt Partners") and not _named(ex, "Zorn Institute") and _named(ex, "Jo Roe")
    georgetown = _page("georgetown_meditation_stress.txt")
    assert not any(_named(georgetown, f) for f in ("MedStar Health", "National Cancer Institute", "Twitter"))
    assert _named(georgetown, "Massachusetts General Hospital")


def test_credentials_after_a_name_are_no_bodies():
    ex = _extract(
        "Coffee\n\nCoffee helps, says Jo Roe, MD, MPH, RDN, a dietitian in Boston. \u201cDrink it,\u201d"
        " adds Al Doe, CPO, at Zorbex.\n"
    )
    assert not any(_named(ex, f) for f in ("MD", "MPH", "RDN", "CPO")) and _named(ex, "Jo Roe")
    coffee = _page("economictimes_coffee.txt")
    assert not any(_named(coffee, f) for f in ("RDN", "CPT", "DBA", "RD", "MS"))
    assert _named(coffee, "Sylvia Klinger")


def test_a_name_written_as_a_things_is_no_actor():
    ex = _extract(
        "Gifts\n\nMaybe a Zunbit is on your list this year. Kids love the Blocko-like bricks. Jo Roe,"
        " senior product manager of Streamly at Acme, said the Grindex course helped, as did the"
        " Zorvid pandemic's end.\n"
    )
    assert not any(_named(ex, f) for f in ("Zunbit", "Blocko", "Streamly", "Grindex", "Zorvid"))
    assert _named(ex, "Acme") and _named(ex, "Jo Roe")
    assert not _named(_page("today_fitness_trends.txt"), "FitBit")
    assert not _named(_page("scientificamerican_basal_cognition.txt"), "LEGO")
    cloud = _page("siliconangle_google_cloud.txt")
    assert not _named(cloud, "MCP") and not _named(cloud, "GKE AI") and _named(cloud, "Google Cloud")
    # but a name is not a thing for being the theme of one: "Taylor Swift-themed classes"
    assert _named(_page("today_fitness_trends.txt"), "Taylor Swift")


def test_a_name_after_its_kinds_noun_is_a_thing_wherever_it_is_written():
    ex = _extract(
        "Sleep\n\nPatients took the sleep drug Zolprax for a month. Those taking Zolprax slept longer than"
        " those who meditated, Jo Roe of Acme Labs said.\n"
    )
    assert not _named(ex, "Zolprax") and _named(ex, "Acme Labs")
    assert not _named(_page("npr_meditation_anxiety.txt"), "Lexapro")
    stat = _page("statnews_weight_loss_drugs.txt")
    assert not _named(stat, "Wegovy") and not _named(stat, "Zepbound")


def test_a_named_test_is_a_method():
    ex = _extract("Stress\n\nJo Roe of Acme Labs gave patients the Halvorsen Social Stress Test twice.\n")
    assert not _named(ex, "Halvorsen Social Stress Test") and _named(ex, "Acme Labs")
    assert not _named(_page("georgetown_meditation_stress.txt"), "Trier Social Stress Test")


def test_an_acronym_spelt_out_in_lowercase_words_is_a_common_noun():
    ex = _extract(
        "Sales\n\nThe average unit volume at Acme Foods was $2 million last year, Jo Roe of the NRA said."
        " That AUV has grown since, Roe said.\n"
    )
    assert not _named(ex, "AUV") and _named(ex, "Acme Foods") and _named(ex, "NRA")
    assert not _named(_page("restaurantbusiness_paris_baguette.txt"), "AUV")
    assert not _named(_page("itbrief_enterprise_ai.txt"), "AI")


def test_a_brands_short_name_is_its_firm():
    ex = _by_alias(_extract(
        "Hospitals\n\nZQX Healthcare runs 180 hospitals. ZQX said on Monday that costs rose, Jo Roe said.\n"
    ))
    assert ex["ZQX"] is ex["ZQX Healthcare"]
    stat = _by_alias(_page("statnews_weight_loss_drugs.txt"))
    assert stat["HCA"] is stat["HCA Healthcare"]
    cloud = _by_alias(_page("siliconangle_google_cloud.txt"))
    assert cloud["SiliconANGLE"] is cloud["SiliconANGLE Media"] and cloud["Google Cloud"] is not cloud["Google"]
    sciam = _by_alias(_page("scientificamerican_basal_cognition.txt"))
    assert sciam["Tufts"] is sciam["Tufts University"]


def test_whom_a_person_is_of_is_a_name_of_its_own():
    ex = _by_alias(_extract("Cloud\n\nResearch from Zorbex\u2019s Kim Park confirms a measurable payoff.\n"))
    assert ex["Zorbex"].role == "actor" and ex["Kim Park"].type == "PERSON" and ex["Zorbex"] is not ex["Kim Park"]
    cloud = _by_alias(_page("siliconangle_google_cloud.txt"))
    assert cloud["Paul Nashawaty"].type == "PERSON" and cloud["theCUBE"].role == "actor"
    assert cloud["Peterson"] is cloud["Savannah Peterson"]
    assert _by_alias(_page("scientificamerican_basal_cognition.txt"))["Adelaide"].role == "location"


def test_a_transcripts_labels_name_its_people():
    ex = _by_alias(_extract(
        "Teachers protest\n\nJO ROE, HOST: Teachers rallied in Austin on Saturday.\n\n"
        "AL DOE, BYLINE: Among them was Kim Park, a teacher.\n\n"
        "KIM PARK: We need more money, not less.\n\nDOE: Park says she will be back.\n"
    ))
    assert ex["KIM PARK"] is ex["Kim Park"] and ex["JO ROE"].type == "PERSON"
    assert "HOST" not in ex and "BYLINE" not in ex
    dated = _by_alias(_extract(
        "Rates\n\nNEW DELHI: The central bank held rates, Jo Roe said.\n\nMUMBAI: Shares rose.\n\n"
        "CHENNAI: Traders expected it.\n"
    ))
    assert dated["NEW DELHI"].role == "location"  # datelines are no turns
    assert not any(e.type == "PERSON" for a, e in dated.items() if a.isupper())
    npr = _by_alias(_page("npr_plumbers_teachers.txt"))
    assert npr["ROSIE CURTS"] is npr["Rosie Curts"] is npr["Curts"]
    assert npr["SACHA PFEIFFER"].type == "PERSON" and "HOST" not in npr


def test_a_span_run_over_a_comma_into_a_named_person_is_cut():
    ex = _by_alias(_extract(
        "Rally\n\nKim Park teaches in Austin. To protest at the Texas Capitol, Park is getting help from a friend.\n"
    ))
    assert not any(", " in a for a in ex) and ex["Park"] is ex["Kim Park"]
    assert not any(", " in a for a in _by_alias(_page("npr_plumbers_teachers.txt")))


def test_a_villages_noun_and_a_shared_last_word_are_no_part_of_a_place():
    ex = _by_alias(_extract(
        "Farms\n\nJo Roe, a farmer of Kolpur village, sells to Mexico, Central and South America.\n"
    ))
    assert ex["Kolpur"].role == "location" and ex["South America"].role == "location"
    assert "Kolpur village" not in ex and "Central and South America" not in ex
    assert _by_alias(_page("bss_rajshahi_gardening.txt"))["Palpur"].role == "location"
    assert _by_alias(_page("restaurantbusiness_paris_baguette.txt"))["South America"].role == "location"


def test_a_unit_after_an_institutions_possessive_is_its_own_name():
    ex = _by_alias(_extract(
        "Health\n\n\u201cIt costs,\u201d said Jo Roe, director of health care at Zorn University\u2019s Pell"
        " School of Management.\n"
    ))
    assert ex["Pell School of Management"] is not ex["Zorn University"]
    stat = _by_alias(_page("statnews_weight_loss_drugs.txt"))
    assert stat["Kellogg School of Management"] is not stat["Northwestern University"]
    assert _by_alias(_page("georgetown_meditation_stress.txt"))["Department of Psychiatry"].role == "actor"


def test_a_states_initials_and_a_filings_state_of_are_the_state():
    ex = _by_alias(_extract(
        "Movers\n\nNEW JERSEY -- A mover in New Jersey was fined by the State Of New Jersey. NJ officials"
        " said the fine stands.\n"
    ))
    assert ex["NJ"] is ex["New Jersey"] and ex["New Jersey"].role == "location"
    movers = _by_alias(_page("abc7ny_moving_company.txt"))
    assert movers["NJ"] is movers["New Jersey"] is movers["Of New Jersey"]


def test_an_institution_after_a_persons_name_and_of():
    ex = _by_alias(_extract(
        "Study\n\nThe authors include Jo Roe of Boston University; and Mark H. Doe of Rush University.\n"
    ))
    assert ex["Rush University"].role == "actor" and ex["Mark H. Doe"].type == "PERSON"
    assert _by_alias(_page("georgetown_meditation_stress.txt"))["Rush University"].role == "actor"


def test_a_job_title_and_its_field_are_no_organisation():
    ex = _extract(
        "Study\n\nIt is by Jo Roe, a Lecturer in Management at the University of Zorn, and Al Doe, Professor"
        " of Management at Pell University. Kim Park, Chief Product Officer of Acme, agreed.\n"
    )
    assert _named(ex, "Pell University") and _named(ex, "University of Zorn")
    assert not any(_named(ex, f) for f in ("Lecturer in Management", "Management at Pell University", "Chief Product Officer"))
    assert not _named(_page("itbrief_enterprise_ai.txt"), "Chief Product Officer")
    human = _page("businessweekly_human_ai.txt")
    assert _named(human, "Rice University") and not _named(human, "Lecturer in Management")
    assert not _named(_page("columbia_climate_food.txt"), "Environmental Health Sciences")


def test_kind_nouns_of_biology_a_things_power_and_a_model_called_x_are_things():
    ex = _extract(
        "Stress\n\nJo Roe of Acme Labs measured the inflammatory proteins ZK-4 and QRF in patients. Her"
        " team built ZorboNet-powered tools, and a new security model called Quiet Lattice.\n"
    )
    assert not any(_named(ex, f) for f in ("ZK-4", "QRF", "ZorboNet", "Quiet Lattice")) and _named(ex, "Acme Labs")
    georgetown = _page("georgetown_meditation_stress.txt")
    assert not _named(georgetown, "IL-6") and not _named(georgetown, "TNF")
    assert not _named(_page("itbrief_enterprise_ai.txt"), "Agentless Zero Trust")


def test_the_work_of_an_author_is_no_place():
    ex = _extract("Plants\n\nAs Jo Roe, author of Green Minds Thinking, puts it, plants plan ahead.\n")
    assert not _named(ex, "Green Minds Thinking") and _named(ex, "Jo Roe")
    assert not _named(_page("scientificamerican_basal_cognition.txt"), "Planta Sapiens")


def test_an_institutions_listed_words_open_its_name():
    ex = _extract(
        "Robots\n\nJo Roe runs the Motion, Vision, and Learning Laboratory at the University of Zorn.\n"
    )
    assert _named(ex, "Motion, Vision, and Learning Laboratory") and not _named(ex, "Learning Laboratory")
    assert _named(_page("scientificamerican_basal_cognition.txt"), "Morphology, Evolution, and Cognition Laboratory")


def test_an_adverb_opening_a_sentence_is_no_name():
    ex = _extract("Gardens\n\nJo Roe of Kolpur grows beans. Commonly grown varieties include beans and okra.\n")
    assert not _named(ex, "Commonly") and _named(ex, "Jo Roe")
    assert not _named(_page("bss_rajshahi_gardening.txt"), "Commonly")

"""Merges tuned on rounds 24-33 of the unseen pages (session 22, issue 9): a place a body is named as being of
("the Adelaide team" beside "the University of Adelaide") is the place, not the body; an academic rank of two
words ("Associate Professor") is a title before the name; a state goes by its abbreviation ("WA", "Pa.") beside its
full name; a body by the name copy gives it ("the Community", "the Big Board"); a firm named by its web address by
its name alone ("Amazon"); a peninsula by its name alone, which the model took for a person's; an acronym said as a
word ("Hefce") or spelling an office's field ("HHS") by the long name; a venue by its name without its noun ("the
Palace" of "the Palace Theatre"); a body's name with its last word singular ("Arbor Network"). Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_the_place_a_body_is_named_of_is_the_place():
    forms = by_alias(extract_text(
        "Quark mass measured\n\n"
        "Professor Jane Harlow from the University of Leeds and colleagues used a supercomputer to study the "
        "particle. The Leeds team says the result is the most accurate yet.\n"
    ))
    assert forms["Leeds"] is not forms["University of Leeds"]
    assert forms["Leeds"].role == "location" and forms["Leeds"].lat is not None
    quark = by_alias(page("abc/strange_quark.txt"))
    assert quark["Adelaide"] is not quark["University of Adelaide"] and quark["Adelaide"].role == "location"
    # a chamber's short name is the word after its "of", no place
    lords = by_alias(page("bbcnews/lords_reform_bill.txt"))
    assert lords["Lords"] is lords["House of Lords"]


def test_an_academic_rank_of_two_words_is_a_title():
    from bench.extraction_quality import _fold, _untitled
    from newsx.store.names import leading_title_length

    assert leading_title_length("Associate Professor Derek Leinweber") == len("Associate Professor ")
    assert leading_title_length("Assistant Professor Boris Worm") == len("Assistant Professor ")
    assert _untitled({_fold("Associate Professor Chris Mackie")}) == {"chris mackie"}
    forms = by_alias(page("abc/gallipoli_survey.txt"))
    assert forms["Mackie"] is forms["Chris Mackie"]


def test_a_state_goes_by_its_abbreviation_beside_its_full_name():
    forms = by_alias(extract_text(
        "Cane disease spreads\n\n"
        "Growers in Western Australia's Ord Valley fear the disease. It was first found in WA's north-west in 1998.\n"
    ))
    assert forms["WA"] is forms["Western Australia"] and forms["WA"].role == "location"
    assert by_alias(page("abc/cane_smut_mackay.txt"))["WA"] is by_alias(page("abc/cane_smut_mackay.txt"))["Western Australia"]
    foxes = by_alias(page("abc/tas_fox_skins.txt"))
    assert foxes["Tassie"] is foxes["Tasmania"]
    fines = by_alias(page("wsj/usx_osha_fines.txt"))
    assert fines["Pa"] is fines["Pennsylvania"]
    # "Washington" alone is the capital, never the state "Wash." stands for
    journal = by_alias(page("reuterswire/interleukin_journal.txt"))
    assert journal["Wash."] is not journal["Washington"]


def test_a_body_goes_by_the_name_copy_gives_it():
    forms = by_alias(extract_text(
        "Fraud figures\n\n"
        "Member states still fail to report fraud in EU funds, the watchdog said. \"We are the second largest net "
        "contributor to the Community,\" its chairman said.\n"
    ))
    assert forms["Community"] is forms["EU"] and forms["EU"].name == "EU"
    fraud = by_alias(page("bbcnews/eu_fraud_reporting.txt"))
    assert fraud["Community"] is fraud["EU"]
    gatt = by_alias(page("reuterswire/gatt_farm_samuels.txt"))
    assert gatt["Community"] is gatt["EC"]
    witching = by_alias(page("reuterswire/sec_triple_witching.txt"))
    assert witching["Big Board"] is witching["NYSE"]


def test_a_firm_named_by_its_web_address_goes_by_its_name():
    forms = by_alias(extract_text(
        "Shop links\n\nThe toolbar links to Amazon.com when it finds a book's number, giving firms like Amazon an edge.\n"
    ))
    assert forms["Amazon"] is forms["Amazon.com"]
    autolink = by_alias(page("bbcnews/google_autolink.txt"))
    assert autolink["Amazon"] is autolink["Amazon.com"]


def test_a_peninsula_goes_by_its_name_alone_the_model_took_for_a_persons():
    forms = by_alias(extract_text(
        "Battlefield survey\n\n"
        "A three-nation survey of the Gallipoli battlefield starts this year, researchers say. Professor Jane Harlow "
        "said the survey of Turkey's Gallipoli Peninsula would take three years.\n"
    ))
    assert forms["Gallipoli"] is forms["Gallipoli Peninsula"] and forms["Gallipoli"].role == "location"
    survey = by_alias(page("abc/gallipoli_survey.txt"))
    assert survey["Gallipoli"] is survey["Gallipoli Peninsula"]


def test_an_acronym_said_as_a_word_or_an_offices_field_spells_the_long_name():
    forms = by_alias(extract_text(
        "Student gap\n\nThe Higher Education Funding Council for England said on Monday that fewer poor students go to "
        "university. The Hefce report said the gap had narrowed since 2000.\n"
    ))
    assert forms["Hefce"] is forms["Higher Education Funding Council for England"] and forms["Hefce"].role == "actor"
    assert by_alias(page("bbcnews/hefce_student_inequality.txt"))["Hefce"].name == "Higher Education Funding Council for England"
    forms = by_alias(extract_text(
        "Research ban\n\nThe Department of Health and Human Services extended its ban on the research. An HHS "
        "spokesman said the ban would stand until a panel reports.\n"
    ))
    assert forms["HHS"] is forms["Department of Health and Human Services"]
    fetal = by_alias(page("wsj/fetal_tissue_moratorium.txt"))
    assert fetal["HHS"] is fetal["Department of Health and Human Services"]


def test_a_venue_goes_by_its_name_without_its_noun_once_named_in_full():
    forms = by_alias(extract_text(
        "Theatre bid\n\nActors will set up a charity to buy the Palace Theatre in Harlow and reopen it. Director Jane "
        "Wells said she was excited by the idea of running the Palace as a charity.\n"
    ))
    assert forms["Palace"] is forms["Palace Theatre"]
    library = by_alias(page("bbcnews/google_library_scan.txt"))
    assert library["Bodleian"] is library["Bodleian Library"]
    swansea = by_alias(page("bbcnews/fox_swansea_theatre.txt"))
    assert swansea["Palace"] is swansea["Palace Theatre"]


def test_a_bodys_name_with_its_last_word_singular_is_the_body():
    forms = by_alias(extract_text(
        "Worm tracking\n\nHarlan Networks said on Monday it could trace attacks to their source. Harlan Network's chief "
        "scientist Jane Wells said the tool would ship in May.\n"
    ))
    assert forms["Harlan Network"] is forms["Harlan Networks"]
    arbor = by_alias(page("bbcnews/arbor_net_fingerprints.txt"))
    assert arbor["Arbor Network"] is arbor["Arbor Networks"]

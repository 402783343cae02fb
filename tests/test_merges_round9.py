"""Kinds of text rounds 9 and 10 of the unseen pages (WCXB features, BBC News stories) showed the
merging of aliases getting wrong (issue 9, kind 8): look-alikes merged, and one thing's names kept
apart. One test per rule: on a short article written for it, and on the real page of
tests/articles/wcxb/ or tests/articles/bbcnews/ where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .extraction_corpus import by_alias as _by_alias
from .extraction_corpus import extract_text as _extract

ARTICLES = Path(__file__).parent / "articles"


@cache
def _page(path: str):
    """A real page of rounds 9 ("wcxb/...") or 10 ("bbcnews/...")."""
    return _extract((ARTICLES / path).read_text(encoding="utf-8"), Path(path).name)


def _entity_of_mention(ex, text: str):
    """The key of the one entity `text` is mentioned as (headline mentions are no aliases)."""
    keys = {m.entity_key for m in ex.mentions if m.text == text}
    assert len(keys) == 1, f"{text!r} is mentioned as {len(keys)} entities"
    return keys.pop()


def test_a_body_and_the_person_its_role_noun_names_are_two():
    ex = _by_alias(_extract(
        "Lawsuit\n\nMarion Lake has filed a lawsuit for defamation against Balco boss Victor Lanzo following"
        " his allegations. Lanzo denied it.\n"
    ))
    assert ex["Balco"] is not ex["Victor Lanzo"] and ex["Lanzo"] is ex["Victor Lanzo"]
    assert ex["Balco"].type == "ORG" and "Balco boss Victor Lanzo" not in ex
    jones = _by_alias(_page("bbcnews/jones_conte_lawsuit.txt"))
    assert jones["Balco"] is not jones["Victor Conte"] and jones["Conte"] is jones["Victor Conte"]
    # "Marion Jones", which the model reads as a body, is a person: "Jones, who ...", "Marion has ..."
    assert jones["Jones"] is jones["Marion Jones"] is jones["Marion"] and jones["Marion Jones"].type == "PERSON"


def test_a_bodys_first_word_is_its_full_name_never_its_product():
    ex = _by_alias(_extract(
        "Travel\n\nZorbex Airlines cut fares. Zorbex said demand rose. Travellers use Quillo Translate,"
        " and Quillo said it grew.\n"
    ))
    assert ex["Zorbex"] is ex["Zorbex Airlines"]
    assert "Quillo" not in ex or ex["Quillo"] is not ex.get("Quillo Translate")
    mit = _by_alias(_page("wcxb/mitsloan_machine_learning.txt"))
    assert mit["Google"] is not mit.get("Google Translate")
    delta = _by_alias(_page("bbcnews/blogger_delta.txt"))
    assert delta["Delta"] is delta["Delta Airlines"]
    wmc = _by_alias(_page("bbcnews/wmc_xstrata.txt"))
    assert wmc["WMC"] is wmc["WMC Resources"]


def test_a_list_of_names_is_no_apposition():
    ex = _by_alias(_extract(
        "Cars\n\nBrands like Peugeot, Renault, and Fiat have cut prices. Gavi, the Vaccine Alliance,"
        " said it would help.\n"
    ))
    assert ex["Peugeot"] is not ex["Renault"] and ex["Renault"] is not ex["Fiat"]
    assert ex["Gavi"] is ex["Vaccine Alliance"]
    cars = _by_alias(_page("wcxb/cartalk_best_evs.txt"))
    assert cars["Nissan"] is not cars["Acura"] and cars["Hyundai"] is not cars["Nissan"] and cars["RAM"] is not cars["Kia"]


def test_an_acronym_apposed_to_a_name_it_does_not_spell_is_a_credential():
    diet = _by_alias(_page("wcxb/prevention_diet_trends.txt"))
    assert diet["Gans"] is diet["Keri Gans"] and diet["Keri Gans"].type == "PERSON"
    assert diet["R.D.N."] is not diet["Keri Gans"]


def test_a_persons_nickname_is_the_persons_whatever_the_model_read():
    ex = _by_alias(_extract(
        "Tennis\n\nKim Parkov won. And Parkov, nicknamed Zorby, said: \"It was hard.\" Zorby played well.\n"
    ))
    assert ex["Zorby"] is ex["Kim Parkov"]
    moya = _by_alias(_page("bbcnews/moya_davis_cup.txt"))
    assert moya["Charly"] is moya["Carlos Moya"] and moya["Charly"].type == "PERSON"


def test_an_acronym_writing_a_function_word_in_lowercase_spells_its_body():
    ex = _by_alias(_extract(
        "Roads\n\nThe Department for Transport said the road would open. A DfT spokesman said it was safe.\n"
    ))
    assert ex["DfT"] is ex["Department for Transport"] and ex["DfT"].role == "actor"
    court = _by_alias(_page("bbcnews/court_iraqi_deaths.txt"))
    assert court["MoD"] is court["Ministry of Defence"]
    # a word in capitals is no such acronym: a release's dateline stays a place
    assert _by_alias(_page("wcxb/georgetown_meditation_stress.txt"))["WASHINGTON"].role == "location"


def test_an_acronym_is_no_surname():
    eu = _by_alias(_page("bbcnews/eu_air_passengers.txt"))
    assert eu["EU"].type == "ORG" and eu["EU"].role == "actor"
    assert all(eu["EU"] is not e for a, e in eu.items() if a != "EU" and e.type == "PERSON")


def test_a_two_word_bodys_two_letters_name_it():
    ex = _extract(
        "Flights\n\nThe Zorbex Commission said fares must include taxes. The ZC advice was welcomed."
        " Doors open at 8 ZC time.\n"
    )
    by = _by_alias(ex)
    assert by["ZC"] is by["Zorbex Commission"]
    assert sum(m.text == "ZC" for m in ex.mentions) == 1  # not the time after a number
    eu = _by_alias(_page("bbcnews/eu_air_passengers.txt"))
    assert eu["EC"] is eu["European Commission"]


def test_a_sites_name_without_its_noun_is_the_site():
    ex = _by_alias(_extract(
        "Jail\n\nInmates at Kelvor Prison still slop out. Conditions in Kelvor were degrading, the judge said.\n"
    ))
    assert ex["Kelvor"] is ex["Kelvor Prison"] and ex["Kelvor"].role == "location"
    jail = _by_alias(_page("bbcnews/court_slopping_out.txt"))
    assert jail["Barlinnie"] is jail["Barlinnie Prison"]


def test_an_institution_named_with_its_place_and_without_is_one():
    ex = _by_alias(_extract(
        "Court\n\nThe Marvane County Superior Court will hear the case. Costs to the Superior Court are"
        " unknown, Jo Roe said.\n"
    ))
    assert ex["Superior Court"] is ex["Marvane County Superior Court"] and ex["Superior Court"].role == "actor"
    jackson = _by_alias(_page("bbcnews/jackson_juror_notes.txt"))
    assert jackson["Superior Court"] is jackson["Santa Barbara County Superior Court"]


def test_a_headline_clips_a_bodys_name_and_drops_a_places_feature_noun():
    ex = _extract(
        "Natl Zorb to sell shares\n\nThe National Zorbex board agreed on Monday. National Zorbex shares rose.\n"
    )
    assert _entity_of_mention(ex, "Natl Zorb") == _entity_of_mention(ex, "National Zorbex")
    utd = _page("bbcnews/glazer_man_utd.txt")
    assert _entity_of_mention(utd, "Man Utd") == _entity_of_mention(utd, "Manchester United")
    tutu = _page("bbcnews/tutu_guantanamo.txt")
    assert _entity_of_mention(tutu, "Guantanamo") == _entity_of_mention(tutu, "Guantanamo Bay")


def test_a_clubs_last_word_alone_is_the_club_named_after_its_city():
    utd = _by_alias(_page("bbcnews/glazer_man_utd.txt"))
    assert utd["United"] is utd["Manchester United"] and utd["United"] is not utd["Shareholders United"]
    assert utd["United"].role == "actor"
    thunder = _by_alias(_page("aeb/mysanantonio_lebron.txt"))
    assert thunder["Thunder"] is thunder["Oklahoma City Thunder"] and thunder["Thunder"].type == "ORG"


def test_an_editors_brackets_complete_a_name():
    ex = _by_alias(_extract(
        "Football\n\n\"We can play (Kim Lee) Parkov and Al,\" he said. Parkov scored twice. \"I told Dai"
        " (Morgan, the captain) to rest.\"\n"
    ))
    assert ex["Kim Lee"] is ex["Parkov"] and ex["Parkov"].name == "Parkov" and ex["Al"] is not ex["Parkov"]
    assert ex["Dai"] is ex["Morgan"]
    milan = _by_alias(_page("bbcnews/ferguson_milan.txt"))
    assert milan["Jon Dahl"] is milan["Tomasson"]
    wales = _by_alias(_page("bbcnews/henson_wales.txt"))
    assert wales["Gareth"] is wales["Thomas"]


def test_a_brand_written_as_one_word_and_as_two_is_one():
    ex = _by_alias(_extract(
        "Solar\n\nSunQuote compares installers, Jo Roe of Sun Quote said. Prices fell, SunQuote said.\n"
    ))
    assert ex["SunQuote"] is ex["Sun Quote"]
    solar = _by_alias(_page("wcxb/avaenergy_home_solar.txt"))
    assert solar["EnergySage"] is solar["Energy Sage"]


def test_a_partys_name_alone_and_clipped_is_the_party():
    ex = _by_alias(_extract(
        "Election\n\nThe Labour Party launched its manifesto on Monday. Labour said taxes would not rise."
        " The Liberal Democrats said the Lib Dems would cut them.\n"
    ))
    assert ex["Labour"] is ex["Labour Party"] and ex["Lib Dems"] is ex["Liberal Democrats"]
    assert ex["Lib Dems"].type != "PERSON"
    tories = _by_alias(_page("aeb/ap_uk_tories.txt"))
    # (the party in full and its plural are two since lead ruling 37, session 58)
    assert tories["Conservatives"] is not tories["Conservative Party"] and tories["Labour Party"] is not tories["Conservative Party"]

"""Kinds of text rounds 15 to 21 showed the entity rules missing or keeping (issue 9, session 16), one
test per rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/ (and recall's works)."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import role_of as _role, forms_of as _forms
from .extraction_corpus import extract_text as _extract


def test_two_surnames_joined_by_and_where_someone_works_are_one_firm():
    ex = _extract(
        "Firms\n\nJo Roe, computer analyst with Dunmore and Quist, said sales rose. A spokesman at stock brokers"
        " Tavistock and Karani said bonds fell. \"We bid,\" said Ann Lee, trader at primary dealer Alcott Laing and"
        " Pruitt Gilts Ltd. Tom Kay, with Tom Hanks and Rita Wilson, said so. Talks with Britain and France went on.\n"
    )
    assert _role(ex, "Dunmore and Quist") == "actor" and not {"Dunmore", "Quist"} & _forms(ex)
    assert _role(ex, "Tavistock and Karani") == "actor"
    assert _role(ex, "Alcott Laing and Pruitt Gilts Ltd") == "actor"
    assert _role(ex, "Tom Hanks") == "actor" and _role(ex, "Rita Wilson") == "actor"  # two people the model names whole
    assert _role(ex, "Britain") == "location" and _role(ex, "France") == "location"
    assert _role(page("reuterswire/near_supercomputers.txt"), "Hambrecht and Quist") == "actor"
    assert _role(page("reuterswire/german_car_results.txt"), "Phillips and Drew") == "actor"
    assert _role(page("reuterswire/india_state_bonds.txt"), "Batliwala and Karani") == "actor"
    assert _role(page("reuterswire/gilt_when_issued.txt"), "Alexanders Laing and Cruickshank Gilts Ltd") == "actor"


def test_a_name_run_by_and_into_a_firms_legal_name_it_is_written_apart_from_is_two_firms():
    ex = _extract(
        "Computers\n\nAcme said profits fell. The two leading makers, Acme and Vortex Computer Corp (VRTX), held public"
        " offerings last year. Acme and Vortex said prices fell. Banco Bilbao Vizcaya SA (BBV) agreed.\n"
    )
    assert _role(ex, "Acme") == "actor" and _role(ex, "Vortex Computer Corp") == "actor"
    assert "Acme and" not in _forms(ex) and "VRTX" not in _forms(ex)  # the model's "Acme and"; a stock code in brackets
    assert _role(ex, "BBV") == "actor"  # an acronym that spells the firm's name stays
    supercomputers = page("reuterswire/near_supercomputers.txt")
    assert _role(supercomputers, "Alliant") == "actor" and _role(supercomputers, "Convex Computer Corp") == "actor"
    assert "CNVX" not in _forms(supercomputers) and "Alliant and Convex Computer Corp" not in _forms(supercomputers)
    assert "Yeutter and" not in _forms(page("reuterswire/summit_farm_wallis.txt"))


def test_a_name_between_its_makers_possessive_and_the_goods_noun_is_a_product():
    ex = _extract(
        "Consoles\n\nAcme has said it will replace cables for its Zbox consoles. It affects Zboxes made before 2003."
        " Users can order from the Zbox website. A follow-up to Zbox is expected. Consultants said Vortex Inc's new QX"
        " computer will be cheap. \"The new QX is significant,\" said Jo Roe. Buyers like their Hoyota cars. Hoyota"
        " said sales rose.\n"
    )
    assert not {"Zbox", "QX"} & _forms(ex)
    assert _role(ex, "Hoyota") == "actor"  # a maker acting in the story is no product of its own
    xbox = page("bbcnews/xbox_cables.txt")
    assert not {"Xbox", "Xboxes"} & _forms(xbox) and _role(xbox, "Microsoft") == "actor"
    assert "FX" not in _forms(page("reuterswire/near_supercomputers.txt"))
    assert "Rogaine" not in _forms(page("reuterswire/upjohn_rogaine_panel.txt"))


def test_a_title_between_its_makers_possessive_and_its_kind_or_after_a_dramas_noun_is_a_work():
    ex = _extract(
        "Music\n\nKnight and star Ronny Sise have released a song. Sise, whose Old Shapes album won the 1997 Mercury"
        " Music Prize, said so. Films such as Mike Leigh's abortion drama Vera Dake did well. Jo Roe wrote the musical"
        " Bombay Nights.\n"
    )
    assert not {"Old Shapes", "Vera Dake", "Bombay Nights"} & _forms(ex)
    assert _role(ex, "Ronny Sise") == "actor" and _role(ex, "Mike Leigh") == "actor"
    assert "New Forms" not in _forms(page("bbcnews/knight_anti_gun.txt"))
    film = page("bbcnews/bangkok_film_festival.txt")
    assert "Vera Drake" not in _forms(film) and _role(film, "Mike Leigh") == "actor"  # (not "biopic Ray and Mike Leigh")
    musical = page("bbcnews/rings_musical_toronto.txt")
    assert _role(musical, "West End") == "location"  # "Webber's West End musical Bollywood Dreams": where it plays


def test_the_city_named_after_a_capital_and_the_host_of_an_event_the_model_names_are_places():
    ex = _extract(
        "Hearing\n\nFidelis Nanga, a journalist based in the Cameroon capital Yaounde, said the payroll was cut. Greek"
        " sprinters will not be punished for missing drugs tests before the Athens Olympics, Jo Roe said. Tom Kay won"
        " the Davis Cup.\n"
    )
    assert _role(ex, "Yaounde") == "location" and _role(ex, "Athens") == "location"
    assert "Athens Olympics" not in _forms(ex) and "Davis Cup" not in _forms(ex)
    assert _role(page("bbcnews/cameroon_payroll.txt"), "Yaounde") == "location"
    assert _role(page("bbcnews/thanou_hearing.txt"), "Athens") == "location"


def test_a_name_listed_after_a_body_the_model_tags_is_a_body():
    ex = _extract(
        "Roaming\n\nThe commission wrote to the mobile phone operators Vodafone and T-Mobile to challenge the rates."
        " Both Moody's Investor Services and Standard and Poor's cut their ratings. Acme and Mr Roe agreed.\n"
    )
    assert _role(ex, "T-Mobile") == "actor"
    assert "Standard" not in _forms(ex)  # a name that goes on with "and"
    assert _role(page("bbcnews/vodafone_roaming.txt"), "T-Mobile") == "actor"
    models = _extract("Brushes\n\nThe Acme Brush 4100 and Acme Brush Pro 4100 can't be charged. Jo Roe said so.\n")
    assert "Acme Brush Pro" not in _forms(models)  # a model's name and number: a product


def test_a_legal_form_left_alone_is_no_name():
    assert "Co" not in _forms(page("reuterswire/att_computers_cassoni.txt"))  # "[Ing. C. Olivetti and] Co."
    assert "Inc" not in _forms(page("reuterswire/illinois_coop_futures.txt"))

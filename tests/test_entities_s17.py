"""Kinds of text rounds 17 to 23 showed the entity rules keeping as actors or places (issue 9, session 17), one
test per rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/ (and recall's works)."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import forms_of as _forms, role_of as _role
from .extraction_corpus import extract_text as _extract


def test_titles_listed_after_their_kinds_plural_or_named_after_a_stage_kind_are_works():
    ex = _extract(
        "Band\n\nThe Roes tested the water with two singles, Lamp Post and QRT, which charted. The actor, whose films"
        " include Gandy's Road, Peter Marlowe and Sky Wars: The Last Ship, said so. He appeared in a revue, Tele-Mo, and"
        " in the first televised pantomime, Jack Sprat. He was filmed for his Y'all Saw of Me single. He starred in"
        " several films, including 1947's Martin Chuzzle. Jo Roe made three films, Ann Lee said.\n"
    )
    works = {"Lamp Post", "QRT", "Gandy's Road", "Peter Marlowe", "Last Ship", "Tele-Mo", "Jack Sprat", "Martin Chuzzle"}
    assert not works & _forms(ex) and not any("Saw of Me" in f for f in _forms(ex))
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Ann Lee") == "actor"  # one name after a mark: who speaks
    assert not {"Club Foot", "LSF", "Cutt Off"} & _forms(page("bbcnews/kasabian_brit_nominations.txt"))
    assert not {"Tele-Ho", "Dick Whittington", "Nicholas Nickleby"} & _forms(page("bbcnews/cyril_fletcher_dies.txt"))
    assert not {"Schindler's List", "Michael Collins"} & _forms(page("bbcnews/neeson_lyric_theatre.txt"))
    assert "Y'all Heard of Me" not in _forms(page("bbcnews/c_murder_jail_video.txt"))


def test_a_wires_stock_code_spelling_a_countrys_code_is_no_place():
    ex = _extract(
        "Merger\n\nFleet Group hopes its merger with Nordan Bancorp <NOR> can be completed. Chemical Ohio Corp's <CHL>"
        " purchase of Texas Trust was valued at 1.1 billion dlrs. Exports to Chile rose.\n"
    )
    assert not {"NOR", "CHL"} & _forms(ex) and _role(ex, "Chile") == "location"
    assert not {"NOR", "CHL"} & _forms(page("reuterswire/fleet_norstar_merger.txt"))


def test_an_acronym_spelt_out_in_brackets_as_a_common_noun_is_no_body():
    ex = _extract(
        "Drug\n\nThe drug helps patients with recently diagnosed PCP (Pneumomystis carinii pneumonia) and advanced ARC"
        " (AIDS-related complex), said Jo Roe. The OECD (Organisation for Economic Cooperation and Development) agreed.\n"
    )
    assert not {"PCP", "ARC", "Pneumomystis"} & _forms(ex)
    assert _role(ex, "OECD") == "actor" and _role(ex, "Jo Roe") == "actor"
    assert not {"PCP", "ARC", "Pneumomystis"} & _forms(page("reuterswire/fda_azt_approval.txt"))


def test_a_security_a_rating_and_a_unit_of_trading_are_no_bodies():
    ex = _extract(
        "Bonds\n\nThe deal yielded 65 basis points over comparable Treasury securities. It was rated AAA by Acme."
        " AAA-rated auto paper traded at 75 basis points over Treasuries, Jo Roe said. NIS assigned an AAA rating to"
        " the firm. Results topped 5.45 dlrs per ADR. The Treasury said it would sell bonds.\n"
    )
    assert not {"AAA", "Treasuries", "ADR"} & _forms(ex)
    assert _role(ex, "Treasury") == "actor" and _role(ex, "NIS") == "actor"  # the office that acts stays
    assert not {"AAA", "Treasury", "Treasuries"} & _forms(page("reuterswire/asset_backed_market.txt"))
    assert "ADR" not in _forms(page("reuterswire/ici_specialty_henderson.txt"))


def test_a_name_described_in_apposition_as_a_treatment_is_a_product():
    ex = _extract(
        "Drugs\n\nDrugs in the pipeline were Stamol, a treatment for diabetic complications, Zolvex, a treatment for"
        " advanced prostate cancer, and Carlin, a treatment for mild heart failure. Approval to market Stamol and Zolvex"
        " is not expected until 1989. Jo Roe, a doctor for the team, agreed.\n"
    )
    assert not {"Stamol", "Zolvex", "Carlin"} & _forms(ex) and _role(ex, "Jo Roe") == "actor"
    assert not {"Statil", "Zoladex", "Carwin"} & _forms(page("reuterswire/ici_specialty_henderson.txt"))


def test_a_league_won_at_shown_or_formed_is_a_competition():
    ex = _extract(
        "League\n\nRoe was hurt during the Premiership win at Dunmore. Mr Kay warned that TV coverage of the Premiership"
        " may be too high. Since the formation of the Premier League in 1992, Premiership clubs have seen income rise.\n"
    )
    assert not {"Premiership", "Premier League"} & _forms(ex)
    body = _extract("League\n\nThe Premier League said it would act. The chief executive of the League, Jo Roe, agreed.\n")
    assert _role(body, "Premier League") == "actor"  # a body that acts, named without a cue of play
    assert "Premiership" not in _forms(page("bbcnews/robben_metatarsal.txt"))
    assert not {"Premiership", "Premier League"} & _forms(page("bbcnews/arsenal_share_listing.txt"))


def test_a_name_always_written_with_its_own_s_keeps_it():
    ex = _extract(
        "Ratings\n\nThe deal was rated AAA by both Duff's and Fitch. Hardy & Poor's upgraded Ruritania. Dunmore's"
        " fans cheered as Dunmore won. Output was three times the size of Mexico's.\n"
    )
    forms = _forms(ex)
    assert "Duff's" in forms and "Duff" not in forms
    assert "Hardy & Poor's" in forms and "Hardy & Poor" not in forms
    assert "Dunmore's" not in forms  # written without it too: a possessive
    assert "Mexico's" not in forms and _role(ex, "Mexico") == "location"  # a place's
    assert "Moody's" in _forms(page("reuterswire/asset_backed_market.txt"))
    assert "Standard & Poor's" in _forms(page("bbcnews/karachi_stocks_high.txt"))
    assert "Mexico's" not in _forms(page("reuterswire/irish_budget_haughey.txt"))


def test_a_preposition_opening_a_sentence_is_no_word_of_the_name_after_it():
    ex = _extract("Strike\n\nMore than 2,000 jobs are threatened. Across Wales, pickets were held by striking staff.\n")
    assert "Across Wales" not in _forms(ex) and _role(ex, "Wales") == "location"
    assert "Across Wales" not in _forms(page("bbcnews/wales_civil_service_strike.txt"))


def test_a_holiday_is_no_actor():
    ex = _extract("BILL SEEN BEFORE EASTER\n\nJo Roe predicted the Fed will ease by Easter. Congress breaks for Easter.\n")
    assert not {"Easter", "EASTER"} & _forms(ex) and _role(ex, "Jo Roe") == "actor"
    assert not {"Easter", "EASTER"} & _forms(page("reuterswire/farm_credit_boren.txt"))


def test_a_governments_text_by_its_name_is_no_body():
    ex = _extract(
        "Policy\n\nPeople understand that a White Paper response is government policy. The government is addressing"
        " the deficits of the Federal Budget. Jo Roe said the Budget was fine. Bill Kay agreed.\n"
    )
    assert not {"White Paper", "Federal Budget", "Budget"} & _forms(ex) and _role(ex, "Bill Kay") == "actor"
    assert "White Paper" not in _forms(page("bbcnews/tomlinson_diploma_appeals.txt"))
    assert "Federal Budget" not in _forms(page("reuterswire/malaysia_borrowing_azraai.txt"))
    assert "Budget" not in _forms(page("bbcnews/budget_leak_commons.txt"))


def test_a_stock_codes_end_is_no_word_of_the_name_after_it():
    ex = _extract("Units\n\nAcmeCorp Inc's <ACM> Bank of Ruritania unit issued bonds. Vortex Corp's <VTX> Sikorsky rose.\n")
    assert not {f for f in _forms(ex) if ">" in f} and "Sikorsky" in _forms(ex)
    assert "Bank of America" in _forms(page("reuterswire/asset_backed_market.txt"))
    assert not {f for f in _forms(page("reuterswire/asset_backed_market.txt")) if ">" in f}


def test_a_name_before_a_status_is_the_status_not_a_body():
    ex = _extract(
        "Trade\n\nWashington restored Most Favoured Nation trading status last month. Poland wants MFN status. Talks on"
        " the Kosovo status resumed.\n"
    )
    assert not {"Most Favoured Nation", "Favoured Nation", "MFN"} & _forms(ex)
    assert _role(ex, "Kosovo") == "location" and _role(ex, "Poland") == "location"  # a place is the status's subject
    assert "Favoured Nation" not in _forms(page("reuterswire/polish_trade_kaczurba.txt"))


def test_a_title_after_a_shows_noun_loses_its_the_and_is_a_programme():
    ex = _extract(
        "Radio\n\nHe was a regular on a television version of radio information show The Brains Club. Polls show The"
        " Tories ahead, Jo Roe said.\n"
    )
    assert "Brains Club" not in _forms(ex) and _role(ex, "Tories") == "actor"
    assert "Brains Trust" not in _forms(page("bbcnews/cyril_fletcher_dies.txt"))

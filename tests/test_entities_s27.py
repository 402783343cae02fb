"""Kinds of names rounds 24 to 44 showed the program missing or taking for actors (session 27), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_initials_joined_by_and_are_one_body():
    ex = _extract(
        "Coffee\n\nGeneral Foods and A and P, which shares third place, cut prices. The rival AT and T <T.N> said so,"
        " and Acme rated it with S and P alone. The S and P 500 rose. Texas A and M University agreed. NEC's slogan"
        " \"C and C\" stands. Spending on R and D rose.\n"
    )
    assert _role(ex, "A and P") == "actor" and _role(ex, "AT and T") == "actor" and _role(ex, "S and P") == "actor"
    assert _role(ex, "A") is None and _role(ex, "C and C") is None and _role(ex, "R and D") is None
    assert _role(page("gourmet_coffee_debut.txt"), "A and P") == "actor"
    assert _role(page("philips_european_cooperation.txt"), "AT and T") == "actor"
    att = by_alias(page("siemens_cgct_offer.txt"))
    assert att["AT and T"] is att["American Telephone and Telegraph Corp"]  # its acronym, "&" written "and"


def test_a_prize_won_or_joined_to_winning_is_no_actor_in_any_spelling():
    ex = _extract(
        "Awards\n\nJo Roe, who previously won the Golden Globe and Oscar for Boys Don't Cry, thanked Acme. Unlike the"
        " Oscars, the Golden Globes split awards by genre. Sam Poe, a five-time Globe winner, spoke. The Oscar-nominated"
        " film did well.\n"
    )
    for prize in ("Golden Globe", "Golden Globes", "Globe", "Oscar", "Oscars"):
        assert _role(ex, prize) is None, prize
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Acme") == "actor"
    globes = page("golden_globes_aviator.txt")
    assert all(_role(globes, p) is None for p in ("Golden Globe", "Golden Globes", "Globes", "Oscar", "Oscars"))
    assert _role(page("dicaprio_career_honour.txt"), "Oscars") is None  # "Oscar-nominated movie The Aviator"
    # "won Baftas for best action adventure": not the singular, the academy that "said" so
    assert _role(page("half_life_2_baftas.txt"), "Bafta") == "actor"


def test_a_title_after_a_films_genre_is_a_work():
    ex = _extract("Film\n\nQuirky comedy Sideways was named best screenplay. Shooting on period drama Tulip Fever stopped.\n")
    assert _role(ex, "Sideways") is None and _role(ex, "Tulip Fever") is None
    assert _role(page("golden_globes_aviator.txt"), "Sideways") is None
    assert _role(page("debra_hill_death.txt"), "Adventures In Babysitting") is None  # "teen comedy Adventures In Babysitting"


def test_a_street_that_speaks_is_the_office_on_it():
    ex = _extract(
        "Troops\n\nDowning Street has confirmed British troops are on standby. Neither Downing Street nor the Labour"
        " Party would comment. A shop on Oxford Street said it was shut.\n"
    )
    assert _role(ex, "Downing Street") == "actor" and _role(ex, "Oxford Street") != "actor"
    for story in ("ivory_coast_standby.txt", "brown_milburn_denial.txt"):
        assert _role(page(story), "Downing Street") is not None, story


def test_a_party_named_by_a_common_noun_before_a_members_title_opening_a_sentence_is_the_party():
    ex = _extract("Europe\n\nThe cost was revealed. Labour MP John Cryer, whose question revealed the cost, spoke.\n")
    assert _role(ex, "Labour") == "actor" and _role(ex, "John Cryer") == "actor"
    ex = _extract("Costs\n\nThe labour costs rose. Labour MP John Cryer spoke.\n")
    assert _role(ex, "Labour") is None  # the article writes it in lowercase: a common noun it may open a sentence with
    assert _role(page("eu_referendum_cost.txt"), "Labour") == "actor"


def test_a_capitalised_office_of_a_body_run_into_its_holder_is_the_holder():
    ex = _extract(
        "Tanker\n\nShe worked for Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun. Assistant Secretary"
        " of the Air Force for Acquisition Marvin Sambur said so. Minister of International Trade and Industry Hajime Tamura"
        " agreed. Druyun and Sambur left. Secretary of the Air Force Space Command staff met. Director of the Commission for"
        " Africa Jo Roe spoke.\n"
    )
    by = by_alias(ex)
    assert _role(ex, "Darleen Druyun") == "actor" and by["Druyun"] is by["Darleen Druyun"]
    assert _role(ex, "Marvin Sambur") == "actor" and by["Sambur"] is by["Marvin Sambur"]  # "sambur" is a deer too
    assert _role(ex, "Hajime Tamura") == "actor" and _role(ex, "International Trade and Industry") is None  # the field
    assert _role(ex, "Air Force") == "actor"  # "the" names a body, up to what the office is for
    assert _role(ex, "Air Force Space Command") == "actor"
    assert _role(ex, "Commission for Africa") == "actor" and _role(ex, "Jo Roe") == "actor"  # no field the office is for
    tanker = by_alias(page("boeing_tanker_emails.txt"))
    assert tanker["Darleen Druyun"].role == "actor" and tanker["Marvin Sambur"].role == "actor"
    assert not any("Acquisition" in a for a in tanker)


def test_an_office_of_what_a_budget_is_drawn_up_by_is_a_body():
    ex = _extract("Budget\n\nThe Office of Management and Budget said so. The Federal Budget was cut.\n")
    assert _role(ex, "Office of Management and Budget") == "actor" and _role(ex, "Federal Budget") is None
    assert _role(page("fannie_mae_resign.txt"), "Office of Management and Budget") == "actor"
    assert _role(page("omb_certificates_landis.txt"), "OMB") == "actor"  # "The U.S. Office of Management and Budget"

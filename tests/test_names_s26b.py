"""Names the model cuts or joins at "and" (session 26, second wave), one test per rule: on a short article written
for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import by_alias, extract_text as _extract, role_of as _role


def test_two_partners_after_a_law_firm_or_an_analysts_employer_are_one_firm():
    ex = _extract(
        "Shares\n\nA number of investors in Acme have contacted law firm Slater and Gordon about their losses. \"It flows"
        " well,\" Carol Bell of Phillips and Drew told Reuters.\n"
    )
    assert _role(ex, "Slater and Gordon") == "actor" and _role(ex, "Slater") is None
    assert _role(ex, "Phillips and Drew") == "actor" and _role(ex, "Drew") is None
    assert _role(page("abc/cudeco_shares_halved.txt"), "Slater and Gordon") == "actor"
    assert _role(page("reuterswire/alba_field_analysts.txt"), "Phillips and Drew") == "actor"
    glaxo = page("reuterswire/glaxo_ulcer_report.txt")
    assert _role(glaxo, "Alexanders Laing and Or'kshnk") == "actor"  # a wire's garbled partner, apostrophe and all


def test_a_partnerships_and_company_closes_its_name():
    ex = _extract("Grapes\n\nBrian Ceresa from exporter John Holman and Company says he is in little doubt.\n")
    assert _role(ex, "John Holman and Company") == "actor" and _role(ex, "John Holman") is None
    assert _role(page("abc/indonesia_grape_ban.txt"), "John Holman and Company") == "actor"


def test_two_bodies_sharing_one_plural_body_noun_are_two():
    ex = _extract(
        "Coalition\n\nThe move could lead to the collapse of the coalition between the Liberal and National parties,"
        " officials said.\n"
    )
    assert "Liberal and National" not in by_alias(ex) and _role(ex, "Liberal") == "actor"
    peacock = page("reuterswire/howard_sacks_peacock.txt")
    assert "Liberal and National" not in by_alias(peacock) and _role(peacock, "Liberal") == "actor"


def test_a_name_the_model_cut_among_its_particles_goes_on_to_the_surname():
    ex = _extract("Rugby\n\nThe Baa-Baas scored tries through Albert van den Bergh and Xavier Rush, but lost.\n")
    assert _role(ex, "Albert van den Bergh") == "actor" and _role(ex, "Albert van") is None
    barbarians = page("bbcnews/barbarians_all_blacks.txt")
    assert _role(barbarians, "Albert van den Bergh") == "actor" and _role(barbarians, "Bergh") is None

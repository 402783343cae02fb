"""Kinds of names rounds 24 to 47 showed the program missing or taking for actors (session 29), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_the_old_ap_wires_underscore_ends_a_dateline_and_its_agency_is_no_entity():
    ex = _extract(
        "Judge frees clerk\n\nMARAVI, Malawi (AP) _ A judge freed a court clerk on Tuesday, said lawyer Tomas Phiri.\n\n"
        "Phiri said the clerk would go home.\n"
    )
    assert _role(ex, "AP") is None
    assert _role(ex, "Tomas Phiri") == "actor"
    for story in ("ieer/apwire/teacher_math_exercise_judge.txt", "ieer/apwire/china_underground_party.txt", "ieer/apwire/niemann_speedskating_record.txt"):
        assert _role(page(story), "AP") is None, story
    assert _role(page("ieer/apwire/kosovo_serbs_victims.txt"), "Pristina") == "location"  # "PRISTINA, Yugoslavia (AP) _"


def test_a_datelines_day_of_the_week_is_no_place():
    ex = _extract(
        "Water theft probed\n\nSHAH ALAM, Thurs. - The police have stepped up investigations into the alleged theft of"
        " water by a company.\n"
    )
    assert _role(ex, "Thurs") is None
    assert _role(ex, "Shah Alam") == "location"
    assert _role(page("ieer/apwire/selangor_water_theft.txt"), "Thurs") is None


def test_a_participle_opening_the_sentence_is_no_part_of_the_name_after_it():
    ex = _extract(
        "Council debates aid\n\nEchoing Okafor's comments, the envoy said aid must come sooner. Recalling U.N. failures"
        " in Africa, Mirela Okafor urged donors to pay.\n"
    )
    forms = set(by_alias(ex))
    assert not any(f.startswith(("Echoing", "Recalling")) for f in forms), forms
    assert _role(ex, "Okafor") == "actor"
    forms = set(by_alias(page("ieer/apwire/annan_africa_debate.txt")))
    assert "Echoing Annan" not in forms and "Recalling U.N." not in forms
    assert "U.N." in forms
    ex = _extract("Fees\n\nFostering Network executive director Jo Tapsley criticised the existing system.\n")
    assert _role(ex, "Fostering Network") == "actor"  # no clause of its own: a body's name
    assert _role(page("bbcnews/foster_minimum_allowance.txt"), "Fostering Network") == "actor"


def test_a_nationality_before_a_full_name_is_no_part_of_it():
    ex = _extract(
        "Hostages freed\n\nThe gunmen freed two pilots, Ugandan Peter Okwanga and Kenyan Jomo Waweru, on Monday.\n"
    )
    assert _role(ex, "Jomo Waweru") == "actor" and _role(ex, "Kenyan Jomo Waweru") is None
    assert _role(ex, "Peter Okwanga") == "actor" and _role(ex, "Ugandan Peter Okwanga") is None
    ex = _extract("Champions\n\nThe title went to South African Lerato Dube, who beat Danish Sara Holm.\n")
    assert _role(ex, "Lerato Dube") == "actor"
    ex = _extract("Budget\n\nSpending rose for the Post Office and South African Transport Services, officials said.\n")
    assert _role(ex, "Transport Services") is None  # a body's nouns after the people's words, no one's name
    assert _role(page("reuterswire/south_africa_budget.txt"), "Transport Services") is None
    ex = _extract("Transfers\n\nMidfielder Jordan Kellerby joined the club on Friday.\n")
    assert _role(ex, "Jordan Kellerby") == "actor"  # a country's own name opens the given name
    ex = page("ieer/apwire/somalia_red_cross_hostages.txt")
    assert _role(ex, "Steve Riungu") == "actor" and _role(ex, "Robi Byrd") == "actor"
    assert _role(ex, "Kenyan Steve Riungu") is None


def test_a_given_name_that_is_a_noun_too_after_a_nationality_opens_a_persons_name():
    ex = _extract(
        "Hostages freed\n\nOther captives included Norwegian Ola Skogerud; Belgian Toon Vandermeulen; Swiss Patrick"
        " Bernet and Markus Fasler; and French nurse Nadine Piantowsky.\n"
    )
    assert _role(ex, "Ola Skogerud") == "actor"
    assert _role(page("ieer/apwire/somalia_red_cross_hostages.txt"), "Ola Skuterud") == "actor"


def test_a_name_brought_in_by_aka_is_no_part_of_the_words_before_it():
    ex = _extract(
        "Warlord seen\n\nPictures show him with Marko Dragovic, a.k.a Vuk, the warlord whose troops took the town.\n"
    )
    assert _role(ex, "a.k.a Vuk") is None
    assert "Vuk" in by_alias(ex)
    assert "Arkan" in by_alias(page("ieer/apwire/kosovo_serbs_victims.txt"))


def test_malaysian_honours_and_offices_are_titles():
    ex = _extract(
        "Water\n\nPerak Menteri Besar Datuk Ahmad Zaki Osman said the state would act. Officials met State Secretary"
        " Datuk Rahim Yusof on Monday.\n"
    )
    forms = set(by_alias(ex))
    assert not any("Menteri" in f or f.startswith("Datuk") for f in forms), forms
    assert _role(ex, "Rahim Yusof") == "actor"
    forms = set(by_alias(page("ieer/apwire/selangor_water_theft.txt")))
    assert "Menteri Besar Datuk" not in forms and "Hashim Meon" in forms


def test_a_dateline_naming_a_body_by_its_seat_is_that_body():
    ex = _extract(
        "Council meets\n\nUNITED NATIONS (AP) _ Security Council members met on Friday.\n\nThe U.N. has sent troops"
        " to the region, diplomats said.\n"
    )
    assert _role(ex, "UNITED NATIONS") == "actor"  # the model's acronym "U.N." shows a body, which no gazetteer knows
    ex = _extract("Storm hits\n\nNEW ORLEANS (AP) _ A storm hit the city on Friday, the U.N. said.\n")
    assert _role(ex, "NEW ORLEANS") == "location"
    ex = page("ieer/apwire/annan_africa_debate.txt")
    assert "UNITED NATIONS" in by_alias(ex)["U.N."].aliases


def test_two_names_the_model_ran_together_over_and_are_two_when_each_is_written_alone():
    ex = _extract(
        "Crime pact\n\nThe memorandum, signed in Moscow by Swiss Federal Prosecutor Marta del Ponte and Russian Prosecutor"
        " General Oleg Skorikov, calls for sharing information.\n\nLast year, del Ponte and Skorikov agreed to step up"
        " efforts in fighting organized crime, but the memorandum signed Friday was the first official agreement,"
        " Skorikov said.\n\nNobody knows how much money is kept in Switzerland, del Ponte and Skorikov said at a joint"
        " news conference.\n"
    )
    by = by_alias(ex)
    assert "del Ponte and Skorikov" not in by
    assert by["del Ponte"] is by["Marta del Ponte"] and by["Skorikov"] is by["Oleg Skorikov"]
    ex = _extract("Troops\n\nThe peacekeepers left Bosnia and Herzegovina in June. Bosnia is calm, Herzegovina too.\n")
    assert _role(ex, "Bosnia and Herzegovina") == "location"  # a country's name whole
    by = by_alias(page("ieer/apwire/russia_swiss_crime_pact.txt"))
    assert "del Ponte and Skuratov" not in by and by["del Ponte"] is by["Carla del Ponte"]
    ex = page("bbcnews/davies_nairobi_mugging.txt")
    assert _role(ex, "Grantham and Stamford") == "location"  # "MP for Grantham and Stamford": a seat, places' names
    ex = _extract(
        "Campaign\n\nThe MP for Pellham and Crowe said the vote was close. Pellham and Crowe met on Friday. Pellham said"
        " so, and Crowe agreed.\n"
    )
    assert _role(ex, "Pellham and Crowe") is not None  # the seat after "MP for" is one place's name
    assert _role(page("bbcnews/wyatt_tory_campaign.txt"), "Sittingbourne and Sheppey") == "location"

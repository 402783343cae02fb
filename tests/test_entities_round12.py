"""Kinds of text rounds 11 and 12 (BBC News stories of 2004-2005, Reuters wire copy of 1987) showed
the entity rules missing, splitting or keeping as actors (issue 9, kinds 7, 11 and 12), one test per
rule: on a short article written for it, and on the real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/,
store/nlp/recall.py and store/nlp/gazetteer.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def test_a_firms_or_a_bodys_name_with_and_in_it_is_one_name():
    ex = _extract(
        "Telecoms row\n\nLONDON, May 4 - Shares of Bell and Howell Plc rose after the Trade and Industry"
        " Ministry said it would not object. Officials at Bell and Howell said the bid was fair. Google"
        " and Apple Inc declined to comment, and Google said no more.\n"
    )
    assert _role(ex, "Bell and Howell Plc") == "actor" and by_alias(ex)["Bell and Howell"] is by_alias(ex)["Bell and Howell Plc"]
    assert _role(ex, "Trade and Industry Ministry") == "actor"
    cable = page("reuterswire/howard_cable_wireless.txt")
    assert _role(cable, "Cable and Wireless Plc") == "actor" and _role(cable, "Post and Telecommunications Ministry") == "actor"
    assert by_alias(cable)["Cable and Wireless"] is by_alias(cable)["Cable and Wireless Plc"]
    assert not {"Firm Cable", "Wireless Plc", "Telecommunications Ministry"} & set(by_alias(cable))
    drugs = page("reuterswire/drug_laws.txt")
    assert _role(drugs, "Merck and Co Inc") == "actor" and not {"Merck", "Co Inc"} & set(by_alias(drugs))


def test_a_bodys_remit_listed_after_on_and_its_committee_belong_to_its_name():
    ex = _extract(
        "Hearing\n\nWASHINGTON, May 4 - \"The rules are weak,\" Jo Roe told a hearing of the Senate"
        " Subcommittee on Fisheries, Wildlife and Water. Ana Ruiz told a Senate Commerce subcommittee that"
        " the rules would stand.\n"
    )
    assert _role(ex, "Senate Subcommittee on Fisheries, Wildlife and Water") == "actor"
    assert _role(ex, "Senate Commerce subcommittee") == "actor" and "Water" not in by_alias(ex)
    meat = page("reuterswire/meat_inspection.txt")
    assert _role(meat, "House Agriculture Subcommittee on Livestock, Dairy and Poultry") == "actor"
    assert _role(meat, "House Agriculture subcommittee") == "actor" and "Poultry" not in by_alias(meat)


def test_an_office_written_before_its_holder_is_no_body():
    ex = _extract(
        "Drugs\n\nUnder the proposed policy, announced Tuesday by Commissioner of Food and Drugs Frank E."
        " Doyle at a press conference, patients would pay more. Doyle said the policy was fair.\n"
    )
    assert _role(ex, "Doyle") == "actor" and not any(a.startswith("Commissioner of") for a in by_alias(ex))
    drugs = page("reuterswire/drug_laws.txt")
    assert _role(drugs, "Frank E. Young") == "actor" and "Commissioner of Food" not in by_alias(drugs)


def test_the_state_of_a_lawmakers_party_tag_is_a_place_however_abbreviated():
    ex = _extract(
        "Hearing\n\n\"We have found nothing,\" said Rep. Jo Roe (D-Ga.). Subcommittee Chairman Sam Doe"
        " (R-Tex.) said the panel would meet in June.\n"
    )
    georgia, texas = by_alias(ex)["Ga."], by_alias(ex)["Tex."]
    assert georgia.role == texas.role == "location" and georgia.lat is not None and texas.lat is not None
    meat = page("reuterswire/meat_inspection.txt")
    assert _role(meat, "Va.") == "location" and _role(meat, "Tex.") == "location"


def test_the_place_a_persons_title_is_of_is_a_place_of_the_story():
    ex = _extract(
        "Church\n\nIn Wales, the Bishop of Westminster, Jo Roe, backed the plan. The Bishop of Leeds, the"
        " Right Reverend Sam Doe, told BBC Radio 4 that he agreed, and the Commissioner of Police declined to comment.\n"
    )
    assert _role(ex, "Leeds") == "location" and _role(ex, "Westminster") == "location"
    assert by_alias(ex)["Westminster"].lat > 50  # London's, beside Wales: not Westminster, Colorado
    assert "Police" not in by_alias(ex)
    poll = page("bbcnews/abortion_poll_issue.txt")
    assert _role(poll, "Cardiff") == "location" and _role(poll, "Westminster") == "location"


def test_a_peoples_adjective_opens_a_partys_name_and_a_seat_after_it_is_a_name_of_its_own():
    ex = _extract(
        "Vote\n\nCommenting on Mr Roe's decision to stand down, a Cornish Labour Party spokesman said:"
        " \"This should mean nothing.\" Welsh National Party Senedd leader Jo Roe accused Mr Doe of failing"
        " to properly serve his constituents. Mr Smith and Liberal Democrat leader Sam Doe also gave their views.\n"
    )
    assert _role(ex, "Cornish Labour Party") == "actor" and _role(ex, "Welsh National Party") == "actor"
    assert _role(ex, "Senedd") == "actor" and "Welsh National Party Senedd" not in by_alias(ex)
    assert _role(ex, "Liberal Democrat") == "other" and "Liberal" not in by_alias(ex)
    scots = page("bbcnews/mcletchie_resigns.txt")
    assert _role(scots, "Scottish Labour Party") == "actor" and _role(scots, "Scottish National Party") == "actor"
    assert "Scottish National Party Holyrood" not in by_alias(scots)
    assert "Liberal" not in by_alias(page("bbcnews/abortion_poll_issue.txt"))


def test_an_organisation_named_after_agency_and_after_a_kind_spelt_out_as_an_acronym():
    ex = _extract(
        "Broadband\n\nInternet service provider (ISP) Acme.net backed the plan. Jo Roe, director of ISP Skyfibre"
        " said it was fair. The state news agency Borba was more cautious.\n"
    )
    assert _role(ex, "Skyfibre") == "actor" and _role(ex, "Borba") == "actor"
    assert not {"ISP", "Internet service provider", "ISP Skyfibre"} & set(by_alias(ex))
    bt = page("bbcnews/bt_equal_access.txt")
    assert _role(bt, "Freedom2surf") == "actor" and "ISP" not in by_alias(bt)
    assert _role(page("reuterswire/yugoslav_plan.txt"), "Tanjug") == "actor"


def test_words_that_name_no_one_a_month_a_common_phrase_an_award_a_bill():
    ex = _extract(
        "Hotspots\n\nThe new threat, nicknamed rogue hotspots, poses as a real hotspot, Jo Roe of Acme said."
        " Roe works in London."
        " Once logged onto a Rogue Hotspot, data can be stolen. The scandal broke in March. The Oscar-nominated"
        " film starred Sam Doe. Acme opposed Britain's Financial Services bill, Roe said.\n"
    )
    assert not {"Rogue Hotspot", "March", "Oscar", "Financial Services"} & {e.name for e in ex.entities.values() if e.role != "other"}
    assert _role(ex, "Acme") == "actor" and _role(ex, "Sam Doe") == "actor"
    assert "Evil Twin" not in by_alias(page("bbcnews/wifi_evil_twin.txt"))
    assert "March" not in by_alias(page("reuterswire/vw_currency_scandal.txt"))
    assert "Oscar" not in by_alias(page("bbcnews/blair_jailings_apology.txt"))
    assert _role(page("reuterswire/howard_cable_wireless.txt"), "Financial Services") != "actor"
    assert "non-U.S. Markets" not in by_alias(page("reuterswire/japan_microchips.txt"))


def test_a_person_run_into_a_body_over_to_is_two_names():
    ex = _extract(
        "Football\n\nThierry Henry scored twice. The coach was fined after making remarks about Henry to"
        " Arsenal team-mate Jose Reyes last October.\n"
    )
    assert _role(ex, "Henry") == "actor" and _role(ex, "Arsenal") == "actor" and "Henry to Arsenal" not in by_alias(ex)
    fine = page("bbcnews/aragones_fine.txt")
    assert _role(fine, "Arsenal") == "actor" and "Henry to Arsenal" not in by_alias(fine)


def test_a_team_named_before_its_members_roles_is_an_organisation_not_a_place():
    ex = _extract(
        "Hockey\n\nHours before the game, Rapids coach Jo Roe expressed confidence. Roe said it before the"
        " Rapids\u2019s 4-1 win over the Sabres. The goals gave the Rapids a commanding two-goal lead."
        " Defenseman Sam Doe had scored earlier for the Rapids.\n"
    )
    assert _role(ex, "Rapids") == "actor"
    assert _role(page("bss_rajshahi_gardening.txt"), "Palpur") == "location"  # "Palpur village under Godagari"
    assert _role(page("twincities_wild.txt"), "Wild") == "actor"


def test_a_group_named_with_its_number_a_work_named_after_a_work_and_a_given_name_taken_for_a_body():
    ex = _extract(
        "Appeal\n\nThe Court of Appeal overturned the sentences on the Hooper Five in 1991. Roe said he and"
        " Doe were always mindful of their family audience while making The Two Pauls. Its bespectacled stars"
        " will return later this year in The Two Pauls Sketchbook, which will combine classic sketches with new"
        " material. In an interview, Ann Wood slated comedian Sacha Baron Cohen for his character.\n"
    )
    assert _role(ex, "Hooper Five") == "actor" and "Two Pauls Sketchbook" not in by_alias(ex)
    assert _role(ex, "Sacha Baron Cohen") == "actor" and not {"Sacha", "Baron Cohen"} & set(by_alias(ex))
    apology = page("bbcnews/blair_jailings_apology.txt")
    assert _role(apology, "Maguire Seven") == "actor" and _role(apology, "Guildford Four") == "actor"
    corbett = page("bbcnews/corbett_dumbed_down.txt")
    assert _role(corbett, "Sacha Baron Cohen") == "actor" and not {"Sacha", "Baron Cohen", "Two Ronnies Sketchbook"} & set(by_alias(corbett))

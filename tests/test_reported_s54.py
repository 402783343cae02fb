"""Kinds of reported speech rounds 85-92 (AllSides news) showed missed (session 54, issue 9): each clause
coordinated under one cue with its own "that" ("said A and that B", "warned that A, that B and that C"),
which the gold writes one entry per clause since round 85 (tests/gold/briefs/GOLD85.md 5.8); a push or an
invitation put in words with the one asked and an infinitive ("encouraged employers to provide ...",
"invited the U.S. president to meet ..."), read as "urged X to" is (lead ruling 16); a request with a
that-clause ("requested that the Senate call four witnesses"). One test per rule, on sentences of the
gold articles' shapes."""

from __future__ import annotations

from .extraction_corpus import extract_text as _extract
from .extraction_corpus import reported


def test_each_clause_coordinated_under_one_cue_is_a_statement_of_its_own():
    # round 90's covington_teen_denies_mocking and burr_dumped_stock_coronavirus, round 92's
    # states_retreat_virus_cases_high and kolomoisky_grand_jury_laundering
    ex = _extract(
        "Harbour row\n\n"
        "Mr Dunmore said false rumours were being spread about him and his family and that he had received threats.\n\n"
        "He warned that ferries might have to stop running, that schools could close and that the army might be called in.\n\n"
        "Ms Varga said the port has more tugs on hand, that fewer ships are being delayed, and that fees are lower than in spring.\n\n"
        "Last year Varga said the council was talking with the union but that the union had shown no interest in a deal.\n"
    )
    found = reported(ex)
    for words, speaker in [
        ("false rumours were being spread about him and his family", "Dunmore"),
        ("he had received threats", "Dunmore"),
        ("ferries might have to stop running", "Dunmore"),
        ("schools could close", "Dunmore"),
        ("the army might be called in", "Dunmore"),
        ("the port has more tugs on hand", "Varga"),
        ("fewer ships are being delayed", "Varga"),
        ("fees are lower than in spring", "Varga"),
        ("the council was talking with the union", "Varga"),
        ("the union had shown no interest in a deal", "Varga"),
    ]:
        assert (words, speaker) in found, words


def test_a_clause_another_cue_reports_or_one_joined_without_that_stays_whole():
    # round 92's middlebury_professor_assaulted; round 91's kabul_religious_gathering_bombing
    ex = _extract(
        "Campus protest\n\n"
        "Professor Ann Holt said they were told the protesters knew where they were and that they should leave.\n\n"
        "Officials at the hospital said 30 ambulances had rushed to the campus and more than 40 people were hurt.\n"
    )
    texts = [text for text, _ in reported(ex)]
    assert "they were told the protesters knew where they were and that they should leave" in texts
    assert not any(text.startswith("they should leave") for text in texts)
    assert "30 ambulances had rushed to the campus and more than 40 people were hurt" in texts


def test_a_push_or_an_invitation_in_words_is_reported_from_the_one_asked():
    # round 90's employer_mandate_delayed_2015 ("encouraged employers to provide insurance anyway"),
    # trump_fires_tillerson_pompeo ("invited the U.S. president to meet by May"), trump_gop_supreme_court_unity
    # ("are pushing the GOP-led Senate to confirm ...")
    ex = _extract(
        "Pay talks\n\n"
        "The ministry encouraged employers to keep paying staff anyway.\n\n"
        "Mayor Ida Brandt invited the union leaders to meet by Friday.\n\n"
        "Council members are pushing the mayor to sign the budget by the end of the month.\n\n"
        "The storm pushed the ferry to the shore.\n"
    )
    found = reported(ex)
    assert ("employers to keep paying staff anyway", "The ministry") in found
    assert ("the union leaders to meet by Friday", "Ida Brandt") in found
    assert ("the mayor to sign the budget by the end of the month", "Council members") in found
    assert not any("ferry" in text for text, _ in found)


def test_a_request_with_a_that_clause_is_reported():
    # round 92's mcconnell_slap_dash_impeachment ("requested that the Senate call four witnesses")
    ex = _extract(
        "Hearing\n\n"
        "Senator Rhea Lund requested that the committee call four witnesses, including the former adviser.\n\n"
        "The committee requested documents from the agency.\n"
    )
    found = reported(ex)
    assert ("the committee call four witnesses, including the former adviser", "Rhea Lund") in found
    assert not any("documents" in text for text, _ in found)


def test_an_admission_reports_the_deed_its_gerund_owns_to():
    # round 92's state_dept_edited_iran_video ("admitted today to deleting video from ...") and
    # trump_jr_russian_lawyer_meeting ("admitted Sunday to meeting last summer with ..."); round 75's
    # "Mr Papadopoulos has admitted lying about his contacts with Russians"
    ex = _extract(
        "Archive\n\n"
        "The city council admitted today to deleting video from an archived briefing on the budget.\n\n"
        "Councillor Omar Reyes has admitted lying about his contacts with the contractor.\n\n"
        "Reyes admitted the error.\n"
    )
    found = reported(ex)
    assert ("deleting video from an archived briefing on the budget", "The city council") in found
    assert ("lying about his contacts with the contractor", "Omar Reyes") in found
    assert not any(text == "the error" for text, _ in found)


def test_reports_or_accusations_no_one_owns_speak_their_clause():
    # round 90's employer_mandate_delayed_2015 ("amid reports that the administration is running into
    # roadblocks"), round 92's public_impeachment_hearings_spotlight ("accusations that Trump improperly
    # withheld ..."), states_retreat_virus_cases_high ("amid warnings the virus could come storming back")
    ex = _extract(
        "Budget\n\n"
        "The delay comes amid reports that the ministry is running into trouble as it prepares the budget.\n\n"
        "The hearings focus on accusations that the mayor improperly withheld money from the clinics.\n\n"
        "The reports that were published last week drew little notice.\n"
    )
    found = reported(ex)
    assert ("the ministry is running into trouble as it prepares the budget", "reports") in found
    assert ("the mayor improperly withheld money from the clinics", "accusations") in found
    assert not any("published" in text for text, _ in found)


def test_according_to_a_document_by_a_body_described_is_the_bodys():
    # round 92's brown_vetoed_power_line_bill ("according to a Sept. 20 news release by the utility")
    ex = _extract(
        "Power lines\n\n"
        "Harwell Power said it would inspect its poles.\n\n"
        "The company began flying drones over the valley to find dead trees, according to a May 2 news release by the utility.\n"
    )
    found = reported(ex)
    assert ("The company began flying drones over the valley to find dead trees", "Harwell Power") in found

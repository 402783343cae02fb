"""Headlines that report what a person, a body or a group of people says (session 53, issue 9): the name-colon headline
(`White House: Still committed to ...`, `Experts: ...`), its lead before marks, and a closing `..., Sources Say` in
title case. Rounds 65-90 give each a reported entry (the gold's conventions since round 85: "`X says` and name-colon
titles"); a BBC topic header that names its person again by a role gives none."""

from __future__ import annotations

from .extraction_corpus import extract_text as _extract
from .extraction_corpus import reported


def test_a_name_colon_headline_reports_the_words_after_the_colon():
    # round 80's assault_weapons_ban_commitment; round 85's facebook_no_systematic_bias
    ex = _extract(
        "White House: Still committed to assault weapons ban\n\n"
        "The White House said Thursday it remains committed to renewing the ban, a day after the Senate vote.\n"
    )
    assert ("Still committed to assault weapons ban", "White House") in reported(ex)


def test_people_a_headline_names_by_a_plural_before_its_colon_speak():
    # round 90's ryan_livestream_fines_constitutionality; round 87's romney_12_million_jobs ('Economists:')
    ex = _extract(
        "Experts: Ryan\u2019s livestream crackdown may be unconstitutional\n\n"
        "House Speaker Paul Ryan wants to fine lawmakers who stream video from the chamber floor.\n"
    )
    assert ("Ryan\u2019s livestream crackdown may be unconstitutional", "Experts") in reported(ex)


def test_a_name_colon_headline_with_marks_reports_the_lead_before_them():
    # round 89's sotomayor_affirmative_action_dissent; round 83's us_china_trade_talks_resume
    ex = _extract(
        "Justice Sonia Sotomayor: Affirmative Action \u2018Opened Doors in My Life\u2019\n\n"
        "Justice Sonia Sotomayor wrote a sharp dissent on Tuesday, defending the policy.\n"
    )
    assert ("Affirmative Action", "Sonia Sotomayor") in reported(ex)


def test_a_title_case_headline_closed_by_people_who_say_it_is_theirs():
    # round 90's prison_worker_escapee_relationship ('..., Sources Say') and russian_hackers_targeted_republicans
    ex = _extract(
        "Russians Suspected of Hacking Democrats Also Went After Republicans, Researchers Say\n\n"
        "Computer security researchers said on Friday that the same group targeted Republican accounts.\n"
    )
    assert ("Russians Suspected of Hacking Democrats Also Went After Republicans", "Researchers") in reported(ex)


def test_a_topic_header_that_names_its_person_again_by_a_role_reports_nothing():
    # round 81's zinke_to_leave_year_end, round 87's bezos_enquirer_blackmail (BBC's 'Name: role does X')
    ex = _extract(
        "Ryan Zinke: US interior secretary to leave administration\n\n"
        "Ryan Zinke will leave his post at the end of the year, President Trump said on Saturday.\n"
    )
    assert not any(text.startswith("US interior secretary") for text, _ in reported(ex))


def test_a_scare_quoted_word_leaves_the_statement_before_it_to_the_headline_s_opening_name():
    # round 88's clinton_trump_terror_war_harder and boeing_withheld_pilot_messages ('FAA says Boeing withheld
    # 'concerning' pilot messages'): one word in marks is no quote, and the lead before it is the reported snippet
    ex = _extract(
        "Hillary Clinton says Donald Trump making war on terror \u2018harder\u2019\n\n"
        "Hillary Clinton on Monday accused Donald Trump of helping the Islamic State recruit fighters.\n"
    )
    assert ("Donald Trump making war on terror", "Hillary Clinton") in reported(ex)


def test_people_a_headline_opens_with_by_a_plural_say_what_follows():
    # round 90's amazon_workers_less_after_raise; round 86's economists_upbeat_new_year ('Most Economists Say ...')
    ex = _extract(
        "Some Amazon employees say they will make less after the raise\n\n"
        "Amazon raised its minimum wage to $15 an hour this month, but some warehouse workers lose bonuses.\n"
    )
    assert ("they will make less after the raise", "Some Amazon employees") in reported(ex)


def test_a_name_and_its_saying_verb_are_not_people_named_by_a_plural():
    # round 74's obama_economy_look_ahead: 'Obama Urges Voters' is Obama's urging, not people called "Obama Urges Voters"
    ex = _extract("Obama Urges Voters to Look Ahead on Economy\n\nPresident Obama spoke in Ohio on Tuesday.\n")
    assert [speaker for text, speaker in reported(ex) if "Look Ahead on Economy" in text] == ["Obama"]

"""Session 48, entities: the writers and outlets of credit lines and of an outlet's possessive, a chamber run into its
officer's name, a poll's sponsors and a group named for its people and cause, driven through the real pipeline on gold
articles' texts."""

from __future__ import annotations

from .extraction_corpus import forms_of, page, role_of


def test_an_outlets_possessive_before_its_writer_in_a_credit_line_is_the_outlet_and_the_writer():
    # round 66: "ABC News' Marilyn Heck contributed to this report."
    holmby = page("allsides/holmby_hills_guns.txt")
    assert role_of(holmby, "Marilyn Heck") == "actor"
    assert role_of(holmby, "ABC News") == "actor"
    assert "ABC News' Marilyn Heck" not in forms_of(holmby)
    # round 78: "Fox News' Rick Leventhal, Jana Winter, Catherine Herridge and Mike Levine contributed to this report."
    assert role_of(page("allsides/boston_bombing_suspect_reports.txt"), "Rick Leventhal") == "actor"


def test_an_outlets_bare_apostrophe_before_its_journalist_in_prose_is_the_outlet_and_the_journalist():
    # round 70: "In a recent interview with Fox News’ Sean Hannity, McConnell, a Kentucky Republican, described ..."
    murkowski = page("allsides/murkowski_mcconnell_coordination.txt")
    assert role_of(murkowski, "Sean Hannity") == "actor"
    assert role_of(murkowski, "Fox News") == "actor"


def test_a_name_that_qualifies_a_noun_after_the_possessive_is_no_person():
    # round 63: "the driving force behind the Times’ Election Day preparations" (the gold junks Election Day)
    assert "Election Day" not in forms_of(page("dragnet/tampa_bay_election_coverage.txt"))


def test_the_writers_a_contributing_line_lists_are_actors():
    # round 77: "Contributing: Gregory Korte and David Jackson", a line the reader files as a credit
    sony = page("allsides/north_korea_sony_sanctions.txt")
    assert role_of(sony, "Gregory Korte") == role_of(sony, "David Jackson") == "actor"
    # round 60: "Contributing: Deborah Berry."
    assert role_of(page("polnear/usa-today/trump_new_chapter.txt"), "Deborah Berry") == "actor"


def test_a_chamber_run_into_the_name_of_its_officer_is_the_chamber_and_the_officer():
    # round 68: "condemnation from Republicans, including Speaker of the House of Representatives Paul Ryan, and ..."
    wrestling = page("allsides/trump_cnn_wrestling_video.txt")
    assert role_of(wrestling, "Paul Ryan") == role_of(wrestling, "House of Representatives") == "actor"
    # round 80: "Speaker of the House Nancy Pelosi, D-Calif., said last week that the checks should be sent ..."
    assert role_of(page("allsides/trump_name_stimulus_checks.txt"), "Nancy Pelosi") == "actor"


def test_each_of_three_sponsors_a_poll_names_is_a_body():
    # round 80: "A NPR/PBS News/Marist poll of 944 U.S. adults released in June 2019 echoed those results"
    march = page("allsides/march_for_life_abortion_views.txt")
    assert role_of(march, "NPR") == role_of(march, "PBS News") == role_of(march, "Marist") == "actor"
    # round 63: "A recent Florida International University/The Miami Herald/El Nuevo Herald poll showed ...", the model's
    # span ending on the second slash
    hispanic = page("dragnet/hispanic_voters.txt")
    assert role_of(hispanic, "El Nuevo Herald") == role_of(hispanic, "Florida International University") == "actor"
    # round 55: "in an NBC News/Wall Street Journal/Marist South Carolina poll Jan. 17-23", the place polled before the poll
    assert role_of(page("polnear/usa-today/sanders_minorities_test.txt"), "Wall Street Journal") == "actor"


def test_a_peoples_plural_for_a_capitalised_cause_names_a_group():
    # round 77: "“Americans United for Life is pleased that HHS has taken steps to stop Title X ..."
    assert role_of(page("allsides/title_x_planned_parenthood.txt"), "Americans United for Life") == "actor"
    # round 80: "the deep-pocketed Mayors Against Illegal Guns (bankrolled by ...) and the politically savvy and emotionally
    # resonant Americans for Responsible Solutions (led by ...)"
    guns = page("allsides/gun_vote_ratings_plunge.txt")
    assert role_of(guns, "Mayors Against Illegal Guns") == role_of(guns, "Americans for Responsible Solutions") == "actor"

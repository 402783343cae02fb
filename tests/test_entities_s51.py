"""Session 51, entities: a federal trial court's district is one name ("the Southern District of New York"); a USA TODAY
by-line block lists writers with rarer given names; a contributor line's names are no subhead's run-on; a by-line's
writer never takes a bare surname the story's subject bears; the BBC's photo credit run into its caption names no
one. Each on the real page of a gold round, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import forms_of, named_apart, named_as_one, page, role_of


def test_a_federal_trial_courts_district_is_one_name():
    # round 78: "a federal prosecutor for the Eastern District of New York"
    assert role_of(page("allsides/lynch_confirmation_hearing.txt"), "Eastern District of New York") == "location"
    # round 78: "filed in U.S. District Court for the Northern District of Georgia": the court, named with its district
    georgia = page("allsides/christian_students_speech_zone.txt")
    assert role_of(georgia, "U.S. District Court for the Northern District of Georgia") == "actor"
    assert "Northern District" not in forms_of(georgia)
    # round 85: "the U.S. District Court, Southern District of New York": the court and the district stay two
    assert named_apart(page("allsides/dsouza_full_pardon.txt"), "U.S. District Court", "Southern District of New York")


def test_a_byline_blocks_writers_with_rarer_given_names():
    # round 79: "Ledge King, Jinitzail Hernandez and Trevor Hughes" over "USA TODAY"
    march = page("allsides/womens_march_equality.txt")
    assert role_of(march, "Ledge King") == role_of(march, "Jinitzail Hernandez") == "actor"
    # round 85: "Yamiche Alcindor, Larry Copeland and Kevin Johnson" over "USA TODAY"
    ferguson = page("allsides/ferguson_grand_jury_uneasy_peace.txt")
    assert role_of(ferguson, "Yamiche Alcindor") == role_of(ferguson, "Larry Copeland") == "actor"


def test_a_writer_never_takes_the_bare_surname_of_the_storys_subject():
    # round 85: the by-line's "Kevin Johnson" is named first; "Capt. Ron Johnson ... Johnson said" is the subject's
    ferguson = page("allsides/ferguson_grand_jury_uneasy_peace.txt")
    assert named_as_one(ferguson, "Johnson", "Ron Johnson")
    assert named_apart(ferguson, "Kevin Johnson", "Ron Johnson")


def test_a_contributor_lines_names_are_no_subheads_run_on():
    # round 85: "Contributing: Gary Strauss, William Cummings, ..., Michael Winter and the Associated Press.", a line in
    # capitals, beside the story's "William Woods" and "Michael Brown"
    ferguson = page("allsides/ferguson_grand_jury_uneasy_peace.txt")
    assert named_apart(ferguson, "William Cummings", "William Woods")
    assert named_apart(ferguson, "Michael Winter", "Michael Brown")


def test_the_bbcs_photo_credit_run_into_its_caption_names_no_one():
    # round 67: "Image copyright William Hennessy Jr Image caption ...", "Image copyright Reuters Image caption ..."
    manafort = forms_of(page("allsides/manafort_jailed.txt"))
    assert not {"Getty Images Image", "Reuters Image", "William Hennessy Jr Image", "Getty Images", "Reuters"} & manafort
    # round 73: "Image copyright EPA Image caption"; Reuters, which the story cites, stays
    g20 = page("allsides/g20_tariff_truce.txt")
    assert "EPA" not in forms_of(g20) and role_of(g20, "Reuters") == "actor"


def test_an_agencys_photo_credit_names_no_one():
    # round 69: "| Joseph Kaczmarek/AP Photo Media Lanny Davis burns reporters"; round 74: "J. Scott Applewhite/AP Photo"
    assert not {"Joseph Kaczmarek/AP Photo", "AP Photo"} & forms_of(page("allsides/lanny_davis_reporters.txt"))
    assert "J. Scott Applewhite/AP Photo" not in forms_of(page("allsides/congress_syria_betrayal.txt"))


def test_a_links_label_is_no_word_of_a_name():
    # round 66 (Guardian): "Peter Beaumont Read more"; round 68 (CNN): "JUST WATCHED ... Replay More Videos ... MUST WATCH"
    mattis = page("allsides/mattis_syria_strike.txt")
    assert "Peter Beaumont Read" not in forms_of(mattis) and role_of(mattis, "Peter Beaumont") == "actor"
    christie = forms_of(page("allsides/christie_traffic_scandal.txt"))
    assert not {"Replay More Videos", "Christie Replay More Videos", "WATCHED Christie"} & christie


def test_a_resort_named_with_hyphened_particles_and_the_west_wing_are_places():
    # round 72: "The president is spending the weekend at his Mar-a-Lago resort in Florida"; round 86: "at Mar-a-Lago"
    assert role_of(page("allsides/america_first_tweet.txt"), "Mar-a-Lago") == "location"
    assert role_of(page("allsides/trump_handshakes_press_conference.txt"), "Mar-a-Lago") == "location"
    # round 78: "White House chief of staff John Kelly told officials in the West Wing"
    assert role_of(page("allsides/rosenstein_expects_firing.txt"), "West Wing") == "location"


def test_a_leaders_administration_opening_a_sentence_is_a_body():
    # round 79: "Trump administration lawyer Sarah Fabian called the judge's order"; round 85: "Trump administration
    # officials on Monday blamed Congress": the model tags neither word
    for name in ("allsides/reunification_costs_ruling.txt", "allsides/budget_4_7_trillion_2020.txt"):
        extraction = page(name)
        assert role_of(extraction, "Trump administration") == "actor"
        assert named_apart(extraction, "Trump administration", "Trump")
    # round 78: "worked on energy policy for the Trump transition team"; round 85: "he was working for the Trump
    # transition team": a body apart from the campaign
    for name in ("allsides/ebell_epa_transition.txt", "allsides/flynn_resignation_shakeup.txt"):
        assert named_apart(page(name), "Trump transition team", "Trump campaign")


def test_two_bodies_named_by_their_head_nouns_joined_by_and_stay_two():
    # round 85: "the fate of who controls the House and Senate"; round 73: "The Senate and House were expected to vote"
    for name in ("allsides/jobs_250000_october.txt", "allsides/trump_to_sign_border_deal.txt"):
        extraction = page(name)
        assert "House and Senate" not in forms_of(extraction) and "Senate and House" not in forms_of(extraction)
        assert named_apart(extraction, "House", "Senate")


def test_a_federal_agency_named_with_and_is_one_name():
    # round 68: "or were refused entry to the U.S., Customs and Border Protection announced on Wednesday"; round 85:
    # "where they were handed over to Customs and Border Protection officers" (the model tags "Customs" alone)
    for name in ("allsides/mexico_tariff_talks.txt", "allsides/migrants_cross_asylum_policy_day_one.txt"):
        extraction = page(name)
        assert role_of(extraction, "Customs and Border Protection") == "actor" and "Customs" not in forms_of(extraction)


def test_a_papers_masthead_alone_under_the_headline_is_an_actor():
    # rounds 65 and 67: the headline, then "USA TODAY" on its own line, then the story
    assert role_of(page("allsides/clinton_never_say_never.txt"), "USA TODAY") == "actor"
    assert role_of(page("allsides/food_stamp_cuts.txt"), "USA TODAY") == "actor"


def test_a_stock_index_is_no_actor():
    # round 84: "The Dow Jones Industrial Average DJIA, -1.19% fell", "the Dow"; round 85: "the stock market, the Dow and
    # Nasdaq"
    dow = page("allsides/dow_slides_iran_tensions.txt")
    assert role_of(dow, "Dow") is None and role_of(dow, "Dow Jones Industrial Average") is None
    assert role_of(page("allsides/biden_economic_plan_rollout.txt"), "Dow") is None

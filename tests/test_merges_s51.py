"""Merges and never-merge breaks of session 51 (s51-merges), each on the real page it fixes: a bare surname written as
the parent of a child beside a "Jr." the copy calls by his surname and suffix is the father's
(surnames._a_juniors_parent); a US court of appeals goes by its circuit alone (bodies._courts_of_appeals_by_their_circuit);
a chamber's committee by some of its words (bodies._houses_by_some_of_their_words); a place counted with the states is
the region of its name, apart from the city (places.mark_counted_with_the_states); a town a described body is named
after is pinned as the article's places are (bodies._town_a_body_is_named_after); "the Fed" is the Federal Reserve
(merge._OTHER_NAMES); a department's field the model took for a product is the department (bodies._departments_by_their_field);
a headline's short given name and surname is the person named in full (headlines._headline_short_given_names)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page, role_of


def test_a_bare_surname_with_a_son_beside_a_junior_called_so_is_the_fathers():
    # round 86: "President Trump's oldest son defended ...", "Donald Trump Jr. blamed the president's drop in the polls on
    # the media coverage Trump has received", then "Trump Jr. said" throughout
    poll = page("allsides/trump_jr_defends_poll_drop.txt")
    assert named_apart(poll, "Donald Trump Jr", "Trump") and named_as_one(poll, "Donald Trump Jr", "Trump Jr")
    # round 79: "Trump's eldest son's decision to meet with the Kremlin-linked lawyer" beside "Donald Trump Jr.", "Trump
    # Jr." and his brother "Eric Trump": the father, neither son
    aides = page("allsides/trump_jr_aides_helpless.txt")
    assert named_apart(aides, "Eric Trump", "Trump") and named_apart(aides, "Donald Trump Jr", "Trump")


def test_a_bare_surname_with_a_father_is_still_the_juniors():
    # round 49: "Trump Jr. later joked", then "Trump's father has been hit with a slew of allegations"
    harassment = page("polnear/huff-post/trump_jr_harassment.txt")
    assert named_as_one(harassment, "Donald Trump Jr", "Trump Jr", "Trump")


def test_a_court_of_appeals_goes_by_its_circuit():
    # round 86: "the 9th U.S. Circuit Court of Appeals", then "the 9th Circuit"; round 85: "the 5th U.S. Circuit Court of
    # Appeals", then "the 5th Circuit Court"; round 78: "the U.S. Court of Appeals for the Eleventh Circuit", "the 11th
    # Circuit"
    assert named_as_one(page("allsides/supreme_court_rejects_daca_appeal.txt"), "9th U.S. Circuit Court of Appeals", "9th Circuit")
    assert named_as_one(page("allsides/texas_winner_take_all_upheld.txt"), "5th U.S. Circuit Court of Appeals", "5th Circuit Court")
    assert named_as_one(page("allsides/christian_students_speech_zone.txt"), "U.S. Court of Appeals for the Eleventh Circuit", "11th Circuit")
    # round 66: two circuits are two courts
    assert named_apart(page("allsides/gruber_bit_player.txt"), "4th U.S. Circuit Court of Appeals", "D.C. Circuit")


def test_a_chambers_committee_goes_by_some_of_its_words():
    # round 86: "the House Oversight and Government Reform Committee", then "the Oversight Committee"; round 83: "the
    # House Oversight and Reform Committee", then "the Oversight Committee"
    assert named_as_one(page("allsides/benghazi_security_request.txt"), "House Oversight and Government Reform Committee", "Oversight Committee")
    assert named_as_one(page("allsides/trump_sues_deutsche_bank.txt"), "House Oversight and Reform Committee", "Oversight Committee")


def test_a_place_counted_with_the_states_is_apart_from_the_city():
    # round 72: "34 states and the District of Columbia would face federal cuts" beside "shift power from Washington to
    # the states"
    assert named_apart(page("allsides/mcconnell_repeal_holdouts.txt"), "District of Columbia", "Washington")


def test_a_town_a_described_body_is_named_after_is_the_town():
    # round 82: "founder of the Sheboygan Liberty Coalition", then "Paul was present at the Sheboygan stop"
    recall = page("allsides/wisconsin_recall_volunteers.txt")
    assert named_apart(recall, "Sheboygan Liberty Coalition", "Sheboygan") and role_of(recall, "Sheboygan") == "location"


def test_the_fed_and_a_departments_field_are_the_bodies():
    # round 86: "the Federal Reserve", then "Powell says the Fed will disclose"; "the Treasury Department", then "with
    # Treasury providing $75 billion", both of which the model took for products
    fund = page("allsides/treasury_fund_slow_start.txt")
    assert named_as_one(fund, "Federal Reserve", "Fed") and named_as_one(fund, "Treasury Department", "Treasury")


def _entity_of_mention(extraction, text: str) -> str:
    (name,) = {extraction.entities[m.entity_key].name for m in extraction.mentions if m.text == text}
    return name


def test_a_headlines_short_given_name_and_surname_is_the_person_named_in_full():
    # round 83: "Trump's former Navy Secretary Richard Spencer endorses Mike Bloomberg" over "Michael Bloomberg"; round
    # 84: "Mike Bloomberg's Presidential Campaign Will Keep Some Staffers On" over "Michael Bloomberg"
    for name in ("allsides/navy_secretary_endorses_bloomberg.txt", "allsides/bloomberg_keeps_staff_general.txt"):
        assert _entity_of_mention(page(name), "Mike Bloomberg") == "Michael Bloomberg"

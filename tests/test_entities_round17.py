"""Kinds of text rounds 13 to 17 showed the entity rules missing or keeping (issue 9), one test per
rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import role_of as _role, forms_of as _forms
from .extraction_corpus import extract_text as _extract


def test_a_given_name_followed_by_a_number_is_a_things_name_not_the_persons():
    text = (
        'The new "Hassan 2" missile, named after the cleric Hassan Nasrallah, who leads the group, was shown.'
        " Nasrallah spoke, and Hassan left. In the final, Tom Hill beat Jo Roe 6-3."
    )
    ex = _extract(f"Arms\n\n{text}\n")
    hassan = [m for m in ex.mentions if m.text == "Hassan"]
    assert [m.start for m in hassan] == [text.index("Hassan left")]  # not the missile's "Hassan 2"
    assert by_alias(ex)["Hassan"] is by_alias(ex)["Hassan Nasrallah"] and _role(ex, "Jo Roe") == "actor"


def test_the_sample_missile_is_no_mention_of_the_cleric(sample_db):
    rows = sample_db.execute("SELECT text FROM mentions WHERE text LIKE 'Muqtada%'").fetchall()
    assert {r[0] for r in rows} == {"Muqtada Sadr"}  # the '"Muqtada 1" missile' is no mention of him


def test_a_firms_legal_name_with_and_inside_is_one_firm():
    ex = _extract(
        "Firms\n\nJo Roe will chair the new Acme Steel Refining and Marketing Co, said Analyst Tom Hill of Dunmore"
        " Fisk and Co. Sprint pays Western Telephone and Telegraph Co to lease lines, and Ann Lee buys Hollis Pulp"
        " and Timber Ltd. Talks between Chrysler and Ford Motor Co went on, and Chrysler said so.\n"
    )
    for firm in ("Acme Steel Refining and Marketing Co", "Dunmore Fisk and Co", "Western Telephone and Telegraph Co",
                 "Hollis Pulp and Timber Ltd"):
        assert _role(ex, firm) == "actor", firm
    assert _role(ex, "Chrysler") == "actor" and "Chrysler and Ford Motor Co" not in _forms(ex)
    assert _role(_extract("Row\n\nJo Roe spoke of the U.K. Firm Acme and Wireless Plc's shares.\n"), "Acme and Wireless Plc") == "actor"
    assert _role(page("reuterswire/howard_cable_wireless.txt"), "Cable and Wireless Plc") == "actor"  # "the U.K. Firm Cable ..."
    assert _role(page("reuterswire/gillette_perelman.txt"), "Merrill Lynch and Co") == "actor"
    assert _role(page("reuterswire/diamond_shamrock_split.txt"), "Diamond Shamrock Refining and Marketing Co") == "actor"
    assert _role(page("reuterswire/us_sprint_holland.txt"), "American Telephone and Telegraph Co") == "actor"
    assert _role(page("reuterswire/noranda_forest_zimmerman.txt"), "Northwood Pulp and Timber Ltd") == "actor"


def test_a_party_a_people_or_a_job_written_before_a_full_name_is_no_part_of_it():
    ex = _extract(
        "Seat\n\nJo Roe, who won the seat from Tory Neil Hamilton on a platform, spoke to the Tory leader. State"
        " Treasurer Ann Richards said so, and fellow Welshman Ray Reardon agreed. Herman Van Rompuy and Hunter S."
        " Thompson met Mark Anthony Turnage.\n"
    )
    for person in ("Neil Hamilton", "Ann Richards", "Ray Reardon", "Herman Van Rompuy", "Hunter S. Thompson", "Mark Anthony Turnage"):
        assert _role(ex, person) == "actor", person
    assert not {"Tory Neil Hamilton", "Treasurer Ann Richards", "Welshman Ray Reardon"} & _forms(ex)
    assert _role(page("bbcnews/voters_trust_poll.txt"), "Neil Hamilton") == "actor"  # "from Tory Neil Hamilton"
    assert _role(page("bbcnews/howard_snooker.txt"), "Ray Reardon") == "actor"  # "fellow Welshman Ray Reardon"
    assert _role(page("reuterswire/texas_income_tax.txt"), "Ann Richards") == "actor"  # "State Treasurer Ann Richards"
    assert _role(page("reuterswire/huckaby_sugar.txt"), "Archer Daniels Midland") == "actor"  # "Staley and Archer Daniels Midland"


def test_a_span_that_runs_past_the_name_ends_at_the_name():
    ex = _extract(
        "Dollar\n\nA weaker dollar is a boon to President Jo Roe's administration, said Tom Hill. Kowal told the"
        ' official PAP news agency recently, "We will pay." Talks with the Paris Club of Western creditor'
        " governments failed.\n"
    )
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Paris Club") == "actor" and _role(ex, "PAP") == "actor"
    assert not {"Jo Roe's administration", "Paris Club of", "PAP news agency"} & _forms(ex)
    banks = _extract('Banks\n\n"There is a role for the (Group of) seven central banks," said Jo Roe.\n')
    assert "Group" not in _forms(banks)  # one word before "of": the name goes on after it
    poland = page("reuterswire/poland_sanctions.txt")
    assert _role(poland, "PAP") == "actor" and _role(poland, "Paris Club") == "actor"
    assert _role(page("bbcnews/euro_weak_dollar.txt"), "George W Bush") == "actor"  # "George W Bush's administration"


def test_a_street_that_thinks_or_holds_a_view_is_the_trade_on_it():
    ex = _extract(
        "Strike\n\nThe consensus on Wall Street is that Acme will be chosen, said Jo Roe. Piedmont met, and Fleet"
        " Street speculated the board would sell. Tom Hill has a shop on Oxford Street.\n"
    )
    assert _role(ex, "Wall Street") == "actor" and _role(ex, "Fleet Street") == "actor"
    assert _role(ex, "Oxford Street") != "actor"
    assert _role(page("reuterswire/gm_uaw_strife.txt"), "Wall Street") == "actor"  # "The consensus on Wall Street"
    assert _role(page("reuterswire/twa_piedmont_bid.txt"), "Wall Street") == "actor"  # "Wall Street speculated"


def test_a_chambers_committee_named_by_its_field_is_one_body():
    ex = _extract(
        "Sugar\n\nRep. Jo Roe, chairman of the House agriculture subcommittee dealing with sugar, said so. It is left"
        " to the House Ways and Means and Senate Finance committees to fill in details. Tom Hill of the House"
        " Oversight subcommittee agreed. The House voted.\n"
    )
    for body in ("House agriculture subcommittee", "Senate Finance", "House Oversight subcommittee", "House"):
        assert _role(ex, body) == "actor", body
    assert _role(page("reuterswire/huckaby_sugar.txt"), "House agriculture subcommittee") == "actor"
    assert _role(page("reuterswire/miller_tax_compromise.txt"), "Senate Finance") == "actor"
    assert _role(page("reuterswire/trw_dingell_hearing.txt"), "House Oversight subcommittee") == "actor"


def test_a_span_run_across_a_bracket_keeps_the_name_on_the_near_side():
    ex = _extract(
        'Tech\n\n"But Acmeco (Electric Industrial Co Ltd) may be there first," said Jo Roe of Dunmore Brothers (Asia)'
        " Ltd.\n"
    )
    assert _role(ex, "Acmeco") == "actor" and not {"Acmeco (Electric Industrial Co Ltd", "Ltd", "Asia) Ltd"} & _forms(ex)
    assert _role(page("reuterswire/nec_sekimoto.txt"), "Matsushita") == "actor"  # "Matsushita (Electric Industrial Co Ltd) may"
    stol = _extract("Planes\n\nThe plane is a STOL (Short Take Off and Landing) aircraft, said Jo Roe.\n")
    assert "STOL" not in _forms(stol)  # an acronym's definition, read (or not) by acronyms.py


def test_a_league_written_as_what_is_won_or_played_is_a_competition():
    ex = _extract(
        "Cup\n\nJo Roe wants trophies after his superb Champions League winner on Wednesday, and Tom Hill seeks"
        " Champions League success. The Premier League said it would act.\n"
    )
    assert _role(ex, "Champions League") in {None, "other"} and _role(ex, "Premier League") == "actor"
    for story in ("bbcnews/gerrard_liverpool.txt", "bbcnews/wenger_almunia.txt"):
        assert _role(page(story), "Champions League") in {None, "other"}, story
    assert _role(page("bbcnews/saint_andre_absent_stars.txt"), "Zurich Premiership") in {None, "other"}  # "Zurich Premiership matches"


def test_a_bill_by_its_name_is_a_text_no_actor():
    ex = _extract("Bill\n\nMPs debated the Serious Fraud and Police Bill on Monday, said Jo Roe. Buffalo Bill spoke.\n")
    assert _role(ex, "Serious Fraud and Police Bill") in {None, "other"} and _role(ex, "Jo Roe") == "actor"
    assert _role(page("bbcnews/cso_detention_powers.txt"), "Serious Organised Crime and Police Bill") in {None, "other"}


def test_a_place_and_a_number_before_a_sites_noun_name_the_site():
    ex = _extract(
        "Oil\n\nExxon will develop the Sakhalin 5 petroleum field with Rosneft. BP has signed agreements to develop"
        " the Sakhalin 3 field, said Jo Roe in Sakhalin.\n"
    )
    assert _role(ex, "Sakhalin 5") == "location" and _role(ex, "Sakhalin 3") == "location" and _role(ex, "Sakhalin") == "location"
    story = page("bbcnews/russia_resource_tenders.txt")
    assert _role(story, "Sakhalin 3") == "location" and _role(story, "Sakhalin 5") == "location"

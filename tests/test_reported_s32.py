"""Kinds of reported speech rounds 49-51 (PolNeAR's US election stories) showed never found (session
32): a request put to someone, with the infinitive of what is asked ("asked male voters to think about
...", "pressed the White House to go public", a participle "urging black voters to vote early"); a
proposal of a deed ("has proposed taxing carbon emissions", "proposing to scale back the requirement");
a call for a deed or for people to act ("called for denying entry to travelers", "called for a special
prosecutor to investigate", "called for female contestants to wear ..."); a demand or a claim given as a
noun with its owner and an infinitive ("Trump's threats to sue The New York Times", "his call to raise
the federal minimum wage"); an answer or a stance its owner "was that" ... ("Rubio's response was that
it's unfair ..."); a pledge in a participle ("promising to lift environmental regulations"); a headline
that opens with its speaker and a saying verb ("Carson says cut regulations, national debt to reduce
poverty."); a claim made "without evidence that ...", whose clause the parser hangs on "evidence"; a reported "not X,
but Y" whose "but Y" the parser hangs on the cue. One test per rule: on a short article written for it, and on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import reported_speakers
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_request_is_reported_from_the_one_asked():
    ex = _extract(
        "Strike vote\n\n"
        "Union leader Mara Velik asked the nurses to vote against the pay offer on Friday.\n\n"
        "Senior officials at the ministry pressed the hospital board to publish the figures.\n\n"
        "Velik toured three wards on Monday, urging night staff in Dunmore to join the picket.\n\n"
        "Jo Tarrant asked them for comment on the plan. She asked him how to reach the ward.\n"
    )
    assert reported_speakers(ex, "the nurses to vote against the pay offer") == ["Mara Velik"]
    assert reported_speakers(ex, "the hospital board to publish the figures") == ["Senior officials at the ministry"]
    assert reported_speakers(ex, "night staff in Dunmore to join the picket") == ["Mara Velik"]
    assert reported_speakers(ex, "for comment on the plan") == []
    assert reported_speakers(ex, "how to reach the ward") == []
    page = _page("polnear/huff-post/obama_men_sexism.txt")
    assert reported_speakers(page, "male voters to think about their potential biases") == ["Barack Obama"]
    page = _page("polnear/nyt/clinton_presses_advantage.txt")
    assert reported_speakers(page, "black voters in North Carolina to vote early") == ["Hillary Clinton"]
    page = _page("polnear/wash-post/us_condemns_russia_hacking.txt")
    assert reported_speakers(page, "the White House to go public with an accusation") == ["Senior officials at the Justice Department and DHS"]


def test_a_proposal_of_a_deed_is_reported():
    ex = _extract(
        "Tax plans\n\n"
        "Senator Dana Whitcombe, a Democrat from Oregon, has proposed taxing sugary drinks.\n\n"
        "The ministry angered farmers last year by proposing to scale back the subsidy.\n\n"
        "Whitcombe later proposed a toast to the retiring clerk.\n"
    )
    assert reported_speakers(ex, "taxing sugary drinks") == ["Dana Whitcombe"]
    assert reported_speakers(ex, "to scale back the subsidy") == ["The ministry"]
    assert reported_speakers(ex, "a toast to the retiring clerk") == []
    page = _page("polnear/nyt/consumption_tax_momentum.txt")
    assert reported_speakers(page, "taxing carbon emissions") == ["Sheldon Whitehouse"]
    page = _page("polnear/politico/clinton_iowa_dilemma.txt")
    assert reported_speakers(page, "repealing the mandate over five years") == ["Ted Cruz"]


def test_a_call_for_a_deed_or_for_people_to_act_is_reported():
    ex = _extract(
        "Border row\n\n"
        "Governor Alma Pruitt called for denying entry to travelers from the affected regions.\n\n"
        "She also called for a special prosecutor to investigate the contract.\n\n"
        "Rival Ken Ostrow has called for the council's two district offices to be closed.\n\n"
        "But has Ostrow called for changing any of the rules that benefit him?\n"
    )
    assert reported_speakers(ex, "denying entry to travelers") == ["Alma Pruitt"]
    assert reported_speakers(ex, "a special prosecutor to investigate the contract") == ["Alma Pruitt"]
    assert reported_speakers(ex, "the council's two district offices to be closed") == ["Ken Ostrow"]
    assert reported_speakers(ex, "changing any of the rules") == []
    page = _page("polnear/nyt/terrorism_campaign_fore.txt")
    assert reported_speakers(page, "denying entry to travelers from countries") == ["Mike Huckabee"]
    page = _page("polnear/politico/pence_special_prosecutor.txt")
    assert reported_speakers(page, "a special prosecutor to investigate Clinton") == ["Donald Trump"]
    page = _page("polnear/breitbart/latest_connecticut_tax_leak.txt")
    assert reported_speakers(page, "female contestants to wear shorter dresses") == ["Donald Trump"]


def test_a_demand_or_claim_as_a_noun_is_its_owner_s():
    ex = _extract(
        "Court fight\n\n"
        "Mayor Lena Farrow's threat to sue the water company divided the council.\n\n"
        "Farrow defended her call to raise the parking charge to $5 an hour.\n\n"
        "The band's call to arms drew a crowd, and the old duke's claim to the throne was weak.\n"
    )
    assert reported_speakers(ex, "to sue the water company") == ["Lena Farrow"]
    assert reported_speakers(ex, "to raise the parking charge") == ["Lena Farrow"]
    assert reported_speakers(ex, "arms") == []
    assert reported_speakers(ex, "the throne") == []
    page = _page("polnear/usa-today/trump_lawsuit_threats.txt")
    assert reported_speakers(page, "to sue The New York Times") == ["Donald Trump"]
    page = _page("polnear/huff-post/sanders_minimum_wage.txt")
    assert reported_speakers(page, "to raise the federal minimum wage to $15 an hour") == ["Bernie Sanders"]


def test_a_pledge_in_a_participle_is_reported():
    ex = _extract(
        "Drilling plans\n\n"
        "On Thursday, Governor Ray Lindqvist spoke to oil executives, promising to open more state land to drilling"
        " ― probably not what his party had in mind.\n\n"
        "Heavy rain hit the valley, threatening to flood the lower farms.\n"
    )
    assert reported_speakers(ex, "to open more state land to drilling") == ["Ray Lindqvist"]
    assert reported_speakers(ex, "to flood the lower farms") == []
    page = _page("polnear/huff-post/graham_trump_clean_energy.txt")
    assert reported_speakers(page, "to lift environmental regulations") == ["Donald Trump"]


def test_an_answer_given_as_was_that_is_its_owner_s():
    ex = _extract(
        "Debate night\n\n"
        "Senator Ana Lindqvist's response was that the plan is unfair to small farmers in the north.\n\n"
        "The answer was that no one knew where the money had gone.\n"
    )
    assert reported_speakers(ex, "the plan is unfair to small farmers") == ["Ana Lindqvist"]
    assert reported_speakers(ex, "no one knew where the money had gone") == []
    page = _page("polnear/huff-post/rubio_paul_exchange.txt")
    assert reported_speakers(page, "unfair for the federal tax code to allow citizens") == ["Marco Rubio"]
    page = _page("polnear/nyt/british_bank_rt.txt")
    assert reported_speakers(page, "its viewers expect alternative viewpoints") == ["RT"]


def test_a_headline_that_opens_with_its_speaker_reports_what_follows_the_verb():
    ex = _extract(
        "Mayor Tom Ashdown says cut parking fees, business rates to save the high street.\n\n"
        "Tom Ashdown, the mayor of Dunmore, spoke to traders on Monday.\n"
    )
    assert reported_speakers(ex, "cut parking fees, business rates to save the high street") == ["Tom Ashdown"]
    ex = _extract("Tom Ashdown calls on council to freeze rents.\n\nTom Ashdown, the mayor of Dunmore, spoke to traders on Monday.\n")
    assert reported_speakers(ex, "council to freeze rents") == ["Tom Ashdown"]
    ex = _extract("Tom Ashdown denies wrongdoing.\n\nTom Ashdown, the mayor of Dunmore, spoke to traders on Monday.\n")
    assert reported_speakers(ex, "wrongdoing") == []
    page = _page("polnear/usa-today/carson_regulations_poverty.txt")
    assert reported_speakers(page, "cut regulations, national debt to reduce poverty") == ["Ben Carson"]
    page = _page("polnear/wash-post/warren_sec_chief.txt")
    assert reported_speakers(page, "Obama to fire SEC chief") == ["Elizabeth Warren"]


def test_a_claim_made_without_evidence_reports_its_clause():
    ex = _extract(
        "Vote count\n\n"
        "On Sunday, Governor Ray Lindqvist was in Dunmore, claiming without evidence that the race is tied in the state.\n\n"
        "Mr. Ostrow claimed without any proof that thousands of people voted twice.\n\n"
        "The plan was passed without evidence that it would work.\n"
    )
    assert reported_speakers(ex, "the race is tied in the state") == ["Ray Lindqvist"]
    assert reported_speakers(ex, "thousands of people voted twice") == ["Ostrow"]
    assert reported_speakers(ex, "it would work") == []
    page = _page("polnear/nyt/terrorism_campaign_fore.txt")
    assert reported_speakers(page, "President Obama wanted to take in 250,000 Syrian refugees") == ["Donald J. Trump"]


def test_a_reported_not_this_but_that_runs_on_to_its_second_half():
    ex = _extract(
        "Poll\n\n"
        "Voter Dana Ruiz added that the vote is not about the mayor's past, but the town's future.\n\n"
        "Ruiz said the count was slow, but the mayor disagreed.\n"
    )
    assert reported_speakers(ex, "the vote is not about the mayor's past, but the town's future") == ["Dana Ruiz"]
    assert reported_speakers(ex, "the count was slow, but the mayor disagreed") == []
    page = _page("polnear/west-journal/politico_poll_after_debate.txt")
    assert reported_speakers(page, "the election is not about Trump’s past, but America’s future") == ["Katelynn Lamoreaux"]

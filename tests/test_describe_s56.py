"""Session 56, speakers' second stage (branch s56-describe): a description, a party noun or an apposition's word
linked to the person it describes. Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page, reported_speakers


def test_a_party_noun_with_the_place_its_person_is_based_in_is_the_person_just_quoted():
    # round 95's huffman_superdelegates_calm_down: '"I'm not going to go to the convention and cook the books, or rig
    # an outcome," the San Rafael-based Democrat continued.' after '"...," Huffman told Breitbart News.'
    huffman = page("allsides/huffman_superdelegates_calm_down.txt")
    assert direct_speaker(huffman, "cook the books") == "Jared Huffman"


def test_the_former_holder_of_a_role_is_the_senator_the_sentence_before_is_about():
    # round 95's sessions_racism_charges_hearing: 'Sen. Jeff Sessions will fight back ... The former federal
    # prosecutor and Alabama attorney general will insist that ...' then '"I deeply understand the history of civil
    # rights ...," Mr. Sessions plans to tell ...' and '"...," the Alabama Republican says in the statement.'
    sessions = page("allsides/sessions_racism_charges_hearing.txt")
    assert direct_speaker(sessions, "I deeply understand the history") == "Jeff Sessions"
    assert direct_speaker(sessions, "demands for justice and fairness") == "Jeff Sessions"


def test_the_firm_closing_a_persons_apposition_is_not_the_one_who_writes():
    # round 95's dow_rebounds_china_trade: '"...," Mike Loewengart, vice president of investment strategy at E-Trade
    # wrote in an email.' (the parser cut "E-Trade" at its hyphen and made "Trade" a second subject)
    dow = page("allsides/dow_rebounds_china_trade.txt")
    assert direct_speaker(dow, "In general GDP is down") == "Mike Loewengart"


def test_a_body_inside_a_persons_apposition_is_not_the_speaker():
    # round 68's gop_final_tax_bill: '"That's just cherry-picking the numbers," Rep. Kevin Brady, R-Texas, head of
    # the tax-writing House Ways and Means Committee, told reporters Monday.'
    tax = page("allsides/gop_final_tax_bill.txt")
    assert direct_speaker(tax, "cherry-picking the numbers") == "Kevin Brady"
    # not a closing cue's subject the parser hung on the name before it (round 86's russia_sanctions_defense_industry:
    # '... close to President Vladimir Putin, a senior US official said Sunday'), nor past a quote's close (round 91's
    # biden_sanders_task_forces_unity: '"... defeat Donald Trump, the most dangerous president ...," Sanders, a Vermont
    # senator, said')
    russia = page("allsides/russia_sanctions_defense_industry.txt")
    assert reported_speakers(russia, "will target Russia's defense industry") != ["Vladimir Putin"]
    unity = page("allsides/biden_sanders_task_forces_unity.txt")
    assert direct_speaker(unity, "While Joe Biden and I") == "Bernie Sanders"


def test_a_persons_party_in_apposition_is_no_one_he_stands_for():
    # round 87's refugee_material_support_rules: 'Sen. Rob Portman, an Ohio Republican who voted against the Senate
    # bill last year, said ...' then '"The concern we have, as you know, is to get back to the 1986 law ...," he said.'
    refugee = page("allsides/refugee_material_support_rules.txt")
    assert direct_speaker(refugee, "The concern we have") == "Rob Portman"



def test_a_role_resolved_to_a_person_is_that_person_for_the_next_he():
    # round 83's trump_hush_money_private_transaction: 'On Monday, the president again denied wrongdoing ...' then
    # '"Democrats can't find a Smocking Gun tying the Trump campaign to Russia ...," he wrote' (his words name his
    # campaign, which kept the pronoun off him and on the unlinked description)
    hush = page("allsides/trump_hush_money_private_transaction.txt")
    assert direct_speaker(hush, "Smocking Gun tying") == "Donald Trump"



def test_a_kin_noun_in_a_relative_clause_is_no_title_of_the_name():
    # round 80's third_debate_fear_loathing: 'Jessome, who said his American wife and two children planned to cast
    # their ballots for Trump, expects ...' then '"I think the moderators are really biased ...," he said' ("wife" had
    # been read as his title, and "he" never stood for a wife)
    debate = page("allsides/third_debate_fear_loathing.txt")
    assert direct_speaker(debate, "moderators are really biased") == "Joe Jessome"


def test_a_name_taken_for_a_place_but_given_an_age_is_whom_she_stands_for():
    # round 73's mumbai_cases_spike: 'Anushaa Vijay, 31, an architect in Mumbai, said the pandemic has had a
    # transformative effect.' then '"The virus has bought the liveliest city I know of to a standstill," she said.'
    mumbai = page("allsides/mumbai_cases_spike.txt")
    assert direct_speaker(mumbai, "liveliest city") == "Anushaa Vijay"


def test_a_bodys_written_agreement_speaks_for_the_body():
    # round 95's trump_brands_comey_leaker: 'The FBI's standard employment agreement reads: "I will not reveal, by any
    # means, any information ..."' (the gold's FBI, by its standard employment agreement)
    comey = page("allsides/trump_brands_comey_leaker.txt")
    assert direct_speaker(comey, "I will not reveal, by any means") == "FBI"

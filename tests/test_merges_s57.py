"""Merges and never-merges of session 57 (s57-merges), each on the real sentence shape it fixes: a town the copy calls
someone's hometown is a place, no short name of a body named after it (context.PLACE_NOUNS); a bare surname whose
pronouns say a man is no short name of a woman named in full only as someone's kin (surnames._named_in_full_only_as_kin);
a Russian firm's legal form "PJSC" is no surname two firms share (names.LEGAL_FORMS); a body written after a name that
qualifies it, beside the body alone, is no person whose given name that name is (merge._body_qualified_by_a_name); a
party's bare plural written beside its caucus is one group with it though it never acts
(merge._plural_written_beside_its_caucus), but not one a participle qualifies ("Democrats running in 2020") nor one said of named people ("both Republicans"); a state's nickname the model leaves untagged is found
(rule_spans._state_nicknames); a pronoun before a surname in its own sentence keeps the next sentence's pronoun off it
(surnames._mark_pronoun_of_the_next_sentence); a department's field the model took for an unknown place is the
department (merge._field_written_alone)."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page, role_of


def test_a_hometown_is_a_place_apart_from_a_hall_of_fame_named_after_it():
    # round 97 (Fox News): a small Maine town no gazetteer knows, which the model took for a person, beside its high
    # school's hall of fame
    extraction = extract_text(
        "Meir makes history\n\n"
        "Meir, who grew up in Caribou, has dreamed about going to space since she was 5 and wrote in her senior yearbook"
        " that her future plans included going on a spacewalk.\n\n"
        "Collins, who was inducted into the Caribou High School Hall of Fame with Meir, tweeted about Meir as the"
        " spacewalk was about to begin Friday morning.\n\n"
        "\u201cCongratulations, Jessica, on another remarkable accomplishment! We are all so proud. You continue to be an"
        " inspiration to students in our hometown of Caribou, across Maine, and throughout the country,\u201d Collins"
        " wrote.\n"
    )
    assert named_apart(extraction, "Caribou", "Caribou High School Hall of Fame")
    assert role_of(extraction, "Caribou") == "location"


def test_a_bare_surname_said_to_be_his_is_no_short_name_of_his_wife_named_as_his_kin():
    # round 97 (Fox News): the nominee only ever "Romney", his wife "his wife, Ann Romney" once, before the bare surname
    extraction = extract_text(
        "Obama nixes Orlando rally, as Sandy forces changes in campaign plans\n\n"
        "The Romney campaign has also cancelled a Tuesday night rally in Milford, N.H., with the Republican presidential"
        " nominee and Monday events for his wife, Ann Romney.\n\n"
        "The storm is expected to arrive Monday, eight days before the Nov. 6 election, as Romney and Obama frantically"
        " try to close the deal with voters in a race that is essentially too close to call.\n\n"
        "Mindful of his narrow path to the requisite 270 electoral votes, Romney is now considering an attempt to expand"
        " his map by going into traditionally left-leaning Minnesota.\n"
    )
    assert named_apart(extraction, "Romney", "Ann Romney")


def test_a_firm_and_its_arm_of_one_legal_form_are_two_firms():
    # round 97 (Bloomberg): "Gazprom PJSC CEO Alexey Miller", which the model read as a person's name, beside the oil arm
    # "Gazprom Neft PJSC"
    extraction = extract_text(
        "U.S. sanctions Russian oligarchs\n\n"
        "He owns regional airports in Russia. Gazprom PJSC CEO Alexey Miller, 56, who\u2019s been running the world\u2019s"
        " largest natural gas producer since 2001 is a long-term ally of Putin. While Gazprom hasn\u2019t been targeted by"
        " U.S. or European sanctions, its oil arm Gazprom Neft PJSC faced financial curbs over Russia\u2019s involvement"
        " in Ukraine in 2014. Another state-run energy giant, Rosneft PJSC, was also sanctioned by the U.S. along with CEO"
        " Igor Sechin over Ukraine four years ago.\n"
    )
    assert named_apart(extraction, "Gazprom", "Gazprom Neft PJSC")
    assert named_apart(extraction, "Gazprom PJSC", "Gazprom Neft PJSC")


def test_a_surname_written_only_as_a_modifier_is_no_given_name_of_the_body_it_qualifies():
    # round 96 (NPR): the president written only in "the Trump White House" and "Trump associates"
    extraction = extract_text(
        "House Ethics Panel Clears Devin Nunes In Classified Info Investigation\n\n"
        "The House Ethics Committee has cleared House Intelligence Committee chairman Devin Nunes of any wrongdoing in"
        " its investigation into whether the Republican improperly disclosed classified information to the Trump White"
        " House.\n\n"
        "The Ethics Committee said in a statement clearing Nunes that it had consulted classification experts in the"
        " intelligence community to analyze information that Nunes shared with the White House regarding the Obama"
        " administration\u2019s unmasking of Trump associates.\n"
    )
    assert named_apart(extraction, "Trump", "Trump White House")
    assert named_as_one(extraction, "Trump White House", "White House")


def test_a_partys_bare_plural_written_beside_its_caucus_is_one_group_with_it_though_it_never_acts():
    # round 97 (Politico): "Senate Democrats" three times, the bare plural twice as no one acting ("gives other Democrats
    # the political cover", "some Democrats have been eager"): lead ruling 30, one group of the party's members
    extraction = extract_text(
        "Schumer faces Iran deal test\n\n"
        "As a leading pro-Israel voice among Senate Democrats, Schumer is at odds with the White House on Iran, yet he"
        " also needs to maintain good relations with Obama.\n\n"
        "The view is that if Schumer pushes hard for the Corker-Menendez plan, it will almost certainly clear the 67 votes"
        " needed to override a veto, since having him publicly call for the proposal gives other Democrats the political"
        " cover to break with Obama on the issue.\n\n"
        "Even as some Democrats have been eager to break ranks with the White House, Schumer has helped keep restive"
        " Senate Democrats at bay.\n"
    )
    assert named_as_one(extraction, "Democrats", "Senate Democrats")


def test_a_states_nickname_the_model_leaves_untagged_is_the_state():
    # round 97 (CSMonitor): "made the Peach State one of the gun-friendliest places", "Georgia" in the headline and after;
    # (Fox News) "after touching down in the Sunshine State", Florida named later
    peach = extract_text(
        "Georgia adopts law allowing guns at airports, bars, most other places\n\n"
        "Surrounded by people with guns, Georgia Gov. Nathan Deal on Wednesday made the Peach State one of the"
        " gun-friendliest places on the planet.\n\n"
        "At a picnic spot in north Georgia, Governor Deal signed a bill that allows gun owners who have permits to carry"
        " their weapons almost everywhere in the state except the state Capitol building.\n"
    )
    assert named_as_one(peach, "Georgia", "Peach State")
    sunshine = extract_text(
        "Obama nixes Orlando rally, as Sandy forces changes in campaign plans\n\n"
        "Obama was returning to Washington to monitor storm preparations and response after touching down in the"
        " Sunshine State the evening before.\n\n"
        "The president continues to have the upper hand in the most contested states -- Colorado, Florida, Iowa, New"
        " Hampshire, Nevada, Ohio, Virginia and Wisconsin.\n"
    )
    assert named_as_one(sunshine, "Florida", "Sunshine State")


def test_the_next_sentences_pronoun_goes_on_with_the_one_its_own_sentence_spoke_of_before_the_surname():
    # round 97 (Bloomberg): "It will also be her first analysis of Trump's victory last week. According to extracts
    # released by her office, she'll argue ...": the prime minister's "she", no sex of the bare "Trump", who is the
    # "Donald Trump" named once before
    extraction = extract_text(
        "May Says Trump's Victory Shows Voter Concerns Must Be Heard\n\n"
        "U.K. Prime Minister Theresa May will respond to Donald Trump\u2019s U.S. election victory by telling supporters of"
        " economic liberalization and free trade that they have to listen to the concerns of those who think such forces"
        " have more downsides than benefits.\n\n"
        "At the Mansion House in London on Monday evening, May will give her first major speech on foreign policy since"
        " taking office in July. It will also be her first analysis of Trump\u2019s victory last week. According to"
        " extracts released by her office, she\u2019ll argue that \u201cchange is in the air\u201d and that it is the job"
        " of politicians to respond to voters who are unhappy with changes in society.\n\n"
        "In a leaked memo reprinted by the Sunday Times, Kim Darroch, Britain\u2019s ambassador to the U.S., suggested"
        " that Trump might be \u201copen to outside influence if pitched right.\u201d\n"
    )
    assert named_as_one(extraction, "Donald Trump", "Trump")


def test_a_departments_field_the_model_took_for_a_place_is_the_department():
    # round 97 (National Journal): "Homeland Security" written alone as a modifier, which the model took for a place no
    # gazetteer knows, beside "the Department of Homeland Security"
    extraction = extract_text(
        "Bill to Defund Homeland Security Unlikely to Pass Senate\n\n"
        "Late last year, Republicans decided to fund the Homeland Security department only through February in hopes of"
        " using the agency\u2019s funding as a lever to force change on immigration.\n\n"
        "\u201cI\u2019m not looking for a political fight. I\u2019m looking to solve a problem,\u201d Sen. Heidi Heitkamp"
        " (D., N.D.) said in a statement. An aide said the senator is likely to oppose any Homeland Security spending bill"
        " that blocks the executive action.\n\n"
        "Sen. Angus King (I., Maine), is also opposed, said his spokeswoman, Kathleen Connery Dawe. \u201cWithholding funds"
        " from the Department of Homeland Security would be particularly dangerous at a time of worldwide terrorist"
        " threats.\u201d\n"
    )
    assert named_as_one(extraction, "Homeland Security", "Department of Homeland Security")


def test_a_surname_and_its_generation_the_model_took_for_a_body_is_no_body_a_name_qualifies():
    # round 92 (Fox News): "Trump Jr." alone, which the model took for a body's name, beside "Donald Trump Jr." and the
    # son's "Don": the rest of a man's name, so "Don" stays the son's, no given name of "Donald Trump"
    assert named_as_one(page("allsides/trump_jr_emails_crisis_deepens.txt"), "Don", "Donald Trump Jr")


def test_a_share_of_a_partys_voters_is_no_caucus_members():
    # round 66 (Fox News): "83% of Democrats opposed" (voters polled, the gold's role other) beside "Senate Democrats"
    extraction = extract_text(
        "Gates book slams Clinton and Biden\n\n"
        "In early 2007, Washington was split on whether to increase the number of troops in Iraq or to start bringing"
        " them home. Clinton was among Senate Democrats, including Biden and Obama, who opposed boosting troop levels.\n\n"
        "According to CNN/ORC International polling in March 2007, 83% of Democrats opposed President George W. Bush\u2019s"
        " plan to send about 20,000 more U.S. troops to Iraq.\n"
    )
    assert named_apart(extraction, "Democrats", "Senate Democrats")


def test_a_partys_plural_a_participle_qualifies_is_no_caucus_members():
    # round 65 (CNN): "Democrats running in 2020" (candidates, the gold's role other) beside "House Democrats"
    extraction = extract_text(
        "Ivanka Trump hosts childcare summit\n\n"
        "Childcare and family leave have been a focus for Democrats running in 2020.\n\n"
        "House Democrats said this week that they had struck a deal with the White House that provides 12 weeks of paid"
        " parental leave for federal workers.\n"
    )
    assert named_apart(extraction, "Democrats", "House Democrats")


def test_a_partys_plural_said_of_named_people_is_no_caucus_members():
    # round 52 (Washington Post): "both Republicans" says what two named men are, beside "Senate Republicans"
    extraction = extract_text(
        "Voter ID laws split the courts\n\n"
        "With the Supreme Court at an ideological impasse and Senate Republicans refusing to allow hearings for"
        " President Obama's nominee, the final state rules are likely to be set by state courts.\n\n"
        "\u201cWe can only wonder if the intent is to reopen the door for voter fraud,\u201d state Senate leader Phil Berger"
        " and House Speaker Tim Moore, both Republicans, said in a statement.\n"
    )
    assert named_apart(extraction, "Republicans", "Senate Republicans")


def test_a_partys_wing_a_noun_names_is_no_caucus_members():
    # round 65 (Washington Examiner): "establishment Republicans" in an aide's quote beside "House Republicans"
    extraction = extract_text(
        "House immigration bills\n\n"
        "\u201cThere is reluctance that establishment Republicans like the Chamber of Commerce are cutting deals with big"
        " labor,\u201d a House aide said. \u201cThat\u2019s not where House Republicans see themselves.\u201d\n"
    )
    assert named_apart(extraction, "Republicans", "House Republicans")

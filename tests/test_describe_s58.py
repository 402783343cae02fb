"""Session 58, speakers' second stage (branch s58-describe): the chosen speaker mention read as the right entity or
form. Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, page, reported


def test_a_share_of_those_polled_is_the_whole_phrase():
    # round 99's young_voters_midterms_signs: 'Forty percent of those polled said they would "definitely vote" in the
    # midterms.', '59% of those polled said they "will never" vote for him.' (gold `Forty percent of those polled`)
    voters = page("allsides/young_voters_midterms_signs.txt")
    assert direct_quote(voters, "definitely vote").speaker == "Forty percent of those polled"
    assert direct_quote(voters, "will never").speaker == "59% of those polled"


def test_roles_joined_by_and_before_a_name_are_the_named_persons():
    # round 99's trump_davos_prophets_of_doom: 'The renowned naturalist and broadcaster David Attenborough recently
    # told the BBC that "the moment of crisis has come"'; trump_whistleblower_rules_changed: '"It's all hearsay, ...,"
    # Trump friend and ally Sen. Lindsey Graham (R-SC) said in an interview with CBS.'
    davos = page("allsides/trump_davos_prophets_of_doom.txt")
    assert direct_speaker(davos, "the moment of crisis has come") == "David Attenborough"
    hearsay = page("allsides/trump_whistleblower_rules_changed.txt")
    assert direct_speaker(hearsay, "parking ticket conviction") == "Lindsey Graham"


def test_a_party_member_described_by_an_adjective_or_a_relative_clause_is_the_named_person():
    # round 99's reid_hate_and_bigotry: 'The Nevada Democrat, who had been among the most virulent critics of Mr. Trump
    # throughout the campaign, said ..., who he called "a sexual predator ..."'; round 98's
    # gabbard_defends_present_vote: '"Congress must be unequivocal ...," the moderate Democrat said.'
    reid = page("allsides/reid_hate_and_bigotry.txt")
    assert direct_speaker(reid, "a sexual predator") == "Harry Reid"
    gabbard = page("allsides/gabbard_defends_present_vote.txt")
    assert direct_speaker(gabbard, "Congress must be unequivocal") == "Tulsi Gabbard"


def test_a_name_modifying_an_unnamed_persons_noun_is_no_one_who_speaks():
    # round 99's kurdish_forces_old_weapons: 'Another top Peshmerga Commander told Breitbart News, "...". He said that
    # the Iraqi Army sells their weapons to the Islamic State for nothing, "like a pair of pants," ...' (the model's
    # person "Peshmerga" only whom the commander serves; gold `top Peshmerga Commander` / `Commander`)
    kurds = page("allsides/kurdish_forces_old_weapons.txt")
    assert direct_speaker(kurds, "like a pair of pants") == "Commander"


def test_a_speakers_phrase_ends_where_its_words_stop_running_on():
    # round 99's kurdish_forces_old_weapons: 'A senior Peshmerga military officer spoke to Breitbart News about the
    # need for modern weapons, ammunition and equipment: "The weapons that we have now ..."' (the parser hung the
    # quote's "The weapons" on "officer"), the description a later "The Peshmerga officer said" goes back to
    kurds = page("allsides/kurdish_forces_old_weapons.txt")
    assert direct_quote(kurds, "if we had the weapons that the U.S. gave").speaker == "A senior Peshmerga military officer"


def test_whose_is_the_person_its_clause_is_on():
    # round 98's trump_north_korea_make_a_deal: 'President Trump, whose previous threats to "totally destroy" North
    # Korea have triggered fears of nuclear war on the Korean Peninsula, has moderated his rhetoric' (gold Trump)
    korea = page("allsides/trump_north_korea_make_a_deal.txt")
    (threat,) = [q for q in korea.quotes if q.kind == "direct" and q.text.strip(' ."') == "totally destroy"]
    assert threat.speaker != "whose" and threat.speaker_key is not None and "Trump" in korea.entities[threat.speaker_key].name


def test_an_acting_office_the_model_took_for_a_name_speaks_by_its_holder():
    # round 67's class_action_rule_killed: 'Acting Comptroller of the Currency Keith Norieka said on Tuesday the
    # Senate's action stopped a rule "that would have likely increased the cost of credit ..."'
    rule = page("allsides/class_action_rule_killed.txt")
    assert direct_speaker(rule, "cost of credit") == "Keith Norieka"


def test_a_description_a_participle_names_is_the_named_person():
    # round 98's london_soldier_hacking_probe: 'After the attack, a mother of two named Ingrid Loyau-Kennett
    # approached one of the attackers ... // "I just talked to him. ..." she told ITV's Daybreak.' (gold
    # Ingrid Loyau-Kennett, not `a mother of two`)
    london = page("allsides/london_soldier_hacking_probe.txt")
    assert direct_speaker(london, "I just talked to him") == "Ingrid Loyau-Kennett"


def test_a_name_inside_a_speakers_description_is_not_the_speaker():
    # round 99's omar_aipac_tweet_condemnation: 'Meghan McCain, daughter of late Arizona Senator John McCain, lauded
    # Clinton for calling out anti-Semitism "on all sides, in all spaces, ..."' (the parser hung the father's name on
    # the daughter's as an apposition)
    omar = page("allsides/omar_aipac_tweet_condemnation.txt")
    assert direct_speaker(omar, "on all sides, in all spaces") == "Meghan McCain"


def test_a_name_joined_by_and_to_a_persons_noun_is_still_someone_who_speaks():
    # round 77's hospitals_covid_data_hhs: 'a conference call between White House coronavirus response coordinator
    # Dr. Deborah Birx and hospital executives. She said hospitals were not being adequate ...' (the parser hung
    # "Birx" on "executives"; she is Birx)
    hospitals = page("allsides/hospitals_covid_data_hhs.txt")
    assert ("hospitals were not being adequate while reporting data and brought together a working group to devise the new plan",
            "Deborah Birx") in [(text.strip(" ."), speaker) for text, speaker in reported(hospitals)]

"""Kinds of text rounds 24-47 (round 47's NYT News Service and AP copy above all) showed giving a
direct quote a wrong speaker or none (session 29). One test per rule: on a short article written for
it, and on the real page where it occurs."""

from __future__ import annotations

from newsx.store.nlp.speakers import person_by_role

from .extraction_corpus import by_alias, direct_speaker, reported_speakers
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_name_set_beside_the_man_or_the_woman_is_a_person_whatever_the_model_took_it_for():
    # "Eyad Ismoil, the man who drove a rental van ...", typed a body by the model: the "he said" of a
    # paragraph about him went to the judge named before, whom "he" could still fit
    ex = _extract(
        "Bomber sentenced\n\n"
        "NEW YORK _ Qadir Vollmoor, the man who drove the van into the garage, was sentenced on Friday.\n\n"
        "\u201cWhat you did was a sneak attack,\u201d Judge Ramon Estleby said.\n\n"
        "During the hearing, Vollmoor, the last of six defendants, continued to assert his innocence.\n\n"
        "\u201cJail me, and you will add one number to the wrong list,\u201d he said.\n"
    )
    assert direct_speaker(ex, "Jail me") == "Qadir Vollmoor"
    # (the model takes a made-up name for a person's: the rule itself, on the words it reads)
    text = "Qadir Vollmoor, the man who drove the van, was sentenced."
    assert person_by_role(text, 0, len("Qadir Vollmoor"))
    assert person_by_role("Hanna Roe, the mother of three, said.", 0, len("Hanna Roe"))
    assert not person_by_role("Shell, the man's favourite brand, said.", 0, len("Shell"))
    page = _page("ieer/nytwire/trade_center_bomber_sentence.txt")
    for words in ("Jail me, and you will add one number", "But don't think that you will ever rest", "In this world"):
        assert direct_speaker(page, words) == "Eyad Ismoil"


def test_an_unnamed_member_who_gives_a_name_is_that_name_when_described_again():
    # AP's china_underground_party: "a Beijing-based member of the underground group says ... He
    # identified himself as Chen Jin, a pseudonym ... [Fu Shenqi, a spokesman] ... the Beijing-based
    # member said. // '...,' he said": Chen Jin's words, not those of the man named a paragraph before
    ex = _extract(
        "Secret party\n\n"
        "OSLO _ A small party wants free elections, a member of the group says.\n\n"
        "The party member said the cells work apart to avoid detection.\n\n"
        "He identified himself as Tarvel Quann, a pseudonym he has used when signing petitions.\n\n"
        "According to exiled dissident Borin Masalek, a spokesman for the group, the party has 100 members.\n\n"
        "The party's demands include freedom of speech, the Oslo-based member said.\n\n"
        "\u201cWe all have a common conviction,\u201d he said.\n"
    )
    assert direct_speaker(ex, "We all have a common conviction") == "Tarvel Quann"
    page = _page("ieer/apwire/china_underground_party.txt")
    for words in ("We all have a common conviction", "If after one meeting", "When we are strong"):
        assert direct_speaker(page, words) == "Chen Jin"
    assert reported_speakers(page, "Through such contacts") == ["Chen Jin"]


def test_a_name_inside_a_clause_on_the_object_of_a_phrase_before_he_may_be_he():
    # NYT's clinton_gop_tobacco: "Questioned about Monica Lewinsky, the former White House intern
    # accused of having a relationship with Clinton, he said: '...'": Clinton is no object of the
    # phrase, and the "he" who spoke in the paragraph before
    ex = _extract(
        "Governor on the stump\n\n"
        "\u201cWe were hired by the people to act,\u201d Governor Lenn Dabrowitz said firmly.\n\n"
        "Questioned about Mira Solt, the former aide accused of having an affair with Dabrowitz, he said: "
        "\u201cI am not going to comment on that.\u201d\n"
    )
    assert direct_speaker(ex, "I am not going to comment on that") == "Lenn Dabrowitz"
    page = _page("ieer/nytwire/clinton_gop_tobacco.txt")
    assert direct_speaker(page, "I am not going to comment on that") == "Clinton"


def test_one_named_as_the_friend_of_someone_known_by_a_role_is_not_that_role():
    # BBC's brando_godfather_role: "The actor's friend Budd Schulberg told Vanity Fair ... The actor
    # repeatedly refused, throwing the book at her and saying: '...'": Brando's, not his friend's
    ex = _extract(
        "Star refused role\n\n"
        "Late film star Dario Velasquo is said to have turned down his best role.\n\n"
        "The actor's friend Hollis Grane told a magazine that the script had been sent twice. "
        "The actor repeatedly refused, saying: \u201cFor the last time, I won't play a gangster.\u201d\n"
    )
    assert direct_speaker(ex, "For the last time") == "Dario Velasquo"
    page = _page("bbcnews/brando_godfather_role.txt")
    assert direct_speaker(page, "For the last time, I won't glorify the mafia") == "Marlon Brando"


def test_a_quote_an_objection_cues_is_the_objectors():
    # NYT's utah_lynching_memory: '"Once again, Carbon County gets the black mark," objected J. Eldon
    # Dorman, an 88-year-old retired doctor': no speaker before "objected" was read as a cue
    ex = _extract(
        "Town divided\n\n"
        "Many residents stayed away from the ceremony on Sunday.\n\n"
        "\u201cOnce again, our county gets the blame,\u201d objected Wendel Farrimond, a retired doctor. "
        "\u201cThis was not a racist thing at all.\u201d\n\n"
        "\u201cWhy would anyone come?\u201d wondered Lisette Amvrosy, a shopkeeper.\n"
    )
    assert direct_speaker(ex, "Once again, our county") == "Wendel Farrimond"
    assert direct_speaker(ex, "Why would anyone come") == "Lisette Amvrosy"
    page = _page("ieer/nytwire/utah_lynching_memory.txt")
    assert direct_speaker(page, "Once again, Carbon County gets the black mark") == "J. Eldon Dorman"


def test_a_speech_verb_with_its_own_object_in_a_relative_clause_after_a_quote_is_no_cue():
    # NYT's ann_landers_mail: '"That's where my sister" _ her twin, Pauline, who writes the rival "Dear
    # Abby" column _ "and I got our sex education."': Eppie's words, not Pauline's, whose "writes" says
    # what she does
    ex = _extract(
        "Advice columnist\n\n"
        "Margit Olandy grew up above a theatre her father owned. "
        "\u201cThat's where my brother\u201d _ her twin, Teodor, who writes the rival column _ "
        "\u201cand I learned about the world. We were 15 years old.\u201d\n"
    )
    assert direct_speaker(ex, "That's where my brother") == "Margit Olandy"
    page = _page("ieer/nytwire/ann_landers_mail.txt")
    assert direct_speaker(page, "That's where my sister") == "Eppie Lederer"


def test_he_reporting_words_that_name_someone_is_not_that_someone():
    # NYT's trade_center_bomber_sentence: "his lawyer, Louis R. Aidala, often sought to distance his
    # client ... // He said there was no evidence that Ismoil was a religious or political fanatic":
    # the lawyer's words, not those of Ismoil, whom they name
    ex = _extract(
        "Bomber sentenced\n\n"
        "Judge Ramon Estleby sentenced Qadir Vollmoor on Friday.\n\n"
        "His lawyer, Anselm Brodick, sought to distance his client from the plot. Vollmoor, who did not testify, sat silent.\n\n"
        "He said there was no evidence that Vollmoor was a fanatic.\n"
    )
    assert reported_speakers(ex, "there was no evidence that Vollmoor") == ["Anselm Brodick"]
    page = _page("ieer/nytwire/trade_center_bomber_sentence.txt")
    assert reported_speakers(page, "there was no evidence that Ismoil") == ["Louis R. Aidala"]
    # (a name a clause after the first comma brings in may be his: round 17's royal_trust_cornelissen,
    # "He said the company would continue to emphasize its home market, which Cornelissen and analysts
    # agreed would remain vital", is Cornelissen's)
    assert reported_speakers(_page("royal_trust_cornelissen.txt"), "the company would continue to emphasize") == ["Michael Cornelissen"]


def test_the_only_organisation_of_the_lead_is_no_description_of_another_kind_of_body():
    # AP's teacher_math_exercise_judge: "Blantyre High Court Judge Eric Kumitsonyo said ... The new
    # ruling party said it would not copy Banda's habit": no court is a party
    ex = _extract(
        "Judge rules on coin lesson\n\n"
        "Varnok High Court Judge Ilse Marrow said Thursday that the lesson was harmless.\n\n"
        "Marrow adjourned the hearing.\n\n"
        "The new ruling party said it would not put the president's image on the currency.\n"
    )
    assert reported_speakers(ex, "it would not put the president's image") == ["The new ruling party"]
    page = _page("ieer/apwire/teacher_math_exercise_judge.txt")
    assert reported_speakers(page, "it would not copy Banda's habit") == ["The new ruling party"]


def test_a_wire_dateline_keyed_with_an_underscore_for_its_dash_is_a_dateline():
    # AP copy keyed for typesetting: "BEIJING (AP) _ A small and secretive Chinese opposition party
    # ...": the agency and the place were read as the sentence's first words ("AP" an actor)
    from newsx.store.read.article import prepare

    text = "Party has big dreams\n\nOSLO (AP) _ A small party has ambitious goals, a member of the group says.\n"
    assert prepare(text.encode(), "t.txt").anatomy.dateline == "OSLO (AP)"
    assert "AP" not in by_alias(_extract(text))
    assert "AP" not in by_alias(_page("ieer/apwire/china_underground_party.txt"))


def test_a_verb_joined_to_the_cue_by_but_or_and_with_no_subject_of_its_own_goes_on_with_the_report():
    # ABC's indonesia_grape_ban: "Trade Minister Mark Vaile says he is now investigating the situation
    # in Indonesia, but has not received ...": the report stopped at "Indonesia" (the parser hung "has
    # not received" on "says"); so did BBC's pension_strike_threat ("the Cabinet Office said it was
    # reviewing the Civil Service Pension Scheme, and hoped to announce ...")
    ex = _extract(
        "Grape ban\n\n"
        "Farm Minister Oskar Vellard says he is now looking into the ban, but has not received any complaint.\n\n"
        "Jo Marrin said the plan was flawed, and added that it would fail.\n"
    )
    assert reported_speakers(ex, "he is now looking into the ban, but has not received any complaint") == ["Oskar Vellard"]
    assert reported_speakers(ex, "it would fail") == ["Jo Marrin"]
    assert reported_speakers(_page("abc/indonesia_grape_ban.txt"), "he is now investigating the situation in Indonesia, but has not") == ["Mark Vaile"]
    page = _page("bbcnews/pension_strike_threat.txt")
    assert reported_speakers(page, "it was reviewing the Civil Service Pension Scheme, and hoped to") == ["Cabinet Office"]


def test_a_cue_opening_its_sentence_that_the_parser_hung_on_the_main_verb_reports_the_rest():
    # ABC's wine_grape_oversupply: "But he says in Australia, the answer is not in growing fewer
    # grapes": the parser made "the answer is" the main clause and "says" a clause of it, so nothing
    # was reported; so in co2_crop_fertilising, "He says unlike in glasshouse experiments, the plants
    # receive natural light"
    ex = _extract(
        "Wine glut\n\n"
        "Grape grower Tom Ravello runs a vineyard near the river.\n\n"
        "But he says in the valley, the answer is not in growing fewer grapes.\n"
    )
    assert reported_speakers(ex, "in the valley, the answer is not in growing fewer grapes") == ["Tom Ravello"]
    assert reported_speakers(_page("abc/wine_grape_oversupply.txt"), "in Australia, the answer is not in growing fewer grapes") == ["John Fredrickson"]
    assert reported_speakers(_page("abc/co2_crop_fertilising.txt"), "unlike in glasshouse experiments, the plants receive natural light") == ["Andrew Leakey"]
    # (a "say" only: ABC's gilgal_figs_farming, "And it suggests that, centuries before people figured out
    # how to plant barley ..., they knew how to propagate fruit trees, say researchers Professor Ofer
    # Bar-Yosef ...", is the researchers' alone, not the journal's that "it" was read as)
    page = _page("abc/gilgal_figs_farming.txt")
    assert reported_speakers(page, "centuries before people figured out how to plant barley") == ["Ofer Bar-Yosef"]

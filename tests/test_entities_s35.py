"""Session 35's entity rules (s35-entities), each with a made-up text of its kind and facts of real
articles of two rounds or more that it fixes (the held-out gate: tests/gold/README.md, "Tuned on rounds
24-54 (session 35): s35-entities")."""

from __future__ import annotations

from tests.extraction_corpus import by_alias, extract_text, forms_of, page, role_of


def _story(body: str):
    return extract_text(f"A story about a campaign.\n\n{body}\n\nThe rest of the story came later, they said.\n")


# An untagged capitalised word listed with a name the article calls a body: a body too.


def test_an_untagged_name_listed_before_a_body_with_the_preposition_again_is_a_body():
    story = _story("Jane Roe, the senator, said on Monday that the country would need help from Plindor and from "
                   "Vexaron Systems to fight the group online.")
    assert role_of(story, "Plindor") == "actor"


def test_an_untagged_name_listed_after_a_body_before_a_day_is_a_body():
    story = _story("The mayor, Jane Roe, posted the statement via Yammr and Plindor Monday. The company Yammr said "
                   "it had removed nothing, and a Yammr spokesman agreed.")
    assert role_of(story, "Plindor") == "actor"


def test_an_untagged_name_listed_before_a_body_the_article_names_elsewhere_is_a_body():
    story = _story("It may seem odd that a Plindor or Yammr post could go unnoticed, Jane Roe said. The company "
                   "Yammr said it had removed nothing.")
    assert role_of(story, "Plindor") == "actor"


def test_real_platforms_listed_with_platforms_are_found():
    # round 52: "help from Facebook and from YouTube and from Twitter" (YouTube tagged, Facebook not)
    assert role_of(page("polnear/politico/clinton_isil_intensification.txt"), "Facebook") == "actor"
    # round 53: "Palin posted via Facebook and Twitter Monday" (Twitter untagged, a day's name after it)
    assert role_of(page("polnear/west-journal/palin_isis_down_syndrome.txt"), "Twitter") == "actor"


# A company's name before "CEO" is the firm its holder runs, never the field of her title.


def test_a_firm_before_ceo_is_kept_and_a_field_before_minister_is_not():
    story = _story("Sen. Jo Doe of Kentucky and former Bramwell-Tate CEO Jane Roe were dropped from the debate "
                   "stage. Lisa Doe is married to Kettle Capital CEO Richard Doe, who gave money. Communications "
                   "Minister Jim Poe did not comment.")
    assert role_of(story, "Bramwell-Tate") == "actor"
    assert role_of(story, "Kettle Capital") == "actor"
    assert "Communications" not in by_alias(story)


def test_real_firms_before_ceo_are_found():
    # round 51: "Lisa Perry, who is married to Perry Capital CEO Richard Perry"
    assert role_of(page("polnear/huff-post/hedge_funds_clinton.txt"), "Perry Capital") == "actor"
    # round 53: "Fiorina, the former Hewlett-Packard CEO, took on Cruz directly"
    assert role_of(page("polnear/usa-today/death_lies_pandering.txt"), "Hewlett-Packard") == "actor"
    # round 52: "former Hewlett-Packard CEO Carly Fiorina"
    assert role_of(page("polnear/politico/candidates_favorite_tv.txt"), "Hewlett-Packard") == "actor"


# A name in camel case the model leaves untagged is a body's.


def test_an_untagged_camel_case_name_is_a_body_but_not_a_surname_or_a_hashtag():
    story = _story("In an average calculated by TrueTallyPolitics, Jane Roe leads the field with 30 percent. She is "
                   "backed by 34% of voters in the FairCountPolitics average of recent surveys, Sen. Jim McKeen said. "
                   "Fans of #VoteForRoe wrote to @JaneRoe about it.")
    assert role_of(story, "TrueTallyPolitics") == "actor" and role_of(story, "FairCountPolitics") == "actor"
    assert "VoteForRoe" not in by_alias(story) and "Keen" not in by_alias(story)


def test_real_camel_case_names_are_found():
    # round 51: "according to a recent poll by RealClearPolitics"
    assert role_of(page("polnear/west-journal/george_will_christie_oped.txt"), "RealClearPolitics") == "actor"
    # round 53: "in the RealClearPolitics average of recent national surveys"
    assert role_of(page("polnear/usa-today/young_voters_energy_guns.txt"), "RealClearPolitics") == "actor"
    # round 48: a CRM vendor among others
    assert role_of(page("wcxb/klaviyo_best_crm.txt"), "GoHighLevel") == "actor"


# A club named by a capitalised word, "of" and its number, after a possessive, a quote mark or an adjective.


def test_a_club_of_its_number_after_a_possessive_a_mark_or_digits_is_found_whole():
    story = _story("Jo Doe attacked the party establishment's Band of Nine amnesty plan. Jane Roe took heat over "
                   "her membership in the bipartisan \"Band of Nine\" that pushed reform. After the Circle of 20 "
                   "conference, Roe spoke.")
    assert role_of(story, "Band of Nine") == "actor" and "Band" not in by_alias(story)
    assert role_of(story, "Circle of 20") == "actor"


def test_real_clubs_of_their_number_are_found():
    # round 51: "after the Group of 20 conference"
    assert role_of(page("polnear/wash-post/republicans_tolerance_backs.txt"), "Group of 20") == "actor"
    # round 52: "the Republican establishment's Gang of Eight amnesty plan"
    assert role_of(page("polnear/breitbart/jeb_pac_skywriting.txt"), "Gang of Eight") == "actor"
    # round 53: "his membership in the bipartisan "Gang of Eight" that pushed comprehensive immigration reform"
    assert role_of(page("polnear/wash-post/cruz_career_politician.txt"), "Gang of Eight") == "actor"


# A stance ("pro-X", "anti-X") the model takes into a name's span is no name: the body after it is.


def test_a_stance_opening_a_span_is_dropped():
    story = _story("Unite Ohio, the pro-Kendrick super PAC, spent money, Jim Poe said.")
    assert not any(f.startswith("pro-") for f in forms_of(story))


def test_a_stance_opening_a_span_before_a_name_is_cut_off():
    from newsx.store.nlp.entities.model_spans import _STANCE_OPENING, _name_after_stance

    for text, named in (("pro-Doe Unite Ohio Action", True), ("anti-Doe union", False), ("pro-Doe", False)):
        stance = _STANCE_OPENING.match(text)
        assert stance is not None and _name_after_stance(text, stance.end(), len(text)) is named, text


def test_real_stances_are_no_names():
    # round 50: "the pro-Clinton Priorities USA Action" is the super PAC's name after its stance
    assert "Priorities USA Action" in forms_of(page("polnear/usa-today/super_pac_billion_haul.txt"))
    # round 53: "the pro-Christie union" is no body's name
    assert not any(f.startswith("pro-") for f in forms_of(page("polnear/wash-post/cruz_career_politician.txt")))
    # round 49: "the pro-Clinton super PAC"
    assert not any(f.startswith("pro-") for f in forms_of(page("polnear/breitbart/latest_fbi_election_day.txt")))


# The guards the floors asked for: a list's first word before a long body's name is that name's, and a camel-case
# name the article counts in the plural is a thing.


def test_a_common_word_before_and_a_long_body_is_no_body_of_its_own():
    # "the Entertainment and Leisure Software Publishers Association": one name the model cuts at its "and"
    assert "Entertainment" not in forms_of(page("bbcnews/games_in_class.txt"))


def test_a_camel_case_name_the_article_counts_is_a_thing():
    # "the AutoLink button", "received AutoLinks": a feature, junk in the gold
    assert "AutoLink" not in forms_of(page("bbcnews/google_autolink.txt"))

"""A candidate's campaign as a body apart from him (s38-entities-campaigns): merged once rounds 49-54's gold, written
before the convention of round 55 on, was made to list every `X campaign` as the later rounds do (tests/gold/README.md,
"Made consistent after measurement (session 38)")."""

from __future__ import annotations

from tests.extraction_corpus import by_alias, extract_text, forms_of, named_apart, named_as_one, page, role_of


def test_a_candidates_campaign_is_a_body_apart_from_him():
    story = extract_text("A story about a race.\n\nDana Mercer won the primary on Tuesday. The Mercer campaign said it would "
                         "appeal the ruling, and Mercer campaign manager Jim Doe called it a win. Mercer campaigned in Iowa on "
                         "Monday.\n\nThe rest of the story came later, they said.\n")
    assert role_of(story, "Mercer campaign") == "actor"
    assert named_apart(story, "Mercer campaign", "Dana Mercer")


def test_a_candidates_camp_is_his_campaign_and_camp_david_a_place():
    story = extract_text("A story about a race.\n\nDana Mercer won the primary on Tuesday. The Mercer camp said it would "
                         "appeal, and Mercer flew to Camp David on Monday.\n\nThe rest of the story came later, they said.\n")
    assert role_of(story, "Mercer camp") == "actor"
    assert named_apart(story, "Mercer camp", "Dana Mercer")
    assert "Camp David" not in {f for f in forms_of(story) if f.endswith("camp")}


def test_the_sanders_camp_of_a_real_page_stays_apart_from_sanders():
    # politico53_clinton_pac_rove_ad: "Like Rove, the Sanders camp has identified Clinton's Wall Street connection"
    story = page("polnear/politico/clinton_pac_rove_ad.txt")
    assert named_apart(story, "Sanders camp", "Sanders")


def test_a_candidate_named_with_a_possessive_campaign_is_still_the_bare_surnames_person():
    # washpost55_black_votes_south_carolina: "Hillary Clinton's campaign" (a name the model read as a body's) beside
    # "the Hillary Clinton campaign" (now a body of its own) and "Bill Clinton": the bare "Clinton" is Hillary's
    story = page("polnear/wash-post/black_votes_south_carolina.txt")
    assert named_as_one(story, "Hillary Clinton", "Clinton")
    assert named_apart(story, "Bill Clinton", "Clinton")


def _keys_of(extraction, form: str) -> list[str]:
    return [m.entity_key for m in extraction.mentions if m.text == form]


def test_the_candidate_inside_his_campaigns_name_is_still_a_mention_of_him():
    # "the Mercer campaign" is a body, and its "Mercer" is the candidate too: his mention stands beside the body's, so
    # the bare "Mercer" the story writes later is still his (session 38's reading swallowed it into the body's span)
    story = extract_text("A story about a race.\n\nDana Mercer won the primary on Tuesday. The Mercer campaign said it would "
                         "appeal the ruling.\n\nA statement released by the Mercer campaign called it a win. Mercer spoke in "
                         "Iowa on Monday.\n\nThe rest of the story came later, they said.\n")
    assert named_as_one(story, "Dana Mercer", "Mercer")
    assert named_apart(story, "Mercer campaign", "Mercer")
    candidate = by_alias(story)["Dana Mercer"].key
    assert _keys_of(story, "Mercer").count(candidate) == 3  # in the campaign's name twice, and alone


def test_the_candidate_of_the_trump_campaign_of_a_real_page_is_donald_trump():
    # politico49_pence_special_prosecutor: "released by Donald Trump's campaign", "released by the Trump campaign",
    # "has given the Trump camp another opening", then "Trump called for a special prosecutor"
    story = page("polnear/politico/pence_special_prosecutor.txt")
    assert named_as_one(story, "Donald Trump", "Trump")
    assert named_apart(story, "Trump campaign", "Trump")


def test_a_camp_something_is_in_is_no_candidates_camp():
    # "sources in the Rukban camp": a refugees' camp (a place the gazetteer knows), no body; "is not in the Lewandowski
    # camp": a faction, no body that acts
    assert role_of(page("aeb/polygraph_al_tanf.txt"), "Rukban camp") == "location"
    assert "Lewandowski camp" not in forms_of(page("polnear/huff-post/manafort_unhappy_campaign.txt"))

"""A candidate's campaign as a body apart from him (s38-entities-campaigns): merged once rounds 49-54's gold, written
before the convention of round 55 on, was made to list every `X campaign` as the later rounds do (tests/gold/README.md,
"Made consistent after measurement (session 38)")."""

from __future__ import annotations

from tests.extraction_corpus import extract_text, named_apart, role_of


def test_a_candidates_campaign_is_a_body_apart_from_him():
    story = extract_text("A story about a race.\n\nDana Mercer won the primary on Tuesday. The Mercer campaign said it would "
                         "appeal the ruling, and Mercer campaign manager Jim Doe called it a win. Mercer campaigned in Iowa on "
                         "Monday.\n\nThe rest of the story came later, they said.\n")
    assert role_of(story, "Mercer campaign") == "actor"
    assert named_apart(story, "Mercer campaign", "Dana Mercer")

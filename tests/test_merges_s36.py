"""Merges of session 36 (s36-merges), tuned on rounds 49-55 under the held-out gate (a rule kept only if it fixes
articles of two different rounds): each rule with a made-up story and the real pages it fixes (tests/gold/README.md,
"Tuned on rounds 24-55 (session 36): s36-merges")."""

from __future__ import annotations

import pytest

from .extraction_corpus import by_alias, named_apart, named_as_one, page


def _group(text: str, label: str = "ORG"):
    """One name's group, as the merge reads it: a rule asked alone, without the other evidence a short story gives."""
    from newsx.store.nlp.entities.base import _Group, _Mention

    return _Group([_Mention(1, 0, len(text), text, label, set())], label)


def _story(body: str):
    from .extraction_corpus import extract_text

    return extract_text(f"A story about a primary.\n\n{body}\n\nThe rest of the story came later, they said.\n")


# A US state by the nickname copy gives it, beside the state's own name.


def test_a_state_by_its_nickname_is_the_state():
    story = _story("Voters in Nevada go to the caucuses on Saturday, and Jane Roe has spent a week there. "
                   "The Silver State caucuses will come ten days after the vote in New Hampshire, said John Doe, a pollster.")
    assert named_as_one(story, "Nevada", "Silver State")
    assert by_alias(story)["Silver State"].name == "Nevada"  # the state goes by its own name, not its nickname
    assert named_apart(story, "New Hampshire", "Silver State")


def test_a_nickname_stays_apart_where_the_state_is_not_named():
    # without "Nevada" written, no place of the article is the Silver State's
    story = _story("The Silver State caucuses will come ten days after the vote in New Hampshire, said John Doe, a pollster.")
    assert named_apart(story, "New Hampshire", "Silver State")


# A US government department by its field alone, capitalised, beside the department's name.


def test_a_department_by_its_field_is_the_department():
    from newsx.store.nlp.entities.bodies import _departments_by_their_field

    # "the Department of Vexaria", then "Vexaria sent ten of the emails back" (a short story joins them on other
    # evidence too, so the rule is asked alone)
    assert _departments_by_their_field([_group("Department of Vexaria"), _group("Vexaria")]) == [(0, 1)]
    # a field no department of the article has, and an acronym, join none
    assert _departments_by_their_field([_group("Vexaria Department"), _group("Plindor"), _group("VXD")]) == []


# A surname in brackets completes the given name before it only where it closes there or at a comma.


def test_a_possessive_in_brackets_completes_no_name():
    # "Bush has Heffley (Bush's super PAC has ...)": an aside on another's thing, no "Gareth (Thomas, the captain)"
    story = _story("Tom Heffer, a party operative, runs the early vote for Jeb Smith. While Rubio has Jones and Smith has "
                   "Heffer (Smith\u2019s super PAC has Mary Major too), the other campaigns have no one in charge.")
    assert named_apart(story, "Tom Heffer", "Jeb Smith")


def test_real_aside_on_a_candidates_super_pac():
    # round 55: "While Rubio has Beeson and Bush has Heffley (Bush's super PAC has former Florida Republican Party
    # executive director David Johnson too)": Rich Heffley runs Bush's early vote, two people (a wrong merge before)
    assert named_apart(page("polnear/politico/bush_rubio_florida_early.txt"), "Jeb Bush", "Rich Heffley")


# A country by its formal name's initials: North Korea's "DPRK", which copy quotes from its diplomats.


def test_a_countrys_formal_initials_are_the_country():
    from newsx.store.nlp.gazetteer import Gazetteer

    gaz = Gazetteer()
    north = gaz.country("North Korea")
    assert north is not None and gaz.country("DPRK") == north
    assert gaz.country("Democratic People's Republic of Korea") == north
    assert gaz.country("Republic of Korea") != north  # the South's formal name stays the South's


# A body copy calls by names its own name does not spell: the Islamic State's "ISIS", "ISIL" and "Daesh".


def test_the_islamic_state_by_its_other_names():
    story = _story("Jane Roe said the Islamic State had lost ground in Iraq this year. ISIS still holds Raqqa, and "
                   "its fighters are paid by ISIS commanders, she said.")
    assert named_as_one(story, "Islamic State", "ISIS")
    assert by_alias(story)["ISIS"].name == "Islamic State"  # the body goes by its name, not the acronym


# A publication whose title is a common word goes by the title alone once named with its noun.


def test_a_publication_by_its_title_alone():
    from newsx.store.nlp.entities.bodies import _publications_by_their_title

    # "disclosed personal notes with Vexer Magazine", then "the billionaire told Vexer"
    assert _publications_by_their_title([_group("Vexer Magazine"), _group("Vexer")]) == [(0, 1)]
    # a place's name beside the magazine named after it ("New York magazine" and the city) stays apart
    assert _publications_by_their_title([_group("Vexer magazine"), _group("Vexer", "GPE")]) == []


# Each rule on the real pages it fixes (round and story in the comment), every form one thing.
REAL_PAGES = [
    # round 51: "in Granite State surveys" beside "New Hampshire"
    ("polnear/usa-today/trump_leads_terrorism_poll.txt", ("New Hampshire", "Granite State")),
    # round 52: "The Silver State caucuses will come ..."
    ("polnear/usa-today/nevada_newcomer_race.txt", ("Nevada", "Silver State")),
    # round 53: "Democratic socialist from the Green Mountain State"
    ("polnear/usa-today/young_voters_energy_guns.txt", ("Vermont", "Green Mountain State")),
    # round 54: "neglected his duties in the Garden State"
    ("polnear/breitbart/christie_shell_shocked.txt", ("New Jersey", "Garden State")),
    # round 55: "the Granite State's independent-minded voters"
    ("polnear/usa-today/nh_primary_game_on.txt", ("New Hampshire", "Granite State")),
    # round 49: "both State and FBI officials deny", "State would allow the FBI to place"
    ("polnear/breitbart/obama_trump_putin.txt", ("State Department", "State")),
    # round 53: "A Sept. 15, 2011 email shows State sent 10 of Clinton's senior staff"
    ("polnear/politico/clinton_emails_classified.txt", ("State Department", "State")),
    # round 54: "the State Department", then "State"
    ("polnear/wash-post/clinton_emails_top_secret.txt", ("State Department", "State")),
    # round 50: "Sadly, the DPRK has chosen a different path", beside "North Korea"
    ("polnear/wash-post/north_korea_test_outrage.txt", ("North Korea", "DPRK")),
    # round 53: "the peaceful resolution of the DPRK nuclear issue"
    ("polnear/politico/north_korea_nuclear_test.txt", ("North Korea", "DPRK")),
    # round 49: "defeating Islamic State", then "Assad is secondary, to me, to ISIS"
    ("polnear/huff-post/trump_syria_world_war.txt", ("Islamic State", "ISIS")),
    # round 52: "the self-described Islamic State, or ISIS, has used ..."
    ("polnear/huff-post/clinton_isis_video_claim.txt", ("Islamic State", "ISIS")),
    # round 51: "also known as ISIS, ISIL and Daesh" (the Arabic name too)
    ("polnear/breitbart/clinton_lead_islamic_state.txt", ("Islamic State", "ISIS", "Daesh")),
    # round 52: "disclosed personal notes with People Magazine", then "Clinton said to People"
    ("polnear/politico/candidates_favorite_tv.txt", ("People Magazine", "People")),
    # round 53: "because Time does not and has never chosen", beside "Time Magazine"
    ("polnear/west-journal/time_person_of_year_merkel.txt", ("Time Magazine", "Time")),
]


@pytest.mark.parametrize(("name", "forms"), REAL_PAGES, ids=[name.split("/")[-1] for name, _ in REAL_PAGES])
def test_real_pages_name_one_thing(name: str, forms: tuple[str, ...]):
    assert named_as_one(page(name), *forms)

"""Kinds of text rounds 63 to 70 showed the entity rules keeping as actors (issue 9, session 43), one test per rule: on
a short article written for it, and on a real story of tests/articles/allsides/ where it occurs. The rules are in
store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def test_a_name_after_a_navys_ship_prefix_is_a_ship_and_no_actor():
    ex = _extract(
        "Navy\n\nA sailor on the USS Jo Roe tested positive, the Acme Navy said. The Roe docked in Sandport, and"
        " the destroyer HMS Pat Doe sailed, Kim Poe said.\n"
    )
    assert _role(ex, "USS Jo Roe") in {None, "other"} and _role(ex, "HMS Pat Doe") in {None, "other"}
    assert _role(ex, "Kim Poe") == "actor"
    assert _role(page("allsides/navy_sailors_crowded_room.txt"), "USS Boxer") in {None, "other"}
    ford = page("allsides/ford_carrier_navy.txt")
    assert _role(ford, "USS Theodore Roosevelt") in {None, "other"} and _role(ford, "Ford") in {None, "other"}

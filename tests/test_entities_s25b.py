"""Kinds of names rounds 24 to 41 showed the model leaving untagged in lists of bodies (session 25, second
wave), one test per rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_an_untagged_name_in_a_list_of_bodies_is_a_body():
    assert _role(page("bbcnews/arbor_net_fingerprints.txt"), "Energis") == "actor"


def test_a_name_after_a_body_and_or_is_a_body():
    ex = _extract(
        "Phones\n\nAcme also offers a free syncing service which works over GPRS and GSM. Neither Vodafone or T-Mobile"
        " currently offer a free network service for back-ups.\n"
    )
    assert _role(ex, "T-Mobile") == "actor"
    assert _role(page("bbcnews/lost_mobile_contacts.txt"), "T-Mobile") == "actor"

"""Kinds of names rounds 24 to 44 showed the program missing or taking for actors (session 27), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_initials_joined_by_and_are_one_body():
    ex = _extract(
        "Coffee\n\nGeneral Foods and A and P, which shares third place, cut prices. The rival AT and T <T.N> said so,"
        " and Acme rated it with S and P alone. The S and P 500 rose. Texas A and M University agreed. NEC's slogan"
        " \"C and C\" stands.\n"
    )
    assert _role(ex, "A and P") == "actor" and _role(ex, "AT and T") == "actor" and _role(ex, "S and P") == "actor"
    assert _role(ex, "A") is None and _role(ex, "C and C") is None
    assert _role(page("gourmet_coffee_debut.txt"), "A and P") == "actor"
    assert _role(page("philips_european_cooperation.txt"), "AT and T") == "actor"
    att = by_alias(page("siemens_cgct_offer.txt"))
    assert att["AT and T"] is att["American Telephone and Telegraph Corp"]  # its acronym, "&" written "and"

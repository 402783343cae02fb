"""Kinds of text rounds 22 to 29 showed the entity rules keeping as actors (issue 9, session 20), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs. The rules are in
store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_name_only_ever_written_as_a_quoted_title_is_a_work():
    ex = _extract(
        "Reruns\n\nSome stations that bought \"Hartley\" reruns two years ago are unhappy, Jo Roe of Acme Corp said."
        " \"Hartley\" is down a full ratings point, and Viacom wants new commitments. \"We will see,\" Ann Lee said.\n"
    )
    assert _role(ex, "Hartley") in {None, "other"}
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Acme Corp") == "actor" and _role(ex, "Ann Lee") == "actor"
    # a name also written outside the marks keeps its reading
    ex = _extract("Talks\n\nThe deal was called \"Ann Lee's plan\" by critics. Ann Lee said it would pass.\n")
    assert _role(ex, "Ann Lee") == "actor"
    real = page("wsj/cosby_reruns.txt")
    assert _role(real, "Cosby") in {None, "other"}
    assert _role(real, "Viacom") == "actor" and _role(real, "NBC") == "actor"
    assert _role(page("wcxb/podnews_true_crime_podcasts.txt"), "Liberty Lost") in {None, "other"}


def test_a_league_named_in_its_own_language_is_a_competition():
    ex = _extract(
        "Football\n\nJo Roe, who has spent much of his time on the bench in La Liga, said he was happy at Real Madrid.\n"
    )
    assert _role(ex, "La Liga") in {None, "other"}
    assert _role(ex, "Jo Roe") == "actor" and _role(ex, "Real Madrid") == "actor"
    real = page("bbcnews/owen_stay_madrid.txt")
    assert _role(real, "La Liga") in {None, "other"} and _role(real, "Real Madrid") == "actor"

"""A news site that reports, which the small English model takes for a title or a product ("..., The Daily Beast
reported", "SCOTUSblog's Mark Walsh reported"): a writing that reports is its outlet, an actor the gold lists."""

from __future__ import annotations

from .extraction_corpus import page, role_of


def test_a_site_the_model_took_for_a_title_is_an_actor_when_it_reports():
    # round 78: "staff deliberately did not use the word "torture" in their study, The Daily Beast reported"
    assert role_of(page("allsides/republicans_bin_laden_torture_report.txt"), "Daily Beast") == "actor"
    # round 75: "... who has also called New York City home," The Daily News reported"
    assert role_of(page("allsides/louis_ck_auschwitz_joke.txt"), "Daily News") == "actor"


def test_a_site_is_an_actor_when_its_journalist_reports():
    # round 77: "But SCOTUSblog's Mark Walsh reported that the wives of Breyer, Alito and Gorsuch were seated"
    assert role_of(page("allsides/kennedy_retirement_rumors.txt"), "SCOTUSblog") == "actor"


def test_a_source_named_after_according_to_opening_a_sentence_is_an_actor():
    # round 81: "According to Axios, Trump has also predicted that he will ..."
    assert role_of(page("allsides/hyde_smith_runoff_win.txt"), "Axios") == "actor"
    # round 63: "According to IDC, worldwide PC shipments in the third quarter ..."
    assert role_of(page("dragnet/x86_shipments.txt"), "IDC") == "actor"

"""Kinds of text that left a firm's reported words with "it" or "the group" for their speaker, not the
firm named just before (session 26). One test per rule: on a short article written for it, and on
the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers


def test_it_after_a_firm_named_as_no_subject_is_that_firm():
    ex = _extract(
        "Stadium builder warns\n\n"
        "Shares in Brightwater Group fell sharply on Monday. It said it would not make any money on the project.\n"
    )
    assert reported_speakers(ex, "it would not make any money") == ["Brightwater Group"]
    # round 39's multiplex_wembley_profit: "Shares in Multiplex Group, which is building ..., fell as
    # much as 19% after it said"
    page = _page("bbcnews/multiplex_wembley_profit.txt")
    assert reported_speakers(page, "it would not make any money on the project") == ["Multiplex Group"]


def test_the_group_that_reports_figures_at_a_firm_is_that_firm():
    ex = _extract(
        "Kingfield profits rise\n\n"
        "Profits at retailer Kingfield Stores rose 8% in the year to March, the group said.\n\n"
        "The company said it was confident about the year ahead.\n"
    )
    assert reported_speakers(ex, "rose 8% in the year to March") == ["Kingfield Stores"]
    assert reported_speakers(ex, "it was confident about the year ahead") == ["Kingfield Stores"]
    # round 40's reuters_weak_dollar: "Revenues at media group Reuters slipped 11% ..., the group said.
    # The company said it was optimistic ..."
    page = _page("bbcnews/reuters_weak_dollar.txt")
    assert reported_speakers(page, "Revenues at media group Reuters slipped 11%") == ["Reuters"]
    assert reported_speakers(page, "it was optimistic about growth") == ["Reuters"]

"""A look-alike round 15 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), fixed before anything was tuned on it: on a short
article written for it, and on the real page where it occurs. The rule is in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_founder_named_after_his_firm_is_not_its_short_name():
    ex = by_alias(extract_text(
        "Makeover\n\nTORONTO, May 4 - Boeing Co is trying to turn around money-losing Hartwell Motor Co.\n\n"
        "It will be a long process, according to Hartwell president Al Poe.\n\nFormed in 1931 as an offshoot"
        " of the firm started by Edwin Hartwell, the company makes small aircraft, and Hartwell now has 900 staff.\n"
    ))
    assert ex["Hartwell"] is ex["Hartwell Motor Co"] and ex["Edwin Hartwell"] is not ex["Hartwell"]
    havilland = by_alias(page("reuterswire/de_havilland_woodard.txt"))  # "started by Geoffrey de Havilland"
    assert havilland["de Havilland"] is havilland["de Havilland Aircraft of Canada Ltd"]
    assert havilland["Geoffrey de Havilland"] is not havilland["de Havilland"]


def test_a_person_a_body_is_named_after_keeps_his_surname():
    ex = by_alias(extract_text(
        "Inquiry\n\nWASHINGTON, May 4 - The Hartwell Commission report was published on Monday. Its chairman,"
        " Edwin Hartwell, a former senator, spoke to reporters.\n\n\"We found failures,\" Hartwell said.\n"
    ))
    assert ex["Hartwell"] is ex["Edwin Hartwell"]
    tower = by_alias(page("reuterswire/tower_report.txt"))  # "the Tower Commission report", "Tower told reporters"
    assert tower["Tower"] is tower["John Tower"] and tower["Tower"] is not tower["Tower Commission"]

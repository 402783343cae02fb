"""A word the lexicon also holds as a noun ("ruth") opens a person's name after a title: "Justice Ruth Bader Ginsburg"
is the justice's whole name, never "Bader Ginsburg" after a description."""

from __future__ import annotations

from .extraction_corpus import extract_text, page


def _names(ex) -> set[str]:
    return {e.name for e in ex.entities.values()}


def test_a_given_name_after_a_title_stays_in_the_name():
    ex = extract_text(
        "Court to rule\n\n"
        "Justice Ruth Bader Ginsburg suggested in remarks this month that split decisions could be expected.\n\n"
        "Ginsburg added that the retirement had consequences.\n")
    assert "Ruth Bader Ginsburg" in _names(ex)
    assert "Bader Ginsburg" not in _names(ex)


def test_the_justice_on_the_real_page():
    # round 66's supreme_court_final_rulings, once its hover cards are gone: the name is written in full once
    assert "Ruth Bader Ginsburg" in _names(page("allsides/supreme_court_final_rulings.txt"))

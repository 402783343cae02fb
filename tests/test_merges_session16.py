"""Merges tuned on rounds 15-21 of the unseen pages (session 16, issue 9): kinds of alias pair the wire writes in
every round, each on a short article written for it and, where it helps, the real page it occurs on. The rules
are in store/nlp/entities/bodies.py and store/names.py."""

from __future__ import annotations

from newsx.store.names import acronym_of

from .extraction_corpus import by_alias, extract_text, page


def test_a_firm_named_in_full_then_by_the_words_that_open_it_is_one_firm():
    ex = extract_text(
        "Banks\n\nTOKYO, May 4 - Zenith Bank said on Monday it would merge with Acme Trust and Banking Co Ltd.\n\n"
        "Acme Trust, a small bank, has large debts, analysts said.\n\n"
        "Corvex Diamond said it would spin off its refining arm into Corvex Diamond Refining and Marketing Co.\n"
    )
    forms = by_alias(ex)
    assert forms["Acme Trust"] is forms["Acme Trust and Banking Co Ltd"]
    # the short name written first is the parent, the long one its new unit
    assert forms["Corvex Diamond"] is not forms["Corvex Diamond Refining and Marketing Co"]
    # a product's or unit's noun, no trade's plural nor legal form, makes no firm's full name (a never-merge pair)
    forms = by_alias(page("wcxb/siliconangle_google_cloud.txt"))
    assert forms["Google"] is not forms["Google Cloud"]


def test_an_acronym_leaves_out_the_legal_forms_closing_the_name():
    assert acronym_of("BMW", "Bayerische Motoren Werke AG")
    assert acronym_of("BP", "British Petroleum Co Plc")
    assert acronym_of("NBC", "National Broadcasting Co")
    assert not acronym_of("BMWA", "Bayerische Motoren Werke")


def test_the_bench_reads_a_gold_form_with_its_title_cut_as_the_store_groups_it():
    from bench.extraction_quality import _fold, _untitled

    # "State of Texas" is the state, as grouping reads "the State Of New Jersey": "of Texas" is no form stored
    assert _untitled({_fold("State of Texas"), _fold("Texas")}) == {"texas"}
    assert _untitled({_fold("Mr Smith")}) == {"smith"}


def test_a_name_blended_from_the_first_letters_of_each_word_is_the_bodys():
    from newsx.store.nlp.entities.surnames import _blended

    assert _blended("Comex", "Commodity Exchange Inc") and _blended("Amex", "American Express")
    assert _blended("Ofcom", "Office of Communications")
    assert not _blended("Sears", "Sears Roebuck") and not _blended("Boston", "Bank of Boston")
    forms = by_alias(page("reuterswire/gold_futures_exchanges.txt"))
    assert forms["Comex"] is forms["Commodity Exchange Inc"]

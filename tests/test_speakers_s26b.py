"""Kinds of text rounds 24-43 showed giving a quote a wrong speaker (session 26, second wave). One
test per rule: on a short article written for it, and on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_hyphened_name_before_its_role_set_off_by_commas_speaks():
    # the hyphen keeps the parser from seeing the apposition: the name and the role both subjects
    ex = _extract(
        "Reports criticised\n\n"
        "Anna Smith-Jones, policy director at Friends of the Earth in Scotland, said: \"Most reports say"
        " nothing about what happens in the supply chain.\"\n"
    )
    assert direct_speaker(ex, "Most reports say nothing") == "Anna Smith-Jones"
    page = _page("bbcnews/csr_supply_chain.txt")
    assert direct_speaker(page, "fairly meaningless to talk about") == "Blake Lee-Harwood"
    assert direct_quote(page, "independent assessment of your reporting") is not None

"""The one never-merge break of round 20 of the unseen pages (BBC News stories, Reuters-21578 wire copy of
1987) when it was measured untouched (issue 9, kind 8), fixed before anything was tuned on it: on a short
article written for it, and on the real page where it occurs. The rule is in store/nlp/entities/bodies.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, direct_speaker, extract_text, page


def test_a_founders_surname_written_after_his_full_name_is_his_not_his_firms():
    ex = extract_text(
        "Chemicals\n\nHOUSTON, May 4 - Privately-held Doyle Chemical Inc and other firms seek to buy plants.\n\n"
        "Houston-based Doyle Chemical, created this month by a bank, believes it can sell 700 mln dlrs a year.\n\n"
        "Chairman Jo Doyle, who led a buyout of a chemical business, has spent one billion dlrs since January to buy"
        " plants.\n\n\"This kind of business will never be a glamorous business,\" Doyle said, adding that demand will grow.\n"
    )
    forms = by_alias(ex)
    assert forms["Doyle"] is forms["Jo Doyle"]
    assert forms["Doyle Chemical Inc"] is forms["Doyle Chemical"] and forms["Doyle"] is not forms["Doyle Chemical Inc"]
    assert direct_speaker(ex, "never be a glamorous business") == "Jo Doyle"
    # "Cain Chemical Inc", "Houston-based Cain Chemical", "Chairman Gordon Cain", then "... Cain said"
    cain = page("reuterswire/us_petrochemicals_outlook.txt")
    forms = by_alias(cain)
    assert forms["Cain"] is forms["Gordon Cain"]
    assert forms["Cain Chemical Inc"] is forms["Cain Chemical"] and forms["Cain"] is not forms["Cain Chemical Inc"]
    assert direct_speaker(cain, "never be a glamorous, high-margin business") == "Gordon Cain"

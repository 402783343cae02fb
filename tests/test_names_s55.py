"""Names of session 55 (s55-names), each on the real sentence shape it fixes: a US party's plural acting with "the"
("the opposition Democrats were being obstructionist") is its members, apart from the party named in full (lead rulings
15 and 25; the gold of rounds 75-94 keeps the two apart in every story that writes both so:
merge._PARTIES_APART_FROM_MEMBERS)."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, page


def test_a_us_partys_plural_with_the_is_apart_from_the_party_named_in_full():
    # round 94 (BBC): "the opposition Democrats were being "obstructionist"", "the Democrats were "putting all of
    # America's safety at risk"", then "Ruben Gallego, a Democratic Party congressman in Arizona"
    extraction = extract_text(
        "Trump Threatens Shutdown Over Wall\n\n"
        'The president told supporters at a rally in Phoenix, Arizona, that the opposition Democrats were being "obstructionist".\n\n'
        'In his speech, Mr Trump said the Democrats were "putting all of America\'s safety at risk" by opposing the wall.\n\n'
        'Ruben Gallego, a Democratic Party congressman in Arizona, said it was the worst-ever speech by a US president.\n'
    )
    assert named_apart(extraction, "Democrats", "Democratic Party")
    assert named_apart(page("allsides/trump_phoenix_close_government.txt"), "Democrats", "Democratic Party")

"""Merges fixed after rounds 37 and 38, measured untouched (session 23): a town an address writes after a college's
name ("Oriel College, Oxford") is the town, not the "Oxford University" the article names too; a body's acronym then a
body's noun ("EC Commission") is an arm of the body, not the body the acronym names ("European Community, EC").
Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_the_town_an_address_writes_after_a_college_is_the_town():
    forms = by_alias(extract_text(
        "New head for charity\n\n"
        "Dr Jane Harlow, the charity's new head, taught at Cambridge University for ten years. She trained at "
        "King's College, Cambridge; and in Canada.\n"
    ))
    assert forms["Cambridge"] is not forms["Cambridge University"] and forms["Cambridge"].role == "location"
    tsar = by_alias(page("bbcnews/aynsley_green_tsar.txt"))
    assert tsar["Oxford"] is not tsar["Oxford University"] and tsar["Oxford"].role == "location"


def test_an_acronym_then_a_bodys_noun_is_an_arm_of_the_body():
    forms = by_alias(extract_text(
        "MINISTER REJECTS FARM PLAN\n\n"
        "PARIS, March 26 - The minister said France would reject reforms of the European Community, EC, sugar sector. "
        "The EC Commission's proposals would cut prices, he said. Community ministers meet on Monday.\n"
    ))
    assert forms["EC"] is forms["European Community"]
    assert forms["EC Commission"] is not forms["European Community"]
    farm = by_alias(page("reuterswire/guillaume_ec_farm.txt"))
    assert farm["EC Commission"] is not farm["European Community"]
    assert farm["EC"] is farm["European Community"] is farm["Community"]
    assert farm["EC Commission"] is not farm["Community"]

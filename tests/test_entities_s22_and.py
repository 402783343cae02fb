"""A body's name opening on a field and "and" that the model cuts to the part after it (session 22): "[Meat and]
Livestock Australia". On a short article written for it and on the real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text as _extract, page
from .extraction_corpus import role_of as _role


def test_a_field_and_and_before_a_body_open_its_name_but_two_bodies_stay_apart():
    ex = _extract("Beef\n\nMeat and Livestock Australia says exports to Japan should remain steady.\n")
    assert _role(ex, "Meat and Livestock Australia") == "actor" and _role(ex, "Livestock Australia") is None
    beef = page("abc/japan_us_beef.txt")
    assert _role(beef, "Meat and Livestock Australia") == "actor" and _role(beef, "Livestock Australia") is None
    # a place or a brand before "and" is a body of its own
    ex = _extract(
        "Talks\n\nBritain and Tourism Australia signed the deal. Microsoft said it would follow, and Google and"
        " Microsoft Australia agreed on Monday.\n"
    )
    assert not {"Britain and Tourism Australia", "Google and Microsoft Australia"} & set(by_alias(ex))

"""A look-alike round 16 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), and its wrong merges, fixed before anything was tuned
on it: on a short article written for it, and on the real page where it occurs. The rules are in
store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_word_two_bodies_open_with_is_the_short_name_of_neither():
    ex = by_alias(extract_text(
        "Arts cash row\n\nA painter critical of Welsh arts funding being brought under government control has"
        " denied comparing it with dictatorships.\n\nJo Roe is worried that the Arts Board may be taken over by"
        " the Welsh Assembly Government. It has been in question since most Welsh quangos were to be abolished."
        "\n\nThree Welsh quangos, the Wales Tourist Board and the Welsh Enterprise Agency, will be brought under"
        " government control.\n"
    ))
    assert ex["Welsh"] is not ex["Welsh Enterprise Agency"] and ex["Welsh"] is not ex["Welsh Assembly Government"]
    arts = by_alias(page("bbcnews/welsh_arts_hitler.txt"))  # "most Welsh quangos", two bodies opening so
    assert arts.get("Welsh") is not arts["Welsh Development Agency"]


def test_a_club_named_after_its_town_is_not_the_town():
    ex = by_alias(extract_text(
        "Transfer row\n\nBirmingham have confirmed Hull made a bid for midfielder Jo Roe, the club said. \"He is"
        " not for sale,\" Birmingham manager Al Poe said. Roe has been superb for Birmingham City this season,"
        " Poe said.\n"
    ))
    assert ex["Birmingham City"] is not ex["Birmingham"] and ex["Birmingham City"].role == "actor"
    savage = by_alias(page("bbcnews/savage_blackburn.txt"))  # "terrific for Birmingham City", the city alone
    assert savage["Birmingham City"] is not savage["Birmingham"] and savage["Birmingham City"].role == "actor"


def test_a_town_written_with_city_as_a_place_stays_the_town():
    ex = by_alias(extract_text(
        "Fighting\n\nGAZA, May 4 (Reuters) - Fighting broke out in Gaza City on Monday, officials in Gaza said.\n"
    ))
    assert "Gaza City" not in ex or ex["Gaza City"].role == "location"

"""Kinds of text round 11 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987)
showed the merging of aliases getting wrong (issue 9, kind 8): look-alikes merged, and one thing's
names kept apart. One test per rule: on a short article written for it, and on the real page of
tests/articles/bbcnews/ or tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities.py and store/names.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def _keys(ex, text: str) -> set[str]:
    """The keys of the entities `text` is mentioned as."""
    return {m.entity_key for m in ex.mentions if m.text == text}


def test_one_member_of_a_party_is_not_the_party():
    ex = extract_text(
        "Vote\n\nJo Roe, a Democrat, says the Democrats will win. Zed Alder is a Sunni."
        " Sunni fighters and other Sunnis took the town.\n"
    )
    assert _keys(ex, "Democrat").isdisjoint(_keys(ex, "Democrats")) and _keys(ex, "Democrats")
    assert by_alias(ex)["Democrat"].role == "other" and by_alias(ex)["Democrats"].role == "actor"
    # the people's adjective still names the people: "Sunni fighters" are Sunnis; "a Sunni" is one of them
    (sunnis,) = _keys(ex, "Sunnis")
    assert _keys(ex, "Sunni") == {sunnis, "other:sunni"}
    tower = page("reuterswire/tower_report.txt")  # "William Schneider, a Democrat, says ..."
    assert _keys(tower, "Democrat") == {"other:democrat"} and "other:democrat" not in _keys(tower, "Democrats")

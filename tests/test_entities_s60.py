"""Kinds of name the program made an actor of that the gold of rounds 80-103 has no entity for (session 60, issue 9,
s60-entities): a publisher only a page's copyright line names. One test per rule kept, on the real articles of the gold
rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_a_publisher_only_the_copyright_line_names_is_no_entity():
    # round 103 (romney_ceos_anti_business): 'Copyright © 2019 The Washington Times, LLC. Click here for reprint
    # permission.' closes the page: furniture, whose outlet the gold makes junk (lead ruling 3); round 97
    # (noncitizens_register_to_vote): 'The Washington Times obtained a San Francisco County voter list': the story names
    # its publisher, an actor
    assert "Washington Times" not in by_alias(page("allsides/romney_ceos_anti_business.txt"))
    assert by_alias(page("allsides/noncitizens_register_to_vote.txt"))["Washington Times"].role == "actor"

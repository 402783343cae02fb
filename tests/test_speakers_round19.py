"""Kinds of text rounds 18 and 19 (measured untouched) showed giving a direct quote to the wrong
speaker or to none (issue 9): a surname that is also a word the parser reads as a modal ('"...,"
May said'), and a name that only owns the subject of a relative clause on a thing ("the match,
which Sam Crane's side won") taken for whom the next "he" stands for. One test per rule: on a short
article written for it, and on the real pages where it occurs. The rules are in store/nlp/speakers.py
and store/nlp/quotes.py; the figures in tests/gold/README.md ("Tuned on rounds 14-19 (session 15):
speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_surname_read_as_a_modal_is_still_who_speaks():
    ex = _extract(
        "Chips\n\nRick May, an analyst at Acme, said the deal was off.\n\nSeveral analysts said the purchase"
        " would not have given Fujitsu access to technology.\n\n\"(Fairchild) simply does not have key"
        " technology -- that is a thing of the past,\" May said.\n"
    )
    assert direct_speaker(ex, "simply does not have key technology") == "Rick May"
    fairchild = _page("reuterswire/fairchild_fujitsu.txt")
    assert direct_speaker(fairchild, "simply doesn't have key technology") == "Rick May"


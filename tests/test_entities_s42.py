"""Kinds of news copy rounds 63-68 showed losing entities or keeping junk, tuned in session 42: one made-up test per
rule (invented names), and a fact of the real articles it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page

STORY = ("The senator said on Monday that the vote would come soon, and his aides agreed that the timing was right for"
         " it.\n\n")


def _forms(text: str) -> set[str]:
    return set(by_alias(extract_text(text)))


# Political copy's nominee is nominated to a seat: a body's name or an acronym before "nominee" is no prize, as
# "Oscar nominee"'s is.

def test_a_body_or_an_acronym_before_nominee_is_no_prize():
    forms = _forms("Senators weigh a pick\n\n" + STORY
                   + "The Supreme Court ruled on Monday that the law stands.\n\n"
                   + "Senators said it was standard practice not to confirm Supreme Court nominees in an election year.\n\n"
                   + "CIA nominee Gina Haspel met senators on Tuesday, and the CIA said she was ready.\n\n")
    assert {"Supreme Court", "CIA", "Gina Haspel"} <= forms


def test_a_prize_before_nominee_is_still_a_prize():
    forms = _forms("Stars gather\n\n" + STORY + "The Oscar nominee Jo Roe arrived in Los Angeles on Monday.\n\n"
                   + "She was a Brit Award nominee last year.\n\n")
    assert "Jo Roe" in forms and not {"Oscar", "Brit Award"} & forms


def test_allsides_bodies_before_nominee_are_found():
    # round 68's steyer_court_packing ("to not confirm Supreme Court nominees"), round 66's haspel_confirmed ("CIA
    # nominee"), round 67's kavanaugh_denies_allegation ("Supreme Court nominee Brett Kavanaugh")
    assert "Supreme Court" in by_alias(page("allsides/steyer_court_packing.txt"))
    assert "CIA" in by_alias(page("allsides/haspel_confirmed.txt"))
    assert "Supreme Court" in by_alias(page("allsides/kavanaugh_denies_allegation.txt"))

"""Kinds of news copy rounds 63-68 showed losing entities or keeping junk, tuned in session 42: one made-up test per
rule (invented names), and a fact of the real articles it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, page

STORY = ("The senator said on Monday that the vote would come soon, and his aides agreed that the timing was right for"
         " it.\n\n")


def _forms(text: str) -> set[str]:
    return set(by_alias(extract_text(text)))


# A party's members in a chamber are its caucus, one name ("House Republicans said"), counted, qualified or governed
# too (lead ruling 30, session 54); of both chambers, the chamber and the party's members stay two names.

def test_a_chambers_party_caucus_acting_is_one_name():
    extraction = extract_text("Lawmakers weigh the budget\n\n" + STORY
                              + "House Republicans said on Monday that they would pass the bill by Friday.\n\n"
                              + "Senate Democrats blocked the plan, and the House voted again later.\n\n")
    forms = set(by_alias(extraction))
    assert {"House Republicans", "Senate Democrats"} <= forms
    assert named_apart(extraction, "House Republicans", "House")


def test_a_chambers_party_members_counted_or_qualified_are_its_caucus_of_two_chambers_stay_apart():
    forms = set(by_alias(extract_text(
        "Lawmakers weigh the budget\n\n" + STORY
        + "Other Senate Democrats disagreed with the plan on Tuesday.\n\n"
        + "The bill was signed by 200 House Republicans last week.\n\n"
        + "Many House and Senate Republicans will find themselves on the wrong side of the vote.\n\n")))
    assert {"Senate Democrats", "House Republicans"} <= forms
    assert "Senate Republicans" not in forms and {"Senate", "House"} <= forms


def test_allsides_chamber_caucuses_are_found():
    # round 65's house_immigration_bills ("House Democrats remain hopeful", "where House Republicans see themselves"),
    # round 68's salt_deduction_bill ("House Democrats dealt a symbolic blow")
    immigration = page("allsides/house_immigration_bills.txt")
    assert named_apart(immigration, "House Democrats", "House Republicans")
    assert "House Democrats" in by_alias(page("allsides/salt_deduction_bill.txt"))


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

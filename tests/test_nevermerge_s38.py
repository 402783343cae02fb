"""Round 60's never-merge breaks (session 38, s38-merges), all a party's name joined to a word the gold keeps apart as
its members: a plural the story uses mostly for members counted or qualified is the members, read in its majority
sense ("some Democrats argued", "a number of Democrats in Congress" beside one "as Democrats move to unify"); a plural
credited by a closing attribution is unnamed members as sources ("..., Democrats said."); a party's acronym after a
word counting its members counts them ("many in GOP", "members of the GOP"). Each rule with a made-up story, the
reading it must keep, and the real round-60 page it fixes. (The made-up stories of a plural acting as one now keep it
apart from the party named in full: session 50 follows the later gold's convention.)"""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page


def test_a_plural_mostly_counting_members_is_not_the_party():
    extraction = extract_text(
        "Party Rules Fight\n\n"
        "Senators are weighing changes to the nominating rules as Democrats move to unify for the general election.\n\n"
        "The survey points to growing momentum among Democrats for change. But powerful Democratic Party "
        "constituencies are firmly opposed.\n\n"
        "A number of Democrats in Congress lined up behind the front-runner early.\n\n"
        "Some Democrats argued that the rules had served them well.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_a_plural_mostly_acting_as_one_stays_apart_from_the_party_named_in_full():
    # Since session 50 (s50-merges) a US party named in full is an actor apart from its members' bare plural however the
    # plural acts (lead ruling 15, the gold of rounds 79-85); session 38's reading, the plural acting as one joined to the
    # party, is the earlier gold's (rounds 49-74), a conflict left for a ruling (tests/gold/README.md)
    extraction = extract_text(
        "Party Rules Fight\n\n"
        "Democrats want to change the nominating rules before the convention. But powerful Democratic Party "
        "constituencies are firmly opposed.\n\n"
        "Democrats could not take anything for granted, Senator Jo Roe said.\n\n"
        "Some Democrats argued that the rules had served them well.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_real_plural_mostly_counting_members():
    # round 60: "as Democrats move to unify" beside "momentum among Democrats", "a significant number of Democrats
    # said", "battle-hardened Democrats", "A number of Democrats in Congress", "Some Democrats argued"
    extraction = page("polnear/politico/sanders_superdelegate_push.txt")
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_a_plural_a_closing_attribution_credits_is_not_the_party():
    extraction = extract_text(
        "Roe Embraces Her Husband's Record\n\n"
        "Jo Roe has spent the year fending off a challenge from the liberal wing of the Democratic Party.\n\n"
        "Having won the primary, she can now safely embrace her husband's record, Democrats said.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_a_plural_fronting_its_stand_stays_apart_from_the_party_named_in_full():
    # Since session 50 (s50-merges) a US party named in full is an actor apart from its members' bare plural however the
    # plural acts (lead ruling 15, the gold of rounds 79-85); session 38's reading, the plural acting as one joined to the
    # party, is the earlier gold's (rounds 49-74), a conflict left for a ruling (tests/gold/README.md)
    extraction = extract_text(
        "Roe Embraces Her Husband's Record\n\n"
        "Jo Roe has spent the year fending off a challenge from the liberal wing of the Democratic Party.\n\n"
        "Democrats said they would now ask voters to judge her on her husband's record.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_real_plural_of_a_closing_attribution():
    # round 60: "she can now more safely embrace the Bill Clinton years, Democrats said." beside "the liberal wing of
    # the Democratic Party"
    extraction = page("polnear/nyt/clinton_hints_husband_job.txt")
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_a_partys_acronym_counting_its_members_is_not_the_party():
    extraction = extract_text(
        "Roe Turns To The Fall\n\n"
        "As the nominee shifts his focus, many in GOP reaffirm their opposition.\n\n"
        "Roe plans a series of speeches designed to unify a divided Republican Party.\n\n"
        "He spent much of his campaign attacking prominent members of the GOP.\n"
    )
    assert named_apart(extraction, "Republican Party", "GOP")


def test_a_partys_acronym_alone_is_the_party():
    extraction = extract_text(
        "Roe Turns To The Fall\n\n"
        "Roe hammered Ryan and the GOP on Tuesday.\n\n"
        "Roe plans a series of speeches designed to unify a divided Republican Party.\n\n"
        "He spent much of his campaign attacking prominent members of the GOP.\n"
    )
    assert named_as_one(extraction, "Republican Party", "GOP")


def test_real_acronym_counting_members():
    # round 60: "many in GOP reaffirm their opposition", "prominent members of the GOP", beside "a divided Republican
    # Party"
    extraction = page("polnear/usa-today/trump_new_chapter.txt")
    assert named_apart(extraction, "Republican Party", "GOP")


def test_a_body_named_after_a_surname_two_people_bear_joins_neither_fuller_body():
    # nytimes60_clinton_hints_husband_job: "a Hillary Clinton administration" (hers, to come) and "the Clinton
    # administration" (her husband's, of the 1990s), in a story naming both in full
    # (a made-up story of this kind keeps them apart on the old code too: the join came from the model reading
    # "the Clinton administration" as a person's name here, which made-up text does not reproduce)
    assert named_apart(page("polnear/nyt/clinton_hints_husband_job.txt"), "Hillary Clinton administration", "Clinton administration")

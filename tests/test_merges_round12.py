"""Look-alikes round 12 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987)
merged, the first never-merge breaks since round 9 (issue 9, kind 8). One test per rule: on a short
article written for it, and on the real page of tests/articles/bbcnews/ or tests/articles/reuterswire/
where it occurs. The rules are in store/nlp/entities.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_an_honorific_names_a_surname_never_a_given_name():
    ex = by_alias(extract_text(
        "Party row\n\nThe sacked MP Jasper Quill said he would stand again. Mr Jasper insisted he had"
        " played by the rules, and Mr Jasper's aides agreed. Quill was not there.\n"
    ))
    assert "Mr Jasper" not in ex and ex["Jasper"] is not ex["Jasper Quill"] and ex["Quill"] is ex["Jasper Quill"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "Mr Howard" is Michael Howard, not Howard Flight
    assert flight["Howard"] is not flight["Howard Flight"]


def test_a_town_a_body_is_named_after_is_the_town():
    ex = by_alias(extract_text(
        "Party row\n\nIt has also emerged Mr Roe has suspended Wigan's constituency Liberal association"
        " for refusing to drop its candidate. Wigan Liberal Association has now been placed on"
        ' "support status" and is run from the headquarters, says a senior party spokesman.\n'
    ))
    assert ex["Wigan"] is not ex["Wigan Liberal Association"] and ex["Wigan"].role == "location"
    flight = by_alias(page("bbcnews/howard_flight.txt"))
    assert flight["Slough"] is not flight["Slough Conservative Association"] and flight["Slough"].role == "location"


def test_a_firms_short_name_stays_with_the_firm_of_that_name():
    ex = by_alias(extract_text(
        "Drugs\n\nGrayhill-Ashcombe Co, the U.S. arm of the British firm Ashcombe PLC, declined to"
        ' comment. "We have not seen it," said Ashcombe spokeswoman Jo Roe.\n'
    ))
    assert ex["Ashcombe"] is ex["Ashcombe PLC"] and ex["Ashcombe PLC"] is not ex["Grayhill-Ashcombe Co"]
    drugs = by_alias(page("reuterswire/drug_laws.txt"))
    assert drugs["Wellcome"] is drugs["Wellcome PLC"] and drugs["Wellcome PLC"] is not drugs["Burroughs-Wellcome Co"]


def test_a_partys_adjective_alone_is_no_party():
    ex = by_alias(extract_text(
        "Election\n\nJo Roe said he would stand as a Republican candidate. The Republican Party said he"
        " could not, and Republican headquarters agreed. The Republicans will choose another.\n"
    ))
    assert ex["Republican"] is not ex["Republican Party"] and ex["Republican"].role == "other"
    assert ex["Republicans"] is ex["Republican Party"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "a Conservative candidate", "a Conservative Party candidate"
    assert flight["Conservative"] is not flight["Conservative Party"] and flight["Conservative"].role == "other"


def test_a_partys_other_name_is_the_party():
    ex = by_alias(extract_text(
        "Poll\n\nThe Conservative Party lost two seats on Friday, Jo Roe said. The Tories blamed the weather."
        " A Tory spokesman said the Republican Party would win Ohio, and the GOP agreed.\n"
    ))
    assert ex["Tories"] is ex["Conservative Party"] and ex["Tory"] is not ex["Conservative Party"]
    assert ex["GOP"] is ex["Republican Party"] is not ex["Conservative Party"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "the Tories", "a Conservative Party candidate"
    assert flight["Tories"] is flight["Conservative Party"]
    slogan = by_alias(page("bbcnews/libdem_slogan.txt"))  # "the Tory Party", "the Conservatives"
    assert slogan["Conservatives"] is slogan["Tory Party"] is slogan["Tories"]


def test_a_faiths_church_is_its_body_not_a_site_named_after_the_faithful():
    ex = by_alias(extract_text(
        "Vote\n\nJo Roe said: \"The Anglican church has a position on this.\" Anglicans were split, and"
        " an Anglican bishop said the church would not take sides.\n"
    ))
    assert ex["Anglican church"] is not ex["Anglicans"] and ex["Anglican church"].role == "actor"
    poll = by_alias(page("bbcnews/abortion_poll_issue.txt"))  # "The Catholic church has a well-known position"
    assert poll["Catholic church"] is not poll["Catholics"] and poll["Catholic church"].role == "actor"
    assert poll["Catholic"] is poll["Catholics"]

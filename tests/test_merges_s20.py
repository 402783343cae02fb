"""Merges tuned on rounds 22-29 of the unseen pages (session 20, issue 9): a story that opens on its lede, with no
headline, whose full names the surnames after it join; a legislature's chamber ("the House") and a name ending in its
word; a
town's name before a noun for its native, no one's surname. Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, direct_speaker, extract_text, page


def test_a_story_that_opens_on_its_lede_reads_it_as_body():
    from newsx.store.read.anatomy import dissect

    lede = ("Harrow Mills Corp. said Janet K. Oduya resigned as president to pursue other interests, a departure the "
            "textile maker called amicable.")
    story = dissect(f"{lede}\n\nMs. Oduya, 48 years old, had run the company for six years.")
    # its lede is body and still names the article in lists and citations
    assert story.title == lede and [p.kind for p in story.paragraphs] == ["body", "body"]
    # a headline stays one, a short one ending on a full stop too
    for title in ("Harrow Mills chief quits", "Harrow Mills Shares Are Falling. Why You Shouldn't Worry."):
        story = dissect(f"{title}\n\nMs. Oduya, 48 years old, had run the company for six years.")
        assert story.title == title and story.paragraphs[0].kind == "title"


def test_the_honorific_surname_joins_the_full_name_the_lede_gives():
    ex = extract_text(
        "Harrow Mills Corp. said Janet K. Oduya resigned as president to pursue other interests, a departure the "
        "textile maker called amicable.\n\n"
        "Ms. Oduya, 48 years old, had run the company for six years.\n\n"
        '"It was time for a change," Ms. Oduya said in an interview.\n'
    )
    forms = by_alias(ex)
    assert forms["Janet K. Oduya"] is forms["Oduya"]
    assert direct_speaker(ex, "time for a change") == "Janet K. Oduya"
    reupke = page("wsj/reuters_reupke.txt")
    assert by_alias(reupke)["Michael Reupke"] is by_alias(reupke)["Reupke"]
    assert direct_speaker(reupke, "There is no business reason") == "Michael Reupke"
    assert by_alias(reupke)["Reuters"] is by_alias(reupke)["Reuters Holdings PLC"]
    bernstein = by_alias(page("wsj/random_house_bernstein.txt"))
    assert bernstein["Robert L. Bernstein"] is bernstein["Bernstein"]


def _one(text: str, short: str, full: str) -> bool:
    """Whether made-up copy's short form and full name are one entity."""
    forms = by_alias(extract_text(text))
    return forms[short] is forms[full]


def test_the_house_alone_is_no_short_name_of_a_name_ending_in_house():
    assert not _one(
        "Wage bill stalls\n\n"
        "The House voted 248-172 to raise the minimum wage, but the White House said the president would veto it.\n\n"
        "A White House spokesman said the bill cost too many jobs. The House will try again next month.\n",
        "House", "White House",
    )
    # a state's chamber named after its state is the one "the House" stands for
    assert _one(
        "Budget passes\n\nThe Texas House voted 90-55 on Monday to pass the budget. The House will meet again in May.\n",
        "House", "Texas House",
    )
    wage = by_alias(page("wsj/minimum_wage_house.txt"))
    assert wage["House"] is not wage["White House"]


def test_a_district_bank_is_not_the_bank_the_bare_short_name_is():
    fed = by_alias(page("wsj/fed_slowdown.txt"))
    assert fed["Fed"] is fed["Federal Reserve"]
    assert fed["Fed"] is not fed["Philadelphia Fed"]


def test_a_town_before_a_noun_for_its_native_is_no_ones_surname():
    assert not _one(
        "Radcliffe to run in London\n\n"
        "Paula Radcliffe will run the London Marathon in April, race director David Bedford said on Tuesday.\n\n"
        '"She is in great shape," said her coach. The Bedford star won the race in 2003.\n',
        "Bedford", "David Bedford",
    )
    # a surname is still his after his full name
    assert _one(
        "Marathon field named\n\n"
        "Race director David Bedford said on Tuesday the field was the strongest yet.\n\n"
        "Bedford said the prize money would rise.\n",
        "Bedford", "David Bedford",
    )
    marathon = by_alias(page("bbcnews/radcliffe_london_marathon.txt"))
    assert "Bedford" not in marathon["David Bedford"].aliases

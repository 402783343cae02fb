"""Merges of session 59 (s59-merges), each on the real sentence shape it fixes: a bare surname the model read as a
body's name, written before the person's full name only in a paragraph the page prints apart from the story's order (a
video's caption run in among the paragraphs, a link to another story), is that person's surname
(merge._written_as_a_body_before reads the story's order without those paragraphs); a man introduced with a middle
initial ("Joseph R. Biden") and named later by his given name's short form without it ("Joe Biden") is one man
(surnames._given_name_and_surname); the name a man goes by, quoted inside his full name ("Lewis “Scooter” Libby"),
written with his surname ("Scooter Libby") is his (surnames._one_person)."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_as_one


def test_a_surname_in_a_video_caption_before_the_full_name_is_the_persons():
    # round 100 (BBC): the video's caption, printed among the paragraphs, names "Trump" before the story's "Donald Trump"
    extraction = extract_text(
        "Boris Johnson moved to intensive care as symptoms worsen\n\n"
        "Prime Minister Boris Johnson has been moved to intensive care in hospital after his coronavirus symptoms"
        " \"worsened\", Downing Street has said.\n\n"
        "Labour leader Sir Keir Starmer described it as \"terribly sad news\".\n\n"
        "Media playback is unsupported on your device Media caption Trump asks drug companies to assist PM's recovery\n\n"
        "US President Donald Trump said Americans \"are all praying for his recovery\".\n"
    )
    assert named_as_one(extraction, "Trump", "Donald Trump")


def test_a_surname_in_a_link_to_another_story_before_the_full_name_is_the_persons():
    # round 101 (Guardian): a "Read more" link to another story names "Trump" before the story's "Donald Trump"
    extraction = extract_text(
        "Women's March set to proceed under cloud of controversy\n\n"
        "Just two years after leading the largest recorded protest in US history, the third annual Women\u2019s March on"
        " Saturday is set to proceed under a cloud of controversy.\n\n"
        "Theater project lets women who accused Trump tell their stories Read more\n\n"
        "It\u2019s a major blow for the movement that marked the beginning of the \u201cresistance\u201d in the wake of"
        " Donald Trump\u2019s 2016 presidential upset, when hundreds of thousands descended on the National Mall in"
        " Washington DC, a mass demonstration roughly three times the size of Trump\u2019s own inauguration.\n\n"
        "\u201cIf we insist that Trump disavow people like David Duke, you can\u2019t have a different rule for those on"
        " the left,\u201d she said.\n"
    )
    assert named_as_one(extraction, "Trump", "Donald Trump")


def test_a_given_names_short_form_without_the_middle_initial_is_the_same_man():
    # round 101 (New York Times): "Joseph R. Biden" in the lede, "Joe Biden's ... plan" in a supporter's quote
    extraction = extract_text(
        "Biden outlines $2 trillion climate change proposal\n\n"
        "Presumptive Democratic presidential nominee Joseph R. Biden pledged Tuesday to invest $2 trillion into combating"
        " climate change during his first term.\n\n"
        "Mr. Biden said President Trump\u2019s refusal to address the mounting problem calls for a massive down"
        " payment.\n\n"
        "\u201cJoe Biden\u2019s modern infrastructure and clean energy plan shows that he\u2019s serious about defeating"
        " climate change,\u201d Mr. Inslee said.\n"
    )
    assert named_as_one(extraction, "Joseph R. Biden", "Joe Biden", "Biden")


def test_the_quoted_name_a_man_goes_by_with_his_surname_is_his():
    # round 101 (Reuters): the full name with the quoted nickname in the story, the nickname and surname in a quote
    extraction = extract_text(
        "Trump pardons conservative commentator D'Souza\n\n"
        "James Comey, whom Trump fired as FBI director last year, played a role in the prosecution of Lewis"
        " \u201cScooter\u201d Libby, the chief of staff to former Vice President Dick Cheney.\n\n"
        "\u201cTrump\u2019s Dinesh D\u2019Souza pardon today, on top of his pardons of Scooter Libby and Joe Arpaio,"
        " make sense only as an elephant-whistle,\u201d Preet Bharara wrote on Twitter.\n\n"
        "Libby was convicted in 2007 of lying in an investigation.\n"
    )
    assert named_as_one(extraction, "Lewis \u201cScooter\u201d Libby", "Scooter Libby", "Libby")

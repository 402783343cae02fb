import json

import pytest

from newsx.store.read.anatomy import dissect, dissect_blocks, parse_credits
from newsx.store.read.decode import read_text

from .conftest import ROOT, SAMPLE


def sample():
    return dissect(read_text(SAMPLE.read_bytes()))


def kinds_of(a, kind):
    return [p.text for p in a.paragraphs if p.kind == kind]


def test_sample_header():
    a = sample()
    assert a.title.startswith("Iraq Militants Seize Border Post")
    assert a.dek == "Militants Take Step Toward Creating Islamic Caliphate"
    assert a.dateline == "ANBAR, Iraq June 21 (Reuters)"
    assert (a.place, a.agency, a.published) == ("Anbar", "Reuters", "2014-06-21")


def test_sample_caption_once_and_repaired():
    captions = kinds_of(sample(), "caption")
    assert len(captions) == 1
    assert "country\u2019s largest oil refinery" in captions[0]
    assert "â" not in captions[0]


def test_sample_subheads_and_boilerplate():
    a = sample()
    assert kinds_of(a, "subhead") == ["SHI'ITES MOBILIZE", "SUNNI INFIGHTING"]
    assert kinds_of(a, "boilerplate") == [
        "Before You Go", "Fighting in Iraq", "Popular in the Community", "Close", "What's Hot",
    ]
    assert not any("Before You Go" in t for t in kinds_of(a, "body"))


def test_sample_credits_split_off():
    a = sample()
    body = kinds_of(a, "body")
    assert body[0].startswith("ANBAR, Iraq June 21 (Reuters) - Sunni fighters")
    assert body[-1].endswith("violence soared in Iraq.")
    assert kinds_of(a, "credit") == [
        "(Additional reporting by Ahmed Rasheed in Baghdad; Writing by Oliver Holmes; Editing by Andrew Roche)"
    ]
    assert a.credits == [
        {"role": "additional reporting", "name": "Ahmed Rasheed"},
        {"role": "writing", "name": "Oliver Holmes"},
        {"role": "editing", "name": "Andrew Roche"},
    ]
    json.dumps(a.credits)


def test_reading_order_is_contiguous():
    seqs = [p.seq for p in sample().paragraphs]
    assert seqs == list(range(len(seqs)))


AP_STORY = """Quake Shakes Southern Turkey

By Jane Doe

ISTANBUL (AP) — A strong earthquake shook southern Turkey on Monday, officials said, sending residents into the streets.

The quake struck near the city of Adana at 3:40 a.m., the disaster agency said in a statement.

RESCUE EFFORTS

Rescue teams were deployed to the worst-hit villages, the governor told reporters.

Associated Press writers Ali Veli in Ankara and John Smith contributed to this report.

Related Stories

Copyright 2024 The Associated Press. All rights reserved.
"""


def test_other_agencies_dateline_byline_and_contributors():
    a = dissect(AP_STORY)
    assert a.title == "Quake Shakes Southern Turkey"
    assert (a.place, a.agency) == ("Istanbul", "AP")
    assert a.byline == "Jane Doe"
    assert kinds_of(a, "subhead") == ["RESCUE EFFORTS"]
    assert {"role": "contributing", "name": "Ali Veli"} in a.credits
    assert {"role": "contributing", "name": "John Smith"} in a.credits
    assert kinds_of(a, "boilerplate") == ["Related Stories", "Copyright 2024 The Associated Press. All rights reserved."]


def test_dateline_with_year_and_year_rollover():
    a = dissect("Title\n\nLONDON, March 5, 2024 (Reuters) - Markets fell sharply today.")
    assert a.published == "2024-03-05"
    a = dissect("Title\n\nPARIS, Jan 2 (Reuters) - On December 30, 2019, the talks failed, officials said.")
    assert a.published == "2020-01-02"


def test_parse_credits_handles_and():
    assert parse_credits("Reporting by Ann Lee and Bo Chan in Seoul; Editing by Kim Park") == [
        {"role": "reporting", "name": "Ann Lee"},
        {"role": "reporting", "name": "Bo Chan"},
        {"role": "editing", "name": "Kim Park"},
    ]


@pytest.mark.parametrize(
    "first, place, agency, published",
    [
        ("WASHINGTON (AP) \u2014 The Senate voted on Tuesday, officials said.", "Washington", "AP", None),
        ("Beirut (AFP) - Talks resumed on Monday, diplomats said.", "Beirut", "AFP", None),
        ("KYIV, Ukraine, 5 March 2024 (AFP) - Drones struck the city overnight, officials said.", "Kyiv", "AFP", "2024-03-05"),
        ("BEIJING, Sept. 3 (Xinhua) -- Exports rose in August, the customs office said on Aug. 30, 2023.", "Beijing", "Xinhua", "2023-09-03"),
        # a bare year is what the story is about, not when it was filed: no year, no date
        ("BEIJING, Sept. 3 (Xinhua) -- Exports rose above their 2021 level, the customs office said.", "Beijing", "Xinhua", None),
        ("(CNN) \u2014 A storm knocked out power to thousands of homes, the utility said.", None, "CNN", None),
        ("ST. LOUIS (AP) \u2014 A jury reached a verdict on Friday, the court said.", "St. Louis", "AP", None),
        ("NEW YORK \u2014 Stocks fell sharply in early trading on Wall Street.", "New York", None, None),
    ],
)
def test_datelines_of_other_agencies(first, place, agency, published):
    a = dissect(f"A Headline For The Story\n\n{first}\n\nA second paragraph follows here, officials said.")
    assert (a.place, a.agency, a.published) == (place, agency, published)
    assert [p.kind for p in a.paragraphs] == ["title", "body", "body"]


def test_a_sentence_with_a_dash_is_not_a_dateline():
    a = dissect("Headline Here\n\nThe man - who declined to be named - said prices rose.\n\nMore text follows, he said.")
    assert (a.place, a.agency, a.dateline) == (None, None, None)


BBC_STYLE = """Flooding forces thousands from homes

By Giulia Ferrante

Rome correspondent

Published 16 May 2024

Thousands of people have been forced from their homes in northern Italy after rivers burst their banks.

"We lost everything in an hour," said Maria Benedetti, a shopkeeper.
"""


def test_by_line_with_role_line_and_time_stamp():
    a = dissect(BBC_STYLE)
    assert a.byline == "Giulia Ferrante"
    assert a.credits == [{"role": "byline", "name": "Giulia Ferrante"}]
    assert [p.kind for p in a.paragraphs] == ["title", "credit", "credit", "credit", "body", "body"]
    assert a.published == "2024-05-16"


@pytest.mark.parametrize(
    "line, byline, agency",
    [
        ("By JANE DOE and ALI VELI, Associated Press", "Jane Doe, Ali Veli", "Associated Press"),
        ("By Jane Doe | Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe, BBC News, Kyiv", "Jane Doe", "BBC News"),
        ("By Jane Doe, Political correspondent", "Jane Doe", None),
        ("By Jean-Pierre Martin", "Jean-Pierre Martin", None),
        ("by Jean-Pierre Martin on October 29, 2012", "Jean-Pierre Martin", None),
        ("by Jane Doe on 26 October 2012, 4:24 PM", "Jane Doe", None),
    ],
)
def test_by_lines(line, byline, agency):
    a = dissect(f"Headline Here\n\n{line}\n\nThe first paragraph of the story says what happened, officials said.")
    assert (a.byline, a.agency) == (byline, agency)
    assert a.paragraphs[1].kind == "credit"


def test_markup_hints_are_kept_unless_the_block_is_furniture():
    a = dissect_blocks([
        ("title", "Port Strike Halts Shipping"),
        ("dek", "Dockworkers walked out at six ports."),
        (None, "SAVANNAH, Georgia (AP) \u2014 Dockworkers walked off the job on Tuesday, the union said."),
        ("subhead", "Economic Toll"),
        (None, "Economists said each day would cost hundreds of millions of dollars, the bank said."),
        ("subhead", "Related coverage"),
        ("caption", "Idle cranes in Savannah."),
    ], reference="2024-03-05")
    assert [p.kind for p in a.paragraphs] == ["title", "dek", "body", "subhead", "body", "boilerplate", "caption"]
    assert (a.place, a.agency) == ("Savannah", "AP")


def test_dateline_without_year_takes_the_page_date():
    blocks = [("title", "Copper Hits Record"), (None, "LONDON, Dec 30 (Reuters) - Copper rose, unlike in March 2022, traders said.")]
    assert dissect_blocks(blocks, reference="2025-01-02").published == "2024-12-30"
    assert dissect_blocks(blocks, reference="2024-12-31").published == "2024-12-30"


def test_markdown_headings_are_title_and_subheads():
    a = dissect(
        "# Talks Resume in Geneva\n\nGENEVA (Reuters) - Talks resumed on Monday, diplomats said.\n\n"
        "## What Comes Next\n\nA second round is planned for June, officials said.\n"
    )
    assert a.title == "Talks Resume in Geneva"
    assert [(p.kind, p.text) for p in a.paragraphs if p.kind in ("title", "subhead")] == [
        ("title", "Talks Resume in Geneva"), ("subhead", "What Comes Next"),
    ]
    assert a.agency == "Reuters"


def test_a_wire_dateline_without_a_year_is_undated_not_dated_by_a_year_the_story_names():
    """Reuters, April 29, 1987: the story names 1985 and 1986, neither the year it was filed."""
    a = dissect((ROOT / "tests" / "articles" / "reuterswire" / "adb_osaka_criticism.txt").read_text(encoding="utf-8"))
    assert (a.place, a.published) == ("Osaka", None)


@pytest.mark.parametrize(
    "above",
    [
        ["July 24, 2012 8:13 AM"],
        ["24 July 2012 Last updated at 06:50 ET"],
        ["24", "Jul", "2012", "9:44am, EDT"],
        ["149comments", "24", "Jul", "2012"],
        ["Comments (78 comments)"],
    ],
)
def test_a_page_date_or_comment_count_above_the_headline_is_no_title(above):
    headline = "Harbour Bridge Reopens After Repairs"
    body = "The bridge reopened on Monday after six weeks of repairs, the city said."
    a = dissect("\n\n".join([*above, headline, body]))
    assert a.title == headline
    assert [p.kind for p in a.paragraphs] == ["credit"] * len(above) + ["title", "body"]
    assert a.published == ("2012-07-24" if "Jul" in " ".join(above) else None)


def test_a_by_line_above_the_headline_is_read_as_the_by_line():
    a = dissect("By JANE DOE\n\nHarbour Bridge Reopens After Repairs\n\nThe bridge reopened on Monday, the city said.")
    assert (a.title, a.byline) == ("Harbour Bridge Reopens After Repairs", "Jane Doe")


@pytest.mark.parametrize(
    "name, title",
    [
        ("birrell_donmar", "Actor David Birrell sues Donmar over gun accident"),
        ("toddler_cocaine", "Authorities search for grandmother, boyfriend after toddler"),
        ("syria_air_attacks", "Syrian forces launch air attacks as rebels push on largest c"),
    ],
)
def test_real_pages_that_open_on_their_date_keep_their_headline_as_title(name, title):
    a = dissect(read_text((ROOT / "tests" / "articles" / "dragnet" / f"{name}.txt").read_bytes()))
    assert a.title.startswith(title)
    assert a.published and a.published.startswith("2012-07-2")

import json

from store.anatomy import dissect, parse_credits
from store.read import read_text

from .conftest import SAMPLE


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

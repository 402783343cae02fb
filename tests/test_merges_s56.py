"""Merges of session 56 (s56-merges), each on the real sentence shape it fixes: a bare surname beside a full name with a
generational suffix the copy keeps to tell its bearer from a namesake (surnames._suffix_tells_him_from_a_namesake); two
names the model ran into one span over a second "the" (splits._split_two_names_run_over_the)."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, page


def test_a_bare_surname_is_no_short_name_of_a_son_told_apart_by_his_suffix():
    # round 95 (Fox News): the president only ever "President Trump" or "Trump", his son "the president's eldest son,
    # Donald Trump Jr." and "TRUMP JR." in a subhead: the bare surname is the president's, no short name of the son's
    extraction = extract_text(
        "Bannon Subpoenaed\n\n"
        "In the book, Bannon slammed the president\u2019s eldest son, Donald Trump Jr., son-in-law Jared Kushner and"
        " ex-campaign chairman Paul Manafort.\n\n"
        "RUSSIAN LAWYER WHO MET TRUMP JR.: 'I WOULD HAVE' CONTACTED CLINTON, TOO\n\n"
        "Bannon stepped down as chairman of Breitbart News last week following a dramatic falling out with President"
        " Trump over the Wolff book.\n\n"
        "\u201cI\u2019m leaving the White House and going to war for Trump against his opponents,\u201d Bannon said.\n"
    )
    assert named_apart(extraction, "Trump", "Donald Trump Jr")
    assert named_apart(page("allsides/bannon_house_intel_subpoena.txt"), "Trump", "Donald Trump Jr")


def test_two_names_run_over_a_second_the_are_two():
    # round 95 (Daily Beast): "One editor told The Daily Beast the Facebook plan proves ...", the model's one span
    # "The Daily Beast the Facebook", beside the outlet and the platform each written alone
    # (the model makes the span only in the whole page's context)
    assert named_apart(page("allsides/facebook_fake_news_infowar.txt"), "Daily Beast", "Facebook")


def test_the_scorer_reads_a_titled_alias_as_the_other_alias_it_ends_with():
    # round 92 (Fox News): "Special Counsel Mueller" beside "Robert Mueller" and "Mueller"; round 87: "Ambassador to the
    # United Nations Nikki Haley"; round 84: "Secretary of State Clinton": the holder, as the program stores him
    from bench.extraction_quality import gold_entities_with_forms

    gold = {"entities": [
        {"role": "actor", "aliases": ["Special Counsel Mueller", "Robert Mueller", "Mueller"]},
        {"role": "actor", "aliases": ["Ambassador to the United Nations Nikki Haley", "Nikki Haley", "Haley"]},
        {"role": "actor", "aliases": ["Secretary of State Clinton", "Hillary Clinton", "Clinton"]},
        {"role": "actor", "aliases": ["Sen. Jerry Moran", "Moran"]},
        {"role": "actor", "aliases": ["U.S. Defense Department", "Defense Department"]},
    ]}
    mueller, haley, clinton, moran, department = (g["forms"] for g in gold_entities_with_forms(gold))
    assert "special counsel mueller" not in mueller and "mueller" in mueller
    assert not any("united nations" in f for f in haley)
    assert "state clinton" not in clinton
    assert "jerry moran" in moran  # the full name after the title, never cut to the surname
    assert "us defense department" in department  # a body after its place: no holder

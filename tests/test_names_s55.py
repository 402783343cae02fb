"""Names of session 55 (s55-names), each on the real sentence shape it fixes: a US party's plural acting with "the"
("the opposition Democrats were being obstructionist") is its members, apart from the party named in full (lead rulings
15 and 25: merge._PARTIES_APART_FROM_MEMBERS); a party's words the model read as a place are still its adjective and
plural (bodies._party_read_as_a_place); a headline run the body names whole is no clip of a longer name
(headlines._clipped_names_in); a state's initials are the state, not a body named after it
(merge._bodies_not_named_after_the_place_spelt); a movement's singular before a noun is apart from its members' plural
(bodies._movements_adjectives_apart); a member-elect's bare state tag is a state (recall.bare_state_tags); and the scorer
reads a title's full extent (bench _untitled)."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page, role_of


def test_a_us_partys_plural_with_the_is_apart_from_the_party_named_in_full():
    # round 94 (BBC): "the opposition Democrats were being "obstructionist"", "the Democrats were "putting all of
    # America's safety at risk"", then "Ruben Gallego, a Democratic Party congressman in Arizona"
    extraction = extract_text(
        "Trump Threatens Shutdown Over Wall\n\n"
        'The president told supporters at a rally in Phoenix, Arizona, that the opposition Democrats were being "obstructionist".\n\n'
        'In his speech, Mr Trump said the Democrats were "putting all of America\'s safety at risk" by opposing the wall.\n\n'
        'Ruben Gallego, a Democratic Party congressman in Arizona, said it was the worst-ever speech by a US president.\n'
    )
    assert named_apart(extraction, "Democrats", "Democratic Party")
    assert named_apart(page("allsides/trump_phoenix_close_government.txt"), "Democrats", "Democratic Party")


def test_a_partys_words_read_as_a_place_are_still_its_adjective_and_its_plural():
    # round 93 (Daily Beast): "morphed Virginia from a solidly Republican, mostly rural and Southern-dominated state"
    # made the group of "Republican" and "Republicans" a place, which no party rule then split
    text = (
        "This GOP Congressman Officiated a Gay Wedding\n\n"
        "The pair of gay Republican activists became volunteers for Denver Riggleman.\n\n"
        "A trio of Republican county committees officially censured him.\n\n"
        "Suburbs have slowly morphed Virginia from a solidly Republican, mostly rural and Southern-dominated state into"
        " one that leans suburban and blue.\n\n"
        "The delegation had 7 Republicans and 4 Democrats before the 2018 election.\n\n"
        "\u201cThe dumbest thing we could do as a party right now is take out those Republicans who have won,\u201d"
        " said John Whitbeck.\n"
    )
    for extraction in (extract_text(text), page("allsides/riggleman_gay_wedding_primary.txt")):
        assert named_apart(extraction, "Republicans", "Republican")
        assert role_of(extraction, "Republicans") == "actor"


def test_a_headline_run_the_body_names_whole_is_no_clip_of_a_longer_name():
    # round 93 (BBC): the title "Eric Schneiderman, New York attorney general, quits amid assault reports" over a body
    # that names "New York" and "The New Yorker magazine": the title's "New York" is the state, no clip of the magazine
    extraction = page("allsides/schneiderman_resigns.txt")
    magazine = by_alias(extraction)["New Yorker"].key
    assert [m.seq for m in extraction.mentions if m.entity_key == magazine and m.text == "New York"] == []


def test_a_states_initials_are_the_state_not_a_body_named_after_it():
    # round 93 (BBC): "Mr Schneiderman's NY office sued" beside "New York Attorney General" and "The New Yorker
    # magazine": the state's initials, as a postal code writes them, no magazine's
    extraction = extract_text(
        "Schneiderman Quits\n\n"
        "New York Attorney General Eric Schneiderman has resigned.\n\n"
        "The New Yorker magazine published a report quoting the women.\n\n"
        "Mr Schneiderman's NY office sued on behalf of 600 students.\n"
    )
    assert named_as_one(extraction, "NY", "New York")
    assert named_apart(extraction, "NY", "New Yorker")


def test_a_movements_singular_before_a_noun_is_apart_from_its_members_plural():
    # round 90 (WSJ): "met last week for the first time with Yemen's Houthi rebels", "a Houthi militant", "the Houthi
    # spokesman" beside "the Houthis took him into custody": the members acting, an actor, and their adjective
    text = (
        "U.S. Met Secretly With Houthis\n\n"
        "U.S. officials met last week for the first time with Yemen\u2019s Houthi rebels and pressed for a cease-fire.\n\n"
        "The administration sought to use the meeting with Houthi representatives in Muscat for a broader dialogue.\n\n"
        "U.S. officials pressed the Houthis to stop shooting at Saudi Arabian targets, while the Houthis complained about"
        " a recent United Nations resolution.\n\n"
        "Saudi Arabia has launched airstrikes on Houthi positions. Clashes continue to rage between the Houthis and forces"
        " loyal to Mr. Hadi.\n\n"
        "Two days later, the Houthis took him into custody at his home.\n"
    )
    for extraction in (extract_text(text), page("allsides/us_met_secretly_houthis.txt")):
        assert named_apart(extraction, "Houthis", "Houthi")
        assert role_of(extraction, "Houthis") == "actor"


def test_the_scorer_reads_a_titles_full_extent():
    # the gold's "President-elect Donald Trump" (round 83) and "Secretary of the Navy Richard Spencer" (round 83) are
    # the holders' names as merges read forms, not "elect donald trump" and "the navy richard spencer", forms no mention
    # holds, each of their pairs a merge scored missed
    from bench.extraction_quality import _fold, _untitled

    def read(*aliases: str) -> set[str]:
        return _untitled({_fold(a) for a in aliases})

    assert read("President-elect Donald Trump", "Donald Trump") == {"donald trump"}
    assert read("Vice President-elect Mike Pence") == {"mike pence"}
    assert read("Secretary of the Navy Richard Spencer", "Richard Spencer") == {"richard spencer"}
    assert read("State of Texas") == {"texas"}  # the "of" a title leaves, as before


def test_a_lawmaker_elects_bare_state_tag_is_the_state():
    # round 80 (The Hill): "said Rep.-elect Ilhan Omar (MN)", "Rep.-elect Max Rose (D-NY)": the tag's state, no
    # acronym of the member-elect's name joined to her
    extraction = extract_text(
        "Pelosi Allies Plot Exit Strategy\n\n"
        "\u201cWe need a leader who will fight for all Americans,\u201d said Rep.-elect Ilhan Omar (MN).\n"
    )
    assert named_apart(extraction, "Ilhan Omar", "MN")
    assert role_of(extraction, "MN") == "location"

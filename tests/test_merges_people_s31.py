"""Merges of people's names (session 31, rounds 24-50 pooled): a father and his son of the same name kept apart where
the text says they are kin or calls the son by his surname and suffix; a name that opens a longer one kept apart where
it is the kin's or the longer name's bearer goes by the rest; a name with a kin after it ("X's wife") a person's; a
surname alone kept apart from the one full name of the other sex, which the store's resolution no longer rejoins; each
rule with a made-up story and the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


_FATHER_AND_SON = (
    "Heir speaks out\n\n"
    "Harold Quenby Jr. offered some unsolicited career advice on Monday.\n\n"
    "\u201cYou should go and teach,\u201d Harold Quenby\u2019s son told a radio show in 2013.\n\n"
    "Quenby Jr. later joked about it.\n\n"
    "Harold Quenby regularly defends his son.\n"
)


def test_a_father_and_his_son_of_one_name_are_two_people():
    ex = extract_text(_FATHER_AND_SON)
    assert named_apart(ex, "Harold Quenby Jr", "Harold Quenby")
    assert named_as_one(ex, "Harold Quenby Jr", "Quenby Jr")  # the surname and suffix are the son's, never his father's


def test_a_suffix_dropped_in_a_story_of_one_man_still_joins():
    # no kin, no "Surname Jr." alone: the suffix written once and left off after is one man ("Patrick Carlineo Jr.",
    # then "Pat Carlineo")
    ex = extract_text(
        "Threat case\n\n"
        "On Tuesday, Walter Brennick Jr., 55, pleaded guilty to threatening a lawmaker.\n\n"
        "\u201cWalt Brennick is passionate about his beliefs,\u201d his lawyer said.\n"
    )
    assert named_as_one(ex, "Walter Brennick Jr", "Walt Brennick")


def test_a_father_and_his_son_on_the_real_pages():
    # "Donald Trump Jr. offered ...", "Donald Trump's son told The Opie and Anthony Show", "Trump Jr. later joked",
    # "Donald Trump regularly incites political violence"
    ex = page("polnear/huff-post/trump_jr_harassment.txt")
    assert named_apart(ex, "Donald Trump Jr", "Donald Trump")
    assert named_as_one(ex, "Donald Trump Jr", "Trump Jr")
    # the suffix dropped in a story of one man
    assert named_as_one(page("aeb/thehill_omar_threat.txt"), "Patrick Carlineo Jr", "Pat Carlineo")


def test_a_name_opening_a_longer_one_is_the_kin_it_is_written_as():
    ex = extract_text(
        "Leader visits\n\n"
        "Kyaw Min Tin Myint visited the capital on Wednesday as her country's de facto leader.\n\n"
        "The daughter of Kyaw Min, the general who led the country to independence, Tin Myint long enjoyed a revered "
        "standing abroad.\n"
    )
    assert named_apart(ex, "Kyaw Min", "Kyaw Min Tin Myint")


def test_a_name_opening_a_longer_one_whose_bearer_goes_by_the_rest():
    # "Tin Myint" is what she goes by: "Kyaw Min" is another's name hers was made from, though no kin noun says so
    ex = extract_text(
        "Leader visits\n\n"
        "Kyaw Min Tin Myint visited the capital on Wednesday as her country's de facto leader.\n\n"
        "Tin Myint thanked her hosts. Kyaw Min, a general, secured independence before being assassinated.\n"
    )
    assert named_apart(ex, "Kyaw Min", "Kyaw Min Tin Myint")


def test_a_name_opening_a_longer_one_on_the_real_page():
    # "The daughter of Aung San, the Burmese leader who secured independence ..., Suu Kyi long enjoyed ..."
    ex = page("polnear/wash-post/burma_leader_visit.txt")
    assert named_apart(ex, "Aung San", "Aung San Suu Kyi")
    assert named_as_one(ex, "Aung San Suu Kyi", "Suu Kyi")


def test_a_name_with_a_kin_after_it_is_a_person():
    ex = extract_text(
        "Video released\n\n"
        "Lamar Oakes Pettigrew's wife pleads for his life.\n\n"
        "The shooting occurred as Lamar Oakes Pettigrew, a 43-year-old man, was sitting in his parked vehicle.\n\n"
        "It does not answer whether Pettigrew had a gun, as police have said. Darnisha Pettigrew can be heard yelling "
        "that her husband was unarmed.\n"
    )
    assert named_as_one(ex, "Lamar Oakes Pettigrew", "Pettigrew")


def test_a_name_with_a_kin_after_it_is_marked_a_persons_whatever_the_model_took_it_for():
    from newsx.store.nlp.entities.base import _Mention
    from newsx.store.nlp.entities.surnames import mark_kin_of

    text = "Lamar Oakes Pettigrew's wife pleads for his life. Acme Holdings's sister company agreed."
    person = _Mention(0, 0, len("Lamar Oakes Pettigrew"), "Lamar Oakes Pettigrew", "ORG")
    at = text.index("Acme Holdings")
    firm = _Mention(0, at, at + len("Acme Holdings"), "Acme Holdings", "ORG")
    mark_kin_of([person, firm], {0: text})
    assert {"kin of", "person"} <= person.evidence
    assert not firm.evidence  # a body's sister company is no kin


def test_a_name_with_a_kin_after_it_on_the_real_page():
    # "Keith Lamont Scott's wife pleads for his life", which the model took for a body's name: the surname alone went
    # to the one person named in full with it, his wife Rakeyia Scott
    ex = page("polnear/wash-post/charlotte_scott_wife_video.txt")
    assert named_as_one(ex, "Keith Lamont Scott", "Scott")
    assert named_apart(ex, "Rakeyia Scott", "Scott")


_SURNAME_OF_THE_OTHER_SEX = (
    "Campaign emails\n\n"
    "An email shows the desperation of a Delgado aide.\n\n"
    "Delgado is known for allowing only limited input, whether in office or on the campaign trail.\n\n"
    "Critics have called out Delgado for years.\n\n"
    "\u201cShe won't be able to give it in the round like (Rafael Delgado) does,\u201d an aide said.\n\n"
    "Another email noted that in September 2015, Delgado could not recall how she described herself politically.\n"
)


def test_a_surname_the_text_calls_a_woman_is_no_short_name_of_a_man():
    ex = extract_text(_SURNAME_OF_THE_OTHER_SEX)
    assert named_apart(ex, "Delgado", "Rafael Delgado")


def test_a_surname_the_text_calls_a_man_is_still_his():
    # the same story, the pronoun his: the surname is Rafael Delgado's
    ex = extract_text(_SURNAME_OF_THE_OTHER_SEX.replace("how she described herself", "how he described himself"))
    assert named_as_one(ex, "Delgado", "Rafael Delgado")


def test_the_store_keeps_a_surname_apart_as_the_extraction_does(tmp_path):
    from newsx.store import open_db
    from newsx.store.ingest import ingest

    path = tmp_path / "delgado_emails.txt"
    path.write_text(_SURNAME_OF_THE_OTHER_SEX, encoding="utf-8")
    db = open_db(tmp_path / "s.db")
    ingest(db, [str(path)])
    ids = {text: entity for text, entity in db.execute("SELECT text, entity_id FROM mentions")}
    assert ids["Delgado"] != ids["Rafael Delgado"]


def test_a_surname_the_text_calls_a_woman_on_the_real_page():
    # "Clinton is known for allowing only limited input", "Clinton could not recall how she described herself",
    # beside "like (Bill Clinton) does" in an aide's email
    ex = page("polnear/west-journal/tanden_grown_up_emails.txt")
    assert named_apart(ex, "Clinton", "Bill Clinton")
    # one pronoun after another person's name is no evidence: "Warren told Stumpf, after he admitted"
    assert named_as_one(page("polnear/huff-post/warren_wells_fargo_ceo.txt"), "Elizabeth Warren", "Warren")


def test_a_surname_with_an_apostrophe_after_told_is_no_outlet():
    ex = extract_text(
        "Leak\n\n"
        "In an interview, Sandor Pell told host Gerald O\u2019Rourke that the leak was unethical.\n\n"
        "Pell told O\u2019Rourke that the news was very troubling.\n"
    )
    assert named_as_one(ex, "Gerald O\u2019Rourke", "O\u2019Rourke")
    assert "O" not in by_alias(ex)


def test_a_surname_with_an_apostrophe_after_told_on_the_real_page():
    # "Tapper told host Larry O'Connor that ...", then "Tapper told O'Connor that the WikiLeaks news": no outlet "O"
    ex = page("polnear/breitbart/tapper_brazile_leak.txt")
    assert named_as_one(ex, "Larry O\u2019Connor", "O\u2019Connor")


def test_a_site_named_after_a_person_is_not_his_surname():
    ex = extract_text(
        "Hotel deal\n\n"
        "Investors put money into the Varnell hotel in Austin, a project of Gordon P. Varnell.\n\n"
        "Mr. Varnell said he had not been told of the investors.\n"
    )
    assert named_as_one(ex, "Gordon P. Varnell", "Varnell")
    assert not named_as_one(ex, "Varnell", "Varnell hotel")


def test_a_site_named_after_a_person_on_the_real_pages():
    # "the Trump hotel" and "Mr. Trump" beside "Donald J. Trump"; "the Trump camp" and "Trump" beside "Donald Trump"
    assert named_as_one(page("polnear/nyt/chinese_investors_trump_name.txt"), "Donald J. Trump", "Trump")
    assert named_as_one(page("polnear/politico/pence_special_prosecutor.txt"), "Donald Trump", "Trump")


def test_a_surname_alone_goes_to_the_one_person_of_its_bearers():
    # the extraction joins it, as the store's resolution no longer does after it: the other bearer a body's name
    ex = extract_text(
        "New brokerage\n\n"
        "Tokyo firm Kanemori Securities plans a Canadian unit, its general manager Hideki Nakashima told Reuters.\n\n"
        "\u201cThis is a prelude,\u201d Nakashima said.\n\n"
        "Investors are trying to diversify, Kanemori's Nakashima added.\n"
    )
    assert named_as_one(ex, "Hideki Nakashima", "Nakashima")


def test_a_surname_alone_goes_to_the_one_person_on_the_real_page():
    # "general manager for Canada Hajimu Watanabe told Reuters", "Watanabe said", "Daiwa's Watanabe added" (a body's)
    assert named_as_one(page("reuterswire/daiwa_toronto_seat.txt"), "Hajimu Watanabe", "Watanabe")

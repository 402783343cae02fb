"""People's names (session 33, rounds 24-52 pooled): a paper's international edition is a paper of its own; a family
named in the plural ("the Rogans") is no short name of its member; the bare surname of two bearers goes to the one
its pronouns say; a people's word in the plural is no surname of a name the model ran on to it; a brand's show the
model took for a person is no person, and no short name its brand; a person's name run on into a subhead's verb is
cut there. Each rule with a made-up story and the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def test_a_papers_international_edition_is_a_paper_of_its_own():
    ex = extract_text(
        "Editor's note on the visa story\n\n"
        "Officials told The Harbor Herald on Monday that the screening had been cut short, Dana Morrow reported.\n\n"
        "As published in the International Harbor Herald.\n"
    )
    assert named_apart(ex, "Harbor Herald", "International Harbor Herald")


def test_the_international_new_york_times_on_the_real_page():
    # "As published in the International New York Times.", "Law enforcement officials subsequently told The New York
    # Times that ..."
    assert named_apart(page("polnear/nyt/visa_screening_zealotry.txt"), "New York Times", "International New York Times")


_FAMILY = (
    "A holiday photograph at the White House\n\n"
    "Representative Marcus T. Tallan, a Republican from Ohio, went to the party with his wife.\n\n"
    "When the Tallans' turn came and they were announced, Mr. Tallan said in an interview, the host smiled at them.\n\n"
    "Soon after, the picture of the Tallans and the Clintons turned up in a widely read column, alongside an item "
    "suggesting that Mr. Tallan was hypocritical.\n"
)


def test_a_family_named_in_the_plural_is_no_short_name_of_its_member():
    ex = extract_text(_FAMILY)
    assert named_apart(ex, "Tallans", "Marcus T. Tallan")
    assert named_as_one(ex, "Marcus T. Tallan", "Tallan")


def test_the_rogans_on_the_real_page():
    # "When the Rogans' turn came and they were announced, Mr. Rogan said in an interview ..."
    ex = page("polnear/nyt/white_house_schmoozing.txt")
    assert named_apart(ex, "Rogans", "James E. Rogan")
    assert named_as_one(ex, "James E. Rogan", "Rogan")


_TWO_BEARERS = (
    "Former governor weighs in\n\n"
    "Ron Keller is on solid ground attacking Tom Keller, Dana Pruitt said Monday.\n\n"
    "\u201cBut you are not going to beat Maria Keller by attacking Tom Keller,\u201d Pruitt said.\n\n"
    "As for the notion that people want to vote for Keller because she would be the first woman to be governor, "
    "Pruitt offered her own approach.\n\n"
    "In recent days, Ron has repeatedly warned Keller that he would be making an issue of the record.\n"
)


def test_a_bare_surname_two_bearers_share_goes_to_the_one_its_pronouns_say():
    ex = extract_text(_TWO_BEARERS)
    assert named_as_one(ex, "Maria Keller", "Keller")
    assert named_apart(ex, "Tom Keller", "Keller")


def test_clinton_she_on_the_real_page():
    # "Of course Bill Clinton's fair game", "you're not going to beat Hillary Clinton by attacking Bill Clinton", then
    # "people want to vote for Clinton because she would be the first woman to be president"
    ex = page("polnear/politico/fiorina_bill_clinton_fair_game.txt")
    assert named_apart(ex, "Bill Clinton", "Clinton")
    assert named_as_one(ex, "Hillary Clinton", "Clinton")


def _peoples_word_beside_a_name_it_ends() -> list:
    """What _merge makes of a people's word, written in the plural too ("American voters", "most Americans"), beside
    a name the model ran on to it and took for a person's ("an immigrant-rights group, Imagine American")."""
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.merge import _merge
    from newsx.store.nlp.gazetteer import gazetteer

    run_on = _Group([_Mention(1, 60, 76, "Imagine American", "PERSON")], "PERSON")
    word = _Group([_Mention(2, 5, 13, "American", "NORP", {"attributive"}), _Mention(2, 40, 49, "Americans", "NORP", {"plural"})], "NORP")
    return [g.aliases for g in _merge([run_on, word], gaz=gazetteer())]


def test_a_peoples_word_in_the_plural_is_no_surname():
    assert {"American", "Americans"} in _peoples_word_beside_a_name_it_ends()


def test_define_american_on_the_real_page():
    # "an immigrant-rights group, Define American", beside "American citizens" and "Americans"
    ex = page("polnear/west-journal/clinton_illegal_immigrant_words.txt")
    assert named_apart(ex, "Americans", "Define American")


def _brands_show_beside_its_brand() -> list:
    """What _merge makes of a brand's show the model took for a person's name ("In a conversation with StoryWire
    Live's Dana Wills", "during a StoryWire Live interview") beside its brand, which the model took for a thing ("in a
    StoryWire blog", "told StoryWire that"): (label, aliases) of each group."""
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.merge import _merge

    show = _Group([_Mention(1, 23, 37, "StoryWire Live", "PERSON"), _Mention(3, 9, 23, "StoryWire Live", "PERSON")], "PERSON")
    brand = _Group([_Mention(5, 50, 59, "StoryWire", "PRODUCT", {"attributive"}), _Mention(7, 20, 29, "StoryWire", "PRODUCT")], "PRODUCT")
    return [(g.label, frozenset(g.aliases)) for g in _merge([show, brand])]


def test_a_brands_show_is_no_person_nor_its_brand():
    assert set(_brands_show_beside_its_brand()) == {("ORG", frozenset({"StoryWire"})), ("ORG", frozenset({"StoryWire Live"}))}


def test_huffpost_live_on_the_real_page():
    # "In a conversation with HuffPost Live's Alyona Minkovski", "described as a "real woman" in a HuffPost blog"
    ex = page("polnear/huff-post/latinos_powerful_things.txt")
    assert "HuffPost" not in by_alias(ex) or named_apart(ex, "HuffPost", "HuffPost Live")
    assert "HuffPost Live" in by_alias(ex) and by_alias(ex)["HuffPost Live"].type != "PERSON"


_SUBHEADS = {
    1: "Take a look at what Carla Mendez, Rosa Ibarra and many more stars had to say.",
    2: "Carla Mendez Described Her Experience Being Turned Away",
    3: "During an interview, the actress was asked about her start. Mendez confirmed she had been.",
    4: "Rosa Questioned Why White Actors Play Characters Of Color",
    5: "Mary Ann Lopez Joins The Cast",
}


def _cut(text: str, seq: int) -> str:
    """The span the cut makes of a person's span `text` opening paragraph `seq` of _SUBHEADS (and Mary Poe named in
    the prose, whose given name opens "Mary Ann Lopez")."""
    from newsx.store.nlp.entities.base import _Mention
    from newsx.store.nlp.entities.splits import _names_cut_before_a_subheads_verb

    texts = _SUBHEADS | {6: "Mary Poe said so."}
    prose = [_Mention(1, 19, 31, "Carla Mendez", "PERSON"), _Mention(1, 33, 43, "Rosa Ibarra", "PERSON"),
             _Mention(3, 60, 66, "Mendez", "PERSON"), _Mention(6, 0, 8, "Mary Poe", "PERSON")]
    spans = _names_cut_before_a_subheads_verb(texts, [*prose, _Mention(seq, 0, len(text), text, "PERSON")])
    return spans[-1].text


def test_a_name_run_on_into_a_subheads_verb_is_cut_there():
    assert _cut("Carla Mendez Described Her", 2) == "Carla Mendez"
    assert _cut("Rosa Questioned Why", 4) == "Rosa"
    assert _cut("Mary Ann Lopez", 5) == "Mary Ann Lopez"  # a given name goes on


def test_subheads_of_the_real_page():
    # "Salma Hayek Described Her Experience Being Discriminated Against", then "Hayek confirmed she had been"; "Zoe
    # Questioned Why White Actors Play Characters Of Color"; "George Lopez On Why Blacks, Latinos Can't Fail On TV."
    ex = page("polnear/huff-post/latinos_powerful_things.txt")
    assert named_as_one(ex, "Salma Hayek", "Hayek")
    assert named_as_one(ex, "Zoe Saldana", "Zoe")
    assert named_apart(ex, "Blacks", "George Lopez") or "Blacks" not in by_alias(ex)
    assert named_as_one(ex, "George Lopez", "Lopez")


def test_a_full_name_after_an_age_is_a_persons():
    from newsx.store.nlp.entities.base import _Mention
    from newsx.store.nlp.entities.splits import _names_after_an_age
    from newsx.store.nlp.gazetteer import gazetteer

    texts = {
        1: "A judge ordered the release of a video of an officer shooting 17-year-old Dequan Farrow 16 times.",
        2: "The video of the Farrow shooting was released on Tuesday.",
        3: "An 8-year-old Fort Worth girl was hurt.",
    }
    spans = [_Mention(2, 17, 23, "Farrow", "ORG", {"attributive"}), _Mention(3, 23, 27, "Worth", "ORG")]
    found = {(m.text, m.label) for m in _names_after_an_age(texts, spans, gazetteer())}
    assert ("Dequan Farrow", "PERSON") in found and ("Worth", "ORG") in found and ("Fort Worth", "PERSON") not in found


def test_laquan_mcdonald_on_the_real_page():
    # "a police video of a white Chicago police officer shooting 17-year-old Laquan McDonald 16 times", then "the
    # McDonald shooting", which the model reads as the chain's
    assert named_as_one(page("polnear/wash-post/emanuel_killing_video.txt"), "Laquan McDonald", "McDonald")


def _headlines_surname_beside(evidence: set[str]) -> list:
    """What _merge makes of a surname a headline writes first, which the model took for a body's ("Keller and Ortiz
    point out own credentials"), beside the man named in full after it ("Dan Keller and Ana Ortiz vied ...")."""
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.merge import _merge

    surname = _Group([_Mention(0, 0, 6, "Keller", "ORG", set(evidence)), _Mention(3, 0, 6, "Keller", "ORG")], "ORG")
    person = _Group([_Mention(1, 0, 10, "Dan Keller", "PERSON")], "PERSON")
    return [frozenset(g.aliases) for g in _merge([surname, person])]


def test_a_surname_called_he_is_no_body_named_after_the_family():
    assert _headlines_surname_beside({"his pronoun"}) == [frozenset({"Dan Keller", "Keller"})]
    assert len(_headlines_surname_beside(set())) == 2  # "Ford, the US car company", then "chairman Bill Ford"


def test_trump_told_the_forum_he_on_the_real_page():
    # "Trump and Clinton point out own credentials, each other", "Donald Trump and Hillary Clinton vied for ...",
    # "Trump told the forum he was "totally against the war in Iraq""
    assert named_as_one(page("polnear/usa-today/veterans_support_forum.txt"), "Donald Trump", "Trump")

"""Kinds of text round 11 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987)
showed the merging of aliases getting wrong (issue 9, kind 8): look-alikes merged, and one thing's
names kept apart. One test per rule: on a short article written for it, and on the real page of
tests/articles/bbcnews/ or tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities/ and store/names.py."""

from __future__ import annotations

from newsx.store.names import acronym_of

from .extraction_corpus import by_alias, extract_text, page


def _keys(ex, text: str) -> set[str]:
    """The keys of the entities `text` is mentioned as."""
    return {m.entity_key for m in ex.mentions if m.text == text}


def test_one_member_of_a_party_is_not_the_party():
    ex = extract_text(
        "Vote\n\nJo Roe, a Democrat, says the Democrats will win. Zed Alder is a Sunni."
        " Sunni fighters and other Sunnis took the town.\n"
    )
    assert _keys(ex, "Democrat").isdisjoint(_keys(ex, "Democrats")) and _keys(ex, "Democrats")
    assert by_alias(ex)["Democrat"].role == "other" and by_alias(ex)["Democrats"].role == "actor"
    # the people's adjective still names the people: "Sunni fighters" are Sunnis; "a Sunni" is one of them
    (sunnis,) = _keys(ex, "Sunnis")
    assert _keys(ex, "Sunni") == {sunnis, "other:sunni"}
    tower = page("reuterswire/tower_report.txt")  # "William Schneider, a Democrat, says ..."
    assert _keys(tower, "Democrat") == {"other:democrat"} and "other:democrat" not in _keys(tower, "Democrats")


def test_a_partys_adjective_and_its_members_plural_are_the_party():
    # a US party's plural, "the" or not, is its members, apart from the party named in full (lead rulings 15 and 25;
    # session 55: tests/test_names_s55.py); British copy's "the Tories" too since lead ruling 37 (session 58)
    ex = by_alias(extract_text(
        "Poll\n\nThe Tory Party chairman Jo Roe said the Tories would win. The Democratic Party"
        " lost its lead, and the Democrats blamed the weather, Zed Alder said.\n"
    ))
    assert ex["Tories"] is not ex["Tory Party"] and ex["Democrats"] is not ex["Democratic Party"]
    assert ex["Tories"] is not ex["Democrats"]
    slogan = by_alias(page("bbcnews/libdem_slogan.txt"))
    assert slogan["Tories"] is not slogan["Tory Party"]


def test_a_bodys_one_word_with_and_without_its_final_s_is_one():
    ex = by_alias(extract_text(
        "Oil\n\nThe minister told Reuters the output fell. A Reuter survey put it at 16 mln bpd,"
        " Jo Roe of Acme Oil said.\n"
    ))
    assert ex["Reuter"] is ex["Reuters"]
    opec = by_alias(page("reuterswire/opec_lukman.txt"))
    assert opec["Reuter"] is opec["Reuters"]


def test_a_sea_written_without_its_noun_is_the_sea():
    ex = by_alias(extract_text(
        "Navies\n\nWarships sailed into the Caspian Sea on Monday. Jo Roe said ships in the Caspian"
        " were on alert and more would go to the Caspian.\n"
    ))
    assert ex["Caspian"] is ex["Caspian Sea"] and ex["Caspian"].role == "location"
    aegean = by_alias(page("reuterswire/papandreou_aegean.txt"))
    assert aegean["Aegean"] is aegean["Aegean Sea"] and aegean["Aegean"].role == "location"


def test_an_acronym_spells_a_firms_co_and_a_name_its_country_was_cut_from():
    assert acronym_of("ZBC", "Zorbex Broadcasting Co") and acronym_of("ZB&E", "Zorbex Broadcasting & Electric Co.")
    assert acronym_of("UKFP", "Freedom Party") and acronym_of("USDA", "Department of Agriculture")
    assert acronym_of("UKFP", "UK Freedom Party")  # the country's acronym kept whole (r11-entities keeps it on its party)
    assert not acronym_of("UK", "Freedom Party") and not acronym_of("UKFP", "Freedom Alliance")
    # the model tags "ZBC" but not the long name it spells
    ex = by_alias(extract_text(
        "Offer\n\nNEW YORK, April 1 - The Zorbex Broadcasting Co delivered its final offer to 2,800 writers"
        " early today. A spokeswoman for ZBC said staff were ready. Jo Roe left the UK Freedom Party in May;"
        " a UKFP spokesman said she had not paid.\n"
    ))
    assert ex["ZBC"] is ex["Zorbex Broadcasting Co"] and ex["UKFP"] is ex["UK Freedom Party"]
    nbc = by_alias(page("reuterswire/nbc_final_offer.txt"))
    assert nbc["NBC"] is nbc["National Broadcasting Co"]
    kilroy = by_alias(page("bbcnews/kilroy_silk_slurry.txt"))  # "the UK Independence Party whip", "a UKIP spokesman"
    assert kilroy["UKIP"] is kilroy["UK Independence Party"]


def test_letters_after_a_name_are_no_part_of_it():
    ex = by_alias(extract_text(
        "Advice\n\nIn a book published this week, Jo Fenwick QC, a barrister, said the advice was wrong."
        " Fenwick said it had been changed.\n"
    ))
    assert ex["Fenwick"] is ex["Jo Fenwick"] and "Jo Fenwick QC" not in ex
    blair = by_alias(page("bbcnews/blair_iraq_advice.txt"))  # "Philippe Sands QC, a member of ..."
    assert blair["Sands"] is blair["Philippe Sands"]


def test_a_headline_drops_a_firms_ltd():
    ex = extract_text("ZORBEX CORP'S PROFIT FALLS\n\nZorbex Corp Ltd said profit fell, Jo Roe said.\n")
    assert _keys(ex, "ZORBEX CORP") == _keys(ex, "Zorbex Corp Ltd") != set()
    fox = page("reuterswire/fox_network.txt")  # "NEWS CORP'S <NWS> FOX DEBUTS U.S. NETWORK"
    assert _keys(fox, "NEWS CORP") == _keys(fox, "News Corp Ltd") != set()


def test_a_bodys_full_name_written_once_is_the_body():
    # the model tags "Vox" but not "Vox Broadcasting"
    ex = by_alias(extract_text(
        "Network\n\nNEW YORK, April 3 - Vox Broadcasting, owned by Rupert Hale's Acme Corp Ltd, is set to launch"
        " two prime time television shows this Sunday on what some have called the fourth television network.\n\n"
        "\"I think our goal is to provide an alternative to the three networks,\" said Vox president Jo Roe.\n\n"
        "Vox's debut comes when earnings at two of the three networks are under pressure.\n"
    ))
    assert ex["Vox"] is ex["Vox Broadcasting"]
    fox = by_alias(page("reuterswire/fox_network.txt"))  # "Fox Broadcasting, owned by Rupert Murdoch's News Corp Ltd"
    assert fox["Fox"] is fox["Fox Broadcasting"]


def test_a_house_of_a_plural_is_named_by_the_plural():
    ex = by_alias(extract_text(
        "Taunts\n\nJo Roe said MPs jeered as women made Commons speeches in the House of Commons."
        " Commons officials did not believe her.\n"
    ))
    assert ex["Commons"] is ex["House of Commons"]
    taunts = by_alias(page("bbcnews/women_mps_taunts.txt"))  # "as women made Commons speeches"
    assert taunts["Commons"] is taunts["House of Commons"]


def test_a_surname_keeps_its_particle():
    ex = by_alias(extract_text(
        "Cup\n\nAcme assistant coach Henk Ten Boer has branded the complaint \"pathetic\". \"It is a lie,\""
        " Ten Boer said.\n"
    ))
    assert ex["Ten Boer"] is ex["Henk Ten Boer"] and ex["Henk Ten Boer"].type == "PERSON"
    chelsea = by_alias(page("bbcnews/chelsea_complaint.txt"))  # the model tags "Henk Ten" and "Cate"
    assert chelsea["Ten Cate"] is chelsea["Henk Ten Cate"]


def test_a_groups_name_the_model_cut_to_its_plural_is_whole():
    ex = by_alias(extract_text(
        "Pensions\n\nMeanwhile, the Liberal Democrats' President Jo Roe said it was wrong. The Social"
        " Democrats agreed, and British Muslims protested.\n"
    ))
    assert {"Liberal Democrats", "Social Democrats", "British Muslims"} <= set(ex) and "Democrats" not in ex
    milburn = by_alias(page("bbcnews/milburn_reforms.txt"))  # "the Liberal Democrats' President Simon Hughes"
    assert milburn["Lib Dems"] is milburn["Liberal Democrats"]


def test_a_body_a_capitalised_job_and_a_person_in_one_span_are_two_names():
    from newsx.store.nlp.entities.base import _Mention
    from newsx.store.nlp.entities.splits import _split_at_job_title

    text = "Kobe University Political Science Professor Kenji Aoki"
    body, person = _split_at_job_title(_Mention(0, 10, 10 + len(text), text, "WORK_OF_ART"))
    assert (body.text, body.label, body.start) == ("Kobe University", "ORG", 10)
    assert (person.text, person.label, person.end) == ("Kenji Aoki", "PERSON", 10 + len(text))
    # no body's head noun before the job: the title rule's, not this one's
    assert len(_split_at_job_title(_Mention(0, 0, 30, "Acting Deputy Minister Jo Roe", "PERSON"))) == 1
    nakasone = by_alias(page("reuterswire/nakasone_trade_friction.txt"))
    assert nakasone["Uchida"] is nakasone["Mitsuru Uchida"] and nakasone["Waseda University"].type == "ORG"


def test_a_rank_and_a_full_name_are_a_person_not_a_works_title():
    from newsx.store.nlp.entities.job_titles import _titled_full_name

    assert _titled_full_name("General Orhan Demirel") and _titled_full_name("Vice Admiral Jo Roe")
    assert not _titled_full_name("King Lear") and not _titled_full_name("Orhan Demirel")
    assert not _titled_full_name("Prince Charles Foundation")
    aegean = by_alias(page("reuterswire/papandreou_aegean.txt"))  # "General Guven Ergenc, Secretary General ..."
    assert aegean["Ergenc"] is aegean["Guven Ergenc"] and aegean["Guven Ergenc"].type == "PERSON"

"""Kinds of text rounds 26 and 27 showed giving a direct quote a wrong speaker (issue 9), tuned on
rounds 21-27 in session 19: a short description of a body named in full before ("the chamber",
"the union body"); an acronym the model left untagged ("the RSPCA said", "BT was ...") and the
statement it issued; a role opening its sentence before an apposed name ("Head of genetics at X,
Professor Name, said"); an office set before a name ("the Archbishop of Canterbury, Dr Name")
as that person's title; a royal rank never resolved to a commoner or a royal of the other sex.
One test per rule: on a short article written for it, and on the real page where it occurs. The
figures are in tests/gold/README.md ("Tuned on rounds 21-27 (session 19): direct-quote speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_short_description_of_a_body_named_in_full_is_that_body():
    ex = _extract(
        "Wages\n\nHARARE, March 3 - Freedonia's wage freeze angered business and labour.\n\n"
        "The Freedonia National Chamber of Industry said the freeze would cost jobs."
        " \"Firms cannot pay more if prices stay fixed,\" the chamber said.\n\n"
        "The Freedonia Congress of Trade Unions attacked the plan on Tuesday."
        " \"Prices are hitting the poorest workers hardest,\" the union body said.\n"
    )
    assert direct_speaker(ex, "Firms cannot pay more") == "Freedonia National Chamber of Industry"
    assert direct_speaker(ex, "Prices are hitting the poorest") == "Freedonia Congress of Trade Unions"
    zimbabwe = _page("reuterswire/zimbabwe_wage_freeze.txt")
    assert direct_speaker(zimbabwe, "If those companies whose costs") == "Zimbabwe National Chamber of Commerce"
    assert direct_speaker(zimbabwe, "Inflation is hitting hardest") == "Zimbabwe Congress of Trade Unions"
    assert direct_speaker(zimbabwe, "bolting the stable door") == "Zimbabwe Congress of Trade Unions"


def test_an_untagged_acronym_speaks_as_a_body_and_its_statement_with_it():
    rifle = _page("bbcnews/remote_rifle_hunting.txt")
    assert direct_speaker(rifle, "grave concerns") == "RSPCA"
    assert direct_speaker(rifle, "We assume it would be extremely difficult") == "RSPCA"
    assert direct_speaker(rifle, "Animals hit but not killed") == "RSPCA"


def test_an_acronym_before_a_quote_is_no_surname_of_someone_who_speaks():
    lab = _page("bbcnews/media_lab_europe_closes.txt")
    assert direct_speaker(lab, "There were a lot of very talented") == "Ian Pearson"
    assert direct_speaker(lab, "I have no doubt that the individuals") == "Ian Pearson"
    flight = _page("bbcnews/howard_flight.txt")  # a title's letters are no body's: "The MP, who ..., told"
    assert direct_speaker(flight, "They selected me and they") == "Howard Flight"


def test_a_role_opening_its_sentence_gives_way_to_the_name_apposed():
    ex = _extract(
        "Science\n\nMinisters are divided over stem cell research.\n\n"
        "Head of cell biology at the Freedonia Institute of Medicine, Professor Jane Hale, said the"
        " views worried her. She said: \"We will fall behind other countries.\"\n"
    )
    assert direct_speaker(ex, "We will fall behind") == "Jane Hale"
    kelly = _page("bbcnews/kelly_stem_cell_views.txt")
    assert direct_speaker(kelly, "If someone as senior as Ruth Kelly") == "Robin Lovell-Badge"


def test_an_office_set_before_a_name_is_his_title():
    ex = _extract(
        "Wedding\n\nThe prince will marry in April.\n\n"
        "The service will be led by the Bishop of Freedonia, Dr Tom Reed. Many were pleased."
        " \"It's wonderful news,\" said Jane Roe, a biographer. The Bishop of Freedonia said:"
        " \"I am delighted for them both.\"\n"
    )
    assert direct_speaker(ex, "I am delighted for them both") == "Tom Reed"
    royal = _page("bbcnews/royal_wedding_reaction.txt")
    assert direct_speaker(royal, "I am pleased that Prince Charles") == "Rowan Williams"


def test_a_royal_rank_is_no_commoner_named_before():
    ex = _extract(
        "Wedding\n\nMrs Jane Roe will marry the prince in April.\n\n"
        "Mrs Roe smiled as the news broke. The Queen said she was \"very happy\" for the couple.\n"
    )
    assert direct_speaker(ex, "very happy") == "The Queen"


def test_a_name_in_a_phrase_before_a_pronoun_subject_is_not_who_it_is():
    ex = _extract(
        "Visit\n\nPresident Omar Hale of Freedonia is visiting Britain this week.\n\n"
        "He met Prime Minister Tom Reed in London on Monday. But standing next to Mr Reed he added that"
        " it was vital to tackle \"the roots of poverty and of the anger it breeds\".\n"
    )
    assert direct_speaker(ex, "the roots of poverty") == "Omar Hale"
    musharraf = _page("bbcnews/musharraf_veils.txt")
    assert direct_speaker(musharraf, "core of what creates terrorists") == "Musharraf"
    assert direct_speaker(musharraf, "That is the resolution of political disputes") == "Musharraf"


def test_a_member_listed_in_a_groups_phrase_does_not_speak_for_it():
    ex = _extract(
        "Reform\n\nA group of MPs has published a plan for the upper house.\n\n"
        "But the all-party group, including Labour's Tom Reed and Liberal Democrat Jane Hale, is"
        " confident its plan would win support from a \"large and growing majority\".\n"
    )
    assert direct_speaker(ex, "large and growing majority") not in {"Tom Reed", "Jane Hale"}
    lords = _page("bbcnews/lords_reform_bill.txt")
    assert direct_speaker(lords, "large majority") not in {"Robin Cook", "Ken Clarke", "Paul Tyler"}


def test_a_role_of_named_works_is_the_person_the_sentences_are_about():
    ex = _extract(
        "Film\n\nHollywood actor Tom Reed has attacked modern cinema.\n\n"
        "Reed is in London to promote his new film. The star of Blue Harbour and Red Sky said the film"
        " industry was \"in a terrible state\" at a press conference on Tuesday.\n"
    )
    assert direct_speaker(ex, "in a terrible state") == "Tom Reed"
    hoffman = _page("bbcnews/hoffman_modern_film.txt")
    assert [q.speaker for q in hoffman.quotes if q.kind == "direct" and q.text == "in the craphouse"] == ["Dustin Hoffman"]


def test_a_description_a_relative_gives_an_untagged_name_is_that_name():
    ex = _extract(
        "Music\n\nA rap feud has broken out in New York.\n\n"
        "The label has claimed credit for the success of The Kid, who has become the hottest new star on"
        " the rap scene. \"I owe them nothing at all,\" he said.\n"
    )
    assert direct_speaker(ex, "I owe them nothing") == "The Kid"
    feud = _page("bbcnews/fifty_cent_game_feud.txt")  # (the possessive "50 Cent's rivals" is no subject: session 20)
    assert direct_speaker(feud, "Nas is one of my friends") == "The Game"


def test_a_colon_cue_inside_a_quote_left_open_opens_the_next_quote():
    ex = _extract(
        "Football\n\nThe club has no fit strikers for the replay.\n\n"
        "Tom Reed said: \"I have been sent off before. \"Of course he will learn from it. Jim Hale is"
        " likely to play up front. Club manager Jane Roe said: \"Jim is an option but we need another"
        " striker. \"I will decide on the day.\"\n"
    )
    assert direct_speaker(ex, "Jim is an option") == "Jane Roe"
    assert direct_speaker(ex, "I will decide on the day") == "Jane Roe"
    cole = _page("bbcnews/cole_van_persie.txt")
    assert direct_speaker(cole, "Freddie is an option") == "Arsene Wenger"
    assert direct_speaker(cole, "I have to decide whether") == "Arsene Wenger"

"""Aliases left apart on rounds 55-62 (session 39): a title American copy writes only before a name ("Speaker Paul Ryan",
"Pastor Kevin Swanson") is no part of the name, as "Sen." is not; a person's camp ("the Clinton camp") is her faction,
no site, so her surname before it stays hers. Each with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, forms_of, named_apart, named_as_one, page, role_of


def test_a_title_written_only_before_a_name_is_no_part_of_it():
    from newsx.store.names import leading_title_length

    for name, title in (
        ("Speaker Paul Ryan", "Speaker"),
        ("Pastor Kevin Swanson", "Pastor"),
        ("Fr. Frank Pavone", "Fr."),
        ("Pres. Obama", "Pres."),
        ("Assemblywoman Claudia Tenney", "Assemblywoman"),
    ):
        assert name[leading_title_length(name) :] == name[len(title) + 1 :], name
    # alone the word is no title: "the Speaker" names the office's holder, as the article writes him
    assert leading_title_length("Speaker") == 0


def test_the_bench_reads_a_gold_alias_with_such_a_title_as_the_name():
    # a merge's forms are read without their leading title, as mentions store them: "Speaker Paul D. Ryan" was a form
    # no mention held, each of its pairs a merge missed
    from bench.extraction_quality import _untitled

    assert _untitled({"speaker paul d ryan", "pastor kevin swanson", "fr frank pavone"}) == {"paul d ryan", "kevin swanson", "frank pavone"}
    assert _untitled({"speaker"}) == {"speaker"}


def test_the_bench_reads_the_real_gold_so():
    # round 56: "Pastor Kevin Swanson", "Kevin Swanson", "Swanson"; rounds 58-62 write "Speaker Paul D. Ryan"
    # (ryan_counter_trump_cruz, ryan_racist_backs_trump, trump_claims_nomination) and "Speaker Ryan" (republican_unity_meeting,
    # trump_endorses_ryan)
    from bench.extraction_quality import GOLD_DIR, _untitled, gold_entities_with_forms, load_gold

    (gold,) = load_gold([GOLD_DIR / "huffpost56_girl_scout_pastor.json"])
    (swanson,) = [g for g in gold_entities_with_forms(gold) if g["name"] == "Kevin Swanson"]
    assert _untitled(swanson["forms"]) == {"kevin swanson", "swanson"}


_SPEAKER = (
    "Pence backs Ryan\n\n"
    "Gov. Mike Pence on Tuesday sat with House Speaker Paul Ryan, who had surprised the nominee a week ago.\n\n"
    "Speaker Ryan thanked him. Ryan said the House would act.\n"
)


def test_the_house_before_its_speakers_title_is_still_named():
    # "House Speaker": the chamber, named before its officer's title, which is why "Speaker" is no title but one opening a name
    ex = extract_text(_SPEAKER)
    assert "House" in forms_of(ex)
    assert named_as_one(ex, "Ryan", "Paul Ryan")


_CAMP = (
    "Sanders gains in the polls\n\n"
    "Sen. Bernie Sanders has cast Hillary Clinton as unqualified. And the Clinton camp has lobbed misleading "
    "criticisms of Sanders.\n\n"
    "Clinton said on Tuesday that she would win the nomination.\n"
)


def test_a_persons_camp_is_her_faction_no_site():
    ex = extract_text(_CAMP)
    assert named_as_one(ex, "Clinton", "Hillary Clinton")
    assert role_of(ex, "Clinton") == "actor"


def test_a_persons_camp_on_the_real_pages():
    # round 56: "is not in the Lewandowski camp" (a faction the gold leaves out): the surname stays the man's. Where the
    # camp is a candidate's staff (round 58: "the Clinton camp has lobbed misleading criticisms of Sanders"), the
    # campaign reading makes it a body apart from her, as the gold lists `Clinton camp` (s39-campaign)
    assert named_as_one(page("polnear/huff-post/manafort_unhappy_campaign.txt"), "Lewandowski", "Corey Lewandowski")
    assert named_apart(page("polnear/usa-today/graduates_wrong_lessons.txt"), "Clinton camp", "Hillary Clinton")


def test_a_camp_named_after_its_place_is_still_a_site():
    # "sources in the Rukban camp told Polygraph.info", a refugee camp on Syria's border
    ex = page("aeb/polygraph_al_tanf.txt")
    assert role_of(ex, "Rukban camp") == "location"
    assert named_as_one(ex, "Rukban", "Rukban camp")

"""Kinds of text that gave a found direct quote the wrong speaker through the mention it went to (session 42, issue
9, s42-speakers). One test per rule kept: a made-up text of the kind, and real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, reported_speakers
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_an_abbreviated_rank_does_not_end_the_sentence_before_the_name():
    ex = _extract(
        "Base keeps its drills\n\n\u201cNothing changes for us this week,\u201d said base spokesman Navy Capt. Orrin"
        " Vale, who spoke after the storm.\n\n\u201cWe were ready,\u201d said Air Force 1st Lt. Kesia Marrow.\n"
    )
    assert direct_speaker(ex, "Nothing changes for us") == "Orrin Vale"
    assert direct_speaker(ex, "We were ready") == "Kesia Marrow"
    # round 60's troops_survey_trump and terror_experts_airstrikes: "Army Capt" and "Air Force 1st" spoke
    troops = _page("polnear/west-journal/troops_survey_trump.txt")
    assert direct_speaker(troops, "The candidates left just") == "Christian Pardo"
    assert direct_speaker(troops, "I really don\u2019t understand how a better candidate") == "Tyler Livingston"
    terror = _page("polnear/politico/terror_experts_airstrikes.txt")
    assert direct_speaker(terror, "I don't see how Orlando") == "Jeff Davis"
    # round 64's toddler_cocaine ("Douglas County Sheriff's Office Sgt. Lee Gragg said ...") and round 66's
    # espionage_act_journalists ("Army Pfc. Chelsea Manning"): reported speech of the named holder
    toddler = _page("dragnet/toddler_cocaine.txt")
    assert "Lee Gragg" in reported_speakers(toddler, "He was transferred and admitted")
    espionage = _page("allsides/espionage_act_journalists.txt")  # "as part of his relationship with former U.S. Army Pfc."
    assert "The indictment" in reported_speakers(espionage, "he had offered to help crack a password")


def test_a_hyphened_surname_is_the_whole_name_not_its_last_piece():
    ex = _extract(
        "Voters wait\n\nMarisol Ortega-Del-Valle, a pastor in the city, said the plan was fair.\n\n\u201cWe want to hear"
        " from every candidate,\u201d Mrs. Ortega-Del-Valle said.\n"
    )
    assert direct_speaker(ex, "We want to hear from every candidate") == "Marisol Ortega-Del-Valle"
    # round 65's goya_ceo_trump ("commentator Ana Navarro-C\u00e1rdenas, a frequent Trump critic, urged ...") and
    # round 67's clinton_immigrant_promises ("Clarissa Martinez-De-Castro, a deputy vice president ..., said"):
    # both spoke as "C\u00e1rdenas" and "Castro"
    goya = _page("allsides/goya_ceo_trump.txt")
    assert direct_speaker(goya, "every right to his opinion") == "Navarro-C\u00e1rdenas"  # its gold alias
    immigrants = _page("allsides/clinton_immigrant_promises.txt")
    assert direct_speaker(immigrants, "From the perspective of Latino voters") == "Clarissa Martinez-De-Castro"


def test_an_untagged_body_s_name_speaks_whole_not_by_its_last_word():
    ex = _extract(
        "Race rated\n\n\u201cThe seat leans to the challenger,\u201d wrote the nonpartisan Harbour Valley Ledger in an"
        " analysis of the race.\n"
    )
    assert direct_speaker(ex, "The seat leans") == "Harbour Valley Ledger"
    # round 68's baucus_retirement ("wrote the nonpartisan Cook Political Report in an analysis") and round 63's
    # heywood_trial ("the South China Morning Post reports that Gu \u201cconfessed ...\u201d", the model's place): both
    # spoke as "Report" and "Post", read as surnames
    baucus = _page("allsides/baucus_retirement.txt")
    assert direct_speaker(baucus, "Every six years") == "Cook Political Report"
    heywood = _page("dragnet/heywood_trial.txt")
    assert direct_speaker(heywood, "confessed to murder as well as") == "South China Morning Post"
    # an office is its holder's, never a body's name: round 11's opec_lukman ("The Opec President said") is Lukman
    opec = _page("reuterswire/opec_lukman.txt")
    assert "Rilwanu Lukman" in reported_speakers(opec, "producers such as Kuwait, Venezuela and Indonesia")

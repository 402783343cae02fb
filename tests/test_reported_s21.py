"""Reported speech found and with the right speaker (issue 9, session 21, branch s21-reported): each
rule on a made-up article, and on the real page of rounds 23-30 that showed the kind."""

from __future__ import annotations

import pytest

from .extraction_corpus import extract_texts, reported, reported_speakers
from .extraction_corpus import page as _page

MADE_UP = {
    # a closing cue whose subject comes after phrases the parser hangs on the cue, not on the statement
    "closing_phrases": (
        "Export outlook\n\n"
        "Exports are now expected to provide all of the country's growth in 1988/89, ending June 30, while"
        " imports will fall by a tenth over the same period, Finance Minister Ann Roe said here.\n\n"
        "Northern Mills Inc, one of the region's largest paper makers, is likely to open a new plant in"
        " Quebec, probably next spring, president Tom Hale told Reuters in an interview.\n"
    ),
    # "the utility", "the chip maker": a description of the company last named
    "business_nouns": (
        "Power rates\n\n"
        "Harbour Power Co said it is studying a plan to split its generating plants from its grid.\n\n"
        "The utility said it told a customer panel the plan could cut rates by a tenth.\n\n"
        "Crest Semiconductor Corp said it would close its oldest plant in Ohio.\n\n"
        "The chip maker said the closure would cost about 40 jobs.\n"
    ),
    # "the company said" paragraphs after the company the lead is about was last named
    "lead_company": (
        "Crest Logic posts a loss\n\n"
        "Crest Logic Corp. reported a surprise third-quarter loss of $12 million, citing weak demand for its"
        " oldest chips.\n\n"
        "\"Orders from the computer makers slowed all summer,\" said Mark Dale, chairman and chief executive"
        " officer. \"We expect a slow market at least until the middle of next year.\"\n\n"
        "Analysts had expected a small profit. Revenue rose 12% to $80 million from $71 million.\n\n"
        "Shares fell 3% in early trading on the news.\n\n"
        "As a result, the company said it decided to close its oldest plant in Ohio.\n"
    ),
    # two companies made subjects: which one "the company" is, far from both, is not known
    "two_companies": (
        "Crest Logic posts a loss\n\n"
        "Crest Logic Corp. reported a surprise third-quarter loss of $12 million.\n\n"
        "Rival Vale Devices Inc. said its own sales rose by a tenth.\n\n"
        "Analysts had expected a small profit. Revenue rose 12% to $80 million from $71 million.\n\n"
        "Shares fell 3% in early trading on the news.\n\n"
        "As a result, the company said it decided to close its oldest plant in Ohio.\n"
    ),
    # a demand that someone act: "called for X to do Y"; a thing called for, or a text that calls, is none
    "called_for": (
        "Port plans\n\n"
        "Harbour Holdings Ltd has called for the port authority to hold a public inquiry into the plan.\n\n"
        "Union leader Ann Roe has called for the new berths to be built by local firms.\n\n"
        "The draft law calls for the harbour dues to be cut by a fifth.\n\n"
        "Tom Hale called for a review of the dues.\n"
    ),
    # a claim noun whose "that" comes after a phrase of time
    "claim_after_time": (
        "Mill jobs\n\n"
        "The strike follows Finance Minister Ann Roe's announcement in July that 4,000 mill jobs would be cut.\n\n"
        "Union leader Tom Hale repeated his view on Friday that every merger leads to some job cuts.\n"
    ),
}


@pytest.fixture(scope="module")
def made_up():
    return extract_texts(MADE_UP)


def page(name: str):
    return _page(name)


def test_a_closing_statement_runs_past_the_phrases_hung_on_its_cue(made_up):
    article = made_up["closing_phrases"]
    assert reported_speakers(article, "ending June 30, while imports will fall by a tenth over the same period") == ["Ann Roe"]
    assert reported_speakers(article, "open a new plant in Quebec, probably next spring") == ["Tom Hale"]
    # the cue and its subject stay out of what is said
    assert not [t for t, _ in reported(article) if "Ann Roe" in t or "Tom Hale" in t]


def test_a_closing_statement_on_the_real_page():
    assert reported_speakers(page("keating_forecasts.txt"), "ending June 30, while net exports will account for all of the overall increase") == ["Paul Keating"]
    assert reported_speakers(page("quebecor_peladeau.txt"), "a new daily newspaper in Montreal, probably this fall") == ["Pierre Peladeau"]


def test_a_name_before_its_description_speaks():
    # the parse the model gives such a sentence in a page's flow (google_autolink's): two subjects,
    # the description nearer the verb
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsx.store.nlp.speech import _name_before_description

    words = "Jane Moss , policy director for Open Lines , said that the rule should change .".split()
    heads = [1, 9, 1, 4, 9, 4, 7, 5, 4, 9, 14, 12, 14, 14, 9, 9]
    deps = "compound nsubj punct compound nsubj prep compound pobj punct ROOT mark det nsubj aux ccomp punct".split()
    pos = "PROPN PROPN PUNCT NOUN NOUN ADP PROPN PROPN PUNCT VERB SCONJ DET NOUN AUX VERB PUNCT".split()
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _name_before_description(doc[4]).text == "Moss"
    # a place the sentence opens with is no name of the speaker: "In Boston, the policy director, ..."
    words = "In Boston , the director , said that the rule should change .".split()
    heads = [6, 0, 6, 4, 6, 4, 6, 11, 9, 11, 11, 6, 6]
    deps = "prep pobj punct det nsubj punct ROOT mark det nsubj aux ccomp punct".split()
    pos = "ADP PROPN PUNCT DET NOUN PUNCT VERB SCONJ DET NOUN AUX VERB PUNCT".split()
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _name_before_description(doc[4]).text == "director"


def test_a_name_before_its_description_on_the_real_page():
    assert reported_speakers(page("google_autolink.txt"), "Google should not be penalised for its market dominance") == ["Cory Doctorow"]
    assert reported_speakers(page("crazy_eddie_offer.txt"), "his group controlled 14 percent of Crazy Eddie's shares") == ["Eddie Antar"]


def test_the_utility_and_the_maker_are_the_company_named_before(made_up):
    article = made_up["business_nouns"]
    assert reported_speakers(article, "the plan could cut rates by a tenth") == ["Harbour Power Co"]
    assert reported_speakers(article, "the closure would cost about 40 jobs") == ["Crest Semiconductor Corp"]


def test_the_utility_and_the_maker_on_the_real_page():
    assert reported_speakers(page("pnm_partnership.txt"), "it advised a customer task force") == ["Public Service Co of New Mexico"]
    assert reported_speakers(page("lsi_logic_loss.txt"), "excess capacity and lagging billings") == ["LSI Logic Corp"]


def test_the_company_far_from_its_name_is_the_one_the_lead_is_about(made_up):
    assert reported_speakers(made_up["lead_company"], "it decided to close its oldest plant in Ohio") == ["Crest Logic Corp"]
    # with two companies made subjects, "the company" stays a description
    assert reported_speakers(made_up["two_companies"], "it decided to close its oldest plant in Ohio") == ["the company"]


def test_the_company_of_the_lead_on_the_real_page():
    article = page("lsi_logic_loss.txt")
    assert reported_speakers(article, "it decided to phase out its oldest capacity") == ["LSI Logic Corp"]
    assert reported_speakers(article, "it was converting its Santa Clara, Calif., factory") == ["LSI Logic Corp"]


def test_a_call_for_someone_to_act_is_reported(made_up):
    article = made_up["called_for"]
    assert reported_speakers(article, "the port authority to hold a public inquiry into the plan") == ["Harbour Holdings Ltd"]
    assert reported_speakers(article, "the new berths to be built by local firms") == ["Ann Roe"]
    # a law's terms are no one's words, and a thing called for is no statement
    assert not reported_speakers(article, "the harbour dues to be cut")
    assert not reported_speakers(article, "a review of the dues")


def test_a_call_for_someone_to_act_on_the_real_page():
    assert reported_speakers(page("lse_deutsche_boerse_tci.txt"), "Deutsche Boerse to hold an emergency general meeting") == ["TCI"]
    assert reported_speakers(page("hong_kong_world_cup_bid.txt"), "the territory to host one of the pools") == ["John Molloy"]


def test_a_claim_noun_after_a_phrase_of_time(made_up):
    article = made_up["claim_after_time"]
    assert reported_speakers(article, "4,000 mill jobs would be cut") == ["Ann Roe"]
    assert reported_speakers(article, "every merger leads to some job cuts") == ["Tom Hale"]


def test_a_claim_noun_after_a_phrase_of_time_on_the_real_page():
    assert reported_speakers(page("wales_civil_service_strike.txt"), "104,000 jobs would be cut") == ["Gordon Brown"]
    assert reported_speakers(page("rover_saic_jobs.txt"), "all mergers led to some job cuts") == ["Tony Woodley"]
    # a claim inside another's words is part of them: one statement, the body's ("It says the incident backs its claims ...")
    assert len(reported_speakers(page("mla_poll_hacking.txt"), "the system can be easily corrupted")) == 1

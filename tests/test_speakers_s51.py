"""Kinds of text that gave a direct quote the wrong speaker (session 51, issue 9, s51-speakers). One test per rule
kept: a made-up text of the kind, and the real articles it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


# A testimony, an outlook, an assessment, a tweet or a news story is a document that speaks for the one its phrase
# names: "Powell's testimony says" is Powell's words, as "the Strava report" is Strava's.

def test_a_testimony_speaks_for_its_owner():
    ex = _extract(
        "Fund\n\nFederal Reserve Chairman Jerome Powell will appear before the Senate on Tuesday.\n\nHe and other"
        " officials \"recognize that the need for transparency is heightened in a crisis,\" Powell's testimony says.\n"
    )
    assert direct_speaker(ex, "recognize that the need for transparency") == "Jerome Powell"


def test_a_document_speaks_for_its_owner_in_real_articles():
    # round 86's treasury_fund_slow_start ('Powell’s testimony says') and economists_upbeat_new_year ('according to
    # Vanguard's 2014 outlook', 'according to the Goldman Sachs assessment'); round 85's nyt_cotton_oped_standards
    # ('a Times news story on June 1 said “...”')
    treasury = _page("allsides/treasury_fund_slow_start.txt")
    assert direct_speaker(treasury, "recognize that the need for transparency") == "Jerome Powell"
    economists = _page("allsides/economists_upbeat_new_year.txt")
    assert direct_speaker(economists, "We believe that a more normalized environment") == "Vanguard"
    assert direct_speaker(economists, "Energy prices are now tilted to the downside") == "Goldman Sachs"
    cotton = _page("allsides/nyt_cotton_oped_standards.txt")
    assert direct_speaker(cotton, "conservative commentators are asserting with little evidence") == "New York Times"


# A quote that "that" opens right after a possessive's noun of words ("Trump's assertion that") is the owner's words,
# even when a verb of another subject governs the noun: that subject judges the words, it does not say them.

def test_the_owner_of_an_assertion_speaks_though_another_denounces_it():
    ex = _extract(
        "Fires\n\nPresident Donald Trump spoke on Saturday.\n\nThe presidents of two firefighters associations have"
        " denounced President Donald Trump's assertion that \"gross mismanagement of the forests\" is to blame.\n"
    )
    assert direct_speaker(ex, "gross mismanagement of the forests") == "Donald Trump"


def test_the_owner_of_an_assertion_speaks_in_a_real_article():
    # round 86's trump_wildfire_funds_threat ('The presidents of two professional firefighters associations have
    # denounced President Donald Trump's assertion that "gross mismanagement of the forests" is to blame.')
    fires = _page("allsides/trump_wildfire_funds_threat.txt")
    phrases = [q for q in fires.quotes if q.kind == "direct" and q.text == "gross mismanagement of the forests"]
    assert [fires.entities[q.speaker_key].name for q in phrases] == ["Donald Trump"]


# A bare cue may end on the verb's particle: '"...," Carson cut in.' names who speaks as '"...," Carson said.' does.

def test_a_bare_cue_with_a_particle_names_the_speaker():
    ex = _extract(
        "Interview\n\nCamerota questioned Carson on Tuesday.\n\n\"So the poor are the problem?\" Camerota asked.\n\n"
        "\"I did not say that, now you are putting words into my mouth,\" Carson cut in. \"Why not listen to me?\"\n"
    )
    assert direct_speaker(ex, "I did not say that") == "Carson"
    assert direct_speaker(ex, "Why not listen to me?") == "Carson"


def test_a_bare_cue_with_a_particle_in_real_articles():
    # round 86's carson_lashes_out_cnn ('“I didn’t say that, ...,” Carson cut in. “Why don’t you listen ...?”'); round
    # 77's yang_behar_ocasio_cortez ('“AOC would be a good choice ...,” Behar cut in.')
    carson = _page("allsides/carson_lashes_out_cnn.txt")
    assert direct_speaker(carson, "now you’re trying to put words into my mouth") == "Ben Carson"
    assert direct_speaker(carson, "Why don’t you listen to what I just told you") == "Ben Carson"
    behar = _page("allsides/yang_behar_ocasio_cortez.txt")
    assert direct_quote(behar, "AOC would be a good choice").sieve == "bare cue"


# A phrase in marks that someone cites is the words of whoever cites it, as a judged phrase is the judge's: 'Trump
# cited "tremendous medical costs and disruption" as a justification for the ban'.

def test_a_cited_phrase_is_the_words_of_who_cites_it():
    ex = _extract(
        "Ban\n\nThe generals were surprised on Wednesday.\n\nPresident Donald Trump cited \"tremendous medical costs and"
        " disruption\" as a justification for the ban.\n"
    )
    assert direct_speaker(ex, "tremendous medical costs and disruption") == "Donald Trump"


def test_a_cited_phrase_in_real_articles():
    # round 84's generals_transgender_ban_surprise (found now); round 76's china_trump_criticism_irresponsible ('Mr
    # Trump citing Pyongyang's "open hostility"') and round 67's deval_patrick_announces ('citing in a Facebook post the
    # "cruelty of our elections process"') keep the citer
    generals = _page("allsides/generals_transgender_ban_surprise.txt")
    assert direct_speaker(generals, "tremendous medical costs and disruption") == "Donald Trump"
    patrick = _page("allsides/deval_patrick_announces.txt")
    cited = [q for q in patrick.quotes if q.kind == "direct" and q.text == "cruelty of our elections process"]
    assert [patrick.entities[q.speaker_key].name for q in cited] == ["Deval Patrick"]

"""Kinds of text round 46 (RCV1 copy, one sentence a paragraph) and the wire copy of round 47 showed
giving a direct quote no speaker or a wrong one (session 28). One test per rule: on a short article
written for it, and on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported


def _direct_texts(extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.kind == "direct"]


def test_sentences_between_a_quote_left_open_and_the_paragraph_that_closes_it_are_its_words():
    # RCV1 puts one sentence a paragraph and marks only a quote's two ends: '"He's very excited
    # about this convention ... // He's excited about the campaign. // But more than that, he's
    # very resolute about what he wants to do."'
    ex = _extract(
        "Minister upbeat on talks\n\n"
        "LONDON 1996-08-29\n\n"
        "Trade minister Anne Roe said the talks had gone well.\n\n"
        "\"We are very pleased with the progress ...\n\n"
        "We have agreed on most points.\n\n"
        "But more than that, we have a plan for the rest.\"\n"
    )
    assert direct_speaker(ex, "We have agreed on most points") == "Anne Roe"
    page = _page("rcvone/dick_morris_resigns.txt")
    assert direct_speaker(page, "He's excited about the campaign") == "Hillary Rodham Clinton"
    assert direct_speaker(page, "I always expect elections to get close") == "Hillary Rodham Clinton"
    # (a short question between is no caption)
    doboj = _page("rcvone/doboj_refugees_vote.txt")
    assert direct_speaker(doboj, "How can we then expect the reintegration of Bosnia") == "Reuf Mehemdagic"


def test_a_quote_run_on_across_paragraphs_with_no_cue_is_said_by_the_cue_that_closes_it():
    # '"There is little we can do when at mid-sea. // The LTTE ... forces us to take refugees," said
    # senior fishermen leader P. Arulanandam.': the quote's own cue, not the statement before it
    ex = _extract(
        "Senate passes budget bill\n\n"
        "WASHINGTON (AP) -- The Senate voted on Tuesday to pass the budget bill after a long debate.\n\n"
        "Republicans said the bill would pass easily in the House next week.\n\n"
        "\"We have the votes. We will get this done before the recess.\n\n"
        "\"There is no question about it,\" said Senate Majority Leader Trent Lott.\n"
    )
    assert direct_speaker(ex, "We have the votes") == "Trent Lott"
    page = _page("rcvone/rameswaram_fishermen_strike.txt")
    assert direct_speaker(page, "There is little we can do when at mid-sea") == "P. Arulanandam"
    assert direct_speaker(page, "Indian fishermen come right up to Pesalai") == "Chinnathambi"
    # (a paragraph's later quote left open goes on with the speaker of the quote before it, not the
    # cue of another speaker's quote in the next paragraph)
    hughes = _page("reuterswire/hughes_baker_suit.txt")
    assert direct_speaker(hughes, "Apparently they are willing to continue discussions") == "James Crandell"


def test_a_he_closing_a_quote_run_on_across_paragraphs_reaches_back_from_where_the_quote_opened():
    # 'Nastase said ... // The treaty ... // It will also boost ... // "If they are so vexed, they
    # could leave the government ... // We might also help them to do it," he said.': "he" is four
    # sentences from Nastase, three from the quote's opening
    ex = _extract(
        "Party rejects call\n\n"
        "BUCHAREST 1996-08-27\n\n"
        "\"This plan is both necessary and good,\" Ion Popescu said.\n\n"
        "The plan was agreed two weeks ago.\n\n"
        "It will also boost both countries' trade.\n\n"
        "\"If they are so angry, they could leave the government ...\n\n"
        "We might also help them to do it,\" he said.\n"
    )
    assert direct_speaker(ex, "We might also help them") == "Ion Popescu"
    assert direct_speaker(ex, "If they are so angry") == "Ion Popescu"
    page = _page("rcvone/iliescu_hungary_treaty.txt")
    assert direct_speaker(page, "We might also help them to do it") == "Adrian Nastase"
    assert direct_speaker(page, "If they (the PUNR) are so vexed") == "Adrian Nastase"


def test_the_words_a_paragraph_closes_a_quote_on_are_no_reported_statement():
    # '"She's fine with it. // ... // There's no problem whatsoever," he told Reuters.': quoted
    # from the paragraph's start, though the only mark in it closes the quote
    texts = [text for text, _ in reported(_page("rcvone/miss_universe_weight.txt"))]
    assert not any("no problem whatsoever" in t or "hasn't been an issue" in t for t in texts)
    texts = [text for text, _ in reported(_page("rcvone/rameswaram_fishermen_strike.txt"))]
    assert not any("accosts us" in t or "Only some take money" in t for t in texts)


def test_quotes_keyed_with_backticks_and_two_apostrophes_are_quotes():
    # wire copy keyed for typesetting: ``We have the votes,'' Lott said.
    ex = _extract(
        "Senate passes budget bill\n\n"
        "WASHINGTON (AP) -- The Senate voted on Tuesday to pass the budget bill after a long debate.\n\n"
        "``We have the votes. We will get this done before the recess,'' said Senate Majority Leader Trent Lott.\n\n"
        "Democrats were less sure. ``It is a bad bill,'' said Sen. Tom Daschle of South Dakota.\n"
    )
    assert direct_speaker(ex, "We have the votes") == "Trent Lott"
    assert direct_speaker(ex, "It is a bad bill") == "Tom Daschle"


def test_a_quote_after_a_paragraph_reporting_someone_is_theirs_not_the_next_paragraphs_speaker():
    # 'Tariana Turia told The Press newspaper that ... // "I realise that violence is an issue to us
    # ..." // Lea ... says that ...': the statement before runs on into the quote
    ex = _extract(
        "Study draws fire\n\n"
        "A new study says city people sleep less than country people.\n\n"
        "Labour MP Mary Jones told The Press newspaper that the study was a big leap.\n\n"
        "\"I realise that sleep is an issue for us, but there are many other factors.\"\n\n"
        "Dr Tom Smith, who led the study, says that city people sleep an hour less.\n"
    )
    assert direct_speaker(ex, "I realise that sleep is an issue") == "Mary Jones"
    page = _page("abc/maori_warrior_gene.txt")
    assert direct_speaker(page, "I realise that violence is an issue to us") == "Tariana Turia"


def test_a_quote_between_a_person_the_paragraph_before_is_about_and_another_the_next_brings_in_is_the_first_ones():
    # 'Maori MP Hone Harawira believes social issues ... are the main contributors. // "If you put
    # any group in that situation ..." // John Tamihere says he is open to ...': the next speaker is
    # brought in after the quote, not named as its source
    ex = _extract(
        "Study draws fire\n\n"
        "A new study says city people sleep less than country people.\n\n"
        "Labour MP Mary Jones believes noise, long hours and poor housing to be the main causes.\n\n"
        "\"If you put anyone in that situation, they would not sleep either.\"\n\n"
        "Council chief executive Tom Smith says he is open to the research.\n"
    )
    assert direct_speaker(ex, "If you put anyone in that situation") == "Mary Jones"
    page = _page("abc/maori_warrior_gene.txt")
    assert direct_speaker(page, "If you put any group in that situation") == "Hone Harawira"


def test_a_quote_brought_in_by_a_cue_and_a_colon_ending_the_paragraph_before_is_the_cues():
    # 'University of Cincinnati researchers, writing in an accompanying commentary in the journal,
    # say: // "This is a potentially revolutionary idea ..."': the lead-in split from its quote
    ex = _extract(
        "Clinton defends budget plan\n\n"
        "WASHINGTON (AP) -- President Clinton on Tuesday defended his budget plan against Republican attacks.\n\n"
        "House Speaker Newt Gingrich disagreed. \"The president's numbers don't add up,\" he said.\n\n"
        "The White House spokesman, Mike McCurry, told reporters:\n\n"
        "\"The president is ready to talk whenever they are.\"\n\n"
        "Gingrich's office said later the speaker would meet the president next week.\n"
    )
    assert direct_speaker(ex, "The president is ready to talk") == "Mike McCurry"
    page = _page("abc/gut_microbes_obesity.txt")
    assert direct_speaker(page, "This is a potentially revolutionary idea") == "University of Cincinnati researchers"


def test_a_he_far_from_any_name_is_the_one_person_the_story_has_named():
    # 'says Associate Professor John Sader ... They built the material ... They then tested ... If
    # the wire was one centimetre in diameter it could hold up to 100 tonnes, he says': sentences
    # about the work lie between, and no one else has been named
    ex = _extract(
        "Stronger glue found\n\n"
        "The new glue is so strong it could hold a car, says Professor John Hale from the University of Leeds.\n\n"
        "The glue was made from tree resin.\n\n"
        "It was mixed with a fine sand and heated.\n\n"
        "Then it was tested on steel plates.\n\n"
        "It held for a week without slipping.\n\n"
        "If the plates were larger it could hold a bus, he says.\n"
    )
    assert dict(reported(ex)).get("If the plates were larger it could hold a bus") == "John Hale"
    page = _page("abc/germanium_nanowire.txt")
    assert dict(reported(page)).get("If the wire was one centimetre in diameter it could hold up to 100 tonnes without breaking") == "John Sader"

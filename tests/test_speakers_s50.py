"""Kinds of text that gave a direct quote the wrong speaker (session 50, issue 9, s50-speakers). One test per rule
kept: a made-up text of the kind, and the real articles it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


# A phrase after a name's comma that goes straight into a closing cue is who speaks, not the name's apposition: the
# name is given no title by it, so a later "the official said" is the unnamed official, not the name.

def test_a_closing_cue_subject_after_a_name_is_no_title_of_the_name():
    ex = _extract(
        "Harbour\n\nThe port director exchanged hundreds of emails with the lawyer of former harbour master John Keane, a"
        " senior city official told reporters early Tuesday.\n\nKeane resigned last year after a row with the unions.\n\n"
        "\"Nobody wants a strike at the port,\" the official said.\n"
    )
    assert direct_speaker(ex, "Nobody wants a strike") == "a senior city official"


def test_a_closing_cue_subject_after_a_name_in_a_real_article():
    # round 83's allen_ensnared_petraeus_scandal ('... the ex-mistress of former CIA Director David Petraeus, a senior
    # defense official told POLITICO early Tuesday.'): every later "the official said" is the defense official's
    allen = _page("allsides/allen_ensnared_petraeus_scandal.txt")
    assert direct_speaker(allen, "Preliminary review of the documents") == "a senior defense official"
    assert direct_speaker(allen, "Just because there are allegations") == "a senior defense official"


# "this person", "this source": a demonstrative and a noun for anyone repeat the unnamed source brought in last,
# whatever noun brought them in, not an earlier source written with the same noun.

def test_this_person_repeats_the_unnamed_source_brought_in_last():
    ex = _extract(
        "Harbour\n\nA person familiar with the talks said the owners would meet on Monday.\n\nThe mayor, one senior"
        " council aide said, could be doing more to end the strike.\n\n\"It makes no sense to me,\" this person said.\n"
    )
    assert direct_speaker(ex, "It makes no sense to me") == "one senior council aide"


def test_this_person_repeats_the_unnamed_source_in_real_articles():
    # round 79's trump_jr_aides_helpless ('Trump, one senior GOP aide said, could be using his Twitter feed ... "...,"
    # this person said'), round 81's kushner_digging_in ('A different longtime ally of the president predicted ...
    # This person added ... "...," this source said')
    aides = _page("allsides/trump_jr_aides_helpless.txt")
    assert direct_speaker(aides, "It doesn't make any sense to me") == "one senior GOP aide"
    kushner = _page("allsides/kushner_digging_in.txt")
    assert direct_speaker(kushner, "It is very difficult to usher") == "A different longtime ally of the president"


# "the South Carolina Republican, who chairs ...": a party epithet after a home state, with a relative clause after it,
# is the person named before, not a person called "Republican".

def test_a_party_epithet_after_a_home_state_is_the_person_named_before():
    ex = _extract(
        "Strike\n\nSen. Lindsey Graham said Friday that the president told him about the operation.\n\n\"I appreciate"
        " being brought into the orbit,\" the South Carolina Republican, who chairs the Senate Judiciary Committee, told"
        " Fox News.\n"
    )
    assert direct_speaker(ex, "I appreciate being brought") == "Lindsey Graham"


def test_a_party_epithet_after_a_home_state_in_a_real_article():
    # round 84's graham_told_of_soleimani_strike
    graham = _page("allsides/graham_told_of_soleimani_strike.txt")
    assert direct_speaker(graham, "I appreciate being brought into the orbit") == "Lindsey Graham"


# A name that is a word of the apposition's noun phrase ("a Yazidi refugee", "a Trump supporter") is not the person
# the apposition names: the speaker is the name the apposition is set beside.

def test_a_name_inside_an_apposition_noun_in_a_real_article():
    # round 84's isis_yazidi_human_shields
    isis = _page("allsides/isis_yazidi_human_shields.txt")
    assert direct_speaker(isis, "ISIS sells the women as slave girls") == "Hameed"
    assert direct_speaker(isis, "They enjoy the scene of blood") == "Hameed"


# When nothing tells the sex of the nearest person, a subject of the same sentence whose given name is a woman's is whom
# "she" stands for ("he" keeps the nearest: an unknown name is most often a man's in news copy).

def test_she_is_the_person_of_the_sentence_her_given_name_tells():
    ex = _extract(
        "Race\n\nRep. Hakeem Jeffries beat Rep. Barbara Lee in the caucus vote. (Lee is 72 years old; Jeffries is"
        " 48.)\n\n\"I absolutely think that's the case,\" she told reporters.\n"
    )
    assert direct_speaker(ex, "I absolutely think") == "Barbara Lee"


def test_she_is_the_person_of_the_sentence_in_a_real_article():
    # round 80's pelosi_exit_strategy_opponents
    pelosi = _page("allsides/pelosi_exit_strategy_opponents.txt")
    assert direct_speaker(pelosi, "I absolutely think that’s the case") == "Barbara Lee"


# A video player's caption among the paragraphs ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:48")
# is a caption: the names the model finds in it ("Replay More Videos") never reach the body's speakers.

def test_a_video_players_caption_is_a_caption():
    from newsx.store.read.anatomy import is_caption

    assert is_caption("JUST WATCHED Closer look at Rubio, Bush friendship Replay More Videos ... MUST WATCH Closer look at"
                      " Rubio, Bush friendship 02:48")
    assert not is_caption("Bush said he just watched the replay of the debate.")


def test_a_video_players_caption_speaks_for_no_one_in_real_articles():
    # round 84's jeb_bush_politics_and_eggs ('JUST WATCHED ... Replay More Videos ... // "...," Bush said. // He also tried
    # to disarm his skeptics. ... he said: "I don't see any coronation coming my way, trust me."')
    jeb = _page("allsides/jeb_bush_politics_and_eggs.txt")
    assert direct_speaker(jeb, "I don't see any coronation coming my way") == "Jeb Bush"
    assert direct_speaker(jeb, "I mean, come on") == "Jeb Bush"


# Verbs of a boast, a rebuke, a sigh or a view cue the quote they close: '"...," crows Rep. Greg Walden'.

def test_a_boast_cues_the_quote_it_closes_in_a_real_article():
    # round 84's democrats_no_hope_house_2014 ('"I'd rather be us than them," crows Rep. Greg Walden, R-Ore., who chairs
    # the House GOP's 2014 campaign operation.')
    house = _page("allsides/democrats_no_hope_house_2014.txt")
    assert direct_speaker(house, "I'd rather be us than them") == "Greg Walden"


# A word the tagger read as a speech verb but the parser hung where a noun goes ("the battleground states communications
# director") is no cue: the cue after the quote is the sentence's own verb.

def test_a_noun_read_as_a_speech_verb_is_no_cue_in_a_real_article():
    # round 84's biden_praises_bernie_rips_warren ('"The personal animus is a big part of it," Karthik Ganapathy, who
    # served as the battleground states communications director for Sanders' 2016 campaign ..., said')
    biden = _page("allsides/biden_praises_bernie_rips_warren.txt")
    assert direct_speaker(biden, "The personal animus is a big part of it") == "Karthik Ganapathy"

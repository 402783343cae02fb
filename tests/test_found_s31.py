"""Kinds of text rounds 24-50 (rounds 49-50 the freshest) showed losing a quote or a reported statement
altogether, tuned in session 31: one made-up test per rule (invented names), and a fact of the real
article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page

# A body of double-marked copy for a headline to sit over: US papers mark a headline's quotes with
# single marks whatever marks their copy uses.
BODY = (
    "Mayor Dana Whitcombe spoke to reporters at City Hall on Tuesday about the flooding of the river district.\n\n"
    "\u201cWe will rebuild every street that the water took,\u201d Whitcombe said.\n"
)


def _headline_speaker(headline: str, snippet: str) -> str | None:
    return direct_speaker(extract_text(headline + "\n\n" + BODY), snippet)


# A headline's quoted phrase whose speaker the headline names: before a colon (the lead ending on the
# name or opening with it), as the name that opens it followed by a speech verb, or by a closing cue.

def test_a_headline_lead_ending_on_a_name_before_a_colon_gives_the_phrase_after_it():
    assert _headline_speaker("Flood-hit mayor Dana Whitcombe: River district 'will be rebuilt street by street.'", "will be rebuilt") == "Dana Whitcombe"


def test_a_headline_lead_opening_on_a_name_before_a_colon_gives_the_phrase_after_it():
    assert _headline_speaker("Dana Whitcombe Tells Council: \u2018We Will Rebuild Every Street.\u2019", "We Will Rebuild") == "Dana Whitcombe"


def test_a_headline_opening_on_a_name_and_a_speech_verb_gives_the_phrase_after_it():
    assert _headline_speaker("Dana Whitcombe Calls Flood Response \u2018A Failure\u2019 Of Planning.", "A Failure") == "Dana Whitcombe"


def test_a_headline_closing_on_a_name_and_says_gives_the_phrase_before_it():
    assert _headline_speaker("River District \u2018Will Rise Again,\u2019 Dana Whitcombe Says.", "Will Rise Again") == "Dana Whitcombe"


def test_a_headline_name_with_no_speech_verb_gives_no_one_the_phrase():
    found = extract_text("Dana Whitcombe Walks \u2018Every Flooded Street\u2019 In River District.\n\n" + BODY)
    assert not any(q.kind == "direct" and "Every Flooded Street" in q.text for q in found.quotes)


def test_a_headline_word_in_single_marks_is_no_quote():
    found = extract_text("Dana Whitcombe Calls Flood Response \u2018Shameful\u2019 After Storm.\n\n" + BODY)
    assert not any(q.kind == "direct" and "Shameful" in q.text for q in found.quotes)


def test_christie_headline_calls_clinton_a_disgrace():
    # round 50's christie_clinton_disgrace: 'Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police
    # Shooting Comments.' over double-marked copy: the single marks were never read
    assert direct_speaker(_page("polnear/west-journal/christie_clinton_disgrace.txt"), "A Disgrace") == "Chris Christie"


def test_graham_headline_closing_cue_gives_the_dealmaker():
    # round 50's graham_trump_clean_energy: 'Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.'
    assert direct_speaker(_page("polnear/huff-post/graham_trump_clean_energy.txt"), "The Dealmaker") == "Lindsey Graham"


def test_ken_bone_headline_lead_ends_on_his_name():
    # round 49's ken_bone_debate: 'Internet phenomenon Ken Bone: Debate 'got very uncomfortable from up close.''
    (quote,) = [q for q in _page("polnear/politico/ken_bone_debate.txt").quotes if q.text.startswith("got very uncomfortable")]
    assert quote.kind == "direct" and quote.speaker == "Ken Bone"


# Curly marks inside a quote a straight mark opens are a quote within it, not a new quote: the words either side of
# the inner question are the speaker's (since session 52 each side its own quote, as the gold splits them; the inner
# question, the survey's words, is no quote of his).

def test_curly_marks_inside_a_straight_quote_nest():
    text = (
        "Pollster reads the numbers\n\n"
        "Pollster Ivo Marchetti looked at the new survey on Monday.\n\n"
        "\"The issue is very much a partisan one, and I will read you the question: \u201cDo you think the bridge should be"
        " rebuilt?\u201d Forty-one said yes and forty-four said no,\" Marchetti said.\n"
    )
    extraction = extract_text(text)
    assert direct_speaker(extraction, "The issue is very much a partisan one") == "Ivo Marchetti"
    assert direct_speaker(extraction, "Forty-one said yes") == "Ivo Marchetti"
    assert not [q for q in extraction.quotes if "bridge should be rebuilt" in q.text]


def test_caddell_straight_quote_holding_a_curly_question():
    # round 50's caddell_clinton_health: '"The health issue overall is very much a partisan issue, ...
    # the question: “As you know, ...?” Forty-three, yes; ..."': the curly mark opened a new quote
    assert "partisan issue" in direct_quote(_page("polnear/breitbart/caddell_clinton_health.txt"), "The health issue overall").text


# An opening mark with nothing after it before the paragraph's end closes the open quote.

def test_an_opening_mark_ending_a_paragraph_closes_the_quote():
    text = (
        "Fans queue for tickets\n\n"
        "Hundreds of fans queued overnight outside the stadium for tickets to the final.\n\n"
        "\u201cI brought two blankets and a flask,\u201d said Orla Brennigan, a season ticket holder."
        " \u201cSo the second blanket was plan B. I\u2019m glad I brought it. \u201c\n"
    )
    assert direct_speaker(extract_text(text), "So the second blanket was plan B") == "Orla Brennigan"


def test_ken_bone_plan_b_closed_by_an_opening_mark():
    # round 49's ken_bone_debate: '"So the red sweater is plan B. I’m glad it worked out. “' ends its paragraph
    assert direct_speaker(_page("polnear/politico/ken_bone_debate.txt"), "So the red sweater is plan B") == "Ken Bone"


# '"...," as X puts it': a phrase closed by a comma, its cue "as X put it".

def test_as_someone_puts_it_after_a_quoted_phrase():
    text = (
        "Harbour plan\n\n"
        "The council will vote on the harbour plan next month.\n\n"
        "The town is \"running out of room for the boats,\" as harbour master Tomas Ellingsen puts it.\n"
    )
    assert direct_speaker(extract_text(text), "running out of room for the boats") == "Tomas Ellingsen"


def test_van_jackson_puts_it():
    # round 50's pyongyang_nuclear_test: 'North Korea is "racing towards the nuclear finish line," as Van
    # Jackson, associate professor at ..., puts it.'
    assert direct_speaker(_page("polnear/wash-post/pyongyang_nuclear_test.txt"), "racing towards the nuclear finish line") == "Van Jackson"


# Verbs of attacking someone for something, speaking of something and likening it to something: the
# phrase in marks they take is the subject's words.

def test_blasted_for_a_quoted_phrase():
    text = (
        "Senator attacks broadcaster\n\n"
        "The debate over the licence fee went on for a second week.\n\n"
        "In a radio interview on Friday, Senator Vera Holmgaard blasted the broadcaster for being \u201cutterly out of touch.\u201d\n"
    )
    assert direct_speaker(extract_text(text), "utterly out of touch") == "Vera Holmgaard"


def test_likened_to_a_quoted_phrase():
    text = (
        "Senator attacks plan\n\n"
        "The debate over the harbour plan went on for a second week.\n\n"
        "At a rally, Senator Vera Holmgaard likened the harbour plan to a \u201cleaking old boat\u201d on a stormy sea.\n"
    )
    assert direct_speaker(extract_text(text), "leaking old boat") == "Vera Holmgaard"


def test_trump_blasted_media_for_being_unbelievably_dishonest():
    # round 50's east_european_voters: 'he blasted the American media for being "unbelievably dishonest."'
    assert direct_speaker(_page("polnear/huff-post/east_european_voters.txt"), "unbelievably dishonest") == "Donald Trump"


def test_trump_likened_refugees_to_a_vicious_snake():
    # round 50's obama_eid_refugees: 'Trump likened the refugees to a “vicious snake” in a song ...'
    assert direct_speaker(_page("polnear/west-journal/obama_eid_refugees.txt"), "vicious snake") == "Donald Trump"


# Reported speech cued by a correction, a hint, or words to someone with a that-clause.

def test_clarified_and_informed_that_report():
    text = (
        "Factory jobs\n\n"
        "The owner of the plant said on Monday that costs were rising.\n\n"
        "But the plant manager, Edda Sundqvist, later clarified that most workers would keep their jobs.\n\n"
        "Councillor Bram Oosterhuis informed the board that he was reopening the inquiry.\n"
    )
    found = extract_text(text)
    assert reported_speakers(found, "most workers would keep their jobs") == ["Edda Sundqvist"]
    assert reported_speakers(found, "he was reopening the inquiry") == ["Bram Oosterhuis"]


def test_figures_that_hint_report_no_one():
    text = (
        "Factory jobs\n\n"
        "The owner of the plant said on Monday that costs were rising.\n\n"
        "The latest figures hint that the plant will close next year.\n"
    )
    assert reported_speakers(extract_text(text), "the plant will close next year") == []


def test_club_manager_clarified_and_comey_informed():
    # round 49's latest_fbi_election_day ('the club manager later clarified that most workers won’t be
    # affected': found, its speaker the speakers' business) and stocks_fbi_clinton_probe ('Comey informed
    # lawmakers that he was restarting the probe')
    assert len(reported_speakers(_page("polnear/breitbart/latest_fbi_election_day.txt"), "most workers won\u2019t be affected")) == 1
    assert reported_speakers(_page("polnear/breitbart/stocks_fbi_clinton_probe.txt"), "he was restarting the probe") == ["James Comey"]


# Direct quotes cued by words to someone ("assured X that ...") or words let slip ("blurted out").

def test_assured_and_blurted_out_cue_quotes():
    text = (
        "Coach on the final\n\n"
        "The coach met reporters after training on Thursday.\n\n"
        "Coach Lena Vasquez-Oduya assured fans that the team takes the final \u201cvery, very seriously.\u201d\n\n"
        "Goalkeeper Piet Dankaerts, asked about the penalty, blurted out, \"Oh, no,\" and laughed.\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "very, very seriously") == "Lena Vasquez-Oduya"
    assert direct_speaker(found, "Oh, no") == "Piet Dankaerts"


def test_tapper_assured_wmal():
    # round 49's tapper_brazile_leak: 'Tapper also assured WMAL that CNN takes this “very, very seriously.”'
    assert direct_speaker(_page("polnear/breitbart/tapper_brazile_leak.txt"), "very, very seriously") == "Jake Tapper"


# A naming verb's unnamed subject that someone has ("His advisers called it ..."), or people of a kind ("Many economists"),
# is who says the phrase: the phrase is their words.

def test_owned_people_calling_something_a_phrase_say_it():
    text = (
        "Tax plan\n\n"
        "Governor Aldo Brezinski unveiled his tax plan on Monday.\n\n"
        "His advisers called the plan \"a stroke of genius\" for its timing.\n"
    )
    assert direct_speaker(extract_text(text), "a stroke of genius") == "His advisers"


def test_people_of_a_kind_calling_something_a_phrase_say_it():
    # (session 43: the gold of rounds 60-69 names such people as the speakers, 'Critics on the left', 'misinformation
    # experts', 'Two oil industry groups'; this test asserted no quote before)
    text = (
        "Tax plan\n\n"
        "Governor Aldo Brezinski unveiled his tax plan on Monday.\n\n"
        "Many economists called the plan \"a stroke of genius\" for its timing.\n"
    )
    assert direct_speaker(extract_text(text), "a stroke of genius") == "Many economists"


def test_trump_surrogates_called_him_a_genius():
    # round 50's trump_tax_small_fry: "His surrogates called him ''a genius'' for his recently revealed tax
    # avoidance strategies.": a plural subject of no name and no lexicon noun was read as people at large
    assert direct_speaker(_page("polnear/nyt/trump_tax_small_fry.txt"), "a genius") == "His surrogates"


# A headline's opening name and a verb of saying report the words around the quoted phrase: those
# between the verb and the phrase, else those after it; a naming verb reports nothing more.

def test_a_headline_saying_verb_reports_the_words_before_the_phrase():
    found = extract_text("Dana Whitcombe says river flood was a 'failure of planning.'\n\n" + BODY)
    assert reported_speakers(found, "river flood was a") == ["Dana Whitcombe"]


def test_a_headline_naming_verb_reports_nothing_more():
    found = extract_text("Dana Whitcombe Calls Flood Response \u2018A Failure\u2019 Of Planning.\n\n" + BODY)
    assert reported_speakers(found, "Of Planning") == []


def test_de_blasio_headline_says_chelsea_explosion_was_an_intentional_act():
    # round 50's de_blasio_chelsea_explosion: 'De Blasio says Chelsea explosion was an 'intentional act.''
    assert reported_speakers(_page("polnear/politico/de_blasio_chelsea_explosion.txt"), "Chelsea explosion was an") == ["Bill de Blasio"]

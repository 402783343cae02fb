"""Direct quotes whose speaker the discourse or the clause around them gives, tuned in session 34 on rounds 24-53:
one made-up test per rule (invented names), and facts of real articles of two different rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, extract_text, page


# Someone who "goes on" keeps talking: '"...," she went on.', 'He went on: "..."' and 'went on about "..."' cue the
# quote as "continued" does; a thing that goes on ('as the talks went on') and 'went on to say' (whose own verb cues) do not.

def test_she_went_on_cues_the_quote_before_it():
    found = extract_text(
        "Susan Miller, the union leader, spoke at the hall on Monday about her plans for the pension fund.\n\n"
        "Absent a plan from the board, Miller pointed to the nine times the board has changed the rules.\n\n"
        '"And it is a worry to me because it would end every pension plan we know, the old and the new," she went on.\n')
    assert direct_speaker(found, "it would end every pension plan") == "Susan Miller"
    assert direct_quote(found, "it would end every pension plan").cue == "went"


def test_he_went_on_with_a_colon_cues_the_quote_after_it():
    found = extract_text(
        "Peter Haldane, the harbour master, opened the meeting with his report. The mayor, Anne Brandt, was absent.\n\n"
        'Peter Haldane went on: "The pier will be closed for the whole of the winter, and the boats must moor at the east quay."\n')
    assert direct_speaker(found, "The pier will be closed") in {"Haldane", "Peter Haldane"}
    assert direct_quote(found, "The pier will be closed").cue == "went"


def test_phrases_someone_went_on_about_are_his():
    found = extract_text(
        "Robert Dale walked onto the stage in the town hall.\n\n"
        '"Are you staying?" Susan Perlow said to her friend, and as Dale went on about "how the harbour is ruined,"'
        ' and "struggling fishing families," Perlow said nothing.\n')
    assert direct_speaker(found, "how the harbour is ruined") in {"Dale", "Robert Dale"}
    assert direct_speaker(found, "struggling fishing families") in {"Dale", "Robert Dale"}


def test_talks_that_went_on_are_no_cue():
    found = extract_text(
        '"We will not sign anything this week, whatever they offer us," Robert Dale said as the talks went on.\n')
    assert direct_speaker(found, "We will not sign anything") == "Robert Dale"


def test_went_on_in_real_articles():
    # round 53's clinton_female_running_mate: '"And it's a bit concerning to me because it would basically end all the
    # kinds of health care we know, ..." she went on.' (Clinton, after a paragraph of the writer's own); round 50's
    # wapo_hit_piece_supporter: 'as Trump went on about "how the system is rigged," and "wounded American families"
    # and "our own struggling citizens," Melanie said yes' (Trump's words, not Melanie's; one entity with "Donald Trump"
    # since s53-merges: the headline's "Trump Supporter" writes the surname only before a noun, no body's name)
    running_mate = page("polnear/politico/clinton_female_running_mate.txt")
    assert direct_speaker(running_mate, "a bit concerning to me") == "Hillary Clinton"
    rally = page("polnear/breitbart/wapo_hit_piece_supporter.txt")
    assert direct_speaker(rally, "how the system is rigged") == "Donald Trump"
    assert direct_speaker(rally, "wounded American families") == "Donald Trump"


# A phrase in marks that a naming verb inside a reported clause gives to its own subject ('X said the front-runner had
# called Y "..."', 'a video in which Trump called himself "..."', 'while 31 percent call them "..."') is the words of
# whoever called it so, not of the speech verb above, which only reports on the calling. A verb that shares its
# subject with one it is joined to ('said the plan would ..., and called her "..."') and a verb that only uses
# something as something ('used their identity as a "..."') leave the phrase with the speech verb's subject.

def test_a_phrase_someone_called_someone_inside_a_report_is_the_callers():
    found = extract_text('The Herald notes that Ann Coulby wrote on Tuesday that the party should drop Jane Dorr, and'
                         ' Roy Hammet later called Dorr "very weak on taxes and spending."\n')
    assert direct_speaker(found, "very weak on taxes") == "Roy Hammet"


def test_a_phrase_someone_called_himself_in_a_relative_clause_is_his():
    found = extract_text('The campaign of Roy Hammet posted a video of Ann Coulby from 1999, in which Coulby called'
                         ' herself "very much a liberal on every issue."\n')
    assert direct_speaker(found, "very much a liberal") == "Ann Coulby"


def test_a_share_of_respondents_calling_remarks_something_is_who_says_it():
    found = extract_text('Forty percent of voters say the remarks are "completely unacceptable," while 30 percent call'
                         ' them "rude, but typical of how men talk in private."\n')
    assert direct_speaker(found, "rude, but typical") == "30 percent"


def test_a_naming_verb_joined_to_the_reported_clause_stays_the_speakers():
    found = extract_text("Tom Ruckle said Jane Dorr's tax plan would give money to banks, and called her \"the leading"
                         ' friend of the banks in the state."\n')
    assert direct_speaker(found, "the leading friend of the banks") == "Tom Ruckle"


def test_naming_below_a_report_in_real_articles():
    # round 49's nbc_poll_clinton_lead: 'Forty-one percent of respondents say Trump's comments on the video are
    # "completely unacceptable," while 31 percent call them "inappropriate, but typical of how some men talk in
    # private with other men."'; round 53's wsj_deport_nikki_haley: 'The Journal notes that Coulter tweeted that ...
    # Trump should deport Haley, and Trump later called Haley "very weak on immigration."'; round 53's
    # cruz_glad_to_finish: '... a video of Trump on "Meet the Press" from 1999, in which Trump called himself "very
    # pro-choice"'; round 51's cruz_rubio_gloves stays Paul's: 'Sen. Rand Paul (R-Ky.) said Rubio's tax plan would
    # give money to undocumented immigrants, and called him "the leading proponent for allowing people ..."'
    assert direct_speaker(page("polnear/huff-post/nbc_poll_clinton_lead.txt"), "inappropriate, but typical") == "31 percent"
    assert direct_speaker(page("polnear/politico/wsj_deport_nikki_haley.txt"), "very weak on immigration") == "Donald Trump"
    glad = page("polnear/wash-post/cruz_glad_to_finish.txt")
    (called_himself,) = [q for q in glad.quotes if q.kind == "direct" and q.text == "very pro-choice"]
    assert glad.entities[called_himself.speaker_key].name == "Donald Trump"
    assert direct_speaker(page("polnear/wash-post/cruz_rubio_gloves.txt"), "the leading proponent") == "Rand Paul"
    # round 51's trump_muslim_surveillance: 'A federal lawsuit was filed ... alleging that police used the plaintiffs'
    # Muslim identity as a "permissible proxy for criminality."' is the lawsuit's
    assert direct_speaker(page("polnear/politico/trump_muslim_surveillance.txt"), "permissible proxy") == "A federal lawsuit"
    # round 40's royal_dutch_disinvest: 'The statement said senior officials of the company have stated publicly that
    # they regard apartheid as "a system wholly at variance with ..."': a pronoun calling it so may be the reporter
    assert direct_speaker(page("reuterswire/royal_dutch_disinvest.txt"), "wholly at variance") == "senior officials of the company"

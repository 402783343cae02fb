"""Kinds of text rounds 24-52 (rounds 49-52, PolNeAR's 2016 campaign stories, the freshest) showed giving a
direct quote a wrong speaker, tuned in session 33: one made-up test per rule (invented names), and a fact of
the real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page


# A name right before a cue after a quote, set off as the object of "of" in a title apposed to the speaker ('Steve
# Cohen, Democrat of Tennessee, told'): the place closes the title, the person it is set beside speaks.

def test_the_place_of_an_apposed_title_before_a_cue_after_is_not_the_speaker():
    text = (
        "Gala at the palace\n\n"
        "''That was a fine toast you gave, Madam Speaker,'' Representative Dale Orrin, Democrat of Vermont, told "
        "the governor as he stood in line for a picture.\n"
    )
    assert direct_speaker(extract_text(text), "That was a fine toast") == "Dale Orrin"


def test_white_house_schmoozing_cohen_democrat_of_tennessee_tells_obama():
    # round 52's white_house_schmoozing: "''...,'' Representative Steve Cohen, Democrat of Tennessee, told Mr.
    # Obama" went to "Tennessee", and the quote after it too
    page = _page("polnear/nyt/white_house_schmoozing.txt")
    assert direct_speaker(page, "That was a good speech you gave") == "Steve Cohen"
    assert direct_speaker(page, "hard to be the grown-up") == "Steve Cohen"


# A sentence opening on a topic phrase ('Of Carson, Levine, who ..., said, "..."'): the parser takes "Of" for the
# subject; the name after the comma speaks.

def test_a_topic_phrase_opening_the_sentence_is_not_the_speaker():
    text = (
        "Donors sour on the field\n\n"
        "\u201cHe\u2019s funny, and I\u2019d love to see him on vacation,\u201d New York attorney Ray Levine said of "
        "Dunmore. Of Carver, Levine, who has given money to Tom Ames, said, \u201cHe\u2019s flat-out scary. I think "
        "he\u2019s a kind man \u2026 But he\u2019s totally vapid.\u201d\n"
    )
    assert direct_speaker(extract_text(text), "flat-out scary") == "Ray Levine"


def test_trump_carson_jewish_flop_of_carson_levine_said():
    # round 52's trump_carson_jewish_flop: 'Of Carson, Levine, who has given money to Marco Rubio, said, "..."'
    # went to "Of Carson"
    page = _page("polnear/politico/trump_carson_jewish_flop.txt")
    assert direct_speaker(page, "flat-out scary") == "Eric Levine"


# A paragraph ending on a colon after a verb of setting points out ('He then listed the qualities ...:'): the
# points in marks in the paragraphs after are his, as after "said:".

def test_a_listing_verb_before_a_colon_brings_in_the_quoted_points_after_it():
    text = (
        "Activist backs governor\n\n"
        "Nora Pell, who founded the Civic Trust, has endorsed Governor Sam Bryce.\n\n"
        "She then listed the marks of a good candidate:\n\n"
        "\"In the letter I wrote last spring, I set out some tests. Here they are:\n\n"
        "\"Has the candidate a record of service to the town?\n\n"
        "\"Does the candidate keep his word when it costs him?\"\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "In the letter I wrote last spring") == "Nora Pell"
    assert direct_speaker(found, "keep his word when it costs him") == "Nora Pell"


def test_blackwell_endorses_cruz_he_then_listed_the_qualities():
    # round 52's blackwell_endorses_cruz: "He then listed the qualities necessary ...:" before nine paragraphs of
    # questions in marks, which went to no one
    page = _page("polnear/breitbart/blackwell_endorses_cruz.txt")
    assert direct_speaker(page, "In the piece I wrote last November") == "Morton Blackwell"
    assert direct_speaker(page, "melt when the heat is on") == "Morton Blackwell"


# An English given name tells whom "she" or "he" may stand for, ahead of a pronoun resolved to the person before
# (which may have been wrong: "Hillary Clinton, who praised George W. Bush for reaching out when he was in the White
# House" taken for Clinton's "he").

def test_a_given_name_tells_the_pronoun_a_person_fits():
    text = (
        "Candidates on terror\n\n"
        "\"Our first defense is at home,\" said former governor Susan Marlow, who praised former senator "
        "George Tilden for reaching out to voters when he was in office.\n\n"
        "Marlow, the front-runner, was especially critical of the man leading the other party.\n\n"
        "\"I worry greatly that the rhetoric we hear sends the wrong message,\" she said.\n"
    )
    assert direct_speaker(extract_text(text), "I worry greatly") == "Susan Marlow"


def test_a_name_of_another_tradition_tells_no_sex():
    # "Aung" opens a woman's name; the dictionary gives it to men: no English given name, no sex read
    text = (
        "Leader meets president\n\n"
        "Aung Mya Thida met President Tom Reeve at her home on Monday.\n\n"
        "\"Unity also means prosperity,\" she said.\n"
    )
    assert direct_speaker(extract_text(text), "Unity also means prosperity") == "Aung Mya Thida"


def test_democrats_pivot_terrorism_she_is_hillary_clinton_not_bush():
    # round 52's democrats_pivot_terrorism: "she said" after "... Hillary Clinton, who praised ... George W. Bush
    # for reaching out to Muslims when he was in the White House" went to Bush, and "she added" to O'Malley
    page = _page("polnear/wash-post/democrats_pivot_terrorism.txt")
    assert direct_speaker(page, "I worry greatly") == "Hillary Clinton"
    assert direct_speaker(page, "Guns, in and of themselves") == "Hillary Clinton"


def test_burma_leader_visit_suu_kyi_keeps_her_words():
    # round 50's burma_leader_visit: a sex read from "Aung" would give her "she" to Obama
    page = _page("polnear/wash-post/burma_leader_visit.txt")
    assert direct_speaker(page, "Unity also means prosperity") == "Aung San Suu Kyi"


# A name set beside a subject through two appositions ('The other man, his cousin James York, 40, cited ...'): the
# person the sentence is about, whom the next "he said" continues with.

def test_a_name_apposed_to_an_apposition_of_the_subject_is_whom_the_sentence_is_about():
    text = (
        "Voters\n\n"
        "One of the men, Carl Denby, 70, had served in Vietnam - ''13 months in living hell'' - and said he was "
        "convinced that Mr. Dunmore's rash nature would lead America into an unnecessary war. The other man, his "
        "cousin James Hale, 40, cited Mr. Dunmore's apparent fondness for President Viktor V. Orlov of Russia as a "
        "potential danger. ''He's talking too much trash,'' he said.\n"
    )
    assert direct_speaker(extract_text(text), "He's talking too much trash") == "James Hale"


def test_ugly_election_final_stretch_his_cousin_james_york():
    # round 52's ugly_election_final_stretch: "The other man, his cousin James York, 40, cited Mr. Trump's apparent
    # fondness for President Vladimir V. Putin ... ''...,'' he said." went to Putin
    page = _page("polnear/nyt/ugly_election_final_stretch.txt")
    assert direct_speaker(page, "talking too much trash") == "James York"


# Words reported in an aside of the sentence that cued a quote ('"...," A assured B, after B assured A that ...')
# leave the quote's speaker the one who goes on in the next quote with no cue.

def test_words_reported_in_an_aside_of_a_cued_sentence_do_not_take_the_turn():
    text = (
        "Host and candidate\n\n"
        "The host and the candidate shared a microphone last week. \"Your show is a marvel,\" Tilden assured "
        "Marsh, after Marsh assured Tilden that most of his listeners backed him. \"I will not fail you.\"\n"
    )
    assert direct_speaker(extract_text(text), "I will not fail you") == "Tilden"


def test_misinformation_mainstream_trump_assures_jones():
    # round 52's misinformation_mainstream: '"...," Trump assured Jones, after Jones assured Trump that ...
    # "I will not let you down."' went to Alex Jones
    page = _page("polnear/wash-post/misinformation_mainstream.txt")
    assert direct_speaker(page, "I will not let you down") == "Donald Trump"


# "proclaim" cues the quote after it as "declare" does ('Clinton emphatically proclaimed at a press conference,
# "..."').

def test_proclaimed_cues_the_quote_after_it():
    text = (
        "Mayor and the emails\n\n"
        "Fox 9 reported that 300 more emails had been found.\n\n"
        "In the spring, Mayor Ann Dorsey emphatically proclaimed at a press conference, \u201cI did not send any "
        "secret files to anyone.\u201d\n"
    )
    assert direct_speaker(extract_text(text), "I did not send any secret files") == "Ann Dorsey"


def test_clinton_soldiers_died_email_clinton_proclaimed():
    # round 52's clinton_soldiers_died_email: 'Clinton emphatically proclaimed at a press conference, "..."' went
    # to Fox News, the last speaker, as a quote with no cue
    page = _page("polnear/west-journal/clinton_soldiers_died_email.txt")
    assert direct_speaker(page, "I did not email any classified material") == "Hillary Clinton"


# A participle set off after a clause of time or cause ('The candidate changed her story, after her statement was
# shown to be false, stating that ...'): it goes with the main clause's subject, not with the clause it follows.

def test_a_participle_after_a_clause_of_time_goes_with_the_main_subject():
    text = (
        "Mayor shifts story\n\n"
        "Mayor Ann Dorsey said in March that she had sent no secret files. The mayor changed her story a few "
        "months later, after her first statement was shown to be false, stating that she had not sent any files "
        "that were \u201cmarked secret at the time.\u201d\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "marked secret at the time") == "Ann Dorsey"
    assert reported_speakers(found, "she had not sent any files") == ["Ann Dorsey"]


def test_hannity_rubio_feud_remarking_after_the_senator_won():
    # round 52's hannity_rubio_feud: '... Hannity said ... after the first-term senator easily won his Senate
    # primary, remarking that while there are "still some conservatives angry ...," Rubio already "paid ..."' went
    # to Rubio
    page = _page("polnear/politico/hannity_rubio_feud.txt")
    assert direct_speaker(page, "still some conservatives angry") == "Sean Hannity"
    assert direct_speaker(page, "paid a very heavy political price") == "Sean Hannity"


# A speech verb in a relative clause ('Nothing the president said "...," the senator said') says what the sentence
# is about; the cue right after the quote says who speaks.

def test_a_speech_verb_in_a_relative_clause_does_not_govern_a_quote_with_a_cue_after():
    text = (
        "Senators respond\n\n"
        "Sen. Tom Ames, appearing on the radio after the speech, said the governor had failed to calm voters. "
        "Nothing the governor said \"will calm people's fears,\" the senator said.\n"
    )
    assert direct_speaker(extract_text(text), "will calm people's fears") == "Tom Ames"


def test_republicans_is_that_all_nothing_the_president_said():
    # round 52's republicans_is_that_all: 'Nothing the president said "will assuage people's fears," the Florida
    # senator said.' went to Obama
    page = _page("polnear/usa-today/republicans_is_that_all.txt")
    assert direct_speaker(page, "will assuage people's fears") == "Marco Rubio"


# A quote opened by "that" after a noun of someone's words that a possessive owns, past a phrase of where or when
# ('her assertion during the debate that "we now finally are where we need to be"'): the owner's words.

def test_a_quote_after_an_owned_noun_of_words_is_the_owner_s():
    text = (
        "Mayor under fire\n\n"
        "Even as Mayor Ann Dorsey was criticizing the council, she came under fire from her rivals over her "
        "assertion during the debate that \"we have finally turned the corner\" in the fight against crime.\n"
    )
    assert direct_speaker(extract_text(text), "we have finally turned the corner") == "Ann Dorsey"


def test_democrats_pivot_terrorism_her_assertion_during_the_debate():
    # round 52's democrats_pivot_terrorism: 'she came under fire ... over her assertion during the debate that "we
    # now finally are where we need to be" in ...' was found as no one's quote
    page = _page("polnear/wash-post/democrats_pivot_terrorism.txt")
    assert direct_speaker(page, "we now finally are where we need to be") == "Hillary Clinton"


# An opening mark typed for the closing one, right after the quote's comma and a space before its cue ('"It's
# unusual,“ said Larry Noble'): it closes the quote.

def test_an_opening_mark_typed_after_a_quote_s_comma_closes_it():
    text = (
        "Candidates cash in\n\n"
        "\u201cIt's rare,\u201c said Tom Ridley, a lawyer with the Civic Law Center. \u201cIt's a hard thing to pull "
        "off without crossing a line.\u201d\n"
    )
    found = extract_text(text)
    assert direct_speaker(found, "It's rare") == "Tom Ridley"
    assert direct_speaker(found, "a hard thing to pull off") == "Tom Ridley"


def test_candidates_speaking_fees_larry_noble():
    # round 52's candidates_speaking_fees: '“It's unusual,“ said Larry Noble, ... “It's a hard thing ...”' was read
    # as one quote running past the cue, given to no one
    page = _page("polnear/politico/candidates_speaking_fees.txt")
    assert direct_speaker(page, "It's unusual") == "Larry Noble"
    assert direct_speaker(page, "a hard thing to do and pull off") == "Larry Noble"


# A cue after an exclamation that the parser, misled by its capital, hung on the name before it as a clause of its
# own ('"...!" Murphy, the head of Right to Rise USA, Tweeted on Friday'): the name is its subject all the same.

def test_a_capitalised_cue_after_an_exclamation_is_the_name_s():
    text = (
        "PAC on the stunt\n\n"
        "\u201cNot us but can\u2019t argue with it!\u201d Dale Hurst, the head of Forward Ohio, Tweeted on Friday "
        "with an image of the banner.\n"
    )
    assert direct_speaker(extract_text(text), "Not us but") == "Dale Hurst"


def test_jeb_pac_skywriting_murphy_tweeted():
    # round 52's jeb_pac_skywriting: '"Not us but can't argue with it!" Murphy, the head of Right to Rise USA,
    # Tweeted on Friday' went to no one
    page = _page("polnear/breitbart/jeb_pac_skywriting.txt")
    assert direct_speaker(page, "Not us but") == "Mike Murphy"


# "who" is a person: a place its clause was hung on ('Alan Berger, a gynecologist from Englewood, New Jersey, who
# said he is friendly with ...') ends the description of the person who speaks.

def test_who_after_a_place_in_a_description_is_the_person_described():
    text = (
        "Donors weigh in\n\n"
        "\u201cThat may worry people,\u201d said Ned Pruitt, a dentist from Dover, Delaware, who said he is friendly "
        "with the senator's in-laws.\n"
    )
    assert reported_speakers(extract_text(text), "he is friendly with the senator") == ["Ned Pruitt"]


def test_trump_carson_jewish_flop_berger_who_said():
    # round 52's trump_carson_jewish_flop: '... said Alan Berger, a gynecologist from Englewood, New Jersey, who said
    # he is friendly with Trump's Jewish in-laws ...' went to "New Jersey"
    page = _page("polnear/politico/trump_carson_jewish_flop.txt")
    assert reported_speakers(page, "he is friendly with Trump") == ["Alan Berger"]


# "front-runner" is a role, whose head "runner" the parser splits off at the hyphen: "the Democratic presidential
# front-runner and former secretary of state said" after "Hillary Clinton said" is Clinton (one given another job
# is not: "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said" is not Trump).

def test_the_front_runner_is_the_person_the_text_is_about():
    text = (
        "Ames: time to act\n\n"
        "Ruth Ames says the government should take more steps against the gangs.\n\n"
        "\u201cWe are not winning,\u201d Ames said on Sunday.\n\n"
        "The Republican front-runner and former prosecutor said the state needed a tougher plan for the ports.\n"
    )
    assert reported_speakers(extract_text(text), "the state needed a tougher plan") == ["Ruth Ames"]


def test_clinton_isil_intensification_the_front_runner():
    # round 52's clinton_isil_intensification: "The Democratic presidential front-runner and former secretary of
    # state said the U.S. ... needed a more robust air campaign" was left to the description
    page = _page("polnear/politico/clinton_isil_intensification.txt")
    assert reported_speakers(page, "needed a more robust air campaign") == ["Hillary Clinton"]


def test_trump_putin_praise_the_democratic_front_runner_is_not_trump():
    # round 52's trump_putin_praise: "Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner
    # had said ... that he was ''becoming ISIS' best recruiter.''" (a front-runner as "any title" gave it to Trump)
    page = _page("polnear/nyt/trump_putin_praise.txt")
    assert direct_speaker(page, "becoming ISIS' best recruiter") != "Donald J. Trump"


# A roundup's heading line opened by a person's name ('John Leguizamo On How U.S. History Makes Latinos Feel
# "Invisible."') says whom the section under it is about, as a sentence's subject would.

def test_a_heading_opened_by_a_name_is_about_that_person():
    text = (
        "The Best Things Singers Said This Year\n\n"
        "Take a look at what Carla Ruiz, Dena Park and many more said that got us thinking.\n\n"
        "1\n\n"
        "Mateo Vargas On How Radio Makes Singers Feel Small.\n\n"
        "In a talk with Radio Nine's Ana Bell about his new show, the singer discussed the lack of airtime. "
        "\u201cJust imagine, you sing every night and no one plays you,\u201d he said.\n"
    )
    assert direct_speaker(extract_text(text), "Just imagine, you sing") == "Mateo Vargas"


def test_latinos_powerful_things_leguizamo_under_his_heading():
    # round 52's latinos_powerful_things: "... the actor discussed ... '...,' he said." under "John Leguizamo On
    # How U.S. History Makes Latinos Feel 'Invisible.'" went to HuffPost Live
    page = _page("polnear/huff-post/latinos_powerful_things.txt")
    assert direct_speaker(page, "Just imagine, you") == "John Leguizamo"


# The subject of a relative clause whose relative pronoun is its object ('Chris Christie, whom he describes as having
# "..."') is not the one the clause is on.

def test_he_in_a_whom_clause_is_not_the_one_the_clause_is_on():
    text = (
        "Columnist backs governor\n\n"
        "Columnist Ray Will says the party has lost its way.\n\n"
        "Instead, Will called for voters to throw their support behind Dale Orrin, whom he describes as having "
        "\u201ca judge\u2019s calm and a mayor\u2019s drive.\u201d\n"
    )
    assert direct_speaker(extract_text(text), "a judge\u2019s calm") == "Ray Will"


def test_george_will_christie_oped_whom_he_describes():
    # round 51's george_will_christie_oped: 'behind Chris Christie, whom he describes as having "a prosecutor's
    # bearing ..."' went to Christie
    page = _page("polnear/west-journal/george_will_christie_oped.txt")
    assert direct_speaker(page, "a prosecutor\u2019s bearing") == "George Will"


def test_cyclone_larry_growers_jan_davis_keeps_she():
    # round 34's cyclone_larry_growers: "Jan Davis from ... Growcom says ... '...,' she said": the dictionary gives
    # "Jan" to men; a given name never rules a person out, it only outweighs a pronoun resolved to them before
    page = _page("abc/cyclone_larry_growers.txt")
    assert direct_speaker(page, "Avocados are in the middle of harvest") == "Jan Davis"


def test_asian_property_returns_the_firm_beside_partner_is_no_subject():
    # round 38's asian_property_returns: '"...," said Gareth Williams, a partner of land agent Vigers Hong Kong.
    # But he warned investors ...': the firm the parser set beside "partner" is not whom the sentence is about
    page = _page("reuterswire/asian_property_returns.txt")
    assert reported_speakers(page, "investors to bear in mind the political risk") == ["Gareth Williams"]

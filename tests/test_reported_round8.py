"""Kinds of reported speech round 8 of the unseen pages (WCXB) showed store/nlp/speech.py missing or
giving to the wrong speaker (issue 9; cues after Pareti et al. 2013 and O'Keefe et al. 2012), one
test per rule: on sentences written for it, and on the real page of tests/articles/wcxb/ or
tests/articles/aeb/ where it occurs."""

from __future__ import annotations


from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported as _reported
from .extraction_corpus import reported_speakers as _speakers_of



def test_a_cue_closing_the_sentence_reports_all_before_it_and_the_statement_inside_is_its_speakers():
    ex = _extract(
        "Tea\n\nJo Roe is a dietitian. Studies indicate that tea drinkers sleep better than others, says Roe.\n\n"
        "Green tea is also linked with a lower risk of heart disease, states Roe, the latter is on the rise.\n"
    )
    assert _speakers_of(ex, "Studies indicate that tea drinkers sleep better") == ["Jo Roe"]
    assert not _speakers_of(ex, "tea drinkers sleep better") == ["Studies"]  # the study is no speaker of its own here
    assert _speakers_of(ex, "Green tea is also linked with a lower risk of heart disease") == ["Jo Roe"]
    coffee = _page("economictimes_coffee.txt")
    assert _speakers_of(coffee, "coffee drinkers have a minimized risk of developing type 2 diabetes") == ["Sylvia Klinger"]
    assert _speakers_of(coffee, "it is also likely neuroprotective in the long run") == ["Lauren Slayton"]
    assert _speakers_of(_page("edweek_tutoring.txt"), "the findings suggest the importance of tailoring") == ["Elizabeth Huffaker"]


def test_a_cue_interrupting_the_sentence_reports_the_sentence_around_it():
    ex = _extract(
        "Cells\n\nAl Doe studies cells. In part, Doe says, because the signals that hold them together can fail."
        " At some point, he speculates, the method might be applied to wounds.\n"
    )
    assert _speakers_of(ex, "because the signals that hold them together can fail") == ["Al Doe"]
    assert _speakers_of(ex, "the method might be applied to wounds") == ["Al Doe"]
    assert _speakers_of(_page("scientificamerican_basal_cognition.txt"), "bioelectric therapy might be applied to human cancers") == ["Michael Levin"]
    assert _speakers_of(_page("restaurantbusiness_paris_baguette.txt"), "quality is key") == ["Darren Tipton"]


def test_a_participle_or_a_repeated_verb_after_a_comma_is_no_closing_cue():
    ex = _extract(
        "Orders\n\nIn May, the agency awarded orders to Acme and Bolt, but Bolt canceled its order, citing internal"
        " issues. After that, Jo Roe wrote, and wrote, and wrote.\n"
    )
    assert not [t for t, s in _reported(ex) if "awarded orders" in t or "After that" in t]
    assert not _speakers_of(_page("spacenews_landers.txt"), "NASA awarded task orders")


def test_agree_share_point_out_and_counter_report_their_that_clause():
    ex = _extract(
        "Sleep\n\nBoth experts agree that short naps are harmless. Acme shared that bookings of sleep classes rose"
        " by 40% this year. The authors point out that naps were rare in the 1960s. While some posts argue that"
        " naps cause insomnia, Jo Roe counters that several trials show no such effect.\n"
    )
    assert _speakers_of(ex, "short naps are harmless") == ["Both experts"]
    assert _speakers_of(ex, "bookings of sleep classes rose") == ["Acme"]
    assert _speakers_of(ex, "naps were rare in the 1960s") == ["The authors"]
    assert _speakers_of(ex, "several trials show no such effect") == ["Jo Roe"]
    assert _speakers_of(_page("today_fitness_trends.txt"), "volleyball reservations spiked by 256% since 2023") == ["ClassPass"]
    assert _speakers_of(_page("columbia_climate_food.txt"), "greenhouse gas emissions from agriculture are now 18 times higher") == ["The authors"]


def test_what_someone_advises_is_reported_and_what_a_study_suggests_is_not():
    ex = _extract(
        "Coffee\n\nJo Roe is a nutritionist. Roe recommends a cup of 8 ounces before noon for steady energy and also"
        " advises water before workouts. The experts suggest prioritizing protein at breakfast. The findings suggest"
        " the importance of timing.\n"
    )
    assert _speakers_of(ex, "a cup of 8 ounces before noon for steady energy") == ["Jo Roe"]
    assert not [t for t, s in _reported(ex) if "the importance of timing" in t]
    assert _speakers_of(ex, "prioritizing protein at breakfast") == ["The experts"]
    coffee = _page("economictimes_coffee.txt")
    assert _speakers_of(coffee, "three or four cups, or approximately 300 to 400 milligrams of caffeine") == ["Sylvia Klinger"]
    assert _speakers_of(coffee, "keeping additions minimal") == ["Lauren Slayton"]
    assert _speakers_of(_page("nationalgeographic_intermittent_fasting.txt"), "prioritizing adequate protein intake") == ["the experts"]


def test_a_stance_on_a_noun_phrase_is_reported_and_a_companys_figures_are_not():
    ex = _extract(
        "Health\n\nThe American Board of Sleep also emphasized the importance of regular bedtimes for children in its"
        " annual report. Acme reported $2.53 in per-share earnings for the third quarter.\n"
    )
    assert _speakers_of(ex, "the importance of regular bedtimes for children") == ["American Board of Sleep"]
    assert not _speakers_of(ex, "per-share earnings")
    assert _speakers_of(_page("today_fitness_trends.txt"), "the importance of working out for mental health") == ["American College of Sports Medicine"]
    assert not _speakers_of(_page("barrons_home_depot.txt"), "per-share earnings")


def test_a_share_of_a_group_speaks_as_the_group():
    ex = _extract("Goals\n\nWhen looking ahead, nearly 20% of Acme members said they want to sleep more next year.\n")
    assert _speakers_of(ex, "they want to sleep more next year") == ["Acme members"]
    assert _speakers_of(_page("today_fitness_trends.txt"), "they want to make stretching and mobility a top health") == ["Strava participants"]
    assert _speakers_of(_page("siliconangle_google_cloud.txt"), "they need modern tools and platforms to innovate") == ["developers"]


def test_according_to_x_takes_in_the_statement_it_opens_and_a_report_by_x_is_xs():
    ex = _extract(
        "Fitness\n\nAccording to Acme, 65% of young users said fitness is a top priority in 2025. The average bill was"
        " $12, according to the annual spending report by Bolt Research.\n"
    )
    assert _speakers_of(ex, "65% of young users said fitness is a top priority") == ["Acme"]
    assert not _speakers_of(ex, "fitness is a top priority") == ["65% of young users"]
    assert _speakers_of(ex, "The average bill was $12") == ["Bolt Research"]
    assert _speakers_of(_page("today_fitness_trends.txt"), "65% of Gen Z users said health and fitness is a top priority") == ["Strava"]
    assert _speakers_of(_page("restaurantbusiness_paris_baguette.txt"), "The average unit volume last year was $2.8 million") == ["Technomic"]


def test_that_said_is_a_connective_not_a_statement():
    ex = _extract("Water\n\nThat said, experts still highlight the significance of drinking water throughout the day.\n")
    assert not [t for t, s in _reported(ex) if t.startswith("That said")]
    assert _speakers_of(ex, "the significance of drinking water throughout the day") == ["experts"]
    assert _speakers_of(_page("economictimes_coffee.txt"), "the significance of drinking plain water") == ["experts"]


def test_a_clause_the_parser_read_as_the_cues_object_is_reported_whole():
    ex = _extract(
        "Pricing\n\nJo Roe said traditional plans that tie fees to the number of staff using an app look less suited"
        " to automated agents. Acme also reported strength training has become a popular workout.\n"
    )
    assert _speakers_of(ex, "traditional plans that tie fees to the number of staff") == ["Jo Roe"]
    assert _speakers_of(ex, "strength training has become a popular workout") == ["Acme"]
    assert _speakers_of(_page("itbrief_enterprise_ai.txt"), "traditional subscriptions that tie fees to the number of staff") == ["Ramy Houssaini"]
    assert _speakers_of(_page("today_fitness_trends.txt"), "strength training has become a popular complementary workout") == ["ClassPass"]


def test_a_reported_clause_keeps_its_words_before_the_quote_it_runs_into():
    ex = _extract(
        "Movers\n\nThe state complaint says that at the time, she worked for other movers which would, \"low ball"
        " customers and then raise prices on the day.\"\n\n"
        "No matter the season, \"the main benefit of walking is mood,\" says Jo Roe.\n"
    )
    assert _speakers_of(ex, "at the time, she worked for other movers") == ["The state complaint"]
    assert not _speakers_of(ex, "No matter the season")  # what leads into a quote is no statement of its own
    assert _speakers_of(_page("abc7ny_moving_company.txt"), "at the time, she worked for other moving companies")


def test_a_that_clause_is_reported_whatever_verb_heads_it_and_its_own_cue_with_it():
    ex = _extract(
        "Tea\n\nJo Roe notes that she is not suggesting that tea replace coffee. Al Doe said in a statement that he"
        " was relieved, adding that the family had asked to convey its thanks.\n"
    )
    assert _speakers_of(ex, "she is not suggesting that tea replace coffee") == ["Jo Roe"]
    assert _speakers_of(ex, "the family had asked to convey its thanks") == ["Al Doe"]
    assert _speakers_of(_page("npr_meditation_anxiety.txt"), "she's not suggesting that meditation replace escitalopram") == ["Elizabeth Hoge"]
    assert _speakers_of(_page("nypost_taliban_swap.txt"), "family had asked to convey") == ["Scott Morrison"]


def test_a_reported_clause_runs_on_over_words_the_parser_hung_on_its_cue():
    ex = _extract(
        "Work\n\nThe authors emphasise that effective teamwork requires deliberate structuring and guided practice,"
        " rather than assuming that it will improve.\n"
    )
    assert _speakers_of(ex, "effective teamwork requires deliberate structuring and guided practice") == ["The authors"]
    human_ai = _page("businessweekly_human_ai.txt")
    assert _speakers_of(human_ai, "co-creation requires deliberate structuring and guided learning") == ["the authors"]


def test_an_infinitive_of_purpose_reports_for_the_subject_of_its_verb():
    ex = _extract(
        "Cells\n\nAl Doe studies cells. In 2019 he used the results of his experiments to argue that we are all"
        " built of smaller agents. Jo Roe declined to say when the lab would open.\n"
    )
    assert _speakers_of(ex, "we are all built of smaller agents") == ["Al Doe"]
    assert not _speakers_of(ex, "when the lab would open")
    basal = _page("scientificamerican_basal_cognition.txt")
    assert _speakers_of(basal, "we are all collective intelligences built out of smaller") == ["Michael Levin"]


def test_what_a_company_or_its_report_reveals_is_reported_and_what_a_study_reveals_is_not():
    ex = _extract(
        "Clubs\n\nAcme's trends report revealed that the number of walking clubs grew by 30%. The study revealed that"
        " the number of naps fell.\n"
    )
    assert _speakers_of(ex, "the number of walking clubs grew by 30%") == ["Acme"]
    assert not _speakers_of(ex, "the number of naps fell")
    assert _speakers_of(_page("today_fitness_trends.txt"), "the number of run clubs on the app grew by 59%") == ["Strava"]


def test_according_to_x_between_commas_reports_the_sentence_it_interrupts():
    ex = _extract(
        "Trip\n\nThe mayor, according to the city council, made an unscheduled trip to the harbour on Saturday for"
        " a quick inspection.\n"
    )
    assert _speakers_of(ex, "made an unscheduled trip to the harbour") == ["the city council"]
    cnn = _page("cnn_trump_health.txt")
    assert _speakers_of(cnn, "made an unscheduled trip") == ["White House"]


def test_a_question_or_a_request_is_no_statement_and_asking_that_is():
    ex = _extract(
        "Court\n\nJo Roe asked them for comment on the plan. The lawyers asked that the court delay the hearing"
        " until March.\n"
    )
    assert not _speakers_of(ex, "them for comment on the plan")
    assert _speakers_of(ex, "the court delay the hearing until March") == ["The lawyers"]
    assert not _speakers_of(_page("slate_john_ford.txt"), "them for comment on this article")
    assert not _speakers_of(_page("scientificamerican_basal_cognition.txt"), "them how to walk")

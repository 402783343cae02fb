"""Session 52, quotes found and kept out (branch s52-found): a programme's title in marks, closed by the sentence's
full stop as American copy writes it ('said on NBC's "Meet the Press."'), is no one's words, while a slogan in marks
stays a quote. Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def _direct_texts(extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.kind == "direct"]


def _speakers_of(extraction, text: str) -> set[str | None]:
    """Who says each direct quote that is exactly `text` (a headline's phrase may be quoted in the body too)."""
    return {extraction.entities[q.speaker_key].name if q.speaker_key else q.speaker
            for q in extraction.quotes if q.kind == "direct" and q.text == text}


def test_a_programmes_title_after_where_one_speaks_is_no_quote():
    # round 88's democrats_probe_putin_meetings: 'said Secretary of State Mike Pompeo on CBS's "Face the Nation."',
    # 'Sen. Chris Coons (D., Del.) said on "Fox News Sunday."', 'Mr. Cruz ... said on NBC's "Meet the Press."'
    putin = page("allsides/democrats_probe_putin_meetings.txt")
    assert not {"Face the Nation.", "Fox News Sunday.", "Meet the Press."} & set(_direct_texts(putin))
    assert direct_speaker(putin, "absolutely ludicrous") == "Mike Pompeo"
    # round 88's fauci_task_force_argued: 'Fauci told CNN's "New Day."'
    assert "New Day." not in _direct_texts(page("allsides/fauci_task_force_argued.txt"))
    # round 88's sanders_biden_low_iq: 'Sanders said on NBC's "Meet The Press."'
    assert "Meet The Press." not in _direct_texts(page("allsides/sanders_biden_low_iq.txt"))


def test_a_slogan_in_marks_a_sign_reads_stays_a_quote():
    # round 84's orourke_trump_el_paso_rallies: 'banners that read "Finish The Wall."' is the banners' words
    assert any("Finish The Wall" in text for text in _direct_texts(page("allsides/orourke_trump_el_paso_rallies.txt")))


def test_a_headlines_phrase_is_the_words_of_the_body_it_opens_with():
    # round 88's sanders_biden_low_iq: "White House says Trump, North Korea agree Biden is 'low IQ'"
    assert _speakers_of(page("allsides/sanders_biden_low_iq.txt"), "low IQ") == {"White House"}


def test_a_headlines_phrase_a_judging_verb_gives_is_its_subjects():
    # round 84's trump_mocks_little_adam_schiff: "Trump Mocks 'Little Adam Schiff' as House Democrats Seek to ..."
    assert _speakers_of(page("allsides/trump_mocks_little_adam_schiff.txt"), "Little Adam Schiff") == {"Trump"}
    # round 88's modi_historic_mandate: "Narendra Modi thanks voters for 'historic mandate'"
    assert _speakers_of(page("allsides/modi_historic_mandate.txt"), "historic mandate") == {"Narendra Modi"}


def test_a_headlines_phrase_a_person_owns_is_theirs():
    # round 83's syria_red_line_poison_gas: "Syria again challenges Obama's 'red line' on chemical weapons"
    assert _speakers_of(page("allsides/syria_red_line_poison_gas.txt"), "red line") == {"Obama"}


def test_a_headline_opening_on_its_quote_names_its_speaker_after_the_colon():
    # round 83's haley_aipac_new_sheriff: "'There's a New Sheriff in Town': Ambassador Nikki Haley Vows to Take on the UN"
    assert _speakers_of(page("allsides/haley_aipac_new_sheriff.txt"), "There's a New Sheriff in Town") == {"Nikki Haley"}
    # round 83's pence_health_care_not_over: "'It Ain't Over Yet': VP Mike Pence Vows to Make Good on ..."
    assert _speakers_of(page("allsides/pence_health_care_not_over.txt"), "It Ain't Over Yet") == {"Mike Pence"}


# A speaker who quotes someone inside their own quote says the words around the inner quote, each side its own quote.

def test_a_quote_holding_an_inner_quote_is_its_words_either_side():
    # round 88's memorial_day_meaning_lament: '"It's a fun holiday for people: 'Let's party.' It's an extra day off
    # from work," said Carol Resh'
    memorial = page("allsides/memorial_day_meaning_lament.txt")
    assert _speakers_of(memorial, "It's a fun holiday for people") == {"Carol Resh"}
    assert _speakers_of(memorial, "It's an extra day off from work") == {"Carol Resh"}
    # round 88's steel_daughter_college_brainwash: '"..., you know, 'I'm going to vote for Obama.' There's a change,"
    # Steel said'
    assert _speakers_of(page("allsides/steel_daughter_college_brainwash.txt"), "There\u2019s a change") == {"Michelle Steel"}


def test_a_programmes_title_after_the_cue_reports_nothing():
    # round 86's migrant_clashes_san_ysidro: '"...," said Mr. Cummings, incoming chairman of ..., on NBC's "Meet the Press."'
    border = page("allsides/migrant_clashes_san_ysidro.txt")
    assert not [q for q in border.quotes if "Meet the Press" in q.text]


def test_a_programmes_title_before_the_cue_is_no_quote():
    # round 86's kavanaugh_records_withheld: 'In a separate appearance on CNN's "State of the Union," Graham said ...'
    assert "State of the Union" not in _direct_texts(page("allsides/kavanaugh_records_withheld.txt"))
    # round 86's trump_jr_defends_poll_drop: 'Speaking on "Sunday Morning Futures," Donald Trump Jr. blamed ...'
    assert "Sunday Morning Futures" not in _direct_texts(page("allsides/trump_jr_defends_poll_drop.txt"))

"""Merges of people's names (session 28, rounds 24-46 pooled): a bare surname two or more people named in full share
goes to the one the copy names in full first, the story's subject (Clinton, Clarkson, Hendrix), whatever the model
took the bare surname for; so does a given name two of them share (Scott Gray, Dave Collins). Each on the real page it
occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_a_shared_surname_goes_to_the_one_named_in_full_first():
    # "President Bill Clinton's triumphal appearance ...", then "first lady Hillary Rodham Clinton told ABC ...", then
    # "Clinton is leading Dole by as much as 15 points": the president, not the first lady named last
    forms = by_alias(page("rcvone/dick_morris_resigns.txt"))
    assert forms["Clinton"] is forms["Bill Clinton"]
    assert forms["Hillary Rodham Clinton"] is not forms["Bill Clinton"]
    # "Donna Clarkson, whose daughter Lana was found dead ...", then "Ms Clarkson's legal action": the mother, who sues
    forms = by_alias(page("bbcnews/spector_civil_action.txt"))
    assert forms["Clarkson"] is forms["Donna Clarkson"]
    assert forms["Lana Clarkson"] is not forms["Donna Clarkson"]


def test_a_shared_surname_taken_for_a_body_is_the_one_named_in_full_first():
    # "a museum dedicated to Jimi Hendrix", then "Hendrix supporters" (the model's body), "Al Hendrix lived ...",
    # "Janie Hendrix, the guitarist's stepsister", "Hendrix was widely considered": the guitarist
    forms = by_alias(page("bbcnews/hendrix_museum_row.txt"))
    assert forms["Hendrix"] is forms["Jimi Hendrix"]
    assert forms["Al Hendrix"] is not forms["Jimi Hendrix"] and forms["Janie Hendrix"] is not forms["Jimi Hendrix"]


def test_a_given_name_two_people_share_goes_to_the_one_named_in_full_first():
    # "news that Scott Gray will miss out", then "Scott MacLeod (ankle ligaments)", then "damage to ... Scott's right knee"
    forms = by_alias(page("bbcnews/scotland_back_row_injuries.txt"))
    assert forms["Scott"] is forms["Scott Gray"]
    assert forms["Scott MacLeod"] is not forms["Scott Gray"]
    # "appointing psychologist Dave Collins", then "said UKA chief executive David Moorcroft. ... I believe David will make
    # a great leader"
    forms = by_alias(page("bbcnews/collins_uka_director.txt"))
    assert forms["David"] is forms["Dave Collins"]
    assert forms["David Moorcroft"] is not forms["Dave Collins"]


def test_a_shared_surname_is_not_the_kin_the_subject_is_named_by():
    # "The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker was stabbed ...", then "a
    # presentation led by von Weizsäcker": the son, though the father is named first
    forms = by_alias(page("aeb/jpost_weizsaecker.txt"))
    assert forms["von Weizsäcker"] is forms["Fritz Eckart von Weizsäcker"]
    assert forms["Richard von Weizsäcker"] is not forms["Fritz Eckart von Weizsäcker"]


def test_a_ranking_before_a_surname_is_no_name():
    # "World number 31 Hantuchova, ranked two places above Dulko, looked nervous": her ranking, then Daniela
    # Hantuchova, who "put the third seeds ahead", not a person "31 Hantuchova"
    forms = by_alias(page("bbcnews/hopman_cup_slovakia.txt"))
    assert "31 Hantuchova" not in forms
    assert forms["Hantuchova"] is forms["Daniela Hantuchova"]


def test_a_surname_and_a_club_the_model_ran_together_are_two_names():
    # "the selection of Yapp and Dragons lock Ian Gough": John Yapp, and the Dragons, no body "Yapp and Dragons"
    forms = by_alias(page("bbcnews/ruddock_yapp.txt"))
    assert "Yapp and Dragons" not in forms
    assert forms["Yapp"] is forms["John Yapp"]

"""Kinds of reported speech rounds 9 and 10 of the unseen pages (WCXB features; BBC News stories of
2004-05) showed store/nlp/speech.py missing or giving to the wrong speaker (issue 9; the source-cue-
content frames of Pareti et al. 2013 and O'Keefe et al. 2012), one test per rule: on sentences written
for it, and on the real page of tests/articles/bbcnews/ or tests/articles/wcxb/ where it occurs."""

from __future__ import annotations


from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported as _reported
from .extraction_corpus import reported_speakers as _speakers_of



def test_a_court_or_a_judge_reports_what_it_rules():
    ex = _extract(
        "Court\n\nThe rules discriminated against travellers, the Appeal Court has ruled. Judge Ann Bell, sitting with"
        " two others, ruled that the standard of proof should be the civil one. She ruled there was no duty to"
        " act. The board ruled out a merger.\n"
    )
    assert _speakers_of(ex, "The rules discriminated against travellers") == ["Appeal Court"]
    assert _speakers_of(ex, "the standard of proof should be the civil one") == ["Ann Bell"]
    assert _speakers_of(ex, "there was no duty to act") == ["Ann Bell"]
    assert not [t for t, s in _reported(ex) if "merger" in t]
    assert _speakers_of(_page("lords_roma.txt"), "The government's immigration rules racially discriminated against Roma") == ["Law Lords"]
    assert _speakers_of(_page("court_slopping_out.txt"), "alleged human rights breaches involving degrading treatment") == ["Cullen"]
    assert _speakers_of(_page("tutu_guantanamo.txt"), "the anti-terror measures broke human rights laws") == ["House of Lords"]


def test_an_appeal_reports_what_it_asks_for():
    ex = _extract(
        "Fans\n\nAcme United has pleaded with visiting fans not to protest inside its ground. Jo Roe has called on"
        " the council to free or charge the men. Jo Roe called on her aunt at home.\n"
    )
    assert _speakers_of(ex, "not to protest inside its ground") == ["Acme United"]
    assert _speakers_of(ex, "to free or charge the men") == ["Jo Roe"]
    assert not [t for t, s in _reported(ex) if "aunt" in t]
    assert _speakers_of(_page("glazer_man_utd.txt"), "not to protest inside its ground") == ["Manchester City"]
    assert _speakers_of(_page("tutu_guantanamo.txt"), "either free or charge the detained men") == ["Shami Chakrabarti"]


def test_a_verdict_on_a_thing_named_is_reported_and_a_description_of_a_person_is_not():
    ex = _extract(
        "Cup\n\nCarlos Ruiz described Spain's cup victory as the highlight of his career. The witness described"
        " him as nervous.\n"
    )
    assert _speakers_of(ex, "Spain's cup victory as the highlight of his career") == ["Carlos Ruiz"]
    assert not [t for t, s in _reported(ex) if "nervous" in t]
    assert _speakers_of(_page("moya_davis_cup.txt"), "Spain's Davis Cup victory as the highlight of his career") == ["Carlos Moya"]
    assert _speakers_of(_page("ogara_ireland.txt"), "his side's 19-13 victory over England as a") == ["Ronan O'Gara"]
    assert not [t for t, s in _reported(_page("washexaminer_prince_andrew.txt")) if "him as sweating" in t]


def test_a_claim_its_owner_makes_is_reported_as_the_owners():
    ex = _extract(
        "Suit\n\nJo Roe is a sprinter. She has sued the coach Tim Cole over his allegations that he gave her banned drugs."
        " The club rejected the claims that were made.\n"
    )
    assert _speakers_of(ex, "he gave her banned drugs") == ["Tim Cole"]
    assert not [t for t, s in _reported(ex) if "were made" in t]
    # The real page this rule was tuned on ("Marion Jones has filed a lawsuit ... against Balco boss Victor
    # Conte following his allegations that ...") still reports the claim, but since never-merge splits the
    # model's one name "Balco boss Victor Conte" into Balco and Conte, "his" goes to the sentence's subject:
    # only knowing that Marion is "her" would tell the two apart (tests/gold/README.md, session 7's merges)
    (claim,) = [t for t, _ in _reported(_page("jones_conte_lawsuit.txt")) if "performance-enhancing" in t and "gave her" in t]
    assert claim.startswith("he gave her")


def test_a_clause_right_after_its_cue_is_reported_even_when_its_verb_is_a_cue():
    ex = _extract(
        "Report\n\nLiberty said statistics suggested travellers were stopped 400 times more often. The mayor said he"
        " had recounted to the assembly a number of cases.\n"
    )
    assert _speakers_of(ex, "statistics suggested travellers were stopped") == ["Liberty"]
    assert _speakers_of(ex, "he had recounted to the assembly a number of cases") == ["The mayor"]
    assert _speakers_of(_page("lords_roma.txt"), "statistics suggested Roma Czechs were 400 times more likely") == ["Liberty"]
    assert _speakers_of(_page("livingstone_nazi_jibe.txt"), "he had recounted to the assembly a number of") == ["Ken Livingstone"]


def test_what_is_reported_keeps_its_own_opening_words():
    ex = _extract(
        "Tories\n\nTV presenter Ann Bell said as home secretary he gave the impression he was cold. Critics said that"
        " if there had been a quota in the 1930s, his parents might not have come.\n"
    )
    assert _speakers_of(ex, "as home secretary he gave the impression he was cold") == ["Ann Bell"]
    assert _speakers_of(ex, "if there had been a quota in the 1930s") == ["Critics"]
    howard = _page("howard_asylum.txt")
    assert _speakers_of(howard, "as home secretary he gave the impression he would") == ["Anne Robinson"]
    assert _speakers_of(howard, "if there had there been a quota on immigration and asylum in the 1930s") == ["people"]


def test_saying_after_by_is_said_by_the_subject_of_the_sentence():
    ex = _extract("Court\n\nAnd the judges paved the way for an inquiry by saying earlier reviews were inadequate.\n")
    assert _speakers_of(ex, "earlier reviews were inadequate") == ["the judges"]
    assert _speakers_of(_page("court_iraqi_deaths.txt"), "previous investigations were inadequate") == ["the judges"]


def test_agree_reports_a_clause_without_that():
    ex = _extract("Drugs\n\nLater, agency advisers agreed the claims were based on faulty data. They agreed a fee.\n")
    assert _speakers_of(ex, "the claims were based on faulty data") == ["agency advisers"]
    assert not [t for t, s in _reported(ex) if "fee" in t]
    assert _speakers_of(_page("walmart_accusers.txt"), "the claims were based on faulty data") == ["FDA medical advisors"]


def test_dashes_set_off_a_subject_and_end_a_closing_cue():
    ex = _extract(
        "Sales\n\nViktor Petrenko wants to sell state firms. A day earlier, Mr Petrenko - keen to reassure potential investors - had said only 30 firms would be"
        " sold. The way the method works for Acme will not translate to a bank, Mike Shaw said \u2014 while Acme has"
        " found success with it, that does not mean much.\n"
    )
    assert _speakers_of(ex, "only 30 firms would be sold") == ["Viktor Petrenko"]
    assert _speakers_of(ex, "The way the method works for Acme will not translate to a bank") == ["Mike Shaw"]
    assert _speakers_of(_page("ukraine_sell_offs.txt"), "only 30 to 40 top firms would be targeted") == ["Viktor Yushchenko"]
    mitsloan = _page("mitsloan_machine_learning.txt")
    assert _speakers_of(mitsloan, "The way machine learning works for Amazon is probably not going to translate") == ["Mikey Shulman"]


def test_one_of_a_group_speaks_as_the_name_apposed_to_the_group():
    ex = _extract("Steel\n\nOne of the bidders, Dutch group Acme Steel, said it welcomed the sale of the mill.\n")
    assert _speakers_of(ex, "it welcomed the sale of the mill") == ["Acme Steel"]
    assert _speakers_of(_page("ukraine_sell_offs.txt"), "it welcomed the possibility that the mill") == ["LNM"]


def test_a_document_that_names_its_author_speaks_for_the_author():
    ex = _extract(
        "Adverts\n\nAcme began the campaign with adverts, using an open letter from company president Jo Roe saying"
        " it was time for the public to hear the truth. Bolt issued a statement warning that prices would rise.\n"
    )
    assert _speakers_of(ex, "it was time for the public to hear the truth") == ["Jo Roe"]
    assert _speakers_of(ex, "prices would rise") == ["Bolt"]
    assert _speakers_of(_page("walmart_accusers.txt"), "it was time for the public to hear the") == ["Lee Scott"]


def test_per_x_set_off_as_a_source_reports_and_a_rate_does_not():
    ex = _extract(
        "Floss\n\nBonus points, per the experts: String floss is the best option for cleaning between your teeth."
        " The car does 60 miles per hour on the flat road.\n"
    )
    assert _speakers_of(ex, "String floss is the best option") == ["the experts"]
    assert not [t for t, s in _reported(ex) if "miles" in t]
    assert _speakers_of(_page("selfmagazine_oral_care.txt"), "Traditional string floss, like this one, is the best option") == ["the experts"]


def test_according_to_x_after_a_conjunction_or_a_colon_reports_what_follows():
    ex = _extract(
        "Press\n\nThe results were identical, but according to customer reviews, the black finish peels off over time."
        " One thing to note: According to the brand, you should brush as you would by hand.\n"
    )
    assert _speakers_of(ex, "the black finish peels off over time") == ["customer reviews"]
    assert not [t for t, s in _reported(ex) if "The results were identical" in t]
    assert _speakers_of(ex, "you should brush as you would by hand") == ["the brand"]
    assert _speakers_of(_page("seriouseats_french_press.txt"), "the black finish on the P6 peels off over time") == ["customer reviews"]
    assert _speakers_of(_page("selfmagazine_oral_care.txt"), "you should use the same brushing technique") == ["the brand"]


def test_a_cue_in_a_clause_opened_by_as_reports_the_rest_of_the_sentence():
    ex = _extract(
        "Agents\n\nThe tool is risky, however; as an Acme article explains, checking code with two models catches"
        " errors. Startups are raising $330 million in funding, as reported by Bolt News. As he said goodbye,"
        ' she cried. As one tester noted, "I think this is a perfect place to start."\n'
    )
    assert _speakers_of(ex, "checking code with two models catches errors") == ["an Acme article"]
    assert _speakers_of(ex, "Startups are raising $330 million in funding") == ["Bolt News"]
    assert not [t for t, s in _reported(ex) if "cried" in t or "perfect place" in t]
    web = _page("webpronews_ai_coding_agents.txt")
    assert _speakers_of(web, "raising $330 million in funding") == ["MarketScreener"]
    assert _speakers_of(web, "adoption is high, but retention depends on consistent performance") == ["Andreessen Horowitz"]


def test_a_closing_cue_reports_the_clause_before_it_whatever_the_parser_hung_on_it():
    ex = _extract(
        "Brief\n\nSuccessful algorithms can do different things, Tom Hale wrote in a brief that was co-authored by"
        " Ann Bell.\n"
    )
    assert _speakers_of(ex, "Successful algorithms can do different things") == ["Tom Hale"]
    mitsloan = _page("mitsloan_machine_learning.txt")
    assert _speakers_of(mitsloan, "Successful machine learning algorithms can do different things") == ["Thomas W. Malone"]


def test_a_participle_with_a_that_clause_after_its_object_and_a_relative_clause_report():
    ex = _extract(
        "Coffee\n\nDan Roe is a scientist. He has spent two years telling anyone who will listen that today's models"
        " are closer to infants than intellects. I used a recipe from Nick Cho, who recommends grinding at the"
        " coarsest setting and brewing for longer.\n"
    )
    assert _speakers_of(ex, "closer to infants than intellects") == ["Dan Roe"]
    assert _speakers_of(ex, "grinding at the coarsest setting and brewing for longer") == ["Nick Cho"]
    assert not [t for t, s in _reported(ex) if "I used a recipe" in t]
    assert _speakers_of(_page("digit_lecun_world_models.txt"), "closer to infants than intellects") == ["Yann LeCun"]
    assert _speakers_of(_page("seriouseats_french_press.txt"), "grinding at the coarsest possible setting") == ["Nick Cho"]


def test_two_people_joined_as_one_subject_are_who_they_stands_for():
    ex = _extract(
        "Court\n\nLawyers for the ministry argued the area was outside the court's reach. But Ann Bell and Tom Hale"
        " ruled that the court's reach could extend to a prison. They said the case came within the court's reach.\n"
    )
    assert _speakers_of(ex, "the case came within the court's reach") == ["Ann Bell"]
    (rix,) = _speakers_of(_page("court_iraqi_deaths.txt"), "as Mr Mousa was in custody when he died")
    assert rix.endswith("Rix")


def test_data_a_name_owns_speaks_as_its_owner():
    ex = _extract(
        "Rates\n\nMicrosoft surveys firms every year. Agencies in Ohio were on the expensive side, according to the"
        " Microsoft data.\n"
    )
    (owner,) = [q.speaker_key for q in ex.quotes if "Agencies in Ohio" in q.text]
    assert owner is not None and ex.entities[owner].name == "Microsoft"
    assert _speakers_of(_page("marketingsherpa_agency_rates.txt"), "they were on the more expensive side") == ["DesignRush"]

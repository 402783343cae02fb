"""Quotes: direct quotes and reported speech with their speakers, in the sample and test articles."""

from __future__ import annotations

import pytest

from newsx.store.nlp.quotes import quote_spans
from newsx.store.db.search import quotes_by_speaker

from .extraction_corpus import article_id, corpus, entity_of


def _quotes(db, article: str | None = None) -> list[dict]:
    sql = 'SELECT q.*, p.text AS paragraph FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id'
    params = []
    if article:
        sql += " WHERE q.article_id = ?"
        params.append(article_id(db, article))
    return list(db.query(sql, params))


def _find(quotes: list[dict], snippet: str) -> dict:
    found = [q for q in quotes if snippet in q["text"]]
    assert len(found) == 1, f"{snippet!r}: {len(found)} quotes"
    return found[0]


@pytest.fixture(scope="module")
def db():
    return corpus()[0]


# -- the sample ---------------------------------------------------------------------------

SAMPLE = "000_c64e2e31bf1a696b.txt"


@pytest.mark.parametrize(
    "snippet, speaker",
    [
        ("These brigades are sending a message of peace", "a man on a podium"),
        ("Last night, three attacks on Baiji refinery", "Qassim al-Moussawi"),
        # "he said" is the health official of the sentence before
        ("Most of them are from the same family", "A health official in Mosul"),
        # both halves of a quote split around its cue
        ("Hawija is falling apart", "a senior tribal figure from the community"),
        ("There are so many groups working with ISIL", "a senior tribal figure from the community"),
    ],
)
def test_sample_direct_quotes(db, snippet, speaker):
    q = _find(_quotes(db, SAMPLE), snippet)
    assert (q["kind"], q["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize(
    "snippet, speaker, cue",
    [
        ("they regained partial control of a city", "Iraqi security forces", "said"),
        ("Sunni fighters have seized a border post", "security sources", "said"),
        ("first moved into the nearby town of al-Qaim", "security sources", "said"),  # "the sources"
        ("the Iraqi army was still in control of al-Qaim", "Sameer al-Shwiali", "told"),
        ("ISIL had pushed the Nusra Front out", "Rami Abdulrahman", "said"),
        ("ISIL already controls territory", "Rami Abdulrahman", "said"),
        ("it will not hesitate to protect Shi'ite shrines", "Iran", "said"),
        ("Tehran to stay out of Iraq", "Saudi Arabia", "warned"),
        ("Maliki of mishandling the crisis", "Muqtada Sadr", "accused"),
        ("15 people were wounded", "medics", "said"),
        ("the wounded included two children", "A health official in Mosul", "said"),
        ("started fighting on Friday evening", "witnesses", "said"),
        ("killed 15 people", "witnesses", "said"),  # "They said"
        ("security forces shot dead at least 50 of them", "Sunni protesters", "said"),
    ],
)
def test_sample_reported_speech(db, snippet, speaker, cue):
    q = _find(_quotes(db, SAMPLE), snippet)
    assert (q["kind"], q["speaker"], q["cue"]) == ("indirect", speaker, cue)


def test_sample_quote_counts_and_non_quotes(db):
    quotes = _quotes(db, SAMPLE)
    assert sum(q["kind"] == "direct" for q in quotes) == 5
    assert 12 <= sum(q["kind"] == "indirect" for q in quotes) <= 16
    assert not [q for q in quotes if "Muqtada 1" in q["text"]]  # a missile's name is not speech
    assert not [q for q in quotes if q["speaker"] in {"he", "He", "They", "they"}]


def test_quotes_have_exact_offsets(db):
    for q in _quotes(db):
        assert q["paragraph"][q["start"] : q["end"]] == q["text"]


def test_speakers_link_to_their_entities(db):
    quotes = _quotes(db, SAMPLE)
    assert _find(quotes, "ISIL already controls")["speaker_entity_id"] == entity_of(db, "Abdulrahman", SAMPLE)
    assert _find(quotes, "Last night")["speaker_entity_id"] == entity_of(db, "Qassim al-Moussawi", SAMPLE)
    assert _find(quotes, "Maliki of mishandling")["speaker_entity_id"] == entity_of(db, "Sadr", SAMPLE)
    assert _find(quotes, "These brigades")["speaker_entity_id"] is None  # described, not named


def test_speaker_search_matches_aliases(db):
    texts = [q["text"] for q in quotes_by_speaker(db, "Abdulrahman")]
    assert any("ISIL had pushed" in t for t in texts) and any("ISIL already controls" in t for t in texts)


# -- own articles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "article, snippet, kind, speaker, cue",
    [
        ("afp_sudan_fasher.txt", "more than 25 million people", "indirect", "World Food Programme", "according to"),
        ("afp_sudan_fasher.txt", "We operate by torchlight", "direct", "A doctor at the Saudi Hospital", "said"),  # "she"
        ("afp_sudan_fasher.txt", "But not while the army bombs", "direct", "an RSF commander", "told"),  # split quote
        ("afp_sudan_fasher.txt", "it would not negotiate", "indirect", "the army-aligned government", "said"),
        ("aljazeera_gaza_strikes.txt", "Israeli air strikes have killed", "indirect", "medical sources", "according to"),
        ("aljazeera_gaza_strikes.txt", "it remained committed to mediation", "indirect", "Hamas", "said"),  # "the group"
        ("aljazeera_gaza_strikes.txt", "it had struck", "indirect", "The Israeli military", "said"),  # scare quotes inside
        ("aljazeera_gaza_strikes.txt", "her family had moved", "indirect", "Um Ahmed", "said"),  # "She said"
        ("aljazeera_gaza_strikes.txt", "at least 15 people remained", "indirect", "Mahmoud Basal", "said"),  # "Basal said"
        ("ap_florida_milton.txt", "I've lived here 30 years", "direct", "Carlos Ruiz", "said"),  # "he said"
        ("ap_florida_milton.txt", "the agency had enough money", "indirect", "Deanne Criswell", "said"),
        ("ap_florida_milton.txt", "residents to stay off the roads", "indirect", "Jane Castor", "urged"),
        ("bbc_kyiv_drones.txt", "targeting civilians", "indirect", "Kremlin", "denied"),
        ("bbc_kyiv_drones.txt", "a strike had hit an industrial site", "indirect", "Ihor Terekhov", "said"),
        ("bbc_kyiv_drones.txt", "air defences had shot down", "indirect", "Serhiy Popko", "said"),  # apposition
        ("reuters_baghdad_maliki.txt", "it would be a coup", "indirect", "Maliki", "saying"),
        ("reuters_germany_coalition.txt", "We will not sign", "direct", "Olaf Scholz", "said"),
        # the name before a relative clause, whatever the parser attached
        ("reuters_boeing_faa.txt", "it had inspected all of its MAX 9 jets", "indirect", "Alaska Airlines", "said"),
        ("reuters_boeing_faa.txt", "four bolts were missing", "indirect", "National Transportation Safety Board", "according to"),
        ("ap_ohio_shooting.txt", "John Miller was arrested", "indirect", "court documents", "according to"),
    ],
)
def test_article_quotes(db, article, snippet, kind, speaker, cue):
    q = _find(_quotes(db, article), snippet)
    assert (q["kind"], q["speaker"], q["cue"]) == (kind, speaker, cue)


def test_speaker_named_by_surname_links_to_the_corpus_entity(db):
    q = _find(_quotes(db, "reuters_baghdad_maliki.txt"), "it would be a coup")
    assert q["speaker_entity_id"] == entity_of(db, "Nuri al-Maliki", SAMPLE)


def test_told_someone_that_reports_the_that_clause(db):
    q = _find(_quotes(db, "reuters_boeing_faa.txt"), "Boeing must earn back trust")
    assert q["text"] == "Boeing must earn back trust" and q["cue"] == "told"
    q = _find(_quotes(db, "ap_ohio_shooting.txt"), "Miller had argued")
    assert q["text"].startswith("Miller had argued") and q["speaker"] == "Witnesses"


def test_a_phrase_quoted_inside_reported_speech_is_a_direct_quote_of_its_speaker(db):
    # the gold's convention: every span in quotation marks that someone says is a direct quote,
    # and the reported speech around it, with substance of its own, is found as well
    quotes = _quotes(db, "afp_france_protests.txt")
    phrases = {q["text"]: (q["speaker"], q["sieve"]) for q in quotes if q["kind"] == "direct"}
    # '... told them France would oppose the agreement "in its current form", his office said':
    # the verb whose clause holds the phrase, not the cue of the whole sentence
    assert phrases["in its current form"] == ("Michel Barnier", "cue clause")
    assert phrases["as long as necessary"] == ("Arnaud Rousseau", "cue clause")
    q = _find(quotes, "France would oppose the agreement")
    assert (q["kind"], q["speaker"]) == ("indirect", "Michel Barnier")


def test_one_quoted_word_is_no_quote(db):
    # 'said politicians have "vilified" educators', 'was "disappointed" by the decision'
    assert not [q for q in _quotes(db, "detroit_teachers.txt") if q["kind"] == "direct" and q["text"] == "vilified"]
    assert not [q for q in _quotes(db, "bbc_uk_strikes.txt") if q["kind"] == "direct" and q["text"] == "disappointed"]


# -- round 5 of the unseen pages (tests/articles/aeb/, tuned on after its untouched figure) ---------


@pytest.mark.parametrize(
    "article, snippet, speaker, sieve",
    [
        # a fragment closed by a comma right before its cue: 'Hosting Cook at Dreamforce "is our dream," Benioff said.'
        ("crn_tim_cook.txt", "is our dream", "Marc Benioff", "cue clause"),
        # a phrase quoted as what someone called something
        ("crn_tim_cook.txt", "someone who has redefined", "Marc Benioff", "quoted as"),
        ("polygraph_al_tanf.txt", "patently false", "Pentagon", "quoted as"),  # 'rejected these accusations as'
        ("foxnews_van_der_beek.txt", "hardest judge", "Tom Bergeron", "cue clause"),  # 'what host X described as the "..."'
        # quotes inside the clause a speech verb governs: 'the DEA says that ... "remains ..." and that "Mexico ..."'
        ("politifact_border_drugs.txt", "remains the primary entry point", "Drug Enforcement Administration", "cue clause"),
        ("politifact_border_drugs.txt", "Mexico remains the most significant", "Drug Enforcement Administration", "cue clause"),
        ("politifact_border_drugs.txt", "$53 million a week is coming across the border in drugs.", "David McKinley", "cue clause"),
        ("polygraph_al_tanf.txt", "certainly absurd", "Omar Lamrani", "cue clause"),
        ("polygraph_al_tanf.txt", "is patently false", "Sean Robertson", "cue clause"),
        ("forbes_feather_duvet.txt", "had a transformative effect", "the man", "cue clause"),  # 'According to the man, ...'
        # a headline that names its speaker before a colon
        ("profootballtalk_lynn.txt", "We needed to win this game", "Anthony Lynn", "name colon"),
        # '"...," Jack Buser, director for games at Google, tells The Hollywood Reporter': who is told never speaks
        ("hollywoodreporter_stadia.txt", "Stadia has been built from the ground up", "Jack Buser", "cue after"),
        # "Early says ...": a surname that is a word, then "future Ubisoft games" (no subject) before "he says"
        ("hollywoodreporter_stadia.txt", "Our objective is to make the best game", "Chris Early", "cue after"),
        ("nbcdfw_fort_worth_rescue.txt", "Let me see your hands!", "an officer", "cue after"),  # "ordered"
        ("nbcdfw_fort_worth_rescue.txt", "Step out.", "an officer", "continued"),
        ("forbes_feather_duvet.txt", "Two months after the onset", "the patient", "cue before"),  # 'in the words of the patient:'
        # '"...," the "Pose" actor previously said on "DWTS."': a quoted title inside the cue and its subject;
        # the surname with its capitalised particles is one person with "James Van Der Beek"
        ("foxnews_van_der_beek.txt", "Hearing the heartbeat", "James Van Der Beek", "cue after"),
    ],
)
def test_round_5_direct_quote_speakers(db, article, snippet, speaker, sieve):
    direct = [q for q in _quotes(db, article) if q["kind"] == "direct"]
    exact = [q for q in direct if q["text"] == snippet]  # "patently false" is also inside "is patently false"
    q = exact[0] if len(exact) == 1 else _find(direct, snippet)
    assert (q["speaker"], q["sieve"]) == (speaker, sieve)


def test_round_5_phrases_link_to_the_speakers_entity(db):
    article = "crn_tim_cook.txt"
    # the entity (or entities: the model splits "Hosting Cook" off at a sentence's start) named Cook
    cook = {r[0] for r in db.execute(
        "SELECT DISTINCT entity_id FROM mentions WHERE text IN ('Cook', 'Tim Cook') AND article_id = ?", [article_id(db, article)])}
    benioff = entity_of(db, "Marc Benioff", article)
    direct = [q for q in _quotes(db, article) if q["kind"] == "direct"]
    for snippet in ("pulled into the enterprise", "bolt-on things", "embedded in who we are", "first hand their love", "we love you for that"):
        assert _find(direct, snippet)["speaker_entity_id"] in cook - {benioff}, snippet
    # what someone remembers aloud is theirs, as the gold has it: 'Cook remembered Jobs ... and "going way
    # off script ..."' (round 11's "remember" cue, tests/test_speakers_round11.py)
    assert _find(direct, "going way off script")["speaker_entity_id"] in cook - {benioff}


def test_quote_spans():
    text = 'He said: \u201cWe won.\u201d Then "she left," and "an unclosed quote'
    spans = [text[s.start : s.end] for s in quote_spans(text)]
    assert spans == ["We won.", "she left", "an unclosed quote"]


# -- round 6 of the unseen pages (tests/articles/aeb/, tuned on after its untouched figure) ---------


@pytest.mark.parametrize(
    "article, snippet, speaker, sieve",
    [
        # 'Steenburgen's son, filmmaker Charlie McDowell ("The Discovery," "The One I Love"), also
        # remembers ...': the bracketed titles are no one's words, so "he said" is still McDowell
        ("indiewire_wild_rose.txt", "If your mom comes to you after surgery", "Charlie McDowell", "cue after"),
        ("indiewire_wild_rose.txt", "When I say all this out loud", "Charlie McDowell", "continued"),
        # 'He then referred to Cooke's earlier testimony that concluded ... "I cannot disagree with it."':
        # neither the testimony (a thing) nor Cooke (named after "He" in its sentence) is who "he" is
        ("thespacereview_artemis.txt", "I cannot disagree with it", "Tom Stafford", "named before"),
        ("thespacereview_artemis.txt", "go with Mr. Cooke", "Tom Stafford", "cue after"),
        # 'He urged Mr. Trump to make a deal ..., saying "time is running out"': the name after "He" is not its person
        ("nytimes_trade_war.txt", "time is running out for many in agriculture", "Zippy Duvall", "cue before"),
        # "lighting Rose-Lynn's way ... 'Had to find my own way,' she sings": a possessor can be who "she" is
        ("indiewire_wild_rose.txt", "Had to find my own way", "Rose-Lynn", "cue after"),
        # 'WIRED spoke to one mother, who knew ... "I am so ahead ...," she said.': no one named fits "she"
        ("wired_instagram_analytics.txt", "I am so ahead of every other parent", "one mother", "cue after"),
        ("wired_instagram_analytics.txt", "I am literally facepalming", "one mother", "continued"),
        # 'Kym Lino, a spokesperson for Instagram, confirmed ... "We use ...," they said in an email.'
        ("wired_instagram_analytics.txt", "We use a machine learning model", "Kym Lino", "cue after"),
        # '"While I share the frustration ...," he continued.' two paragraphs after Babin's quote
        ("thespacereview_artemis.txt", "While I share the frustration", "Brian Babin", "cue after"),
    ],
)
def test_round_6_direct_quote_speakers(db, article, snippet, speaker, sieve):
    q = _find([q for q in _quotes(db, article) if q["kind"] == "direct"], snippet)
    assert (q["speaker"], q["sieve"]) == (speaker, sieve)


def test_round_6_quoted_titles_are_no_quotes(db):
    # '("The Discovery," "The One I Love")' after a film-maker's name: titles, not a quote continued
    direct = [q["text"] for q in _quotes(db, "indiewire_wild_rose.txt") if q["kind"] == "direct"]
    assert "The One I Love" not in direct and "The Discovery" not in direct


# -- round 7 of the unseen pages (tests/articles/aeb/, tuned on after its untouched figure) ---------


def _speaker_forms(db, q: dict) -> set[str]:
    """The speaker as written and every alias of its entity (the entity's canonical name is the
    entity rules' business: these facts hold whichever form they choose)."""
    forms = {q["speaker"]}
    if q["speaker_entity_id"] is not None:
        forms |= {a for (a,) in db.execute("SELECT alias FROM aliases WHERE entity_id = ?", [q["speaker_entity_id"]])}
    return forms


@pytest.mark.parametrize(
    "snippet, speaker",
    [
        # '... Jo Walton explained them to me. "...," she said. ... When his editors would ask him to
        # explain himself more, he'd respond, "..."': she was "she", so "he" is Ford
        ("I have a horror of being obvious", "John M. Ford"),
        # 'When Ford visited his editor Teresa Nielsen Hayden ..., he would scribble ... "Life was not
        # long enough," she recalled': Ford has been "he", so "she" is his editor
        ("Life was not long enough", "Teresa Nielsen Hayden"),
        # 'he emailed Gaiman about ... "...," he wrote': the subject "he" continues, not Gaiman
        ("It\u2019s not exactly like I can have someone charge", "John M. Ford"),
        # 'She gave me an email address for Ford's sister, Martha Fry. "...," she said': the aunt
        ("I cannot believe Martha would not want his books", "Jane Starner"),
        # 'Her heartbreak over Mike Ford's death ... helped push her ... "...," she said': the agent
        ("When I started, I really felt like this was where", "Valerie Smith"),
        # '... how would she feel about all of this? // "...," she replied in an email': Matthesen
        ("I don\u2019t even have words", "Elise Matthesen"),
        # 'She put to him a prompt ...: I'm going to die. Tell me a story. // "No," he said': Ford,
        # the article's "he" four sentences after he was last named
        ("You tell me one, and when you\u2019re gone", "John M. Ford"),
    ],
)
def test_round_7_pronouns_by_the_pronouns_the_article_gives_its_people(db, snippet, speaker):
    article = "slate_john_ford.txt"
    q = _find([q for q in _quotes(db, article) if q["kind"] == "direct"], snippet)
    assert speaker in _speaker_forms(db, q)


def test_a_quote_naming_a_person_is_not_their_words(db):
    # IndieWire (round 6): '"It could have been really easy for Mary Steenburgen ..., but she didn't
    # do that," she said' after a paragraph about her son: the son, not the person the quote names
    q = _find(_quotes(db, "indiewire_wild_rose.txt"), "It could have been really easy for Mary Steenburgen")
    assert q["speaker"] == "Charlie McDowell"


@pytest.mark.parametrize(
    "nth, snippet, speaker, sieve",
    [
        # a pull quote credited in its own paragraph: '"Had he taken ... Martin." — Neil Gaiman'
        (0, "Had he taken The Dragon Waiting", "Neil Gaiman", "credit line"),
        # 'According to his aunt, Jane Starner, "He was brilliant ..."': the person between the commas
        (0, "He was brilliant from the start", "Jane Starner", "cue clause"),
        # 'As Gaiman put it, "Had he taken ..."' (the same words again, in the body)
        (1, "Had he taken The Dragon Waiting", "Neil Gaiman", "cue before"),
        # 'Gaiman still bemoans that The Scholars of Night " should've been marketed ... culture.' "':
        # a quote running on past its sentence hangs from the verb of the sentence it opens in
        (0, "marketed like The Name of the Rose", "Neil Gaiman", "cue clause"),
        (0, "a magical-parliamentary-nobility-romance-spy-adventure", "Beth Meacham", "cue clause"),  # 'described it as'
    ],
)
def test_round_7_cues(db, nth, snippet, speaker, sieve):
    found = [q for q in _quotes(db, "slate_john_ford.txt") if q["kind"] == "direct" and snippet in q["text"]]
    q = sorted(found, key=lambda q: (q["paragraph_id"], q["start"]))[nth]
    assert (q["speaker"], q["sieve"]) == (speaker, sieve)


def test_round_7_a_participle_after_a_reported_clause_is_the_reporters(db):
    # 'Dale and Martha disputed that Mike was estranged from them or his parents, saying instead he
    # was "introverted by nature."': the siblings say it, not Mike; "disputed that" reports speech
    quotes = _quotes(db, "slate_john_ford.txt")
    siblings = {"Dale", "Dale Ford", "Martha", "Martha Fry"}
    assert _speaker_forms(db, _find([q for q in quotes if q["kind"] == "direct"], "introverted by nature")) & siblings
    reported = [q for q in quotes if q["kind"] == "indirect" and q["text"].startswith("Mike was estranged from them")]
    assert reported and all(_speaker_forms(db, q) & siblings for q in reported)


def test_round_7_a_shared_surname_is_the_bearer_named_with_its_partner(db):
    # 'Martha Fry and her brother Dale Ford agreed to an interview ... Ford and Fry replied that I was
    # threatening them with "the unsubstantiated beliefs ..."': Dale, not John M. Ford
    q = _find(_quotes(db, "slate_john_ford.txt"), "the unsubstantiated beliefs of uncited individuals")
    assert "Dale Ford" in _speaker_forms(db, q) and "John M. Ford" not in _speaker_forms(db, q)


def test_round_7_a_plea_to_the_court_is_the_plaintiffs_words(db):
    # 'The lawmakers, however, failed to answer the invitation. Instead, they are praying the court
    # to ... direct the defendants to "jointly and severally pay the applicants ..."'
    q = _find(_quotes(db, "theparadigm_saraki_court.txt"), "jointly and severally pay the applicants")
    assert (q["kind"], q["speaker"], q["sieve"]) == ("direct", "The lawmakers", "cue clause")


def test_round_7_reported_speech_of_a_company_and_after_a_comma(db):
    reported = [q for q in _quotes(db, "venturebeat_wework.txt") if q["kind"] == "indirect"]
    # 'The company, which is expected to lay off ..., confirmed on Monday that it had been contacted
    # by the office of the NYAG, Letitia James': the company, not the attorney general
    confirmed = _find(reported, "it had been contacted by the office of the NYAG")
    assert _speaker_forms(db, confirmed) & {"WeWork", "The company"}
    # 'Job cuts will be announced ..., said The We Company's recently named executive chair Marcelo
    # Claure in an email to staff'
    assert "Marcelo Claure" in _speaker_forms(db, _find(reported, "Job cuts will be announced later this week"))


def test_round_7_a_description_ends_where_its_clause_begins(db):
    # 'According to a document Matthesen prepared for her lawyers in October of 2006, Ford's unexecuted
    # will specified ...': the document, not "a document Matthesen"
    q = _find(_quotes(db, "slate_john_ford.txt"), "unexecuted will specified that he did not want")
    assert (q["kind"], q["speaker"]) == ("indirect", "a document")

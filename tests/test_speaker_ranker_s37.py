"""The speaker ranker's features from the dependency parse (session 37, store/nlp/speaker_parse.py): the grammatical
place of each mention in its paragraph's parse, read off the Docs the pipeline has already parsed, and what the
ranker (store/nlp/speaker_ranker.py) makes of them."""

from __future__ import annotations

from newsx.store.nlp.entities import Para
from newsx.store.nlp.pipeline import EXTRACTION_PIPES, load_model
from newsx.store.nlp.speaker_parse import (HYPHENATED, POSSESSIVE, PREPOSITION_OBJECT, PRONOUN_SUBJECT, SPEECH_SUBJECT,
                                           parse_marks)
from newsx.store.nlp.speaker_ranker import candidates
from newsx.store.records import EntityRecord, MentionRecord, QuoteRecord


def _parsed(seq: int, text: str) -> Para:
    nlp = load_model()
    with nlp.select_pipes(disable=list(EXTRACTION_PIPES)):
        return Para(seq, "body", text, nlp(text))


def _mention(seq: int, text: str, name: str, key: str) -> MentionRecord:
    start = text.index(name)
    return MentionRecord(seq, start, start + len(name), name, key)


_TEXT = "\u201cWe cannot wait another year,\u201d said Tom Bale, a researcher at the Harbour Trust."
_ENTITIES = {"trust": EntityRecord("trust", "Harbour Trust", "ORG", "actor"),
             "bale": EntityRecord("bale", "Tom Bale", "PERSON", "actor")}


def test_the_subject_of_a_speech_verb_whose_clause_holds_the_quote_and_the_body_a_preposition_holds():
    para = _parsed(0, _TEXT)
    mentions = [_mention(0, _TEXT, "Tom Bale", "bale"), _mention(0, _TEXT, "Harbour Trust", "trust")]
    marks = parse_marks([para], mentions)
    bale, trust = (marks.get((m.seq, m.start, m.end)) for m in mentions)
    assert bale is not None and SPEECH_SUBJECT in bale.roles and bale.clause is not None
    assert trust is not None and PREPOSITION_OBJECT in trust.roles and SPEECH_SUBJECT not in trust.roles
    quote = QuoteRecord(0, "direct", "We cannot wait another year", 1, 28, None, None)
    found = {c.key: c.features for c in candidates([para], _ENTITIES, mentions, [quote], 0, marks)}
    assert found["bale"].get("speech subject, clause holds quote") == 1.0
    assert found["trust"].get("only preposition object near") == 1.0
    assert "speech subject, clause holds quote" not in found["trust"]


def test_a_possessive_a_hyphenated_name_and_a_pronoun_subject():
    text = "Trump's spokesman praised the Trump-backed plan. He said it would pass."
    para = _parsed(0, text)
    first = _mention(0, text, "Trump", "trump")
    hyphenated = MentionRecord(0, text.index("Trump-") , text.index("Trump-") + 5, "Trump", "trump")
    marks = parse_marks([para], [first, hyphenated])
    assert POSSESSIVE in marks[(0, first.start, first.end)].roles
    assert HYPHENATED in marks[(0, hyphenated.start, hyphenated.end)].roles
    he = text.index("He said")
    assert marks[(0, he, he + 2)].roles == frozenset({PRONOUN_SUBJECT}) and marks[(0, he, he + 2)].pronoun == "he"


def test_the_person_a_speaking_he_stands_for():
    # "he said" adjoining the quote: the last man named before the pronoun, outside quotes
    first = "Tom Bale met Mary Lomax on Monday."
    second = "\u201cWe cannot wait another year,\u201d he said."
    paras = [_parsed(0, first), _parsed(1, second)]
    entities = {"bale": EntityRecord("bale", "Tom Bale", "PERSON", "actor"),
                "lomax": EntityRecord("lomax", "Mary Lomax", "PERSON", "actor")}
    mentions = [_mention(0, first, "Tom Bale", "bale"), _mention(0, first, "Mary Lomax", "lomax")]
    marks = parse_marks(paras, mentions)
    quote = QuoteRecord(1, "direct", "We cannot wait another year", 1, 28, "he", "he said")
    found = {c.key: c.features for c in candidates(paras, entities, mentions, [quote], 0, marks)}
    assert found["bale"].get("antecedent of pronoun speaker") == 1.0
    assert "antecedent of pronoun speaker" not in found["lomax"]

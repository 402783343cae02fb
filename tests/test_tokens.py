"""store/nlp/tokens.py answers exactly what walking the Doc would: the rules that ask it instead of
walking must find the same tokens, in the same order, on real paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsx.store.nlp.pipeline import load_model
from newsx.store.nlp.speakers import SPEECH_VERBS
from newsx.store.nlp.tokens import tokens

ARTICLES = Path(__file__).parent / "articles"
WORDS = frozenset({"the", "said", "according", "ministry", "of", "police", "minister"})


@pytest.fixture(scope="module")
def docs():
    nlp = load_model()
    texts = [p for name in ("reuters_baghdad_maliki.txt", "ap_ohio_shooting.txt")
             for p in (ARTICLES / name).read_text(encoding="utf-8").split("\n\n") if p.strip()]
    with nlp.select_pipes(disable=["newsx_entities", "newsx_quotes"]):
        return list(nlp.pipe(texts))


def _positions(found) -> list[int]:
    return [t.i for t in found]


def test_lowercase_forms_and_spellings_are_the_tokens_a_walk_finds(docs):
    assert sum(len(_positions(tokens(d).lower(WORDS))) for d in docs) > 20  # the articles use these words
    for d in docs:
        assert _positions(tokens(d).lower(WORDS)) == [t.i for t in d if t.lower_ in WORDS]
        assert _positions(tokens(d).text(WORDS)) == [t.i for t in d if t.text in WORDS]


def test_lemmas_are_matched_lowercased_as_the_speech_rules_read_them(docs):
    said = [t.i for d in docs for t in d if t.lemma_.lower() in SPEECH_VERBS]
    assert said  # a news story reports speech
    for d in docs:
        assert _positions(tokens(d).lemma(SPEECH_VERBS)) == [t.i for t in d if t.lemma_.lower() in SPEECH_VERBS]
        # a proper noun keeps its capital in its lemma ("Reuters"): asked for in lowercase, it is found
        names = frozenset(t.lemma_.lower() for t in d if t.lemma_[:1].isupper())
        assert _positions(tokens(d).lemma(names)) == [t.i for t in d if t.lemma_.lower() in names]


def test_where_is_each_token_once_in_reading_order(docs):
    for d in docs:
        want = [t.i for t in d if t.lower_ in {"according"} or t.lemma_.lower() in SPEECH_VERBS or t.text == "Iraq"]
        got = _positions(tokens(d).where(text=frozenset({"Iraq"}), lower=frozenset({"according"}), lemma=SPEECH_VERBS))
        assert got == want


def test_the_nouns_a_definite_article_determines_are_found_from_each_the(docs):
    # how quotes._role_subjects finds "the judge", "the prime minister" without walking every token
    walked = [[t.i for t in d if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)] for d in docs]
    assert sum(map(len, walked)) > 10  # the articles use "the" as a determiner
    for d, want in zip(docs, walked):
        heads = sorted({c.head.i for c in tokens(d).lower(frozenset({"the"})) if c.dep_ == "det" and c.head.i != c.i})
        assert heads == want

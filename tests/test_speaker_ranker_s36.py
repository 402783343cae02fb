"""The speaker ranker of session 36 (store/nlp/speaker_ranker.py): a learned second stage that names the speaker of a
direct quote the sieves left without one, or with a bare pronoun. Its features on made-up records (no parse needed),
the shipped weights, and real articles of two rounds it fixes (held out: bench/train_speaker_ranker.py --evaluate)."""

from __future__ import annotations

import math

from newsx.store.nlp.pipeline import EXTRACTION_PIPES
from newsx.store.nlp.speaker_ranker import FEATURES, candidates, choose, load_weights, rerank
from newsx.store.records import EntityRecord, MentionRecord, Paragraph, QuoteRecord

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import page as _page

_PARAGRAPHS = [
    Paragraph(0, "title", "Council splits over bridge"),
    Paragraph(1, "body", "The Harbour Trust has opposed the bridge since 2019."),
    Paragraph(2, "body", "Tom Bale, who chairs the council, said the vote would wait."),
    Paragraph(3, "body", "Mary Lomax said the delay would cost the town its grant."),
    Paragraph(4, "body", "\u201cWe cannot wait another year for this.\u201d"),
]
_ENTITIES = {
    "trust": EntityRecord("trust", "Harbour Trust", "ORG", "actor"),
    "bale": EntityRecord("bale", "Tom Bale", "PERSON", "actor"),
    "lomax": EntityRecord("lomax", "Mary Lomax", "PERSON", "actor"),
}
_MENTIONS = [
    MentionRecord(1, 4, 17, "Harbour Trust", "trust"),
    MentionRecord(2, 0, 8, "Tom Bale", "bale"),
    MentionRecord(3, 0, 10, "Mary Lomax", "lomax"),
]


def _quote(speaker: str | None = None, key: str | None = None, sieve: str | None = None) -> QuoteRecord:
    text = "We cannot wait another year for this."
    return QuoteRecord(4, "direct", text, 1, 1 + len(text), speaker, None, key, sieve)


def test_the_features_favour_the_speaker_named_last_with_a_speech_verb():
    quotes = [_quote()]
    found = {c.key: c for c in candidates(_PARAGRAPHS, _ENTITIES, _MENTIONS, quotes, 0)}
    assert set(found) == {"trust", "bale", "lomax"}
    assert found["lomax"].features["paragraph before"] == 1.0
    assert found["lomax"].features["speech verb paragraph before"] == 1.0
    assert "speech verb paragraph before" not in found["trust"].features and "body" in found["trust"].features
    assert choose(quotes[0], list(found.values()), load_weights()).key == "lomax"


def test_a_speakerless_quote_is_named_and_says_the_ranker_named_it():
    quotes = [_quote()]
    rerank(_PARAGRAPHS, _ENTITIES, _MENTIONS, quotes, load_weights())
    assert (quotes[0].speaker, quotes[0].speaker_key, quotes[0].sieve) == ("Mary Lomax", "lomax", "ranker")


def test_he_is_never_a_woman_nor_a_body():
    # "he" with Mary Lomax nearest: the man named before her, whom the features alone rank below her
    quotes = [_quote("he", None, "cue after")]
    rerank(_PARAGRAPHS, _ENTITIES, _MENTIONS, quotes, load_weights())
    assert (quotes[0].speaker_key, quotes[0].sieve) == ("bale", "ranker")


def test_a_sieves_named_pick_is_never_overridden():
    quotes = [_quote("Harbour Trust", "trust", "cue clause")]
    rerank(_PARAGRAPHS, _ENTITIES, _MENTIONS, quotes, load_weights())
    assert (quotes[0].speaker_key, quotes[0].sieve) == ("trust", "cue clause")


def test_no_name_for_the_quotes_under_a_label_line():
    # a round-up's label line of an office ("Head Gardener, Rosehill Trust:") leaves its quote paragraphs to no one on
    # purpose (the sieve "label line"): the people named before it did not say them
    paragraphs = [*_PARAGRAPHS[:4], Paragraph(4, "body", "Head Gardener, Rosehill Trust:"),
                  Paragraph(5, "body", "\u201cWe cannot wait another year for this.\u201d")]
    quotes = [QuoteRecord(5, "direct", "We cannot wait another year for this.", 1, 38, None, None)]
    rerank(paragraphs, _ENTITIES, _MENTIONS, quotes, load_weights())
    assert quotes[0].speaker is None
    quotes = [QuoteRecord(5, "direct", "We cannot wait another year for this.", 1, 38, None, None)]
    rerank([*_PARAGRAPHS[:4], paragraphs[5]], _ENTITIES, _MENTIONS, quotes, load_weights())
    assert quotes[0].speaker == "Mary Lomax"


def test_no_name_when_the_candidates_are_alike():
    # three people named alike in one sentence before the quote: none holds half the mass, so none is named
    paragraphs = [Paragraph(0, "body", "Ann Roe, Bea Cole and Cy Dunn met."), _PARAGRAPHS[4]]
    entities = {k: EntityRecord(k, n, "PERSON", "actor") for k, n in (("a", "Ann Roe"), ("b", "Bea Cole"), ("c", "Cy Dunn"))}
    mentions = [MentionRecord(0, 0, 7, "Ann Roe", "a"), MentionRecord(0, 9, 17, "Bea Cole", "b"),
                MentionRecord(0, 22, 29, "Cy Dunn", "c")]
    weights = {name: 0.0 for name in FEATURES}
    quotes = [_quote()]
    rerank(paragraphs, entities, mentions, quotes, weights)
    assert quotes[0].speaker is None and quotes[0].sieve is None


def test_the_shipped_weights_load_one_per_feature():
    weights = load_weights()
    assert set(weights) == set(FEATURES)
    assert all(isinstance(w, float) and math.isfinite(w) for w in weights.values())
    # what the trainer learnt of the sieves: a cue after the quote is trusted most
    assert weights["pick:cue after"] == max(weights[f] for f in FEATURES if f.startswith("pick:"))


def test_the_ranker_runs_after_the_sieves():
    pipes = list(EXTRACTION_PIPES)
    assert pipes.index("newsx_speaker_ranker") == pipes.index("newsx_quotes") + 1


def test_docker_hardened_images_the_assessment_quoted_is_srlabs():
    # round 48's docker_hardened_images: a vendor quotes the findings of SRLabs' assessment, one paragraph each, led in
    # by "In their words:" and the like; the sieves left three without a speaker
    page = _page("wcxb/docker_hardened_images.txt")
    assert direct_quote(page, "Docker Hardened Images deliver on their public security promises").sieve == "ranker"
    assert direct_speaker(page, "Docker Hardened Images deliver on their public security promises") == "SRLabs"
    assert direct_speaker(page, "No critical or high severity break outs were identified") == "SRLabs"


def test_gop_fibbing_defiant_carsons_answer():
    # round 51's gop_fibbing_defiant: '"...," said retired neurosurgeon Ben Carson, asked about his claims that ...'
    # had no speaker from the sieves
    page = _page("polnear/wash-post/gop_fibbing_defiant.txt")
    assert direct_speaker(page, "I'm not going to say it is a mistake, so forget about it") == "Ben Carson"

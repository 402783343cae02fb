"""Run the spaCy pipeline over articles' readable paragraphs, then entities and quotes per article."""

from __future__ import annotations

from . import entities, quotes
from .anatomy import match_dateline
from .gazetteer import gazetteer
from .model import READ_KINDS, Anatomy, Extraction
from .names import headline_case
from .nlp import common_nouns

# Kinds written in headline case, where the tagger's capitalisation cues mislead.
HEADLINE_KINDS = frozenset({"title", "dek", "subhead"})


def extract_many(nlp, anatomies: list[Anatomy], batch_size: int = 64) -> list[Extraction]:
    """One nlp.pipe over every prose paragraph of every article, split back per article."""
    per_article: list[list[entities.Para]] = []
    prose: list[entities.Para] = []
    for anatomy in anatomies:
        paras = []
        for p in anatomy.paragraphs:
            if p.kind not in READ_KINDS:
                continue
            para = entities.Para(p.seq, p.kind, p.text, None)
            if p.kind not in HEADLINE_KINDS and not headline_case(p.text):
                m = match_dateline(p.text) if p.kind == "body" else None
                if m:
                    para.skip = m.end()
                    place = "caps" if m["caps"] else "plain"
                    para.dateline_place = (m.start(place), m.end(place)) if m[place] else None
                prose.append(para)
            paras.append(para)
        per_article.append(paras)
    for para, doc in zip(prose, nlp.pipe((p.text for p in prose), batch_size=batch_size)):
        para.doc = doc
    gaz = gazetteer()
    nouns = common_nouns(nlp)
    results = []
    for paras in per_article:
        ents, mentions = entities.collect(paras, gaz, nouns)
        found = quotes.collect(paras, ents, mentions)
        results.append(Extraction(ents, mentions, found))
    return results

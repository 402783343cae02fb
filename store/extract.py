"""Run the spaCy pipeline over an article's readable paragraphs."""

from __future__ import annotations

from . import entities, quotes
from .model import READ_KINDS, Anatomy, Extraction


def extract_many(nlp, anatomies: list[Anatomy], batch_size: int = 64) -> list[Extraction]:
    """One nlp.pipe over every readable paragraph of every article, split back per article."""
    jobs = [
        (i, p.seq, p.text)
        for i, anatomy in enumerate(anatomies)
        for p in anatomy.paragraphs
        if p.kind in READ_KINDS
    ]
    per_article: list[list[tuple[int, object]]] = [[] for _ in anatomies]
    texts = (text for _, _, text in jobs)
    for (i, seq, _), doc in zip(jobs, nlp.pipe(texts, batch_size=batch_size)):
        per_article[i].append((seq, doc))
    results = []
    for docs in per_article:
        ents, mentions = entities.collect(docs)
        found = quotes.collect(docs)
        for q in found:
            q.speaker_key = _speaker_entity(q.speaker, ents)
        results.append(Extraction(ents, mentions, found))
    return results


def _speaker_entity(speaker: str | None, ents: dict) -> str | None:
    if not speaker:
        return None
    folded = entities.name_key(speaker)
    for record in ents.values():
        if record.role == "actor" and any(
            entities.name_key(a) == folded or folded.endswith(entities.name_key(a)) for a in record.aliases
        ):
            return record.key
    return None

"""An article reads the same whatever else the store holds (session 24, issue 9): its entities, which of its names
are one thing, their roles and its quotes' speakers are what a store of the article alone holds. Other articles may
make one of its things a stored entity (Gordon Brown of many stories), never part two of its names nor join two of
its things. Each on real pages: the article alone, then after the stories whose entities met it in the gold corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsx.store import open_db
from newsx.store.ingest import ingest

from .extraction_corpus import ARTICLE_DIR

Mention = tuple[int, int, int, str]  # paragraph seq, start, end, text


def _stored(folder: Path, pages: list[str]):
    db = open_db(folder / "store.db")
    results = ingest(db, [str(ARTICLE_DIR / p) for p in pages])
    assert {r.status for r in results} == {"ingested"}
    return db


def _as_read(db, page: str) -> tuple[set, set]:
    """What the reader sees of `page`: each of its things as the mentions it groups, with its role, and each quote
    with its speaker's mentions in the article (an entity's spaCy label is the stored entity's, given by the first
    article to name it, and is left out)."""
    (article_id,) = db.execute("SELECT id FROM articles WHERE source LIKE ?", [f"%/{page}"]).fetchone()
    things: dict[int, set[Mention]] = {}
    roles: dict[int, str] = {}
    for entity_id, role, seq, start, end, text in db.execute(
        'SELECT e.id, e.role, p.seq, m.start, m."end", m.text FROM mentions m JOIN entities e ON e.id = m.entity_id'
        " JOIN paragraphs p ON p.id = m.paragraph_id WHERE m.article_id = ?",
        [article_id],
    ):
        things.setdefault(entity_id, set()).add((seq, start, end, text))
        roles[entity_id] = role
    entities = {(frozenset(mentions), roles[entity_id]) for entity_id, mentions in things.items()}
    quotes = {
        (seq, kind, start, end, speaker, frozenset(things.get(speaker_id, ())))
        for seq, kind, start, end, speaker, speaker_id in db.execute(
            'SELECT p.seq, q.kind, q.start, q."end", q.speaker, q.speaker_entity_id FROM quotes q'
            " JOIN paragraphs p ON p.id = q.paragraph_id WHERE q.article_id = ?",
            [article_id],
        )
    }
    return entities, quotes


def _thing_of(entities: set, text: str) -> frozenset:
    (mentions,) = [m for m, _ in entities if any(t == text for *_, t in m)]
    return mentions


@pytest.mark.parametrize(
    ("page", "before", "one_thing", "apart"),
    [
        # A rugby story's lone "Brown", stored under the key of this article's "Brown", took him from the article's
        # Gordon Brown (whom a story before had stored).
        ("bbcnews/brown_gateshead_speech.txt", ["bbcnews/dawson_squad_recall.txt", "bbcnews/milburn_reforms.txt"],
         ("Brown", "Gordon Brown"), ()),
        # A stored Daily Telegraph known as "Telegraph" took the article's Telegraph Group and its Daily Telegraph.
        ("bbcnews/telegraph_jobs_axe.txt", ["bbcnews/galloway_oona_king.txt", "bbcnews/kidman_photographer_order.txt"],
         (), ("Telegraph Group", "Daily Telegraph")),
    ],
)
def test_an_article_reads_the_same_alone_and_after_other_stories(tmp_path, page, before, one_thing, apart):
    (tmp_path / "alone").mkdir()
    alone = _as_read(_stored(tmp_path / "alone", [page]), page)
    entities, quotes = _as_read(_stored(tmp_path, [*before, page]), page)
    assert (entities, quotes) == alone
    assert len({_thing_of(entities, form) for form in one_thing}) <= 1
    assert len({_thing_of(entities, form) for form in apart}) == len(apart)

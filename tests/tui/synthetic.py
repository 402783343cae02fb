"""Stores written through the store's write path from given records, for TUI tests that must not run spaCy.

An article is given as paragraphs and the entities it names; every
occurrence of an entity's alias becomes a mention, as extraction would
record it (character offsets into paragraphs.text).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from newsx.store import open_db
from newsx.store.db.write import by_key, store_article
from newsx.store.records import Anatomy, EntityRecord, Extraction, MentionRecord, Paragraph, Prepared, QuoteRecord


@dataclass
class Entity:
    name: str
    role: str
    type: str = "PERSON"
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Quote:
    paragraph: int  # index into Article.paragraphs
    speaker: str
    text: str
    cue: str = "said"
    kind: str = "direct"
    entity: str | None = ""  # the linked entity's name; "" means the speaker's own words, None unlinked
    sieve: str | None = None  # the attribution rule that linked the speaker (store/nlp/quotes.py SIEVES)


@dataclass
class Article:
    title: str
    paragraphs: list[tuple[str, str]]  # (kind, text), the title paragraph first
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    agency: str | None = "Reuters"
    published: str | None = "2014-06-21"
    place: str | None = None


def write_article(db: sqlite_utils.Database, art: Article) -> int:
    """Write one article through the store's own write path (entities resolved by key); returns its id."""
    raw = "\n\n".join(text for _, text in art.paragraphs)
    anatomy = Anatomy(
        title=art.title, dateline=art.place, place=art.place, published=art.published, agency=art.agency,
        paragraphs=[Paragraph(seq, kind, text) for seq, (kind, text) in enumerate(art.paragraphs)],
    )
    keys = {e.name: f"{e.role}:{e.name}" for e in art.entities}
    extraction = Extraction(
        entities={keys[e.name]: EntityRecord(keys[e.name], e.name, e.type, e.role, set(e.forms)) for e in art.entities},
        mentions=[
            MentionRecord(seq, start, end, text[start:end], keys[e.name])
            for e in art.entities
            for seq, (_, text) in enumerate(art.paragraphs)
            for start, end in _occurrences(text, e.forms)
        ],
    )
    for q in art.quotes:
        text = art.paragraphs[q.paragraph][1]
        start = max(0, text.find(q.text))
        linked = q.speaker if q.entity == "" else q.entity
        extraction.quotes.append(
            QuoteRecord(q.paragraph, q.kind, q.text, start, start + len(q.text), q.speaker, q.cue, keys.get(linked or ""), sieve=q.sieve)
        )
    # A digest of the text and the object: two test articles with one text are still two articles.
    prepared = Prepared(f"synthetic:{art.title}", hashlib.sha256(raw.encode()).hexdigest() + str(id(art)), raw, anatomy)
    article_id, _ = store_article(db, prepared, extraction, resolver=by_key)
    return article_id


def _occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of any form, longest form first."""
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
            start = text.find(form, end)
    return sorted(taken)


def build_store(path: Path, articles: list[Article]) -> Path:
    db = open_db(path)
    for art in articles:
        write_article(db, art)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


MALIKI = Entity("Nuri al-Maliki", "actor", "PERSON", ("Maliki",))
ISIL = Entity("ISIL", "actor", "ORG", ("Islamic State of Iraq and the Levant", "ISIS", "Islamic State"))
BAGHDAD = Entity("Baghdad", "location", "GPE")
MOSUL = Entity("Mosul", "location", "GPE")
OBAMA = Entity("Barack Obama", "actor", "PERSON", ("Obama",))


def two_articles() -> list[Article]:
    """Two small articles written for these tests (no real outlet's text)."""
    first = Article(
        title="Militants advance on Mosul as Baghdad weighs its options",
        paragraphs=[
            ("title", "Militants advance on Mosul as Baghdad weighs its options"),
            ("body", "Fighters of the Islamic State of Iraq and the Levant pushed south from Mosul on Tuesday."),
            ("body", "Prime Minister Nuri al-Maliki met his security chiefs in Baghdad late into the night."),
            ("subhead", "CALLS FOR CALM"),
            ("body", "\u201cWe will hold the line,\u201d Maliki said in a televised address."),
            ("body", "Barack Obama said Washington was weighing its options, and ISIS was not named."),
            ("body", "Critics said Maliki had ignored warnings about Mosul for months."),
            ("credit", "(Reporting by A. Writer; Editing by B. Editor)"),
        ],
        entities=[MALIKI, ISIL, BAGHDAD, MOSUL, OBAMA],
        quotes=[Quote(4, "Nuri al-Maliki", "We will hold the line,")],
        place="BAGHDAD",
    )
    second = Article(
        title="Oil refinery siege enters second week",
        paragraphs=[
            ("title", "Oil refinery siege enters second week"),
            ("body", "Government forces said they still held the refinery north of Baghdad."),
            ("body", "The Islamic State fighters control roads around the site, residents said."),
        ],
        entities=[BAGHDAD, ISIL],
        agency="AP",
        published="2014-06-20",
    )
    return [first, second]


def quoted_articles() -> list[Article]:
    """Two articles where several people speak: one named two ways, one only described, direct and reported."""
    first = Article(
        title="Talks stall as the river port changes hands",
        paragraphs=[
            ("title", "Talks stall as the river port changes hands"),
            ("body", "Mayor Elena Vasquez said the port would reopen within a week."),
            ("body", "\u201cWe have food for ten days,\u201d Vasquez told reporters at the quay."),
            ("body", "\u201cNobody has paid us since March,\u201d a dock worker said."),
            ("body", "Governor Tomas Reyes warned that the talks could collapse."),
            ("body", "\u201cThe door is still open,\u201d Vasquez said late on Friday."),
        ],
        entities=[
            Entity("Elena Vasquez", "actor", "PERSON", ("Vasquez",)),
            Entity("Tomas Reyes", "actor", "PERSON", ("Reyes",)),
        ],
        quotes=[
            Quote(1, "Mayor Elena Vasquez", "the port would reopen within a week", kind="indirect", entity="Elena Vasquez"),
            Quote(2, "Vasquez", "We have food for ten days,", cue="told", entity="Elena Vasquez"),
            Quote(3, "a dock worker", "Nobody has paid us since March,", entity=None),
            Quote(4, "Governor Tomas Reyes", "the talks could collapse", cue="warned", kind="indirect", entity="Tomas Reyes"),
            Quote(5, "Vasquez", "The door is still open,", entity="Elena Vasquez"),
        ],
    )
    second = Article(
        title="Port reopens to barges",
        paragraphs=[
            ("title", "Port reopens to barges"),
            ("body", "\u201cThe first barge is in,\u201d Vasquez said on Monday."),
            ("body", "A Dock Worker said wages had still not been paid."),
        ],
        entities=[Entity("Elena Vasquez", "actor", "PERSON", ("Vasquez",))],
        quotes=[
            Quote(1, "Vasquez", "The first barge is in,", entity="Elena Vasquez"),
            Quote(2, "A Dock Worker", "wages had still not been paid", kind="indirect", entity=None),
        ],
        published="2014-06-19",
    )
    return [first, second]

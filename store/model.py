"""Plain records passed between the stages of ingest (no database, no spaCy)."""

from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH_KINDS = ("title", "dek", "caption", "body", "subhead", "credit", "boilerplate")
# Kinds whose text is the article's own prose and is read for entities and quotes.
READ_KINDS = frozenset({"title", "dek", "caption", "body", "subhead"})


@dataclass
class Paragraph:
    seq: int
    kind: str
    text: str


@dataclass
class Anatomy:
    """An article taken apart: its paragraphs by kind and its header facts."""

    title: str | None = None
    dek: str | None = None
    dateline: str | None = None
    place: str | None = None
    published: str | None = None
    agency: str | None = None
    byline: str | None = None
    credits: list[dict[str, str]] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    source_url: str | None = None


@dataclass
class EntityRecord:
    """One real-world thing named in an article, before it meets the corpus."""

    key: str
    name: str
    type: str
    role: str
    aliases: set[str] = field(default_factory=set)
    lat: float | None = None
    lon: float | None = None


@dataclass
class MentionRecord:
    seq: int
    start: int
    end: int
    text: str
    entity_key: str


@dataclass
class QuoteRecord:
    seq: int
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None
    speaker_key: str | None = None


@dataclass
class Extraction:
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    mentions: list[MentionRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)

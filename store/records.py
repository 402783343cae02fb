"""Plain records and shared constants passed between the stages (no database, no spaCy).

Every stage imports this module and it imports nothing of ours, so a constant
that two stages must agree on (a key prefix, a role, how paragraphs are
numbered) lives here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("actor", "location", "other")
# An entity pinned to a gazetteer place is keyed by its GeoNames id, so it never merges by name.
GEO_KEY = "location:geo:"
# Kinds whose text is the article's own prose and is read for entities and quotes.
# ("media": a video's or photo's caption printed among the paragraphs under the page's label, "Media caption ...", read
# with the story, whose speakers it names in full; "post": an embedded social post with its credit line.)
READ_KINDS = frozenset({"title", "dek", "caption", "body", "subhead", "media", "post"})
# Read kinds whose paragraph is read on its own, apart from the story: a caption the page set apart, an embedded post,
# whose people and quotes are not the story's speakers.
READ_APART_KINDS = frozenset({"caption", "post"})
# A quote's speaker still given as one of these words was never resolved to anyone (a relative clause's
# "who", a pronoun with no antecedent found): the attribution is the reader's to check. The TUI's filter
# (tui/who_said.py) and the store's index of those quotes (db/schema.py) read the one list.
UNRESOLVED_SPEAKERS = frozenset(
    "who which that whom whose he she they it i we you him her them this these those one someone".split()
)
# Attribution sieves (store/nlp/quotes.py SIEVES) whose speaker is wrong markedly more often than the others' when
# each is measured alone on the gold (bench.extraction_quality, "precision of each attribution sieve alone"): a
# quote inside a clause a speech verb governs, the cue closing a run of quote paragraphs and the one person a
# paragraph names are right about 80-90% of the time, the speech verb right after a quote about 97%; the learned
# ranker (store/nlp/speaker_ranker.py) names a speaker where every sieve gave up, right about two times in three. The
# Quotes pane marks the speakers they give as ones to check before quoting them (tui/who_said.py).
RANKER_SIEVE = "ranker"
LOOSE_SIEVES = frozenset({"cue clause", "closing cue", "paragraph's person", RANKER_SIEVE})
# The sieve of a quote whose speaker a reader's correction gave (store/db/corrections.py).
READER_SIEVE = "reader"


def paragraph_number(seq: int) -> int:
    """Citations and the reader's gutter count paragraphs from 1 (paragraphs.seq + 1)."""
    return seq + 1


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
    # ISO 639-1 code of the article's language as detected from its text (None: too little text).
    language: str | None = None
    # What a reader of the ingest report should know about this article (a paragraph that
    # looks cut short, a language the model cannot read); one line each.
    warnings: list[str] = field(default_factory=list)


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
    sieve: str | None = None  # which attribution rule linked the speaker (store/nlp/quotes.py SIEVES; "ranker": speaker_ranker.py)


@dataclass
class Extraction:
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    mentions: list[MentionRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)


@dataclass
class Prepared:
    """An article read and taken apart, ready for extraction: what the read stage hands on."""

    source: str
    sha256: str
    raw: str
    anatomy: Anatomy

"""Messages the widgets post upward; the app reacts."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class IngestProgress(Message):
    """An ingest running in the background reported one article."""

    source: str
    status: str
    done: int
    error: str | None = None

    def can_replace(self, message: Message) -> bool:
        # a failure carries its reason, so only successes may be collapsed away
        return isinstance(message, IngestProgress) and message.status != "failed"


@dataclass
class IngestFinished(Message):
    """The background ingest ended."""

    ingested: int
    failed: int


@dataclass
class EntityChosen(Message):
    """The user picked an entity: show its mentions and jump to the first."""

    entity_id: int


@dataclass
class MentionFocused(Message):
    """Move the reader to a place in an article (a mention, a quote, a paragraph)."""

    article_id: int
    paragraph_id: int
    mention_id: int | None = None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MentionFocused)


@dataclass
class QuoteChosen(Message):
    """Jump the reader to a quote and mark the quoted words."""

    quote: dict


@dataclass
class ArticleChosen(Message):
    """Show another article in the reader."""

    article_id: int


@dataclass
class SelectionChanged(Message):
    """A paragraph's selection changed (already written to the store): `spans` is what is selected now."""

    paragraph_id: int
    spans: list[tuple[int, int]]


@dataclass
class StoreChanged(Message):
    """Another process changed the store: reload what is shown."""

    signature: tuple

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StoreChanged)

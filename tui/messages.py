"""Messages the main screen's workers post with what they read or wrote; the screen shows it.

A widget's own messages (an entity, mention, quote or article chosen) are
defined on the widget. Every read runs in a thread worker; these carry the
result back to the UI thread, where the screen applies it in one place.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from textual.message import Message

from newsx.store.db.search import EntityHit

from .clipboard import Copied, NotCopied
from .corrections import Change
from .loader import ArticleView, Facets
from .pages import RowPages
from .store_access import StoreSnapshot


@dataclass
class IngestProgress(Message):
    """An ingest running in the background reported one article."""

    source: str
    status: str
    done: int
    error: str | None = None
    article_id: int | None = None

    def can_replace(self, message: Message) -> bool:
        # a failure carries its reason, so only successes may be collapsed away
        return isinstance(message, IngestProgress) and message.status != "failed"


@dataclass
class IngestFinished(Message):
    """The background ingest ended; `error` is why the child failed before reporting any article."""

    ingested: int
    failed: int
    error: str | None = None
    first_article_id: int | None = None  # the first article it reported: the one to open


@dataclass
class StoreRead(Message):
    """The store as a whole was read; `reason` ("open", "reload", "changed", "ingested") picks the notice."""

    snapshot: StoreSnapshot
    reason: str


@dataclass
class ArticleRead(Message):
    """Another article was read; `facets` too when the scope is the article."""

    view: ArticleView
    facets: Facets | None
    focus: tuple[int, int | None] | None  # (paragraph id, mention id) to go to


@dataclass
class ArticlesRead(Message):
    """The article list was read again, in `order` (paged)."""

    articles: RowPages
    order: str


@dataclass
class ScopeRead(Message):
    """The facets of a scope (this article or the corpus) were read."""

    facets: Facets


@dataclass
class HitsFound(Message):
    """The facet panes' fuzzy filter ran for `query`. `handled`: set once the screen has shown them (and drawn
    them, when it draws them at once): what the worker waits for before work of its own that can wait."""

    query: str
    results: dict[str, list[EntityHit]]
    handled: threading.Event = field(default_factory=threading.Event)


@dataclass
class EntityDetailRead(Message):
    """The detail line of an entity was read."""

    entity_id: int
    detail: dict | None


@dataclass
class MentionsRead(Message):
    """An entity's mentions across the corpus, paged (their first page read); `jump`: go to the first one, `first`
    (in the article shown, else the corpus's first); `view`: the article of that one, read with them when it is
    another than the article shown."""

    entity_id: int
    mentions: RowPages
    jump: bool = True
    first: int = 0
    view: ArticleView | None = None
    current: int | None = None  # where the mention the reader was on is among them, when one was kept


@dataclass
class PassagesRead(Message):
    """Passages were read, to export (`purpose` "export") or copy ("copy"): the selection, or what
    `heading` says (an entity's passages, a speaker's quotes…); `stem` names the file offered."""

    purpose: str
    passages: list[dict]
    heading: str = "Selected passages"
    stem: str = "newsx-selection"


@dataclass
class TextHitsFound(Message):
    """The full-text search ran for `query`: its paragraphs, or why it could not search (`reason`)."""

    query: str
    hits: list[dict]
    reason: str | None = None


@dataclass
class ClipboardTried(Message):
    """The selection was offered to the clipboard: `result` says whether (and how) it was taken."""

    result: Copied | NotCopied
    passages: int


@dataclass
class MentionFocused(Message):
    """Move the reader to a place in an article (a mention, a quote, a paragraph)."""

    article_id: int
    paragraph_id: int
    mention_id: int | None = None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MentionFocused)


@dataclass
class SelectionChanged(Message):
    """A paragraph's selection changed (already written to the store): `spans` is what is selected now."""

    paragraph_id: int
    spans: list[tuple[int, int]]
    counts: dict


@dataclass
class StoreChanged(Message):
    """The store's signature is not the `known` one the poll compared it with: reload what is shown, unless the
    app's own writes are what changed it."""

    known: tuple
    signature: tuple

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StoreChanged)


@dataclass
class Changed(Message):
    """A correction, selection or note was written: `change` is how `u` takes it back; `said` goes to the
    status line; `entity_id` is the entity to show now (the one merged into, renamed…)."""

    change: Change
    said: str | None = None
    entity_id: int | None = None


@dataclass
class Undone(Message):
    """`u` took a change back."""

    change: Change


@dataclass
class UndoRefused(Message):
    """The store refused to take a change back and changed nothing: `u` may still take it back later."""

    change: Change


@dataclass
class EntityMenuRead(Message):
    """The entity `x` was pressed on, with its aliases: what the corrections menu offers."""

    detail: dict


@dataclass
class NoteTargetRead(Message):
    """The selections of the paragraph `a` was pressed on, with their notes."""

    paragraph: dict
    selections: list[dict]

"""The Textual app: reads the store (and writes selections), never imports spaCy.

Every store read runs in a thread worker with its own connection, so the
first paint never waits on SQLite and another process may write the store
at the same time (WAL). Ingest runs in a child process (ingest_worker.py).
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.worker import get_current_worker

from newsx.store import export

from newsx.store.db import queries
from newsx.store import open_db
from newsx.store import NewsxError
from newsx.store.db.search import EntityHit

from .commands import ActionCommands, ArticleCommands, EntityCommands, QuoteCommands
from .ingest_worker import run_ingest
from .loader import ROLES, ArticleView, CorpusIndexes, Facets, load_article, load_facets
from .messages import (
    ArticleChosen,
    EntityChosen,
    IngestFinished,
    IngestProgress,
    MentionFocused,
    QuoteChosen,
    SelectionChanged,
    StoreChanged,
)
from .screens.export import ExportScreen
from .screens.help import HelpScreen
from .text import line_text
from .widgets.article_list import ArticleList
from .widgets.facet_pane import FacetPane
from .widgets.mention_map import MentionMap
from .widgets.mentions_pane import MentionsPane
from .widgets.quotes_pane import QuotesPane
from .widgets.reader import Reader
from .widgets.search_box import SearchBox

POLL_SECONDS = 2.0
FILTER_LIMIT = 30  # hits per pane: about what a tall terminal shows
FILTER_CUTOFF = 70  # WRatio: keeps "bagdad"->Baghdad (92), "isis"->ISIL (75); drops "malik"->"Sameer al-Shwiali" (67)
NARROW_WIDTH = 140
FACET_TITLES = {"actor": "Actors", "location": "Locations", "other": "Other"}


def reports_store_errors(method):
    """A worker that meets a store error says so in one line instead of crashing the app."""

    @functools.wraps(method)
    def wrapper(self: "NewsxApp", *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (NewsxError, sqlite3.Error) as exc:
            self.call_from_thread(self.store_error, exc)

    return wrapper


class NewsxApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so subclasses elsewhere find it
    TITLE = "newsx-tui"
    AUTO_FOCUS = "#reader"
    COMMANDS = App.COMMANDS | {EntityCommands, QuoteCommands, ArticleCommands, ActionCommands}
    BINDINGS = [
        Binding("slash", "focus_search", "Search", key_display="/"),
        Binding("n", "next_mention(1)", "Next"),
        Binding("N", "next_mention(-1)", "Prev", key_display="N"),
        Binding("space", "toggle_selection", "Select"),
        Binding("e", "export", "Export"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        # after Help and Quit, so a narrow footer drops these first
        Binding("c", "copy", "Copy"),
        Binding("s", "toggle_scope", "Scope"),
        Binding("r", "refresh", "Reload", show=False),
        Binding("t", "toggle_theme", "Theme", show=False),
        Binding("g", "quotes_grouping", "Quotes by speaker", show=False),
        Binding("right_square_bracket", "next_quote(1)", "Next quote", show=False, key_display="]"),
        Binding("left_square_bracket", "next_quote(-1)", "Previous quote", show=False, key_display="["),
        Binding("escape", "leave_search", "Clear search", show=False),
    ]

    scope: reactive[str] = reactive("article", init=False)
    entity_id: reactive[int | None] = reactive(None, init=False)

    def __init__(self, db_path: Path, ingest_paths: list[str] | None = None, poll_seconds: float | None = POLL_SECONDS):
        """`poll_seconds`: how often to look for articles another process added (None: never)."""
        super().__init__()
        self.db_path = Path(db_path)
        self.ingest_paths = list(ingest_paths or [])
        self.poll_seconds = poll_seconds
        self.articles: list[dict] = []
        self.view: ArticleView | None = None
        self.facets: Facets = Facets("article")
        self.entity_mentions: list[dict] = []
        self.mention_index = -1
        self.current_quote: dict | None = None  # the quote whose words the reader marks
        self.signature: tuple | None = None
        self.counts: dict = {}
        self._corpus: CorpusIndexes | None = None  # made in a worker, kept while the store is unchanged
        # Selection writes and the reads that decide what the screen shows take turns, and a
        # read's result is on screen before the next write: a slow read can never paint over
        # a newer selection with an older one.
        self._store_turn = threading.Lock()

    # -- layout ----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="facets"):
                yield SearchBox(placeholder="/ search actors, places…", id="search")
                for role in ROLES:
                    yield FacetPane(role, FACET_TITLES[role], id=f"facet-{role}", classes="facet")
            with Horizontal(id="reading"):
                reader = Reader(id="reader")
                yield reader
                yield MentionMap(reader, id="map")
            with Vertical(id="context"):
                yield MentionsPane(id="mentions")
                yield QuotesPane(id="quotes")
                yield ArticleList(id="articles")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.store_label()
        self.query_one("#reader").border_title = "Reader"
        self.watch(self.reader, "cursor", self.cursor_moved, init=False)
        self.watch(self.reader, "span", self.cursor_moved, init=False)
        self.on_resize_layout(self.size.width)
        if self.ingest_paths:
            self.set_status(f"ingesting {len(self.ingest_paths)} path(s)…")
            self.reader.loading = True
            self.ingest(self.ingest_paths)
        else:
            # after the first paint: reading a large store must not delay it
            self.call_after_refresh(self.load_store)
        if self.poll_seconds:
            self.set_interval(self.poll_seconds, self.poll_store, name="poll store")

    def on_unmount(self) -> None:
        if self._corpus is not None:
            self._corpus.close()

    def on_resize(self, event) -> None:
        self.on_resize_layout(event.size.width)

    def on_resize_layout(self, width: int) -> None:
        narrow = width < NARROW_WIDTH
        self.screen.set_class(narrow, "-narrow")
        self.query_one(Footer).compact = narrow

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    def facet(self, role: str) -> FacetPane:
        return self.query_one(f"#facet-{role}", FacetPane)

    def store_label(self) -> str:
        parts = [line_text(str(self.db_path)).plain]
        if self.counts:
            parts += [
                f"{self.counts['articles']} article(s)",
                f"{self.counts['entities']} entities",
                f"{self.counts['selected']} selected",
            ]
        return " · ".join(parts)

    def set_status(self, message: str | Text) -> None:
        self.query_one("#status", Static).update(message if isinstance(message, Text) else line_text(message))

    def show_position(self) -> None:
        """The status line: scope, current entity and which of its mentions the reader is on."""
        text = Text.assemble((f"scope: {self.scope}", "bold"))
        entity = self.facets.by_id.get(self.entity_id) if self.entity_id is not None else None
        if entity:
            text.append(" · ")
            text.append_text(line_text(entity["name"], "bold"))
            if self.entity_mentions:
                text.append(f" · mention {self.mention_index + 1}/{len(self.entity_mentions)}")
        if self.view:
            cursor = self.reader.cursor_paragraph
            if cursor:
                text.append(f" · ¶{export.paragraph_number(cursor['seq'])}")
            if self.reader.span is not None:
                first, last = self.reader.span
                picked = f"sentence {first + 1}" if last == first + 1 else f"sentences {first + 1}–{last}"
                text.append(f" · {picked} of {len(self.reader.sentences())} (space selects, esc drops)")
        self.set_status(text)

    # -- the store, read in workers ---------------------------------------

    def store_error(self, exc: Exception) -> None:
        self.reader.loading = False
        message = str(exc) if isinstance(exc, NewsxError) else f"database error: {exc}"
        self.set_status(message)
        self.notify(line_text(message).plain, severity="error", markup=False)

    @contextmanager
    def store(self) -> Iterator[sqlite_utils.Database]:
        db = open_db(self.db_path)
        try:
            yield db
        finally:
            db.close()

    @work(thread=True, exclusive=True, group="load")
    @reports_store_errors
    def load_store(self, notice: str | None = None) -> None:
        with self._store_turn:
            with self.store() as db:
                articles = queries.articles(db)
                ids = [a["id"] for a in articles]
                current = self.view.article["id"] if self.view else None
                article_id = current if current in ids else (ids[0] if ids else None)
                view = load_article(db, article_id) if article_id is not None else None
                signature = queries.store_signature(db)
                facets = load_facets(db, self.scope, view, self.corpus_indexes(signature))
                counts = queries.store_counts(db)
            if not get_current_worker().is_cancelled:
                self.call_from_thread(self.apply_store, articles, view, facets, counts, signature, notice)
        self.warm_corpus()

    def corpus_indexes(self, signature: tuple) -> CorpusIndexes:
        """The corpus's fuzzy indexes for the store as `signature` says it is (called in workers)."""
        corpus = self._corpus
        if corpus is None or corpus.signature != signature:
            corpus = self._corpus = CorpusIndexes(self.db_path, signature)
        return corpus

    @work(thread=True, exclusive=True, group="warm")
    @reports_store_errors
    def warm_corpus(self) -> None:
        """Read the corpus indexes' word lists ahead of the first search there."""
        if self._corpus is not None:
            self._corpus.warm()

    def apply_store(self, articles, view, facets, counts, signature, notice) -> None:
        self.reader.loading = False
        self.articles, self.counts, self.signature = articles, counts, signature
        same_article = bool(view and self.view and view.article["id"] == self.view.article["id"])
        cursor_id = self.reader.cursor_paragraph["id"] if same_article and self.reader.cursor_paragraph else None
        self.show_article(view)
        self.apply_facets(facets)
        if cursor_id is not None:
            self.reader.go_to_paragraph(cursor_id)
        self.query_one(ArticleList).set_articles(articles, view.article["id"] if view else None)
        # a list of one article says nothing the reader does not: its room goes to mentions and quotes
        self.query_one(ArticleList).display = len(articles) > 1
        self.sub_title = self.store_label()
        if notice:
            self.notify(notice, markup=False)

    def show_article(self, view: ArticleView | None) -> None:
        self.view = view
        self.reader.show_article(view)
        self.query_one(ArticleList).mark_current(view.article["id"] if view else None)
        self.query_one(MentionMap).selected = frozenset(view.selected if view else ())
        self.highlight_entity()

    def apply_facets(self, facets: Facets) -> None:
        self.facets = facets
        for role in ROLES:
            self.facet(role).set_entities(facets.by_role.get(role, []), facets.totals.get(role))
        # most articles have no "other" entities: the room goes to actors and places
        self.facet("other").display = bool(facets.by_role.get("other"))
        titles = {a["id"]: a.get("title") or a.get("source") or "" for a in self.articles}
        self.query_one(QuotesPane).set_quotes(facets.quotes, facets.scope, titles, facets.quote_total)
        query = self.query_one(SearchBox).value
        if query.strip():
            self.filter_facets(query)
        self.show_position()

    @work(thread=True, exclusive=True, group="load")
    @reports_store_errors
    def load_article(self, article_id: int, focus: tuple[int, int | None] | None = None) -> None:
        with self._store_turn:
            with self.store() as db:
                view = load_article(db, article_id)
                facets = load_facets(db, "article", view) if self.scope == "article" else None
            if view is not None and not get_current_worker().is_cancelled:
                self.call_from_thread(self.apply_article, view, facets, focus)

    def apply_article(self, view: ArticleView, facets: Facets | None, focus) -> None:
        self.show_article(view)
        if facets is not None:
            self.apply_facets(facets)
        if self.scope == "article" and self.entity_id is not None:
            # the chosen entity's mentions are now this article's
            self.entity_mentions = self.with_paragraphs(view.mentions_of(self.entity_id))
            self.query_one(MentionsPane).set_mentions(self.entity_name(), self.entity_mentions)
            self.mention_index = -1
        if focus:
            self.focus_place(*focus)
        self.show_position()

    @work(thread=True, exclusive=True, group="scope")
    @reports_store_errors
    def load_scope(self, scope: str) -> None:
        with self.store() as db:
            facets = load_facets(db, scope, self.view, self.corpus_indexes(self.signature or queries.store_signature(db)))
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.apply_facets, facets)

    def poll_store(self) -> None:
        if not any(w.group in ("ingest", "poll", "load") and w.is_running for w in self.workers):
            self.check_store()

    @work(thread=True, exclusive=True, group="poll")
    def check_store(self) -> None:
        try:
            db = open_db(self.db_path, readonly=True)
        except NewsxError:
            return
        try:
            signature = queries.store_signature(db)
        finally:
            db.close()
        if self.signature is not None and signature != self.signature:
            self.post_message(StoreChanged(signature))

    def on_store_changed(self, message: StoreChanged) -> None:
        before = len(self.articles)
        self.signature = message.signature
        self.load_store(notice=f"The store changed (another process wrote to it): {message.signature[0] - before:+d} article(s).")

    def action_refresh(self) -> None:
        self.load_store(notice="Reloaded the store.")

    # -- ingest (child process) --------------------------------------------

    @work(thread=True, exclusive=True, group="ingest")
    def ingest(self, paths: list[str]) -> None:
        done = failed = ingested = 0
        for item in run_ingest(self.db_path, paths):
            if "exit" in item:
                if item["exit"] and not done:
                    message = line_text(item["stderr"].splitlines()[-1] if item["stderr"] else "ingest failed").plain
                    self.call_from_thread(self.notify, message, severity="error", markup=False, timeout=30)
                break
            done += 1
            failed += item["status"] == "failed"
            ingested += item["status"] in ("ingested", "replaced")
            self.post_message(IngestProgress(item["source"], item["status"], done, item.get("error")))
        self.post_message(IngestFinished(ingested, failed))

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.set_status(f"ingesting… {message.done} done ({message.status}: {message.source})")
        if message.status == "failed":
            reason = line_text(f"{message.source}: {message.error or 'failed'}").plain
            self.notify(reason, severity="error", markup=False, timeout=30)

    def on_ingest_finished(self, message: IngestFinished) -> None:
        summary = f"Ingest finished: {message.ingested} new, {message.failed} failed."
        self.notify(summary, severity="warning" if message.failed else "information")
        self.load_store()

    # -- search ------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one(SearchBox).focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self.filter_facets(event.value)
        else:
            self.workers.cancel_group(self, "filter")
            for role in ROLES:
                self.facet(role).show_all()

    @work(thread=True, exclusive=True, group="filter")
    def filter_facets(self, query: str) -> None:
        facets = self.facets
        results = {role: index.search(query, limit=FILTER_LIMIT, cutoff=FILTER_CUTOFF) for role, index in facets.indexes.items()}
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.show_hits, query, results)

    def show_hits(self, query: str, results: dict[str, list[EntityHit]]) -> None:
        if query != self.query_one(SearchBox).value:
            return  # a newer keystroke is on its way
        for hits in results.values():
            self.facets.add_hits(hits)
        for role in ROLES:
            self.facet(role).show_hits(query, results.get(role, []), self.facets.by_id)

    def best_pane(self) -> FacetPane | None:
        panes = [self.facet(role) for role in ROLES if self.facet(role).shown]
        if not panes:
            return None
        return max(panes, key=lambda p: p.best_score)  # max keeps the first on ties: actors

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        pane = self.best_pane()
        if pane is None:
            self.notify("Nothing matches.", severity="warning")
            return
        entity_id = pane.highlighted_entity_id
        if entity_id is not None:
            self.post_message(EntityChosen(entity_id))

    def action_enter_results(self) -> None:
        pane = self.best_pane()
        if pane is not None:
            pane.focus()

    def action_leave_search(self) -> None:
        self.query_one(SearchBox).value = ""
        self.reader.clear_span()
        self.reader.focus()

    def search_entities(self, query: str, limit: int) -> list[EntityHit]:
        """Best entities of the current scope for `query`, all roles together (the palette's)."""
        facets = self.facets
        hits = [h for index in facets.indexes.values() for h in index.search(query, limit=limit, cutoff=FILTER_CUTOFF)]
        facets.add_hits(hits)  # so that the one chosen has its name and counts in the corpus scope
        return sorted(hits, key=lambda h: -h.score)[:limit]

    # -- entities and mentions ----------------------------------------------

    @on(OptionList.OptionSelected, ".facet")
    def facet_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(EntityChosen(int(event.option.id)))

    def choose_entity(self, entity_id: int) -> None:
        self.post_message(EntityChosen(entity_id))

    def on_entity_chosen(self, message: EntityChosen) -> None:
        self.entity_id = message.entity_id
        self.current_quote = None
        self.query_one(QuotesPane).show_entity(message.entity_id)
        self.query_one(MentionsPane).set_detail(None)
        self.load_entity_detail(message.entity_id)
        if self.scope == "article" and self.view is not None:
            self.show_entity_mentions(self.with_paragraphs(self.view.mentions_of(message.entity_id)))
        else:
            self.load_entity_mentions(message.entity_id)

    @work(thread=True, exclusive=True, group="detail")
    @reports_store_errors
    def load_entity_detail(self, entity_id: int) -> None:
        with self.store() as db:
            detail = queries.entity_detail(db, entity_id)
        if not get_current_worker().is_cancelled and entity_id == self.entity_id:
            self.call_from_thread(self.query_one(MentionsPane).set_detail, detail)

    @work(thread=True, exclusive=True, group="mentions")
    @reports_store_errors
    def load_entity_mentions(self, entity_id: int) -> None:
        with self.store() as db:
            found = queries.mentions(db, entity_id)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.show_entity_mentions, found)

    def with_paragraphs(self, mentions: list[dict]) -> list[dict]:
        """Article-scope mentions carry their paragraph's text, as queries.mentions does."""
        assert self.view is not None
        texts = {p["id"]: p["text"] for p in self.view.paragraphs}
        return [{**m, "paragraph": texts.get(m["paragraph_id"], "")} for m in mentions]

    def entity_name(self) -> str | None:
        entity = self.facets.by_id.get(self.entity_id) if self.entity_id is not None else None
        return entity["name"] if entity else None

    def show_entity_mentions(self, found: list[dict]) -> None:
        self.entity_mentions = found
        several = len({m["article_id"] for m in found}) > 1
        titles = {a["id"]: a.get("title") or "" for a in self.articles} if several else None
        self.query_one(MentionsPane).set_mentions(self.entity_name(), found, titles)
        if not found:
            self.notify("No mentions in this scope.", severity="warning")
            return
        here = self.view.article["id"] if self.view else None
        first = next((i for i, m in enumerate(found) if m["article_id"] == here), 0)
        self.focus_mention(first)
        self.reader.focus()

    def focus_mention(self, index: int) -> None:
        self.mention_index = index
        m = self.entity_mentions[index]
        self.query_one(MentionsPane).show_current(index)
        self.post_message(MentionFocused(m["article_id"], m["paragraph_id"], m["id"]))

    def on_mention_focused(self, message: MentionFocused) -> None:
        self.focus_place(message.paragraph_id, message.mention_id, message.article_id)

    def focus_place(self, paragraph_id: int, mention_id: int | None = None, article_id: int | None = None) -> None:
        if article_id is not None and (self.view is None or self.view.article["id"] != article_id):
            self.load_article(article_id, focus=(paragraph_id, mention_id))
            return
        self.highlight_entity(mention_id)
        if not self.reader.go_to_paragraph(paragraph_id):
            self.notify("That paragraph is past the end of what the reader shows.", severity="warning")
        self.show_position()

    def highlight_entity(self, current_mention_id: int | None = None) -> None:
        here = self.view.mentions_of(self.entity_id) if self.view and self.entity_id is not None else []
        quote = self.current_quote
        if quote is not None and not (self.view and quote["article_id"] == self.view.article["id"]):
            quote = None
        self.reader.highlight(here, current_mention_id, quote)
        self.query_one(MentionMap).mentioned = frozenset(m["paragraph_id"] for m in here)

    def action_next_mention(self, step: int) -> None:
        if not self.entity_mentions:
            self.notify("Choose an entity first: / to search, enter to pick.", severity="warning")
            return
        index = self.mention_index + step
        if index >= len(self.entity_mentions):
            index = 0
            self.notify("Wrapped to the first mention.")
        elif index < 0:
            index = len(self.entity_mentions) - 1
            self.notify("Wrapped to the last mention.")
        self.focus_mention(index)

    @on(OptionList.OptionSelected, "#mentions")
    def mention_selected(self, event: OptionList.OptionSelected) -> None:
        index = self.query_one(MentionsPane).mention_index(event.option.id)
        if index is not None:
            self.focus_mention(index)
            self.reader.focus()

    def on_quote_chosen(self, message: QuoteChosen) -> None:
        self.go_to_quote(message.quote)

    def go_to_quote(self, quote: dict) -> None:
        """The reader on the quote's paragraph with the quoted words marked."""
        self.current_quote = quote
        self.query_one(QuotesPane).show_quote(quote["id"])
        self.go_to_paragraph(quote["article_id"], quote["paragraph_id"])

    def action_next_quote(self, step: int) -> None:
        """]/[: the next or previous quote the Quotes pane lists (one speaker's, or all), wrapping."""
        quotes = self.query_one(QuotesPane).shown_quotes
        if not quotes:
            self.notify("No quotes listed: g shows the speakers, enter picks one.", severity="warning")
            return
        ids = [q["id"] for q in quotes]
        here = ids.index(self.current_quote["id"]) if self.current_quote and self.current_quote["id"] in ids else -1
        index = here + step if here >= 0 else (0 if step > 0 else len(quotes) - 1)
        if not 0 <= index < len(quotes):
            index %= len(quotes)
            self.notify(f"Wrapped to the {'first' if index == 0 else 'last'} quote.")
        self.go_to_quote(quotes[index])

    def go_to_paragraph(self, article_id: int, paragraph_id: int) -> None:
        self.focus_place(paragraph_id, None, article_id)
        self.reader.focus()

    @on(OptionList.OptionSelected, "#articles")
    def article_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(ArticleChosen(int(event.option.id)))

    def open_article(self, article_id: int) -> None:
        self.post_message(ArticleChosen(article_id))

    def on_article_chosen(self, message: ArticleChosen) -> None:
        self.mention_index = -1
        self.load_article(message.article_id)
        self.reader.focus()

    def cursor_moved(self, _value) -> None:
        self.show_position()

    # -- scope ---------------------------------------------------------------

    def action_toggle_scope(self) -> None:
        self.scope = "corpus" if self.scope == "article" else "article"

    def watch_scope(self, scope: str) -> None:
        self.notify(f"Entity panes now cover {'the whole corpus' if scope == 'corpus' else 'this article'}.")
        self.load_scope(scope)

    # -- selections ------------------------------------------------------------

    def action_toggle_selection(self) -> None:
        paragraph = self.reader.cursor_paragraph
        if paragraph is None:
            self.notify("No article to select from.", severity="warning")
            return
        self.write_selection(paragraph["id"], self.reader.pending_span)
        self.reader.clear_span()

    @work(thread=True, group="select")
    @reports_store_errors
    def write_selection(self, paragraph_id: int, span: tuple[int, int] | None = None) -> None:
        """The whole paragraph, or only `span` of it (character offsets) when sentences were picked."""
        # one toggle at a time, announced in the order written, so quick presses cannot
        # leave the screen showing a different state than the store
        with self._store_turn, self.store() as db:
            if span is None:
                queries.toggle_selection(db, paragraph_id)
                spans = queries.paragraph_spans(db, paragraph_id)
            else:
                spans = queries.toggle_span(db, paragraph_id, *span)
            self.counts = queries.store_counts(db)
            self.post_message(SelectionChanged(paragraph_id, spans))

    def on_selection_changed(self, message: SelectionChanged) -> None:
        if self.view is not None:
            (self.view.selected.add if message.spans else self.view.selected.discard)(message.paragraph_id)
            self.view.spans[message.paragraph_id] = message.spans
            self.query_one(MentionMap).selected = frozenset(self.view.selected)
        self.reader.set_selected(message.paragraph_id, message.spans)
        self.sub_title = self.store_label()

    def selected_passages(self) -> list[dict]:
        with self.store() as db:
            return queries.selections(db)

    def action_export(self) -> None:
        passages = self.selected_passages()
        if not passages:
            self.notify("Nothing selected: press space on a paragraph first.", severity="warning")
            return

        def exported(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Exported {len(passages)} passage(s) to {path}", markup=False)

        self.push_screen(ExportScreen(passages, Path.cwd(), "Selected passages"), exported)

    def action_copy(self) -> None:
        passages = self.selected_passages()
        if not passages:
            self.notify("Nothing selected: press space on a paragraph first.", severity="warning")
            return
        self.copy_to_clipboard(export.render(passages, "md", heading="Selected passages"))
        self.notify(f"Copied {len(passages)} passage(s) as Markdown.")

    # -- the rest ----------------------------------------------------------------

    def action_quotes_grouping(self) -> None:
        """g anywhere: the Quotes pane switches between reading order and speakers, and takes the focus."""
        pane = self.query_one(QuotesPane)
        pane.action_toggle_grouping()
        pane.focus()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def scope_quotes(self) -> list[dict]:
        return self.facets.quotes

    def all_articles(self) -> list[dict]:
        return self.articles

    def palette_actions(self) -> list[tuple[str, Callable[[], object], str]]:
        return [
            ("search: Filter actors and places", self.action_focus_search, "/"),
            ("mention: Next", lambda: self.action_next_mention(1), "n"),
            ("mention: Previous", lambda: self.action_next_mention(-1), "N"),
            ("selection: Select or unselect the cursor paragraph", self.action_toggle_selection, "space"),
            ("selection: Export…", self.action_export, "e"),
            ("selection: Copy as Markdown", self.action_copy, "c"),
            ("view: Toggle scope (article / corpus)", self.action_toggle_scope, "s"),
            ("quotes: By speaker / in reading order", self.action_quotes_grouping, "g"),
            ("quotes: Next", lambda: self.action_next_quote(1), "]"),
            ("quotes: Previous", lambda: self.action_next_quote(-1), "["),
            ("view: Toggle light / dark theme", self.action_toggle_theme, "t"),
            ("store: Reload", self.action_refresh, "r"),
            ("app: Help", self.action_help, "?"),
        ]

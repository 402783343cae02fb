"""The main screen: facet panes | reader and mention map | mentions, quotes and articles.

It holds what the reader is looking at (the article, the scope, the chosen
entity and its mentions, the quote marked) and coordinates the panes. The
store is read in thread workers (store_access.py), each posting one result
message; the handlers under "results" are the only code that puts what was
read on screen, and a failed worker becomes one line of error (worker_failed).
Selecting and exporting passages (main_selections.py) and correcting the
store (main_corrections.py) are parts of this screen in modules of their own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import Reactive, var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header
from textual.worker import Worker, WorkerState, get_current_worker

from newsx.store import ROLES, NewsxError
from newsx.store.db.search import CorpusIndex, EntityHit, EntityIndex, SearchError

from .. import heap
from ..commands import ActionCommands, ArticleCommands, EntityCommands, NoteCommands, PaletteAction, QuoteCommands
from ..export_defaults import ExportDefaults
from ..frames import CroppedCompositor, draw_now
from ..ingest_worker import ingest_messages
from ..loader import ArticleView, Facets, Orders
from ..messages import (
    ArticleRead,
    ArticlesRead,
    EntityDetailRead,
    HitsFound,
    IngestFinished,
    IngestProgress,
    MentionFocused,
    MentionsRead,
    ScopeRead,
    StoreChanged,
    StoreRead,
    TextHitsFound,
)
from ..pages import RowPages
from ..reading_position import find_paragraph, position_of
from ..store_access import StoreAccess
from ..text import line_text
from ..thresholds import FILTER_CUTOFF, FILTER_LIMIT, READ_AHEAD_WAIT, TEXT_LIMIT, TEXT_SEARCH_PAUSE
from ..widgets.article_list import ArticleList
from ..widgets.facet_pane import FacetPane
from ..widgets.key_footer import KeyFooter
from ..widgets.lazy_options import LazyOptionList
from ..widgets.mention_map import MentionMap
from ..widgets.mentions_pane import MentionsPane
from ..widgets.quotes_pane import QuotesPane
from ..widgets.reader import Reader
from ..widgets.search_box import SearchBox
from ..widgets.status_line import StatusLine, position_text
from ..widgets.text_hits import TextHits
from ..widgets.titles import Part, fit
from .main_corrections import CorrectionActions
from .main_selections import SelectionActions

NARROW_WIDTH = 140
# Below this many lines a narrow screen's left column (what the context panes under it leave) holds four panes
# of two rows only if each gives up its bottom border (app.tcss, Screen.-short)
SHORT_HEIGHT = 34
HEADER_ASIDE = 18  # the cells of Textual's Header beside its title: the icon's (8) and the clock's place (10)
FACET_TITLES = {"actor": "Actors", "location": "Locations", "other": "Other"}
# Aliases of a role an article's index may hold for a key to search it on the UI thread (searched_at_once): up to
# about 1 ms a role (WRatio over the aliases that share a word's start); a longer article's goes to a worker
UI_SEARCH_ALIASES = 5000
SAVE_POSITION_SECONDS = 5.0  # while the cursor moves, where it is is written at most this often
STORE_NOTICES = {
    "open": None,
    "ingested": None,
    "reload": "Reloaded the store.",
    "selections": None,
    "changed": "Another process wrote to the store",
    "corrected": None,  # the status line says what changed
}


def same_paragraph(view: ArticleView, paragraph: dict, new_version: bool) -> dict | None:
    """`paragraph` in `view`; in a new version of its article (new rows, ids maybe reused for
    others) the paragraph with the same text, else the one with the same number."""
    if not new_version:
        return view.paragraph(paragraph["id"])
    return next((p for p in view.paragraphs if p["text"] == paragraph["text"]), None) or next(
        (p for p in view.paragraphs if p["seq"] == paragraph["seq"]), None
    )


class MainScreen(SelectionActions, CorrectionActions, Screen[None]):
    AUTO_FOCUS = "#reader"
    COMMANDS = {EntityCommands, QuoteCommands, ArticleCommands, NoteCommands, ActionCommands}
    # Help and Quit are the app's, listed here only to keep their place in the footer:
    # after them come the keys a narrow footer drops first.
    BINDINGS = [
        # "/" and enter act when the App takes the key off the queue (priority), before it passes
        # on the keys queued behind it: "/malik⏎" sent in one burst types into the box, and what
        # follows enter goes to the reader (a plain binding runs only after its key went round
        # the focused widget, when the keys behind it are already on their way to that widget).
        Binding("slash", "focus_search", "Search", key_display="/", priority=True),
        Binding("enter", "submit_search", "Choose", show=False, priority=True),
        Binding("n", "next_mention(1)", "Next"),
        Binding("N", "next_mention(-1)", "Prev", key_display="N"),
        Binding("space", "toggle_selection", "Select"),
        Binding("e", "export", "Export"),
        Binding("question_mark", "app.help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
        Binding("c", "copy", "Copy"),
        Binding("s", "toggle_scope", "Scope"),
        Binding("r", "refresh", "Reload", show=False),
        Binding("g", "quotes_grouping", "Quotes by speaker", show=False),
        Binding("f", "quotes_filter", "Filter quotes", show=False),
        Binding("right_square_bracket", "next_quote(1)", "Next quote", show=False, key_display="]"),
        Binding("left_square_bracket", "next_quote(-1)", "Previous quote", show=False, key_display="["),
        Binding("escape", "leave_search", "Clear search", show=False),
        Binding("S", "selections", "Selections", key_display="S"),
        Binding("E", "export_what", "Export…", key_display="E", show=False),
        Binding("m", "merge", "Merge", show=False),
        Binding("x", "correct", "Correct", show=False),
        Binding("u", "undo", "Undo", show=False),
        Binding("a", "note", "Note", show=False),
        # the Actors, Locations, Other and Articles panes sort on `o`; elsewhere it says so
        Binding("o", "sort_hint", "Sort", show=False),
    ]

    # vars, not reactives: a reactive of the screen repaints the whole screen when set, and each pane that shows
    # what they change is refreshed by the code that changes it
    scope: var[str] = var("article", init=False)
    entity_id: var[int | None] = var(None, init=False)
    # Textual's `focused` repainted the whole screen at every change of focus (Enter, Tab, Escape): the widgets
    # whose look the focus changes (a pane's :focus border, the footer's keys) redraw themselves
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(
        self,
        db_path: Path,
        ingest_paths: list[str],
        poll_seconds: float | None,
        export_defaults: ExportDefaults,
        scope: str = "article",
        orders: Orders | None = None,
        resume: dict | None = None,
    ) -> None:
        """`orders`: of the lists; `resume`: where the reader left this store (reading_position.py)."""
        super().__init__()
        self._compositor = CroppedCompositor()  # Screen's, which has composed nothing yet
        self.set_reactive(MainScreen.scope, scope)
        self.db_path = Path(db_path)
        self.store = StoreAccess(self.db_path)
        self.store.orders = orders or Orders()
        # opened once, by the first read of the store: where the reader left off, or the article ingested
        self.open_at: int | dict | None = resume
        self.reading_at: tuple[dict, dict | None] | None = None  # (article, cursor paragraph) now
        self.position_saved: dict | None = resume
        self.ingest_paths = ingest_paths
        self.poll_seconds = poll_seconds
        self.export_defaults = export_defaults
        self.articles: Sequence[dict] = []  # every article, in the list's order (RowPages: read as drawn)
        self.view: ArticleView | None = None
        self.facets: Facets = Facets(scope)
        self.entity_mentions: list[dict] | RowPages = []  # the corpus's paged
        self.mention_index = -1
        self.current_quote: dict | None = None  # the quote whose words the reader marks
        self.signature: tuple | None = None
        self.counts: dict = {}
        # Enter in the search box before the hits of what was typed are shown: choose when they are
        self.choose_when_found: str | None = None
        self.search_due = False  # a key changed the query, and the panes' search of it waits for the keys queued after
        self.hits_query = ""  # the query whose hits the facet panes show
        self.settled: set[str] = set()  # the scopes shown once, after which the heap was frozen (heap.py)
        self.full_pass: Timer | None = None  # the collector's full pass, held while the reader types (heap.py)
        self.text_query = ""  # the query whose paragraphs the full-text pane shows
        self.text_search: tuple[str, Timer] | None = None  # a query typed, and the pause after which its text is searched
        self.found: dict | None = None  # the full-text hit whose words the reader marks
        self.read_after_load: dict | None = None  # a passage to go to once the store is read again
        self.scope_to_tell: str | None = None  # the scope `s` switched to, until its panes are shown
        # Keys typed while the app starts ("/maliki" and Enter at once) reach this screen before its
        # widgets exist: they are held until it is mounted (when, `mounted_at`), then pressed again.
        self.early_keys: list[events.Key] = []
        self.mounted_at: float | None = None

    # -- layout ----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="facets"):
                yield SearchBox(placeholder="/ search actors, places…", id="search")
                for role in ROLES:
                    yield FacetPane(role, FACET_TITLES[role], id=f"facet-{role}", classes="facet")
                yield TextHits(id="text-hits")
            with Horizontal(id="reading"):
                reader = Reader(id="reader")
                yield reader
                yield MentionMap(reader, id="map")
            with Vertical(id="context"):
                yield MentionsPane(id="mentions")
                yield QuotesPane(id="quotes")
                yield ArticleList(id="articles")
        yield StatusLine("", id="status")
        yield KeyFooter()

    def on_mount(self, event: events.Mount) -> None:
        self.mounted_at = event.time
        self.sub_title = self.store_label()
        self.reader.border_title = "Reader"
        self.watch(self.reader, "cursor", self.show_position, init=False)
        self.watch(self.reader, "span", self.show_position, init=False)
        self.watch(self.query_one(SearchBox), "value", self.search_changed, init=False)
        self.fit_size(self.app.size.width, self.app.size.height)
        if self.ingest_paths:
            self.set_status(f"ingesting {len(self.ingest_paths)} path(s)…")
            self.reader.loading = True
            self.ingest(self.ingest_paths)
        else:
            # after the first paint: reading a large store must not delay it
            self.call_after_refresh(self.load_store)
        if self.poll_seconds:
            self.set_interval(self.poll_seconds, self.poll_store, name="poll store")
        self.set_interval(SAVE_POSITION_SECONDS, self.save_position, name="save position")
        self.refresh_bindings()
        for key in self.early_keys:
            self._press_again(key)
        self.early_keys.clear()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # before the widgets exist a binding (a priority one, as "/" is) would look for them in vain
        return self.mounted_at is not None

    def on_key(self, event: events.Key) -> None:
        if self.mounted_at is None or event.time < self.mounted_at:
            event.prevent_default()
            event.stop()
            if self.mounted_at is None:
                self.early_keys.append(event)
            else:
                self._press_again(event)

    def _press_again(self, key: events.Key) -> None:
        # typed before the terminal was raw, Enter came through the tty as a newline
        name, character = ("enter", "\r") if key.key == "ctrl+j" else (key.key, key.character)
        # sent by the app, as the driver's keys come: made here, its sender was the screen, and a message bubbles no
        # further than its sender, so the app never ran the key's binding (`s`, `q`, `g` typed at start were lost)
        self.app.post_message(events.Key(name, character).set_sender(self.app))

    def on_unmount(self) -> None:
        self.save_position()
        self.store.close()
        heap.release()  # the process may go on (tests, the bench): with the collector's own thresholds

    def on_resize(self, event) -> None:
        self.fit_size(event.size.width, event.size.height)

    def fit_size(self, width: int, height: int) -> None:
        narrow = width < NARROW_WIDTH
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            self.fit_search_panes()  # a narrow screen hides the panes a search found nothing in; a wide one shows them
        short = narrow and height < SHORT_HEIGHT
        if short != self.has_class("-short"):
            self.set_class(short, "-short")
            # a pane's borders change, not always its size: no Resize would fit its rows and titles to them
            for pane in self.query(".facet, #text-hits").results(LazyOptionList):
                self.call_after_refresh(pane.refit)
        self.sub_title = self.store_label(width)
        footer = self.query_one(KeyFooter)
        footer.compact = narrow
        # The palette key stands at the right end, over the last keys of a narrow footer; there
        # ctrl+p stays in the help and the header's icon.
        footer.show_command_palette = not narrow

    # Focus moves at once (Screen.set_focus), not after the keys already queued as Widget.focus()
    # does: keys sent in one burst must reach the widget the key before them chose.

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    def facet(self, role: str) -> FacetPane:
        return self.query_one(f"#facet-{role}", FacetPane)

    def store_label(self, width: int | None = None) -> str:
        """The header's subtitle: the store and its counts, in whole parts that fit a terminal `width` wide (the
        store's folder goes first, then the selected count, which the status line says too, then the others)."""
        path = Path(self.db_path)
        forms = [line_text(str(path)).plain]
        try:
            forms.append("~/" + line_text(str(path.resolve().relative_to(Path.home()))).plain)
        except (ValueError, OSError, RuntimeError):
            pass
        forms.append(line_text(path.name).plain)
        parts = [Part.of(*dict.fromkeys(forms), shorten=6)]
        if self.counts:
            parts += [
                Part.of(f"{self.counts['articles']:,} article(s)", rank=2),
                Part.of(f"{self.counts['entities']:,} entities", rank=3),
                Part.of(f"{self.counts['selected']} selected", rank=5),
            ]
        width = self.app.size.width if width is None else width
        return fit(parts, width - HEADER_ASIDE - len(f"{self.app.title} — ")).plain

    def set_status(self, message: str | Text) -> None:
        self.query_one(StatusLine).say(message)

    def show_position(self, _changed: object = None) -> None:
        """The status line: scope, current entity and which of its mentions the reader is on."""
        mention = (self.mention_index, len(self.entity_mentions)) if self.entity_mentions else None
        paragraph = self.reader.cursor_paragraph if self.view else None
        if self.view is not None:
            self.reading_at = (self.view.article, paragraph)
        self.set_status(
            position_text(
                self.scope, self.entity_name(), mention, paragraph, self.reader.span, len(self.reader.sentences()),
                self.counts.get("selected"), mentioned_here=bool(self.query_one(MentionMap).mentioned),
            )
        )

    def entity_name(self) -> str | None:
        entity = self.facets.by_id.get(self.entity_id) if self.entity_id is not None else None
        return entity["name"] if entity else None

    # -- workers: read (or write) the store, post what they found ---------------
    # (each named by `description`: Textual would otherwise name it by the repr of its
    # arguments, and the repr of a corpus's facets costs more than filtering them)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False, description="load_store")
    def load_store(self, reason: str = "open") -> None:
        shown = self.view.article if self.view else None
        with self.store.turn:
            snapshot = self.store.snapshot(self.scope, shown, self.open_at)
            if not get_current_worker().is_cancelled:
                self.post_message(StoreRead(snapshot, reason))

    @work(thread=True, exclusive=True, group="load", exit_on_error=False, description="load_article")
    def load_article(self, article_id: int, focus: tuple[int, int | None] | None = None) -> None:
        with self.store.turn:
            view, facets = self.store.article(article_id, self.scope)
            if view is not None and not get_current_worker().is_cancelled:
                self.post_message(ArticleRead(view, facets, focus))

    @work(thread=True, exclusive=True, group="articles", exit_on_error=False, description="load_articles")
    def load_articles(self) -> None:
        articles, order = self.store.articles(self.view.article["id"] if self.view else None)
        if not get_current_worker().is_cancelled:
            self.post_message(ArticlesRead(articles, order))

    @work(thread=True, exclusive=True, group="scope", exit_on_error=False, description="load_scope")
    def load_scope(self, scope: str, view: ArticleView | None, highlighted: dict[str, int] | None = None) -> None:
        facets = self.store.facets(scope, view, highlighted)
        if not get_current_worker().is_cancelled:
            self.post_message(ScopeRead(facets))

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False, description="filter_facets")
    def filter_facets(self, query: str, facets: Facets) -> None:
        worker, results = get_current_worker(), {}
        corpus = [index for index in facets.indexes.values() if isinstance(index, CorpusIndex)]
        if not corpus:  # the article's indexes, in memory
            for role, index in facets.indexes.items():
                if worker.is_cancelled:
                    return
                results[role] = index.search(query, limit=FILTER_LIMIT, cutoff=FILTER_CUTOFF)
            facets.remember_hits(query, results)
            if not worker.is_cancelled:
                self.post_message(HitsFound(query, results))
            return
        # the corpus's panes search over one connection: one each cost as much as a pane's search
        with corpus[0].connection() as conn:
            for role, index in facets.indexes.items():
                if worker.is_cancelled:
                    return  # a newer keystroke's search has started: a thread cannot be stopped, but can stop itself
                results[role] = index.search(query, limit=FILTER_LIMIT, cutoff=FILTER_CUTOFF, conn=conn)
            facets.remember_hits(query, results)
            if worker.is_cancelled:
                return
            found = HitsFound(query, results)
            self.post_message(found)
            if len(query.strip()) < 3:  # no near spellings looked for yet: read the words they will need
                # once the hits are drawn: read beside their drawing, they took a core and the GIL from it
                found.handled.wait(READ_AHEAD_WAIT)
                for index in corpus:
                    if not worker.is_cancelled:
                        index.read_ahead(query, conn)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False, description="load_entity_detail")
    def load_entity_detail(self, entity_id: int) -> None:
        detail = self.store.entity_detail(entity_id)
        if not get_current_worker().is_cancelled:
            self.post_message(EntityDetailRead(entity_id, detail))

    @work(thread=True, exclusive=True, group="mentions", exit_on_error=False, description="load_entity_mentions")
    def load_entity_mentions(self, entity_id: int, jump: bool = True, keep: int | None = None) -> None:
        """`keep`: the id of the mention the reader is on, to stay the current one among the corpus's."""
        here = self.view.article["id"] if self.view else None
        found, first = self.store.mentions(entity_id, here)
        current = found.index_of(keep) if keep is not None else None
        if current is not None:
            found.row(current)  # its page, read here: the pane highlights it
        going = found.row(first) if jump and len(found) else None
        view = None
        if going is not None and going["article_id"] != here:
            # the article jumped to, read here: read by a worker of its own once the mentions were shown, it made
            # Enter on a name wait for two reads and two frames one after the other
            with self.store.turn:
                view, _ = self.store.article(going["article_id"], "corpus")
        if not get_current_worker().is_cancelled:
            self.post_message(MentionsRead(entity_id, found, jump, first, view, current))

    @work(thread=True, exclusive=True, group="text", exit_on_error=False, description="search_text")
    def search_text(self, query: str, here: int | None) -> None:
        worker = get_current_worker()
        try:
            hits, reason = self.store.text_hits(query, TEXT_LIMIT, here, stop=lambda: worker.is_cancelled), None
        except SearchError as exc:
            hits, reason = [], f"Not searched in the text: {exc}."
        if hits is not None and not worker.is_cancelled:
            self.post_message(TextHitsFound(query, hits, reason))

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False, description="check_store")
    def check_store(self, known: tuple | None) -> None:
        signature = self.store.signature()
        if known is not None and signature is not None and signature != known:
            self.post_message(StoreChanged(known, signature))

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False, description="ingest")
    def ingest(self, paths: list[str]) -> None:
        # the store read meanwhile (r) knows a signature between two of the child's commits, and the poll after
        # the ingest compares with it: each of the child's reports follows its commit, and takes the step
        known = self.store.signature()
        for message in ingest_messages(self.db_path, paths):
            known = self.store.own_step(known)
            self.post_message(message)

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        """A worker that failed (the store locked, corrupt, gone…) says so in one line."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if isinstance(error, NewsxError):
            message = str(error)
        elif isinstance(error, sqlite3.Error):
            message = f"database error: {error}"
        else:
            message = f"{type(error).__name__}: {error}"
        self.reader.loading = False
        self.set_status(message)
        self.notify(line_text(message).plain, severity="error", markup=False)

    # -- results: the one place what was read reaches the screen ----------------
    # (on_* names rather than @on, so a subclass can extend them: the TUI bench times them)

    def on_store_read(self, message: StoreRead) -> None:
        s = message.snapshot
        before, signature_before = len(self.articles), self.signature
        self.reader.loading = False
        self.articles, self.counts = s.articles, s.counts
        # a correction's or an ingest's read may already hold another process's write, which the poll is still to
        # report; a store not read before the ingest has nothing to compare
        own = message.reason in ("corrected", "ingested") and self.signature is not None
        self.signature = self.store.hear_own_steps(self.signature) if own else s.signature
        shown = self.view.article["id"] if self.view else None
        same_article = bool(s.view and shown is not None and (s.view.article["id"] == shown or s.replaced))
        cursor = self.reader.cursor_paragraph if same_article else None
        if s.replaced:
            self.current_quote = None  # its paragraph is gone
        self.show_article(s.view)
        self.show_facets(s.facets)
        if cursor is not None and s.view is not None:
            same = same_paragraph(s.view, cursor, s.replaced)
            if same is not None:
                self.reader.go_to_paragraph(same["id"])
        if s.replaced:
            self.refresh_mentions()
        opened, self.open_at = self.open_at, None
        if isinstance(opened, dict) and s.view is not None and shown is None:
            self.resume_at(s.view, opened)
        articles = self.query_one(ArticleList)
        articles.set_articles(s.articles, s.view.article["id"] if s.view else None, s.orders.articles)
        if s.orders.articles != self.store.orders.articles:
            self.load_articles()  # read before the order changed: read again in the new one
        # a list of one article says nothing the reader does not: its room goes to mentions and quotes
        articles.display = len(s.articles) > 1
        self.sub_title = self.store_label()
        notice = STORE_NOTICES[message.reason]
        if message.reason == "changed":
            added = len(s.articles) - before
            changes = [f"{added:+d} article(s)"] if added else []
            if s.replaced:
                changes.append("this article was updated")
            elif not added:
                # store_signature's last field counts corrections: only it moved when another
                # terminal ran `newsx-tui correct`; otherwise articles were re-ingested
                corrected = signature_before is not None and signature_before[:-1] == s.signature[:-1]
                changes.append("corrections were made" if corrected else "articles were updated")
            notice = f"{notice}: {', '.join(changes)}." if changes else f"{notice}."
        if notice:
            self.notify(notice, markup=False)
        passage, self.read_after_load = self.read_after_load, None
        if passage is not None:
            self.focus_place(passage["paragraph_id"], None, passage["article_id"])
            self.set_focus(self.reader)

    def on_article_read(self, message: ArticleRead) -> None:
        chosen_before = self.entity_id
        self.show_article(message.view)
        if message.facets is not None:
            self.show_facets(message.facets)  # may choose the name typed for this article (choose_best)
        # one chosen just now is on its first mention here: refreshed, the reader lost its place among them
        if self.scope == "article" and self.entity_id is not None and self.entity_id == chosen_before:
            self.refresh_mentions()
        if message.focus:
            self.focus_place(*message.focus)
        self.show_position()

    def on_scope_read(self, message: ScopeRead) -> None:
        # else a newer order's read, or the other scope's, is on its way
        if message.facets.orders == self.store.orders and message.facets.scope == self.scope:
            self.show_facets(message.facets)
            self.tell_scope()

    def tell_scope(self) -> None:
        """Say the scope `s` switched to once the panes show it: with the hits of a query in the box, when they come
        (the panes hold the rows before until then: show_facets)."""
        scope = self.facets.scope
        if scope == self.scope_to_tell and not any(self.facet(role).holding for role in ROLES):
            self.scope_to_tell = None
            self.notify(f"Entity panes now cover {'the whole corpus' if scope == 'corpus' else 'this article'}.")

    def on_articles_read(self, message: ArticlesRead) -> None:
        if message.order == self.store.orders.articles:
            self.articles = message.articles
            current = self.view.article["id"] if self.view else None
            self.query_one(ArticleList).set_articles(message.articles, current, message.order)

    def on_hits_found(self, message: HitsFound) -> None:
        try:
            self.show_hits(message.query, message.results)
            if self.hits_query == message.query:  # in the panes: drawn now, not at the update timer's next tick (frames.py)
                panes = [self.facet(role) for role in ROLES]
                # the text hits too: shown or hidden by the panes' hits (fit_search_panes), they lay the screen out,
                # and the ordinary update does that (the panes drawn now, then again by the layout, were drawn twice)
                scrollbars = (pane._vertical_scrollbar for pane in panes)
                draw_now(self, [*panes, *scrollbars, self.query_one(SearchBox), self.query_one(TextHits)])
        finally:
            message.handled.set()

    def show_hits(self, query: str, results: dict[str, list[EntityHit]]) -> None:
        """The facet panes' hits of `query` (role -> hits), unless a newer key is on its way."""
        if query != self.query_one(SearchBox).value:
            return
        self.hits_query = query
        for hits in results.values():
            self.facets.add_hits(hits)
        for role in ROLES:
            self.facet(role).show_hits(query, results.get(role, []), self.facets.by_id)
        self.fit_search_panes()
        self.tell_scope()
        self.choose_if_waiting()

    def on_text_hits_found(self, message: TextHitsFound) -> None:
        if message.query != self.query_one(SearchBox).value:
            return
        self.text_query = message.query
        # the whole store, as `newsx-tui search` does, with the article being read first (the search put it there)
        here = self.view.article["id"] if self.view else None
        hits = message.hits
        text = self.query_one(TextHits)
        # the search reads the best TEXT_LIMIT: as many says there may be more
        newest = bool(hits) and not hits[0].get("ranked", True)
        text.show_hits(message.query, hits, message.reason, here, capped=len(hits) >= TEXT_LIMIT, newest=newest)
        self.fit_search_panes()
        text.call_after_refresh(text.rewrap)
        self.choose_if_waiting()

    def fit_search_panes(self) -> None:
        """Most articles have no "other" entities: that pane shows only when there are some. On a
        narrow terminal a search shows only the entity panes that found something, so the text hits
        have room."""
        query = self.query_one(SearchBox).value
        searching = bool(query.strip()) and self.has_class("-narrow")
        for role in ROLES:
            pane = self.facet(role)
            if pane.holding:
                continue  # as it was, until its hits come: shown or hidden now, it laid the screen out twice
            found_nothing = searching and self.hits_query == pane.query_text and not pane.shown
            pane.display = bool(self.facets.by_role.get(role) or role != "other") and not found_nothing
        # the text hits of the query typed; "none" only matters when no name matched either. While the hits
        # shown are an earlier query's (its words are in the pane's border), the pane stays as it is until
        # the new query's come: hidden at each key and shown again after the pause, it flickered, and each
        # time laid the screen out again
        # "None" waits for the query's names too: the text's search, after the pause, may answer before the names'
        # worker (a loaded machine), and the pane then showed "none" until the names came and hid it again
        text = self.query_one(TextHits)
        if text.query_text == query or not query.strip():
            names_known = self.hits_query == query
            names_found = names_known and any(self.facet(role).shown for role in ROLES)
            text.display = bool(query.strip()) and text.query_text == query and bool(text.hits or (names_known and not names_found))

    def choose_if_waiting(self) -> None:
        """Enter was pressed before the hits of its query were in: choose now that those it needs are."""
        query = self.choose_when_found
        # before the store is read there is nothing to choose from: its facets filter again when they come;
        # a name found is chosen without waiting for the text's hits (only a query that names none goes to
        # them), which over a large store took most of a second
        names_in = query == self.hits_query and self.scope_to_tell is None and (
            query == self.text_query or self.best_pane() is not None
        )
        if query is not None and names_in and self.signature is not None:
            self.choose_when_found = None
            if not self.choose_best():
                self.set_focus(self.query_one(SearchBox))

    def on_entity_detail_read(self, message: EntityDetailRead) -> None:
        if message.entity_id == self.entity_id:
            self.query_one(MentionsPane).set_detail(message.detail)

    def on_mentions_read(self, message: MentionsRead) -> None:
        if message.entity_id == self.entity_id:
            if message.view is not None and self.scope == "corpus":
                self.show_article(message.view)  # the jump below then finds its article shown
            self.show_entity_mentions(message.mentions, message.jump, message.first)
            if not message.jump and message.current is not None:
                self.keep_current_mention(message.current)

    def on_store_changed(self, message: StoreChanged) -> None:
        # compared with what the screen knew before a write of ours was heard of: the next poll compares again
        if message.known != self.signature or self.store.own_steps_reach(message.known, message.signature):
            return
        self.signature = message.signature
        self.load_store("changed")

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.set_status(f"ingesting… {message.done} done ({message.status}: {message.source})")
        if message.status == "failed":
            reason = line_text(f"{message.source}: {message.error or 'failed'}").plain
            self.notify(reason, severity="error", markup=False, timeout=30)

    def on_ingest_finished(self, message: IngestFinished) -> None:
        if message.error:
            self.notify(message.error, severity="error", markup=False, timeout=30)
        summary = f"Ingest finished: {message.ingested} new, {message.failed} failed."
        self.notify(summary, severity="warning" if message.failed else "information")
        if self.view is None and message.first_article_id is not None:
            self.open_at = message.first_article_id  # the article named on the command line, not the resume point
        self.load_store("ingested")

    # -- showing an article and the scope's entities --------------------------------

    def show_article(self, view: ArticleView | None) -> None:
        # another article than the one read (the first one opened is where the reader already was)
        other = view is not None and self.view is not None and self.view.article["id"] != view.article["id"]
        self.view = view
        self.reader.show_article(view)
        self.query_one(ArticleList).mark_current(view.article["id"] if view else None)
        self.query_one(MentionMap).selected = frozenset(view.selected if view else ())
        self.highlight_entity()
        if other:
            self.show_position()
            self.save_position()  # a new article: the place to come back to (a move within one waits)

    def show_facets(self, facets: Facets) -> None:
        self.facets = facets
        query = self.query_one(SearchBox).value
        # a query in the box whose hits among these facets are still to be searched: the panes keep the rows they
        # show (its hits among the facets before) until its hits come. Filled meanwhile with every entity of the
        # scope, they listed names the query does not match under it (100,000 articles: half a second after `s`)
        hold = bool(query.strip()) and self.hits_at_hand(query) is None
        for role in ROLES:
            self.facet(role).set_entities(
                facets.by_role.get(role, []), facets.totals.get(role), facets.orders.facet(role),
                facets.entity_pages.get(role), facets.top, hold,
            )
        self.fit_search_panes()
        # each quote carries its article's title: a title for every article would cost the switch its frame
        self.query_one(QuotesPane).set_quotes(facets.quotes, facets.scope, None, facets.quote_total, facets.quote_pages)
        self.hits_query = ""
        if query.strip():
            self.filter_typed(query)
        if facets.scope not in self.settled:
            self.settled.add(facets.scope)
            heap.settle()
        self.show_position()
        # read while an order changed, or while the scope did (`s` typed while the store was first read) with the
        # scope's own read already shown (one still on its way shows when it comes)
        stale_scope = facets.scope != self.scope and not any(w.group == "scope" and w.is_running for w in self.workers)
        if facets.orders != self.store.orders or stale_scope:
            self.load_scope(self.scope, self.view)

    def poll_store(self) -> None:
        if not any(w.group in ("ingest", "poll", "load") and w.is_running for w in self.workers):
            self.check_store(self.signature)

    def action_refresh(self) -> None:
        self.load_store("reload")

    # -- search ------------------------------------------------------------

    def action_focus_search(self) -> None:
        search = self.query_one(SearchBox)
        if self.focused is search:
            raise SkipAction()  # a "/" typed into the query
        self.set_focus(search)

    def search_changed(self, query: str) -> None:
        """What was typed, as it changes: watched, not heard as Input.Changed, which reached the screen only after
        the key's echo was drawn (the message bubbles up through the box's containers); heard then, an article's
        hits took a frame of their own."""
        heap.hold()
        if self.full_pass is not None:
            self.full_pass.stop()
        self.full_pass = self.set_timer(heap.RELEASE_PAUSE, heap.release)
        self.stop_text_search()
        # the text's hits of the query before are not wanted now (a query's hits show only while it is the one
        # typed), and their search may hold a core for seconds: stopped, it gives the keystroke's search that core
        self.workers.cancel_group(self, "text")
        self.store.stop_text_hits()
        # searched once the keys queued behind this one are in the box: a burst ("/gaku val" and Enter from tmux,
        # a paste) searched at each key, ten corpus searches where the last one's hits are all that is shown
        if not self.search_due:
            self.search_due = self.query_one(SearchBox).call_later(self.search_typed)
        if query.strip():
            # the text's hits once typing pauses: showing a list of paragraphs at every key of a
            # quick hand costs the names' panes their frame, and only the last query's are read
            self.text_search = (query, self.set_timer(TEXT_SEARCH_PAUSE, self.start_text_search))

    def search_typed(self) -> None:
        """The panes' hits of what the box holds now, if a key changed it since they were last asked for."""
        if not self.search_due:
            return
        self.search_due = False
        query = self.query_one(SearchBox).value
        if query.strip():
            self.filter_typed(query)
        else:
            self.workers.cancel_group(self, "filter")
            self.hits_query = self.text_query = ""
            for role in ROLES:
                self.facet(role).show_all()
            self.fit_search_panes()

    def filter_typed(self, query: str) -> None:
        """The panes' hits of `query`, shown with the key's own echo when they can be had at once (a query searched
        a moment ago, or an article's indexes), else searched by a worker."""
        results = self.hits_at_hand(query)
        if results is None:
            self.filter_facets(query, self.facets)
            return
        self.workers.cancel_group(self, "filter")  # an earlier key's search: its hits would come after these
        self.show_hits(query, results)

    def hits_at_hand(self, query: str) -> dict[str, list[EntityHit]] | None:
        """The panes' hits of `query` if they can be had at once: searched a moment ago, or in an article's indexes."""
        results = self.facets.recent_hits.get(query)
        if results is None and searched_at_once(self.facets):
            results = {role: index.search(query, limit=FILTER_LIMIT, cutoff=FILTER_CUTOFF) for role, index in self.facets.indexes.items()}
            self.facets.remember_hits(query, results)
        return results

    def start_text_search(self) -> None:
        """The full-text search of the query typed, now (the pause came, or Enter did)."""
        if self.text_search is not None:
            query, timer = self.text_search
            timer.stop()
            self.text_search = None
            self.search_text(query, self.view.article["id"] if self.view else None)

    def stop_text_search(self) -> None:
        if self.text_search is not None:
            self.text_search[1].stop()
            self.text_search = None

    def action_submit_search(self) -> None:
        """Enter in the search box: choose the best match of what was typed, however fast."""
        search = self.query_one(SearchBox)
        if self.focused is not search:
            raise SkipAction()  # enter for the focused pane
        # the letters typed just before may still wait in the box's queue: decide after them
        search.call_later(self.choose_typed)
        # and the keys after enter go to the reader, so they cannot change the query meanwhile
        self.set_focus(self.reader)

    def choose_typed(self) -> None:
        self.search_typed()  # the names' search of the query typed, started before its text's
        query = self.query_one(SearchBox).value
        # the panes of the scope `s` switched to, on their way, list other names than those shown: choose from theirs
        waiting = query != self.hits_query or self.scope_to_tell is not None
        if query.strip() and (waiting or (query != self.text_query and self.best_pane() is None)):
            self.choose_when_found = query  # its hits (names and text) are on their way: choose when they come
            self.start_text_search()  # no pause to wait for
        elif not self.choose_best():
            self.set_focus(self.query_one(SearchBox))  # back to the typo

    def best_pane(self) -> FacetPane | None:
        panes = [self.facet(role) for role in ROLES if self.facet(role).shown]
        if not panes:
            return None
        return max(panes, key=lambda p: p.choice_rank)  # max keeps the first on ties: actors

    def choose_best(self) -> bool:
        """Choose the best pane's highlighted entity; a query that names none goes to the first
        paragraph that has its words (in the article scope, words of another article open it, and a
        name there is chosen). False if nothing matches."""
        pane = self.best_pane()
        if pane is None:
            text_hits = self.query_one(TextHits).hits
            query = self.query_one(SearchBox).value
            if text_hits and query.strip():
                hit = text_hits[0]
                if self.scope == "article" and self.view is not None and hit["article_id"] != self.view.article["id"]:
                    # the words are another article's, and a name there is what a reader typing one means: chosen
                    # once that article's panes are read, else its words are gone to then (this branch again)
                    self.choose_when_found = query
                    self.set_status("Opening the article…")
                    self.open_article(hit["article_id"])
                    return True
                self.go_to_hit(hit)
                if self.scope == "article":
                    # say why the reader went to words, not a name
                    self.notify("No name here: the first paragraph with the words. s searches every article.")
                return True
            self.notify("Nothing matches.", severity="warning")
            return False
        entity_id = pane.highlighted_entity_id
        if entity_id is not None:
            self.choose_entity(entity_id)
        return True

    def action_enter_results(self) -> None:
        pane = self.best_pane()
        if pane is not None:
            self.set_focus(pane)

    def action_leave_search(self) -> None:
        if self.picking is not None:
            self.picking = None
            self.set_status("Cancelled.")
        self.choose_when_found = None
        if self.found is not None:
            self.found = None
            self.highlight_entity()
        self.query_one(SearchBox).value = ""
        self.reader.clear_span()
        self.set_focus(self.reader)

    def search_entities(self, query: str, limit: int, role: str | None = None) -> list[EntityHit]:
        """Best entities of the current scope for `query`, of one role or all together (the palette's)."""
        indexes = self.facets.indexes
        hits = [
            h
            for index_role, index in indexes.items()
            if role in (None, index_role)
            for h in index.search(query, limit=limit, cutoff=FILTER_CUTOFF)
        ]
        self.facets.add_hits(hits)  # so that the one chosen has its name and counts in the corpus scope
        return sorted(hits, key=lambda h: -h.score)[:limit]

    # -- entities and mentions ----------------------------------------------

    @on(FacetPane.EntityChosen)
    def entity_chosen(self, message: FacetPane.EntityChosen) -> None:
        if message.entity is not None:
            self.facets.by_id.setdefault(message.entity_id, message.entity)  # paged in past the first rows read
        self.choose_entity(message.entity_id)

    def choose_entity(self, entity_id: int) -> None:
        if self.picking is not None:
            self.finish_pick(entity_id)
            return
        self.entity_id = entity_id
        self.current_quote = None
        self.found = None
        self.query_one(QuotesPane).show_entity(entity_id)
        self.query_one(MentionsPane).set_detail(None)
        self.load_entity_detail(entity_id)
        if self.scope == "article" and self.view is not None:
            self.show_entity_mentions(self.with_paragraphs(self.view.mentions_of(entity_id)))
        else:
            self.load_entity_mentions(entity_id)

    def refresh_mentions(self) -> None:
        """The chosen entity's mentions again, after the article or the store changed; the reader stays."""
        if self.entity_id is None:
            return
        if self.scope == "article" and self.view is not None:
            self.entity_mentions = self.with_paragraphs(self.view.mentions_of(self.entity_id))
            self.query_one(MentionsPane).set_mentions(self.entity_name(), self.entity_mentions)
            self.mention_index = -1
        else:
            self.load_entity_mentions(self.entity_id, jump=False)

    def rescope_mentions(self) -> None:
        """The chosen entity's mentions in the scope just switched to, the one the reader is on still current (n
        and N go on from it). Kept as they were, the corpus scope listed the article's few, and n wrapped there."""
        if self.entity_id is None:
            return
        at = self.entity_mentions[self.mention_index] if 0 <= self.mention_index < len(self.entity_mentions) else None
        here = self.view is not None and at is not None and at["article_id"] == self.view.article["id"]
        if self.scope == "corpus":
            self.load_entity_mentions(self.entity_id, jump=False, keep=at["id"] if here else None)
            return
        self.refresh_mentions()
        if here:
            index = next((i for i, m in enumerate(self.entity_mentions) if m["id"] == at["id"]), None)
            if index is not None:
                self.keep_current_mention(index)

    def keep_current_mention(self, index: int) -> None:
        self.mention_index = index
        self.query_one(MentionsPane).show_current(index)
        self.highlight_entity(self.entity_mentions[index]["id"])
        self.show_position()

    def with_paragraphs(self, mentions: list[dict]) -> list[dict]:
        """Article-scope mentions carry their paragraph's text, as queries.mentions does."""
        assert self.view is not None
        texts = {p["id"]: p["text"] for p in self.view.paragraphs}
        return [{**m, "paragraph": texts.get(m["paragraph_id"], "")} for m in mentions]

    def show_entity_mentions(self, found: list[dict] | RowPages, jump: bool = True, first: int | None = None) -> None:
        """`found`: an article's mentions, or the corpus's paged (reading order: they span articles if the first
        and the last do); `first`: the first in the article shown, if known."""
        self.entity_mentions = found
        several = len(found) > 1 and (found[0] or {}).get("article_id") != (found[-1] or {}).get("article_id")
        self.query_one(MentionsPane).set_mentions(self.entity_name(), found, titled=several)
        if not jump:
            self.mention_index = -1
            self.highlight_entity()
            return
        if not found:
            self.notify("No mentions in this scope.", severity="warning")
            return
        if first is None:
            here = self.view.article["id"] if self.view else None
            first = next((i for i, m in enumerate(found) if m["article_id"] == here), 0)
        self.focus_mention(first)
        self.set_focus(self.reader)

    def focus_mention(self, index: int) -> None:
        m = self.entity_mentions[index]
        if m is None:  # a page of the store's that cannot be read now
            self.notify("That mention cannot be read now (r reloads).", severity="warning")
            return
        self.mention_index = index
        self.query_one(MentionsPane).show_current(index)
        self.post_message(MentionFocused(m["article_id"], m["paragraph_id"], m["id"]))

    def on_mention_focused(self, message: MentionFocused) -> None:
        self.focus_place(message.paragraph_id, message.mention_id, message.article_id)

    def focus_place(self, paragraph_id: int, mention_id: int | None = None, article_id: int | None = None) -> None:
        if article_id is not None and (self.view is None or self.view.article["id"] != article_id):
            # another article is read and drawn (a large store's takes a few frames): said at once, so that the
            # key that asked is seen to have been taken; the position comes back with the article
            self.set_status("Opening the article…")
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
        found = self.found if self.found and self.view and self.found["article_id"] == self.view.article["id"] else None
        self.reader.highlight(here, current_mention_id, quote, found)
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

    @on(MentionsPane.MentionChosen)
    def mention_chosen(self, message: MentionsPane.MentionChosen) -> None:
        self.focus_mention(message.index)
        self.set_focus(self.reader)

    # -- full-text hits ---------------------------------------------------------

    @on(TextHits.HitChosen)
    def hit_chosen(self, message: TextHits.HitChosen) -> None:
        self.go_to_hit(message.hit)

    def go_to_hit(self, hit: dict) -> None:
        """The reader on the hit's paragraph with the words found marked."""
        self.found = hit
        self.current_quote = None
        self.focus_place(hit["paragraph_id"], None, hit["article_id"])
        self.set_focus(self.reader)

    # -- quotes and articles ---------------------------------------------------

    @on(QuotesPane.QuoteChosen)
    def quote_chosen(self, message: QuotesPane.QuoteChosen) -> None:
        self.go_to_quote(message.quote)

    def go_to_quote(self, quote: dict) -> None:
        """The reader on the quote's paragraph with the quoted words marked."""
        self.current_quote = quote
        self.found = None
        self.query_one(QuotesPane).show_quote(quote["id"])
        self.focus_place(quote["paragraph_id"], None, quote["article_id"])
        self.set_focus(self.reader)

    def action_next_quote(self, step: int) -> None:
        """]/[: the next or previous quote the Quotes pane lists (one speaker's, or all), wrapping."""
        pane = self.query_one(QuotesPane)
        quotes = pane.shown_quotes
        if not quotes:
            self.notify("No quotes listed: g shows the speakers, enter picks one.", severity="warning")
            return
        here = pane.index_of_quote(self.current_quote["id"]) if self.current_quote else None
        here = -1 if here is None else here
        index = here + step if here >= 0 else (0 if step > 0 else len(quotes) - 1)
        if not 0 <= index < len(quotes):
            index %= len(quotes)
            self.notify(f"Wrapped to the {'first' if index == 0 else 'last'} quote.")
        quote = quotes[index]
        if quote is not None:  # None: its page could not be read (the store busy or gone)
            self.go_to_quote(quote)

    def action_quotes_filter(self) -> None:
        """f anywhere, as g: the Quotes pane's next filter, and the focus (f in the reader did nothing, unsaid)."""
        pane = self.query_one(QuotesPane)
        pane.action_next_filter()
        self.set_focus(pane)

    def action_quotes_grouping(self) -> None:
        """g anywhere: the Quotes pane switches between reading order and speakers, and takes the focus."""
        pane = self.query_one(QuotesPane)
        pane.action_toggle_grouping()
        self.set_focus(pane)

    @on(ArticleList.ArticleChosen)
    def article_chosen(self, message: ArticleList.ArticleChosen) -> None:
        self.open_article(message.article_id)

    def open_article(self, article_id: int) -> None:
        self.mention_index = -1
        self.load_article(article_id)
        self.set_focus(self.reader)

    # -- scope ---------------------------------------------------------------

    def highlighted_entities(self) -> dict[str, int]:
        """role -> the entity its pane highlights: the panes keep it across a scope switch."""
        return {role: i for role in ROLES if (i := self.facet(role).highlighted_entity_id) is not None}

    def action_toggle_scope(self) -> None:
        self.scope = "corpus" if self.scope == "article" else "article"

    def watch_scope(self, scope: str) -> None:
        # said with the panes that show it, in their frame: a toast at the key laid the screen out once more
        self.scope_to_tell = scope
        highlighted = self.highlighted_entities()
        read = self.store.corpus_read(highlighted) if scope == "corpus" else None
        if read is not None:
            self.workers.cancel_group(self, "scope")  # a switch back and forth still being read
            self.post_message(ScopeRead(read))  # read with the store: no worker to wait for
        else:
            self.load_scope(scope, self.view, highlighted)
        self.rescope_mentions()
        self.app.remember(scope=scope)

    # -- the order of the lists, and where the reader left off -------------------

    @on(FacetPane.OrderChosen)
    def facet_order_chosen(self, message: FacetPane.OrderChosen) -> None:
        self.store.orders = self.store.orders.with_facet(message.role, message.order)
        self.app.remember(**{f"{message.role}_order": message.order})
        self.load_scope(self.scope, self.view)

    @on(ArticleList.OrderChosen)
    def article_order_chosen(self, message: ArticleList.OrderChosen) -> None:
        self.store.orders = Orders(self.store.orders.facets, message.order)
        self.app.remember(article_order=message.order)
        self.load_articles()

    def action_sort_hint(self) -> None:
        self.notify("o sorts the pane in focus: tab to Actors, Locations, Other or Articles first.", severity="warning")

    def resume_at(self, view: ArticleView, where: dict) -> None:
        """The reader on the paragraph it was on when this store was last read."""
        if view.article.get("source") != where.get("source"):
            return  # that article is gone: the first of the list is open instead
        paragraph = find_paragraph(view, where)
        if paragraph is not None:
            self.reader.go_to_paragraph(paragraph["id"])
            self.show_position()

    def save_position(self) -> None:
        """Write where the reader is, if it moved since the last write (the file is rewritten whole)."""
        if self.reading_at is None:
            return
        where = position_of(*self.reading_at)
        if where != self.position_saved:
            self.position_saved = where
            self.app.remember_position(self.db_path, where)

    # -- the palette's menu ------------------------------------------------------

    def palette_actions(self) -> list[PaletteAction]:
        return [
            ("search: Filter actors and places", self.action_focus_search, "/"),
            ("mention: Next", lambda: self.action_next_mention(1), "n"),
            ("mention: Previous", lambda: self.action_next_mention(-1), "N"),
            *self.selection_palette_actions(),
            ("quotes: Filter (all, to review, direct, reported)", self.query_one(QuotesPane).action_next_filter, "f"),
            *self.correction_palette_actions(),
            ("view: Toggle scope (article / corpus)", self.action_toggle_scope, "s"),
            ("quotes: By speaker / in reading order", self.action_quotes_grouping, "g"),
            ("quotes: Next", lambda: self.action_next_quote(1), "]"),
            ("quotes: Previous", lambda: self.action_next_quote(-1), "["),
            ("view: Toggle light / dark theme", self.app.action_toggle_theme, "t"),
            ("store: Reload", self.action_refresh, "r"),
            ("app: Help", self.app.action_help, "?"),
        ]


def searched_at_once(facets: Facets) -> bool:
    """Whether a key searches the panes' indexes on the UI thread: an article's, in memory and small. A worker's
    hits came a frame or two after the key (the thread started, its message queued behind the drawing of the
    key's echo) and took a frame of their own; an article's search costs a fraction of a millisecond."""
    return all(isinstance(index, EntityIndex) and len(index) <= UI_SEARCH_ALIASES for index in facets.indexes.values())



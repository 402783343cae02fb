"""The main screen's selection, export and copy: space, e, c, S and E, and the workers behind them.

A mixin of MainScreen (main.py), not a widget of its own: its handlers change
what the screen holds (the article's selected paragraphs, the counts the
header and status line show), and its keys are the screen's bindings, listed
there in the footer's order. The passages are read in thread workers, each
posting one message (messages.py) that a handler here puts on screen.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual import work

from newsx.store import export, paragraph_number

from .. import clipboard
from ..clipboard import Copied
from ..commands import PaletteAction
from ..corrections import Change
from ..messages import Changed, ClipboardTried, PassagesRead, SelectionChanged
from ..widgets.mention_map import MentionMap
from ..widgets.quotes_pane import QuotesPane
from ..widgets.text_hits import TextHits
from .export import ExportScreen
from .export_choice import ExportChoice, ExportChoiceScreen
from .selections import SelectionsScreen


class SelectionActions:
    """Select passages, then export or copy them; see what there is to export besides."""

    def __init__(self) -> None:
        super().__init__()
        # selection writes asked for and not yet done: a read of the selection (e, c, E, S) waits for them, or
        # `space e` typed in one burst read the store before its write and exported "nothing selected"
        self.selection_writes = 0
        self.selection_written = threading.Condition()

    # -- workers: write the selection, read the passages -----------------------------

    @work(thread=True, group="select", exit_on_error=False, description="write_selection")
    def write_selection(self, paragraph_id: int, span: tuple[int, int] | None = None, label: str = "") -> None:
        """The whole paragraph, or only `span` of it (character offsets) when sentences were picked."""
        # one toggle at a time, announced in the order written, so quick presses cannot
        # leave the screen showing a different state than the store
        try:
            with self.store.turn:
                before = self.store.selection_rows(paragraph_id)
                spans, counts = self.store.toggle_selection(paragraph_id, span)
                self.post_message(SelectionChanged(paragraph_id, spans, counts))
                self.post_message(Changed(Change(f"selection of {label}", paragraph_id=paragraph_id, selections=before)))
        finally:
            with self.selection_written:
                self.selection_writes -= 1
                self.selection_written.notify_all()

    def wait_for_selection_writes(self) -> None:
        """In a worker: until the selection writes asked for before it are done (a few ms each)."""
        with self.selection_written:
            self.selection_written.wait_for(lambda: self.selection_writes <= 0, timeout=10)

    @work(thread=True, exclusive=True, group="passages", exit_on_error=False, description="read_passages")
    def read_passages(
        self, purpose: str, what: str = "selection", target=None, heading: str = "Selected passages",
        stem: str = "newsx-selection",
    ) -> None:
        self.wait_for_selection_writes()
        self.post_message(PassagesRead(purpose, self.store.passages(what, target), heading, stem))

    @work(thread=True, exclusive=True, group="selections", exit_on_error=False, description="selections_after_writes")
    def selections_after_writes(self) -> None:
        self.wait_for_selection_writes()
        self.app.call_from_thread(self.open_selections)

    @work(thread=True, exclusive=True, group="copy", exit_on_error=False, description="copy_passages")
    def copy_passages(self, passages: list[dict]) -> None:
        """Off the UI thread: a desktop clipboard tool may take a moment to start."""
        text = export.render_text(passages, "md", heading="Selected passages")
        result = clipboard.copy(text, lambda t: self.app.call_from_thread(self.app.copy_to_clipboard, t))
        self.post_message(ClipboardTried(result, len(passages)))

    # -- results ---------------------------------------------------------------------

    def on_passages_read(self, message: PassagesRead) -> None:
        passages = message.passages
        if not passages:
            empty = "Nothing selected: press space on a paragraph first." if message.stem == "newsx-selection" else "Nothing to export."
            self.notify(empty, severity="warning")
        elif message.purpose == "copy":
            self.copy_passages(passages)
        else:

            def exported(path: Path | None) -> None:
                if path is not None:
                    self.notify(f"Exported {len(passages)} passage(s) to {path}", markup=False)

            self.app.push_screen(ExportScreen(passages, self.export_defaults, message.heading, message.stem), exported)

    def on_clipboard_tried(self, message: ClipboardTried) -> None:
        if isinstance(message.result, Copied):
            self.notify(f"Copied {message.passages} passage(s) as Markdown ({message.result.via}).", markup=False)
        else:
            # an error, the copy asked for having failed: narrow, an error wraps (its reason is longer than a line)
            self.notify(
                f"Not copied: {message.result.reason}. Press e to export the selection to a file instead.",
                severity="error", timeout=10, markup=False,
            )

    def on_selection_changed(self, message: SelectionChanged) -> None:
        self.counts = message.counts
        if self.view is not None:
            (self.view.selected.add if message.spans else self.view.selected.discard)(message.paragraph_id)
            self.view.spans[message.paragraph_id] = message.spans
            self.query_one(MentionMap).selected = frozenset(self.view.selected)
        self.reader.set_selected(message.paragraph_id, message.spans)
        self.sub_title = self.store_label()
        self.show_position()

    # -- keys ------------------------------------------------------------------------

    def action_toggle_selection(self) -> None:
        paragraph = self.reader.cursor_paragraph
        if paragraph is None:
            self.notify("No article to select from.", severity="warning")
            return
        with self.selection_written:
            self.selection_writes += 1
        self.write_selection(paragraph["id"], self.reader.pending_span, f"¶{paragraph_number(paragraph['seq'])}")
        self.reader.clear_span()

    def action_export(self) -> None:
        self.read_passages("export")

    def action_copy(self) -> None:
        self.read_passages("copy")

    def action_selections(self) -> None:
        """S: every selected passage, in export order, to reorder, unselect, clear and export."""
        if self.selection_writes > 0:  # the list reads the store: once the selection just asked for is in it
            self.selections_after_writes()
        else:
            self.open_selections()

    def open_selections(self) -> None:
        def closed(passage: dict | None) -> None:
            # the list may have changed what the reader marks: read the store, then go to the passage
            self.read_after_load = passage
            self.load_store("selections")

        self.app.push_screen(SelectionsScreen(self.store, self.export_defaults), closed)

    def export_choices(self) -> list[ExportChoice]:
        """What there is to export now: the selection, and what the reader is looking at."""
        choices = [ExportChoice("selection", f"The selection ({self.counts.get('selected', 0)} paragraph(s))")]
        name = self.entity_name()
        if self.entity_id is not None and name:
            choices.append(ExportChoice("entity", f"Passages mentioning {name} (the whole store)"))
        speaker = self.query_one(QuotesPane).speaker
        if speaker is not None and speaker.quotes:
            choices.append(ExportChoice("quotes", f"Quotes of {speaker.name} ({len(speaker.quotes)})"))
        text = self.query_one(TextHits)
        if text.display and text.hits:
            choices.append(ExportChoice("text", f"Paragraphs with \u201c{text.query_text}\u201d (the whole store)"))
        if self.view is not None:
            title = self.view.article.get("title") or self.view.article.get("source") or "this article"
            choices.append(ExportChoice("article", f"This article: {title}"))
        return choices

    def action_export_what(self) -> None:
        """E: export the selection or what the reader is looking at; the dialog for format and path follows."""

        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.export_choice(choice)

        self.app.push_screen(ExportChoiceScreen(self.export_choices()), chosen)

    def export_choice(self, choice: ExportChoice) -> None:
        if choice.key == "entity" and self.entity_id is not None:
            name = self.entity_name() or "the entity"
            self.read_passages("export", "entity", self.entity_id, f"Passages mentioning {name}", f"newsx-{slug(name)}")
        elif choice.key == "quotes" and self.query_one(QuotesPane).speaker is not None:
            speaker = self.query_one(QuotesPane).speaker
            ids = [q["id"] for q in speaker.quotes]
            self.read_passages("export", "quotes", ids, f"Quotes of {speaker.name}", f"newsx-quotes-{slug(speaker.name)}")
        elif choice.key == "text":
            query = self.query_one(TextHits).query_text
            self.read_passages("export", "text", query, f"Passages matching \u201c{query}\u201d", f"newsx-{slug(query)}")
        elif choice.key == "article" and self.view is not None:
            article = self.view.article
            title = article.get("title") or "Article"
            self.read_passages("export", "article", article["id"], title, f"newsx-{slug(title)}")
        else:
            self.read_passages("export")
    def selection_palette_actions(self) -> list[PaletteAction]:
        return [
            ("selection: Select or unselect the cursor paragraph", self.action_toggle_selection, "space"),
            ("selection: Export…", self.action_export, "e"),
            ("selection: Copy as Markdown", self.action_copy, "c"),
            ("selection: List, reorder, unselect…", self.action_selections, "S"),
            ("export: An entity's passages, a speaker's quotes, this article…", self.action_export_what, "E"),
        ]


def slug(words: str, most: int = 40) -> str:
    """A file name's worth of `words`: lower case letters and digits joined by hyphens."""
    cut = "-".join("".join(ch if ch.isalnum() else " " for ch in words.casefold()).split())[:most].strip("-")
    return cut or "export"

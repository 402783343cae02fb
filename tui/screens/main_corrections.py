"""The main screen's corrections: merge (m), correct (x), note (a), undo (u), the entity picked to finish a merge.

A mixin of MainScreen (main.py), not a widget of its own: picking an entity
goes through the screen's search box and facet panes, a correction changes
the entity the screen shows and its mentions, and the keys are the screen's
bindings. The store is written in thread workers, each posting what it did
(messages.py); `u` takes back the session's changes, selections included.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work

from newsx.store import NewsxError, paragraph_number
from newsx.store.db import corrections

from ..commands import PaletteAction
from ..corrections import QUOTE_CHOICES, Change, entity_choices, parse_coordinates
from ..messages import Changed, EntityMenuRead, NoteTargetRead, StoreRead, Undone, UndoRefused
from ..text import line_text
from ..widgets.facet_pane import FacetPane
from ..widgets.mentions_pane import MentionsPane
from ..widgets.quotes_pane import QuotesPane
from ..widgets.search_box import SearchBox
from .ask import AskScreen, PickScreen


class CorrectionActions:
    """Correct what the extraction got wrong, write notes on passages, and undo."""

    def __init__(self) -> None:
        super().__init__()
        # `m`, or "said by another speaker": the next entity chosen completes ("merge" | "speaker", id, label)
        self.picking: tuple[str, int, str] | None = None
        self.changes: list[Change] = []  # this session's corrections and selection changes, for `u`

    # -- workers: write the corrections, read what they ask about --------------------

    @work(thread=True, group="correct", exit_on_error=False, description="write_correction")
    def write_correction(self, make: Callable, entity_id: int | None = None) -> None:
        """A correction (one of store.db.corrections' makers), then the store as it now is."""
        shown = self.view.article if self.view else None
        with self.store.turn:
            made = self.store.correct(make)
            snapshot = self.store.snapshot(self.scope, shown)
        self.post_message(StoreRead(snapshot, "corrected"))
        said = f"Corrected: {made['description']} (u undoes it)"
        self.post_message(Changed(Change(made["description"], correction_id=made["id"]), said, entity_id))

    @work(thread=True, group="correct", exit_on_error=False, description="write_note")
    def write_note(self, paragraph: dict, selection_id: int, note: str) -> None:
        shown = self.view.article if self.view else None
        label = f"¶{paragraph_number(paragraph['seq'])}"
        with self.store.turn:
            before = self.store.selection_rows(paragraph["id"])
            self.store.set_note(selection_id, note)
            snapshot = self.store.snapshot(self.scope, shown)
        self.post_message(StoreRead(snapshot, "corrected"))
        said = f"Note on {label} {'saved' if note.strip() else 'cleared'} (u undoes it)"
        self.post_message(Changed(Change(f"note on {label}", paragraph_id=paragraph["id"], selections=before), said))

    @work(thread=True, group="correct", exit_on_error=False, description="write_undo")
    def write_undo(self, change: Change) -> None:
        shown = self.view.article if self.view else None
        with self.store.turn:
            try:
                self.store.undo(change)
            except NewsxError:
                # the refusal is shown by worker_failed; the change goes back on u's list, since the error
                # asks the reader to do something first (e.g. give a split name to one entity) and then undo
                self.post_message(UndoRefused(change))
                raise
            snapshot = self.store.snapshot(self.scope, shown)
        self.post_message(StoreRead(snapshot, "corrected"))
        self.post_message(Undone(change))

    @work(thread=True, group="correct", exit_on_error=False, description="read_entity_menu")
    def read_entity_menu(self, entity_id: int) -> None:
        detail = self.store.entity_detail(entity_id)
        if detail is not None:
            self.post_message(EntityMenuRead(detail))

    @work(thread=True, group="correct", exit_on_error=False, description="read_note_target")
    def read_note_target(self, paragraph: dict) -> None:
        self.post_message(NoteTargetRead(paragraph, self.store.selection_rows(paragraph["id"])))

    # -- keys and results ------------------------------------------------------------

    def entity_in_focus(self) -> int | None:
        """The entity highlighted in the focused pane, else the current entity."""
        focused = self.focused
        if isinstance(focused, FacetPane) and focused.highlighted_entity_id is not None:
            return focused.highlighted_entity_id
        return self.entity_id

    def quote_in_focus(self) -> dict | None:
        """The quote highlighted in the Quotes pane when it has the focus, else the quote marked in the reader."""
        pane = self.query_one(QuotesPane)
        if self.focused is pane and pane.highlighted_quote is not None:
            return pane.highlighted_quote
        return self.current_quote

    def entity_label(self, entity_id: int) -> str:
        entity = self.facets.by_id.get(entity_id)
        return entity["name"] if entity else f"#{entity_id}"

    def start_pick(self, kind: str, subject_id: int, label: str, prompt: str) -> None:
        self.picking = (kind, subject_id, label)
        self.set_status(line_text(f"{prompt}: pick the entity (type to search, enter; escape cancels)"))
        self.query_one(SearchBox).focus()

    def finish_pick(self, entity_id: int) -> None:
        assert self.picking is not None
        kind, subject_id, _ = self.picking
        if kind == "merge" and entity_id == subject_id:
            self.notify("That is the same entity: pick the other one.", severity="warning")
            return
        self.picking = None
        self.query_one(SearchBox).value = ""
        self.reader.focus()
        if kind == "merge":
            self.write_correction(lambda db: corrections.merge(db, subject_id, entity_id), entity_id)
        else:
            self.write_correction(lambda db: corrections.speaker(db, subject_id, entity_id), entity_id)

    def action_merge(self) -> None:
        entity_id = self.entity_in_focus()
        if entity_id is None:
            self.notify("Highlight or choose an entity first, then m merges it into another.", severity="warning")
            return
        name = self.entity_label(entity_id)
        self.start_pick("merge", entity_id, name, f"Merge {name} into")

    def action_correct(self) -> None:
        """x: the corrections of the quote (Quotes pane focused) or of the entity in focus."""
        quote = self.quote_in_focus() if self.focused is self.query_one(QuotesPane) else None
        if quote is not None:
            excerpt = line_text(quote["text"]).plain[:60]

            def chosen(choice: str | None) -> None:
                if choice == "speaker":
                    self.start_pick("speaker", quote["id"], excerpt, f"“{excerpt}” was said by")
                elif choice == "not-quote":
                    self.write_correction(lambda db: corrections.not_quote(db, quote["id"]))

            self.app.push_screen(PickScreen(f"Correct the quote “{excerpt}”", QUOTE_CHOICES), chosen)
            return
        entity_id = self.entity_in_focus()
        if entity_id is None:
            self.notify("Highlight or choose an entity (or a quote in the Quotes pane) first.", severity="warning")
            return
        self.read_entity_menu(entity_id)

    def on_entity_menu_read(self, message: EntityMenuRead) -> None:
        detail = message.detail
        entity_id, name, aliases = detail["id"], detail["name"], detail["aliases"]

        def chosen(choice: str | None) -> None:
            if choice is None:
                return
            kind, _, arg = choice.partition(":")
            if kind == "merge":
                self.start_pick("merge", entity_id, name, f"Merge {name} into")
            elif kind == "rename":
                self.app.push_screen(AskScreen(f"Rename {name}", name), renamed)
            elif kind == "role" and arg == "location":
                ask = f"{name} is a location: its coordinates as “latitude, longitude” (blank: leave them)"
                self.app.push_screen(AskScreen(ask, placeholder="35.33, 43.77"), located)
            elif kind == "role":
                self.write_correction(lambda db: corrections.set_role(db, entity_id, arg), entity_id)
            elif kind == "split":
                alias = aliases[int(arg)]
                self.write_correction(lambda db: corrections.split(db, alias))
            elif kind == "not-entity":
                alias = aliases[int(arg)]
                self.write_correction(lambda db: corrections.not_entity(db, alias))

        def renamed(new: str | None) -> None:
            if new is not None:
                self.write_correction(lambda db: corrections.rename(db, entity_id, new), entity_id)

        def located(text: str | None) -> None:
            if text is None:
                return
            try:
                where = parse_coordinates(text)
            except ValueError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            lat, lon = where or (None, None)
            self.write_correction(lambda db: corrections.set_role(db, entity_id, "location", lat, lon), entity_id)

        self.app.push_screen(PickScreen(f"Correct {name}", entity_choices(detail)), chosen)

    def action_note(self) -> None:
        paragraph = self.reader.cursor_paragraph
        if paragraph is None:
            self.notify("No article to write a note in.", severity="warning")
            return
        self.read_note_target(paragraph)

    def on_note_target_read(self, message: NoteTargetRead) -> None:
        paragraph, rows = message.paragraph, message.selections
        label = f"¶{paragraph_number(paragraph['seq'])}"
        if not rows:
            self.notify(f"Select the passage first (space on {label}), then a writes its note.", severity="warning")
            return

        def ask(selection_id: str | None) -> None:
            if selection_id is None:
                return
            row = next(r for r in rows if r["id"] == int(selection_id))

            def written(note: str | None) -> None:
                if note is not None:
                    self.write_note(paragraph, row["id"], note)

            self.app.push_screen(AskScreen(f"Note on {label}", row["note"] or "", "what this passage shows"), written)

        if len(rows) == 1:
            ask(str(rows[0]["id"]))
            return
        parts = [(f"“{line_text(paragraph['text'][r['start']:r['end']]).plain[:70]}”", str(r["id"])) for r in rows]
        self.app.push_screen(PickScreen(f"Which passage of {label}?", parts), ask)

    def on_changed(self, message: Changed) -> None:
        self.changes.append(message.change)
        if message.entity_id is not None and message.entity_id in self.facets.by_id:
            self.entity_id = message.entity_id
        elif self.entity_id is not None and self.entity_id not in self.facets.by_id:
            self.entity_id = None  # corrected away: not an entity any more, or merged
            self.query_one(MentionsPane).set_mentions(None, [])
            self.entity_mentions = []
        if self.entity_id is not None and message.said:
            self.load_entity_detail(self.entity_id)
            self.refresh_mentions()
            self.highlight_entity()
        if message.said:
            self.set_status(line_text(message.said))

    def action_undo(self) -> None:
        if not self.changes:
            self.notify(
                "Nothing to undo in this session (`newsx-tui correct undo`: older corrections).",
                severity="warning",
            )
            return
        self.write_undo(self.changes.pop())

    def on_undo_refused(self, message: UndoRefused) -> None:
        self.changes.append(message.change)

    def on_undone(self, message: Undone) -> None:
        if self.entity_id is not None and self.entity_id not in self.facets.by_id:
            self.entity_id = None
            self.query_one(MentionsPane).set_mentions(None, [])
            self.entity_mentions = []
        elif self.entity_id is not None:
            self.load_entity_detail(self.entity_id)
            self.refresh_mentions()
        self.set_status(line_text(f"Undid: {message.change.what}"))

    def correction_palette_actions(self) -> list[PaletteAction]:
        return [
            ("note: Write the note of the selected passage…", self.action_note, "a"),
            ("correct: Merge the entity into another…", self.action_merge, "m"),
            ("correct: Correct the entity, or the quote in the Quotes pane…", self.action_correct, "x"),
            ("correct: Undo the last correction or selection change", self.action_undo, "u"),
        ]

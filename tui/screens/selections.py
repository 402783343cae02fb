"""The Selections list: every selected passage across articles, in the order it exports.

Each row is the passage with its citation and note. The list is edited in
place: unselect one, move it up or down, clear all (after a question), and
export from here. Enter closes the list on that passage in the reader. Every
store read and write runs in a worker; the list shows what the store holds
after each change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import Worker, WorkerState, get_current_worker

from newsx.store import NewsxError, paragraph_number
from newsx.store.export import citation

from ..export_defaults import ExportDefaults
from ..store_access import StoreAccess
from ..text import line_text, safe_text
from ..widgets.key_footer import KeyFooter
from .confirm import ConfirmScreen
from .export import ExportScreen

# Characters of a passage shown in its row: enough to recognise it, short enough that rows stay rows.
PASSAGE_CHARS = 280


def passage_prompt(number: int, p: dict) -> Table:
    """`3  “Title”, Agency, date, ¶N` over the passage's first words and its note, hanging under the number."""
    body = line_text(citation(p), "bold")
    words = p["text"] if len(p["text"]) <= PASSAGE_CHARS else p["text"][:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
    body.append("\n")
    body.append_text(safe_text(" ".join(words.split())))
    if p.get("note"):
        body.append("\nnote: ", style="italic dim")
        body.append_text(line_text(p["note"], "italic"))
    body.append("\n")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column(ratio=1)
    grid.add_row(Text(str(number), style="bold"), body)
    return grid


class SelectionsScreen(Screen[dict | None]):
    """Dismissed with the passage to read (enter), or None (escape)."""

    @dataclass
    class ListRead(Message):
        """The selections as the store has them after a change; `keep`: the row to highlight."""

        passages: list[dict]
        keep: int | None
        note: str | None

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("x,delete", "unselect", "Unselect"),
        Binding("shift+up,K", "move(-1)", "Move up", key_display="K"),
        Binding("shift+down,J", "move(1)", "Move down", key_display="J"),
        Binding("e", "export", "Export"),
        Binding("C", "clear", "Clear all", key_display="C"),
    ]

    def __init__(self, store: StoreAccess, export_defaults: ExportDefaults) -> None:
        super().__init__()
        self.store = store
        self.export_defaults = export_defaults
        self.passages: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="selections-heading")
        yield OptionList(id="selections-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#selections-list").border_title = "Selections"
        self.query_one("#selections-list").focus()
        self.query_one("#selections-heading", Static).update(
            Text.assemble(("Selected passages", "bold"), ", in the order they export; enter reads one")
        )
        self.run_on_store(None)

    @property
    def listed(self) -> OptionList:
        return self.query_one("#selections-list", OptionList)

    @property
    def current(self) -> dict | None:
        index = self.listed.highlighted
        if index is None or not self.passages or index >= len(self.passages):
            return None
        return self.passages[index]

    # -- the store, in a worker -----------------------------------------------

    @work(thread=True, exclusive=True, group="selections", exit_on_error=False, description="selections list")
    def run_on_store(self, change, keep: int | None = None) -> None:
        """`change(store)` -> (passages now, a notice or None); None reads the list. `keep`: the row to highlight."""
        passages, note = change(self.store) if change else (self.store.selections(), None)
        if not get_current_worker().is_cancelled:
            self.post_message(self.ListRead(passages, keep, note))

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        """The store locked, gone or damaged: one line, and the list stays as it was."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, NewsxError) else f"{type(error).__name__}: {error}"
            self.notify(line_text(message).plain, severity="error", markup=False)

    def on_selections_screen_list_read(self, message: ListRead) -> None:
        passages, keep = message.passages, message.keep
        index = self.listed.highlighted or 0
        self.passages = passages
        self.listed.clear_options()
        if passages:
            self.listed.add_options(
                Option(passage_prompt(i + 1, p), id=f"sel:{p['id']}") for i, p in enumerate(passages)
            )
            try:
                self.listed.highlighted = self.listed.get_option_index(f"sel:{keep}") if keep else min(index, len(passages) - 1)
            except OptionDoesNotExist:
                self.listed.highlighted = min(index, len(passages) - 1)
        else:
            self.listed.add_option(Option(Text("Nothing selected: space in the reader selects a paragraph.", "dim"), disabled=True))
        articles = len({p["article_id"] for p in passages})
        self.listed.border_subtitle = f"{len(passages)} passage(s) · {articles} article(s)"
        if message.note:
            self.notify(message.note)

    # -- keys --------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#selections-list")
    def read_passage(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.current is not None:
            self.dismiss(self.current)

    def action_unselect(self) -> None:
        p = self.current
        if p is None:
            return
        self.run_on_store(lambda store: (store.unselect(p["id"]), f"Unselected \u00b6{paragraph_number(p['seq'])}."))

    def action_move(self, step: int) -> None:
        p = self.current
        if p is None:
            return
        edge = "first" if step < 0 else "last"

        def move(store: StoreAccess) -> tuple[list[dict], str | None]:
            moved, passages = store.move_selection(p["id"], step)
            return passages, None if moved else f"Already {edge}."

        self.run_on_store(move, keep=p["id"])

    def action_clear(self) -> None:
        if not self.passages:
            return
        count = len(self.passages)

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_on_store(lambda store: ([], f"Unselected all {store.clear_selections()} passage(s)."))

        self.app.push_screen(ConfirmScreen(f"Unselect all {count} passage(s)? This cannot be undone.", "Clear all"), answered)

    def action_export(self) -> None:
        if not self.passages:
            self.notify("Nothing selected to export.", severity="warning")
            return
        passages = list(self.passages)

        def exported(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Exported {len(passages)} passage(s) to {path}", markup=False)

        self.app.push_screen(ExportScreen(passages, self.export_defaults, "Selected passages"), exported)

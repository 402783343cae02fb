"""What to export: the selection, or what the reader is looking at (an entity's passages, a
speaker's quotes, the article, the paragraphs a search found).

The main screen offers only what exists at the moment; this dialog asks
which, and is dismissed with the chosen key. Reading the passages and the
format-and-path dialog come after.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ..text import line_text


@dataclass(frozen=True)
class ExportChoice:
    """One thing to export: `key` says what the main screen reads, `label` what the user sees."""

    key: str
    label: str


class ExportChoiceScreen(ModalScreen[ExportChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, choices: list[ExportChoice]) -> None:
        super().__init__()
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="export-choice-dialog"):
            yield Label("Export what? (enter chooses, esc cancels)", id="export-choice-heading")
            yield OptionList(*(Option(line_text(c.label), id=c.key) for c in self.choices), id="export-choices")

    def on_mount(self) -> None:
        self.query_one("#export-choice-dialog").border_title = "Export"
        self.query_one("#export-choices", OptionList).focus()

    @on(OptionList.OptionSelected, "#export-choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)

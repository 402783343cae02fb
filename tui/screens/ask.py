"""Two small questions a correction or a note asks: a line of text, or one choice of a few.

They only ask; the store work is the main screen's, in a worker.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ..text import line_text
from ..widgets.text_box import TextBox


class AskScreen(ModalScreen[str | None]):
    """One line of text: dismissed with it on enter (maybe empty), or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="ask-dialog"):
            # titles quote entity names and article text: never markup
            yield Label(line_text(self.title_text), classes="ask-title")
            yield TextBox(self.value, placeholder=self.placeholder, id="ask-input")
            yield Label("enter: done · escape: cancel", classes="ask-hint")

    def on_mount(self) -> None:
        self.query_one("#ask-input", Input).focus()

    @on(Input.Submitted, "#ask-input")
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickScreen(ModalScreen[str | None]):
    """One of a few choices, given as (label, value): dismissed with the value, or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="ask-dialog"):
            yield Label(line_text(self.title_text), classes="ask-title")
            yield OptionList(*(Option(line_text(label), id=value) for label, value in self.choices), id="pick-list")
            yield Label("enter: choose · escape: cancel", classes="ask-hint")

    def on_mount(self) -> None:
        choices = self.query_one("#pick-list", OptionList)
        choices.highlighted = 0
        choices.focus()

    @on(OptionList.OptionSelected, "#pick-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

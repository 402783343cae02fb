"""The export dialog: format and path, a preview, and no overwriting unless ticked.

The formats and the atomic write live in store/export.py; this screen only asks.
Enter exports from anywhere in it (on the format row it picks the format, on a
button it presses it): Overwrite is ticked only on purpose, with space. Typing
goes to the path wherever the focus is, so a Tab too many loses no keystroke.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Static
from textual.widgets.input import Selection

from newsx.store import export
from newsx.store import ExportError

from ..export_defaults import ExportDefaults
from ..text import line_text
from ..widgets.text_box import TextBox

PREVIEW_LINES = 60
SHORT_TERMINAL = 32  # rows: below this the dialog's fields drop their borders so the preview keeps some room


def unused_path(directory: Path, stem: str, suffix: str) -> Path:
    """stem.md, else stem-2.md, stem-3.md…: a default that never meets the overwrite question."""
    candidate = directory / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


class PathInput(TextBox):
    """The path to write. Taking the focus selects the file's name without its extension, so typing
    a name renames the file in the folder shown; typing / or ~ there starts a whole new path."""

    def name_selection(self) -> Selection:
        name = Path(self.value).name
        start = len(self.value) - len(name) if self.value.endswith(name) else len(self.value)
        return Selection(start, start + len(Path(name).stem))

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        self.selection = self.name_selection()

    async def _on_key(self, event: events.Key) -> None:
        if event.character in ("/", "~") and self.selection == self.name_selection():
            self.selection = Selection(0, len(self.value))
        await super()._on_key(event)


class ExportScreen(ModalScreen[Path | None]):
    """Dismissed with the written path, or None when cancelled."""

    AUTO_FOCUS = "#export-path"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        # before the focused widget's own enter, which on the checkbox would tick Overwrite
        Binding("enter", "submit", "Export", priority=True),
    ]

    def __init__(self, passages: list[dict], defaults: ExportDefaults, heading: str, stem: str = "newsx-selection") -> None:
        """`heading` heads the export and says what is exported; `stem` names the file offered."""
        super().__init__()
        self.passages = passages
        self.defaults = defaults
        self.heading = heading
        self.stem = stem
        self.fmt = defaults.fmt

    def compose(self) -> ComposeResult:
        compact = self.app.size.height < SHORT_TERMINAL
        with Vertical(id="export-dialog"):
            yield Label(line_text(f"Export {len(self.passages)} passage(s): {self.heading} · enter exports, esc cancels"), id="export-heading")
            with RadioSet(id="export-format", compact=compact):
                for fmt, label in export.FORMAT_LABELS.items():
                    yield RadioButton(label, value=fmt == self.fmt, name=fmt, compact=compact)
            path = str(unused_path(self.defaults.folder, self.stem, f".{self.fmt}"))
            yield PathInput(path, id="export-path", select_on_focus=False, compact=compact)
            yield Checkbox("Overwrite if the file exists", id="export-overwrite", compact=compact)
            yield Static("", id="export-error")
            with VerticalScroll(id="export-preview"):
                yield Static(id="export-preview-text")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok", compact=compact)
                yield Button("Cancel", id="export-cancel", compact=compact)

    def on_mount(self) -> None:
        self.query_one("#export-dialog").border_title = "Export"
        self.query_one("#export-preview").border_title = "Preview"
        self.update_preview()

    def update_preview(self) -> None:
        # A Word document has no text form: its preview is the same passages as Markdown.
        shown = "md" if self.fmt in export.BINARY_FORMATS else self.fmt
        lines = export.render_text(self.passages, shown, heading=self.heading).splitlines()
        more = f"\n… {len(lines) - PREVIEW_LINES} more lines" if len(lines) > PREVIEW_LINES else ""
        # rendered export text quotes the article: shown as plain text, never markup
        self.query_one("#export-preview-text", Static).update(Text("\n".join(lines[:PREVIEW_LINES]) + more))

    @on(RadioSet.Changed, "#export-format")
    def format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = event.pressed.name or "md"
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix.lstrip(".") in export.FORMAT_LABELS:
            path_input.value = str(path.with_suffix(f".{self.fmt}"))
        self.update_preview()

    @on(Input.Changed, "#export-path")
    @on(Checkbox.Changed, "#export-overwrite")
    def clear_error(self) -> None:
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(line_text(message))

    def on_key(self, event: events.Key) -> None:
        """A printable key typed outside the path field goes to it (space still ticks and presses)."""
        # the path field keeps its own keys: one that bubbled up to here was typed elsewhere
        if not event.is_printable or event.character in (None, " "):
            return
        event.stop()
        event.prevent_default()
        path = self.query_one("#export-path", Input)
        # at once, so the keys behind this one go straight to the field; this one follows its focus
        self.set_focus(path)
        path.post_message(events.Key(event.key, event.character))

    def action_submit(self) -> None:
        if isinstance(self.focused, (RadioSet, Button)):
            raise SkipAction()  # enter picks the format, or presses the button
        # "/tmp/x⏎" typed in one burst exports to /tmp/x: export once the letters before enter are in
        self.after_keys_in_flight(self.do_export)

    def after_keys_in_flight(self, callback) -> None:
        """Run `callback` after the keys already handed to the focused widget are handled.

        A key waits in the focused widget's queue, bubbles up by waiting in each parent's
        in turn, and (on_key) is sent on to wait at the path field: queue the callback behind
        it at each of those stops.
        """
        stops = []
        node = self.focused
        while node is not None and node is not self:
            stops.append(node)
            node = node.parent
        stops += [self, self.query_one("#export-path", Input)]

        def step(index: int) -> None:
            if index == len(stops):
                callback()
            else:
                stops[index].call_later(step, index + 1)

        step(0)

    @on(Button.Pressed, "#export-ok")
    def do_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.show_error("Give a file path.")
            return
        path = Path(raw).expanduser()
        if not path.suffix:  # a name typed without its extension
            path = path.with_suffix(f".{self.fmt}")
        overwrite = self.query_one("#export-overwrite", Checkbox).value
        if path.exists() and not overwrite:
            self.show_error(f"{path} already exists. Tick “Overwrite” (tab, space) to replace it, or change the name.")
            return
        try:
            content = export.render(self.passages, self.fmt, heading=self.heading)
            written = export.write(content, path, force=overwrite)
        except ExportError as exc:
            self.show_error(str(exc))
            return
        reason = self.defaults.remember(written, self.fmt)
        if reason:
            self.app.notify(reason, severity="warning", markup=False)
        self.dismiss(written)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

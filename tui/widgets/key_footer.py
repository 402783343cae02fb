"""The footer's keys as one line of text.

Textual's Footer mounts a widget per key and mounts them all again at every change of the bindings,
which every change of focus is: on the 100,000-article store that was 353 ms of Enter's 618 (the list
shows `o Sort`, the reader does not). This footer looks the same, keeps the keys it shows as plain
data, and only draws its one line again when they change."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class FooterItem:
    key: str  # what a click presses
    display: str  # what the footer writes
    description: str
    enabled: bool


class KeyFooter(Widget, can_focus=False):
    """The keys the focused widget and its screen offer; a click on one presses it."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    compact = reactive(False)
    show_command_palette = reactive(True)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: tuple[FooterItem, ...] = ()
        self._palette: FooterItem | None = None
        self._hits: list[tuple[int, int, FooterItem]] = []  # the cells each key was drawn in

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _item(self, binding, enabled: bool) -> FooterItem:
        return FooterItem(binding.key, self.app.get_key_display(binding), binding.description, enabled)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        active = screen.active_bindings
        by_action: dict[str, FooterItem] = {}
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show:
                by_action.setdefault(binding.action, self._item(binding, enabled))  # one key per action, as Footer shows
        palette = None
        if self.app.ENABLE_COMMAND_PALETTE and self.app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            palette = self._item(binding, enabled)
        items = tuple(by_action.values())
        if (items, palette) != (self._items, self._palette):
            self._items, self._palette = items, palette
            self.refresh()

    def _cell(self, item: FooterItem, key_style, description_style, compact: bool) -> Text:
        pad = "" if compact else " "
        text = Text.assemble((f"{pad}{item.display}{pad}", key_style))
        if item.description:
            text.append(f" {item.description}" if compact else f"{item.description} ", description_style)
        if not item.enabled:
            text.stylize("dim")
        return text

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        self._hits = []
        for item in self._items:
            cell = self._cell(item, key_style, description_style, self.compact)
            gap = 1 if self.compact and line else 0
            if self.compact and line.cell_len + gap + cell.cell_len > width:
                break  # a key cut in two ("S Sele") says nothing; the keys after it are in the help (?)
            line.append(" " * gap)
            start = line.cell_len
            line.append_text(cell)
            self._hits.append((start, line.cell_len, item))
        if self.show_command_palette and self._palette is not None:
            # as Footer draws it: the right end, written compactly, over keys that run that far
            palette = Text.assemble(("▏", "dim")).append_text(self._cell(self._palette, key_style, description_style, True))
            palette.append(" ")
            start = max(0, width - palette.cell_len)
            line.truncate(start, pad=True)
            self._hits = [(s, min(e, start), item) for s, e, item in self._hits if s < start]
            line.append_text(palette)
            self._hits.append((start, width, self._palette))
        line.truncate(width)
        return line

    def on_mouse_down(self, event: events.MouseDown) -> None:
        for start, end, item in self._hits:
            if start <= event.x < end:
                if item.enabled:
                    self.app.simulate_key(item.key)
                else:
                    self.app.bell()
                return

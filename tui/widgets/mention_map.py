"""A strip beside the reader showing the whole article at once (like Toolong's mini map):
where the current entity is mentioned, which paragraphs are selected, and which part is on screen.

Each row stands for an equal share of the reader's height, so when the
article fits on screen the marks sit level with their paragraphs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rich.segment import Segment
from textual import events
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from ..text import foreground
from .reader import Reader


class MentionMap(Widget):
    COMPONENT_CLASSES = {"mention-map--mention", "mention-map--selected", "mention-map--viewport"}

    mentioned: reactive[frozenset[int]] = reactive(frozenset())
    selected: reactive[frozenset[int]] = reactive(frozenset())

    def __init__(self, reader: Reader, **kwargs) -> None:
        super().__init__(**kwargs)
        self.reader = reader
        self._tops: list[int] = []
        self._ids: list[int] = []
        self._styles: tuple = ()  # set by render_lines, for its rows

    def on_mount(self) -> None:
        # the reader's scroll position and layout decide what each row shows
        self.watch(self.reader, "scroll_y", lambda _: self.refresh(), init=False)
        self.watch(self.reader, "virtual_size", lambda _: self.refresh(), init=False)

    def _layout(self) -> None:
        views = self.reader.paragraph_views
        self._tops = [pv.virtual_region.y for pv in views]
        self._ids = [pv.paragraph["id"] for pv in views]

    def render_lines(self, crop):
        self._layout()
        # the styles are the same for every row: looked up per row, they were most of what a row cost, and the
        # map draws all its rows again at every scroll of the reader and every article opened
        self._styles = self._row_styles()
        return super().render_lines(crop)

    def _row_styles(self) -> tuple:
        """The map's style, its on-screen band's, and the foregrounds of its two marks."""
        base = self.rich_style
        return (
            base,
            base + self.get_component_rich_style("mention-map--viewport"),
            foreground(self.get_component_rich_style("mention-map--mention")),
            foreground(self.get_component_rich_style("mention-map--selected")),
        )

    def _row_span(self, y: int) -> tuple[float, float]:
        total = max(1, self.reader.virtual_size.height)
        height = max(1, self.size.height)
        return y * total / height, (y + 1) * total / height

    def render_line(self, y: int) -> Strip:
        base, viewport, mention_style, selected_style = self._styles or self._row_styles()
        width = self.size.width
        if not self._ids:
            return Strip.blank(width, base)
        top, bottom = self._row_span(y)
        lo = max(0, bisect_right(self._tops, top) - 1)
        hi = max(lo + 1, bisect_left(self._tops, bottom))
        rows = self._ids[lo:hi]
        mention = any(p in self.mentioned for p in rows)
        selected = any(p in self.selected for p in rows)
        view_top = self.reader.scroll_y
        on_screen = view_top <= top < view_top + self.reader.scrollable_content_region.height or (
            top <= view_top < bottom
        )
        style = viewport if on_screen else base
        cells = [Segment("█" if mention else " ", style + mention_style), Segment("●" if selected else " ", style + selected_style)]
        return Strip(cells, 2).adjust_cell_length(width, style)

    def on_click(self, event: events.Click) -> None:
        """Scroll the reader to the part of the article under the pointer."""
        top, _ = self._row_span(event.y)
        self.reader.scroll_to(y=top - self.reader.scrollable_content_region.height / 2, animate=False)

"""A strip beside the reader showing the whole article at once (like Toolong's mini map):
where the current entity is mentioned, which paragraphs are selected, and which part is on screen.

Each row stands for an equal share of the reader's height, so when the
article fits on screen the marks sit level with their paragraphs.
"""

from __future__ import annotations

from bisect import bisect_left

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
        # where in the article (indexes of reader.readable) the mentioned and the selected paragraphs are, in order
        self._mentioned_at: list[int] = []
        self._selected_at: list[int] = []
        self._styles: tuple = ()  # set by render_lines, for its rows

    def on_mount(self) -> None:
        # the reader's scroll position and layout decide what each row shows
        self.watch(self.reader, "scroll_y", lambda _: self.refresh(), init=False)
        self.watch(self.reader, "virtual_size", lambda _: self.refresh(), init=False)

    def _places(self, paragraph_ids: frozenset[int]) -> list[int]:
        return sorted(i for i in map(self.reader.index_of, paragraph_ids) if i is not None)

    def render_lines(self, crop):
        # a row stands for the paragraphs of a share of the reader's lines, however long the article: each row
        # finds its first and last paragraph in the reader's heights and looks for a mark between them
        self._mentioned_at, self._selected_at = self._places(self.mentioned), self._places(self.selected)
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
        # an article shorter than the screen fills it as a container's children would: a row is a line
        total = max(1, self.reader.virtual_size.height, self.reader.scrollable_content_region.height)
        height = max(1, self.size.height)
        return y * total / height, (y + 1) * total / height

    def render_line(self, y: int) -> Strip:
        base, viewport, mention_style, selected_style = self._styles or self._row_styles()
        width = self.size.width
        if not self.reader.readable:
            return Strip.blank(width, base)
        top, bottom = self._row_span(y)
        lo, hi = self.reader.paragraphs_between(top, bottom)
        mention = _any_in(self._mentioned_at, lo, hi)
        selected = _any_in(self._selected_at, lo, hi)
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


def _any_in(places: list[int], lo: int, hi: int) -> bool:
    """Whether any of the ordered `places` is in [lo, hi)."""
    at = bisect_left(places, lo)
    return at < len(places) and places[at] < hi

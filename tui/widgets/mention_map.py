"""A strip beside the reader showing the whole article at once (like Toolong's mini map):
where the current entity is mentioned, which paragraphs are selected, and where the cursor is."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget


class MentionMap(Widget):
    COMPONENT_CLASSES = {"mention-map--mention", "mention-map--selected", "mention-map--cursor"}

    paragraph_ids: reactive[tuple[int, ...]] = reactive((), layout=False)
    mentioned: reactive[frozenset[int]] = reactive(frozenset())
    selected: reactive[frozenset[int]] = reactive(frozenset())
    cursor: reactive[int] = reactive(0)

    def render_line(self, y: int) -> Strip:
        height = self.size.height
        count = len(self.paragraph_ids)
        if not count or height <= 0:
            return Strip.blank(self.size.width)
        lo = y * count // height
        hi = max(lo + 1, (y + 1) * count // height)
        rows = self.paragraph_ids[lo:hi]
        base = self.rich_style
        mention = any(p in self.mentioned for p in rows)
        selected = any(p in self.selected for p in rows)
        here = lo <= self.cursor < hi
        cells = [
            Segment("█" if mention else "│" if here else " ", self._style("mention", base) if mention else base),
            Segment("●" if selected else " ", self._style("selected", base)),
        ]
        if here:
            cells = [Segment(s.text, (s.style or base) + self._style("cursor", base)) for s in cells]
        return Strip(cells, 2).adjust_cell_length(self.size.width, base)

    def _style(self, name: str, base: Style) -> Style:
        return base + self.get_component_rich_style(f"mention-map--{name}")

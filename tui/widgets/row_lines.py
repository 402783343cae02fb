"""A list row's lines as plain strings and styled spans, cut and drawn to segments without a Rich Text.

A keystroke's frame draws every facet row anew (each highlights the query's
letters), and building each row as a Rich Text, then splitting, truncating and
rendering it, was a fifth of the corpus keystroke's handler. A RowLine holds
what such a Text of one line holds (its characters and its spans, in the order
Rich applies them), and each step here does what Rich's does to it
(Text.stylize, append, truncate with an ellipsis, pad_right, render), so that
the cells and styles drawn are Rich's, cell for cell.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

NULL = Style.null()


class RowLine:
    """One line's characters and its (start, end, style) spans, in the order they were added."""

    __slots__ = ("plain", "spans")

    def __init__(self, plain: str = "", spans: list[tuple[int, int, Style]] | None = None) -> None:
        self.plain = strip_control_codes(plain)
        self.spans = spans if spans is not None else []

    def stylize(self, style: Style, start: int, end: int) -> None:
        """Text.stylize for offsets within the line: a null style or an empty stretch adds no span."""
        length = len(self.plain)
        if style and start < length and end > start:
            self.spans.append((start, min(length, end), style))

    def append(self, text: str, style: Style) -> None:
        """Text.append of a string."""
        text = strip_control_codes(text)
        if text:
            if style:
                self.spans.append((len(self.plain), len(self.plain) + len(text), style))
            self.plain += text

    def append_line(self, line: RowLine, style: Style = NULL) -> None:
        """Text.append_text of a Text whose own style is `style`."""
        offset = len(self.plain)
        if style:
            self.spans.append((offset, offset + len(line.plain), style))
        self.spans.extend((start + offset, end + offset, span_style) for start, end, span_style in line.spans)
        self.plain += line.plain

    def cut(self, width: int) -> RowLine:
        """This line if it fits in `width` cells, else a copy cut as Text.truncate(width, overflow="ellipsis") cuts:
        Rich's cut, and its ellipsis where it puts it."""
        if cell_len(self.plain) <= width:
            return self
        line = RowLine.__new__(RowLine)
        line.plain = set_cell_size(self.plain, width - 1) + "…"
        end = len(line.plain)  # spans past the new end cut there (Text._trim_spans)
        line.spans = [(s, min(e, end), style) for s, e, style in self.spans if s < end]
        return line

    def fit(self, width: int) -> RowLine:
        """Exactly `width` cells: cut with an ellipsis, or padded with unstyled spaces."""
        cells = cell_len(self.plain)
        if cells > width:
            cut = self.cut(width)
            self.plain, self.spans = cut.plain, cut.spans
        elif cells < width:
            self.plain += " " * (width - cells)
        return self

    def segments(self, style: Style) -> list[Segment]:
        """Text.render, then Segment.apply_style(style): a segment between each two span edges, in the style of
        the spans over it (combined in their order) over `style`."""
        plain, spans = self.plain, self.spans
        if not spans:
            return [Segment(plain, style)]
        disjoint = self._disjoint_segments(style)
        if disjoint is not None:
            return disjoint
        edges = sorted({0, len(plain), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        styles: dict[tuple[int, ...], Style] = {}
        segments = []
        for start, end in zip(edges, edges[1:]):
            over = tuple(i for i, (s, e, _) in enumerate(spans) if s <= start and e >= end)
            drawn = styles.get(over)
            if drawn is None:
                drawn = styles[over] = style + Style.combine([NULL, *(spans[i][2] for i in over)])
            segments.append(Segment(plain[start:end], drawn))
        return segments

    def _disjoint_segments(self, style: Style) -> list[Segment] | None:
        """segments() for spans in order that do not overlap (a row's usual spans: matched letters, count, shape),
        walked once; None for others."""
        plain, segments, drawn = self.plain, [], {}
        at = 0
        for start, end, span_style in self.spans:
            if start < at:
                return None
            if start > at:
                segments.append(Segment(plain[at:start], style))
            over = drawn.get(span_style)
            if over is None:
                over = drawn[span_style] = style + span_style
            segments.append(Segment(plain[start:end], over))
            at = end
        if at < len(plain):
            segments.append(Segment(plain[at:], style))
        return segments


def joined(lines: list[RowLine]) -> Text:
    """The lines as one Rich Text (an option's prompt, which a row drawn from its segments is not built as)."""
    text = Text()
    for index, line in enumerate(lines):
        if index:
            text.append("\n")
        offset = len(text)
        text.append(line.plain)
        text.spans.extend(Span(s + offset, e + offset, style) for s, e, style in line.spans)
    return text

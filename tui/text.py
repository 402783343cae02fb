"""Article text made safe for the terminal, with spans (mentions, fuzzy matches) styled by offset.

Everything the TUI shows from the store goes through here or through
store.sanitize: a rich.text.Text is never parsed as markup, and control
characters are removed. Removing them would shift the store's character
offsets, so spans are mapped through the removal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel
from rich.style import Style
from rich.text import Text

from newsx.store.names import fold
from newsx.store.sanitize import one_line, strip_controls

Span = tuple[int, int]


def _offset_map(raw: str, clean: str) -> list[int] | None:
    """For each index of `raw`, its index in `clean` (None when nothing was removed)."""
    if raw == clean:
        return None
    mapping = [0] * (len(raw) + 1)
    for op in Indel.opcodes(raw, clean):
        for i in range(op.src_start, op.src_end + 1):
            mapping[i] = op.dest_start + (i - op.src_start if op.tag == "equal" else 0)
    return mapping


def safe_text(raw: str, marks: Iterable[tuple[int, int, Style | str]] = (), style: Style | str = "") -> Text:
    """`raw` as plain Text without control characters, each (start, end, style) mark applied."""
    clean = strip_controls(raw)
    mapping = _offset_map(raw, clean)
    text = Text(clean, style=style)
    for start, end, mark_style in marks:
        start, end = max(0, start), min(len(raw), end)
        if mapping is not None:
            start, end = mapping[start], mapping[end]
        if start < end:
            text.stylize(mark_style, start, end)
    return text


def line_text(raw: str | None, style: Style | str = "") -> Text:
    """One line of untrusted text (a name, a title) as plain Text."""
    return Text(one_line(raw or ""), style=style)


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` folded as the search folds names (anyascii, case), a character at a time so that each
    folded character knows the index of the one it came from ("Łódź" -> "lodz", "ß" -> "ss")."""
    if text.isascii():
        return fold(text), list(range(len(text)))
    folded, origin = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        folded.append(f)
        origin += [i] * len(f)
    return "".join(folded), origin


def matched_spans(query: str, candidate: str) -> list[Span]:
    """Which characters of `candidate` a fuzzy `query` matched, for highlighting; both folded as the
    search folds them, so "lodz" marks "Łódź"."""
    q, (c, origin) = fold(query.strip()), _folded(candidate)
    if not q or not c:
        return []
    lo, hi = 0, len(c)
    if len(q) < len(c):
        alignment = fuzz.partial_ratio_alignment(q, c)
        if alignment is None:
            return []
        # the alignment is as long as the query; a typo that dropped letters needs a little more room
        lo, hi = alignment.dest_start, min(len(c), alignment.dest_end + len(q) // 4 + 1)
    return [
        (origin[lo + op.dest_start], origin[lo + op.dest_end - 1] + 1)
        for op in Indel.opcodes(q, c[lo:hi])
        if op.tag == "equal" and c[lo + op.dest_start : lo + op.dest_end].strip()
    ]


class Line(Protocol):
    """One line of characters that takes styles by offset: a Rich Text, or a RowLine (widgets/row_lines), which a
    list row is drawn from without one."""

    @property
    def plain(self) -> str: ...

    def stylize(self, style: Style, start: int, end: int) -> None: ...


L = TypeVar("L", bound=Line)


def highlight(line: L, query: str, style: Style) -> L:
    """`line` with the characters a fuzzy `query` matched in `style`; a null style is not looked for (a row that
    is not a hit)."""
    if style:
        for start, end in matched_spans(query, line.plain):
            line.stylize(style, start, end)
    return line


def highlighted(candidate: str, query: str, style: Style, base: Style | str = "") -> Text:
    """One line of untrusted text with the characters `query` matched in `style`."""
    return highlight(line_text(candidate, base), query, style)


def snippet(raw: str, start: int, end: int, style: Style | str, width: int = 70) -> Text:
    """A one-line window of `raw` around [start, end) with that span styled."""
    lo = max(0, start - (width - (end - start)) // 2)
    hi = min(len(raw), lo + width)
    lo = max(0, min(lo, hi - width))
    if lo > 0:  # start on a word, not in one
        space = raw.find(" ", lo, start)
        lo = space + 1 if space >= 0 and space - lo < 15 else lo
    if hi < len(raw):  # and end after one ("in British custody…", not "in B…")
        space = raw.rfind(" ", end, hi + 1)
        hi = space if space >= 0 and hi - space < 15 else hi
    window = raw[lo:hi]
    text = safe_text(" ".join(window.split("\n")), [(start - lo, end - lo, style)])
    if lo > 0:
        text = Text("…") + text
    if hi < len(raw):
        text.append("…")
    return text


def foreground(style: Style) -> Style:
    """A component style's colour and emphasis without its background.

    Textual resolves a component's colour against its background (which is
    how `$text-muted` and other translucent colours work), but that
    background, painted under a span, would show as a block on light themes.
    """
    return Style(
        color=style.color, bold=style.bold, dim=style.dim, italic=style.italic,
        underline=style.underline, reverse=style.reverse, strike=style.strike,
    )



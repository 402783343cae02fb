"""The reader: one article, paragraph numbers in the gutter, a cursor paragraph, highlighted mentions,
and a sentence range inside the cursor paragraph for selecting part of it.

It draws through Textual's line API, as Toolong's log view does: `render_line`
draws a line of the screen, and a paragraph is wrapped only when one of its
lines is on screen, its lines kept for the width they were wrapped at. So
opening an article, End, Home and a jump to paragraph N cost a screen of
paragraphs, whether the article has ten or a hundred thousand. The lines of the
paragraphs not drawn yet are estimated (widgets/heights.py); drawing one never
moves what is on screen, only what is below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from newsx.store import paragraph_number
from newsx.store.sentences import sentence_spans

from ..loader import ArticleView
from ..text import Span, foreground, line_text, safe_text
from .chrome_scrollbar import ChromeScrollbars
from .heights import Heights

KIND_STYLE = {
    "title": "bold",
    "dek": "italic",
    "caption": "italic",
    "media": "italic",  # a caption printed among the paragraphs under the page's label
    "post": "italic",  # an embedded social post: words quoted whole, set apart as a caption is
    "subhead": "bold",
    "credit": "dim",
    "note": "dim italic",
}
HIDDEN_KINDS = {"boilerplate"}
EMPTY = "The store is empty. Ingest articles with `newsx-tui ingest PATH`."
READING = "Reading the store…"  # until the store's first read is shown: a large one takes a second or more
CAPTION_MARGIN = 4  # columns a caption leaves blank on its right, which sets it apart from the body
KEPT = 512  # paragraphs whose drawn lines are kept: a few screens, and the places a reader jumps between
SAMPLE = 64  # paragraphs from the start whose lengths estimate how many lines the others take


@dataclass(frozen=True)
class Look:
    """The styles a paragraph is drawn in, from the reader's component classes (they change with the theme)."""

    base: Style
    cursor: Style  # the background of the cursor paragraph,
    selected: Style  # of a paragraph selected whole,
    cursor_selected: Style  # and of both
    gutter: Style
    chosen: Style  # the gutter of a selected paragraph
    marks: tuple[tuple[str, Style], ...]

    def background(self, cursor: bool, selected: bool) -> Style:
        if cursor:
            return self.cursor_selected if selected else self.cursor
        return self.selected if selected else self.base


class Reader(ScrollView, ChromeScrollbars):
    """The article being read; ↑/↓ (j/k), page keys, home/end move the cursor paragraph.

    `cursor` counts the article's readable paragraphs (`readable`). Each paragraph is a block of lines: the
    dateline above the first paragraph after the headline, its text beside its number, its notes, a blank line."""

    COMPONENT_CLASSES = {
        "reader--span", "reader--pending", "reader--quote", "reader--found", "reader--mention", "reader--current",
        "reader--gutter", "reader--selected",
        "reader--cursor-paragraph", "reader--selected-paragraph", "reader--cursor-selected-paragraph",
    }
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First", show=False),
        Binding("end", "edge(-1)", "Last", show=False),
        Binding("right", "sentence(1)", "Next sentence", show=False),
        Binding("left", "sentence(-1)", "Previous sentence", show=False),
        Binding("shift+right", "extend(1)", "More sentences", show=False),
        Binding("shift+left", "extend(-1)", "Fewer sentences", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False)
    # sentences [first, last) of the cursor paragraph picked for selecting part of it; None: the whole
    span: reactive[tuple[int, int] | None] = reactive(None, init=False)
    view: ArticleView | None = None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.readable: list[dict] = []  # every paragraph shown, in reading order
        self._index: dict[int, int] = {}  # paragraph id -> its index in `readable`
        self._marks: dict[int, list[tuple[int, int, str]]] = {}  # paragraph id -> what highlight() marked
        self._gutter_width = 1
        self._heading = -1  # the first paragraph after the headline and dek: the dateline goes above it
        self._width = 0  # the width the paragraphs are wrapped at
        self._settled_size = (0, 0)  # the width and height of the screen the last time it was settled
        self._heights = Heights(0, 1)
        self._drawn: LRUCache[int, list[Strip]] = LRUCache(KEPT)  # paragraph index -> its lines
        self._dateline_lines: list[Text] = []
        self._message: list[Strip] = []  # the lines saying the store is empty (or being read)
        self.read = False  # an article, or none, shown from the store: until then the store is being read, not empty
        self._look: Look | None = None
        self._drawn_look: Look | None = None  # the look of the lines in _drawn and _message
        self._settling = False
        self._centre = False  # the next move of the cursor centres its paragraph

    # -- content ---------------------------------------------------------

    def show_article(self, view: ArticleView | None) -> None:
        self.view, self.read = view, True
        self.readable = [p for p in view.paragraphs if p["kind"] not in HIDDEN_KINDS] if view else []
        self._index = {p["id"]: i for i, p in enumerate(self.readable)}
        self._marks = {}
        self._heading = next((i for i, p in enumerate(self.readable) if p["kind"] not in ("title", "dek")), -1)
        # paragraphs are in reading order: the last has the widest number
        self._gutter_width = len(str(paragraph_number(self.readable[-1]["seq"]))) if self.readable else 1
        self.set_reactive(Reader.cursor, 0)
        self.set_reactive(Reader.span, None)
        self._layout(self.scrollable_content_region.width or self._width)
        self.scroll_to(y=0, animate=False, force=True)
        self._settle()

    def _layout(self, width: int) -> None:
        """Wrap at `width` from now on: every paragraph estimated again, none drawn."""
        self._width = width
        self._drawn.clear()
        self._message = []
        body = self._body_width(False)
        sample = self.readable[:SAMPLE]
        lines = sum(ceil(max(1, len(p["text"])) / body) for p in sample) / len(sample) if sample else 0
        self._heights = Heights(len(self.readable), round(lines) + 1)  # and the blank line after each
        article = self.view.article if self.view else {}
        parts = [article.get("place"), article.get("agency"), article.get("published")]
        dateline = " · ".join(p for p in (line_text(x).plain for x in parts if x) if p)
        dateline_text = Text(dateline or "(no dateline)", style="dim")
        self._dateline_lines = list(dateline_text.wrap(self.app.console, body, justify="left"))
        self._sync()

    def _body_width(self, caption: bool) -> int:
        """The columns a paragraph's text wraps in: the width less the gutter, the space after it and a
        caption's margin."""
        return max(1, self._width - self._gutter_width - 2 - (CAPTION_MARGIN if caption else 0))

    def _lead(self, index: int) -> int:
        """Lines of its block above paragraph `index`'s text: the dateline and a blank line, above the heading."""
        return len(self._dateline_lines) + 1 if index == self._heading else 0

    def highlight(
        self, mentions: list[dict], current_id: int | None, quote: dict | None = None, found: dict | None = None
    ) -> None:
        """Mark every mention of the current entity; the current one stands out. Mark the quoted words
        of `quote` under them, and the words a full-text search `found` (a hit with its `spans`)."""
        marks: dict[int, list[tuple[int, int, str]]] = {}
        if quote is not None and quote.get("start") is not None and quote.get("end") is not None:
            marks[quote["paragraph_id"]] = [(quote["start"], quote["end"], "quote")]
        if found is not None:
            marks.setdefault(found["paragraph_id"], []).extend((s, e, "found") for s, e in found.get("spans", []))
        for m in mentions:
            kind = "current" if m["id"] == current_id else "mention"
            marks.setdefault(m["paragraph_id"], []).append((m["start"], m["end"], kind))
        changed = {p for p in marks.keys() | self._marks.keys() if marks.get(p) != self._marks.get(p)}
        self._marks = marks
        for paragraph_id in changed:
            self._redraw(self._index.get(paragraph_id))

    def set_selected(self, paragraph_id: int, spans: list[Span], notes: list[str] | None = None) -> None:
        if self.view is None:
            return
        self.view.spans[paragraph_id] = spans
        if notes is not None:
            self.view.notes[paragraph_id] = notes
        index = self._index.get(paragraph_id)
        self._redraw(index)
        if notes is not None and index is not None and self._heights.measured(index):
            self._lines(index)  # its notes change its height: measured again at once, what is below moves
            self._sync()

    def _redraw(self, index: int | None) -> None:
        """Paragraph `index` looks different: its lines are drawn again when next shown."""
        if index is not None:
            self._drawn.discard(index)
            self.refresh()

    # -- part of a paragraph: a range of its sentences ---------------------

    def sentences(self) -> list[Span]:
        paragraph = self.cursor_paragraph
        return sentence_spans(paragraph["text"]) if paragraph else []

    @property
    def pending_span(self) -> Span | None:
        """The picked sentences as character offsets into the cursor paragraph's text."""
        sentences = self.sentences()
        if self.span is None or not sentences:
            return None
        first, last = self.span
        return sentences[first][0], sentences[last - 1][1]

    def action_sentence(self, step: int) -> None:
        count = len(self.sentences())
        if count:
            first = (0 if step > 0 else count - 1) if self.span is None else max(0, min(count - 1, self.span[0] + step))
            self.span = (first, first + 1)

    def action_extend(self, step: int) -> None:
        count = len(self.sentences())
        if not count:
            return
        if self.span is None:
            self.span = (0, 1) if step > 0 else (count - 1, count)
        else:
            first, last = self.span
            self.span = (first, max(first + 1, min(count, last + step)))

    def clear_span(self) -> None:
        self.span = None

    def watch_span(self) -> None:
        self._redraw(self.cursor)

    # -- cursor ----------------------------------------------------------

    @property
    def cursor_paragraph(self) -> dict | None:
        if not self.readable:
            return None
        return self.readable[self.cursor]

    def index_of(self, paragraph_id: int) -> int | None:
        """Where the paragraph is in `readable` (None: not in this article, or hidden)."""
        return self._index.get(paragraph_id)

    def paragraphs_between(self, top: float, bottom: float) -> tuple[int, int]:
        """The paragraphs [first, last) that have lines in [top, bottom) of the reader's height."""
        first = self._heights.at(int(top))
        return first, max(first + 1, self._heights.at(ceil(bottom) - 1) + 1)

    def go_to_paragraph(self, paragraph_id: int) -> bool:
        index = self._index.get(paragraph_id)
        if index is None:
            return False
        self._centre = True
        self.cursor = index
        if self._centre:  # the cursor was there already, so the watch did not run
            self._centre = False
            self._show(index, centre=True)
        return True

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.readable) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.span = None
        self._redraw(old)
        self._redraw(new)
        centre, self._centre = self._centre, False
        self._show(new, centre)

    def action_cursor(self, step: int) -> None:
        self.cursor += step

    def action_edge(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.readable) - 1
        if index == 0:
            self.scroll_to(y=0, animate=False, force=True)
        else:
            self._show(self.cursor)  # also when it was there already and the screen was scrolled away

    def action_page(self, direction: int) -> None:
        """The paragraph a screen up or down: the first that starts a screen below the cursor's, the last that
        starts a screen above it."""
        if not self.readable:
            return
        screen = max(1, self.scrollable_content_region.height - 2)
        if direction > 0:
            self._draw_from(self.cursor, screen)
        else:
            self._draw_above(self.cursor, screen)
        target = self._text_top(self.cursor) + direction * screen
        index = self._heights.at(target)
        if direction > 0 and self._text_top(index) < target:
            index += 1
        elif direction < 0 and self._text_top(index) > target:
            index -= 1
        self.cursor = index  # validated into the article

    def _text_top(self, index: int) -> int:
        return self._heights.top(index) + self._lead(index)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.readable:
            return
        line = round(self.scroll_y) + offset.y
        index = self._heights.at(line)
        # its text and notes, not the dateline above them or the blank line after
        if self._lead(index) <= line - self._heights.top(index) < self._heights.height(index) - 1:
            self.cursor = index

    # -- where the screen is ----------------------------------------------

    def _show(self, index: int, centre: bool = False) -> None:
        """Scroll so that paragraph `index` is on screen: the least scroll that shows it, or with it in the middle."""
        height = self.scrollable_content_region.height
        if not self.readable:
            return
        if height <= 0 or self._width <= 0:  # not laid out yet: once it is
            self.call_after_refresh(self._show, index, centre)
            return
        self._lines(index)
        # drawn for a screen above it, so that the lines between its place and the top of the screen are
        # measured, not estimated: drawing them later would push it down
        self._draw_above(index, height)
        # its text and the blank line under it (not the dateline above it), as Textual shows a widget and its margin
        top, lines = self._text_top(index), self._heights.height(index) - self._lead(index)
        y = round(self.scroll_y)
        if centre:
            y = top - max(0, (height - lines) // 2)
        elif top < y or lines >= height:
            y = top
        elif top + lines > y + height:
            y = top + lines - height
        self._sync()
        if y != round(self.scroll_y):
            self.scroll_to(y=y, animate=False, force=True)  # settles the screen there
        else:
            self._settle()

    def _draw_above(self, index: int, lines: int) -> None:
        """Draw the paragraphs before `index` that take up to `lines` lines."""
        covered, i = 0, index - 1
        while i >= 0 and covered < lines:
            covered += len(self._lines(i))
            i -= 1

    def _draw_from(self, index: int, lines: int) -> None:
        """Draw paragraph `index` and those after it that take up to `lines` lines."""
        covered, i = 0, index
        while i < len(self.readable) and covered < lines:
            covered += len(self._lines(i))
            i += 1

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._settle()

    def _settle(self) -> None:
        """Draw the paragraphs on screen that were not drawn, at the width shown now."""
        width, height = self.scrollable_content_region.size
        if self._settling or width <= 0 or height <= 0:
            return
        self._settling = True
        try:
            if (width, height) != self._settled_size:
                # resized: the paragraph at the top of the screen stays there, wrapped again at a new width, and
                # the cursor's stays on screen if it was
                y, before = round(self.scroll_y), self._settled_size[1]
                shown = self.readable and self._width and before
                first = self._heights.at(y) if shown else 0
                cursor_shown = shown and first <= self.cursor <= self._heights.at(y + before - 1)
                self._settled_size = (width, height)
                if width != self._width:
                    self._layout(width)
                    self.scroll_to(y=self._heights.top(first), animate=False, force=True)
                if cursor_shown:
                    self._show(self.cursor)
            heights = self._heights
            while self.readable:
                # each paragraph drawn may move the screen (one that starts above it) or what is on it
                y = round(self.scroll_y)
                on_screen = range(heights.at(y), heights.at(y + height - 1) + 1)
                undrawn = next((i for i in on_screen if not heights.measured(i)), None)
                if undrawn is None:
                    break
                self._lines(undrawn)
            self._sync()
        finally:
            self._settling = False

    def _sync(self) -> None:
        """The scrollbar and the scrollable height after paragraphs were measured."""
        size = Size(self._width, self._heights.total if self.view else len(self._empty_lines()))
        if size != self.virtual_size:
            self.virtual_size = size
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.position = self.scroll_y

    # -- drawing ------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._look = None  # looked up again when next drawn; the lines too, if it changed
        super().notify_style_update()

    def _styles(self) -> Look:
        if self._look is None:
            style = self.get_component_rich_style
            self._look = Look(
                base=self.rich_style,
                cursor=style("reader--cursor-paragraph"),
                selected=style("reader--selected-paragraph"),
                cursor_selected=style("reader--cursor-selected-paragraph"),
                gutter=foreground(style("reader--gutter")),
                chosen=foreground(style("reader--selected")),
                marks=(
                    ("span", foreground(style("reader--span"))),
                    ("pending", style("reader--pending")),
                    ("quote", foreground(style("reader--quote"))),
                    ("found", style("reader--found")),
                    ("mention", foreground(style("reader--mention"))),
                    ("current", style("reader--current")),
                ),
            )
        return self._look

    def render_lines(self, crop):
        self._settle()  # a scroll or resize that no key of ours made
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = round(self.scroll_y) + y
        if self.view is None:
            rows = self._empty_lines()
        elif self.readable and line < self._heights.total:
            index = self._heights.at(line)
            rows, line = self._lines(index), line - self._heights.top(index)
        else:
            rows = []
        return rows[line] if 0 <= line < len(rows) else Strip.blank(self._width, self._styles().base)

    def _fresh_look(self) -> Look:
        """The styles to draw in now; lines drawn in others are dropped."""
        look = self._styles()
        if look != self._drawn_look:
            self._drawn.clear()
            self._message = []
            self._drawn_look = look
        return look

    def _empty_lines(self) -> list[Strip]:
        look = self._fresh_look()
        if not self._message:
            lines = Text(EMPTY if self.read else READING).wrap(self.app.console, max(1, self._width), justify="left")
            self._message = [self._row(Text(""), line, look.base, 0) for line in lines]
        return self._message

    def _lines(self, index: int) -> list[Strip]:
        """The lines of paragraph `index`, drawn now if they were not. Its height is measured then; if it starts
        above the screen, the screen moves with what was on it."""
        look = self._fresh_look()
        rows = self._drawn.get(index)
        if rows is None:
            rows = self._draw(index, look)
            self._drawn.set(index, rows)
            heights = self._heights
            above = heights.top(index) < round(self.scroll_y)
            moved = heights.measure(index, len(rows))
            if moved and above:
                self.set_reactive(Widget.scroll_y, self.scroll_y + moved)
                self.set_reactive(Widget.scroll_target_y, self.scroll_target_y + moved)
        return rows

    def _draw(self, index: int, look: Look) -> list[Strip]:
        """Paragraph `index` as lines of the reader's width: its number (what citations cite) in the gutter
        beside its first line, wrapped lines indented to its text, each note under it marked ✎ in the gutter."""
        assert self.view is not None
        paragraph = self.readable[index]
        console, blank = self.app.console, Strip.blank(self._width, look.base)
        rows = []
        if index == self._heading:
            rows = [self._row(Text(""), line, look.base, 0) for line in self._dateline_lines] + [blank]
        caption = paragraph["kind"] == "caption"
        width = self._body_width(caption)
        spans = self.view.spans.get(paragraph["id"], [])
        whole = any(s <= 0 and e >= len(paragraph["text"]) for s, e in spans)
        pending = self.pending_span if index == self.cursor else None
        layers = ([] if whole else [(s, e, "span") for s, e in spans]) + ([(*pending, "pending")] if pending else [])
        marks = dict(look.marks)
        body = safe_text(
            paragraph["text"],
            [(start, end, marks[name]) for start, end, name in layers + self._marks.get(paragraph["id"], [])],
            style=KIND_STYLE.get(paragraph["kind"], ""),
        )
        if caption:
            body = Text("Caption: ", style="dim") + body
        gutter_style = look.chosen if spans else look.gutter
        lines = list(body.wrap(console, width, justify="left"))
        mark = ("●" if whole else "◐") if spans else " "
        gutters = [Text(f"{mark}{paragraph_number(paragraph['seq'])}", style=gutter_style)]
        gutters += [Text("")] * (len(lines) - 1)
        for note in self.view.notes.get(paragraph["id"], []):
            # a reader's note is shown under the passage it is about, marked in the gutter
            wrapped = list(line_text(f"✎ {note}", "italic").wrap(console, width, justify="left"))
            lines += wrapped
            gutters += [Text("✎", style=gutter_style)] + [Text("")] * (len(wrapped) - 1)
        background = look.background(index == self.cursor, whole)
        margin = CAPTION_MARGIN if caption else 0
        return rows + [self._row(gutter, line, background, margin) for gutter, line in zip(gutters, lines)] + [blank]

    def _row(self, gutter: Text, line: Text, style: Style, margin: int) -> Strip:
        """One line: `gutter` right-aligned in the gutter, a space, `line`, `margin` blank columns, on `style`."""
        room = self._gutter_width + 1
        row = Text.assemble(" " * (room - gutter.cell_len), gutter, " ", line, " " * margin)
        return Strip(row.render(self.app.console)).apply_style(style).adjust_cell_length(self._width, style)

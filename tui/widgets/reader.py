"""The reader: one article, paragraph numbers in the gutter, a cursor paragraph, highlighted mentions,
and a sentence range inside the cursor paragraph for selecting part of it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from newsx.store import paragraph_number
from newsx.store.sentences import sentence_spans

from ..loader import ArticleView
from ..text import Span, foreground, line_text, safe_text

KIND_STYLE = {
    "title": "bold",
    "dek": "italic",
    "caption": "italic",
    "subhead": "bold",
    "credit": "dim",
    "note": "dim italic",
}
HIDDEN_KINDS = {"boilerplate"}
# An article of up to WHOLE paragraphs is mounted whole, a widget per paragraph. A longer one (a
# file of 100,000 lines) is mounted WINDOW paragraphs at a time around the cursor, the window moved
# when the cursor leaves it, so End, Home and a jump cost what one window does, however long the article.
WHOLE = 150
WINDOW = 30


def gutter_table(gutter_width: int, gutter: Text, body: Text) -> Table:
    """The gutter beside the text, so wrapped lines keep their indent."""
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(width=gutter_width + 1, justify="right", no_wrap=True)
    table.add_column(ratio=1)
    table.add_row(gutter, body)
    return table


class ParagraphView(Widget):
    """One paragraph: its number (what citations cite) beside its text."""

    def __init__(self, paragraph: dict, gutter_width: int) -> None:
        super().__init__(classes=f"paragraph {paragraph['kind']}")
        self.paragraph = paragraph
        self.gutter_width = gutter_width
        self.marks: list[tuple[int, int, str]] = []
        self.spans: list[Span] = []  # the selected parts
        self.pending: Span | None = None  # the sentences picked with ←/→, not selected yet
        self.notes: list[str] = []  # the notes on its selections

    @property
    def whole(self) -> bool:
        """Selected from its first character to its last."""
        return any(s <= 0 and e >= len(self.paragraph["text"]) for s, e in self.spans)

    def set_spans(self, spans: list[Span]) -> None:
        self.spans = spans
        self.set_class(self.whole, "-selected")
        self.set_class(bool(spans) and not self.whole, "-partial")
        self.refresh(layout=False)

    def set_notes(self, notes: list[str]) -> None:
        if notes != self.notes:
            self.notes = notes
            self.refresh(layout=True)

    def set_pending(self, pending: Span | None) -> None:
        if pending != self.pending:
            self.pending = pending
            self.refresh(layout=False)

    @property
    def number(self) -> int:
        return paragraph_number(self.paragraph["seq"])

    def set_marks(self, marks: list[tuple[int, int, str]]) -> None:
        if marks != self.marks:
            self.marks = marks
            self.refresh(layout=False)

    def render(self) -> Table:
        reader = self.parent
        assert isinstance(reader, Reader)
        styles = {
            "span": foreground(reader.get_component_rich_style("reader--span")),
            "pending": reader.get_component_rich_style("reader--pending"),
            "quote": foreground(reader.get_component_rich_style("reader--quote")),
            "found": reader.get_component_rich_style("reader--found"),
            "mention": foreground(reader.get_component_rich_style("reader--mention")),
            "current": reader.get_component_rich_style("reader--current"),
        }
        selected = bool(self.spans)
        gutter = Text(
            f"{('●' if self.whole else '◐') if selected else ' '}{self.number}",
            style=foreground(reader.get_component_rich_style("reader--selected" if selected else "reader--gutter")),
        )
        body = safe_text(
            self.paragraph["text"],
            [(start, end, styles[name]) for start, end, name in self.layers()],
            style=KIND_STYLE.get(self.paragraph["kind"], ""),
        )
        if self.paragraph["kind"] == "caption":
            body = Text("Caption: ", style="dim") + body
        for note in self.notes:
            # a reader's note is shown under the passage it is about, marked in the gutter
            gutter.append("\n✎")
            body.append("\n")
            body.append_text(line_text(f"✎ {note}", "italic"))
        return gutter_table(self.gutter_width, gutter, body)

    def layers(self) -> list[tuple[int, int, str]]:
        """Every mark, bottom first: selected parts, picked sentences, then quote, words found and mentions."""
        spans = [] if self.whole else [(s, e, "span") for s, e in self.spans]
        pending = [(*self.pending, "pending")] if self.pending else []
        return spans + pending + self.marks


class Reader(VerticalScroll):
    """The article being read; ↑/↓ (j/k), page keys, home/end move the cursor paragraph.

    `cursor` counts the article's readable paragraphs; `paragraph_views` are the ones mounted now,
    the window from `first` (all of them, unless the article is longer than WHOLE)."""

    COMPONENT_CLASSES = {
        "reader--span", "reader--pending", "reader--quote", "reader--found", "reader--mention", "reader--current",
        "reader--gutter", "reader--selected",
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
        self.paragraph_views: list[ParagraphView] = []
        self.readable: list[dict] = []  # every paragraph shown, in reading order
        self.first = 0  # the index in `readable` of paragraph_views[0]
        self._index: dict[int, int] = {}  # paragraph id -> its index in `readable`
        self._marks: dict[int, list[tuple[int, int, str]]] = {}  # paragraph id -> what highlight() marked
        self._gutter_width = 1
        self._window = WINDOW  # paragraphs mounted at once

    # -- content ---------------------------------------------------------

    def show_article(self, view: ArticleView | None) -> None:
        self.view = view
        self.readable = [p for p in view.paragraphs if p["kind"] not in HIDDEN_KINDS] if view else []
        self._index = {p["id"]: i for i, p in enumerate(self.readable)}
        self._marks = {}
        self._window = len(self.readable) if len(self.readable) <= WHOLE else WINDOW
        self._gutter_width = len(str(max((paragraph_number(p["seq"]) for p in self.readable), default=1)))
        self.set_reactive(Reader.cursor, 0)
        self.set_reactive(Reader.span, None)
        if view is None:
            self.remove_children()
            self.paragraph_views = []
            self.mount(Static("The store is empty. Ingest articles with `newsx-tui ingest PATH`.", markup=False))
            return
        self._mount_window(0)
        self.scroll_home(animate=False)

    def _mount_window(self, first: int) -> None:
        """Mount the window of paragraphs from `first` in place of those mounted."""
        view = self.view
        assert view is not None
        self.remove_children()
        self.first = first
        shown = self.readable[first : first + self._window]
        # the dateline goes under the headline and dek, before the first caption or body paragraph
        heading = next((i for i, p in enumerate(self.readable) if p["kind"] not in ("title", "dek")), len(self.readable))
        widgets: list[Widget] = []
        if first:
            widgets.append(self._more(f"↑ {first:,} paragraphs before these (↑, PageUp or Home goes on)."))
        self.paragraph_views = []
        for i, p in enumerate(shown, first):
            if i == heading:
                widgets.append(Static(self._dateline(view.article, self._gutter_width), classes="dateline"))
            pv = ParagraphView(p, self._gutter_width)
            pv.set_spans(view.spans.get(p["id"], []))
            pv.notes = view.notes.get(p["id"], [])
            pv.marks = self._marks.get(p["id"], [])
            if i == self.cursor:
                pv.add_class("-cursor")
            self.paragraph_views.append(pv)
            widgets.append(pv)
        after = len(self.readable) - first - len(shown)
        if after > 0:
            widgets.append(self._more(f"↓ {after:,} paragraphs after these (↓, PageDown or End goes on)."))
        self.mount_all(widgets)

    @staticmethod
    def _more(words: str) -> Static:
        return Static(words, classes="truncated", markup=False)

    def _shown(self, index: int) -> ParagraphView | None:
        """The mounted view of readable paragraph `index`, if it is in the window."""
        at = index - self.first
        return self.paragraph_views[at] if 0 <= at < len(self.paragraph_views) else None

    def _bring(self, index: int) -> ParagraphView | None:
        """The view of paragraph `index`, moving the window there first if it is outside, `index` a
        quarter of the way in (so that the way it was going has room)."""
        pv = self._shown(index)
        if pv is None and self.readable:
            self._mount_window(max(0, min(index - self._window // 4, len(self.readable) - self._window)))
            pv = self._shown(index)
        return pv

    @staticmethod
    def _dateline(article: dict, gutter_width: int) -> Table:
        """place · agency · date, under the title, aligned with the text."""
        parts = [article.get("place"), article.get("agency"), article.get("published")]
        line = " · ".join(p for p in (line_text(x).plain for x in parts if x) if p)
        return gutter_table(gutter_width, Text(""), Text(line or "(no dateline)", style="dim"))

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
        self._marks = marks
        for pv in self.paragraph_views:
            pv.set_marks(marks.get(pv.paragraph["id"], []))

    def set_selected(self, paragraph_id: int, spans: list[Span], notes: list[str] | None = None) -> None:
        if self.view is not None:
            self.view.spans[paragraph_id] = spans
            if notes is not None:
                self.view.notes[paragraph_id] = notes
        index = self._index.get(paragraph_id)
        pv = self._shown(index) if index is not None else None
        if pv is not None:
            pv.set_spans(spans)
            if notes is not None:
                pv.set_notes(notes)

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
        pending = self.pending_span
        for i, pv in enumerate(self.paragraph_views, self.first):
            pv.set_pending(pending if i == self.cursor else None)

    # -- cursor ----------------------------------------------------------

    @property
    def cursor_paragraph(self) -> dict | None:
        if not self.readable:
            return None
        return self.readable[self.cursor]

    def go_to_paragraph(self, paragraph_id: int) -> bool:
        index = self._index.get(paragraph_id)
        if index is None:
            return False
        self.cursor = index
        pv = self._bring(index)
        if pv is not None:
            self.call_after_refresh(self.scroll_to_center, pv, animate=False)
        return True

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.readable) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.span = None
        before = self._shown(old)
        if before is not None:
            before.remove_class("-cursor")
        if not self.readable:
            return
        was_shown = self._shown(new) is not None
        pv = self._bring(new)
        if pv is None:
            return
        pv.add_class("-cursor")
        if was_shown:
            self.scroll_to_widget(pv, animate=False)
        else:
            # mounted just now: it has a place to scroll to after the next layout
            self.call_after_refresh(self.scroll_to_widget, pv, animate=False)

    def action_cursor(self, step: int) -> None:
        self.cursor += step

    def action_edge(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.readable) - 1
        if index == 0:
            self.call_after_refresh(self.scroll_home, animate=False)

    def action_page(self, direction: int) -> None:
        here_view = self._shown(self.cursor)
        if here_view is None:
            return
        here = here_view.virtual_region.y
        target = here + direction * max(1, self.scrollable_content_region.height - 2)
        ys = [pv.virtual_region.y for pv in self.paragraph_views]
        if direction > 0:
            at = next((i for i, y in enumerate(ys) if y >= target), None)
            # past the window: its last paragraph and one more, which moves the window on
            index = self.first + at if at is not None else min(self.first + len(ys), len(self.readable) - 1)
        else:
            at = next((i for i in range(len(ys) - 1, -1, -1) if ys[i] <= target), None)
            index = self.first + at if at is not None else max(self.first - 1, 0)
        self.cursor = index

    def on_click(self, event) -> None:
        widget = event.widget
        while widget is not None and not isinstance(widget, ParagraphView):
            widget = widget.parent if widget is not self else None
        if isinstance(widget, ParagraphView):
            self.cursor = self.first + self.paragraph_views.index(widget)

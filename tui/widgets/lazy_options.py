"""Option lists of any length that only build and draw the rows on screen.

OptionList draws lines on demand already, but before showing anything it
measures every option, and measuring means building and wrapping its prompt:
a second per thousand rows, so the article list of a large corpus took longer
than the store's reads. A LazyOption says how many lines it takes and builds
its prompt (a Text that never wraps) when it is first drawn.

A list too long to hold at all (a corpus's million quotes) is given as
RowPages (tui/pages.py) and a function that makes a row's option: the list
then holds no option and no line table, only the pages drawn; every row
takes the same height, so line y is row y // height. OptionList's own keys,
highlight and messages work on it unchanged: they see a sequence of options.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size, Spacing
from textual.reactive import Reactive
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import get_current_worker

from ..pages import RowPages
from .chrome_scrollbar import ChromeScrollbars
from .row_lines import RowLine, joined
from .titles import NO_EDGE, Part, fit, title_room

UNREADABLE = "(not read: the store is busy or gone; r reloads)"


class LazyOption(Option):
    """An option whose prompt is built by `build` when first drawn, `height` lines high (its lines are cut, not wrapped)."""

    def __init__(self, build: Callable[[], Text], id: str | None = None, disabled: bool = False, height: int = 1):
        super().__init__("", id=id, disabled=disabled)
        self._build: Callable[[], Text] | None = build
        self.height = height

    @property
    def prompt(self) -> Text:
        if self._build is not None:
            self._prompt, self._build = self._build(), None
        return self._prompt

    def strips(self, console: Console, width: int, padding: Spacing, style: Style, meta: dict) -> list[Strip]:
        """Its `height` lines, each cut to fit `width` cells inside `padding`, drawn over `style` and padded to the width."""
        # the row's style and its meta (where a click lands) in one, applied once a segment; and each line's cells
        # counted from the line, which the cut made at most the width: Strip.extend_cell_length then apply_meta
        # made two more strips a line and counted them again
        style = style + Style.from_meta(meta)
        left = [Segment(" " * padding.left, style)] if padding.left else []
        lines = self._drawn_lines(console, max(0, width - padding.width), style)
        lines += [([Segment("", style)], 0)] * (self.height - len(lines))  # blank lines, as an empty Text draws
        strips = []
        for drawn, cells in lines:
            segments = [*left, *drawn]
            short = width - padding.left - cells
            if short > 0:
                segments.append(Segment(" " * short, style))
            strips.append(Strip(segments, max(width, padding.left + cells)))
        return strips

    def _drawn_lines(self, console: Console, width: int, style: Style) -> list[tuple[list[Segment], int]]:
        """Its lines (`height` at most) cut to `width` cells, each as its segments over `style` and its cells."""
        return [(list(Segment.apply_style(line.render(console), style)), line.cell_len) for line in self._cut_lines(width)]

    def fit(self, width: int) -> None:
        """Cut each of the prompt's lines to `width` cells, so that it takes exactly `height` lines."""
        self._set_prompt(Text("\n").join(self._cut_lines(width)))

    def _cut_lines(self, width: int) -> list[Text]:
        """The prompt's first `height` lines (new Texts: split copies them), each cut to `width` cells."""
        lines = list(self.prompt.split("\n", allow_blank=True)[: self.height])
        for line in lines:
            line.truncate(width, overflow="ellipsis")
        return lines


class LineOption(LazyOption):
    """A LazyOption made of RowLines (row_lines), drawn straight to segments: its prompt, a Rich Text, is built only
    if asked for (a test, a measure), never to draw it."""

    def __init__(self, lines: Callable[[], list[RowLine]], id: str | None = None, height: int = 1):
        super().__init__(lambda: joined(self.lines), id=id, height=height)
        self._make_lines: Callable[[], list[RowLine]] | None = lines
        self._row_lines: list[RowLine] = []

    @property
    def lines(self) -> list[RowLine]:
        if self._make_lines is not None:
            self._row_lines, self._make_lines = self._make_lines(), None
        return self._row_lines

    def _drawn_lines(self, console: Console, width: int, style: Style) -> list[tuple[list[Segment], int]]:
        # LazyOption's, cell for cell, without a Rich Text
        lines = [line.cut(width) for line in self.lines[: self.height]]
        return [(line.segments(style), cell_len(line.plain)) for line in lines]


class _Slice(Sequence):
    """A slice of a long sequence that reads it only where asked: OptionList's page keys slice its options
    from the highlight to the end, and a million options must not be made to find the next one."""

    def __init__(self, of: Sequence, indices: range) -> None:
        self.of, self.indices = of, indices

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _Slice(self.of, self.indices[index])
        return self.of[self.indices[index]]


class PagedOptions(Sequence[Option]):
    """`head`'s options, then those of RowPages, made when asked for (the last few hundred kept), then `tail`'s."""

    KEEP = 500

    def __init__(self, rows: RowPages, make: Callable[[dict], Option], tail: list[Option], head: list[Option]) -> None:
        self.rows, self.make, self.tail, self.head = rows, make, tail, head
        self._made: OrderedDict[int, Option] = OrderedDict()

    def __len__(self) -> int:
        return len(self.head) + len(self.rows) + len(self.tail)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _Slice(self, range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self.head):
            return self.head[index]
        if index >= len(self.head) + len(self.rows):
            return self.tail[index - len(self.head) - len(self.rows)]
        option = self._made.get(index)
        if option is None:
            row = self.rows.row(index - len(self.head))
            option = self.make(row) if row is not None else Option(Text(UNREADABLE, style="dim"), disabled=True)
            option.index = index
            if row is not None:
                self._made[index] = option
                while len(self._made) > self.KEEP:
                    self._made.popitem(last=False)
        else:
            self._made.move_to_end(index)
        return option

    def index(self, option: Option, *_) -> int:
        found = getattr(option, "index", None)
        if found is not None:
            return found
        if option in self.head:
            return self.head.index(option)
        return len(self.head) + len(self.rows) + self.tail.index(option)


class _IndexOf:
    """OptionList's option -> index map, for options that know their index."""

    def __init__(self, options: PagedOptions) -> None:
        self.options = options

    def __getitem__(self, option: Option) -> int:
        return self.options.index(option)

    def get(self, option: Option, default=None):
        try:
            return self.options.index(option)
        except ValueError:
            return default


class _Lines(Sequence[tuple[int, int]]):
    """OptionList's line table for a few options of their own heights (`head`) then `count` options of one
    `height`: past the head, line y is line y % height of option y // height."""

    def __init__(self, head: list[int], count: int, height: int) -> None:
        self.head, self.count, self.height = head, count, height
        self.head_lines = sum(head)

    def __len__(self) -> int:
        return self.head_lines + self.count * self.height

    def __getitem__(self, y):
        if isinstance(y, slice):
            return _Slice(self, range(*y.indices(len(self))))
        if y < 0:
            y += len(self)
        if not 0 <= y < len(self):
            raise IndexError(y)
        if y < self.head_lines:
            for index, lines in enumerate(self.head):
                if y < lines:
                    return index, y
                y -= lines
        index, line = divmod(y - self.head_lines, self.height)
        return len(self.head) + index, line


class _Starts(dict):
    """index -> first line (or height) of an option, as _Lines lays them out, computed when asked."""

    def __init__(self, lines: _Lines, first_line: bool) -> None:
        super().__init__()
        self.lines, self.first_line = lines, first_line

    def __getitem__(self, index: int) -> int:
        lines = self.lines
        if not 0 <= index < len(lines.head) + lines.count:
            raise KeyError(index)
        if index < len(lines.head):
            return sum(lines.head[:index]) if self.first_line else lines.head[index]
        return lines.head_lines + (index - len(lines.head)) * lines.height if self.first_line else lines.height

    def get(self, index, default=None):
        try:
            return self[index]
        except KeyError:
            return default

    def __contains__(self, index) -> bool:
        return isinstance(index, int) and 0 <= index < len(self.lines.head) + self.lines.count


class LazyOptionList(OptionList, ChromeScrollbars):
    """An OptionList that takes a LazyOption's height at its word instead of building its prompt to measure it;
    or, given RowPages (set_rows), one that pages its options in as they are drawn."""

    # `G` to the last row as in vim and less, beside End, as the reader moves on j/k; not `g` (or gg) for the
    # first: `g` groups the quotes by speaker everywhere
    BINDINGS = [Binding("G", "last", "Last", show=False)]

    # Textual lays the whole screen out again when a widget's virtual size changes, and a list's changes with
    # every refill (a keystroke's hits, a filter): each layout repaints every scrollbar on screen, so a key
    # drew the screen twice or three times. A list's own height comes from the layout (fr), never from its
    # options: a new line count moves only its scroll limits and scrollbar thumb, which _scroll_update sets.
    # A scrollbar that comes or goes still lays the screen out (show_vertical_scrollbar: a list whose rows
    # change at each key keeps its scrollbar, overflow-y: scroll), and so does a list sized by its content
    # (height: auto).
    virtual_size = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self) -> None:
        if self.styles.auto_dimensions:
            self.refresh(layout=True)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # The compositor hands a scroll view its viewport as its virtual size, which is never the list's: Textual
        # took that for a change at every layout and repainted the list's scrollbar, and with it a band of the
        # screen as wide as from the facets to the context panes. The list's own virtual size is set as it fills.
        return super()._size_updated(size, self.virtual_size, container_size, layout)

    _paged: PagedOptions | None = None
    _row_height = 1

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lines_made: tuple[tuple, _Lines] | None = None  # the paged rows' line table, and what it was made for
        self._drawn_width = 0  # the width of the rows drawn and measured
        self._locating: tuple[RowPages, int] | None = None  # the row a worker is finding (highlight_row)
        self._titles: tuple[list[Part], list[Part]] | None = None  # the parts of its title and subtitle (set_titles)
        self._borders: dict[str, tuple[Text, object]] = {}  # border_title / _subtitle -> (the text set, as Textual keeps it)

    def _on_resize(self, event: events.Resize | None = None) -> None:
        # A list only taller or shorter keeps the rows it drew, which are fitted to its width: OptionList's (after
        # this one, so stopped here) dropped them at any resize and drew the list again a frame after the layout
        # that resized it (Escape, which hides the text hits under the facets, drew the facets twice)
        if event is not None:
            event.prevent_default()
        width = self.scrollable_content_region.width
        if width != self._drawn_width:
            self._drawn_width = width
            self._clear_caches()
        self._fit_titles()
        # the highlighted row stays in view: a pane made shorter (the terminal, or a narrow screen's facet giving
        # up the focus and the room it grew into) kept its scroll, and its highlight was off screen below it
        self.scroll_to_highlight()

    def set_rows(
        self, rows: RowPages, make: Callable[[dict], Option], tail: list[Option] = (), height: int = 1,
        head: list[Option] = (),
    ) -> None:
        """Show the options of `head`, then `rows`, each as the option `make` makes of it (`height` lines,
        like every option here), then the options of `tail`; the highlight goes to the first row."""
        self.clear_options()
        self._paged = PagedOptions(rows, make, list(tail), list(head))
        self._row_height = height
        self._options = self._paged  # type: ignore[assignment]
        self._option_to_index = _IndexOf(self._paged)  # type: ignore[assignment]
        self._update_lines()
        self.refresh()
        self.highlighted = len(self._paged.head) if len(rows) else None

    def highlight_row(self, rows: RowPages, row_id: int, offset: int = 0) -> None:
        """Highlight the row with id `row_id` of `rows` (listed from option `offset` on) if it is there: at once
        when it is in a page kept or `rows` are in memory, else once a worker has counted the rows before it in
        the store, with no highlight meanwhile (a highlight left where it was would be on a wrong row). Counted
        here, a row far down a long list held the UI thread: 40 ms in the million quotes, 240 ms in one unnamed
        speaker's reported quotes (at 100,000 articles), and more at any load."""
        index = rows.index_kept(row_id) if rows.counts_to_locate else rows.index_of(row_id)
        if index is not None:
            self._locating = None
            self.highlighted = index + offset
            return
        if not rows.counts_to_locate:
            return
        self._locating = (rows, row_id)
        self.highlighted = None
        self.run_worker(
            partial(self._locate, rows, row_id, offset), thread=True, group="locate", exclusive=True,
            exit_on_error=False, description="locate a row",
        )

    def _locate(self, rows: RowPages, row_id: int, offset: int) -> None:
        try:
            index = rows.located(row_id)
        except sqlite3.Error:
            index = None  # the store busy or gone: no highlight, as for a row not listed
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._located, rows, row_id, index, offset)

    def _located(self, rows: RowPages, row_id: int, index: int | None, offset: int) -> None:
        # only if the list still shows those rows and the reader has not moved the highlight meanwhile
        if self._locating == (rows, row_id) and self.paged_rows is rows and self.highlighted is None:
            self._locating = None
            if index is not None:
                self.highlighted = index + offset

    @property
    def paged_rows(self) -> RowPages | None:
        return self._paged.rows if self._paged is not None else None

    def clear_options(self):
        self._drop_pages()
        return super().clear_options()

    def set_options(self, options):
        # from pages to a list in one step: emptied first, the list lost its scrollbar and got it back in the
        # same frame, and each laid the screen out (a corpus pane's first keystroke)
        self._drop_pages()
        return super().set_options(options)

    def _drop_pages(self) -> None:
        if self._paged is not None:
            self._paged = None
            self._options = []
            self._option_to_index = {}
            self._id_to_option = {}

    def get_option_index(self, option_id: str) -> int:
        if self._paged is None:
            return super().get_option_index(option_id)
        for index, option in self._paged._made.items():
            if option.id == option_id:
                return index
        for index, option in [*enumerate(self._paged.head), *enumerate(self._paged.tail, len(self._paged.head) + len(self._paged.rows))]:
            if option.id == option_id:
                return index
        raise OptionDoesNotExist(f"no option with id {option_id!r} among those drawn")

    def _paged_lines(self) -> _Lines:
        """The head's options take the lines they wrap to (measured as OptionList does); the rest, `height` each."""
        paged = self._paged
        assert paged is not None
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        # asked for at every line drawn: the head's heights are measured again only for other rows or another width
        key = (paged, len(paged), width, self._row_height)
        if self._lines_made is not None and self._lines_made[0] == key:
            return self._lines_made[1]
        padding = self.get_component_styles("option-list--option").padding
        head = [max(1, self._get_visual(o).get_height(self.styles, max(1, width - padding.width))) for o in paged.head]
        lines = _Lines(head, len(paged) - len(paged.head), self._row_height)
        self._lines_made = (key, lines)
        return lines

    def render_lines(self, crop):
        # OptionList.render_line asks for the line table, the row's padding and the list's width at every line it
        # draws, and each asking measured the list again (_update_lines, its region): a sixth of the time a pane's
        # new rows took to draw (cProfile). They cannot change while it draws: worked out once here.
        self._update_lines()
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        self._drawing = (self._paged_lines() if self._paged is not None else self._line_cache.lines, padding, width)
        try:
            return Widget.render_lines(self, crop)  # OptionList's only updated the lines first, as done above
        finally:
            self._drawing = None

    _drawing: tuple[Sequence[tuple[int, int]], Spacing, int] | None = None  # while render_lines draws

    @property
    def _lines(self):
        if self._drawing is not None:
            return self._drawing[0]
        if self._paged is None:
            return super()._lines
        return self._paged_lines()

    @property
    def _index_to_line(self):
        if self._paged is None:
            return super()._index_to_line
        return _Starts(self._paged_lines(), first_line=True)

    @property
    def _heights(self):
        if self._paged is None:
            return super()._heights
        return _Starts(self._paged_lines(), first_line=False)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        if self._paged is None:
            return super().get_content_width(container, viewport)
        return container.width

    def _get_option_render(self, option: Option, style: VisualStyle) -> list[Strip]:
        # OptionList's, for a LazyOption drawn straight from its Text: its lines are cut to the width and never
        # wrap, so Textual's Content (the Text converted, wrapped and formatted, a millisecond a row) is not
        # needed, and a keystroke's three panes of new rows took most of its frame to draw
        if not isinstance(option, LazyOption):
            return super()._get_option_render(option, style)
        if self._drawing is not None:
            padding, width = self._drawing[1:]
        else:
            padding = self.get_component_styles("option-list--option").padding
            width = self.scrollable_content_region.width - self._get_left_gutter_width()
        cache_key = (option, style, padding)
        strips = self._option_render_cache.get(cache_key)
        if strips is None:
            strips = option.strips(self.app.console, width, padding, style.rich_style, {"option": self._option_to_index[option]})
            self._option_render_cache[cache_key] = strips
        return strips

    def _get_visual(self, option: Option):
        if isinstance(option, LazyOption) and option._visual is None:
            padding = self.get_component_styles("option-list--option").padding
            option.fit(self.scrollable_content_region.width - self._get_left_gutter_width() - padding.width)
        return super()._get_visual(option)

    def _update_lines(self) -> None:
        # OptionList._update_lines (Textual 8), with the height of a LazyOption taken as declared
        # the region worked out once: a pane's fill updates its lines three or four times (the options added, the
        # highlight set and scrolled to), and working it out (the widget's region found in the screen's map, its
        # gutter and scrollbars) was most of each
        region = self.scrollable_content_region
        if not region:
            return
        if region.width != self._drawn_width:
            # a scrollbar that came or went narrowed or widened the rows without a Resize: the rows measured
            # before it (a list refilled: emptied, then filled) wrapped to another width, and End stopped a
            # line or two short of the last row's end
            self._drawn_width = region.width
            self._option_render_cache.clear()
            self._line_cache.clear()
            self.refresh()
        width = region.width - self._get_left_gutter_width()
        if self._paged is not None:
            table = self._paged_lines()
            virtual_size = Size(width, self._whole_rows_height(len(table), table, _Starts(table, first_line=False), region.height))
            if virtual_size != self.virtual_size:
                self.virtual_size = virtual_size
                self._scroll_update(virtual_size)
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        next_index = lines[-1][0] + 1 if lines else 0
        if next_index < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            for index, option in enumerate(self.options[next_index:], next_index):
                line_cache.index_to_line[index] = len(lines)
                if isinstance(option, LazyOption):
                    line_count = option.height + option._divider
                else:
                    line_count = self._get_visual(option).get_height(self.styles, width - padding.width) + option._divider
                line_cache.heights[index] = line_count
                lines.extend((index, line_no) for line_no in range(line_count))
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, self._whole_rows_height(len(lines) - (1 if last_divider else 0), lines, line_cache.heights, region.height))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _whole_rows_height(self, lines: int, table: Sequence[tuple[int, int]], heights: Mapping[int, int], shown: int) -> int:
        """The list's scroll height for its `lines` (laid out in `table`, of options `heights` high): a line of room
        below the last row, if that scrolls the top to a row's start.
        Scrolled as far as its last line goes, a list of two-line rows showed half a row at its top (End in a
        five-line pane). No more than a line: the part of a taller row left at the top is worth reading, and the
        In the text pane's eight-line rows at 80x24 ended on the last row alone over four blank lines."""
        top = lines - shown  # the last line at the pane's bottom (`shown`: the lines it shows)
        if top <= 0:
            return lines
        index, line = table[top]
        whole = top - line + heights[index]  # the next row's start
        last_start = lines - 1 - table[lines - 1][1]
        # not past the last row's start: a last row taller than the pane would be scrolled out of sight
        return lines + 1 if line and whole == top + 1 and whole <= last_start else lines

    def scroll_to_highlight(self, top: bool = False) -> None:
        # OptionList scrolls only as far as the highlighted row needs: down a list of rows taller than a line
        # (the cursor, PageDown, End) that left half a row at the top. The top goes on to the next row's start
        # if the highlighted row stays whole.
        super().scroll_to_highlight(top)
        highlighted, y = self.highlighted, round(self.scroll_y)
        if highlighted is None or not 0 < y < len(self._lines):
            return
        index, line = self._lines[y]
        start = y - line + self._heights[index] if line else y
        if y < start <= self._index_to_line.get(highlighted, -1):
            self.scroll_to(y=start, animate=False, force=True, immediate=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self._paged is not None:
            return len(self._paged_lines())
        if not any(isinstance(o, LazyOption) for o in self.options):
            return super().get_content_height(container, viewport, width)
        padding = self.get_component_styles("option-list--option").padding.width
        return sum(
            o.height if isinstance(o, LazyOption) else self._get_visual(o).get_height(self.styles, width - padding)
            for o in self.options
        )

    @property
    def compact_titles(self) -> bool:
        """The pane has no bottom border (a short terminal's, app.tcss): what it lists is said beside its title."""
        return self.styles.border_bottom[0] in NO_EDGE

    def refit(self) -> None:
        """Fit what the pane shows to its borders, which a short terminal changes (app.tcss, Screen.-short)."""
        self._fit_titles()

    def set_titles(self, title: str | Text | Sequence[Part], about: Sequence[Part] = ()) -> None:
        """The pane's title over it and what it lists (`about`: its count, order, query) under it, or beside the
        title (compact_titles: with a border of two lines a pane, four panes of a short terminal's column had no
        row left to list); each fitted to the border in whole parts (titles.fit), again whenever the pane's
        width changes."""
        self._titles = ([Part.of(title)] if isinstance(title, (str, Text)) else list(title), list(about))
        self._fit_titles()

    def _fit_titles(self) -> None:
        if self._titles is None:
            return
        title, about = self._titles
        room = title_room(self) if self.outer_size.width else 1 << 16  # not laid out yet: fitted at its first Resize
        if self.compact_titles:
            # no corner to set the title off from the rule: spaces do
            self._set_border("border_title", Text(" ") + fit([*title, *about], room - 2) + Text(" "))
            self._set_border("border_subtitle", Text(""))
        else:
            self._set_border("border_title", fit(title, room))
            self._set_border("border_subtitle", fit(about, room))

    def _set_border(self, name: str, text: Text) -> None:
        """The border's title or subtitle (`name`) set to `text`, unless it shows that already: Textual converts and
        refreshes at every set, and a facet pane's title, the same at every key, was set with its subtitle at each."""
        kept = self._borders.get(name)
        if kept is not None and kept[0] == text and kept[1] is getattr(self, f"_{name}"):
            return  # the same text, and set by nobody else since
        setattr(self, name, text)
        self._borders[name] = (text, getattr(self, f"_{name}"))

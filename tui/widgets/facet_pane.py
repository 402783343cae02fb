"""A facet pane: the actors (or locations, or other entities) of the scope, with counts and a sparkline.

In the corpus scope the pane lists every entity of its role, in its order
(ENTITY_ORDERS: by mentions, name, first appearance, articles), in pages read
as they are drawn (tui/pages.py); a search lists its best hits."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from newsx.store.db.queries import ENTITY_ORDERS
from newsx.store.db.search import EntityHit
from newsx.store.sanitize import one_line

from ..pages import RowPages
from ..thresholds import OTHER_ROLE_MARGIN
from ..text import foreground, highlight, line_text
from .lazy_options import LineOption, LazyOptionList
from .row_lines import NULL, RowLine
from .titles import Part, quoted

SPARK = " ▁▂▃▄▅▆▇█"
BAR_WIDTH = 8
NARROW_PANE = 24
BOLD = Style(bold=True)
DIM = Style(dim=True)
SEARCHING = "searching…"  # the border of a pane whose rows wait for the hits of the query in the box (set_entities)
ORDER_LABELS = {"mentions": "mentions", "name": "name", "first": "appearance", "articles": "articles"}


def sparkline(counts: list[int]) -> str:
    """Where in the article the mentions fall, one character per stretch."""
    top = max(counts, default=0) or 1
    return "".join(SPARK[0 if c == 0 else max(1, round(c * 8 / top))] for c in counts)


def bar(fraction: float) -> str:
    """A horizontal bar, BAR_WIDTH cells at most, in eighths."""
    eighths = round(fraction * BAR_WIDTH * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (" ▏▎▍▌▋▊▉"[part] if part else "")).ljust(BAR_WIDTH)


class FacetPane(LazyOptionList):
    """Entities of one role; an empty filter shows them all in the pane's order (ENTITY_ORDERS), a query by score."""

    COMPONENT_CLASSES = {"facet-pane--match", "facet-pane--spark"}
    BINDINGS = [Binding("o", "next_order", "Sort")]

    @dataclass
    class EntityChosen(Message):
        """The user picked an entity: show its mentions and jump to the first. `entity`: the row listed
        (the corpus's are paged in, so the screen may not know it yet)."""

        entity_id: int
        entity: dict | None = None

    @dataclass
    class OrderChosen(Message):
        """The user asked for the pane's entities in another order: read them so."""

        role: str
        order: str

    def __init__(self, role: str, title: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.role = role
        self.title = title
        self.entities: list[dict] = []
        self.by_id: dict[int, dict] = {}
        self.query_text = ""
        self.best_rank: tuple[bool, float] = (False, 0.0)  # the first hit's (EntityHit.rank): Enter chooses the best pane's
        self._pairs: list[tuple[dict, EntityHit | None]] = []
        self._total = 0
        self._count: tuple[str, ...] = ()  # how many are listed, as the border says it (a shorter way after it)
        self.entity_total: int | None = None  # when `entities` are only the first of the scope's
        self.order = ENTITY_ORDERS[0]  # the order `entities` were read in
        self.pages: RowPages | None = None  # every entity of the role in the corpus scope, read as drawn
        self.holding = False  # the rows shown are of the entities before `entities`, until a query's hits come (set_entities)
        self.top = 1  # the most mentions of any entity of the scope: a full bar
        self._fitted_to = 0  # the width the rows were made for
        self._look: tuple[Style, Style, int] | None = None  # the rows' match and shape styles and width (row_look)
        self._look_for: tuple[int, bool] = (0, False)  # the pane's width and scrollbar they were worked out for

    def on_mount(self) -> None:
        self._show_order()

    def set_entities(
        self, entities: list[dict], total: int | None = None, order: str = ENTITY_ORDERS[0],
        pages: RowPages | None = None, top: int = 1, hold: bool = False,
    ) -> None:
        """`entities` as read, in `order`; `total`: how many the scope has, when they are only the first;
        `pages`: all of them in that order, paged; `top`: the most mentions of any, a full bar. `hold`: a query is
        in the search box and its hits among these are still to be searched: the rows shown (its hits among the
        entities before) stay until they come (show_hits), the border saying they are being searched for."""
        self.entities, self.entity_total, self.order, self.pages, self.top = entities, total, order, pages, top or 1
        self.by_id = {e["id"]: e for e in entities}
        if hold:
            self.holding = True
            self._show_order()
        else:
            self.show_all()

    def show_all(self) -> None:
        self.holding = False
        self.query_text = ""
        self.best_rank = (False, 0.0)
        if self.pages is not None:
            self._fill_pages(self.pages)
            return
        total = self.entity_total if self.entity_total is not None else len(self.entities)
        self._fill([(e, None) for e in self.entities], total)

    def _fill_pages(self, pages: RowPages) -> None:
        highlighted_id = self.highlighted_entity_id
        self._fitted_to = self.scrollable_content_region.width
        self._pairs, self._total = [], len(pages)
        empty = [] if len(pages) else [Option(Text("None in this scope (s switches).", style="dim"), disabled=True)]
        self.set_rows(pages, self._row_option, empty)
        self._count = (f"{len(pages):,}",)
        self._show_order()
        if highlighted_id is not None:
            self.highlight_row(pages, highlighted_id)

    def _row_option(self, entity: dict) -> LineOption:
        entity["bar"] = entity["mentions"] / self.top
        option = LineOption(lambda: self._row_lines(entity, None), id=str(entity["id"]))
        option.entity = entity
        return option

    def show_hits(self, query: str, hits: list[EntityHit], entities: dict[int, dict] | None = None) -> None:
        """`entities`: where to find hits that are not among the pane's own entities (the corpus scope's)."""
        self.holding = False
        self.query_text = query
        known = entities if entities is not None else self.by_id
        pairs = [(known[h.entity_id], h) for h in hits if h.entity_id in known]
        self.best_rank = pairs[0][1].rank if pairs else (False, 0.0)
        self._fill(pairs, len(pairs))

    @property
    def choice_rank(self) -> tuple[bool, float]:
        """The best hit's rank as Enter weighs it between panes: a name of role "other" (an adjective, a nationality)
        must match by more than OTHER_ROLE_MARGIN points better than an actor or a place to be chosen over it."""
        word_starts, score = self.best_rank
        return word_starts, score - OTHER_ROLE_MARGIN if self.role == "other" else score

    def on_resize(self) -> None:
        # the rows made were fitted to the old width; a pane only taller or shorter (Escape hides the text hits
        # below it) keeps them and draws those it now has room for: made again, they were drawn twice
        if self.scrollable_content_region.width == self._fitted_to:
            return
        self._look = None
        if self.paged_rows is not None and self.pages is not None:
            self._fill_pages(self.pages)
        elif self._pairs:
            highlighted = self.highlighted  # the same rows, refitted: a search's went back to its first
            self._fill(self._pairs, self._total)
            if highlighted is not None and highlighted < self.option_count:
                self.highlighted = highlighted

    def refit(self) -> None:
        """Rows and titles fitted to the pane's borders, which a short terminal changes (set_titles)."""
        self.on_resize()
        self._show_order()

    def _fill(self, pairs: list[tuple[dict, EntityHit | None]], total: int) -> None:
        self._pairs, self._total = pairs, total
        self._fitted_to = self.scrollable_content_region.width
        highlighted_id = self.highlighted_entity_id
        empty = "" if pairs else "No match (esc clears)." if self.query_text else "None in this scope (s switches)."
        if not self._saying(empty):
            # replaced, not cleared and filled: the list emptied for a moment hid the scrollbar, and showing
            # it again laid the whole screen out again at every keystroke
            self.set_options(self._hit_option(e, hit) for e, hit in pairs)
            if empty:
                self.add_option(Option(Text(empty, style="dim"), disabled=True))
        shown = len(pairs)
        self._count = (f"{shown:,}",) if shown == total else (f"{shown:,} of {total:,}", f"{shown:,}")
        self._show_order()
        if shown:
            self.highlighted = 0
        if highlighted_id is not None and not self.query_text:
            try:
                self.highlighted = self.get_option_index(str(highlighted_id))
            except OptionDoesNotExist:
                pass

    def _saying(self, empty: str) -> bool:
        """Whether the pane's one row already says `empty` (no entity to list). The keys of a word that matches
        nothing each found nothing again, and the pane was emptied, filled, refreshed and measured anew for the same row:
        251 of the 453 pane fills of the bench's article keys at 1,000 articles (s20-tui)."""
        if not empty or self.paged_rows is not None or self.option_count != 1:
            return False
        row = self.get_option_at_index(0)
        return row.disabled and isinstance(row.prompt, Text) and row.prompt.plain == empty

    def _hit_option(self, entity: dict, hit: EntityHit | None) -> LineOption:
        # whether the alias takes a line of its own is decided once: its height, and its lines when drawn
        second = self._second_line(entity, hit)
        return LineOption(lambda: self._row_lines(entity, hit, second), id=str(entity["id"]), height=1 + second)

    def _show_order(self) -> None:
        """The border says how many are listed and in what order: a query ranks by match, whatever the pane's order.
        A narrow pane gives up the order first, then the count, and keeps the query, which says the rows are
        matches anyway."""
        if self.holding:
            about = [Part.of(SEARCHING), quoted(line_text(self.query_text), rank=1)] if self.query_text else [Part.of(SEARCHING)]
        elif self.query_text:
            about = [Part.of(*self._count, rank=2), quoted(line_text(self.query_text), rank=1), Part.of("by match", rank=3)]
        elif self._count:
            about = [Part.of(*self._count, rank=1), Part.of(f"by {ORDER_LABELS[self.order]}", rank=2)]
        else:
            about = []
        self.set_titles(self.title, about)

    def action_next_order(self) -> None:
        """o: the next order (mentions, name, appearance, articles); said at once, read by the screen."""
        self.order = ENTITY_ORDERS[(ENTITY_ORDERS.index(self.order) + 1) % len(ENTITY_ORDERS)]
        self._show_order()
        self.post_message(self.OrderChosen(self.role, self.order))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._look = None  # another theme: its colours

    def row_look(self) -> tuple[Style, Style, int]:
        """The rows' match and shape styles and their width, worked out once for the pane's width and scrollbar and
        its theme: asked for by each row (two component styles resolved through the CSS, the pane's region
        measured), they were the costliest part of making a row's prompt, which a keystroke's frame does for every
        new row it draws; once a fill, they were still a few per cent of a corpus key's handler and frame."""
        look_for = (self.size.width, self.show_vertical_scrollbar)  # its borders and padding: notify_style_update
        if self._look is None or look_for != self._look_for:
            self._look_for = look_for
            # leave room for a scrollbar that may appear once the options are in: its arrival does not resize the pane
            scrollbar = 0 if self.show_vertical_scrollbar else self.styles.scrollbar_size_vertical
            self._look = (
                foreground(self.get_component_rich_style("facet-pane--match")),
                foreground(self.get_component_rich_style("facet-pane--spark")),
                max(16, self.scrollable_content_region.width - scrollbar - 1),
            )
        return self._look

    def _row_lines(self, entity: dict, hit: EntityHit | None, second: bool = False) -> list[RowLine]:
        """name … count sparkline, fitted to the pane by hand and drawn straight to segments (row_lines: a Rich Text a
        row, then a Table, were too slow to type over); `second`: the alias hit on a line of its own (_second_line)."""
        match_style, spark_style, width = self.row_look()
        # the number the pane is sorted by, when it is sorted by one
        count = str(entity.get("articles", 0) if self.order == "articles" and not hit else entity["mentions"])
        show_shape = width >= NARROW_PANE  # a narrow pane keeps its room for the name
        room = width - len(count) - 1 - (BAR_WIDTH + 1 if show_shape else 0)
        line = self._name_line(entity["name"], match_style if hit else NULL).fit(room)
        line.append(" " + count, BOLD)
        if show_shape:
            shape = sparkline(entity["spark"]) if "spark" in entity else bar(entity.get("bar", 0))
            line.append(" " + shape, spark_style)
        if not second:
            return [line]
        alias = RowLine(" ≈ ", [(0, 3, DIM)])
        alias.append_line(self._name_line(hit.alias, match_style).fit(width - 3), DIM)
        return [line, alias]

    def _name_line(self, raw: str | None, match_style: Style) -> RowLine:
        """text.highlighted's line as a RowLine: one line of untrusted text, the letters the query matched in
        `match_style`."""
        return highlight(RowLine(one_line(raw or "")), self.query_text, match_style)

    @staticmethod
    def _second_line(entity: dict, hit: EntityHit | None) -> bool:
        """A hit on an alias the name does not hold shows that alias on a line of its own."""
        # compared as the rows show them (one_line), without the Rich Texts line_text makes of them: two a hit, at every key
        return bool(hit) and one_line(hit.alias).casefold() not in one_line(entity["name"] or "").casefold()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntityChosen(int(event.option.id), getattr(event.option, "entity", None)))

    @property
    def shown(self) -> int:
        """How many entities the pane lists now."""
        return len(self.paged_rows) if self.paged_rows is not None else len(self._pairs)

    @property
    def highlighted_entity_id(self) -> int | None:
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return int(option_id) if option_id else None

"""The current entity: a detail line (type, role, place, counts, aliases), then each mention with its
paragraph number and a snippet; enter jumps there."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsx.store import paragraph_number

from ..pages import ListPages, RowPages
from ..text import foreground, line_text, snippet
from .lazy_options import LazyOption, LazyOptionList
from .titles import Part, fit, named

ROW_LINES = 2  # a mention's row: its paragraph number and about two lines of snippet
# A pane shorter than this (80x24 gives it five lines) has the entity's details on one line: wrapped over two or
# three, a pane scrolled to a mention began with their last line
FULL_DETAIL_LINES = 10
MAX_ALIASES = 12
TITLE_CELLS = 24  # of the article's title, before a mention's snippet when mentions span articles


def coordinates(lat: float, lon: float) -> str:
    return f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'} {abs(lon):.2f}°{'E' if lon >= 0 else 'W'}"


def _aliases(detail: dict) -> list[str]:
    """The entity's other names, its canonical name left out."""
    name = line_text(detail.get("name")).plain.casefold()
    return [a for a in dict.fromkeys(line_text(a).plain for a in detail.get("aliases", [])) if a and a.casefold() != name]


def _counts(detail: dict) -> tuple[str, str, str | None, str | None]:
    """"12 mentions in 3 articles", "12 mentions", "4 quotes" (None: no quote), the coordinates (None: none)."""
    mentions, articles = detail.get("mentions", 0), detail.get("articles", 0)
    said = f"{mentions:,} mention{'s' * (mentions != 1)}"
    quotes = f"{detail['quotes']:,} quote{'s' * (detail['quotes'] != 1)}" if detail.get("quotes") else None
    place = coordinates(detail["lat"], detail["lon"]) if detail.get("lat") is not None and detail.get("lon") is not None else None
    return f"{said} in {articles:,} article{'s' * (articles != 1)}", said, quotes, place


def detail_text(detail: dict) -> Text:
    """PERSON · actor · 12 mentions in 3 articles · 4 quotes / also: … — all of it plain Text."""
    in_articles, _, quotes, place = _counts(detail)
    parts = [line_text(detail.get("type") or "?", "bold"), line_text(detail.get("role") or "?")]
    parts += [Text(x) for x in (place, in_articles, quotes) if x]
    text = Text(" · ").join(parts)
    others = _aliases(detail)
    if others:
        text.append("\nalso: ", style="dim")
        text.append(", ".join(others[:MAX_ALIASES]) + (f" +{len(others) - MAX_ALIASES} more" if len(others) > MAX_ALIASES else ""))
    return text


def detail_line(detail: dict, width: int) -> Text:
    """The details on one line of `width` cells, in whole parts (titles.fit): the coordinates, then the quotes,
    then the counts (which the border says) given up before the other names, which are cut after a whole one."""
    in_articles, said, quotes, place = _counts(detail)
    parts = [Part((line_text(detail.get("type") or "?", "bold"),)), Part.of(line_text(detail.get("role") or "?"))]
    if place:
        parts.append(Part.of(place, rank=5))
    parts.append(Part.of(in_articles, said, rank=3, shorten=4))
    if quotes:
        parts.append(Part.of(quotes, rank=4))
    others = _aliases(detail)
    if others:
        also = Text("also: ", style="dim") + Text(", ".join(others))
        parts.append(Part((also,), rank=2, cut=lambda room: cut_after_a_name(also, room)))
    return fit(parts, width)


def cut_after_a_name(also: Text, room: int) -> Text | None:
    """`also` (the other names) cut to `room` cells, an ellipsis last; None (given up) in fewer than 10."""
    if room < 10:
        return None
    cut = also[:room - 1]
    cut.rstrip()  # a Text's strips change it in place, and return nothing
    if cut.plain.endswith(","):
        cut.right_crop(1)
    return cut + Text("…")


class MentionsPane(LazyOptionList):
    """The mentions are paged in as drawn, two lines each: an article's from the rows read (ListPages), the
    corpus's from the store a page at a time (tui/pages.mention_pages), so an entity the corpus names ten
    thousand times lists them all, and End costs what Home does."""

    COMPONENT_CLASSES = {"mentions-pane--mention"}

    @dataclass
    class MentionChosen(Message):
        """The user picked one of the listed mentions: `index` into the pane's mentions."""

        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mentions: list[dict] | RowPages = []
        self.entity_name: str | None = None
        self.titled = False  # each mention led by its article's title
        self.detail: dict | None = None
        self.current = -1  # the mention the reader is on
        self._wrapped_to: tuple[int, bool] = (0, False)  # the width the rows were made for, and one-line details

    def on_mount(self) -> None:
        self.set_mentions(None, [])

    def set_mentions(self, name: str | None, mentions: list[dict] | RowPages, titled: bool = False) -> None:
        """`mentions`: as read, or paged; `titled` when they span several articles (each row has its "title")."""
        self.entity_name, self.mentions, self.titled = name, mentions, titled
        self.current = -1
        self._fill()

    def on_resize(self) -> None:
        # the snippets are wrapped to the pane's width: a pane only taller or shorter keeps them
        if (self.mentions or self.detail) and self._fitted_size() != self._wrapped_to:
            highlighted = self.highlighted  # the same rows: the highlight stays where the reader moved it
            self._fill()
            if highlighted is not None and highlighted < self.option_count:
                self.highlighted = highlighted

    def set_detail(self, detail: dict | None) -> None:
        self.detail = detail
        self._fill()

    def _fill(self) -> None:
        head = []
        if self.detail is not None and self.entity_name is not None:
            detail = self.detail
            if self.scrollable_content_region.height < FULL_DETAIL_LINES:
                head.append(LazyOption(lambda: detail_line(detail, self._row_width()), disabled=True))
            else:
                head.append(Option(detail_text(detail), disabled=True))
        if self.entity_name is None:
            head.append(Option(Text("Pick an actor or place: / to search, enter to choose.", style="dim"), disabled=True))
        elif not self.mentions:
            head.append(Option(Text("No mentions in this scope (s switches article/corpus).", style="dim"), disabled=True))
        rows = self.mentions if isinstance(self.mentions, RowPages) else ListPages(self.mentions)
        self._wrapped_to = self._fitted_size()
        self.set_rows(rows, self._option, height=ROW_LINES, head=head)
        if self.entity_name:
            self.set_titles([named("Mentions", line_text(self.entity_name))], [Part.of(f"{len(self.mentions):,}")])
        else:
            self.set_titles("Mentions")
        self.show_current(self.current)

    def _fitted_size(self) -> tuple[int, bool]:
        region = self.scrollable_content_region
        return region.width, region.height < FULL_DETAIL_LINES

    def _row_width(self) -> int:
        return max(8, self.scrollable_content_region.width - self.get_component_styles("option-list--option").padding.width)

    def _option(self, m: dict) -> LazyOption:
        option = LazyOption(lambda: self._prompt(m), id=str(m["id"]), height=ROW_LINES)
        option.mention = m
        return option

    def _prompt(self, m: dict) -> Text:
        """¶N [title · ] the snippet, wrapped to the pane and cut to ROW_LINES lines."""
        style = foreground(self.get_component_rich_style("mentions-pane--mention"))
        width = self._row_width()
        text = Text.assemble((f"¶{paragraph_number(m['seq'])} ", "bold"))
        if self.titled:
            title = line_text(m.get("title") or "", "dim")
            title.truncate(min(TITLE_CELLS, ROW_LINES * width // 3), overflow="ellipsis")  # the snippet keeps two thirds
            text.append_text(title)
            text.append(" · ", style="dim")
        # the rows' room less what stands before the snippet: given the whole of it, a name at the end of a long
        # paragraph (a headline's "…Rape Allegation Against Julian Assange") wrapped past the second line, cut off
        room = ROW_LINES * width - text.cell_len - 4
        text.append_text(snippet(m["paragraph"], m["start"], m["end"], style, width=room))
        lines = text.wrap(self.app.console, width, overflow="ellipsis")[:ROW_LINES]
        return Text("\n").join(lines)

    def show_current(self, index: int) -> None:
        self.current = index
        if 0 <= index < len(self.mentions) and self._paged is not None:
            self.highlighted = len(self._paged.head) + index

    def scroll_to_highlight(self, top: bool = False) -> None:
        """The highlighted mention in view, and the entity's details above the mentions whole or not at all: a
        short pane scrolled to a mention showed the last line or two of them ("articles", "also: …"), which
        read as the start of the list."""
        super().scroll_to_highlight(top)
        if self._paged is None or not self._paged.head or self.highlighted is None or self.highlighted < len(self._paged.head):
            return
        details = self._paged_lines().head_lines
        row_top = self._index_to_line[self.highlighted]
        if row_top + self._heights[self.highlighted] <= self.scrollable_content_region.height:
            self.scroll_to(y=0, animate=False, immediate=True)  # the details and the mention both whole
        elif 0 < self.scroll_y < details:
            self.scroll_to(y=min(details, row_top), animate=False, immediate=True)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if getattr(event.option, "mention", None) is not None and self._paged is not None:
            self.post_message(self.MentionChosen(event.option.index - len(self._paged.head)))

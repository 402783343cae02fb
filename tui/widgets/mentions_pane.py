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
from .titles import Part, named

ROW_LINES = 2  # a mention's row: its paragraph number and about two lines of snippet
MAX_ALIASES = 12
TITLE_CELLS = 24  # of the article's title, before a mention's snippet when mentions span articles


def coordinates(lat: float, lon: float) -> str:
    return f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'} {abs(lon):.2f}°{'E' if lon >= 0 else 'W'}"


def detail_text(detail: dict) -> Text:
    """PERSON · actor · 12 mentions in 3 articles · 4 quotes / also: … — all of it plain Text."""
    parts = [line_text(detail.get("type") or "?", "bold"), line_text(detail.get("role") or "?")]
    if detail.get("lat") is not None and detail.get("lon") is not None:
        parts.append(Text(coordinates(detail["lat"], detail["lon"])))
    mentions, articles = detail.get("mentions", 0), detail.get("articles", 0)
    parts.append(Text(f"{mentions} mention{'s' * (mentions != 1)} in {articles} article{'s' * (articles != 1)}"))
    if detail.get("quotes"):
        parts.append(Text(f"{detail['quotes']} quote{'s' * (detail['quotes'] != 1)}"))
    text = Text(" · ").join(parts)
    name = line_text(detail.get("name")).plain.casefold()
    others = [a for a in dict.fromkeys(line_text(a).plain for a in detail.get("aliases", [])) if a and a.casefold() != name]
    if others:
        text.append("\nalso: ", style="dim")
        text.append(", ".join(others[:MAX_ALIASES]) + (f" +{len(others) - MAX_ALIASES} more" if len(others) > MAX_ALIASES else ""))
    return text


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
        self._wrapped_to = 0  # the width the rows were made for

    def on_mount(self) -> None:
        self.set_mentions(None, [])

    def set_mentions(self, name: str | None, mentions: list[dict] | RowPages, titled: bool = False) -> None:
        """`mentions`: as read, or paged; `titled` when they span several articles (each row has its "title")."""
        self.entity_name, self.mentions, self.titled = name, mentions, titled
        self.current = -1
        self._fill()

    def on_resize(self) -> None:
        # the snippets are wrapped to the pane's width: a pane only taller or shorter keeps them
        if self.mentions and self.scrollable_content_region.width != self._wrapped_to:
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
            head.append(Option(detail_text(self.detail), disabled=True))
        if self.entity_name is None:
            head.append(Option(Text("Pick an actor or place: / to search, enter to choose.", style="dim"), disabled=True))
        elif not self.mentions:
            head.append(Option(Text("No mentions in this scope (s switches article/corpus).", style="dim"), disabled=True))
        rows = self.mentions if isinstance(self.mentions, RowPages) else ListPages(self.mentions)
        self._wrapped_to = self.scrollable_content_region.width
        self.set_rows(rows, self._option, height=ROW_LINES, head=head)
        if self.entity_name:
            self.set_titles([named("Mentions", line_text(self.entity_name))], [Part.of(str(len(self.mentions)))])
        else:
            self.set_titles("Mentions")
        self.show_current(self.current)

    def _option(self, m: dict) -> LazyOption:
        option = LazyOption(lambda: self._prompt(m), id=str(m["id"]), height=ROW_LINES)
        option.mention = m
        return option

    def _prompt(self, m: dict) -> Text:
        """¶N [title · ] the snippet, wrapped to the pane and cut to ROW_LINES lines."""
        style = foreground(self.get_component_rich_style("mentions-pane--mention"))
        width = max(8, self.scrollable_content_region.width - self.get_component_styles("option-list--option").padding.width)
        text = Text.assemble((f"¶{paragraph_number(m['seq'])} ", "bold"))
        if self.titled:
            title = line_text(m.get("title") or "", "dim")
            title.truncate(TITLE_CELLS, overflow="ellipsis")
            text.append_text(title)
            text.append(" · ", style="dim")
        text.append_text(snippet(m["paragraph"], m["start"], m["end"], style, width=ROW_LINES * width - 4))
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

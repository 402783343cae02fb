"""Who said what, in the scope (this article or the corpus).

Two views, `g` switches: every quote in reading order, or the speakers with
their quote counts. Enter on a speaker (or choosing an entity that speaks)
narrows the pane to that speaker's quotes; escape widens it again. Enter on
a quote posts QuoteChosen. Direct quotes are in quotation marks; reported
speech is italic after a ≈ and never in quotation marks, even when the
extractor kept some around it. A speaker followed by `?` was linked by a loose
sieve (a quote inside someone's speech clause, the one person a paragraph names)
or named by the learned second stage: right less often, to check before quoting.
`f` filters: quotes to review (no speaker, or one left as "who", "he"…), only
direct, only reported.

In the corpus scope every quote is listed, in pages read as they are drawn
(tui/pages.py), each row led by its article's title; a filter and a speaker
are conditions of the query that reads the pages (store/db/pages.py), so the
list holds every quote of the corpus they keep and its count is the store's.
The speakers view pages who said the quotes the filter keeps from the counts
per speaker the store keeps as quotes are written (speaker_counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text
from textual import on
from textual.message import Message
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from newsx.store import paragraph_number

from ..pages import RowPages, TablePages, quote_pages, speaker_pages, speaker_quote_count
from ..text import line_text
from ..who_said import FILTERS, Speaker, first_words, group_by_speaker, keep, loosely_linked, unquoted
from .lazy_options import LazyOption, LazyOptionList
from .titles import Part, named

REPORTED = "italic dim"
# After a speaker a loose sieve gave (who_said.loosely_linked): one cell, so an 80-column pane keeps its words.
LOOSE_MARK = "?"
FILTER_LABELS = {"all": "all", "review": "to review", "direct": "direct", "reported": "reported"}
# Rows of a filtered or by-speaker view built at once (the corpus's every quote is paged instead).
MAX_SHOWN = 1000
# A corpus speaker's quotes E offers to export: more (the half a million of "officials") is not a
# passage list anyone reads, and reading their ids would stall the screen.
EXPORTABLE = 10_000
TITLE_CELLS = 16  # of the article's title, before a quote when the list spans articles
# A corpus pane narrower than this (23 cells at 80 columns, 36 at 120) gives a quote two lines: its speaker and words,
# then where it was said if there is room (two_line_prompt); on one line, the paragraph and the article's title left
# the speaker and the words under twenty cells. A wide screen's (40 at 160 columns) keeps its one line.
TWO_LINES_UNDER = 40
TITLE_LEAST = 6  # cells of an article's title worth showing after a quote's paragraph number (not "· T…")


def quote_prompt(q: dict, with_speaker: bool = True, title: str | None = None, title_cells: int = TITLE_CELLS) -> Text:
    """¶N Speaker cue “direct words” — or — ¶N Speaker cue ≈ reported words; `title` (its article's,
    when the list spans articles) after the paragraph number, cut to `title_cells`."""
    text = Text.assemble((f"¶{paragraph_number(q['seq'])} ", "dim"))
    if title is not None:
        cut = line_text(title, "dim")
        cut.truncate(title_cells, overflow="ellipsis")
        text.append_text(cut)
        text.append(" · ", style="dim")
    text.append_text(said_text(q, with_speaker))
    return text


def said_text(q: dict, with_speaker: bool = True) -> Text:
    """Speaker cue “direct words” — or — Speaker cue ≈ reported words; Speaker? when a loose sieve gave the speaker."""
    text = Text()
    if with_speaker:
        text.append_text(line_text(q.get("speaker_entity") or q.get("speaker") or "unattributed", "bold"))
        if loosely_linked(q):
            text.append(LOOSE_MARK, style="bold reverse")
        text.append(" ")
    if q.get("cue"):
        text.append_text(line_text(q["cue"], "italic"))
        text.append(" ")
    said = (q.get("text") or "").strip()
    if q["kind"] != "direct":
        said = unquoted(said)
    words = line_text(first_words(said))
    if q["kind"] == "direct":
        text.append_text(Text.assemble(("“", "bold"), words, ("”", "bold")))
    else:
        text.append("≈ ", style="bold")
        words.stylize(REPORTED)
        text.append_text(words)
    return text


def two_line_prompt(q: dict, with_speaker: bool, title: str, width: int, console: Console) -> Text:
    """A quote of the corpus in a narrow pane, on two lines `width` cells wide: who said it and the words, wrapped
    (the second line cut); where (¶N, then its article's title) after them, in what room is left, else given up: on
    one line of 23 cells (80 columns), the paragraph and the title left the speaker and the words seven cells each."""
    lines = list(said_text(q, with_speaker).wrap(console, width))
    for line in lines:
        line.rstrip()  # the space a line was wrapped at
    if len(lines) > 2:
        lines[1] = Text(" ").join(lines[1:])
        lines[1].truncate(width, overflow="ellipsis")
    if len(lines) == 1:
        lines.append(Text())
    last = lines[1]
    where = Text(f"{' · ' if last else ''}¶{paragraph_number(q['seq'])}", style="dim")
    if last.cell_len + where.cell_len <= width:
        last.append_text(where)
        if width - last.cell_len >= len(" · ") + TITLE_LEAST:
            cut = line_text(title, "dim")
            cut.truncate(width - last.cell_len - len(" · "), overflow="ellipsis")
            last.append(" · ", style="dim")
            last.append_text(cut)
    return Text("\n").join(lines[:2])


def speaker_prompt(s: Speaker, counts: tuple[int, int] | None = None) -> Text:
    """Name 3 “2 ≈1: a named speaker (an entity) in bold, one the article only describes in italic;
    then how many quotes, how many direct (“) and reported (≈). `counts`: (quotes, direct), when the
    speaker's quotes are paged from the store rather than held."""
    total, direct = counts if counts is not None else (len(s.quotes), s.direct)
    text = line_text(s.name, "bold" if s.named else "italic")
    text.append(f" {total:,}", style="bold")
    parts = [f"{mark}{n:,}" for mark, n in (("“", direct), ("≈", total - direct)) if n]
    text.append(" " + " ".join(parts), style="dim")
    return text


class QuotesPane(LazyOptionList):
    @dataclass
    class QuoteChosen(Message):
        """Jump the reader to a quote and mark the quoted words."""

        quote: dict

    BINDINGS = [
        Binding("g", "toggle_grouping", "By speaker/order"),
        Binding("f", "next_filter", "Filter"),
        Binding("escape,backspace", "back", "All quotes"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.quotes: list[dict] = []  # every quote of the scope
        self.filter = "all"  # one of who_said.FILTERS
        self.kept: list[dict] = []  # the quotes the filter keeps
        self.speakers: list[Speaker] = []
        self.by_speaker = False
        self.speaker: Speaker | None = None  # the speaker the pane is narrowed to
        self.scope = "article"
        self.titles: dict[int, str] = {}
        self.total: int | None = None  # when `quotes` are only the first of the scope's
        self.pages: RowPages | None = None  # every quote of the corpus scope, read as drawn
        self.listed: RowPages | None = None  # the corpus's quotes the filter and speaker keep, read as drawn
        self.filter_counts: dict[str, int] = {}  # filter -> how many of the corpus's quotes it keeps
        self.speaker_counts: dict[str, int] = {}  # filter -> how many speakers said the quotes it keeps
        self._counted: tuple[str, str, int] | None = None  # (speaker key, filter, its quotes) as the speakers view said
        self.loaded = False  # before the store is read, "no quotes" would be a guess

    def on_mount(self) -> None:
        self._fill()

    # -- what is shown ------------------------------------------------------

    def set_quotes(
        self, quotes: list[dict], scope: str = "article", titles: dict[int, str] | None = None, total: int | None = None,
        pages: RowPages | None = None,
    ) -> None:
        """`titles` (article id -> title) leads each quote's row when the scope is the corpus;
        `total`: how many the scope has, when `quotes` are only its first; `pages`: all of them, paged."""
        if pages is not self.pages:
            self.filter_counts, self.speaker_counts = {}, {}  # counted in another store, or before it changed
        self.quotes, self.scope, self.titles, self.total, self.pages = quotes, scope, titles or {}, total, pages
        self.loaded = True
        self._apply_filter()

    def set_filter(self, which: str) -> None:
        self.filter = which
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self._paged_scope:
            # the store's query keeps, counts and pages the corpus's quotes (store/db/pages.py): the first
            # quotes read, filtered and grouped by speaker, were only thrown away at every scope shown and `f`
            self.kept, self.speakers = [], []
            self._fill_or_widen()
            return
        self.kept = [q for q in self.quotes if keep(q, self.filter)]
        self.speakers = group_by_speaker(self.kept)
        if self.speaker is not None:
            self.speaker = next((s for s in self.speakers if s.key == self.speaker.key), None)
        self._fill_or_widen()

    def _fill_or_widen(self) -> None:
        self._fill()
        if self._paged_scope and self.speaker is not None and not len(self.listed):
            self.speaker = None  # none of the speaker's quotes is kept: the pane widens, as an article's does
            self._fill()

    @property
    def _paged_scope(self) -> bool:
        """The scope is the corpus, whose quotes are read from the store a page at a time."""
        return isinstance(self.pages, TablePages)

    def show_entity(self, entity_id: int) -> bool:
        """Narrow to the quotes of the speaker linked to `entity_id`; False (and the pane widened) if none."""
        self.speaker = next((s for s in self.speakers if s.entity_id == entity_id), None)
        if self.speaker is None and self._paged_scope:
            self.speaker = Speaker(f"entity:{entity_id}", "", entity_id)  # named when its first quote is read
        self._fill_or_widen()
        return self.speaker is not None

    def show_speaker(self, key: str) -> None:
        self.speaker = next((s for s in self.speakers if s.key == key), None)
        self._fill()

    def show_quote(self, quote_id: int) -> None:
        """Highlight a quote if the pane lists it (chosen elsewhere: the palette)."""
        if self.paged_rows is not None:
            self.highlight_row(self.paged_rows, quote_id, 1 if self.speaker else 0)  # after the speaker's line
            return
        try:
            self.highlighted = self.get_option_index(f"q:{quote_id}")
        except OptionDoesNotExist:
            pass

    @property
    def highlighted_quote(self) -> dict | None:
        """The quote the highlight is on, if it is on one."""
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        return getattr(self.get_option_at_index(self.highlighted), "quote", None)

    @property
    def shown_quotes(self) -> Sequence[dict]:
        """The quotes the pane lists now, in its order (every quote of the corpus: pages read as asked for)."""
        if self.paged_rows is not None:
            return self.paged_rows
        if self.speaker:
            return self.speaker.quotes
        if self.by_speaker:
            return []
        return self.kept

    def index_of_quote(self, quote_id: int) -> int | None:
        """Where the quote is in shown_quotes, if it is there."""
        if self.paged_rows is not None:
            return self.paged_rows.index_of(quote_id)
        return next((i for i, q in enumerate(self.shown_quotes) if q["id"] == quote_id), None)

    def _fill(self) -> None:
        if self._paged_scope and (self.speaker or not self.by_speaker):
            self._fill_pages(self.pages)
            return
        if self._paged_scope:
            self._fill_speakers(self.pages)
            return
        self.clear_options()
        options: list[Option] = []
        if self.speaker:
            s = self.speaker
            options.append(Option(speaker_prompt(s), disabled=True))
            options.extend(self._quote_options(s.quotes, with_speaker=False))
            title = named("Quotes", line_text(s.name))
        elif self.by_speaker:
            options.extend(Option(speaker_prompt(s), id=f"s:{s.key}") for s in self.speakers[:MAX_SHOWN])
            title = Part.of("Quotes by speaker")
        else:
            options.extend(self._quote_options(self.kept, with_speaker=True))
            title = self._filter_title()
        listed = len(self.speaker.quotes if self.speaker else self.speakers if self.by_speaker else self.kept)
        if not self.speaker and not self.by_speaker and self.filter == "all":
            listed = max(listed, self.total or 0)
        if listed > MAX_SHOWN:
            more = f"… {listed - MAX_SHOWN:,} more: pick a speaker (g) or search the palette (ctrl+p, “quote”)."
            options.append(Option(Text(more, style="dim"), disabled=True))
        where = "this article" if self.scope == "article" else "the store"
        if not self.quotes and self.loaded:
            options.append(Option(Text(f"No quotes in {where}.", style="dim"), disabled=True))
        elif not self.kept and self.loaded:
            none = f"No {FILTER_LABELS[self.filter]} quotes in {where} (f: the next filter)."
            options.append(Option(Text(none, style="dim"), disabled=True))
        self.add_options(options)
        total = self.total if self.total is not None else len(self.quotes)
        count = f"{total:,}" if self.filter == "all" else f"{len(self.kept):,}/{total:,}"
        self.set_titles([title], [Part.of(count), Part.of("by speaker" if self.by_speaker else "by order", rank=1)])
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)
        self._offer_back()

    def _fill_pages(self, every: TablePages) -> None:
        """The corpus's quotes that the filter keeps, of the speaker when narrowed to one, a row each, read a
        page at a time as they are drawn: the filter and the speaker are conditions of the store's query."""
        s = self.speaker
        if s is None and self.filter == "all":
            listed = every
        else:
            # a speaker picked in the speakers view was counted there: counting a big one again takes a while
            if s is None:
                known = self.filter_counts.get(self.filter)
            elif self._counted and self._counted[:2] == (s.key, self.filter):
                known = self._counted[2]
            else:
                known = speaker_quote_count(every.db_path, s.key, self.filter)
            listed = quote_pages(every.db_path, known, every.order, self.filter, s.key if s else None)
            if s is None and not listed.error:
                self.filter_counts[self.filter] = len(listed)
        self.listed = listed
        head, tail = [], []
        if s is not None:
            if not s.name:
                first = listed.row(0) if len(listed) else None
                s.name = (first or {}).get("speaker_entity") or f"entity {s.entity_id}"
            if self.filter in ("direct", "reported"):
                direct = len(listed) if self.filter == "direct" else 0
            else:
                direct = speaker_quote_count(every.db_path, s.key, "direct")
                if direct is None:
                    direct = listed.also("direct")
            head.append(Option(speaker_prompt(s, (len(listed), direct)), disabled=True))
            # what E exports as the speaker's quotes: their ids are read a page at a time on the UI thread
            s.quotes = listed if len(listed) <= EXPORTABLE else []
            title = named("Quotes", line_text(s.name))
        else:
            title = self._filter_title()
        if listed.error:
            tail.append(Option(Text(f"(not read: {listed.error}; r reloads)", style="dim"), disabled=True))
        elif not len(every):
            tail.append(Option(Text("No quotes in the store.", style="dim"), disabled=True))
        elif not len(listed):  # a row of one line, as every row of a paged list: the title says which filter
            tail.append(Option(Text("None (f: next filter).", style="dim"), disabled=True))
        self.set_rows(listed, lambda q: self._quote_option(q, with_speaker=s is None), tail, self._lines_a_quote(), head=head)
        count = f"{len(every):,}" if listed is every else f"{len(listed):,}/{len(every):,}"
        self.set_titles([title], [Part.of(count), Part.of("by order", rank=1)])
        self._offer_back()

    def _fill_speakers(self, every: TablePages) -> None:
        """Who said the corpus's quotes that the filter keeps, most quoted first, a row each, read a page at a time
        as drawn from the counts the store keeps (speaker_counts)."""
        listed = speaker_pages(every.db_path, self.filter, self.speaker_counts.get(self.filter))
        if not listed.error:
            self.speaker_counts[self.filter] = len(listed)
        tail = []
        if listed.error:
            tail.append(Option(Text(f"(not read: {listed.error}; r reloads)", style="dim"), disabled=True))
        elif not len(listed):
            tail.append(Option(Text(f"No {FILTER_LABELS[self.filter]} quotes in the store.", style="dim"), disabled=True))
        self.set_rows(listed, self._speaker_option, tail)
        if self.filter == "all":
            count = f"{len(every):,}"
        else:
            if self.filter not in self.filter_counts:
                self.filter_counts[self.filter] = every.also(self.filter)
            kept = self.filter_counts[self.filter]
            count = f"{kept:,}/{len(every):,}"
        self.set_titles("Quotes by speaker", [Part.of(count), Part.of("by speaker", rank=1)])
        self._offer_back()

    def _filter_title(self) -> Part:
        return Part.of("Quotes" if self.filter == "all" else f"Quotes: {FILTER_LABELS[self.filter]}")

    def _speaker_option(self, row: dict) -> Option:
        """A speaker of the corpus: name and how many quotes (not how many direct: that is a read per speaker)."""
        text = line_text(row["name"], "bold" if row["entity_id"] is not None else "italic")
        text.append(f" {row['quotes']:,}", style="bold")
        option = LazyOption(lambda: text, id=f"s:{row['key']}")
        option.speaker = Speaker(row["key"], row["name"], row["entity_id"])
        option.counted = (row["key"], self.filter, row["quotes"])
        return option

    def _quote_option(self, q: dict, with_speaker: bool) -> Option:
        title = (q.get("title") or self.titles.get(q["article_id"]) or f"article {q['article_id']}") if self.scope == "corpus" else None
        if self.scope == "corpus" and self._row_height == 2:
            # a narrow pane: two lines, the speaker and the words first, built when drawn
            option = LazyOption(lambda: two_line_prompt(q, with_speaker, title, self._row_width(), self.app.console), id=f"q:{q['id']}", height=2)
        elif self.scope == "corpus":
            # a line each, built when drawn: the corpus lists thousands at once
            # a narrow pane gives the title a third of the row at most: the words said come first
            cells = lambda: max(6, min(TITLE_CELLS, self.scrollable_content_region.width // 3))  # noqa: E731
            option = LazyOption(lambda: quote_prompt(q, with_speaker, title, cells()), id=f"q:{q['id']}")
        else:
            option = Option(quote_prompt(q, with_speaker), id=f"q:{q['id']}")
        option.quote = q
        return option

    def _row_width(self) -> int:
        return self.scrollable_content_region.width - self.get_component_styles("option-list--option").padding.width

    def _lines_a_quote(self) -> int:
        """A corpus quote's lines: two in a narrow pane, one in a wide one (its width with the scrollbar's: one that
        came or went would change them)."""
        return 2 if self.size.width < TWO_LINES_UNDER else 1

    def on_resize(self) -> None:
        # crossing the width, the rows are made again
        if self._paged_scope and self.paged_rows is not None and self._lines_a_quote() != self._row_height:
            highlighted = self.highlighted
            self._fill()
            if highlighted is not None and highlighted < self.option_count:
                self.highlighted = highlighted

    def _quote_options(self, quotes: list[dict], with_speaker: bool) -> list[Option]:
        return [self._quote_option(q, with_speaker) for q in quotes[:MAX_SHOWN]]

    # -- keys ----------------------------------------------------------------

    def action_toggle_grouping(self) -> None:
        self.by_speaker = not self.by_speaker
        self.speaker = None
        self._fill()

    def action_next_filter(self) -> None:
        """f: all quotes -> to review -> direct -> reported -> all."""
        self.set_filter(FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)])
        if self._paged_scope:
            total = len(self.pages)
            known = self.filter_counts.get(self.filter)  # 0 is known too: a filter that keeps none counted again on the UI thread
            kept = total if self.filter == "all" else known if known is not None else self.pages.also(self.filter)
        else:
            kept, total = len(self.kept), len(self.quotes)
        self.notify(f"Quotes: {FILTER_LABELS[self.filter]} ({kept:,} of {total:,}).")

    def _offer_back(self) -> None:
        """The footer offers escape ("All quotes") while the pane is narrowed to a speaker, and shows the pane's keys
        only while it has the focus (a focus change asks again): asked otherwise, the footer was made again, and
        the screen laid out again, at every scope or store shown."""
        if self.has_focus:
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # with nothing to widen, escape goes on to the app (back to the reader)
        if action == "back":
            return self.speaker is not None
        return True

    def action_back(self) -> None:
        previous = self.speaker
        self.speaker = None
        self._fill()
        if previous and self.by_speaker and self.paged_rows is not None:
            index = self.paged_rows.index_of(previous.key)  # among the rows drawn: the speaker was picked there
            if index is not None:
                self.highlighted = index
        elif previous and self.by_speaker:
            try:
                self.highlighted = self.get_option_index(f"s:{previous.key}")
            except OptionDoesNotExist:
                pass

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("s:") and hasattr(event.option, "speaker"):
            self.speaker = event.option.speaker  # one of the corpus's, counted in the store
            self._counted = event.option.counted
            self._fill()
        elif option_id.startswith("s:"):
            self.show_speaker(option_id[2:])
        elif option_id.startswith("q:"):
            self.post_message(self.QuoteChosen(event.option.quote))

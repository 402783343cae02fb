"""Who said what, in the scope (this article or the corpus).

Two views, `g` switches: every quote in reading order, or the speakers with
their quote counts. Enter on a speaker (or choosing an entity that speaks)
narrows the pane to that speaker's quotes; escape widens it again. Enter on
a quote posts QuoteChosen. Direct quotes are in quotation marks; reported
speech is italic after a ≈.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from newsx.store import paragraph_number

from ..text import line_text
from ..who_said import Speaker, first_words, group_by_speaker
from .lazy_options import LazyOption, LazyOptionList

REPORTED = "italic dim"
# Rows built at once: a corpus can hold tens of thousands of quotes, and building every row on each
# scope switch would stall the screen; the speakers view (g) and the palette reach all of them.
MAX_SHOWN = 1000


def quote_prompt(q: dict, with_speaker: bool = True) -> Text:
    """¶N Speaker cue “direct words” — or — ¶N Speaker cue ≈ reported words."""
    text = Text.assemble((f"¶{paragraph_number(q['seq'])} ", "dim"))
    if with_speaker:
        text.append_text(line_text(q.get("speaker_entity") or q.get("speaker") or "unattributed", "bold"))
        text.append(" ")
    if q.get("cue"):
        text.append_text(line_text(q["cue"], "italic"))
        text.append(" ")
    words = line_text(first_words(q.get("text") or ""))
    if q["kind"] == "direct":
        text.append_text(Text.assemble(("“", "bold"), words, ("”", "bold")))
    else:
        text.append("≈ ", style="bold")
        words.stylize(REPORTED)
        text.append_text(words)
    return text


def speaker_prompt(s: Speaker) -> Text:
    """Name 3 “2 ≈1: a named speaker (an entity) in bold, one the article only describes in italic;
    then how many quotes, how many direct (“) and reported (≈)."""
    text = line_text(s.name, "bold" if s.named else "italic")
    text.append(f" {len(s.quotes)}", style="bold")
    parts = [f"{mark}{n}" for mark, n in (("“", s.direct), ("≈", s.reported)) if n]
    text.append(" " + " ".join(parts), style="dim")
    return text


class QuotesPane(LazyOptionList):
    @dataclass
    class QuoteChosen(Message):
        """Jump the reader to a quote and mark the quoted words."""

        quote: dict

    BINDINGS = [
        Binding("g", "toggle_grouping", "By speaker/order"),
        Binding("escape,backspace", "back", "All quotes"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.quotes: list[dict] = []
        self.speakers: list[Speaker] = []
        self.by_speaker = False
        self.speaker: Speaker | None = None  # the speaker the pane is narrowed to
        self.scope = "article"
        self.titles: dict[int, str] = {}
        self.total: int | None = None  # when `quotes` are only the first of the scope's
        self.loaded = False  # before the store is read, "no quotes" would be a guess

    def on_mount(self) -> None:
        self._fill()

    # -- what is shown ------------------------------------------------------

    def set_quotes(
        self, quotes: list[dict], scope: str = "article", titles: dict[int, str] | None = None, total: int | None = None
    ) -> None:
        """`titles` (article id -> title) heads each article's quotes when the scope is the corpus;
        `total`: how many the scope has, when `quotes` are only its first."""
        self.quotes, self.scope, self.titles, self.total = quotes, scope, titles or {}, total
        self.loaded = True
        self.speakers = group_by_speaker(quotes)
        key = self.speaker.key if self.speaker else None
        self.speaker = next((s for s in self.speakers if s.key == key), None)
        self._fill()

    def show_entity(self, entity_id: int) -> bool:
        """Narrow to the quotes of the speaker linked to `entity_id`; False (and the pane widened) if none."""
        self.speaker = next((s for s in self.speakers if s.entity_id == entity_id), None)
        self._fill()
        return self.speaker is not None

    def show_speaker(self, key: str) -> None:
        self.speaker = next((s for s in self.speakers if s.key == key), None)
        self._fill()

    def show_quote(self, quote_id: int) -> None:
        """Highlight a quote if the pane lists it (chosen elsewhere: the palette)."""
        try:
            self.highlighted = self.get_option_index(f"q:{quote_id}")
        except OptionDoesNotExist:
            pass

    @property
    def shown_quotes(self) -> list[dict]:
        """The quotes the pane lists now, in its order."""
        if self.speaker:
            return self.speaker.quotes
        return [] if self.by_speaker else self.quotes

    def _fill(self) -> None:
        self.clear_options()
        options: list[Option] = []
        if self.speaker:
            s = self.speaker
            options.append(Option(speaker_prompt(s), disabled=True))
            options.extend(self._quote_options(s.quotes, with_speaker=False))
            self.border_title = Text("Quotes: ") + line_text(s.name)
        elif self.by_speaker:
            options.extend(Option(speaker_prompt(s), id=f"s:{s.key}") for s in self.speakers[:MAX_SHOWN])
            self.border_title = "Quotes by speaker"
        else:
            options.extend(self._quote_options(self.quotes, with_speaker=True))
            self.border_title = "Quotes"
        listed = len(self.speaker.quotes if self.speaker else self.speakers if self.by_speaker else self.quotes)
        if not self.speaker and not self.by_speaker:
            listed = max(listed, self.total or 0)
        if listed > MAX_SHOWN:
            more = f"… {listed - MAX_SHOWN:,} more: pick a speaker (g) or search the palette (ctrl+p, “quote”)."
            options.append(Option(Text(more, style="dim"), disabled=True))
        if not self.quotes and self.loaded:
            where = "this article" if self.scope == "article" else "the store"
            options.append(Option(Text(f"No quotes in {where}.", style="dim"), disabled=True))
        self.add_options(options)
        count = self.total if self.total is not None else len(self.quotes)
        self.border_subtitle = f"{count:,} · {'by speaker' if self.by_speaker else 'by order'}"
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.refresh_bindings()

    def _quote_options(self, quotes: list[dict], with_speaker: bool) -> list[Option]:
        options: list[Option] = []
        article = None
        corpus = self.scope == "corpus"
        for q in quotes[:MAX_SHOWN]:
            if corpus and q["article_id"] != article:
                article = q["article_id"]
                options.append(Option(line_text(self.titles.get(article) or f"article {article}", "underline dim"), disabled=True))
            if corpus:
                # a line each, built when drawn: the corpus lists a thousand at once
                options.append(LazyOption(lambda q=q: quote_prompt(q, with_speaker), id=f"q:{q['id']}"))
            else:
                options.append(Option(quote_prompt(q, with_speaker), id=f"q:{q['id']}"))
        return options

    # -- keys ----------------------------------------------------------------

    def action_toggle_grouping(self) -> None:
        self.by_speaker = not self.by_speaker
        self.speaker = None
        self._fill()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # with nothing to widen, escape goes on to the app (back to the reader)
        if action == "back":
            return self.speaker is not None
        return True

    def action_back(self) -> None:
        previous = self.speaker
        self.speaker = None
        self._fill()
        if previous and self.by_speaker:
            try:
                self.highlighted = self.get_option_index(f"s:{previous.key}")
            except OptionDoesNotExist:
                pass

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("s:"):
            self.show_speaker(option_id[2:])
        elif option_id.startswith("q:"):
            quote_id = int(option_id[2:])
            quote = next(q for q in self.quotes if q["id"] == quote_id)
            self.post_message(self.QuoteChosen(quote))

"""Paragraphs whose words match the search box (FTS5), listed under the entity panes.

The search box finds names fuzzily; a word that is no name ("refinery")
finds the paragraphs that say it. Each row is the paragraph's place and a
window of its text around the first word found, every found word marked.
Enter posts HitChosen: the reader goes there with the words marked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsx.store import paragraph_number

from ..text import foreground, line_text, safe_text
from .lazy_options import LazyOptionList
from .titles import Part, quoted

TITLE = "In the text"
# Characters of paragraph text shown around the first word found: about three lines of a narrow pane.
WINDOW = 90


def hit_prompt(hit: dict, style, titled: bool, window: int) -> Text:
    """`¶N Title` (the title when the hit is in another article) over `window` characters of the
    text around the first word found, every found word marked."""
    text = Text(f"¶{paragraph_number(hit['seq'])} ", style="bold")
    if titled:
        text.append_text(line_text(hit.get("title") or f"article {hit['article_id']}", "dim"))
        text.append("\n")
    raw, spans = hit["text"], hit.get("spans") or [(0, 0)]
    lo = max(0, spans[0][0] - window // 3)
    if lo:
        space = raw.find(" ", lo, spans[0][0])
        lo = space + 1 if space >= 0 else lo
    hi = min(len(raw), lo + window)
    shown = safe_text(" ".join(raw[lo:hi].split("\n")), [(s - lo, e - lo, style) for s, e in spans if lo <= s < hi])
    text.append_text(Text("…") + shown if lo else shown)
    if hi < len(raw):
        text.append("…")
    return text


def hits_count(hits: list[dict], here: int | None, capped: bool, newest: bool) -> tuple[str, ...]:
    """How many hits are listed and which, the longest way to say it first, for the pane's border. The article being
    read has its matches first, every one (search.paragraphs' `first`), wherever they rank: capped, only the rest are
    the best (or the newest) of the store's, and the border counts them apart ("3 here in the best 200" said that
    the article's matched among the best)."""
    in_this = sum(h["article_id"] == here for h in hits)
    rest, which = len(hits) - in_this, "newest" if newest else "best"
    if not capped:
        return (f"{in_this} here, {len(hits)} in all", str(len(hits))) if 0 < in_this < len(hits) else (str(len(hits)),)
    if not in_this:
        return (f"{which} {rest}",)
    if not rest:  # the article alone has more than the pane lists: its first, in reading order
        return (f"first {in_this} here",)
    return f"{in_this} here + {which} {rest} elsewhere", f"{in_this} here + {which} {rest}"


class TextHits(LazyOptionList):
    """The full-text hits of the search box's query, best first (a LazyOptionList for its refills: they lay
    nothing out)."""

    COMPONENT_CLASSES = {"text-hits--found"}

    @dataclass
    class HitChosen(Message):
        """Go to this paragraph with the words found marked (`hit`: a search.paragraphs row with spans)."""

        hit: dict

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[dict] = []
        self.query_text = ""

    def on_mount(self) -> None:
        self.set_titles(TITLE)

    def show_hits(
        self, query: str, hits: list[dict], reason: str | None = None, here: int | None = None, capped: bool = False,
        newest: bool = False,
    ) -> None:
        """`reason`: why nothing was searched (a query of no words), shown instead of hits; `here`:
        the article being read, whose hits are counted apart; `capped`: the hits are the best of more; `newest`:
        the last ingested of too many to rank."""
        self.query_text, self.hits = query, hits
        style = foreground(self.get_component_rich_style("text-hits--found"))
        # replaced, not cleared and filled, which hid the scrollbar for a moment and laid the screen out again
        self.set_options(
            Option(hit_prompt(h, style, h["article_id"] != here, WINDOW), id=f"p:{h['paragraph_id']}") for h in hits
        )
        if not hits:
            self.add_option(Option(Text(reason or "No paragraph has these words.", style="dim"), disabled=True))
        self.set_titles(TITLE, [Part.of(*hits_count(hits, here, capped, newest), rank=2), quoted(line_text(query), rank=1)])
        self.highlighted = 0 if hits else None

    def rewrap(self) -> None:
        """Wrap the hits again at the width the pane has once laid out: shown with the hits, it may
        have come with a scrollbar, which narrows it without a resize (the wrap then depended on
        whether the names' panes or the text's hits arrived first)."""
        self._clear_caches()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.hits):
            self.post_message(self.HitChosen(self.hits[event.option_index]))

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

# Characters of paragraph text around the first word found.
WINDOW = 120


def hit_prompt(hit: dict, style, titled: bool) -> Text:
    """`¶N Title` (the title only when hits span articles) over a window of the text, found words marked."""
    text = Text(f"¶{paragraph_number(hit['seq'])}", style="bold")
    if titled:
        text.append(" ")
        text.append_text(line_text(hit.get("title") or f"article {hit['article_id']}", "dim"))
    raw, spans = hit["text"], hit.get("spans") or [(0, 0)]
    lo = max(0, spans[0][0] - WINDOW // 3)
    if lo:
        space = raw.find(" ", lo, spans[0][0])
        lo = space + 1 if space >= 0 else lo
    hi = min(len(raw), lo + WINDOW)
    window = safe_text(" ".join(raw[lo:hi].split("\n")), [(s - lo, e - lo, style) for s, e in spans if lo <= s < hi])
    text.append("\n")
    text.append_text(Text("…") + window if lo else window)
    if hi < len(raw):
        text.append("…")
    return text


class TextHits(OptionList):
    """The full-text hits of the search box's query, best first."""

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
        self.border_title = "In the text"

    def show_hits(self, query: str, hits: list[dict], reason: str | None = None) -> None:
        """`reason`: why nothing was searched (a query of no words), shown instead of hits."""
        self.query_text, self.hits = query, hits
        style = foreground(self.get_component_rich_style("text-hits--found"))
        titled = len({h["article_id"] for h in hits}) > 1
        self.clear_options()
        self.add_options(Option(hit_prompt(h, style, titled), id=f"p:{h['paragraph_id']}") for h in hits)
        if not hits:
            self.add_option(Option(Text(reason or "No paragraph has these words.", style="dim"), disabled=True))
        self.border_subtitle = Text(f"{len(hits)} · ") + line_text(f"“{query}”")
        self.highlighted = 0 if hits else None

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.hits):
            self.post_message(self.HitChosen(self.hits[event.option_index]))

"""Who said what in the current article: speaker, cue, the quote's first words."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..text import line_text

FIRST_WORDS = 12


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


class QuotesPane(OptionList):
    """Each quote once; enter jumps the reader to it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.quotes: list[dict] = []

    def on_mount(self) -> None:
        self.border_title = "Quotes"

    def set_quotes(self, quotes: list[dict]) -> None:
        self.quotes = quotes
        self.clear_options()
        self.add_options(Option(self._prompt(q), id=str(q["id"])) for q in quotes)
        self.border_subtitle = str(len(quotes))
        if quotes:
            self.highlighted = 0

    @staticmethod
    def _prompt(q: dict) -> Text:
        speaker = q.get("speaker_entity") or q.get("speaker") or "unnamed"
        text = Text(f"¶{q['seq'] + 1} ", style="dim")
        text.append_text(line_text(speaker, "bold"))
        if q.get("cue"):
            text.append(" ")
            text.append_text(line_text(q["cue"], "italic"))
        text.append(": ")
        quoted = line_text(first_words(q["text"] or ""))
        text.append_text(Text("“") + quoted + Text("”") if q["kind"] == "direct" else quoted)
        return text

    def quote(self, index: int) -> dict:
        return self.quotes[index]

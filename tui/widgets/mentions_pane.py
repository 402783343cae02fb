"""The mentions of the current entity: paragraph number and a snippet; enter jumps there."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..text import foreground, line_text, snippet


MAX_SHOWN = 1000


class MentionsPane(OptionList):
    COMPONENT_CLASSES = {"mentions-pane--mention"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mentions: list[dict] = []

    def on_mount(self) -> None:
        self.set_mentions(None, [])

    def set_mentions(self, name: str | None, mentions: list[dict], titles: dict[int, str] | None = None) -> None:
        """`titles` (article id -> title) is given when mentions span several articles."""
        self.mentions = mentions
        self.clear_options()
        style = foreground(self.get_component_rich_style("mentions-pane--mention"))
        options = []
        for m in mentions[:MAX_SHOWN]:
            text = Text(f"¶{m['seq'] + 1} ", style="bold")
            if titles:
                text.append_text(line_text(titles.get(m["article_id"], "")[:24], "dim"))
                text.append(" ")
            text.append_text(snippet(m["paragraph"], m["start"], m["end"], style, width=80))
            options.append(Option(text, id=str(m["id"])))
        if name is None:
            options.append(Option(Text("Pick an actor or place: / to search, enter to choose.", style="dim"), disabled=True))
        self.add_options(options)
        self.border_title = Text("Mentions: ") + line_text(name) if name else "Mentions"
        self.border_subtitle = str(len(mentions)) if name else ""

    def show_current(self, index: int) -> None:
        if 0 <= index < self.option_count:
            self.highlighted = index

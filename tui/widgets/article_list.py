"""The corpus: every article with its agency, date and entity count; enter opens it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList

from ..text import line_text
from ..pages import ListPages
from .lazy_options import LazyOption, LazyOptionList


class ArticleList(LazyOptionList):
    @dataclass
    class ArticleChosen(Message):
        """Show another article in the reader."""

        article_id: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.articles: list[dict] = []
        self.current_id: int | None = None

    def on_mount(self) -> None:
        self.border_title = "Articles"

    def set_articles(self, articles: list[dict], current_id: int | None) -> None:
        self.articles = articles
        # two lines each, made when drawn: a corpus can list a hundred thousand articles
        self.set_rows(ListPages(articles), self._option, height=2)
        self.border_subtitle = str(len(articles))
        self.mark_current(current_id)

    def _option(self, a: dict) -> LazyOption:
        return LazyOption(lambda: self._prompt(a, a["id"] == self.current_id), id=str(a["id"]), height=2)

    def mark_current(self, current_id: int | None) -> None:
        self.current_id = current_id
        rows = self.paged_rows
        index = rows.index_of(current_id) if rows is not None and current_id is not None else None
        if index is not None:
            self.highlighted = index

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(int(event.option.id)))

    @staticmethod
    def _prompt(a: dict, current: bool) -> Text:
        text = Text.assemble(line_text(a.get("title") or a.get("source") or f"article {a['id']}", "bold"))
        details = [line_text(x).plain for x in (a.get("agency"), a.get("published")) if x]
        details.append(f"{a.get('entity_count', 0)} entities")
        text.append("\n")
        text.append(" · ".join(details), style="dim")
        return text

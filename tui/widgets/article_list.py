"""The corpus: every article with its agency, date and entity count, in the order chosen (`o`); enter opens it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList

from newsx.store.db.queries import ARTICLE_ORDERS

from ..pages import RowPages
from ..text import line_text
from .lazy_options import LazyOption, LazyOptionList
from .titles import Part


ORDER_LABELS = {"date": "date", "title": "title", "source": "source", "ingested": "last ingested"}


class ArticleList(LazyOptionList):
    BINDINGS = [Binding("o", "next_order", "Sort")]

    @dataclass
    class ArticleChosen(Message):
        """Show another article in the reader."""

        article_id: int

    @dataclass
    class OrderChosen(Message):
        """The user asked for the articles in another order: read them so."""

        order: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.articles: RowPages | None = None
        self.current_id: int | None = None
        self.order = ARTICLE_ORDERS[0]  # the order `articles` were read in

    def on_mount(self) -> None:
        self.set_titles("Articles")

    def set_articles(self, articles: RowPages, current_id: int | None, order: str = ARTICLE_ORDERS[0]) -> None:
        """Every article, in `order` (one of ARTICLE_ORDERS), read a page at a time as drawn."""
        self.articles, self.order = articles, order
        # two lines each, made when drawn: a corpus can list a hundred thousand articles
        self.set_rows(articles, self._option, height=2)
        self._show_order()
        self.mark_current(current_id)

    def _option(self, a: dict) -> LazyOption:
        order = self.order
        return LazyOption(lambda: self._prompt(a, order), id=str(a["id"]), height=2)

    def _show_order(self) -> None:
        self.set_titles("Articles", [Part.of(f"{len(self.articles or ()):,}"), Part.of(f"by {ORDER_LABELS[self.order]}", rank=1)])

    def action_next_order(self) -> None:
        """o: the next order (date, title, source, last ingested); said at once, read by the screen."""
        self.order = ARTICLE_ORDERS[(ARTICLE_ORDERS.index(self.order) + 1) % len(ARTICLE_ORDERS)]
        self._show_order()
        self.post_message(self.OrderChosen(self.order))

    def mark_current(self, current_id: int | None) -> None:
        self.current_id = current_id
        rows = self.paged_rows
        if rows is not None and current_id is not None:
            self.highlight_row(rows, current_id)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(int(event.option.id)))

    @staticmethod
    def _prompt(a: dict, order: str) -> Text:
        text = Text.assemble(line_text(a.get("title") or a.get("source") or f"article {a['id']}", "bold"))
        details = [line_text(x).plain for x in (a.get("agency"), a.get("published")) if x]
        if order == "ingested" and a.get("ingested_at"):
            # the list is in the order of a date it does not otherwise show
            details.append("ingested " + line_text(a["ingested_at"][:16].replace("T", " ")).plain)
        details.append(f"{a.get('entity_count', 0)} entities")
        text.append("\n")
        text.append(" · ".join(details), style="dim")
        return text

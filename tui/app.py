"""The Textual app: reads the store, never spaCy; ingest runs in a child process."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from store import queries
from store.db import open_db
from store.sanitize import one_line, strip_controls

from .ingest_worker import run_ingest
from .messages import IngestFinished, IngestProgress

KIND_STYLE = {
    "title": "bold",
    "dek": "italic",
    "caption": "dim italic",
    "subhead": "bold underline",
    "credit": "dim",
}


class NewsxApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "newsx-tui"
    AUTO_FOCUS = "#reader"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("/", "focus_search", "Search"),
    ]

    def __init__(self, db_path: Path, ingest_paths: list[str] | None = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.ingest_paths = list(ingest_paths or [])

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="facets"):
                yield Input(placeholder="/ search actors and places", id="search")
                yield OptionList(id="actors")
                yield OptionList(id="locations")
            yield VerticalScroll(id="reader")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.db_path)
        self.query_one("#actors", OptionList).border_title = "Actors"
        self.query_one("#locations", OptionList).border_title = "Locations"
        self.query_one("#reader").border_title = "Reader"
        if self.ingest_paths:
            self.set_status(f"ingesting {len(self.ingest_paths)} path(s)…")
            self.query_one("#reader").loading = True
            self.ingest(self.ingest_paths)
        else:
            self.load_store()

    def set_status(self, message: str) -> None:
        self.query_one("#status", Static).update(Text(one_line(message)))

    @work(thread=True, exclusive=True, group="ingest")
    def ingest(self, paths: list[str]) -> None:
        done = failed = ingested = 0
        for item in run_ingest(self.db_path, paths):
            if "exit" in item:
                if item["exit"] and not done:
                    self.call_from_thread(self.set_status, item["stderr"] or "ingest failed")
                break
            done += 1
            failed += item["status"] == "failed"
            ingested += item["status"] in ("ingested", "replaced")
            self.post_message(IngestProgress(item["source"], item["status"], done, item.get("error")))
        self.post_message(IngestFinished(ingested, failed))

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.set_status(f"ingesting… {message.done} done ({message.status}: {message.source})")

    def on_ingest_finished(self, message: IngestFinished) -> None:
        self.set_status(f"ingest finished: {message.ingested} new, {message.failed} failed")
        self.load_store()

    @work(thread=True, exclusive=True, group="load")
    def load_store(self) -> None:
        db = open_db(self.db_path)
        try:
            arts = queries.articles(db)
            article = queries.article(db, arts[0]["id"]) if arts else None
            paras = queries.paragraphs(db, article["id"]) if article else []
            ents = queries.entities(db, article_id=article["id"]) if article else []
        finally:
            db.close()
        self.call_from_thread(self.show, article, paras, ents)

    def show(self, article: dict | None, paras: list[dict], ents: list[dict]) -> None:
        reader = self.query_one("#reader", VerticalScroll)
        reader.loading = False
        reader.remove_children()
        if article is None:
            reader.mount(Static("The store is empty. Ingest articles with `newsx-tui ingest PATH`."))
            return
        widgets = []
        for p in paras:
            if p["kind"] == "boilerplate":
                continue
            text = Text(f"{p['seq'] + 1:>3} ", style="dim")
            text.append(strip_controls(p["text"]), style=KIND_STYLE.get(p["kind"], ""))
            widgets.append(Static(text, classes=f"para {p['kind']}"))
            if p["kind"] == "title" and article.get("dateline"):
                line = " · ".join(x for x in (article.get("place"), article.get("agency"), article.get("published")) if x)
                widgets.append(Static(Text(f"    {one_line(line)}", style="dim")))
        reader.mount(*widgets)
        for role, list_id in (("actor", "#actors"), ("location", "#locations")):
            pane = self.query_one(list_id, OptionList)
            pane.clear_options()
            pane.add_options(
                Option(Text(f"{one_line(e['name'])}  {e['mentions']}"), id=str(e["id"]))
                for e in ents
                if e["role"] == role
            )
        self.sub_title = f"{self.db_path} · {len(paras)} paragraphs · {len(ents)} entities"

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

"""The Textual app: global keys, theme and help; the main screen does the rest. Never imports spaCy.

The store is read in the main screen's thread workers, each with its own
connection, so the first paint never waits on SQLite and another process
may write the store at the same time (WAL). Ingest runs in a child process
(ingest_worker.py).
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.widgets import Input

from newsx.store import ROLES

from . import escape_keys, settings
from .commands import palette_placeholder
from .export_defaults import ExportDefaults
from .loader import Orders
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .widgets.text_box import run_binding

POLL_SECONDS = 2.0
# Seconds an error toast shows before, narrow, a later notice may take its place: time to read its line. Stacked
# under the notice, it pushed that above the status line, which the two then covered for as long as the error showed
# (30 s for an ingest's).
ERROR_READ_SECONDS = 3.0


class NewsxApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so subclasses elsewhere find it
    TITLE = "newsx-tui"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("t", "toggle_theme", "Theme", show=False),
    ]

    def __init__(self, db_path: Path, ingest_paths: list[str] | None = None, poll_seconds: float | None = POLL_SECONDS):
        """`poll_seconds`: how often to look for articles another process added (None: never)."""
        super().__init__()
        self.db_path = Path(db_path)
        self.ingest_paths = list(ingest_paths or [])
        self.poll_seconds = poll_seconds
        self.saved = settings.load()
        self.theme = self.saved.theme
        self.export_defaults = ExportDefaults.from_settings(self.saved)

    _last_notice: tuple[tuple[str, str, str], float] | None = None  # the last toast, and until when it shows

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None, markup: bool = True) -> None:
        """A toast, unless the same one is still showing: `n` pressed three times with no entity chosen stacked three
        "Choose an entity first" toasts over the panes. An error is always raised: each says what failed."""
        now, key = time.monotonic(), (message, title, severity)
        if severity != "error" and self._last_notice is not None and self._last_notice[0] == key and now < self._last_notice[1]:
            return
        self._last_notice = (key, now + (self.NOTIFICATION_TIMEOUT if timeout is None else timeout))
        if severity != "error" and self.screen.has_class("-narrow"):
            # narrow, a toast stands on the footer, and the next one stacked above it covered the status line: `s`
            # then `n` hid "mention 1/4" for the five seconds of "Entity panes now cover the whole corpus". An error
            # just raised stays, though: it says what failed, and the notice following it at once (an ingest's
            # summary after its error) would hide that unread
            read = time.time() - ERROR_READ_SECONDS  # Textual stamps a toast with time.time()
            for shown in [n for n in self._notifications if n.severity != "error" or n.raised_at <= read]:
                self._unnotify(shown, refresh=False)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def get_driver_class(self) -> type[Driver]:
        return escape_keys.driver_reading_escape_then_key(super().get_driver_class())

    async def on_event(self, event: events.Event) -> None:
        keys = None
        if isinstance(event, events.Key) and not event.is_forwarded:
            keys = escape_keys.read(event, lambda key: key in self.screen.active_bindings, isinstance(self.focused, Input))
        if keys is None:
            await super().on_event(event)
            return
        for key in keys:
            # Escape typed just before a key acts now, as "/" and enter do (MainScreen.BINDINGS): passed on to the
            # focused widget, it acted after the key behind it had gone to that widget (typed into the search box
            # that Escape leaves)
            # Only once the focused widget has taken the keys typed before it: letters just typed, still in the search
            # box's queue, were typed after the Escape had emptied the box, and stayed in it
            if key.key == "escape":
                await escape_keys.taken(self.focused)
                if await run_binding(self, "escape"):
                    continue
            await super().on_event(key)

    def get_default_screen(self) -> MainScreen:
        saved = self.saved
        orders = Orders(tuple((role, getattr(saved, f"{role}_order")) for role in ROLES), saved.article_order)
        # paths given to open: the first of them opens, not the place this store was left at
        resume = None if self.ingest_paths else saved.positions.get(settings.store_key(self.db_path))
        return MainScreen(self.db_path, self.ingest_paths, self.poll_seconds, self.export_defaults, saved.scope, orders, resume)

    @property
    def main(self) -> MainScreen:
        """The main screen, under any dialog open on top of it."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def action_command_palette(self) -> None:
        """Textual's palette, saying which scope its actors, places and quotes come from."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            # over a dialog the palette has only Textual's own commands: nothing of a scope
            scoped = {"placeholder": palette_placeholder(self.screen.scope)} if isinstance(self.screen, MainScreen) else {}
            self.push_screen(CommandPalette(id="--command-palette", **scoped))

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.remember(theme=self.theme)

    def remember(self, **changes: str) -> None:
        """Save settings the next session starts with; a file that cannot be written is a warning."""
        self._warn(settings.update(**changes))

    def remember_position(self, db_path: Path, where: dict) -> None:
        """Save where the reader of a store is, to open there next time."""
        self._warn(settings.remember_position(db_path, where))

    def _warn(self, reason: str | None) -> None:
        if reason:
            self.notify(reason, severity="warning", markup=False)

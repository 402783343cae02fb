"""What a terminal would show: the app's current screen as text, and as the bytes sent to the terminal."""

from __future__ import annotations

import io

from rich.console import Console


def _console(app) -> tuple[Console, io.StringIO]:
    width, height = app.size
    out = io.StringIO()
    console = Console(width=width, height=height, file=out, force_terminal=True, color_system="truecolor", record=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console, out


def screen_text(app) -> str:
    console, _ = _console(app)
    return console.export_text(styles=False)


def terminal_bytes(app) -> str:
    """The escape sequences the screen would write, to check no link or stray control got through."""
    _, out = _console(app)
    return out.getvalue()

"""What a terminal would show: the app's current screen as text, and as the bytes sent to the terminal; and what the
reader draws, line by line, with the styles of its marks and backgrounds."""

from __future__ import annotations

import io
import re

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


def reader_rows(reader) -> list[str]:
    """The text of each line the reader draws now, top to bottom (inside its border)."""
    return [reader.render_line(y).text for y in range(reader.scrollable_content_region.height)]


def gutter_marks(reader) -> dict[int, str]:
    """The paragraph numbers in the reader's gutter now, each with the mark drawn before it: ● selected whole,
    ◐ in part, a space when not."""
    marks = {}
    for row in reader_rows(reader):
        found = re.match(r" *([●◐ ])(\d+) ", row)
        if found:
            marks[int(found[2])] = found[1]
    return marks


def _in_component(reader, component: str):
    """A test of a drawn style: has it what the CSS of `component` sets (its colour, background, emphasis)?"""
    partial = reader.get_component_rich_style(component, partial=True)
    full = reader.get_component_rich_style(component)

    def test(style) -> bool:
        if style is None:
            return False
        checks = [style.color == full.color] if partial.color is not None else []
        checks += [style.bgcolor == full.bgcolor] if partial.bgcolor is not None else []
        checks += [bool(getattr(style, a)) for a in ("bold", "italic", "underline", "reverse") if getattr(partial, a)]
        return bool(checks) and all(checks)

    return test


def drawn_in(reader, component: str) -> list[str]:
    """The runs of text the reader draws now in the style of one of its component classes (reader--current: the
    current mention; reader--found, reader--quote, reader--pending…), whatever the paragraph's background."""
    marked = _in_component(reader, component)
    runs: list[str] = []
    for y in range(reader.scrollable_content_region.height):
        run = ""
        for segment in reader.render_line(y):
            if marked(segment.style):
                run += segment.text
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
    return runs


def rows_on(reader, component: str) -> list[str]:
    """The lines the reader draws now on the background of `component` (reader--cursor-paragraph…), from the gutter
    to the right edge (a mark inside may have its own)."""
    background = reader.get_component_rich_style(component).bgcolor
    rows = []
    for strip in map(reader.render_line, range(reader.scrollable_content_region.height)):
        segments = [s for s in strip if s.text]
        if segments and all(s.style is not None and s.style.bgcolor == background for s in (segments[0], segments[-1])):
            rows.append(strip.text)
    return rows

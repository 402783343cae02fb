"""A widget's vertical scrollbar as chrome: the widget places it and its repaint draws it.

Textual's scrollbar is a widget of its own, which lays the screen out and repaints on its own for what is its
widget's to decide. A change of focus restyles the widget and its scrollbar, and every scrollbar colour the restyle
sets repaints the scrollbar, changed or not (none changes: no rule of ours sets one by focus); that repaint reached
the screen after the widget's own, a frame of its own (a Tab drew the two panes, then their scrollbars, frames spread
apart by the load), and the first time, the scrollbar's own rules (never set before) laid the whole screen out.
"""

from __future__ import annotations

from typing import Self

from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.scrollbar import ScrollBar
from textual.widget import Widget


class ChromeScrollBar(ScrollBar):
    """A scrollbar its widget's layout places: its virtual size, which follows its height, lays nothing out
    (Textual's asked for a second layout of the whole screen right after any layout that resized its widget: Escape
    hiding the text hits, a pane given the focus at 80x24); nor do its styles (its place and thickness are its
    widget's)."""

    virtual_size = Reactive(Size(0, 0), layout=False)
    held = False  # while its widget is restyled for a change of focus (ChromeScrollbars.watch_has_focus)

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        if self.held and not regions:
            return self
        return super().refresh(*regions, repaint=repaint, recompose=recompose)


class ChromeScrollbars(Widget):
    """A widget whose vertical scrollbar is a ChromeScrollBar, repainted with it when the focus comes or goes: its
    own repaint (its border's colour) draws the scrollbar's cells, which are in its region. A second base, after the
    widget's Textual class: Textual takes a widget's CSS and component classes from its first bases only."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        # Widget.vertical_scrollbar (Textual 8), with the scrollbar above
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = bar = ChromeScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    def watch_has_focus(self, has_focus: bool) -> None:
        bar = self._vertical_scrollbar
        if not isinstance(bar, ChromeScrollBar):  # none made yet
            super().watch_has_focus(has_focus)
            return
        bar.held = True
        try:
            super().watch_has_focus(has_focus)
        finally:
            bar.held = False

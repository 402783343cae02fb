"""Drawing a frame at once, when what a key waited for has come from a worker.

Textual draws on a timer: a widget refreshed posts an Update to its screen once its own queue is idle, the
screen resumes its update timer once its queue is, and the timer fires on a grid of 1/60 s counted from the
frame before. A keystroke in the corpus scope draws its echo (the letter) at once and its hits come from a
worker some ms later: they waited for those messages' hops, then for the grid's next point (up to 16.7 ms after
the echo), at a load of 1 a third of the time from the hits in the panes to the frame showing them.

draw_now draws them when the handler that filled the panes returns, as the timer would have: once per result a
worker sends, so no more often than the keys come, and with no timer of its own (an idle screen costs nothing).
A 120-a-second grid for the whole screen (session 12) cut the same wait by half, and kept a core's timer ticking
on an idle screen."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual._compositor import Compositor
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget


def draw_now(screen: Screen, widgets: Iterable[Widget]) -> bool:
    """Draw the repaints `widgets` wait for now, with whatever else the screen had waiting, as Textual's next update
    would. Nothing is done (False) when the screen is not shown or held (App.batch_update), or one of `widgets`
    needs more than a repaint (a layout, a scroll, its styles): the ordinary update does those, as it did."""
    widgets = [widget for widget in widgets if widget is not None]
    if not screen.is_current or screen.app._batch_count:
        return False
    # Widget._check_refresh (Textual 8) turns these flags into messages to the screen; only a repaint is taken here
    if any(w._layout_required or w._scroll_required or w._refresh_styles_required for w in widgets):
        return False
    for widget in widgets:
        if widget._repaint_required:
            widget._repaint_required = False
            if widget.display:
                screen._dirty_widgets.add(widget)
    if not (screen._dirty_widgets or screen._repaint_required or screen._layout_required or screen._scroll_required):
        return False
    screen._on_timer_update()  # what the update timer calls: lays out if the screen must, draws, pauses the timer
    return True


class CroppedCompositor(Compositor):
    """Textual's compositor, which draws a partial update (a keystroke's three panes) from only the widgets it can
    show: Textual 8's asked every widget whose clip overlapped the update for all its lines, and a widget's clip is
    its container's region, so the header, the footer, the status line and the whole context column (45 lines at
    160x48, filtered and cut into chops, a third of the lines a corpus hits' frame drew) were drawn for an update of
    the facet panes only. A widget whose visible part misses the update's region can put no cell in it
    (ChopsUpdate writes only the updated spans), and one not drawn keeps the lines it has still to draw for later."""

    def _get_renders(self, crop: Region | None = None) -> Iterator[tuple[Region, Region, list[Strip]]]:
        if not crop:
            yield from super()._get_renders(crop)
            return
        overlaps = crop.overlaps
        for widget, (region, clip) in self.visible_widgets.items():
            # Compositor._get_renders (Textual 8), but for the widget's visible part against the update's region
            shown = region.intersection(clip)
            if not overlaps(shown):
                continue
            x, y, width, height = shown
            if clip.contains_region(region):
                yield region, clip, widget.render_lines(Region(0, 0, region.width, region.height))
            elif width and height:
                yield region, clip, widget.render_lines(Region(x - region.x, y - region.y, width, height))

"""The search box: typing filters the facet panes; enter picks the best match; down goes into the results."""

from __future__ import annotations

from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import Reactive

from .text_box import TextBox


class SearchBox(TextBox):
    BINDINGS = [
        Binding("down", "screen.enter_results", "Results", show=False),
        Binding("escape", "screen.leave_search", "Back", show=False),
    ]

    # Input sets its virtual size (the query's width) at every keystroke, and Textual lays the whole screen
    # out again when a virtual size changes: a layout repaints every scrollbar on screen, so each letter drew
    # the screen's width twice. The box's size is fixed (app.tcss): its text's width moves only how far it
    # can scroll, which Input reads from virtual_size when the cursor moves.
    virtual_size = Reactive(Size(0, 0), layout=False)

"""The search box: typing filters the facet panes; enter picks the best match; down goes into the results."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    BINDINGS = [
        Binding("down", "screen.enter_results", "Results", show=False),
        Binding("escape", "screen.leave_search", "Back", show=False),
    ]

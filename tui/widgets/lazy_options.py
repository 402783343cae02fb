"""Option lists of any length that only build and draw the rows on screen.

OptionList draws lines on demand already, but before showing anything it
measures every option, and measuring means building and wrapping its prompt:
a second per thousand rows, so the article list of a large corpus took longer
than the store's reads. A LazyOption says how many lines it takes and builds
its prompt (a Text that never wraps) when it is first drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class LazyOption(Option):
    """An option whose prompt is built by `build` when first drawn, `height` lines high (its lines are cut, not wrapped)."""

    def __init__(self, build: Callable[[], Text], id: str | None = None, disabled: bool = False, height: int = 1):
        super().__init__("", id=id, disabled=disabled)
        self._build: Callable[[], Text] | None = build
        self.height = height

    @property
    def prompt(self) -> Text:
        if self._build is not None:
            self._prompt, self._build = self._build(), None
        return self._prompt

    def fit(self, width: int) -> None:
        """Cut each of the prompt's lines to `width` cells, so that it takes exactly `height` lines."""
        lines = self.prompt.split("\n", allow_blank=True)[: self.height]
        for line in lines:
            line.truncate(width, overflow="ellipsis")
        self._set_prompt(Text("\n").join(lines))


class LazyOptionList(OptionList):
    """An OptionList that takes a LazyOption's height at its word instead of building its prompt to measure it."""

    def _get_visual(self, option: Option):
        if isinstance(option, LazyOption) and option._visual is None:
            padding = self.get_component_styles("option-list--option").padding
            option.fit(self.scrollable_content_region.width - self._get_left_gutter_width() - padding.width)
        return super()._get_visual(option)

    def _update_lines(self) -> None:
        # OptionList._update_lines (Textual 8), with the height of a LazyOption taken as declared
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        next_index = lines[-1][0] + 1 if lines else 0
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if next_index < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            for index, option in enumerate(self.options[next_index:], next_index):
                line_cache.index_to_line[index] = len(lines)
                if isinstance(option, LazyOption):
                    line_count = option.height + option._divider
                else:
                    line_count = self._get_visual(option).get_height(self.styles, width - padding.width) + option._divider
                line_cache.heights[index] = line_count
                lines.extend((index, line_no) for line_no in range(line_count))
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, len(lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not any(isinstance(o, LazyOption) for o in self.options):
            return super().get_content_height(container, viewport, width)
        padding = self.get_component_styles("option-list--option").padding.width
        return sum(
            o.height if isinstance(o, LazyOption) else self._get_visual(o).get_height(self.styles, width - padding)
            for o in self.options
        )

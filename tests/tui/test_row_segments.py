"""Facet rows drawn straight to segments (row_lines, LineOption) equal, cell for cell and style for style, the rows
drawn the way they were before: each row's prompt built as a Rich Text, split, truncated and rendered by Rich
(LazyOption.strips). The old prompt is kept here as the reference."""

from __future__ import annotations

import itertools
from functools import partial

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.geometry import Spacing

from newsx.store.db.search import EntityHit
from newsx.tui.text import highlighted, line_text
from newsx.tui.widgets.facet_pane import BAR_WIDTH, NARROW_PANE, FacetPane, bar, sparkline
from newsx.tui.widgets.lazy_options import LazyOption, LineOption

NAMES = [
    "Nouri al-Maliki",
    "Ab",
    "",
    "北京市人民政府新闻办公室发言人",
    "Ab中文字符混合的名字",
    "中",
    "Łódź Voivodeship",
    "e\u0301cole Polytechnique fe\u0301de\u0301rale de Lausanne",
    "Straße der Pariser Kommune",
    "Muqtada al-Sadr's Mahdi Army and the Sadrist movement's political bloc in the Iraqi parliament",
    "A\tname\nwith\x07 controls\r and  runs",
    "😀 Emoji 👨‍👩‍👧 family",
    "ｆｕｌｌｗｉｄｔｈ ＮＡＭＥ",
    "abc",
]
QUERIES = ["", "mal", "北京", "lodz", "ecole", "strasse", "abxc", "sadr movement", "ab中", "family", "e", "字符"]


def old_fit(text: Text, width: int) -> Text:
    if text.cell_len > width:
        text.truncate(width, overflow="ellipsis")
    else:
        text.pad_right(width - text.cell_len)
    return text


def old_prompt(pane, entity: dict, hit: EntityHit | None, second: bool = False) -> Text:
    """FacetPane._prompt as it was (main before s15-tui-segments)."""
    match_style, spark_style, width = pane.row_look()
    count = str(entity.get("articles", 0) if pane.order == "articles" and not hit else entity["mentions"])
    show_shape = width >= NARROW_PANE
    room = width - len(count) - 1 - (BAR_WIDTH + 1 if show_shape else 0)
    name = highlighted(entity["name"], pane.query_text, match_style) if hit else line_text(entity["name"])
    line = old_fit(name, room)
    line.append(" " + count, style="bold")
    if show_shape:
        shape = sparkline(entity["spark"]) if "spark" in entity else bar(entity.get("bar", 0))
        line.append(" " + shape, style=spark_style)
    if second:
        line.append("\n ≈ ", style="dim")
        line.append_text(old_fit(highlighted(hit.alias, pane.query_text, match_style, base="dim"), width - 3))
    return line


class Pane:
    """What FacetPane._row_lines reads of its pane."""

    _row_lines = FacetPane._row_lines
    _name_line = FacetPane._name_line

    def __init__(self, query: str, look: tuple[Style, Style, int], order: str = "mentions") -> None:
        self.query_text, self.look, self.order = query, look, order

    def row_look(self):
        return self.look


LOOKS = [
    (Style(color="red", bold=True), Style(color="green"), 16),
    (Style(color="yellow", underline=True), Style(dim=True), 24),
    (Style(color="#ff00ff"), Style(color="blue"), 31),
    (Style.null(), Style.null(), 40),
    (Style(reverse=True), Style(italic=True), 57),
]
ROW_STYLES = [Style(color="white", bgcolor="blue", bold=True), Style(color="grey50"), Style.null()]
PADDINGS = [Spacing(0, 1, 0, 1), Spacing(0, 0, 0, 0), Spacing(0, 2, 0, 1)]


def drawn(strips) -> list[tuple[list[tuple], int]]:
    return [([(s.text, s.style, s.control) for s in strip], strip.cell_length) for strip in strips]


def test_facet_rows_are_drawn_as_rich_drew_them() -> None:
    console = Console(width=200, force_terminal=True, color_system="truecolor")
    compared = 0
    for (name, query), look, order in itertools.product(
        itertools.product(NAMES, QUERIES), LOOKS, ["mentions", "articles"]
    ):
        pane = Pane(query, look, order)
        entity = {"id": 1, "name": name, "mentions": 1234567 if len(name) % 3 == 0 else 7, "articles": 31}
        entity["spark" if len(name) % 2 else "bar"] = [0, 3, 9, 1, 0, 5] if len(name) % 2 else 0.37
        alias_hit = EntityHit(1, name, "actor", NAMES[(NAMES.index(name) + 3) % len(NAMES)], 80.0)
        for hit, second in [(None, False), (EntityHit(1, name, "actor", name, 90.0), False), (alias_hit, True)]:
            if hit is None and query:
                continue
            old = LazyOption(partial(old_prompt, pane, entity, hit, second), height=1 + second)
            new = LineOption(partial(pane._row_lines, entity, hit, second), height=1 + second)
            assert new.prompt.plain == old.prompt.plain
            for width in {look[2] - 6, look[2] - 1, look[2], look[2] + 1, look[2] + 3, 4, 1}:
                for padding, style in itertools.product(PADDINGS, ROW_STYLES):
                    meta = {"option": compared % 7}
                    assert drawn(new.strips(console, width, padding, style, meta)) == drawn(
                        old.strips(console, width, padding, style, meta)
                    ), (name, query, look, order, hit, width, padding, style)
                    compared += 1
    assert compared > 10_000


def test_highlight_cut_by_the_ellipsis_keeps_its_style() -> None:
    """The ellipsis takes the style of the character it stands in for: a match running past the cut is drawn up to it."""
    console = Console(width=200, force_terminal=True, color_system="truecolor")
    match = Style(color="red")
    pane = Pane("polytechnique", (match, Style(), 16))
    entity = {"id": 1, "name": "École Polytechnique", "mentions": 3}
    hit = EntityHit(1, entity["name"], "actor", entity["name"], 90.0)
    (strip,) = LineOption(lambda: pane._row_lines(entity, hit)).strips(console, 16, Spacing(0, 0, 0, 0), Style(), {})
    assert strip.text == "École Polytec… 3"
    assert [s.text for s in strip if s.style and s.style.color == match.color] == ["Polytec…"]

"""A pane's border title and subtitle, fitted to the border in whole parts.

Textual cuts a label too long for its border at any cell, with an ellipsis:
at 80 columns "Actors · 18 · by menti…", and the text hits' query lost after
its first letters. A title here is made of parts (the pane's name, a count,
an order, the query), each with a rank: when the parts do not fit, a part's
shorter form is taken or the part is left out, the highest rank first, so
what is shown is whole. Only a part that may be cut (a name, a query) is cut,
and only when nothing else is left to give up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget

SEPARATOR = " · "
NO_EDGE = ("", "none", "hidden")


@dataclass(frozen=True)
class Part:
    """One part of a title: `forms`, the longest first, each a shorter way to say it; `rank` 0 is kept whatever
    the room, higher ranks are given up first; `shorten`, the rank at which its shorter forms are taken (its
    rank unless said: a store's path goes down to its file's name before any count is given up); `cut`, when the
    part may rather be cut than left out, makes it fit in so many cells (None: too few to be worth it)."""

    forms: tuple[Text, ...]
    rank: int = 0
    cut: Callable[[int], Text | None] | None = None
    shorten: int | None = None

    @classmethod
    def of(
        cls, *forms: str | Text, rank: int = 0, cut: Callable[[int], Text | None] | None = None, shorten: int | None = None,
    ) -> Part:
        return cls(tuple(Text(f) if isinstance(f, str) else f for f in forms), rank, cut, shorten)


def cut_quoted(query: Text, least: int = 3) -> Callable[[int], Text | None]:
    """A quoted query's cut: “its first letters…” with both quotation marks kept."""

    def cut(room: int) -> Text | None:
        if room - 2 < least:
            return None
        return Text("“") + _cut_words(query, room - 2) + Text("”")

    return cut


def _cut_words(text: Text, cells: int) -> Text:
    """`text` in `cells` cells, an ellipsis included: after its last whole word that fits, if one does."""
    shown = text.copy()
    if shown.cell_len <= cells:
        return shown
    shown.truncate(max(0, cells - 1))
    space = shown.plain.rstrip().rfind(" ")
    if space > 0:
        shown = shown[:space]
    shown.rstrip()
    return shown + Text("…")


def quoted(query: Text, rank: int = 0) -> Part:
    return Part((Text("“") + query + Text("”"),), rank, cut_quoted(query))


def named(pane: str, name: Text) -> Part:
    """"Pane: Name", the name cut after its first words if it must be: the pane's name is kept, or the Mentions and
    Quotes panes, both titled by the entity, could not be told apart."""
    label = Text(f"{pane}: ")

    def cut(room: int) -> Text | None:
        return label + _cut_words(name, room - label.cell_len) if room - label.cell_len >= 4 else Text(pane)

    return Part((label + name,), cut=cut)


def fit(parts: Sequence[Part], room: int) -> Text:
    """The parts, in their order, joined by " · " in at most `room` cells (see the module's docstring)."""
    shown: list[Text | None] = [p.forms[0] for p in parts]

    def joined() -> Text:
        return Text(SEPARATOR).join(t for t in shown if t is not None and t.cell_len)

    # what may be given up, highest rank first (the last part first within a rank): a shorter form, then the
    # part itself, cut or left out, unless it is kept whatever the room (rank 0)
    steps: list[tuple[int, int, int]] = []
    for i, part in enumerate(parts):
        shorten = part.rank if part.shorten is None else part.shorten
        steps += [(shorten, i, form) for form in range(1, len(part.forms))]
        if part.rank:
            steps.append((part.rank, i, len(part.forms)))
    for _, i, form in sorted(steps, key=lambda step: (-step[0], -step[1], step[2])):
        if joined().cell_len <= room:
            return joined()
        if shown[i] is None:
            continue
        shown[i] = parts[i].forms[form] if form < len(parts[i].forms) else _cut_or_drop(parts[i], shown, i, room, joined)
    # only the parts kept whatever the room are left: cut those that may be cut, the last first
    for i in reversed(range(len(parts))):
        if joined().cell_len > room and parts[i].cut is not None and shown[i] is not None:
            shown[i] = _cut_or_drop(parts[i], shown, i, room, joined) or shown[i]
    text = joined()
    if text.cell_len > room:
        text.truncate(room, overflow="ellipsis")
    return text


def _cut_or_drop(part: Part, shown: list[Text | None], i: int, room: int, joined: Callable[[], Text]) -> Text | None:
    """The part cut to the room the others leave it, or None (left out)."""
    if part.cut is None:
        return None
    mine = shown[i]
    shown[i] = None
    others = joined().cell_len
    shown[i] = mine
    return part.cut(room - others - (len(SEPARATOR) if others else 0))


def title_room(widget: Widget) -> int:
    """The cells a border label of `widget` may take: the rule's length less its ends, and where a side border
    meets it, its corner and a blank (Textual's render_border_label)."""
    styles = widget.styles
    corners = (styles.border_left[0] not in NO_EDGE) + (styles.border_right[0] not in NO_EDGE)
    return max(0, widget.outer_size.width - 2 - 2 * corners)

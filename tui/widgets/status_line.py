"""The line under the panes: a passing message, or where the reader is."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsx.store import paragraph_number

from ..text import line_text


def position_text(
    scope: str,
    entity_name: str | None,
    mention: tuple[int, int] | None,
    paragraph: dict | None,
    span: tuple[int, int] | None,
    sentences: int,
    selected: int | None = None,
    mentioned_here: bool = True,
) -> Text:
    """N selected · scope · entity · mention i/n · ¶N · sentences picked: what the keys will act on.
    `mentioned_here`: the article shown mentions the entity.

    The selected count comes first: on a narrow terminal the header that also shows it is cut
    before it, and the end of this line may be.
    """
    text = Text()
    if selected is not None:
        text.append(f"{selected} selected", style="bold" if selected else "")
        text.append(" · ")
    text.append(f"scope: {scope}", style="bold")
    if entity_name is not None:
        text.append(" · ")
        text.append_text(line_text(entity_name, "bold"))
        if mention is not None:
            index, total = mention
            # no mention current (another article opened, the scope switched away from the one read): no position
            text.append(f" · mention {index + 1:,}/{total:,}" if index >= 0 else f" · {total:,} mention{'s' * (total != 1)}")
            if index < 0 and not mentioned_here:
                text.append(", none here")  # another article opened: n goes to one elsewhere
    if paragraph:
        text.append(f" · ¶{paragraph_number(paragraph['seq'])}")
        if span is not None:
            first, last = span
            picked = f"sentence {first + 1}" if last == first + 1 else f"sentences {first + 1}–{last}"
            text.append(f" · {picked} of {sentences} (space selects, esc drops)")
    return text


class StatusLine(Static):
    def say(self, message: str | Text) -> None:
        # article text reaches here (titles, sources): never read as markup. One line high and as wide as the
        # screen whatever it says: what it says changes nothing of the layout (laid out again, the whole screen
        # was drawn again at every cursor move)
        self.update(message if isinstance(message, Text) else line_text(message), layout=False)

"""The command palette (ctrl+p): entities, quotes, articles and actions, named "area: Action".

Hits are built as Text, never as markup strings: entity names and quotes
come from articles. Help strings hold only our own words and numbers.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

from newsx.store import paragraph_number
from newsx.store.sanitize import one_line

from .text import highlighted
from .who_said import palette_label

if TYPE_CHECKING:
    from .screens.main import MainScreen

MAX_HITS = 30


def fuzzy_display(matcher: Matcher, label: str) -> Text:
    """`label` as plain Text with the palette's matched characters styled."""
    text = Text(label)
    score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    if score:
        for offset in offsets:
            text.stylize(matcher.match_style.rich_style, offset, offset + 1)
    return text


class _MainProvider(Provider):
    @property
    def main(self) -> "MainScreen":
        return self.screen  # type: ignore[return-value]  # the palette is a command of the main screen


class EntityCommands(_MainProvider):
    """actor: Name, location: Name, other: Name — typo-tolerant, through every alias."""

    async def search(self, query: str) -> Hits:
        hits = await asyncio.to_thread(self.main.search_entities, query, MAX_HITS)
        style = self.matcher(query).match_style.rich_style
        for hit in hits:
            display = Text(f"{hit.role}: ") + highlighted(hit.name, query, style)
            if one_line(hit.alias).casefold() not in one_line(hit.name).casefold():
                display += Text(" ≈ ", style="dim") + highlighted(hit.alias, query, style, base="dim")
            yield Hit(
                hit.score / 100,
                display,
                partial(self.main.choose_entity, hit.entity_id),
                text=f"{hit.role}: {one_line(hit.name)}",
                help="Show its mentions and jump to the first",
            )


class QuoteCommands(_MainProvider):
    """quote: Speaker — first words: the quotes of the scope (this article or the corpus)."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for q in self.main.facets.quotes:
            label = palette_label(q)
            score = matcher.match(label)
            if score > 0:
                kind = "Direct quote" if q["kind"] == "direct" else "Reported speech"
                yield Hit(
                    score,
                    fuzzy_display(matcher, label),
                    partial(self.main.go_to_quote, q),
                    text=label,
                    help=f"{kind}, paragraph {paragraph_number(q['seq'])}",
                )


class ArticleCommands(_MainProvider):
    """article: Title (agency, date)."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for a in self.main.articles:
            details = ", ".join(one_line(x) for x in (a.get("agency"), a.get("published")) if x)
            label = f"article: {one_line(a.get('title') or a.get('source') or str(a['id']))}"
            if details:
                label += f" ({details})"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, fuzzy_display(matcher, label), partial(self.main.open_article, a["id"]), text=label)


class ActionCommands(_MainProvider):
    """The app's actions as a menu: 'selection: Export…', 'view: Toggle scope'."""

    def _actions(self):
        return self.main.palette_actions()

    async def discover(self) -> Hits:
        for label, callback, help_text in self._actions():
            yield DiscoveryHit(Text(label), callback, text=label, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, callback, help_text in self._actions():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, fuzzy_display(matcher, label), callback, text=label, help=help_text)

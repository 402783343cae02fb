"""The command palette (ctrl+p): entities, quotes, articles and actions, named "area: Action".

Hits are built as Text, never as markup strings: entity names and quotes
come from articles. Help strings hold only our own words and numbers.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

from newsx.store import ROLES, paragraph_number
from newsx.store.db.search import EntityHit
from newsx.store.sanitize import one_line

from .text import highlighted
from .who_said import palette_label

if TYPE_CHECKING:
    from .screens.main import MainScreen

MAX_HITS = 30
CORPUS_QUOTES = 1000  # the corpus's quotes the palette matches
ENTITY_KINDS = ROLES  # actor, location, other
# "actor: maliki" searches actors only, "quote: door" quotes only; an action's area ("view:")
# narrows the actions. Anything else before a colon is part of the query.
ACTION_AREAS = ("search", "mention", "selection", "view", "quotes", "store", "app")
KINDS = (*ENTITY_KINDS, "quote", "article", *ACTION_AREAS)
KIND_PREFIX = re.compile(r"\s*([a-z]+)\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
PaletteAction = tuple[str, Callable[[], object], str]  # the menu's "area: Action", what it does, its key


def split_kind(query: str) -> tuple[str | None, str]:
    """("actor", "maliki") for "actor: maliki"; (None, query) when it names no kind."""
    match = KIND_PREFIX.fullmatch(query)
    if match and match[1].lower() in KINDS:
        return match[1].lower(), match[2]
    return None, query


def scope_words(scope: str) -> str:
    return "this article" if scope == "article" else "the corpus"


def palette_placeholder(scope: str) -> str:
    """What the empty palette says: the scope its entities and quotes come from, and the prefixes."""
    return f"Search {scope_words(scope)} (s switches): actor: location: quote: · article: · actions"


def listed(items: list, words: str) -> list:
    """All of them to match against; only the first few when a bare prefix ("quote:") lists them."""
    return items if words.strip() else items[:MAX_HITS]


def fuzzy_display(matcher: Matcher, label: str) -> Text:
    """`label` as plain Text with the palette's matched characters styled."""
    text = Text(label)
    if not matcher.query.strip():  # a bare prefix: nothing typed to mark (and Textual's matcher fails on "")
        return text
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
    """actor: Name, location: Name, other: Name of the scope — typo-tolerant, through every alias."""

    async def search(self, query: str) -> Hits:
        kind, words = split_kind(query)
        if kind not in (None, *ENTITY_KINDS):
            return
        main = self.main
        where = scope_words(main.facets.scope)
        if words.strip():
            hits = await asyncio.to_thread(main.search_entities, words, MAX_HITS, kind)
        else:  # "actor:" alone: the most mentioned
            hits = [EntityHit(e["id"], e["name"], e["role"], e["name"], 100) for e in main.facets.by_role.get(kind or "", [])[:MAX_HITS]]
        style = self.matcher(words).match_style.rich_style
        for hit in hits:
            display = Text(f"{hit.role}: ") + highlighted(hit.name, words, style)
            if one_line(hit.alias).casefold() not in one_line(hit.name).casefold():
                display += Text(" ≈ ", style="dim") + highlighted(hit.alias, words, style, base="dim")
            mentions = main.facets.by_id.get(hit.entity_id, {}).get("mentions", 0)
            yield Hit(
                hit.score / 100,
                display,
                partial(main.choose_entity, hit.entity_id),
                text=f"{hit.role}: {one_line(hit.name)}",
                help=f"{mentions} mention{'s' * (mentions != 1)} in {where}: show them and jump to the first",
            )


class QuoteCommands(_MainProvider):
    """quote: Speaker — first words: the quotes of the scope (this article, or the corpus's first CORPUS_QUOTES
    in reading order, read as the palette opens: the Quotes pane pages them all and holds none)."""

    quotes: list[dict] = []

    async def startup(self) -> None:
        main = self.main
        if main.facets.scope == "corpus":
            self.quotes = await asyncio.to_thread(main.store.first_quotes, CORPUS_QUOTES)
        else:
            self.quotes = main.facets.quotes

    async def search(self, query: str) -> Hits:
        kind, words = split_kind(query)
        if kind not in (None, "quote"):
            return
        main = self.main
        where = scope_words(main.facets.scope)
        matcher = self.matcher(words)
        for q in listed(self.quotes, words):
            label = palette_label(q)
            score = matcher.match(label) if words.strip() else 1.0
            if score > 0:
                said = "Direct quote" if q["kind"] == "direct" else "Reported speech"
                yield Hit(
                    score,
                    fuzzy_display(matcher, label),
                    partial(main.go_to_quote, q),
                    text=label,
                    help=f"{said}, paragraph {paragraph_number(q['seq'])}, in {where}",
                )


class ArticleCommands(_MainProvider):
    """article: Title (agency, date), from the whole corpus whatever the scope."""

    async def search(self, query: str) -> Hits:
        kind, words = split_kind(query)
        if kind not in (None, "article"):
            return
        matcher = self.matcher(words)
        # read whole, off the UI thread: the list on screen reads only the pages it draws
        articles = await asyncio.to_thread(self.main.store.article_rows)
        for a in listed(articles, words):
            details = ", ".join(one_line(x) for x in (a.get("agency"), a.get("published")) if x)
            label = f"article: {one_line(a.get('title') or a.get('source') or str(a['id']))}"
            if details:
                label += f" ({details})"
            score = matcher.match(label) if words.strip() else 1.0
            if score > 0:
                yield Hit(score, fuzzy_display(matcher, label), partial(self.main.open_article, a["id"]), text=label)


class NoteCommands(_MainProvider):
    """note: what you wrote — ¶N, Title: your notes on selected passages, searched as words."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for n in await asyncio.to_thread(self.main.store.notes):
            label = f"note: {one_line(n['note'])} — \u00b6{paragraph_number(n['seq'])}, {one_line(n['title'] or '')}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    fuzzy_display(matcher, label),
                    partial(self.main.focus_place, n["paragraph_id"], None, n["article_id"]),
                    text=label,
                    help="Go to the passage",
                )


class ActionCommands(_MainProvider):
    """The app's actions as a menu: 'selection: Export…', 'view: Toggle scope'."""

    def _actions(self):
        return self.main.palette_actions()

    async def discover(self) -> Hits:
        for label, callback, help_text in self._actions():
            yield DiscoveryHit(Text(label), callback, text=label, help=help_text)

    async def search(self, query: str) -> Hits:
        kind, _ = split_kind(query)
        if kind is not None and kind not in ACTION_AREAS:
            return
        matcher = self.matcher(query)
        for label, callback, help_text in self._actions():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, fuzzy_display(matcher, label), callback, text=label, help=help_text)

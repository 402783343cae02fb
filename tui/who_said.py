"""Who said what: quotes grouped by the person (or the description) that said them.

Speakers linked to an entity are one speaker however the article named them
("Maliki", "Nuri al-Maliki", "he"): the key is the entity. Unlinked speakers
("a doctor at the hospital") are grouped by their words, case and spacing
ignored. Pure functions over the rows store.queries.quotes returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsx.store.records import LOOSE_SIEVES, UNRESOLVED_SPEAKERS
from newsx.store.sanitize import one_line

UNATTRIBUTED = "unattributed"
FIRST_WORDS = 12
OPENING_MARKS = "\"'\u201c\u2018\u00ab"
CLOSING_MARKS = "\"'\u201d\u2019\u00bb"
DOUBLE_MARKS = "\"\u201c\u201d\u00ab\u00bb"  # apostrophes are everywhere in words; these only quote
# The Quotes pane's filters: every quote, those to check, only direct or only reported speech.
FILTERS = ("all", "review", "direct", "reported")


@dataclass
class Speaker:
    key: str
    name: str
    entity_id: int | None  # None: the article describes the speaker without naming an entity
    quotes: list[dict] = field(default_factory=list)

    @property
    def direct(self) -> int:
        return sum(q["kind"] == "direct" for q in self.quotes)

    @property
    def reported(self) -> int:
        return len(self.quotes) - self.direct

    @property
    def named(self) -> bool:
        return self.entity_id is not None


def speaker_key(q: dict) -> str:
    if q.get("speaker_entity_id") is not None:
        return f"entity:{q['speaker_entity_id']}"
    words = " ".join(one_line(q.get("speaker") or "").split()).casefold()
    return f"said:{words}" if words else UNATTRIBUTED


def needs_review(q: dict) -> bool:
    """No speaker, or one left as a pronoun or relative word: who said it is unknown."""
    words = " ".join(one_line(q.get("speaker") or "").split()).casefold()
    return not words or words in UNRESOLVED_SPEAKERS


def loosely_linked(q: dict) -> bool:
    """A speaker given by a sieve that is often wrong (LOOSE_SIEVES): to check before quoting, though named."""
    return q.get("sieve") in LOOSE_SIEVES and not needs_review(q)


def keep(q: dict, which: str) -> bool:
    """Does a quote pass one of FILTERS?"""
    if which == "review":
        return needs_review(q)
    if which == "direct":
        return q["kind"] == "direct"
    if which == "reported":
        return q["kind"] != "direct"
    return True


def speaker_name(q: dict) -> str:
    """The canonical name of a linked speaker, else the article's words."""
    return one_line(q.get("speaker_entity") or q.get("speaker") or "") or UNATTRIBUTED


def group_by_speaker(quotes: list[dict]) -> list[Speaker]:
    """Speakers, most quoted first; quotes keep their order (reading order)."""
    speakers: dict[str, Speaker] = {}
    for q in quotes:
        key = speaker_key(q)
        if key not in speakers:
            speakers[key] = Speaker(key, speaker_name(q), q.get("speaker_entity_id"))
        speakers[key].quotes.append(q)
    return sorted(speakers.values(), key=lambda s: (-len(s.quotes), not s.named, s.name.casefold()))


def unquoted(said: str) -> str:
    """Reported speech without quotation marks around the whole of it, which would pass it off as
    the speaker's own words; a phrase quoted inside it keeps its marks."""
    inner = said[1:-1]
    if len(said) > 1 and said[0] in OPENING_MARKS and said[-1] in CLOSING_MARKS and not any(m in inner for m in DOUBLE_MARKS):
        return inner.strip()
    return said


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def palette_label(q: dict) -> str:
    """quote: Speaker — first words (one line, plain)."""
    return f"quote: {speaker_name(q)} — {one_line(first_words(q.get('text') or '', 10))}"

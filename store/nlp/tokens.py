"""A paragraph's tokens read once, for the rules that look for a few words in it.

A rule that walked every token of a paragraph to find the few it is about ("the X
institute", "according to", a verb of speech) asked spaCy for a new Token object and
its strings at every step, and some twenty rules each did so for every paragraph of
every article. tokens(doc) reads each token's spelling, lowercase form and lemma once
per Doc, with one array copy, and answers "which tokens are spelt so", in reading order,
making Token objects only for those. A rule loops over `tokens(doc).lower(WORDS)` where
it looped over `doc` and skipped what was not in WORDS; the rest of its body is the same.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

# The index lives in the Doc's user_data (one per paragraph Doc, built on first use); a Doc
# carrying it is never serialised (workers return records, not Docs).
_KEY = "newsx.tokens"


class TokenIndex:
    """Token positions of one Doc by spelling, by lowercase form and by lowercased lemma."""

    def __init__(self, doc: Doc):
        self.doc = doc
        strings = doc.vocab.strings
        by_orth: dict[int, list[int]] = {}
        by_lower: dict[int, list[int]] = {}
        by_lemma: dict[int, list[int]] = {}
        for i, (orth, lower, lemma) in enumerate(doc.to_array([ORTH, LOWER, LEMMA]).tolist()):
            by_orth.setdefault(orth, []).append(i)
            by_lower.setdefault(lower, []).append(i)
            by_lemma.setdefault(lemma, []).append(i)
        self._text = {strings[h]: at for h, at in by_orth.items()}
        self._lower = {strings[h]: at for h, at in by_lower.items()}
        self._lemma: dict[str, list[int]] = {}
        for h, at in by_lemma.items():
            self._lemma.setdefault(strings[h].lower(), []).extend(at)  # "Say" and "say": one lemma, lowercased

    def text(self, words: AbstractSet[str]) -> list[Token]:
        """Tokens spelt as one of `words`, in reading order."""
        return self.where(text=words)

    def lower(self, words: AbstractSet[str]) -> list[Token]:
        """Tokens whose lowercase form is one of `words`, in reading order."""
        return self.where(lower=words)

    def lemma(self, words: AbstractSet[str]) -> list[Token]:
        """Tokens whose lowercased lemma is one of `words`, in reading order."""
        return self.where(lemma=words)

    def where(
        self, *, text: AbstractSet[str] = frozenset(), lower: AbstractSet[str] = frozenset(),
        lemma: AbstractSet[str] = frozenset(),
    ) -> list[Token]:
        """Tokens that any of the three asks for, each once, in reading order."""
        hits = {i for index, words in ((self._text, text), (self._lower, lower), (self._lemma, lemma)) for i in _positions(index, words)}
        doc = self.doc
        return [doc[i] for i in sorted(hits)]


def _positions(index: dict[str, list[int]], words: AbstractSet[str]) -> list[int]:
    if len(words) < len(index):
        return [i for w in words if w in index for i in index[w]]
    return [i for w, at in index.items() if w in words for i in at]


def tokens(doc: Doc) -> TokenIndex:
    """The Doc's TokenIndex, built on first use and kept with the Doc."""
    index = doc.user_data.get(_KEY)
    if index is None:
        index = doc.user_data[_KEY] = TokenIndex(doc)
    return index

"""A paragraph's tokens read once, for the rules that look for a few words in it.

A rule that walked every token of a paragraph to find the few it is about ("the X
institute", "according to", a verb of speech) asked spaCy for a Token object and its
strings at every step, and many rules each did so for every paragraph of every article.
tokens(doc) reads a column of the Doc (spellings, lowercase forms or lemmas) with one
array copy the first time any rule asks for it, keeps it with the Doc, and answers
"which tokens are spelt so" in reading order, making Token objects only for those.

A new rule that is about a few words does the same: it loops over
`tokens(doc).lower(WORDS)` (or `.text`, `.lemma`, `.where(lower=..., lemma=...)` for
either) where it would loop over `doc` and skip what is not in WORDS, with WORDS a
module-level frozenset (its hashes are computed once per process); the rest of its body
reads the tokens as before. A rule that must look at every token (one whose test is not a
word list) walks the Doc as before: the index is for the look-ups.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

# The columns live in the Doc's user_data (built on first use; a Doc carrying them is never
# serialised: workers return records, not Docs). They hold no reference to the Doc, so a Doc
# is freed when its last user lets go, not at the cyclic collector's next pass.
_KEY = "newsx.tokens"
# A lemma's hash -> the hash of its lowercase, for every lemma met so far (as many as the
# vocabulary's words at most): lowercasing a string per lemma per paragraph cost more than a walk.
_LOWERCASE: dict[int, int] = {}


class TokenIndex:
    """Token positions of one Doc by spelling, by lowercase form and by lowercased lemma, each
    read from the Doc the first time a rule asks for it."""

    def __init__(self, doc: Doc, columns: dict[int, dict[int, list[int]]]):
        self.doc = doc
        self._columns = columns

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
        hits: set[int] = set()
        for attr, words in ((ORTH, text), (LOWER, lower), (LEMMA, lemma)):
            if words:
                column, wanted = self._column(attr), _hashes(words)
                if len(wanted) < len(column):
                    hits.update(i for h in wanted if h in column for i in column[h])
                else:
                    hits.update(i for h, at in column.items() if h in wanted for i in at)
        doc = self.doc
        return [doc[i] for i in sorted(hits)]

    def _column(self, attr: int) -> dict[int, list[int]]:
        """String hash -> positions; lemmas by the hash of their lowercase ("Say" and "say" are one)."""
        column = self._columns.get(attr)
        if column is None:
            column = {}
            for i, h in enumerate(self.doc.to_array(attr).tolist()):
                column.setdefault(h, []).append(i)
            if attr == LEMMA:
                strings = self.doc.vocab.strings
                lowered: dict[int, list[int]] = {}
                for h, at in column.items():
                    low = _LOWERCASE.get(h)
                    if low is None:
                        low = _LOWERCASE[h] = hash_string(strings[h].lower())
                    lowered.setdefault(low, []).extend(at)
                column = lowered
            self._columns[attr] = column
        return column


def _hashes(words: AbstractSet[str]) -> frozenset[int]:
    return _frozen_hashes(words) if isinstance(words, frozenset) else frozenset(map(hash_string, words))


@lru_cache(maxsize=256)
def _frozen_hashes(words: frozenset[str]) -> frozenset[int]:
    """The rules' word lists are module constants: hashed once per process."""
    return frozenset(map(hash_string, words))


def tokens(doc: Doc) -> TokenIndex:
    """The Doc's TokenIndex; what it reads is kept with the Doc for the next rule."""
    columns = doc.user_data.get(_KEY)
    if columns is None:
        columns = doc.user_data[_KEY] = {}
    return TokenIndex(doc, columns)

"""Which words an article writes in lowercase and which only as names: the nouns a capitalised
sentence opener is not."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set as AbstractSet
from typing import TypeVar

from spacy.tokens import Token

from .base import Para


_S = TypeVar("_S")


def _word_cases(prose: list[Para]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the article writes in lowercase and never capitalises mid-sentence; and words it
    capitalises mid-sentence and never writes in lowercase: "Johnson is under fire" opens a
    sentence with a name the lexicon also lists as a noun. A short word counts as a name only opening a person's name
    ("Ted Cruz", then a quote opening “Ted is the leader ...”: his given name, no noun "ted")."""
    lower, capital = set(), set()
    for p in prose:
        for tok in p.doc:
            if tok.is_alpha and len(tok) > 3:
                if tok.text.islower():
                    lower.add(tok.text)
                elif not tok.is_sent_start and tok.text[0].isupper():
                    capital.add(tok.text.lower())
            elif tok.is_alpha and len(tok) == 3 and _opens_a_full_name(tok):
                capital.add(tok.text.lower())
    return frozenset(lower - capital), frozenset(capital - lower)


def _opens_a_full_name(tok: Token) -> bool:
    """Whether a word, capitalised mid-sentence, opens a person's name of two words or more the model tags ("and [Ted
    Cruz] maintained")."""
    return not tok.is_sent_start and tok.text.istitle() and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


class _WordsExcept(AbstractSet[str]):
    """`words` less `dropped`, read through: copying the lemmatizer's 57,000 nouns to drop an
    article's few name words cost about as much as all its recall rules together."""

    def __init__(self, words: AbstractSet[str], dropped: AbstractSet[str]):
        self.words, self.dropped = words, dropped

    def __contains__(self, word: object) -> bool:
        return word in self.words and word not in self.dropped

    def __iter__(self) -> Iterator[str]:
        return (w for w in self.words if w not in self.dropped)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @classmethod
    def _from_iterable(cls, it: Iterable[_S]) -> AbstractSet[_S]:
        return frozenset(it)  # what `-`, `|` and `&` return, as they would for the frozenset this stands for

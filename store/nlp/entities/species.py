"""Latin names of living things: "Cane toads (Bufo marinus)", "this species, Psophodes olivaceus, sing". A genus is no
actor and no place, though the model tags the capitalised half of a binomial as a body or a person."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.lang.en.stop_words import STOP_WORDS

from .base import Para

# A capitalised genus, then a lowercase Latin epithet ("marinus", "pestis", "harrisii", "carinii"); not an English
# adjective's "-ous" ("Though numerous", "Mexico generous").
_BINOMIAL = re.compile(r"(?<![\w'\u2019-])(?P<genus>[A-Z][a-z]{3,}) (?P<epithet>(?![a-z]*ous\b)[a-z]{3,}(?:us|um|is|ae|ii|i))(?![\w'\u2019-])")


def _genera_of_binomials(prose: list[Para], lexicon: AbstractSet[str]) -> set[str]:
    """The genus of each Latin binomial: an epithet English does not know as a noun ("Sperm nucleus", "Gulf crisis" are
    English; the lexicon knows many genera, "bufo", so the genus may be one), after no function word ("Such multi")."""
    return {
        m["genus"] for p in prose for m in _BINOMIAL.finditer(p.text)
        if m["epithet"] not in lexicon and m["genus"].lower() not in STOP_WORDS
    }
